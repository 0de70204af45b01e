/* syntax_error.c - choosing CPython's message for a syntax error (see
 * syntax_error.h).  Each rule below recognises one of the situations for
 * which CPython's "invalid_*" grammar rules have a message, from the
 * look-ahead, what came just before it (error_context.h) and the terminals
 * the grammar would have accepted. */
#include "syntax_error.h"
#include "grammar.h"

#include <string.h>

typedef struct Error {
    Parser *P;
    const SyntaxContext *sc;
    const ErrorContext *c;
    int la;                     /* the look-ahead terminal */
} Error;

static bool expects(const Error *e, int terminal)
{
    return e->sc->expects[grammar_symbol_of_terminal(terminal)];
}

static bool text_is(MpStr s, const char *z)
{
    return s.len == strlen(z) && memcmp(s.ptr, z, s.len) == 0;
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

static bool is_prefix_operator(int t)
{
    return t == T_NOT || t == T_AWAIT || t == T_MINUS || t == T_PLUS || t == T_TILDE;
}

/* ---- the rules ----------------------------------------------------------------------- */

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

/* A line that ends where a block should start, or indented for nothing. */
static bool layout_error(const Error *e)
{
    const ErrorContext *c = e->c;
    const Loc *at = &c->current_loc;
    if (e->la == T_INDENT) {
        /* CPython points at the last character of the indentation */
        parser_error(e->P, "IndentationError", at->last_line, at->last_column - 1,
                     "unexpected indent");
        return true;
    }
    if (expects(e, T_INDENT)) {
        const char *owner = block_owner(&c->previous_line_start);
        if (owner)
            parser_error(e->P, "IndentationError", at->first_line, at->first_column,
                         "expected an indented block after %s on line %d", owner,
                         c->previous_line_start.line);
        else
            parser_error(e->P, "IndentationError", at->first_line, at->first_column,
                         "expected an indented block");
        return true;
    }
    if (e->la == T_NEWLINE && expects(e, T_COLON)) {
        parser_syntax_error(e->P, at, "expected ':'");
        return true;
    }
    return false;
}

/* A '=' where the grammar takes none: a keyword argument that is not a
 * name, or '=' meant as '=='. */
static bool misplaced_equal(const Error *e)
{
    const ErrorContext *c = e->c;
    const Segment *s = &c->segment;
    if (e->la != T_EQUAL || s->terminal == T_EQUAL || s->after == T_FOR)
        return false;
    bool one_token = s->next_terminal == T_EQUAL && s->next.first_line == c->current_loc.first_line &&
                     s->next.first_column == c->current_loc.first_column;
    const char *constant = s->terminal == T_TRUE ? "True" : s->terminal == T_FALSE ? "False"
                         : s->terminal == T_NONE ? "None" : NULL;
    if (error_context_bracket(c) == 'c') {
        /* name=value is a keyword argument; anything else before '=' is not */
        if (one_token && constant)
            parser_syntax_error(e->P, &s->start, "cannot assign to %s", constant);
        else if (!one_token || s->terminal != T_NAME)
            parser_syntax_error(e->P, &s->start,
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
        else
            return false;
        return true;
    }
    /* where a condition is expected: in brackets, after if, elif, while */
    bool condition = c->depth > 0 || s->after == T_IF || s->after == T_ELIF || s->after == T_WHILE;
    if (one_token && s->terminal == T_NAME && condition) {
        /* the span: from the name to the end of the value after '=' */
        Loc span = s->start;
        Loc value = lexer_expression_end(e->P, c->current_loc, 0, false);
        span.last_line = value.last_line;
        span.last_column = value.last_column;
        parser_syntax_error_span(e->P, &span,
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    return false;
}

/* Errors inside a display or a call that CPython explains. */
static bool bracket_error(const Error *e)
{
    const ErrorContext *c = e->c;
    char bracket = error_context_bracket(c);
    bool comprehension = e->la == T_FOR || e->la == T_ASYNC;
    if (comprehension && c->segment.terminal == T_DOUBLESTAR) {
        parser_syntax_error(e->P, &c->segment.start,
                            "dict unpacking cannot be used in dict comprehension");
        return true;
    }
    if (comprehension && c->segment.terminal == T_STAR) {
        parser_syntax_error(e->P, &c->segment.start,
                            "iterable unpacking cannot be used in comprehension");
        return true;
    }
    const Segment *last = error_context_segment(c);
    bool key = last->after == T_COMMA || last->after == T_LBRACE;
    if (bracket == '{' && key && expects(e, T_COLON) && !expects(e, T_COMMA)) {
        /* after a key of a dict display: CPython points at its last character */
        Loc key_end = { c->previous_loc.last_line, c->previous_loc.last_column - 1,
                        c->previous_loc.last_line, c->previous_loc.last_column };
        parser_syntax_error(e->P, &key_end, "':' expected after dictionary key");
        return true;
    }
    if (bracket == '{' && c->previous == T_COLON && e->la == T_STAR) {
        parser_syntax_error(e->P, &c->current_loc,
                            "cannot use a starred expression in a dictionary value");
        return true;
    }
    if (bracket == '{' && c->previous == T_COLON && (e->la == T_RBRACE || e->la == T_COMMA)) {
        parser_syntax_error(e->P, &c->previous_loc,
                            "expression expected after dictionary key and ':'");
        return true;
    }
    if (bracket == 'p' && c->previous == T_EQUAL && (e->la == T_COMMA || e->la == T_RPAR)) {
        parser_syntax_error(e->P, &c->previous_loc, "expected default value expression");
        return true;
    }
    return false;
}

/* The ':' of a def, try, else or finally: CPython insists on it there. */
static bool colon_required(const Error *e)
{
    const ErrorContext *c = e->c;
    const LineStart *line = &c->line_start;
    bool def = line->terminal == T_DEF || (line->terminal == T_ASYNC && line->next_terminal == T_DEF);
    bool keyword = c->previous == T_ELSE || c->previous == T_TRY || c->previous == T_FINALLY;
    return c->depth == 0 && e->la != T_COLON && expects(e, T_COLON) && (def || keyword);
}

static bool statement_error(const Error *e)
{
    const ErrorContext *c = e->c;
    if (colon_required(e)) {
        parser_syntax_error(e->P, &c->current_loc, "expected ':'");
        return true;
    }
    if (e->la == T_COMMA && c->depth == 0 && c->line_start.terminal == T_EXCEPT) {
        const Segment *s = &c->segment;
        parser_syntax_error(e->P, s->terminal == T_STAR ? &s->next : &s->start,
                            "multiple exception types must be parenthesized");
        return true;
    }
    if (expects(e, T_EXCEPT) && expects(e, T_FINALLY)) {
        /* at the end of the file, CPython's DEDENT is at the end of the last token */
        const Lexer *L = &e->P->lex;
        Loc end = { L->prev_line, L->prev_col, L->prev_line, L->prev_col };
        bool at_end = e->la == T_DEDENT || e->la == T_ENDMARKER;
        parser_syntax_error(e->P, at_end ? &end : &c->current_loc,
                            "expected 'except' or 'finally' block");
        return true;
    }
    if (c->previous == T_NAME && c->earlier == T_DEF && e->la != T_LPAR) {
        parser_syntax_error(e->P, &c->current_loc, "expected '('");
        return true;
    }
    return false;
}

/* `print "x"`: Python 2's print statement. */
static int opens_bracket(int terminal)
{
    return terminal == T_LPAR || terminal == T_LSQB || terminal == T_LBRACE;
}

static bool legacy_print(const Error *e)
{
    const ErrorContext *c = e->c;
    const Segment *s = &c->segment;
    if (!starts_expression(e->la) || c->previous != T_NAME || s->terminal != T_NAME ||
        s->start.first_line != c->previous_loc.first_line ||
        s->start.first_column != c->previous_loc.first_column)
        return false;
    MpStr name = c->previous_text;
    if (!text_is(name, "print") && !text_is(name, "exec"))
        return false;
    /* CPython marks the whole statement, `print` to its end */
    Loc span = c->previous_loc;
    Loc rest = lexer_expression_end(e->P, c->current_loc, opens_bracket(e->la), true);
    span.last_line = rest.last_line;
    span.last_column = rest.last_column;
    parser_syntax_error_span(e->P, &span,
                             "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                             (int)name.len, name.ptr, (int)name.len, name.ptr);
    return true;
}


/* Two expressions side by side inside brackets: CPython suggests a comma
 * when what follows is a whole expression, except after a soft keyword or
 * a name followed by a string (an unknown string prefix), and not among a
 * def's parameters or in a for's target. */
static bool missing_comma(const Error *e)
{
    const ErrorContext *c = e->c;
    const Segment *s = &c->segment;
    char bracket = error_context_bracket(c);
    if (c->depth == 0 || bracket == 'p' || s->after == T_FOR || !starts_expression(e->la) ||
        !ends_expression(c->previous))
        return false;
    if (s->terminal == T_NAME && (s->next_terminal == T_STRING || text_is(s->text, "match") ||
                                  text_is(s->text, "case") || text_is(s->text, "_")))
        return false;
    if (is_prefix_operator(e->la) && !lexer_next_starts_expression(e->P))
        return false;
    /* CPython marks both expressions: from the first to the end of the second */
    Loc span = s->start;
    Loc second = lexer_expression_end(e->P, c->current_loc, opens_bracket(e->la), false);
    span.last_line = second.last_line;
    span.last_column = second.last_column;
    parser_syntax_error_span(e->P, &span, "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

static bool missing_else(const Error *e)
{
    if (!expects(e, T_ELSE) || expects(e, T_NAME) || e->la == T_COLON)
        return false;
    /* the span: the whole conditional so far, up to the token before the error */
    Loc span = e->c->segment.start;
    span.last_line = e->c->previous_loc.last_line;
    span.last_column = e->c->previous_loc.last_column;
    parser_syntax_error_span(e->P, &span, "expected 'else' after 'if' expression");
    return true;
}

void syntax_error_report(Parser *P, const SyntaxContext *sc)
{
    if (parser_failed(P))
        return;
    Error e = { P, sc, &P->lex.context, P->lex.context.current };
    if (layout_error(&e) || misplaced_equal(&e) || bracket_error(&e) || statement_error(&e) ||
        legacy_print(&e) || missing_comma(&e) || missing_else(&e))
        return;
    parser_syntax_error(P, &e.c->current_loc, "invalid syntax");
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
