/* parser.h - the state one parse shares between the grammar, the token
 * source and the tree builders.
 *
 * pyparse is a bison LALR(1) parser (grammar.y) fed by lexer.c, which reads
 * pytok's token artifact.  The grammar's actions build the tree of
 * common/gen/ast.h in an arena, with the helpers of build.h, targets.c,
 * literals.h and fstring.c.  A program is parsed by parse_module(); the
 * expressions inside f-strings are parsed by the same grammar, started at a
 * second start symbol (parse_fstring_expr). */
#ifndef PYPARSE_PARSER_H
#define PYPARSE_PARSER_H

#include "arena.h"
#include "artifact.h"
#include "gen/ast.h"
#include "lexer.h"

#include <stdbool.h>

/* The first error of a parse.  Errors inside an f-string's expression are
 * reported by the parse of the enclosing file, so the record is shared. */
typedef struct ParseError {
    bool set;
    bool malformed;         /* the artifact is broken (exit 2), not the program */
    const char *kind;       /* "SyntaxError", "IndentationError", "RecursionError" */
    int line, col;          /* col: 0-based byte offset; line 0 = no position */
    int end_line, end_col;  /* the end of the span at fault (col exclusive); end_line 0 = a point */
    bool in_fstring;        /* col already made relative to an f-string expression */
    char message[512];
} ParseError;

typedef struct Parser {
    Arena *arena;
    const Artifact *artifact;   /* the token artifact: its bytes hold every token's text */
    Lexer lex;
    ParseError *error;
    int fstring_depth;          /* > 0 while parsing an expression inside an f-string */
    AstMod *module;             /* the result of parse_module */
    AstExpr *expr;              /* the result of parse_fstring_expr */
} Parser;

/* Parses the token artifact into a Module.  Returns NULL with *err set. */
AstMod *parse_module(const Artifact *tokens, Arena *arena, ParseError *err);

/* Parses one f-string replacement field's expression: the token array at
 * `tokens` (count elements), as if written between parentheses that open at
 * `open` and close at `close` (CPython parses "(" + text + ")").  Returns
 * NULL with the error recorded. */
AstExpr *parse_fstring_expr(Parser *outer, MpReader tokens, uint32_t count,
                            Loc open, Loc close);

/* The grammar's entry point (grammar.y), and its symbol names for messages. */
int grammar_parse(Parser *P);
int grammar_symbol_of_terminal(int terminal);

/* Records an error (only the first one counts).  col is a 0-based byte
 * offset.  Inside an f-string, SyntaxError messages get the "f-string: "
 * prefix, as CPython's do. */
void parser_error(Parser *P, const char *kind, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void parser_syntax_error(Parser *P, const Loc *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A SyntaxError about the whole span `at` (a node: "cannot assign to
 * function call"), which CPython marks with carets from start to end. */
void parser_syntax_error_span(Parser *P, const Loc *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* An error about an f-string's form: "f-string: " is always prefixed. */
void parser_fstring_error(Parser *P, const Loc *at, const char *message);
/* The artifact itself is broken (a malformed token, a missing ENDMARKER). */
void parser_malformed(Parser *P, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static inline bool parser_failed(const Parser *P)
{
    return P->error->set;
}

static inline AstPos loc_pos(const Loc *l)
{
    return (AstPos){ l->first_line, l->first_column, l->last_line, l->last_column };
}

static inline Loc pos_loc(const AstPos *p)
{
    return (Loc){ p->lineno, p->col_offset, p->end_lineno, p->end_col_offset };
}

#endif
