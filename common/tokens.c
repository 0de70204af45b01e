/* tokens.c - lookups over schema/tokens.def. */
#include "tokens.h"

#include <string.h>

static const char *const names[TOK_COUNT] = {
#define TOKEN(name, number, text) [number] = #name,
#include "schema/tokens.def"
#undef TOKEN
};

static const char *const texts[TOK_COUNT] = {
#define TOKEN(name, number, text) [number] = text,
#include "schema/tokens.def"
#undef TOKEN
};

const char *token_name(int type)
{
    return type >= 0 && type < TOK_COUNT ? names[type] : NULL;
}

const char *token_text(int type)
{
    return type >= 0 && type < TOK_COUNT ? texts[type] : NULL;
}

int token_is_operator(int type)
{
    return token_text(type) != NULL;
}

int token_operator_type(const char *text, size_t len)
{
    for (int t = 0; t < TOK_COUNT; t++)
        if (texts[t] && strlen(texts[t]) == len && memcmp(texts[t], text, len) == 0)
            return t;
    return -1;
}
