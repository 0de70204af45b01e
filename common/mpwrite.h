/* mpwrite.h - writing MessagePack with msgpack-c's packer.
 *
 * An MpWriter owns a msgpack_packer whose bytes go into a buffer; the buffer
 * is either kept whole in memory (to be converted to JSON, or run through a
 * text view) or flushed to a file descriptor every 64 KiB, so a large
 * artifact streams out without ever being held in memory at once.
 *
 * Pack values with msgpack-c's own calls on mpw->pk (msgpack_pack_array,
 * msgpack_pack_int64, ...); the helpers below only shorten the common
 * string cases. */
#ifndef COMMON_MPWRITE_H
#define COMMON_MPWRITE_H

#include "buf.h"

#include <msgpack.h>
#include <stdbool.h>
#include <string.h>

typedef struct MpWriter {
    msgpack_packer pk;
    Buf buf;
    int fd;             /* -1: keep everything in buf */
    int error;          /* errno of the first failed write, or 0 */
} MpWriter;

void mpw_init_memory(MpWriter *w);
void mpw_init_fd(MpWriter *w, int fd);
int mpw_flush(MpWriter *w);         /* writes what is buffered; returns errno or 0 */
void mpw_free(MpWriter *w);
/* Appends bytes that are already MessagePack (a payload built elsewhere);
 * a large block goes straight to the file descriptor, uncopied. */
void mpw_raw(MpWriter *w, const void *bytes, size_t n);

static inline void mpw_strn(MpWriter *w, const char *s, size_t n)
{
    msgpack_pack_str(&w->pk, n);
    msgpack_pack_str_body(&w->pk, s, n);
}

static inline void mpw_str(MpWriter *w, const char *s)
{
    mpw_strn(w, s, strlen(s));
}

static inline void mpw_bin(MpWriter *w, const void *p, size_t n)
{
    msgpack_pack_bin(&w->pk, n);
    msgpack_pack_bin_body(&w->pk, p, n);
}

#endif
