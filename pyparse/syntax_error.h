/* syntax_error.h - CPython's message for a syntax error bison found.
 *
 * Bison only knows that the next token does not fit.  CPython's parser runs
 * a second pass of "invalid_*" rules to say something more useful; this
 * file recognises the common cases from the token that failed, the tokens
 * before it and the tokens the grammar would have accepted there:
 *
 *   expected ':'                         a block header cut short
 *   expected an indented block after 'if' statement on line 3
 *   unexpected indent
 *   invalid syntax. Perhaps you forgot a comma?
 *   Missing parentheses in call to 'print'. Did you mean print(...)?
 *   expected 'else' after 'if' expression
 *
 * and says "invalid syntax" (at the token that failed, as CPython does)
 * otherwise. */
#ifndef PYPARSE_SYNTAX_ERROR_H
#define PYPARSE_SYNTAX_ERROR_H

#include "parser.h"

/* What bison knows at the error: the look-ahead (a grammar symbol) and, for
 * each symbol, whether the grammar would accept it there. */
typedef struct SyntaxContext {
    int lookahead;
    const bool *expects;
} SyntaxContext;

void syntax_error_report(Parser *P, const SyntaxContext *sc);

/* Bison's own failure ("memory exhausted": nesting beyond YYMAXDEPTH). */
void syntax_error_internal(Parser *P, const Loc *loc, const char *message);

/* An error placed just after loc (where CPython puts "trailing comma not
 * allowed..."). */
void syntax_error_after(Parser *P, const Loc *loc, const char *message);

#endif
