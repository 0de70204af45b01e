/* unicode.c - character classes from libunistring (see unicode.h). */
#include "objects/unicode.h"

#include <stdlib.h>
#include <unicase.h>
#include <unictype.h>

bool unicode_is_space(uint32_t cp)
{
    if (cp < 128)
        return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
    int bidi = uc_bidi_category(cp);
    return bidi == UC_BIDI_WS || bidi == UC_BIDI_B || bidi == UC_BIDI_S ||
           uc_is_general_category(cp, UC_SPACE_SEPARATOR);
}

bool unicode_is_alpha(uint32_t cp)
{
    if (cp < 128)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return uc_is_general_category(cp, UC_LETTER);
}

bool unicode_is_decimal(uint32_t cp)
{
    return uc_decimal_value(cp) >= 0;
}

bool unicode_is_digit(uint32_t cp)
{
    return uc_digit_value(cp) >= 0;
}

bool unicode_is_numeric(uint32_t cp)
{
    return uc_numeric_value(cp).denominator != 0;
}

bool unicode_is_alnum(uint32_t cp)
{
    return unicode_is_alpha(cp) || unicode_is_decimal(cp) || unicode_is_digit(cp) ||
           unicode_is_numeric(cp);
}

bool unicode_is_upper(uint32_t cp)
{
    return uc_is_property_uppercase(cp);
}

bool unicode_is_lower(uint32_t cp)
{
    return uc_is_property_lowercase(cp);
}

bool unicode_is_title(uint32_t cp)
{
    return uc_is_general_category(cp, UC_TITLECASE_LETTER);
}

bool unicode_is_cased(uint32_t cp)
{
    return uc_is_property_cased(cp);
}

bool unicode_is_case_ignorable(uint32_t cp)
{
    return uc_is_property_case_ignorable(cp);
}

int unicode_decimal_value(uint32_t cp)
{
    return uc_decimal_value(cp);
}

bool unicode_is_linebreak(uint32_t cp)
{
    switch (cp) {
    case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}

bool unicode_is_xid_start(uint32_t cp)
{
    return cp == '_' || uc_is_property_xid_start(cp);
}

bool unicode_is_xid_continue(uint32_t cp)
{
    return uc_is_property_xid_continue(cp);
}

char *unicode_map_case(const char *s, size_t n, enum CaseMapping how, size_t *out_len)
{
    const uint8_t *in = (const uint8_t *)s;
    uint8_t *r;
    switch (how) {
    case CASE_UPPER: r = u8_toupper(in, n, NULL, NULL, NULL, out_len); break;
    case CASE_LOWER: r = u8_tolower(in, n, NULL, NULL, NULL, out_len); break;
    case CASE_TITLE: r = u8_totitle(in, n, NULL, NULL, NULL, out_len); break;
    default: r = u8_casefold(in, n, NULL, NULL, NULL, out_len); break;
    }
    return (char *)r;
}
