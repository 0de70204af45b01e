/* tokfile.c - tokens as MessagePack (see tokfile.h). */
#include "tokfile.h"
#include "mpbytes.h"
#include "tokens.h"

enum { STREAM_CHUNK = 1 << 16 };

void tokfile_put(Buf *out, const Token *t)
{
    unsigned char *o = mp_room(out, 7 * MP_HEAD_MAX + t->len + t->pieces_len);
    o = mp_w_array(o, t->pieces ? 7 : 6);
    *o++ = (unsigned char)t->type;                  /* a positive fixint: < 64 */
    o = mp_w_str(o, t->text, t->len);
    o = mp_w_uint(o, (uint32_t)t->line);
    o = mp_w_uint(o, (uint32_t)t->col);
    o = mp_w_uint(o, (uint32_t)t->end_line);
    o = mp_w_uint(o, (uint32_t)t->end_col);
    if (t->pieces) {
        memcpy(o, t->pieces, t->pieces_len);
        o += t->pieces_len;
    }
    mp_done(out, o);
}

int tokfile_add(void *sink, const Token *t)
{
    TokenList *list = sink;
    if (list->expression && (t->type == TOK_NL || t->type == TOK_COMMENT))
        return 0;
    tokfile_put(&list->bytes, t);
    list->count++;
    if (list->stream && list->bytes.len >= STREAM_CHUNK) {
        mpw_raw(list->stream, list->bytes.data, list->bytes.len);
        list->bytes.len = 0;
    }
    return 0;
}
