/* lexer.h - the parser's token source: pytok's tokens, read from the token
 * artifact one at a time and turned into the grammar's terminals.
 *
 * pytok has already done the lexical work (docs/formats.md §4), so what is
 * left here is what only the parser's view of the stream decides:
 *
 *   - NAME tokens that are keywords become keyword terminals; identifiers
 *     are NFKC-normalised, as Python does;
 *   - the soft keywords: `match` at the start of a logical line that ends
 *     in ':' is MATCH; `case` at the start of a line directly inside a match
 *     block is CASE.  (One token of lookahead cannot tell `match x:` from
 *     `match = 1`; the whole line can.)
 *   - `with (`: when the parenthesis after `with` is closed right before
 *     the ':', it is LPAR_WITH, and the grammar reads the parentheses as a
 *     list of with-items (Python 3.9's parenthesised context managers);
 *   - COMMENT, NL and ENCODING are dropped;
 *   - NEWLINE, INDENT, DEDENT and ENDMARKER take the position at the end of
 *     the previous token, so a node's span never reaches past its last real
 *     token (CPython's rule for statements that end in a block).
 *
 * The tokens are decoded from the artifact's MessagePack as the parser asks
 * for them; only the current logical line's look-ahead is held in memory. */
#ifndef PYPARSE_LEXER_H
#define PYPARSE_LEXER_H

#include "error_context.h"
#include "loc.h"
#include "mpread.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Parser Parser;

/* One token of the artifact: [type, string, line, col, end_line, end_col
 * (, f-string pieces)]. */
typedef struct Token {
    int type;               /* the token module's number (common/schema/tokens.def) */
    int terminal;           /* a grammar terminal chosen by look-ahead, or 0 */
    const char *text;       /* points into the artifact; not NUL-terminated */
    uint32_t len;
    int line, col, end_line, end_col;
    size_t pieces;          /* offset of the f-string pieces in the artifact, or 0 */
} Token;

typedef struct Lexer {
    MpReader r;             /* at the next token of the array */
    uint32_t remaining;     /* tokens not yet decoded */
    Token *ahead;           /* decoded, not yet consumed: ahead[head .. head+count) */
    size_t head, count, cap;

    bool fstring;           /* an f-string expression: "(" tokens ")" */
    int fstring_step;       /* 0 start, 1 "(" sent, 2 in tokens, 3 ")" sent */
    int open_line, open_col, close_line, close_col;

    bool started;           /* the start terminal has been sent */
    bool ended;             /* ENDMARKER has been sent */
    bool at_line_start;     /* the next token begins a logical line */
    bool match_header;      /* a MATCH line was sent; its INDENT opens a match block */
    unsigned char *match_block;     /* per indentation level: 1 inside a match block */
    size_t levels, levels_cap;
    int prev_line, prev_col;        /* end of the last real token sent */

    ErrorContext context;   /* what error messages need to know */
} Lexer;

/* A lexer over a whole token file, or over an f-string expression's tokens
 * (sent between virtual parentheses at the given positions). */
void lexer_init_file(Lexer *L, MpReader tokens, uint32_t count);
void lexer_init_fstring(Lexer *L, MpReader tokens, uint32_t count, int open_line,
                        int open_col, int close_line, int close_col);
void lexer_free(Lexer *L);

/* The grammar's yylex (the value and location types come from the
 * generated grammar.h). */
union YYSTYPE;
int lexer_next(Parser *P, union YYSTYPE *value, Loc *loc);

/* Does the next token, not yet sent to the grammar, begin an expression? */
bool lexer_next_starts_expression(Parser *P);
/* The end of the expression that begins with the token just sent (at
 * `sent`), or of the whole statement, read ahead in the tokens for an
 * error message's span. */
Loc lexer_expression_end(Parser *P, Loc sent, int depth, bool whole_statement);

/* The spans of the first and last tokens of a token array (an f-string
 * expression's). */
bool token_array_bounds(Parser *P, MpReader tokens, uint32_t count, Loc *first, Loc *last);

#endif
