/* pyrepr.c - CPython 3.11's repr() for float, complex, str and bytes. */
#include "pyrepr.h"
#include "utf8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

/* ---- floats ---------------------------------------------------------------
 * repr(float) is the shortest decimal string that reads back as the same
 * double.  We find it by asking printf for 1, 2, ... 17 significant digits
 * (printf rounds correctly) and keeping the first that round-trips; 17
 * always does.  The layout then follows float_repr_style 'short': plain
 * notation for exponents -4 <= e < 16, exponent notation otherwise. */

/* The other string of the same number of digits next to tmp ("d.ddde+XX"),
 * one unit in the last digit up or down (carrying into the exponent). */
static void neighbour(const char *tmp, bool up, char out[40])
{
    char digits[24];
    int n = 0;
    const char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[n++] = *p;
    int exp10 = atoi(p + 1);
    int i = n - 1;
    if (up) {
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i >= 0) {
            digits[i]++;
        } else {                        /* 9.99 -> 10.0: 1.00 and one more in the exponent */
            digits[0] = '1';
            exp10++;
        }
    } else {
        while (i >= 0 && digits[i] == '0')
            digits[i--] = '9';
        digits[i]--;
        if (digits[0] == '0') {         /* 1.00 -> 0.999: 9.99 and one less in the exponent */
            memmove(digits, digits + 1, (size_t)n - 1);
            digits[n - 1] = '9';
            exp10--;
        }
    }
    char *o = out;
    *o++ = digits[0];
    if (n > 1) {
        *o++ = '.';
        memcpy(o, digits + 1, (size_t)n - 1);
        o += n - 1;
    }
    sprintf(o, "e%+03d", exp10);
}

/* Fills digits[] (no dot, no sign) and returns the decimal exponent e such
 * that |x| = 0.d1d2d3... * 10**e.  The correctly rounded string of prec
 * digits may miss x's rounding interval when its neighbour is inside it
 * (the interval of a power of two is lopsided: 2**-24 is 5.960464477539063e-08,
 * though 5.960464477539062e-08 is as near): the neighbour is tried too. */
static int shortest_digits(double x, char digits[20])
{
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
        double back = strtod(tmp, NULL);
        if (back == x)
            break;
        char other[40];
        neighbour(tmp, back < x, other);
        if (strtod(other, NULL) == x) {
            strcpy(tmp, other);
            break;
        }
    }
    /* tmp is "d.ddde[+-]XX" (x is positive here) */
    int n = 0;
    const char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return atoi(p + 1) + 1;
}

static void format_float(double x, char *out, bool add_dot0)
{
    if (isnan(x)) {
        strcpy(out, "nan");
        return;
    }
    if (isinf(x)) {
        strcpy(out, x > 0 ? "inf" : "-inf");
        return;
    }
    char *o = out;
    if (signbit(x)) {
        *o++ = '-';
        x = -x;
    }
    if (x == 0) {
        strcpy(o, add_dot0 ? "0.0" : "0");
        return;
    }
    char digits[20];
    int decpt = shortest_digits(x, digits);
    int n = (int)strlen(digits);
    if (decpt <= -4 || decpt > 16) {            /* exponent notation */
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)n - 1);
            o += n - 1;
        }
        sprintf(o, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
        return;
    }
    if (decpt <= 0) {                           /* 0.000ddd */
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -decpt; i++)
            *o++ = '0';
        memcpy(o, digits, (size_t)n);
        o += n;
    } else {                                    /* ddd.ddd or ddd000 */
        for (int i = 0; i < decpt; i++)
            *o++ = i < n ? digits[i] : '0';
        if (n > decpt) {
            *o++ = '.';
            memcpy(o, digits + decpt, (size_t)(n - decpt));
            o += n - decpt;
        } else if (add_dot0) {
            *o++ = '.';
            *o++ = '0';
        }
    }
    *o = '\0';
}

void pyrepr_float(double x, char out[PYREPR_FLOAT_MAX])
{
    format_float(x, out, true);
}

void pyrepr_float_no_dot0(double x, char out[PYREPR_FLOAT_MAX])
{
    format_float(x, out, false);
}

void pyrepr_complex(Buf *out, double real, double imag)
{
    char re[PYREPR_FLOAT_MAX], im[PYREPR_FLOAT_MAX];
    pyrepr_float_no_dot0(imag, im);
    if (real == 0 && !signbit(real)) {
        buf_printf(out, "%sj", im);
        return;
    }
    pyrepr_float_no_dot0(real, re);
    /* im carries its own "-" (a NaN shows none, whatever its sign bit) */
    const char *sign = signbit(imag) && !isnan(imag) ? "" : "+";
    buf_printf(out, "(%s%s%sj)", re, sign, im);
}

/* ---- str and bytes -------------------------------------------------------- */

bool py_isprintable(uint32_t cp)
{
    if (cp < 0x7F)
        return cp >= 0x20;
    if (cp == ' ')
        return true;
    uc_general_category_t not_printable = uc_general_category_or(
        uc_general_category_or(uc_general_category_or(UC_CATEGORY_Cc, UC_CATEGORY_Cf),
                               uc_general_category_or(UC_CATEGORY_Cs, UC_CATEGORY_Co)),
        uc_general_category_or(uc_general_category_or(UC_CATEGORY_Cn, UC_CATEGORY_Zl),
                               uc_general_category_or(UC_CATEGORY_Zp, UC_CATEGORY_Zs)));
    return !uc_is_general_category(cp, not_printable);
}

/* Python uses ' unless the text has ' and no ". */
static char choose_quote(const char *s, size_t n)
{
    bool single = memchr(s, '\'', n) != NULL;
    bool dbl = memchr(s, '"', n) != NULL;
    return single && !dbl ? '"' : '\'';
}

/* The escapes str and bytes share; returns false for other characters. */
static bool common_escape(Buf *out, uint32_t c, char quote)
{
    switch (c) {
    case '\\': buf_puts(out, "\\\\"); return true;
    case '\t': buf_puts(out, "\\t"); return true;
    case '\n': buf_puts(out, "\\n"); return true;
    case '\r': buf_puts(out, "\\r"); return true;
    }
    if (c == (uint32_t)quote) {
        buf_putc(out, '\\');
        buf_putc(out, quote);
        return true;
    }
    return false;
}

void pyrepr_str(Buf *out, const char *s, size_t n)
{
    char quote = choose_quote(s, n);
    buf_putc(out, quote);
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *start = p;
        uint32_t c = utf8_decode(&p, end);
        if (c == UTF8_INVALID)                  /* cannot happen for valid WTF-8 */
            c = (unsigned char)*start;
        if (common_escape(out, c, quote))
            continue;
        if (c < 0x20 || c == 0x7F)
            buf_printf(out, "\\x%02x", c);
        else if (c < 0x7F || py_isprintable(c))
            buf_append(out, start, (size_t)(p - start));
        else if (c <= 0xFF)
            buf_printf(out, "\\x%02x", c);
        else if (c <= 0xFFFF)
            buf_printf(out, "\\u%04x", c);
        else
            buf_printf(out, "\\U%08x", c);
    }
    buf_putc(out, quote);
}

void pyrepr_bytes(Buf *out, const void *data, size_t n)
{
    const unsigned char *b = data;
    char quote = choose_quote(data, n);
    buf_putc(out, 'b');
    buf_putc(out, quote);
    for (size_t i = 0; i < n; i++) {
        if (common_escape(out, b[i], quote))
            continue;
        if (b[i] < 0x20 || b[i] >= 0x7F)
            buf_printf(out, "\\x%02x", b[i]);
        else
            buf_putc(out, (char)b[i]);
    }
    buf_putc(out, quote);
}
