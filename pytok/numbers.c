/* numbers.c - reading a number as CPython 3.11's tokenizer does (numbers.h).
 *
 * The shape follows the tokenizer's own: read a character, decide, maybe
 * step back one.  Only the decisions matter here, not the value. */
#include "numbers.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

enum { END_OF_TEXT = -1, FAILED = -2 };

typedef struct Cursor {
    const char *p, *end;
    NumberError *err;
} Cursor;

static int next(Cursor *c)
{
    return c->p < c->end ? (unsigned char)*c->p++ : END_OF_TEXT;
}

/* Steps back over ch, the character just read (nothing was read at the end). */
static void back(Cursor *c, int ch)
{
    if (ch != END_OF_TEXT)
        c->p--;
}

static bool is_digit(int ch)
{
    return ch >= '0' && ch <= '9';
}

static bool is_hex_digit(int ch)
{
    return is_digit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

/* What may continue a name: ASCII letters, digits, '_', any non-ASCII byte. */
static bool is_name_char(int ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || is_digit(ch) || ch == '_' ||
           ch >= 128;
}

/* Records the error at the cursor; returns NULL for the caller to return. */
__attribute__((format(printf, 2, 3)))
static const char *fail(Cursor *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err->message, sizeof c->err->message, fmt, ap);
    va_end(ap);
    c->err->at = c->p;
    return NULL;
}

/* After a keyword's first letter: do the rest of it follow, and then
 * something that cannot continue a name?  (`1else` is `1 else`.) */
static bool keyword_follows(Cursor *c, const char *rest)
{
    const char *save = c->p;
    while (*rest && c->p < c->end && *c->p == *rest) {
        c->p++;
        rest++;
    }
    bool follows = *rest == '\0' && !(c->p < c->end && is_name_char((unsigned char)*c->p));
    c->p = save;
    return follows;
}

/* A number may be followed straight away by one of the keywords that can
 * come after a number in valid code (CPython 3.11 only warns: `1if x else
 * 2`), but not by other letters or digits. */
static bool end_is_valid(Cursor *c, int ch, const char *kind)
{
    bool keyword = false;
    switch (ch) {
    case 'a': keyword = keyword_follows(c, "nd"); break;
    case 'e': keyword = keyword_follows(c, "lse"); break;
    case 'f': keyword = keyword_follows(c, "or"); break;
    case 'o': keyword = keyword_follows(c, "r"); break;
    case 'n': keyword = keyword_follows(c, "ot"); break;
    case 'i':
        keyword = c->p < c->end && (*c->p == 'f' || *c->p == 'n' || *c->p == 's');
        break;
    }
    if (!keyword && ch < 128 && is_name_char(ch)) {     /* `1é` is left to the parser */
        back(c, ch);
        fail(c, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* Digits and single underscores between them; returns the character after. */
static int decimal_tail(Cursor *c)
{
    for (;;) {
        int ch;
        do
            ch = next(c);
        while (is_digit(ch));
        if (ch != '_')
            return ch;
        ch = next(c);
        if (!is_digit(ch)) {
            back(c, ch);
            fail(c, "invalid decimal literal");
            return FAILED;
        }
    }
}

static const char *finish(Cursor *c, int ch)
{
    back(c, ch);
    return c->p;
}

static const char *imaginary(Cursor *c)
{
    int ch = next(c);
    return end_is_valid(c, ch, "imaginary") ? finish(c, ch) : NULL;
}

/* The exponent and the imaginary 'j', if any; ch is the next character. */
static const char *exponent_part(Cursor *c, int ch)
{
    if (ch == 'e' || ch == 'E') {
        int e = ch;
        ch = next(c);
        if (ch == '+' || ch == '-') {
            ch = next(c);
            if (!is_digit(ch)) {
                back(c, ch);
                return fail(c, "invalid decimal literal");
            }
        } else if (!is_digit(ch)) {
            /* `1else`, `1e` ... : the number ends before the 'e' */
            back(c, ch);
            if (!end_is_valid(c, e, "decimal"))
                return NULL;
            return finish(c, e);
        }
        ch = decimal_tail(c);
        if (ch == FAILED)
            return NULL;
    }
    if (ch == 'j' || ch == 'J')
        return imaginary(c);
    return end_is_valid(c, ch, "decimal") ? finish(c, ch) : NULL;
}

/* After the '.': ch is the character that follows it. */
static const char *fraction(Cursor *c, int ch)
{
    if (is_digit(ch)) {
        ch = decimal_tail(c);
        if (ch == FAILED)
            return NULL;
    }
    return exponent_part(c, ch);
}

static const char *after_integer_part(Cursor *c, int ch)
{
    if (ch == '.')
        return fraction(c, next(c));
    return exponent_part(c, ch);
}

/* 0x..., 0o..., 0b...: ch is the first character after the prefix. */
static bool is_radix_digit(int ch, int base)
{
    return base == 16 ? is_hex_digit(ch) : ch >= '0' && ch < '0' + base;
}

static const char *bad_digit(Cursor *c, int ch, const char *kind)
{
    return fail(c, "invalid digit '%c' in %s literal", ch, kind);
}

static const char *radix(Cursor *c, int ch, int base, const char *kind)
{
    do {
        if (ch == '_')
            ch = next(c);
        if (!is_radix_digit(ch, base)) {
            if (is_digit(ch))                       /* 0b2, 0o8 */
                return bad_digit(c, ch, kind);
            back(c, ch);
            return fail(c, "invalid %s literal", kind);
        }
        do
            ch = next(c);
        while (is_radix_digit(ch, base));
    } while (ch == '_');
    if (is_digit(ch))
        return bad_digit(c, ch, kind);
    return end_is_valid(c, ch, kind) ? finish(c, ch) : NULL;
}

/* A number that starts with '0': 0x/0o/0b, zeros, or a float like 0.5 or
 * 00e1.  Other digits after leading zeros are an error (no C-style octal). */
static const char *after_zero(Cursor *c, const char *start)
{
    int ch = next(c);
    if (ch == 'x' || ch == 'X')
        return radix(c, next(c), 16, "hexadecimal");
    if (ch == 'o' || ch == 'O')
        return radix(c, next(c), 8, "octal");
    if (ch == 'b' || ch == 'B')
        return radix(c, next(c), 2, "binary");
    for (;;) {
        if (ch == '_') {
            ch = next(c);
            if (!is_digit(ch)) {
                back(c, ch);
                return fail(c, "invalid decimal literal");
            }
        }
        if (ch != '0')
            break;
        ch = next(c);
    }
    bool nonzero = false;
    if (is_digit(ch)) {
        nonzero = true;
        ch = decimal_tail(c);
        if (ch == FAILED)
            return NULL;
    }
    if (ch == '.' || ch == 'e' || ch == 'E' || ch == 'j' || ch == 'J')
        return after_integer_part(c, ch);
    if (nonzero) {
        c->p = start + 1;
        return fail(c, "leading zeros in decimal integer literals are not permitted; "
                       "use an 0o prefix for octal integers");
    }
    return end_is_valid(c, ch, "decimal") ? finish(c, ch) : NULL;
}

const char *number_check(const char *s, const char *end, NumberError *err)
{
    Cursor c = { s, end, err };
    int ch = next(&c);
    if (ch == '.')
        return fraction(&c, next(&c));
    if (ch == '0')
        return after_zero(&c, s);
    ch = decimal_tail(&c);
    if (ch == FAILED)
        return NULL;
    return after_integer_part(&c, ch);
}
