/* mpread.c - MessagePack pull reader (see mpread.h).
 *
 * The format in brief (https://github.com/msgpack/msgpack/blob/master/spec.md):
 * one type byte, then a big-endian length or value.  Small values fit in the
 * type byte itself: positive fixint 0x00-0x7f, fixmap 0x80-0x8f, fixarray
 * 0x90-0x9f, fixstr 0xa0-0xbf, negative fixint 0xe0-0xff. */
#include "mpread.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void mp_reader_init(MpReader *r, const void *data, size_t len)
{
    r->start = r->p = data;
    r->end = r->start + len;
    r->failed = false;
    r->error[0] = '\0';
}

void mp_fail(MpReader *r, const char *fmt, ...)
{
    if (r->failed)
        return;
    r->failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->error, sizeof r->error, fmt, ap);
    va_end(ap);
    /* A message may quote a string of the artifact, which may hold line
     * breaks: an error must stay on one line. */
    for (char *c = r->error; *c; c++)
        if ((unsigned char)*c < ' ')
            *c = ' ';
    r->p = r->end;          /* nothing more will be read */
}

const char *mp_type_name(MpType t)
{
    static const char *const names[] = {
        "invalid data", "nil", "bool", "int", "float", "str", "bin", "array", "map", "ext",
    };
    return names[t];
}

MpType mp_peek(const MpReader *r)
{
    if (r->p >= r->end)
        return MP_INVALID;
    uint8_t b = *r->p;
    if (b <= 0x7f || b >= 0xe0)
        return MP_INT;
    if (b <= 0x8f)
        return MP_MAP;
    if (b <= 0x9f)
        return MP_ARRAY;
    if (b <= 0xbf)
        return MP_STR;
    switch (b) {
    case 0xc0: return MP_NIL;
    case 0xc2: case 0xc3: return MP_BOOL;
    case 0xc4: case 0xc5: case 0xc6: return MP_BIN;
    case 0xc7: case 0xc8: case 0xc9: return MP_EXT;
    case 0xca: case 0xcb: return MP_FLOAT;
    case 0xcc: case 0xcd: case 0xce: case 0xcf:
    case 0xd0: case 0xd1: case 0xd2: case 0xd3: return MP_INT;
    case 0xd4: case 0xd5: case 0xd6: case 0xd7: case 0xd8: return MP_EXT;
    case 0xd9: case 0xda: case 0xdb: return MP_STR;
    case 0xdc: case 0xdd: return MP_ARRAY;
    case 0xde: case 0xdf: return MP_MAP;
    default: return MP_INVALID;      /* 0xc1 is never used */
    }
}

/* Reads an n-byte big-endian unsigned number after the type byte. */
static uint64_t take_be(MpReader *r, int n)
{
    if (r->end - r->p < n) {
        mp_fail(r, "truncated data at byte %zu", mp_offset(r));
        return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = v << 8 | r->p[i];
    r->p += n;
    return v;
}

static void wrong_type(MpReader *r, const char *wanted)
{
    MpType t = mp_peek(r);
    if (t == MP_INVALID && r->p >= r->end)
        mp_fail(r, "truncated data: expected %s at byte %zu", wanted, mp_offset(r));
    else
        mp_fail(r, "expected %s, found %s at byte %zu", wanted, mp_type_name(t), mp_offset(r));
}

bool mp_read_nil(MpReader *r)
{
    if (mp_peek(r) != MP_NIL) {
        wrong_type(r, "nil");
        return false;
    }
    r->p++;
    return true;
}

bool mp_try_nil(MpReader *r)
{
    if (mp_peek(r) != MP_NIL)
        return false;
    r->p++;
    return true;
}

bool mp_read_bool(MpReader *r)
{
    if (mp_peek(r) != MP_BOOL) {
        wrong_type(r, "bool");
        return false;
    }
    return *r->p++ == 0xc3;
}

/* Decodes an int; *negative tells how to read the bits. */
static uint64_t read_int_bits(MpReader *r, bool *negative)
{
    *negative = false;
    if (mp_peek(r) != MP_INT) {
        wrong_type(r, "int");
        return 0;
    }
    uint8_t b = *r->p++;
    if (b <= 0x7f)
        return b;
    if (b >= 0xe0) {
        *negative = true;
        return (uint64_t)(int64_t)(int8_t)b;
    }
    switch (b) {
    case 0xcc: return take_be(r, 1);
    case 0xcd: return take_be(r, 2);
    case 0xce: return take_be(r, 4);
    case 0xcf: return take_be(r, 8);
    }
    *negative = true;
    uint64_t v;
    switch (b) {
    case 0xd0: v = (uint64_t)(int64_t)(int8_t)take_be(r, 1); break;
    case 0xd1: v = (uint64_t)(int64_t)(int16_t)take_be(r, 2); break;
    case 0xd2: v = (uint64_t)(int64_t)(int32_t)take_be(r, 4); break;
    default:   v = take_be(r, 8); break;
    }
    if ((int64_t)v >= 0)
        *negative = false;
    return v;
}

int64_t mp_read_int(MpReader *r)
{
    bool negative;
    uint64_t v = read_int_bits(r, &negative);
    if (!negative && v > (uint64_t)INT64_MAX) {
        mp_fail(r, "integer %llu too large at byte %zu", (unsigned long long)v, mp_offset(r));
        return 0;
    }
    return (int64_t)v;
}

uint64_t mp_read_uint(MpReader *r)
{
    bool negative;
    uint64_t v = read_int_bits(r, &negative);
    if (negative) {
        mp_fail(r, "expected a non-negative integer at byte %zu", mp_offset(r));
        return 0;
    }
    return v;
}

int64_t mp_read_int_in(MpReader *r, int64_t lo, int64_t hi, const char *what)
{
    int64_t v = mp_read_int(r);
    if (!r->failed && (v < lo || v > hi)) {
        mp_fail(r, "%s %lld out of range [%lld, %lld]", what, (long long)v, (long long)lo,
                (long long)hi);
        return lo;
    }
    return v;
}

double mp_read_float(MpReader *r)
{
    if (mp_peek(r) != MP_FLOAT) {
        wrong_type(r, "float");
        return 0.0;
    }
    uint8_t b = *r->p++;
    if (b == 0xca) {
        uint32_t bits = (uint32_t)take_be(r, 4);
        float f;
        memcpy(&f, &bits, sizeof f);
        return f;
    }
    uint64_t bits = take_be(r, 8);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Length of a str or bin, after its type byte; checks the bytes are there. */
static MpStr take_bytes(MpReader *r, uint64_t len)
{
    MpStr s = { NULL, 0 };
    if ((uint64_t)(r->end - r->p) < len) {
        mp_fail(r, "truncated data: a %llu-byte string runs past the end",
                (unsigned long long)len);
        return s;
    }
    s.ptr = (const char *)r->p;
    s.len = (uint32_t)len;
    r->p += len;
    return s;
}

MpStr mp_read_str(MpReader *r)
{
    MpStr none = { NULL, 0 };
    if (mp_peek(r) != MP_STR) {
        wrong_type(r, "str");
        return none;
    }
    uint8_t b = *r->p++;
    uint64_t len;
    if (b >= 0xa0 && b <= 0xbf)
        len = b & 0x1f;
    else
        len = take_be(r, b == 0xd9 ? 1 : b == 0xda ? 2 : 4);
    return r->failed ? none : take_bytes(r, len);
}

MpStr mp_read_bin(MpReader *r)
{
    MpStr none = { NULL, 0 };
    if (mp_peek(r) != MP_BIN) {
        wrong_type(r, "bin");
        return none;
    }
    uint8_t b = *r->p++;
    uint64_t len = take_be(r, b == 0xc4 ? 1 : b == 0xc5 ? 2 : 4);
    return r->failed ? none : take_bytes(r, len);
}

bool mp_read_str_eq(MpReader *r, const char *s)
{
    MpStr got = mp_read_str(r);
    return !r->failed && mp_str_eq(got, s);
}

/* Every element takes at least one byte, so a count larger than the bytes
 * left is corrupt: refusing it here keeps callers from allocating for it. */
static uint32_t check_count(MpReader *r, uint64_t n, uint64_t bytes_per_item)
{
    if (r->failed)
        return 0;
    if (n * bytes_per_item > (uint64_t)(r->end - r->p)) {
        mp_fail(r, "truncated data: %llu elements announced, %zu bytes left",
                (unsigned long long)n, (size_t)(r->end - r->p));
        return 0;
    }
    return (uint32_t)n;
}

uint32_t mp_read_array(MpReader *r)
{
    if (mp_peek(r) != MP_ARRAY) {
        wrong_type(r, "array");
        return 0;
    }
    uint8_t b = *r->p++;
    uint64_t n = b <= 0x9f ? (uint64_t)(b & 0x0f) : take_be(r, b == 0xdc ? 2 : 4);
    return check_count(r, n, 1);
}

uint32_t mp_read_map(MpReader *r)
{
    if (mp_peek(r) != MP_MAP) {
        wrong_type(r, "map");
        return 0;
    }
    uint8_t b = *r->p++;
    uint64_t n = b <= 0x8f ? (uint64_t)(b & 0x0f) : take_be(r, b == 0xde ? 2 : 4);
    return check_count(r, n, 2);
}

/* Skips values without recursion: `pending` counts the values still to skip,
 * and a container adds its elements to it. */
void mp_skip(MpReader *r)
{
    uint64_t pending = 1;
    while (pending > 0 && !r->failed) {
        pending--;
        /* the small forms that make up most of an artifact, without a call:
         * fixint, fixarray, 8- and 16-bit uint, and short strings whose
         * bytes are all there (anything else takes the general path) */
        if (r->p < r->end) {
            uint8_t b = *r->p;
            if (b <= 0x7f || b >= 0xe0) {
                r->p++;
                continue;
            }
            if ((b & 0xf0) == 0x90) {
                pending += b & 0x0f;
                r->p++;
                continue;
            }
            if ((b & 0xe0) == 0xa0 && (size_t)(r->end - r->p) > (size_t)(b & 0x1f)) {
                r->p += 1 + (b & 0x1f);
                continue;
            }
            size_t left = (size_t)(r->end - r->p);
            if ((b == 0xcc && left >= 2) || (b == 0xcd && left >= 3)) {
                r->p += b == 0xcc ? 2 : 3;
                continue;
            }
            if (b == 0xd9 && left >= 2 && left - 2 >= r->p[1]) {
                r->p += 2 + r->p[1];
                continue;
            }
        }
        switch (mp_peek(r)) {
        case MP_NIL: case MP_BOOL: r->p++; break;
        case MP_INT: { bool negative; read_int_bits(r, &negative); break; }
        case MP_FLOAT: mp_read_float(r); break;
        case MP_STR: mp_read_str(r); break;
        case MP_BIN: mp_read_bin(r); break;
        case MP_ARRAY: pending += mp_read_array(r); break;
        case MP_MAP: pending += 2 * (uint64_t)mp_read_map(r); break;
        case MP_EXT: {
            uint8_t b = *r->p++;
            uint64_t len;
            switch (b) {
            case 0xd4: len = 1; break;
            case 0xd5: len = 2; break;
            case 0xd6: len = 4; break;
            case 0xd7: len = 8; break;
            case 0xd8: len = 16; break;
            default: len = take_be(r, b == 0xc7 ? 1 : b == 0xc8 ? 2 : 4); break;
            }
            take_bytes(r, len + 1);        /* + the ext type byte */
            break;
        }
        case MP_INVALID:
            wrong_type(r, "a value");
            break;
        }
    }
}
