/* unicode_names.h - \N{name}: a character by its Unicode name, as Python
 * looks it up (Unicode 14, the version of CPython 3.11). */
#ifndef COMMON_UNICODE_NAMES_H
#define COMMON_UNICODE_NAMES_H

#include <stddef.h>

/* The code point named name[0..len), or -1.  Like Python: names and
 * aliases in any case; "HANGUL SYLLABLE ..." and "CJK UNIFIED
 * IDEOGRAPH-XXXX" (whose names are computed, not listed) in capitals only;
 * no named sequences. */
long unicode_name_lookup(const char *name, size_t len);

#endif
