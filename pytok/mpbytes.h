/* mpbytes.h - writing MessagePack values straight into memory.
 *
 * The token file holds millions of small arrays; writing their bytes here,
 * through a cursor into room made beforehand, instead of a call per value,
 * is what keeps pytok fast.  Each value takes the shortest encoding, as
 * msgpack-c's packer writes it.
 *
 * The mp_w_* functions write at `o` and return the cursor after what they
 * wrote (at most MP_HEAD_MAX bytes, plus a string's bytes); the mp_add_*
 * functions append to a Buf, making room first. */
#ifndef PYTOK_MPBYTES_H
#define PYTOK_MPBYTES_H

#include "buf.h"

#include <stdint.h>
#include <string.h>

enum { MP_HEAD_MAX = 5 };       /* the longest header or integer */

static inline unsigned char *mp_w_be16(unsigned char *o, uint32_t v)
{
    o[0] = (unsigned char)(v >> 8);
    o[1] = (unsigned char)v;
    return o + 2;
}

static inline unsigned char *mp_w_be32(unsigned char *o, uint32_t v)
{
    o[0] = (unsigned char)(v >> 24);
    o[1] = (unsigned char)(v >> 16);
    o[2] = (unsigned char)(v >> 8);
    o[3] = (unsigned char)v;
    return o + 4;
}

/* A header: `small` (fixarray 0x90, fixmap 0x80, fixstr 0xa0) for counts
 * up to `small_max`, else the 8-bit form `c8` (strings only: 0 for none),
 * the 16-bit form `c16`, or the 32-bit form that follows it. */
static inline unsigned char *mp_w_header(unsigned char *o, uint32_t n, unsigned char small,
                                         uint32_t small_max, unsigned char c8, unsigned char c16)
{
    if (n <= small_max) {
        *o++ = (unsigned char)(small | n);
    } else if (c8 && n <= 0xFF) {
        *o++ = c8;
        *o++ = (unsigned char)n;
    } else if (n <= 0xFFFF) {
        *o++ = c16;
        o = mp_w_be16(o, n);
    } else {
        *o++ = (unsigned char)(c16 + 1);
        o = mp_w_be32(o, n);
    }
    return o;
}

static inline unsigned char *mp_w_array(unsigned char *o, uint32_t n)
{
    return mp_w_header(o, n, 0x90, 15, 0, 0xdc);
}

static inline unsigned char *mp_w_map(unsigned char *o, uint32_t n)
{
    return mp_w_header(o, n, 0x80, 15, 0, 0xde);
}

static inline unsigned char *mp_w_uint(unsigned char *o, uint32_t v)
{
    if (v < 128) {
        *o++ = (unsigned char)v;
    } else if (v <= 0xFF) {
        *o++ = 0xcc;
        *o++ = (unsigned char)v;
    } else if (v <= 0xFFFF) {
        *o++ = 0xcd;
        o = mp_w_be16(o, v);
    } else {
        *o++ = 0xce;
        o = mp_w_be32(o, v);
    }
    return o;
}

static inline unsigned char *mp_w_str(unsigned char *o, const char *s, size_t n)
{
    o = mp_w_header(o, (uint32_t)n, 0xa0, 31, 0xd9, 0xda);
    memcpy(o, s, n);
    return o + n;
}

/* ---- appending to a Buf ---- */

static inline unsigned char *mp_room(Buf *b, size_t n)
{
    if (b->len + n >= b->cap)
        buf_reserve(b, n);
    return (unsigned char *)b->data + b->len;
}

static inline void mp_done(Buf *b, unsigned char *o)
{
    b->len = (size_t)((char *)o - b->data);
    b->data[b->len] = '\0';
}

static inline void mp_add_str(Buf *b, const char *s, size_t n)
{
    mp_done(b, mp_w_str(mp_room(b, MP_HEAD_MAX + n), s, n));
}

static inline void mp_add_array(Buf *b, uint32_t n)
{
    mp_done(b, mp_w_array(mp_room(b, MP_HEAD_MAX), n));
}

static inline void mp_add_map(Buf *b, uint32_t n)
{
    mp_done(b, mp_w_map(mp_room(b, MP_HEAD_MAX), n));
}

static inline void mp_add_nil(Buf *b)
{
    unsigned char *o = mp_room(b, 1);
    *o++ = 0xc0;
    mp_done(b, o);
}

#endif
