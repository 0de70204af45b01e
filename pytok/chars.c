/* chars.c - Python's character classes, from libunistring (see chars.h). */
#include "chars.h"

#include <unictype.h>

static bool ascii_word(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_';
}

bool char_is_word(uint32_t c)
{
    if (c < 128)
        return ascii_word(c);
    /* str.isalnum(): a letter (L*), or a character with a numeric value
     * (decimal digits, other digits such as '²', numerals such as 'Ⅻ'). */
    return uc_is_general_category(c, UC_CATEGORY_L) || uc_numeric_value(c).denominator != 0;
}

bool char_is_id_start(uint32_t c)
{
    if (c < 128)
        return ascii_word(c) && !(c >= '0' && c <= '9');
    return uc_is_property_xid_start(c);
}

bool char_is_id_continue(uint32_t c)
{
    if (c < 128)
        return ascii_word(c);
    return uc_is_property_xid_continue(c);
}

bool char_is_space(uint32_t c)
{
    if (c < 128)
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    /* Python: bidirectional class WS, B or S, or category Zs. */
    int bidi = uc_bidi_category(c);
    return bidi == UC_BIDI_WS || bidi == UC_BIDI_B || bidi == UC_BIDI_S ||
           uc_is_general_category(c, UC_CATEGORY_Zs);
}
