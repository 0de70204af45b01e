/* unicode_names.h - \N{name}: a character by its Unicode name, as Python
 * looks it up (Unicode 14, the version of CPython 3.11). */
#ifndef COMMON_UNICODE_NAMES_H
#define COMMON_UNICODE_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The code point named name[0..len), or -1.  Like Python: names and
 * aliases in any case; "HANGUL SYLLABLE ..." and "CJK UNIFIED
 * IDEOGRAPH-XXXX" (whose names are computed, not listed) in capitals only;
 * no named sequences. */
long unicode_name_lookup(const char *name, size_t len);

/* Room for any name unicode_name_of writes. */
enum { UNICODE_NAME_MAX = 256 };

/* Writes the name of code point cp into buf (UNICODE_NAME_MAX bytes), as
 * unicodedata.name() gives it, computed names included; false if cp has
 * none. */
bool unicode_name_of(uint32_t cp, char *buf);

#endif
