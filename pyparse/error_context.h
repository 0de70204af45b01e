/* error_context.h - what the lexer remembers of the tokens it has sent, so
 * that a syntax error can be explained (syntax_error.c).
 *
 * Bison only says which token did not fit.  CPython's messages also talk
 * about what came before it: the expression just read ("Perhaps you forgot
 * a comma?" points at its start), the bracket it is in (a call's arguments,
 * a dict), the statement the line began ("expected an indented block after
 * 'for' statement on line 3").  The lexer notes every terminal here as it
 * sends it. */
#ifndef PYPARSE_ERROR_CONTEXT_H
#define PYPARSE_ERROR_CONTEXT_H

#include "loc.h"
#include "mpread.h"

#include <stdbool.h>
#include <stddef.h>

/* The expression being read at one bracket depth: it starts after a '(',
 * ',', '=', 'return', ... */
typedef struct Segment {
    Loc start, next;        /* its first and second tokens */
    int terminal, next_terminal;
    int after;              /* the terminal that came before it */
    MpStr text;             /* its first token's text */
} Segment;

typedef struct Bracket {
    char kind;              /* '(' '[' '{', 'c' a call's, 'p' a def's parameters */
    Segment outer;          /* the expression the bracket is part of */
} Bracket;

/* What began a logical line, for "expected an indented block after ...". */
typedef struct LineStart {
    int terminal, next_terminal;
    int line;
} LineStart;

typedef struct ErrorContext {
    int current, previous, earlier; /* the terminal last sent (the look-ahead at an
                                       error) and the two before */
    Loc current_loc, previous_loc;  /* their real positions */
    MpStr current_text, previous_text;
    Segment segment;
    bool segment_restarts;          /* the next terminal starts a segment */
    int segment_ended_by;
    Bracket *brackets;              /* open brackets, innermost last */
    size_t depth, cap;
    char closed;                    /* the bracket the last terminal closed, or 0 */
    Segment closed_segment;         /* the last expression inside it */
    LineStart line_start, previous_line_start;
} ErrorContext;

void error_context_init(ErrorContext *c);
void error_context_free(ErrorContext *c);

/* Notes a terminal sent at its real position; line_start says it is the
 * first of a logical line. */
void error_context_note(ErrorContext *c, int terminal, const Loc *real, MpStr text,
                        bool line_start);

/* The bracket the last terminal is in (or closed): '(' '[' '{' 'c' 'p', or 0. */
char error_context_bracket(const ErrorContext *c);

/* The expression the last terminal ends or is part of (inside the bracket
 * it closed, if it closed one). */
const Segment *error_context_segment(const ErrorContext *c);

#endif
