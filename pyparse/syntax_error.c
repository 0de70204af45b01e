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

/* The bracket the error is in (the one the look-ahead closes, if it does). */
static char innermost_bracket(const Lexer *L)
{
    if (L->closed)
        return L->closed;
    return L->depth > 0 ? L->brackets[L->depth - 1] : 0;
}

/* The expression before the error is one token. */
static bool segment_is_one_token(const Lexer *L)
{
    return L->segment_next_terminal == L->current_terminal &&
           L->segment_next.first_line == L->current_loc.first_line &&
           L->segment_next.first_column == L->current_loc.first_column;
}

static const char *keyword_constant(int terminal)
{
    switch (terminal) {
    case T_TRUE: return "True";
    case T_FALSE: return "False";
    case T_NONE: return "None";
    default: return NULL;
    }
}

/* A '=' where the grammar takes none: a keyword argument that is not a
 * name, or '=' meant as '=='. */
static bool misplaced_equal(Parser *P)
{
    const Lexer *L = &P->lex;
    const char *constant = keyword_constant(L->segment_terminal);
    bool one = segment_is_one_token(L);
    if (innermost_bracket(L) == 'c') {
        if (one && constant)
            parser_syntax_error(P, &L->segment_start, "cannot assign to %s", constant);
        else if (!one)
            parser_syntax_error(P, &L->segment_start,
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
        else
            return false;
        return true;
    }
    if (one && L->segment_terminal == T_NAME) {
        parser_syntax_error(P, &L->segment_start,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    return false;
}

/* Errors inside brackets that CPython explains. */
static bool bracket_error(Parser *P, const SyntaxContext *sc)
{
    const Lexer *L = &P->lex;
    int la = L->current_terminal;
    if ((la == T_FOR || la == T_ASYNC) && L->segment_terminal == T_DOUBLESTAR) {
        parser_syntax_error(P, &L->segment_start, "dict unpacking cannot be used in dict comprehension");
        return true;
    }
    if ((la == T_FOR || la == T_ASYNC) && L->segment_terminal == T_STAR) {
        parser_syntax_error(P, &L->segment_start, "iterable unpacking cannot be used in comprehension");
        return true;
    }
    if (innermost_bracket(L) == '{' && (la == T_RBRACE || la == T_COMMA) && expects(sc, T_COLON)) {
        /* CPython points at the last character of the key */
        Loc key_end = { L->previous_loc.last_line, L->previous_loc.last_column - 1,
                        L->previous_loc.last_line, L->previous_loc.last_column };
        parser_syntax_error(P, &key_end, "':' expected after dictionary key");
        return true;
    }
    if (innermost_bracket(L) == '{' && L->previous_terminal == T_COLON) {
        if (la == T_STAR) {
            parser_syntax_error(P, &L->current_loc,
                                "cannot use a starred expression in a dictionary value");
            return true;
        }
        if (la == T_RBRACE || la == T_COMMA) {
            parser_syntax_error(P, &L->previous_loc,
                                "expression expected after dictionary key and ':'");
            return true;
        }
    }
    return false;
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
    if (la == T_EQUAL && misplaced_equal(P))
        return;
    if (bracket_error(P, sc))
        return;
    if (la == T_COMMA && L->depth == 0 && L->line_start.terminal == T_EXCEPT) {
        const Loc *first = L->segment_terminal == T_STAR ? &L->segment_next : &L->segment_start;
        parser_syntax_error(P, first, "multiple exception types must be parenthesized");
        return;
    }
    if (expects(sc, T_EXCEPT) && expects(sc, T_FINALLY)) {
        /* at the end of the file, CPython's DEDENT is at the end of the last token */
        Loc end = { L->prev_line, L->prev_col, L->prev_line, L->prev_col };
        bool at_end = la == T_DEDENT || la == T_ENDMARKER;
        parser_syntax_error(P, at_end ? &end : &at, "expected 'except' or 'finally' block");
        return;
    }
    if (starts_expression(la) && previous_is_legacy_print(L)) {
        MpStr name = L->previous_text;
        parser_syntax_error(P, &L->previous_loc,
                            "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                            (int)name.len, name.ptr, (int)name.len, name.ptr);
        return;
    }
    if (L->depth > 0 && innermost_bracket(L) != 'p' && starts_expression(la) &&
        ends_expression(L->previous_terminal) &&
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
