/* operators.h - Python's operators and delimiters, from common/schema/tokens.def.
 *
 * The scanner matches a run of up to three operator characters; the longest
 * operator at its start is the token (`**=` before `**` before `*`), as in
 * every Python tokenizer.  The table is built from tokens.def, the one list
 * of the operators and their token types. */
#ifndef PYTOK_OPERATORS_H
#define PYTOK_OPERATORS_H

/* The length (1-3) of the longest operator that s[0..n) starts with, and
 * its token type in *type; 0 if s does not start with an operator. */
int operator_longest(const char *s, int n, int *type);

#endif
