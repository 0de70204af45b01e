/* unicode.h - character classes and case mappings of Unicode 14.0 (from
 * libunistring 1.0), as str's methods see them. */
#ifndef PYRUN_OBJECTS_UNICODE_H
#define PYRUN_OBJECTS_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool unicode_is_space(uint32_t cp);         /* str.isspace() */
bool unicode_is_alpha(uint32_t cp);         /* letters: categories Lu Ll Lt Lm Lo */
bool unicode_is_decimal(uint32_t cp);       /* Nd */
bool unicode_is_digit(uint32_t cp);         /* Numeric_Type Digit or Decimal */
bool unicode_is_numeric(uint32_t cp);       /* any Numeric_Type */
bool unicode_is_alnum(uint32_t cp);
bool unicode_is_upper(uint32_t cp);
bool unicode_is_lower(uint32_t cp);
bool unicode_is_title(uint32_t cp);
bool unicode_is_cased(uint32_t cp);
bool unicode_is_case_ignorable(uint32_t cp);
int unicode_decimal_value(uint32_t cp);     /* 0..9, or -1 */
bool unicode_is_linebreak(uint32_t cp);     /* what str.splitlines() splits at */
bool unicode_is_xid_start(uint32_t cp);
bool unicode_is_xid_continue(uint32_t cp);

enum CaseMapping { CASE_UPPER, CASE_LOWER, CASE_TITLE, CASE_FOLD };
/* The full case mapping of UTF-8 text (which may grow: 'ß'.upper() is 'SS');
 * returns a malloc'd buffer (the caller frees it) and its length. */
char *unicode_map_case(const char *s, size_t n, enum CaseMapping how, size_t *out_len);

#endif
