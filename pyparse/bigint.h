/* bigint.h - integer literals too big for 64 bits, as decimal digits.
 *
 * Kept apart from the rest of the parser because gmp.h and mpread.h both
 * define MP_INT. */
#ifndef PYPARSE_BIGINT_H
#define PYPARSE_BIGINT_H

#include "arena.h"

/* The decimal digits of the integer written with `digits` in `base` (2, 8,
 * 10 or 16; no prefix, no separators), allocated in the arena; NULL if the
 * digits are not valid in that base. */
char *bigint_decimal(Arena *arena, const char *digits, int base);

#endif
