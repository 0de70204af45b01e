/* utf8.c - UTF-8 / WTF-8 helpers (see utf8.h). */
#include "utf8.h"
#include <string.h>

uint32_t utf8_decode(const char **pp, const char *end)
{
    const unsigned char *p = (const unsigned char *)*pp;
    const unsigned char *e = (const unsigned char *)end;
    uint32_t c = *p;
    int extra;
    uint32_t min;
    if (c < 0x80) {
        *pp += 1;
        return c;
    } else if (c >= 0xC2 && c <= 0xDF) {
        extra = 1, c &= 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2, c &= 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3, c &= 0x07, min = 0x10000;
    } else {
        *pp += 1;
        return UTF8_INVALID;
    }
    if (e - p <= extra) {
        *pp += 1;
        return UTF8_INVALID;
    }
    for (int i = 1; i <= extra; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *pp += 1;
            return UTF8_INVALID;
        }
        c = c << 6 | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF) {
        *pp += 1;
        return UTF8_INVALID;
    }
    *pp += extra + 1;
    return c;
}

int utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

bool utf8_valid_wtf8(const char *s, size_t n)
{
    const char *p = s, *end = s + n;
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            p++;
            continue;
        }
        if (utf8_decode(&p, end) == UTF8_INVALID)
            return false;
    }
    return true;
}

bool utf8_has_surrogates(const char *s, size_t n)
{
    /* U+D800-U+DFFF are exactly the 3-byte sequences ED A0..BF xx */
    for (const char *p = memchr(s, 0xED, n); p; p = memchr(p + 1, 0xED, (size_t)(s + n - p - 1)))
        if (p + 1 < s + n && (unsigned char)p[1] >= 0xA0)
            return true;
    return false;
}

size_t utf8_count(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}
