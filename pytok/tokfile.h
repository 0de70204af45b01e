/* tokfile.h - the token file's payload: the tokens as MessagePack arrays
 * (docs/formats.md §4), collected until the scan has succeeded. */
#ifndef PYTOK_TOKFILE_H
#define PYTOK_TOKFILE_H

#include "buf.h"
#include "lexer.h"
#include "mpwrite.h"

#include <stdint.h>

typedef struct TokenList {
    Buf bytes;                  /* the tokens, one after another */
    uint32_t count;
    bool expression;            /* an f-string expression: no NL or COMMENT */
    MpWriter *stream;           /* if set, the bytes go there 64 KiB at a time */
} TokenList;

/* A TokenSink (lexer.h): appends the token to the TokenList `sink`. */
int tokfile_add(void *sink, const Token *t);

/* Appends one token: [type, string, line, col, end_line, end_col(, pieces)]. */
void tokfile_put(Buf *out, const Token *t);

#endif
