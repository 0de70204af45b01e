/* parse.c - running the grammar over a token artifact, and recording errors. */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void record(Parser *P, const char *kind, int line, int col, const char *prefix,
                   const char *fmt, va_list ap)
{
    ParseError *e = P->error;
    if (e->set)
        return;
    e->set = true;
    e->kind = kind;
    e->line = line;
    e->col = col;
    int n = snprintf(e->message, sizeof e->message, "%s", prefix);
    vsnprintf(e->message + n, sizeof e->message - (size_t)n, fmt, ap);
}

void parser_syntax_error_span(Parser *P, const Loc *at, const char *fmt, ...)
{
    bool first = !P->error->set;
    va_list ap;
    va_start(ap, fmt);
    record(P, "SyntaxError", at->first_line, at->first_column,
           P->fstring_depth > 0 ? "f-string: " : "", fmt, ap);
    va_end(ap);
    if (first && P->fstring_depth == 0) {   /* (an f-string's columns are moved later) */
        P->error->end_line = at->last_line;
        P->error->end_col = at->last_column;
    }
}

void parser_error(Parser *P, const char *kind, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool in_fstring = P->fstring_depth > 0 && strcmp(kind, "SyntaxError") == 0;
    record(P, kind, line, col, in_fstring ? "f-string: " : "", fmt, ap);
    va_end(ap);
}

void parser_syntax_error(Parser *P, const Loc *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(P, "SyntaxError", at->first_line, at->first_column,
           P->fstring_depth > 0 ? "f-string: " : "", fmt, ap);
    va_end(ap);
}

static void record_plain(Parser *P, const char *kind, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(P, kind, line, col, "", fmt, ap);
    va_end(ap);
}

void parser_fstring_error(Parser *P, const Loc *at, const char *message)
{
    record_plain(P, "SyntaxError", at->first_line, at->first_column, "f-string: %s", message);
}

void parser_malformed(Parser *P, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(P, "malformed", 0, 0, "", fmt, ap);
    va_end(ap);
    P->error->malformed = true;
}

AstMod *parse_module(const Artifact *tokens, Arena *arena, ParseError *err)
{
    memset(err, 0, sizeof *err);
    Parser P = { .arena = arena, .artifact = tokens, .error = err };
    MpReader r = tokens->payload;
    uint32_t count = mp_read_array(&r);
    if (mp_failed(&r)) {
        parser_malformed(&P, "the tokens are not an array: %s", r.error);
        return NULL;
    }
    lexer_init_file(&P.lex, r, count);
    int status = grammar_parse(&P);
    lexer_free(&P.lex);
    if (status != 0 || !P.module) {
        if (!err->set)
            record_plain(&P, "SyntaxError", P.lex.context.current_loc.first_line,
                         P.lex.context.current_loc.first_column, "invalid syntax");
        return NULL;
    }
    return P.module;
}

/* CPython 3.11 parses a replacement field as the text "(" + expression +
 * ")" on its own, and reports an error there at its column in that text
 * (on the field's first line): f"{*a}" is reported at column 2.  The same
 * column is given here, so that messages match. */
static void fstring_error_position(ParseError *e, bool had_error, const Loc *open)
{
    if (had_error || e->malformed || e->in_fstring || e->line == 0)
        return;
    e->in_fstring = true;
    if (e->line == open->first_line)
        e->col -= open->first_column;
}

AstExpr *parse_fstring_expr(Parser *outer, MpReader tokens, uint32_t count, Loc open, Loc close)
{
    Parser P = {
        .arena = outer->arena,
        .artifact = outer->artifact,
        .error = outer->error,
        .fstring_depth = outer->fstring_depth + 1,
    };
    lexer_init_fstring(&P.lex, tokens, count, open.first_line, open.first_column,
                       close.first_line, close.first_column);
    bool had_error = outer->error->set;
    int status = grammar_parse(&P);
    lexer_free(&P.lex);
    if (status != 0 || !P.expr) {
        if (!P.error->set)
            parser_syntax_error(&P, &P.lex.context.current_loc, "invalid syntax");
        fstring_error_position(P.error, had_error, &open);
        return NULL;
    }
    return P.expr;
}
