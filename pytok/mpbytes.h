/* mpbytes.h - writing MessagePack values straight into a Buf.
 *
 * The token file holds millions of small arrays; writing their bytes here,
 * with one bounds check per token instead of a call per value, is what
 * keeps pytok fast.  Each value takes the shortest encoding, as msgpack-c's
 * packer writes it.  mp_put_* write into room made beforehand with
 * buf_reserve (at most MP_HEAD_MAX bytes each, plus a string's bytes). */
#ifndef PYTOK_MPBYTES_H
#define PYTOK_MPBYTES_H

#include "buf.h"

#include <stdint.h>
#include <string.h>

enum { MP_HEAD_MAX = 5 };       /* the longest header or integer */

static inline void mp_put_byte(Buf *b, unsigned char c)
{
    b->data[b->len++] = (char)c;
}

static inline void mp_put_be(Buf *b, uint32_t v, int bytes)
{
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8)
        mp_put_byte(b, (unsigned char)(v >> shift));
}

/* A header: `small` (fixarray 0x90, fixmap 0x80, fixstr 0xa0) for counts
 * up to `small_max`, else the 8-bit (strings only), 16- and 32-bit forms. */
static inline void mp_put_header(Buf *b, uint32_t n, unsigned char small, uint32_t small_max,
                                 unsigned char c8, unsigned char c16)
{
    if (n <= small_max)
        mp_put_byte(b, (unsigned char)(small | n));
    else if (c8 && n <= 0xFF) {
        mp_put_byte(b, c8);
        mp_put_byte(b, (unsigned char)n);
    } else if (n <= 0xFFFF) {
        mp_put_byte(b, c16);
        mp_put_be(b, n, 2);
    } else {
        mp_put_byte(b, (unsigned char)(c16 + 1));
        mp_put_be(b, n, 4);
    }
}

static inline void mp_put_array(Buf *b, uint32_t n)
{
    mp_put_header(b, n, 0x90, 15, 0, 0xdc);
}

static inline void mp_put_map(Buf *b, uint32_t n)
{
    mp_put_header(b, n, 0x80, 15, 0, 0xde);
}

static inline void mp_put_uint(Buf *b, uint32_t v)
{
    if (v < 128) {
        mp_put_byte(b, (unsigned char)v);
    } else if (v <= 0xFF) {
        mp_put_byte(b, 0xcc);
        mp_put_byte(b, (unsigned char)v);
    } else if (v <= 0xFFFF) {
        mp_put_byte(b, 0xcd);
        mp_put_be(b, v, 2);
    } else {
        mp_put_byte(b, 0xce);
        mp_put_be(b, v, 4);
    }
}

static inline void mp_put_nil(Buf *b)
{
    mp_put_byte(b, 0xc0);
}

/* A string; room for MP_HEAD_MAX + n bytes must have been made. */
static inline void mp_put_str(Buf *b, const char *s, size_t n)
{
    mp_put_header(b, (uint32_t)n, 0xa0, 31, 0xd9, 0xda);
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

/* The same, making room first. */
static inline void mp_add_str(Buf *b, const char *s, size_t n)
{
    buf_reserve(b, MP_HEAD_MAX + n);
    mp_put_str(b, s, n);
    b->data[b->len] = '\0';
}

static inline void mp_add_array(Buf *b, uint32_t n)
{
    buf_reserve(b, MP_HEAD_MAX);
    mp_put_array(b, n);
    b->data[b->len] = '\0';
}

static inline void mp_add_map(Buf *b, uint32_t n)
{
    buf_reserve(b, MP_HEAD_MAX);
    mp_put_map(b, n);
    b->data[b->len] = '\0';
}

static inline void mp_add_nil(Buf *b)
{
    buf_reserve(b, 1);
    mp_put_nil(b);
    b->data[b->len] = '\0';
}

#endif
