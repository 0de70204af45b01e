/* literals.c - number and string literal values (see literals.h). */
#include "literals.h"
#include "hexdigit.h"
#include "bigint.h"
#include "unicode_names.h"
#include "utf8.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- numbers ---------------------------------------------------------------------- */

/* Copies the literal without its '_' separators into buf (NUL-terminated);
 * false if it does not fit. */
static bool strip_underscores(const char *text, size_t len, char *buf, size_t size)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '_')
            continue;
        if (n + 1 >= size)
            return false;
        buf[n++] = text[i];
    }
    buf[n] = '\0';
    return n > 0;
}

static bool invalid_number(Parser *P, const Loc *loc)
{
    parser_syntax_error(P, loc, "invalid number literal");
    return false;
}

/* An integer in the given base (digits without prefix or separators):
 * int64 when it fits, else the decimal digits of a big integer. */
static bool integer_value(Parser *P, const char *digits, int base, const Loc *loc,
                          AstConstant *out)
{
    errno = 0;
    char *end;
    unsigned long long v = strtoull(digits, &end, base);
    if (*end != '\0' || end == digits)
        return invalid_number(P, loc);
    if (errno == 0 && v <= INT64_MAX) {
        out->kind = CONST_INT;
        out->v.i = (int64_t)v;
        return true;
    }
    char *decimal = bigint_decimal(P->arena, digits, base);
    if (!decimal)
        return invalid_number(P, loc);
    out->kind = CONST_BIGINT;
    out->v.s.ptr = decimal;
    out->v.s.len = strlen(decimal);
    return true;
}

bool number_value(Parser *P, const char *text, size_t len, const Loc *loc, AstConstant *out)
{
    char small[64];
    char *buf = len < sizeof small ? small : arena_alloc(P->arena, len + 1);
    if (!strip_underscores(text, len, buf, len < sizeof small ? sizeof small : len + 1))
        return invalid_number(P, loc);
    size_t n = strlen(buf);
    if (buf[0] == '0' && n > 1 && strchr("xXoObB", buf[1])) {
        int base = strchr("xX", buf[1]) ? 16 : strchr("oO", buf[1]) ? 8 : 2;
        if (n == 2 || buf[2] == '-' || buf[2] == '+' || isspace((unsigned char)buf[2]))
            return invalid_number(P, loc);
        return integer_value(P, buf + 2, base, loc, out);
    }
    bool imaginary = buf[n - 1] == 'j' || buf[n - 1] == 'J';
    if (imaginary)
        buf[--n] = '\0';
    if (!imaginary && strpbrk(buf, ".eE") == NULL) {
        for (size_t i = 0; i < n; i++)
            if (!isdigit((unsigned char)buf[i]))
                return invalid_number(P, loc);
        return integer_value(P, buf, 10, loc, out);
    }
    if (n == 0 || !(isdigit((unsigned char)buf[0]) || buf[0] == '.'))
        return invalid_number(P, loc);
    char *end;
    double d = strtod(buf, &end);       /* out of range gives inf, as in Python */
    if (*end != '\0')
        return invalid_number(P, loc);
    if (imaginary) {
        out->kind = CONST_COMPLEX;
        out->v.c.real = 0.0;
        out->v.c.imag = d;
    } else {
        out->kind = CONST_FLOAT;
        out->v.f = d;
    }
    return true;
}

/* ---- strings --------------------------------------------------------------------- */

bool string_form(const char *text, size_t len, StringForm *form)
{
    memset(form, 0, sizeof *form);
    size_t i = 0;
    for (; i < len && i < 3 && text[i] != '\'' && text[i] != '"'; i++) {
        switch (text[i]) {
        case 'r': case 'R': form->raw = true; break;
        case 'b': case 'B': form->bytes = true; break;
        case 'f': case 'F': form->fstring = true; break;
        case 'u': form->u_prefix = true; break;
        case 'U': break;
        default: return false;
        }
    }
    if (i >= len || (text[i] != '\'' && text[i] != '"'))
        return false;
    char quote = text[i];
    size_t q = len - i >= 6 && text[i + 1] == quote && text[i + 2] == quote ? 3 : 1;
    if (len - i < 2 * q)
        return false;
    for (size_t k = 0; k < q; k++)
        if (text[len - 1 - k] != quote)
            return false;
    form->body_start = i + q;
    form->body_len = len - i - 2 * q;
    return true;
}

/* Reads exactly `digits` hex digits at s; -1 if they are not there. */
static long read_hex(const char *s, const char *end, int digits)
{
    long v = 0;
    for (int i = 0; i < digits; i++) {
        if (s + i >= end || hex_digit_value(s[i]) < 0)
            return -1;
        v = v * 16 + hex_digit_value(s[i]);
    }
    return v;
}

static long escape_error(Parser *P, const Loc *loc, bool bytes, size_t from, size_t to,
                         const char *what)
{
    Loc at = { loc->last_line, loc->last_column, loc->last_line, loc->last_column };
    if (bytes)
        parser_syntax_error(P, &at, "(value error) invalid \\x escape at position %zu", from);
    else
        parser_syntax_error(P, &at,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in "
                            "position %zu-%zu: %s", from, to, what);
    return -1;
}

static bool is_line_end(char c)
{
    return c == '\n' || c == '\r';
}

/* Skips a line end at s (\n, \r\n or \r); returns its length. */
static size_t line_end_length(const char *s, const char *end)
{
    if (*s == '\r')
        return s + 1 < end && s[1] == '\n' ? 2 : 1;
    return 1;
}

long decode_string_body(Parser *P, const char *body, size_t len, bool raw, bool bytes,
                        char *out, const Loc *loc)
{
    const char *s = body, *end = body + len;
    char *o = out;
    while (s < end) {
        char c = *s;
        if (bytes && (unsigned char)c >= 0x80) {
            parser_syntax_error(P, loc, "bytes can only contain ASCII literal characters");
            return -1;
        }
        if (is_line_end(c)) {
            s += line_end_length(s, end);
            *o++ = '\n';
            continue;
        }
        if (c != '\\' || raw || s + 1 >= end) {
            *o++ = c;
            s++;
            continue;
        }
        size_t at = (size_t)(s - body);
        char e = s[1];
        s += 2;
        long cp = -1;
        switch (e) {
        case '\n': case '\r':
            s += line_end_length(s - 1, end) - 1;   /* a line continuation */
            continue;
        case '\\': *o++ = '\\'; continue;
        case '\'': *o++ = '\''; continue;
        case '"': *o++ = '"'; continue;
        case 'a': *o++ = '\a'; continue;
        case 'b': *o++ = '\b'; continue;
        case 'f': *o++ = '\f'; continue;
        case 'n': *o++ = '\n'; continue;
        case 'r': *o++ = '\r'; continue;
        case 't': *o++ = '\t'; continue;
        case 'v': *o++ = '\v'; continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            cp = e - '0';
            for (int k = 0; k < 2 && s < end && *s >= '0' && *s <= '7'; k++)
                cp = cp * 8 + (*s++ - '0');
            if (bytes) {
                *o++ = (char)(cp & 0xFF);
                continue;
            }
            break;
        case 'x':
            cp = read_hex(s, end, 2);
            if (cp < 0)
                return escape_error(P, loc, bytes, at, at + 1 + (size_t)(end - s < 2 ? end - s : 1),
                                    "truncated \\xXX escape");
            s += 2;
            if (bytes) {
                *o++ = (char)cp;
                continue;
            }
            break;
        case 'u': case 'U':
            if (bytes)
                goto unknown;
            {
                int digits = e == 'u' ? 4 : 8;
                cp = read_hex(s, end, digits);
                if (cp < 0) {
                    size_t have = 0;
                    while (s + have < end && have < (size_t)digits && hex_digit_value(s[have]) >= 0)
                        have++;
                    return escape_error(P, loc, false, at, at + 1 + have,
                                        e == 'u' ? "truncated \\uXXXX escape"
                                                 : "truncated \\UXXXXXXXX escape");
                }
                s += digits;
                if (cp > 0x10FFFF)
                    return escape_error(P, loc, false, at, at + 1 + (size_t)digits,
                                        "illegal Unicode character");
            }
            break;
        case 'N': {
            if (bytes)
                goto unknown;
            const char *close = s < end && *s == '{' ? memchr(s, '}', (size_t)(end - s)) : NULL;
            if (!close || close == s + 1) {
                size_t stop = close ? (size_t)(close - body) - 1 : (size_t)(end - body) - 1;
                return escape_error(P, loc, false, at, stop, "malformed \\N character escape");
            }
            cp = unicode_name_lookup(s + 1, (size_t)(close - s - 1));
            if (cp < 0)
                return escape_error(P, loc, false, at, (size_t)(close - body),
                                    "unknown Unicode character name");
            s = close + 1;
            break;
        }
        default:
        unknown:
            /* an unknown escape keeps its backslash (a DeprecationWarning in Python) */
            *o++ = '\\';
            s--;
            continue;
        }
        o += utf8_encode((uint32_t)cp, o);
    }
    return (long)(o - out);
}
