/* tokens.h - token type numbers and names, from schema/tokens.def. */
#ifndef COMMON_TOKENS_H
#define COMMON_TOKENS_H

#include <stddef.h>

typedef enum TokenType {
#define TOKEN(name, number, text) TOK_##name = number,
#include "schema/tokens.def"
#undef TOKEN
    TOK_COUNT
} TokenType;

/* "NAME", "LPAR", ...; NULL for a number that is not a token type. */
const char *token_name(int type);
/* "(" for LPAR, ...; NULL for non-operators. */
const char *token_text(int type);
/* True for the operator types, which `tokenize` shows as OP without -e. */
int token_is_operator(int type);
/* The token type of an operator's text, or -1. */
int token_operator_type(const char *text, size_t len);

#endif
