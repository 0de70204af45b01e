/* lexer_impl.h - what the parts of the lexer (lexer.c, layout.c, fstring.c)
 * share: sending tokens, reporting errors, following lines. */
#ifndef PYTOK_LEXER_IMPL_H
#define PYTOK_LEXER_IMPL_H

#include "buf.h"
#include "lexer.h"

/* Sends a token (positions in the view's unit, lines relative to the text
 * scanned; an f-string expression's are moved to where it is in the file). */
int lex_put(Lexer *lx, int type, const char *text, size_t len, int line, int col,
            int end_line, int end_col, const Buf *pieces);
/* A token that starts and ends on the current line. */
int lex_put_span_any(Lexer *lx, int type, const char *start, const char *end);

/* The same; inline for the commonest case, the parser view of a file. */
static inline int lex_put_span(Lexer *lx, int type, const char *start, const char *end)
{
    if (lx->view != VIEW_PARSER || lx->expression)
        return lex_put_span_any(lx, type, start, end);
    Token t = { type, start, (size_t)(end - start), lx->line, (int)(start - lx->line_start),
                lx->line, (int)(end - lx->line_start), NULL, 0 };
    return lx->emit(lx->sink, &t) ? 1 : 0;
}

/* Stop the scan with an error (returning 1).  The column is the number of
 * characters in [line_start, at): pass the byte after a character to point
 * at it.  `line` is relative to the text scanned.  lex_fail_at is for the
 * errors CPython's tokenizer raises as SyntaxError exceptions (they replace
 * a deferred error, see Lexer.deferred); lex_fail, at an explicit 1-based
 * column, for the others (indentation, tokenize.py's TokenError). */
int lex_fail_at(Lexer *lx, const char *kind, int line, const char *line_start, const char *at,
                const char *fmt, ...) __attribute__((format(printf, 6, 7)));
int lex_fail(Lexer *lx, const char *kind, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Fills *err as lex_fail_at would, without stopping. */
void lex_error_at(const Lexer *lx, LexError *err, const char *kind, int line,
                  const char *line_start, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* Stops the scan with *err (see lex_fail_at for `replaces_deferred`). */
int lex_raise(Lexer *lx, const LexError *err, bool replaces_deferred);
/* Keeps *err to report at the end (see Lexer.deferred); the first stays. */
void lex_defer(Lexer *lx, const LexError *err);
/* Reports the deferred error now, if there is one: returns 1 then. */
int lex_raise_deferred(Lexer *lx);

/* The line has ended at p (just after its line end). */
void lex_next_line(Lexer *lx, const char *p);
/* Follows the line ends in [s, e) (a multi-line string, say). */
void lex_follow_lines(Lexer *lx, const char *s, const char *e);
/* Is p just after a line end of the view ('\n'; in the parser view also
 * '\r')?  Line ends in the middle of a "\r\n" do not count. */
bool lex_is_line_end(const Lexer *lx, const char *p);

/* Does the text end with "\r\n"?  CPython's tokenizer then reads one more,
 * empty, line (its newline translation adds one). */
bool lex_ends_with_crlf(const Lexer *lx);

/* tokenize view: ERRORTOKENs for one character at p, and first for each
 * blank just before it (tokenize.py's quirk, see lexer.c). */
int lex_error_token(Lexer *lx, const char *p, int len);

/* f-strings (parser view): the pieces of the STRING token [s, s+n) that
 * starts on relative line `line` (first byte line_start), as a MessagePack
 * array appended to out.  Returns 0, or 1 with *err filled in. */
int fstring_pieces(Lexer *lx, const char *s, size_t n, int line, const char *line_start,
                   Buf *out, LexError *err);

/* Number of characters (UTF-8 lead bytes) in [s, e). */
int lex_chars(const char *s, const char *e);

#endif
