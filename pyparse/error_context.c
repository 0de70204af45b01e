/* error_context.c - noting the terminals sent (see error_context.h). */
#include "error_context.h"
#include "grammar.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

void error_context_init(ErrorContext *c)
{
    memset(c, 0, sizeof *c);
    c->segment_restarts = true;
}

void error_context_free(ErrorContext *c)
{
    free(c->brackets);
    c->brackets = NULL;
}

/* Terminals after which a new expression starts. */
static bool ends_segment(int terminal, bool line_start)
{
    switch (terminal) {
    case T_COMMA: case T_EQUAL: case T_COLON: case T_SEMI: case T_COLONEQUAL: case T_RARROW:
    case T_AT: case T_PLUSEQUAL: case T_MINEQUAL: case T_STAREQUAL: case T_SLASHEQUAL:
    case T_PERCENTEQUAL: case T_AMPEREQUAL: case T_VBAREQUAL: case T_CIRCUMFLEXEQUAL:
    case T_LEFTSHIFTEQUAL: case T_RIGHTSHIFTEQUAL: case T_DOUBLESTAREQUAL:
    case T_DOUBLESLASHEQUAL: case T_ATEQUAL:
    case T_NEWLINE: case T_INDENT: case T_DEDENT:
    case T_RETURN: case T_YIELD: case T_ELIF: case T_WHILE: case T_ASSERT: case T_DEL:
    case T_RAISE: case T_IMPORT: case T_WITH: case T_AS: case T_LAMBDA: case T_CASE:
    case T_MATCH: case T_GLOBAL: case T_NONLOCAL: case T_EXCEPT: case T_FROM: case T_FOR:
        return true;
    case T_IF:
        return line_start;
    default:
        return false;
    }
}

static char opened_bracket(const ErrorContext *c, int terminal)
{
    switch (terminal) {
    case T_LPAR: {
        /* a '(' right after something callable is a call's, after `def f` a def's */
        int p = c->previous;
        if (p == T_NAME && c->earlier == T_DEF)
            return 'p';
        if (p == T_NAME || p == T_RPAR || p == T_RSQB || p == T_RBRACE || p == T_STRING)
            return 'c';
        return '(';
    }
    case T_LPAR_WITH: return '(';
    case T_LSQB: return '[';
    case T_LBRACE: return '{';
    default: return 0;
    }
}

static void note_line_start(ErrorContext *c, int terminal, int line, bool line_start)
{
    if (terminal == T_NEWLINE) {
        c->previous_line_start = c->line_start;
        return;
    }
    if (terminal == T_INDENT || terminal == T_DEDENT)
        return;
    if (line_start)
        c->line_start = (LineStart){ terminal, 0, line };
    else if (c->line_start.next_terminal == 0)
        c->line_start.next_terminal = terminal;
}

static void note_segment(ErrorContext *c, int terminal, const Loc *real, MpStr text)
{
    if (c->segment_restarts) {
        c->segment = (Segment){ *real, *real, terminal, 0, c->segment_ended_by, text };
    } else if (c->segment.next_terminal == 0) {
        c->segment.next_terminal = terminal;
        c->segment.next = *real;
    }
}

void error_context_note(ErrorContext *c, int terminal, const Loc *real, MpStr text,
                        bool line_start)
{
    c->earlier = c->previous;
    c->previous = c->current;
    c->previous_loc = c->current_loc;
    c->previous_text = c->current_text;
    c->current = terminal;
    c->current_loc = *real;
    c->current_text = text;
    note_line_start(c, terminal, real->first_line, line_start);
    note_segment(c, terminal, real, text);
    c->closed = 0;
    char kind = opened_bracket(c, terminal);
    if (kind) {
        /* the bracket is part of the expression around it, which resumes
         * when it closes; inside, a new one starts */
        if (c->depth == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 16;
            c->brackets = xrealloc(c->brackets, c->cap * sizeof *c->brackets);
        }
        c->brackets[c->depth++] = (Bracket){ kind, c->segment };
        c->segment_ended_by = terminal;
        c->segment_restarts = true;
    } else if (terminal == T_RPAR || terminal == T_RSQB || terminal == T_RBRACE) {
        if (c->depth > 0) {
            Bracket *b = &c->brackets[--c->depth];
            c->closed = b->kind;
            c->closed_segment = c->segment;
            c->segment = b->outer;
        }
        c->segment_restarts = false;
    } else {
        c->segment_restarts = ends_segment(terminal, line_start);
        if (c->segment_restarts)
            c->segment_ended_by = terminal;
    }
}

char error_context_bracket(const ErrorContext *c)
{
    if (c->closed)
        return c->closed;
    return c->depth > 0 ? c->brackets[c->depth - 1].kind : 0;
}

const Segment *error_context_segment(const ErrorContext *c)
{
    return c->closed ? &c->closed_segment : &c->segment;
}
