/* syntax_error.c - choosing CPython's message for a syntax error (see
 * syntax_error.h). */
#include "syntax_error.h"
#include "grammar.h"

#include <string.h>

static bool expects(const SyntaxContext *sc, int terminal)
{
    return sc->expects[grammar_symbol_of_terminal(terminal)];
}

/* Can this terminal begin an expression? */
static bool starts_expression(int t)
{
    switch (t) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_TRUE: case T_FALSE: case T_NONE: case T_ELLIPSIS: case T_NOT: case T_LAMBDA:
    case T_AWAIT: case T_MINUS: case T_PLUS: case T_TILDE:
        return true;
    default:
        return false;
    }
}

/* Can this terminal end an expression? */
static bool ends_expression(int t)
{
    switch (t) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_RPAR: case T_RSQB: case T_RBRACE:
    case T_TRUE: case T_FALSE: case T_NONE: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* What the block being opened belongs to, in CPython's words. */
static const char *block_owner(const LineStart *s)
{
    switch (s->terminal) {
    case T_IF: return "'if' statement";
    case T_ELIF: return "'elif' statement";
    case T_ELSE: return "'else' statement";
    case T_WHILE: return "'while' statement";
    case T_FOR: return "'for' statement";
    case T_WITH: return "'with' statement";
    case T_TRY: return "'try' statement";
    case T_EXCEPT: return s->next_terminal == T_STAR ? "'except*' statement" : "'except' statement";
    case T_FINALLY: return "'finally' statement";
    case T_DEF: return "function definition";
    case T_CLASS: return "class definition";
    case T_MATCH: return "'match' statement";
    case T_CASE: return "'case' statement";
    case T_ASYNC:
        switch (s->next_terminal) {
        case T_DEF: return "function definition";
        case T_FOR: return "'for' statement";
        case T_WITH: return "'with' statement";
        default: return NULL;
        }
    default: return NULL;
    }
}

static bool previous_is_legacy_print(const Lexer *L)
{
    if (L->previous_terminal != T_NAME || L->segment_terminal != T_NAME ||
        L->segment_start.first_line != L->previous_loc.first_line ||
        L->segment_start.first_column != L->previous_loc.first_column)
        return false;
    MpStr s = L->previous_text;
    return (s.len == 5 && memcmp(s.ptr, "print", 5) == 0) ||
           (s.len == 4 && memcmp(s.ptr, "exec", 4) == 0);
}

void syntax_error_report(Parser *P, const SyntaxContext *sc)
{
    if (parser_failed(P))
        return;
    const Lexer *L = &P->lex;
    int la = L->current_terminal;
    Loc at = L->current_loc;
    if (la == T_INDENT) {
        /* CPython points at the last character of the indentation */
        parser_error(P, "IndentationError", at.last_line, at.last_column - 1, "unexpected indent");
        return;
    }
    if (expects(sc, T_INDENT)) {
        const char *owner = block_owner(&L->previous_line_start);
        if (owner)
            parser_error(P, "IndentationError", at.first_line, at.first_column,
                         "expected an indented block after %s on line %d", owner,
                         L->previous_line_start.line);
        else
            parser_error(P, "IndentationError", at.first_line, at.first_column,
                         "expected an indented block");
        return;
    }
    if (la == T_NEWLINE && expects(sc, T_COLON)) {
        parser_syntax_error(P, &at, "expected ':'");
        return;
    }
    if (starts_expression(la) && previous_is_legacy_print(L)) {
        MpStr name = L->previous_text;
        parser_syntax_error(P, &L->previous_loc,
                            "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                            (int)name.len, name.ptr, (int)name.len, name.ptr);
        return;
    }
    if (L->depth > 0 && starts_expression(la) && ends_expression(L->previous_terminal) &&
        !(L->segment_terminal == T_NAME && L->segment_next_terminal == T_STRING)) {
        parser_syntax_error(P, &L->segment_start, "invalid syntax. Perhaps you forgot a comma?");
        return;
    }
    if (expects(sc, T_ELSE) && !expects(sc, T_NAME) && la != T_COLON) {
        parser_syntax_error(P, &L->segment_start, "expected 'else' after 'if' expression");
        return;
    }
    parser_syntax_error(P, &at, "invalid syntax");
}

void syntax_error_internal(Parser *P, const Loc *loc, const char *message)
{
    if (parser_failed(P))
        return;
    if (strstr(message, "exhausted"))
        parser_error(P, "RecursionError", loc->first_line, loc->first_column,
                     "maximum recursion depth exceeded during compilation");
    else
        parser_syntax_error(P, loc, "%s", message);
}

void syntax_error_after(Parser *P, const Loc *loc, const char *message)
{
    Loc after = { loc->last_line, loc->last_column, loc->last_line, loc->last_column };
    parser_syntax_error(P, &after, "%s", message);
}
