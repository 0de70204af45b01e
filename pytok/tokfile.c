/* tokfile.c - tokens as MessagePack (see tokfile.h). */
#include "tokfile.h"
#include "mpbytes.h"
#include "tokens.h"

void tokfile_put(Buf *out, const Token *t)
{
    size_t need = 7 * MP_HEAD_MAX + t->len + t->pieces_len;
    if (out->len + need >= out->cap)
        buf_reserve(out, need);
    mp_put_array(out, t->pieces ? 7 : 6);
    mp_put_uint(out, (uint32_t)t->type);
    mp_put_str(out, t->text, t->len);
    mp_put_uint(out, (uint32_t)t->line);
    mp_put_uint(out, (uint32_t)t->col);
    mp_put_uint(out, (uint32_t)t->end_line);
    mp_put_uint(out, (uint32_t)t->end_col);
    if (t->pieces) {
        memcpy(out->data + out->len, t->pieces, t->pieces_len);
        out->len += t->pieces_len;
    }
    out->data[out->len] = '\0';
}

int tokfile_add(void *sink, const Token *t)
{
    TokenList *list = sink;
    if (list->expression && (t->type == TOK_NL || t->type == TOK_COMMENT))
        return 0;
    tokfile_put(&list->bytes, t);
    list->count++;
    return 0;
}
