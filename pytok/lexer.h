/* lexer.h - the state that the scanner's rules (scanner.l) work on.
 *
 * pytok has two views of a program, served by one flex scanner:
 *
 *   VIEW_TOKENIZE  what Python's pure-Python `tokenize` module (3.11) sees:
 *                  lines end only at '\n', names are `\w+`, a character that
 *                  starts no token is an ERRORTOKEN, no TabError.  This is
 *                  the text view, `pytok --text`.
 *   VIEW_PARSER    what CPython's C tokenizer, the one its parser reads,
 *                  sees: '\r', '\r\n' and '\n' end lines, identifiers are
 *                  checked, every lexical error is reported as CPython
 *                  reports it.  This is the token file that pyparse reads.
 *
 * The flex rules recognise the pieces of text; the functions below decide
 * what the two views make of them: the tokens, indentation, brackets, line
 * ends and errors.  Tokens go to a TokenSink as they are found.
 *
 * Columns are counted in the view's unit: characters (code points) in the
 * tokenize view, UTF-8 bytes in the parser view (docs/formats.md §4). */
#ifndef PYTOK_LEXER_H
#define PYTOK_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum LexView { VIEW_TOKENIZE, VIEW_PARSER } LexView;

typedef struct Token {
    int type;                   /* token.py's number; operators carry their exact type */
    const char *text;           /* the token's text (not NUL-terminated) */
    size_t len;
    int line, col, end_line, end_col;
    const char *pieces;         /* f-strings (parser view): the MessagePack array */
    size_t pieces_len;          /* of their pieces (formats.md §4), else NULL/0 */
} Token;

typedef struct Lexer Lexer;

/* Receives each token; returns 0 to go on, nonzero to stop the scan. */
typedef int (*TokenSink)(void *sink, const Token *t);

/* The first error found: printed by the caller as FILE:LINE:COL: KIND: message. */
typedef struct LexError {
    bool set;
    const char *kind;           /* "SyntaxError", "IndentationError", "TokenError", ... */
    int line, col;              /* 1-based; col counts characters, 0 if unknown */
    char message[320];
} LexError;

void lex_error_set(LexError *err, const char *kind, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* An open bracket, remembered for "'(' was never closed" (parser view). */
typedef struct OpenBracket {
    char c;
    int line;
    const char *line_start, *at;
} OpenBracket;

enum { MAX_BRACKETS = 200, MAX_INDENTS = 100 };    /* CPython's MAXLEVEL and MAXINDENT */

struct Lexer {
    LexView view;
    const char *src, *end;      /* the text scanned; src[end-src] and the byte after are NUL */

    /* Where we are: the current line's number and first byte. */
    int line;
    const char *line_start;
    const char *cc_line, *cc_at;    /* character-column cache: chars in [cc_line, cc_at) */
    int cc_chars;

    /* Brackets: the tokenize view counts (and may go negative, as tokenize
     * does); the parser view keeps the stack CPython keeps. */
    int depth;
    OpenBracket brackets[MAX_BRACKETS];

    /* Indentation levels (columns with tabs to multiples of 8; in the parser
     * view also with tabs as 1 column, for the TabError check). */
    int *indents, *alt_indents;
    int nindents, indents_cap;

    bool line_has_tokens;       /* parser view: the logical line has a token */
    const char *continuation_end;   /* just after the last backslash-newline, */
    const char *backslash;          /* its backslash, */
    const char *backslash_line_start;   /* and the line it is on */
    int backslash_line;
    const char *ws_start, *ws_end;  /* tokenize view: the last run of blanks */

    /* A name being put together from pieces split at non-ASCII characters
     * (see lex_name_piece). */
    const char *name_start;
    uint32_t name_initial;

    /* tokenize view: a '...' string continued with backslash-newline. */
    const char *str_start;
    int str_line, str_col;

    /* An f-string expression scanned on its own: its text is a copy, whose
     * first line begins at column base_col (bytes) / base_chars of line
     * base_line in the file. */
    bool expression;
    int base_line, base_col, base_chars;

    /* An error that CPython's parser, not its tokenizer, finds: the
     * "invalid syntax" of a stray character, an f-string's errors.  When
     * its parser fails, CPython tokenizes the rest of the file, and a
     * tokenizer error found there is reported instead; so pytok keeps such
     * an error until the end of the text. */
    bool deferred;
    LexError deferred_error;

    TokenSink emit;
    void *sink;
    LexError *err;
};

/* Sets up a lexer over [src, src+len); src[len] and src[len+1] must be NUL
 * (flex scans the buffer in place).  Then lexer_run() scans it all, sending
 * tokens to emit(sink, token); returns 0, or 1 with *err set. */
void lexer_init(Lexer *lx, LexView view, const char *src, size_t len,
                TokenSink emit, void *sink, LexError *err);
int lexer_run(Lexer *lx);
void lexer_free(Lexer *lx);

/* ---- used by the rules in scanner.l ------------------------------------
 * Each returns 0 to go on, or nonzero when the scan must stop (an error, or
 * the sink asked to stop).  Functions that return "bytes to keep" return
 * the length of the match to keep (the rest is scanned again), or -1. */

/* Start of a line (outside brackets). */
int lex_comment_line(Lexer *lx, const char *s, int n);   /* blanks, '#...', line end */
int lex_blank_line(Lexer *lx, const char *s, int n);     /* blanks, then a line end */
int lex_indentation(Lexer *lx, const char *s, int n);    /* blanks before a token (n may be 0) */

/* Inside a line. */
int lex_comment(Lexer *lx, const char *s, int n);
int lex_newline(Lexer *lx, const char *s, int n);
void lex_continuation(Lexer *lx, const char *s, int n);
int lex_number(Lexer *lx, const char *s, int n);        /* bytes to keep */
int lex_operator(Lexer *lx, const char *s, int n);      /* bytes to keep */
int lex_name_ascii(Lexer *lx, const char *s, int n);
int lex_name_piece(Lexer *lx, const char *s, int n, bool continues);   /* bytes to keep */
int lex_string(Lexer *lx, const char *s, int n);
int lex_unterminated(Lexer *lx, const char *s, int n, bool triple);
int lex_bad_char(Lexer *lx, const char *s, int n);

/* tokenize view: a '...' string continued over lines. */
void lex_string_continues(Lexer *lx, const char *s, int n);
int lex_string_line(Lexer *lx, const char *s, int n, bool closed);

/* The end of the text, reached inside a line or a continued string (or
 * after a last line of blanks): NEWLINE '', DEDENTs and ENDMARKER, or the
 * error for what is still open. */
int lex_end_of_text(Lexer *lx, bool in_line, bool in_string);
int lex_blank_last_line(Lexer *lx);

/* Positions. */
int lex_col(Lexer *lx, const char *p);          /* column of p on the current line */
bool lex_parser_view(const Lexer *lx);
bool lex_next_line_is_bol(const Lexer *lx);     /* after a line end: does a new statement start? */

#endif
