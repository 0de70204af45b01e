/* mpread.h - a pull reader for MessagePack bytes.
 *
 * Every artifact is read with this reader: the caller asks for the value it
 * expects next ("an array", "an int", "a string") and the reader checks that
 * the bytes hold one.  Why not msgpack-c's unpacker: it builds a whole object
 * tree first and refuses nesting deeper than 32 levels, while an AST of real
 * code nests far deeper; a pull reader decodes straight into each stage's own
 * structures, with no tree in between and no depth limit of its own.
 *
 * Errors are sticky: the first problem (wrong type, truncated data, a length
 * larger than the bytes left) records a message and marks the reader failed;
 * from then on every read returns a zero value, and every array or map
 * reports zero elements, so decoding loops end by themselves.  Callers check
 * mp_failed() where it is convenient, typically once at the end. */
#ifndef COMMON_MPREAD_H
#define COMMON_MPREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum MpType {
    MP_INVALID, MP_NIL, MP_BOOL, MP_INT, MP_FLOAT, MP_STR, MP_BIN, MP_ARRAY, MP_MAP, MP_EXT,
} MpType;

typedef struct MpStr {
    const char *ptr;        /* not NUL-terminated */
    uint32_t len;
} MpStr;

typedef struct MpReader {
    const uint8_t *start, *p, *end;
    bool failed;
    char error[256];
} MpReader;

void mp_reader_init(MpReader *r, const void *data, size_t len);

static inline bool mp_failed(const MpReader *r) { return r->failed; }
static inline bool mp_at_end(const MpReader *r) { return r->p >= r->end; }
static inline size_t mp_offset(const MpReader *r) { return (size_t)(r->p - r->start); }

/* Records an error (only the first one is kept) and fails the reader. */
void mp_fail(MpReader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

MpType mp_peek(const MpReader *r);                /* type of the next value; no consuming */
const char *mp_type_name(MpType t);               /* "nil", "int", "array", ... */

bool mp_read_nil(MpReader *r);                    /* consumes a nil; fails otherwise */
bool mp_try_nil(MpReader *r);                     /* consumes a nil if there is one */
bool mp_read_bool(MpReader *r);
int64_t mp_read_int(MpReader *r);                 /* any int that fits in int64 */
uint64_t mp_read_uint(MpReader *r);               /* any non-negative int */
double mp_read_float(MpReader *r);                /* float32 or float64 */
MpStr mp_read_str(MpReader *r);
MpStr mp_read_bin(MpReader *r);
uint32_t mp_read_array(MpReader *r);              /* returns the element count */
uint32_t mp_read_map(MpReader *r);                /* returns the pair count */
bool mp_read_str_eq(MpReader *r, const char *s);  /* reads a str, true if it equals s */
void mp_skip(MpReader *r);                        /* skips one whole value, however nested */

/* Convenience: an int in [lo, hi], failing with `what` in the message. */
int64_t mp_read_int_in(MpReader *r, int64_t lo, int64_t hi, const char *what);

static inline bool mp_str_eq(MpStr s, const char *z)
{
    size_t n = 0;
    while (z[n])
        n++;
    return s.len == n && (n == 0 || __builtin_memcmp(s.ptr, z, n) == 0);
}

#endif
