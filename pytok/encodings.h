/* encodings.h - the source encodings pytok reads (PEP 263 declarations).
 *
 * A coding declaration names a codec the way Python's `codecs.lookup` does:
 * any spelling of the codec's name or of one of its aliases.  pytok decodes
 * UTF-8 itself and the single-byte codecs with iconv (glibc), each checked
 * against Python's own table for all 256 bytes.  Python's other codecs are
 * known by name, so that pytok can say it does not read them rather than
 * call them unknown. */
#ifndef PYTOK_ENCODINGS_H
#define PYTOK_ENCODINGS_H

#include "buf.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct Codec {
    const char *name;           /* Python's codec name: "latin_1" */
    const char *iconv_name;     /* iconv's: "ISO-8859-1"; NULL for UTF-8 */
    const char *aliases;        /* Python's aliases, blank-separated */
} Codec;

typedef enum CodecStatus { CODEC_FOUND, CODEC_NOT_READ, CODEC_UNKNOWN } CodecStatus;

/* The codec a declaration names, as codecs.lookup(name) would find it. */
const Codec *codec_lookup(const char *name, CodecStatus *status);

bool codec_is_utf8(const Codec *c);

/* Decodes [in, in+n) with a single-byte codec into UTF-8, appended to out.
 * Returns true, or false with *bad at the offset of the first byte the
 * codec cannot decode. */
bool codec_decode(const Codec *c, const char *in, size_t n, Buf *out, size_t *bad);

#endif
