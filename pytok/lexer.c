/* lexer.c - the tokens inside a line: names, numbers, strings, operators,
 * comments and the errors among them, in both views (see lexer.h).
 * Lines, indentation and the end of the text are in layout.c. */
#include "chars.h"
#include "lexer_impl.h"
#include "numbers.h"
#include "operators.h"
#include "pyrepr.h"
#include "tokens.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int lexer_scan(Lexer *lx, char *buffer, size_t size);     /* scanner.l */

void lex_error_set(LexError *err, const char *kind, int line, int col, const char *fmt, ...)
{
    if (err->set)
        return;
    err->set = true;
    err->kind = kind;
    err->line = line;
    err->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

void lexer_init(Lexer *lx, LexView view, const char *src, size_t len,
                TokenSink emit, void *sink, LexError *err)
{
    memset(lx, 0, sizeof *lx);
    lx->view = view;
    lx->src = src;
    lx->end = src + len;
    lx->line = 1;
    lx->line_start = src;
    lx->base_line = 1;
    lx->emit = emit;
    lx->sink = sink;
    lx->err = err;
    lx->indents_cap = 16;
    lx->indents = xmalloc(sizeof(int) * (size_t)lx->indents_cap);
    lx->alt_indents = xmalloc(sizeof(int) * (size_t)lx->indents_cap);
    lx->indents[0] = lx->alt_indents[0] = 0;
    lx->nindents = 1;
}

int lexer_run(Lexer *lx)
{
    /* flex scans in place; the two NULs after the text mark its end. */
    return lexer_scan(lx, (char *)lx->src, (size_t)(lx->end - lx->src) + 2) ? 1 : 0;
}

void lexer_free(Lexer *lx)
{
    free(lx->indents);
    free(lx->alt_indents);
}

/* ---- positions ------------------------------------------------------------ */

bool lex_parser_view(const Lexer *lx)
{
    return lx->view == VIEW_PARSER;
}

int lex_chars(const char *s, const char *e)
{
    int n = 0;
    for (; s < e; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

int lex_col(Lexer *lx, const char *p)
{
    if (lx->view == VIEW_PARSER)
        return (int)(p - lx->line_start);
    /* Characters, counted on from the last column asked for on this line. */
    if (lx->cc_line != lx->line_start || p < lx->cc_at) {
        lx->cc_line = lx->cc_at = lx->line_start;
        lx->cc_chars = 0;
    }
    lx->cc_chars += lex_chars(lx->cc_at, p);
    lx->cc_at = p;
    return lx->cc_chars;
}

bool lex_is_line_end(const Lexer *lx, const char *p)
{
    if (p <= lx->src)
        return false;
    if (p[-1] == '\n')
        return true;
    return lx->view == VIEW_PARSER && p[-1] == '\r' && !(p < lx->end && *p == '\n');
}

bool lex_ends_with_crlf(const Lexer *lx)
{
    return lx->end - lx->src >= 2 && lx->end[-2] == '\r' && lx->end[-1] == '\n';
}

void lex_next_line(Lexer *lx, const char *p)
{
    lx->line++;
    lx->line_start = p;
}

void lex_follow_lines(Lexer *lx, const char *s, const char *e)
{
    if (lx->view == VIEW_TOKENIZE) {
        const char *nl;
        while ((nl = memchr(s, '\n', (size_t)(e - s))) != NULL) {
            s = nl + 1;
            lex_next_line(lx, s);
        }
        return;
    }
    for (const char *p = s; p < e; p++)
        if ((*p == '\n' || *p == '\r') && lex_is_line_end(lx, p + 1))
            lex_next_line(lx, p + 1);
}

/* ---- sending tokens and errors -------------------------------------------- */

int lex_put(Lexer *lx, int type, const char *text, size_t len, int line, int col,
            int end_line, int end_col, const Buf *pieces)
{
    if (lx->expression) {       /* an f-string expression: place it in the file */
        if (line == 1)
            col += lx->base_col;
        if (end_line == 1)
            end_col += lx->base_col;
        line += lx->base_line - 1;
        end_line += lx->base_line - 1;
    }
    Token t = { type, text, len, line, col, end_line, end_col,
                pieces ? pieces->data : NULL, pieces ? pieces->len : 0 };
    return lx->emit(lx->sink, &t) ? 1 : 0;
}

int lex_put_span_any(Lexer *lx, int type, const char *start, const char *end)
{
    int col = lex_col(lx, start);
    return lex_put(lx, type, start, (size_t)(end - start), lx->line, col, lx->line,
                   lex_col(lx, end), NULL);
}

/* Fills *err, placing an f-string expression's error where it is in the file. */
static void make_error(const Lexer *lx, LexError *err, const char *kind, int line, int col,
                       const char *fmt, va_list ap)
{
    char message[sizeof err->message];
    vsnprintf(message, sizeof message, fmt, ap);
    if (lx->expression) {
        if (line == 1)
            col += lx->base_chars;
        line += lx->base_line - 1;
    }
    *err = (LexError){ false, NULL, 0, 0, "" };
    lex_error_set(err, kind, line, col, "%s", message);
}

int lex_raise(Lexer *lx, const LexError *err, bool replaces_deferred)
{
    if (lx->deferred && !replaces_deferred)
        err = &lx->deferred_error;
    if (!lx->err->set)
        *lx->err = *err;
    return 1;
}

int lex_fail(Lexer *lx, const char *kind, int line, int col, const char *fmt, ...)
{
    LexError err;
    va_list ap;
    va_start(ap, fmt);
    make_error(lx, &err, kind, line, col, fmt, ap);
    va_end(ap);
    return lex_raise(lx, &err, false);
}

int lex_fail_at(Lexer *lx, const char *kind, int line, const char *line_start, const char *at,
                const char *fmt, ...)
{
    LexError err;
    va_list ap;
    va_start(ap, fmt);
    make_error(lx, &err, kind, line, lex_chars(line_start, at), fmt, ap);
    va_end(ap);
    return lex_raise(lx, &err, true);
}

void lex_error_at(const Lexer *lx, LexError *err, const char *kind, int line,
                  const char *line_start, const char *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    make_error(lx, err, kind, line, lex_chars(line_start, at), fmt, ap);
    va_end(ap);
}

void lex_defer(Lexer *lx, const LexError *err)
{
    if (lx->deferred)
        return;
    lx->deferred = true;
    lx->deferred_error = *err;
}

int lex_raise_deferred(Lexer *lx)
{
    if (!lx->deferred)
        return 0;
    if (!lx->err->set)
        *lx->err = lx->deferred_error;
    return 1;
}

/* The byte after the character at p. */
static const char *after_char(const char *p, const char *end)
{
    const char *q = p;
    utf8_decode(&q, end);
    return q;
}

/* ---- blanks, comments, errors --------------------------------------------- */

int lex_comment(Lexer *lx, const char *s, int n)
{
    return lex_put_span(lx, TOK_COMMENT, s, s + n);
}

/* When tokenize.py finds no token at its position, it makes an ERRORTOKEN
 * of the one character there and moves on by one.  Its position is before
 * the blanks that precede a token, so each of those blanks becomes an
 * ERRORTOKEN of its own first: `x = $a` gives ERRORTOKEN ' ', then '$'. */
int lex_error_token(Lexer *lx, const char *p, int len)
{
    if (lx->ws_end == p) {
        for (const char *b = lx->ws_start; b < p; b++)
            if (lex_put_span(lx, TOK_ERRORTOKEN, b, b + 1))
                return 1;
    }
    lx->ws_end = NULL;
    return lex_put_span(lx, TOK_ERRORTOKEN, p, p + len);
}

/* A character that starts no token.  tokenize.py: an ERRORTOKEN.  CPython:
 * an error, with CPython's message. */
int lex_bad_char(Lexer *lx, const char *s, int n)
{
    if (lx->view == VIEW_TOKENIZE)
        return lex_error_token(lx, s, n);
    unsigned char c = (unsigned char)*s;
    if (c == '\\')      /* a backslash not at the end of the line */
        return lex_fail(lx, "SyntaxError", lx->line, lex_chars(lx->line_start, s + 2),
                        s + 1 == lx->end ? "unexpected EOF while parsing"
                                         : "unexpected character after line continuation character");
    if (c < 0x20 || c == 0x7F)
        return lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, s + 1,
                           "invalid non-printable character U+%04X", c);
    /* `$`, `?`, '`', a lone `!`: CPython's tokenizer passes them on, and
     * its parser stops there with "invalid syntax". */
    LexError err;
    lex_error_at(lx, &err, "SyntaxError", lx->line, lx->line_start, s + 1, "%sinvalid syntax",
                 lx->expression ? "f-string: " : "");
    lex_defer(lx, &err);
    return 0;
}

/* ---- numbers and operators ------------------------------------------------ */

int lex_number(Lexer *lx, const char *s, int n)
{
    const char *end = s + n;
    if (lx->view == VIEW_PARSER) {
        NumberError err;
        end = number_check(s, lx->end, &err);
        if (!end)
            return -lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, err.at, "%s",
                                err.message);
        if (end > s + n) {      /* cannot happen: both read the same literals */
            lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, s + 1,
                        "internal error: numeric literal read two ways");
            return -1;
        }
        lx->line_has_tokens = true;
    }
    return lex_put_span(lx, TOK_NUMBER, s, end) ? -1 : (int)(end - s);
}

/* Brackets, as CPython's tokenizer keeps them: nesting at most 200 deep, and
 * each closing bracket must match the last opened. */
static int parser_bracket(Lexer *lx, const char *s)
{
    char c = *s;
    if (c == '(' || c == '[' || c == '{') {
        if (lx->depth >= MAX_BRACKETS)
            return lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, s + 1,
                               "too many nested parentheses");
        lx->brackets[lx->depth++] = (OpenBracket){ c, lx->line, lx->line_start, s };
        return 0;
    }
    if (lx->depth == 0)
        return lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, s + 1, "unmatched '%c'", c);
    const OpenBracket *open = &lx->brackets[--lx->depth];
    char want = open->c == '(' ? ')' : open->c == '[' ? ']' : '}';
    if (c == want)
        return 0;
    if (open->line != lx->line)
        return lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, s + 1,
                           "closing parenthesis '%c' does not match opening parenthesis '%c' "
                           "on line %d", c, open->c, open->line + lx->base_line - 1);
    return lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, s + 1,
                       "closing parenthesis '%c' does not match opening parenthesis '%c'",
                       c, open->c);
}

int lex_operator(Lexer *lx, const char *s, int n)
{
    int type;
    int len = operator_longest(s, n, &type);
    if (len == 0)                       /* a lone '!' */
        return lex_bad_char(lx, s, 1) ? -1 : 1;
    if (type == TOK_LPAR || type == TOK_LSQB || type == TOK_LBRACE || type == TOK_RPAR ||
        type == TOK_RSQB || type == TOK_RBRACE) {
        if (lx->view == VIEW_TOKENIZE)
            lx->depth += type == TOK_LPAR || type == TOK_LSQB || type == TOK_LBRACE ? 1 : -1;
        else if (parser_bracket(lx, s))
            return -1;
    }
    lx->line_has_tokens = true;
    return lex_put_span(lx, type, s, s + len) ? -1 : len;
}

/* ---- names ----------------------------------------------------------------- */

int lex_name_ascii(Lexer *lx, const char *s, int n)
{
    lx->line_has_tokens = true;
    return lex_put_span(lx, TOK_NAME, s, s + n);
}

/* The name put together so far ends at e. */
static int finish_name(Lexer *lx, const char *e)
{
    const char *s = lx->name_start;
    lx->name_start = NULL;
    int type = TOK_NAME;
    /* tokenize.py calls any `\w+` a name, but makes it an OP when its first
     * character cannot start an identifier (`²`, `١٢`). */
    if (lx->view == VIEW_TOKENIZE && !char_is_id_start(lx->name_initial))
        type = TOK_OP;
    lx->line_has_tokens = true;
    return lex_put_span(lx, type, s, e);
}

static int invalid_character(Lexer *lx, const char *p, uint32_t c)
{
    const char *after = after_char(p, lx->end);
    if (py_isprintable(c))
        return lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, after,
                           "invalid character '%.*s' (U+%04X)", (int)(after - p), p, c);
    return lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, after,
                       "invalid non-printable character U+%04X", c);
}

/* A piece of a name: ASCII word characters, or one non-ASCII character and
 * the ASCII word characters after it (scanner.l).  When `continues`, the
 * match ends with the non-ASCII character that starts the next piece, which
 * is given back.  Only a piece's first character needs checking: ASCII word
 * characters belong to every name.
 *
 *   tokenize view: a name is a run of `\w` characters; any other character
 *     is an ERRORTOKEN and splits the run; what follows it is scanned again
 *     (tokenize.py reads `€1` as `€` and a number, `€f'x'` as `€` and a
 *     string).
 *   parser view: a name is an identifier; any other character is an error,
 *     as in CPython: "invalid character '€' (U+20AC)". */
int lex_name_piece(Lexer *lx, const char *s, int n, bool continues)
{
    const char *end = s + n;
    if (continues) {                /* give back the next piece's first character */
        while (((unsigned char)end[-1] & 0xC0) == 0x80)
            end--;
        end--;
    }
    const char *p = s;
    uint32_t c = utf8_decode(&p, end);          /* p: after the first character */
    bool starts = lx->name_start == NULL;
    bool ok = lx->view == VIEW_TOKENIZE ? char_is_word(c)
              : starts ? char_is_id_start(c) : char_is_id_continue(c);
    if (ok) {
        if (starts) {
            lx->name_start = s;
            lx->name_initial = c;
        }
    } else if (lx->view == VIEW_PARSER) {
        return -invalid_character(lx, s, c);
    } else {
        if (!starts && finish_name(lx, s))
            return -1;
        if (lex_error_token(lx, s, (int)(p - s)))
            return -1;
        if (p < end)            /* what follows may be a number, a string... */
            return (int)(p - s);
    }
    if (!continues && lx->name_start && finish_name(lx, end))
        return -1;
    return (int)(end - s);
}

/* ---- strings ---------------------------------------------------------------- */

static bool is_fstring(const char *s)
{
    for (; *s != '\'' && *s != '"'; s++)
        if (*s == 'f' || *s == 'F')
            return true;
    return false;
}

int lex_string(Lexer *lx, const char *s, int n)
{
    int line = lx->line;
    const char *line_start = lx->line_start;
    int col = lex_col(lx, s);
    lex_follow_lines(lx, s, s + n);
    int end_col = lex_col(lx, s + n);
    lx->line_has_tokens = true;
    if (lx->view == VIEW_PARSER && is_fstring(s) && !lx->deferred) {
        Buf pieces;
        LexError err;
        buf_init(&pieces);
        if (fstring_pieces(lx, s, (size_t)n, line, line_start, &pieces, &err))
            lex_defer(lx, &err);
        int status = lex_put(lx, TOK_STRING, s, (size_t)n, line, col, lx->line, end_col, &pieces);
        buf_free(&pieces);
        return status;
    }
    return lex_put(lx, TOK_STRING, s, (size_t)n, line, col, lx->line, end_col, NULL);
}

/* A quote with no closing quote.  tokenize.py: an ERRORTOKEN for a single
 * quote (scanner.l never gets here for one), and "EOF in multi-line string"
 * for a triple quote.  CPython: "unterminated ..." at the string's start,
 * with the line where it gave up. */
int lex_unterminated(Lexer *lx, const char *s, int n, bool triple)
{
    int col = lex_col(lx, s);
    if (lx->view == VIEW_TOKENIZE)
        return lex_fail(lx, "TokenError", lx->line, col + 1, "EOF in multi-line string");
    /* CPython counts the lines it has started reading; and it reads a text
     * that ends with "\r\n" as if an empty line followed. */
    int line = lx->line;
    bool extra_line = lex_ends_with_crlf(lx);
    const char *at = s + 1;
    if (triple) {               /* it runs to the end of the text */
        for (const char *p = s; p < lx->end; p++)
            line += (*p == '\n' || *p == '\r') && lex_is_line_end(lx, p + 1) && p + 1 < lx->end;
        return lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, at,
                           "unterminated triple-quoted string literal (detected at line %d)",
                           line + extra_line + lx->base_line - 1);
    }
    /* It runs to the first line end that no backslash escapes. */
    for (const char *p = s + n; p < lx->end && *p != '\n' && *p != '\r'; p++) {
        if (*p != '\\' || p + 1 == lx->end)
            continue;
        p++;                                    /* the escaped character */
        if (*p == '\r' && p + 1 < lx->end && p[1] == '\n')
            p++;
        if ((*p == '\n' || *p == '\r') && (p + 1 < lx->end || extra_line))
            line++;
    }
    return lex_fail_at(lx, "SyntaxError", lx->line, lx->line_start, at,
                       "unterminated string literal (detected at line %d)",
                       line + lx->base_line - 1);
}

/* tokenize view: a '...' string whose first line ends with a backslash. */
void lex_string_continues(Lexer *lx, const char *s, int n)
{
    lx->str_start = s;
    lx->str_line = lx->line;
    lx->str_col = lex_col(lx, s);
    lex_next_line(lx, s + n);
}

/* tokenize view: the next line of such a string, up to and with its
 * closing quote (`closed`), or the whole line.  tokenize.py goes on to the
 * next line when this one ends with a backslash (even an escaped one), and
 * otherwise makes the string so far an ERRORTOKEN. */
int lex_string_line(Lexer *lx, const char *s, int n, bool closed)
{
    const char *e = s + n;
    int status;
    if (closed) {
        status = lex_put(lx, TOK_STRING, lx->str_start, (size_t)(e - lx->str_start),
                         lx->str_line, lx->str_col, lx->line, lex_col(lx, e), NULL);
        lx->str_start = NULL;
        return status;
    }
    bool has_newline = e[-1] == '\n';
    bool backslash_end = has_newline && ((n >= 2 && e[-2] == '\\') ||
                                         (n >= 3 && e[-2] == '\r' && e[-3] == '\\'));
    if (backslash_end) {
        lex_next_line(lx, e);
        return 0;
    }
    status = lex_put(lx, TOK_ERRORTOKEN, lx->str_start, (size_t)(e - lx->str_start),
                     lx->str_line, lx->str_col, lx->line, lex_col(lx, e), NULL);
    lx->str_start = NULL;
    if (has_newline)
        lex_next_line(lx, e);
    return status;
}
