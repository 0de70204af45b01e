/* utf8.h - UTF-8 (and WTF-8) decoding and encoding.
 *
 * Python strings may hold lone surrogates (U+D800-U+DFFF), which UTF-8
 * forbids.  Our artifacts store strings as UTF-8 extended to encode them the
 * same way as other 3-byte code points (this is "WTF-8", what Python calls
 * the 'surrogatepass' error handler).  Everything else is plain UTF-8. */
#ifndef COMMON_UTF8_H
#define COMMON_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { UTF8_INVALID = 0xFFFFFFFFu };

/* Decodes one code point at *p (p < end) and advances *p past it.  Accepts
 * surrogates (WTF-8).  On a malformed sequence returns UTF8_INVALID and
 * advances by one byte. */
uint32_t utf8_decode(const char **p, const char *end);

/* Writes cp as (WTF-)8 into out (room for 4 bytes); returns the byte count. */
int utf8_encode(uint32_t cp, char *out);

/* True if [s, s+n) is well-formed WTF-8 (UTF-8 that may encode surrogates). */
bool utf8_valid_wtf8(const char *s, size_t n);

/* True if the well-formed WTF-8 [s, s+n) encodes a surrogate (which UTF-8
 * proper cannot carry: writing it out needs an error handler). */
bool utf8_has_surrogates(const char *s, size_t n);

/* Number of code points in a well-formed (WTF-)8 string. */
size_t utf8_count(const char *s, size_t n);

#endif
