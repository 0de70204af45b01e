/* format.c - the format mini-language (see format.h). */
#include "runtime.h"
#include "objects/int_gmp.h"
#include "objects/format.h"
#include "objects/unicode.h"
#include "pyrepr.h"

#include <math.h>
#include <stdio.h>

/* ---- parsing the spec ------------------------------------------------------------------ */

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

static bool read_number(const uint32_t *cps, size_t n, size_t *pos, int64_t *out)
{
    int64_t v = 0;
    size_t start = *pos;
    /* (any Unicode decimal digit, as in CPython: '١٢' is 12) */
    while (*pos < n && unicode_decimal_value(cps[*pos]) >= 0) {
        if (v > (INT64_MAX - 9) / 10) {
            err_set_string(&Exc_ValueError, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + unicode_decimal_value(cps[*pos]);
        (*pos)++;
    }
    *out = *pos > start ? v : -1;
    return true;
}

bool format_parse(Object *spec, FormatSpec *f, char default_align, const char *type_name)
{
    *f = (FormatSpec){ ' ', default_align, '-', false, false, -1, 0, -1, 0, false };
    size_t n = str_length(spec);
    uint32_t small[64];
    uint32_t *cps = n <= 64 ? small : mem_alloc(n * sizeof(uint32_t));
    const char *p = str_data(spec), *end = p + str_size(spec);
    for (size_t i = 0; i < n; i++)
        cps[i] = utf8_decode(&p, end);
    size_t pos = 0;
    bool ok = true, fill_given = false, align_given = false;
    if (n - pos >= 2 && is_align(cps[pos + 1])) {
        f->fill = cps[pos];
        f->align = (char)cps[pos + 1];
        fill_given = align_given = true;
        pos += 2;
    } else if (n - pos >= 1 && is_align(cps[pos])) {
        f->align = (char)cps[pos];
        align_given = true;
        pos++;
    }
    if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
        f->sign = (char)cps[pos++];
        f->sign_given = true;
    }
    if (pos < n && cps[pos] == 'z') {
        f->no_negative_zero = true;
        pos++;
    }
    if (pos < n && cps[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_given && pos < n && cps[pos] == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    ok = read_number(cps, n, &pos, &f->width);
    if (ok && pos < n && cps[pos] == ',') {
        f->grouping = ',';
        pos++;
        if (pos < n && cps[pos] == '_') {
            err_set_string(&Exc_ValueError, "Cannot specify both ',' and '_'.");
            ok = false;
        }
    } else if (ok && pos < n && cps[pos] == '_') {
        f->grouping = '_';
        pos++;
        if (pos < n && cps[pos] == ',') {
            err_set_string(&Exc_ValueError, "Cannot specify both ',' and '_'.");
            ok = false;
        }
    }
    if (ok && pos < n && cps[pos] == '.') {
        pos++;
        ok = read_number(cps, n, &pos, &f->precision);
        if (ok && f->precision < 0) {
            err_set_string(&Exc_ValueError, "Format specifier missing precision");
            ok = false;
        }
    }
    if (ok && n - pos > 1) {
        err_format(&Exc_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                   str_data(spec), type_name);
        ok = false;
    }
    if (ok && n - pos == 1) {
        if (cps[pos] >= 128) {
            err_format(&Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                       cps[pos], type_name);
            ok = false;
        } else {
            f->type = (char)cps[pos];
        }
    }
    if (ok && f->grouping) {
        char t = f->type;
        bool allowed = t == 0 || t == 'd' || t == 'e' || t == 'f' || t == 'g' || t == 'E' ||
                       t == 'F' || t == 'G' || t == '%' ||
                       (f->grouping == '_' && (t == 'b' || t == 'o' || t == 'x' || t == 'X'));
        if (!allowed) {
            if (t >= 32 && t < 127)
                err_format(&Exc_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, t);
            else
                err_format(&Exc_ValueError, "Cannot specify '%c' with '\\x%x'.", f->grouping, t);
            ok = false;
        }
    }
    if (cps != small)
        mem_free(cps, n * sizeof(uint32_t));
    return ok;
}

/* ---- laying out a number ------------------------------------------------------------------ */

static void put_codepoint(Buf *b, uint32_t cp, int64_t count)
{
    char enc[4];
    int len = utf8_encode(cp, enc);
    for (int64_t i = 0; i < count; i++)
        buf_append(b, enc, (size_t)len);
}

/* Digits with a separator every `every` digits from the right. */
static void group_digits(Buf *out, const char *digits, size_t n, char sep, int every)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (n - i) % (size_t)every == 0)
            buf_putc(out, sep);
        buf_putc(out, digits[i]);
    }
}

static size_t grouped_length(size_t n, int every)
{
    return n + (n ? (n - 1) / (size_t)every : 0);
}

/* The parts of a formatted number: sign, prefix ("0x"), integer digits (to be
 * grouped), the rest (".5e+10", or "inf"), and a suffix ("%"). */
typedef struct NumberParts {
    const char *sign;
    const char *prefix;
    const char *digits;
    size_t ndigits;
    const char *rest;
    const char *suffix;
} NumberParts;

/* The common case of layout_number: no grouping, an ASCII fill, and a
 * short result, put together on the stack.  NULL (and no error) when it
 * does not apply. */
static Object *layout_number_simple(const FormatSpec *f, const NumberParts *p)
{
    if (f->grouping || f->fill >= 128)
        return NULL;
    size_t ls = strlen(p->sign), lp = strlen(p->prefix), lr = strlen(p->rest);
    size_t lx = strlen(p->suffix);
    size_t len = ls + lp + p->ndigits + lr + lx;
    for (size_t i = 0; i < lr; i++)
        if ((unsigned char)p->rest[i] >= 128)
            return NULL;
    int64_t pad = f->width > (int64_t)len ? f->width - (int64_t)len : 0;
    char buf[256];
    if (len + (size_t)pad > sizeof buf)
        return NULL;
    int64_t before = f->align == '<' ? 0 : f->align == '^' ? pad / 2 : f->align == '=' ? 0 : pad;
    int64_t middle = f->align == '=' ? pad : 0;
    int64_t after = pad - before - middle;
    char *o = buf;
    memset(o, (char)f->fill, (size_t)before);
    o += before;
    memcpy(o, p->sign, ls);
    o += ls;
    memcpy(o, p->prefix, lp);       /* ('=' pads after the sign and the "0x") */
    o += lp;
    memset(o, (char)f->fill, (size_t)middle);
    o += middle;
    memcpy(o, p->digits, p->ndigits);
    o += p->ndigits;
    memcpy(o, p->rest, lr);
    o += lr;
    memcpy(o, p->suffix, lx);
    o += lx;
    memset(o, (char)f->fill, (size_t)after);
    o += after;
    return str_from_ascii(buf, (size_t)(o - buf));
}

static Object *layout_number(const FormatSpec *f, const NumberParts *p)
{
    Object *simple = layout_number_simple(f, p);
    if (simple)
        return simple;
    if (!err_size_fits(f->width > 0 ? (uint64_t)f->width : 0))
        return NULL;
    int every = (f->type == 'b' || f->type == 'o' || f->type == 'x' || f->type == 'X') ? 4 : 3;
    size_t fixed = strlen(p->sign) + strlen(p->prefix) + utf8_count(p->rest, strlen(p->rest)) +
                   strlen(p->suffix);
    Buf number;
    buf_init(&number);
    size_t leading_zeros = 0;
    bool zero_fill_grouped = f->grouping && f->fill == '0' && f->align == '=' && f->width > 0 &&
                             p->ndigits > 0;     /* (not inf and nan) */
    if (zero_fill_grouped) {
        /* the zeros of the padding are grouped too: '{:010,}' of 1234 is 00,001,234 */
        while ((int64_t)(fixed + grouped_length(p->ndigits + leading_zeros, every)) < f->width)
            leading_zeros++;
    }
    buf_puts(&number, p->prefix);
    if (f->grouping) {
        size_t total = p->ndigits + leading_zeros;
        char *all = mem_alloc(total + 1);
        memset(all, '0', leading_zeros);
        memcpy(all + leading_zeros, p->digits, p->ndigits);
        group_digits(&number, all, total, f->grouping, every);
        mem_free(all, total + 1);
    } else {
        buf_append(&number, p->digits, p->ndigits);
    }
    buf_puts(&number, p->rest);
    buf_puts(&number, p->suffix);
    size_t sign_len = strlen(p->sign);
    int64_t length = (int64_t)(sign_len + utf8_count(number.data, number.len));
    int64_t pad = f->width > length ? f->width - length : 0;
    Buf out;
    buf_init(&out);
    switch (f->align) {
    case '<':
        buf_puts(&out, p->sign);
        buf_append(&out, number.data, number.len);
        put_codepoint(&out, f->fill, pad);
        break;
    case '^':
        put_codepoint(&out, f->fill, pad / 2);
        buf_puts(&out, p->sign);
        buf_append(&out, number.data, number.len);
        put_codepoint(&out, f->fill, pad - pad / 2);
        break;
    case '=': {
        size_t lp = strlen(p->prefix);
        buf_puts(&out, p->sign);
        buf_puts(&out, p->prefix);
        put_codepoint(&out, f->fill, pad);
        buf_append(&out, number.data + lp, number.len - lp);
        break;
    }
    default:
        put_codepoint(&out, f->fill, pad);
        buf_puts(&out, p->sign);
        buf_append(&out, number.data, number.len);
        break;
    }
    Object *r = str_from_utf8(out.data, out.len);
    buf_free(&out);
    buf_free(&number);
    return r;
}

static const char *sign_text(const FormatSpec *f, bool negative)
{
    if (negative)
        return "-";
    return f->sign == '+' ? "+" : f->sign == ' ' ? " " : "";
}

/* ---- ints ------------------------------------------------------------------------------------- */

Object *format_int(Object *value, Object *spec)
{
    if (str_length(spec) == 0)
        return obj_str(value);
    FormatSpec f;
    if (!format_parse(spec, &f, '>', obj_type_name(value)))
        return NULL;
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        bool ok;
        double d = int_as_double(value, &ok);
        return ok ? format_float(d, spec) : NULL;
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
        break;
    default:
        if (f.type > 32 && f.type < 127)
            return err_format(&Exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                              f.type, obj_type_name(value));
        return err_format(&Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                          (unsigned)(unsigned char)f.type, obj_type_name(value));
    }
    if (f.precision >= 0)
        return err_set_string(&Exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_negative_zero)
        return err_set_string(&Exc_ValueError, "Negative zero coercion (z) not allowed in integer "
                                               "format specifier");
    if (f.type == 'c') {
        if (f.sign_given)
            return err_set_string(&Exc_ValueError, "Sign not allowed with integer format "
                                                   "specifier 'c'");
        if (f.alternate)
            return err_set_string(&Exc_ValueError, "Alternate form (#) not allowed with integer "
                                                   "format specifier 'c'");
        bool overflow;
        int64_t cp = int_as_i64(value, &overflow);
        if (overflow)
            return err_set_string(&Exc_OverflowError, "Python int too large to convert to C long");
        if (cp < 0 || cp > 0x10ffff)
            return err_set_string(&Exc_OverflowError, "%c arg not in range(0x110000)");
        char enc[5];
        enc[utf8_encode((uint32_t)cp, enc)] = '\0';
        /* (an ASCII character as the "digits", so that '\0' has its length) */
        NumberParts parts = { "", "", cp < 128 ? enc : "", cp < 128 ? 1 : 0, cp < 128 ? "" : enc,
                              "" };
        return layout_number(&f, &parts);
    }
    int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
    if (int_is_small(value)) {
        /* a machine word: its digits without GMP */
        static const char lower[] = "0123456789abcdef", upper[] = "0123456789ABCDEF";
        const char *set = f.type == 'X' ? upper : lower;
        int64_t v = int_small_value(value);
        uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        char buf[72], *d = buf + sizeof buf;
        do {
            *--d = set[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        const char *prefix = "";
        if (f.alternate)
            prefix = base == 2 ? "0b" : base == 8 ? "0o" : f.type == 'X' ? "0X"
                   : base == 16 ? "0x" : "";
        NumberParts parts = { sign_text(&f, v < 0), prefix, d, (size_t)(buf + sizeof buf - d),
                              "", "" };
        return layout_number(&f, &parts);
    }
    bool negative;
    size_t ndigits;
    char *digits = int_abs_digits(value, base, &ndigits, &negative);
    if (!digits)
        return NULL;
    if (f.type == 'X')
        for (size_t i = 0; i < ndigits; i++)
            if (digits[i] >= 'a' && digits[i] <= 'f')
                digits[i] = (char)(digits[i] - 'a' + 'A');
    const char *prefix = "";
    if (f.alternate)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : f.type == 'X' ? "0X" : base == 16 ? "0x" : "";
    NumberParts parts = { sign_text(&f, negative), prefix, digits, ndigits, "", "" };
    Object *r = layout_number(&f, &parts);
    int_free_digits(digits, ndigits);
    return r;
}

/* ---- floats ----------------------------------------------------------------------------------- */

static void strip_trailing_zeros(Buf *b, bool keep_dot)
{
    /* in the mantissa only: "1.2300e+05" -> "1.23e+05" */
    char *e = memchr(b->data, 'e', b->len);
    if (!e)
        e = memchr(b->data, 'E', b->len);
    size_t mant_end = e ? (size_t)(e - b->data) : b->len;
    if (!memchr(b->data, '.', mant_end))
        return;
    size_t cut = mant_end;
    while (cut > 0 && b->data[cut - 1] == '0')
        cut--;
    if (cut > 0 && b->data[cut - 1] == '.' && !keep_dot)
        cut--;
    memmove(b->data + cut, b->data + mant_end, b->len - mant_end);
    b->len -= mant_end - cut;
    b->data[b->len] = '\0';
}

void format_float_text(Buf *out, double x, char type, int precision, bool alternate)
{
    char buf[64];
    if (isnan(x) || isinf(x)) {
        bool upper = type == 'E' || type == 'F' || type == 'G';
        buf_puts(out, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    if (type == 'r') {
        char r[PYREPR_FLOAT_MAX];
        pyrepr_float(x, r);
        buf_puts(out, r);
        return;
    }
    char fmt[8];
    snprintf(fmt, sizeof fmt, "%%%s.*%c", alternate ? "#" : "", type);
    int n = snprintf(buf, sizeof buf, fmt, precision, x);
    if (n < (int)sizeof buf) {
        buf_append(out, buf, (size_t)n);
        return;
    }
    char *big = mem_alloc((size_t)n + 1);
    snprintf(big, (size_t)n + 1, fmt, precision, x);
    buf_append(out, big, (size_t)n);
    mem_free(big, (size_t)n + 1);
}

/* The float type '' with a precision: like 'g', but switching to the
 * exponent one place earlier, and with '.0' added to integral results. */
static void format_general_dot0(Buf *out, double x, int precision, bool alternate)
{
    if (precision == 0)
        precision = 1;
    Buf b;
    buf_init(&b);
    format_float_text(&b, x, 'e', precision - 1, alternate);
    const char *e = memchr(b.data, 'e', b.len);
    int decpt = atoi(e + 1) + 1;
    bool fixed = decpt > -4 && decpt <= precision - 1;
    if (fixed) {
        b.len = 0;
        format_float_text(&b, x, 'f', precision - decpt, alternate);
    }
    if (!alternate) {
        /* ('#' keeps the zeros, as 'g' does) */
        strip_trailing_zeros(&b, false);
        if (fixed && !memchr(b.data, '.', b.len))
            buf_puts(&b, ".0");
    }
    buf_append(out, b.data, b.len);
    buf_free(&b);
}

/* The digits a float or complex is formatted with: 6 unless given; one
 * that a C int cannot hold is CPython's "precision too big". */
static bool float_precision(const FormatSpec *f, int *precision)
{
    if (f->precision > INT32_MAX) {
        err_set_string(&Exc_ValueError, "precision too big");
        return false;
    }
    *precision = f->precision < 0 ? 6 : (int)f->precision;
    return true;
}

Object *format_float(double x, Object *spec)
{
    FormatSpec f;
    if (!format_parse(spec, &f, '>', "float"))
        return NULL;
    char type = f.type;
    int precision;
    if (!float_precision(&f, &precision))
        return NULL;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        if (type > 32 && type < 127)
            return err_format(&Exc_ValueError, "Unknown format code '%c' for object of type "
                                               "'float'", type);
        return err_format(&Exc_ValueError, "Unknown format code '\\x%x' for object of type "
                                           "'float'", (unsigned)(unsigned char)type);
    }
    bool negative = signbit(x) && !isnan(x);
    double a = fabs(x);
    Buf text;
    buf_init(&text);
    const char *suffix = "";
    if (type == '%') {
        a *= 100;
        format_float_text(&text, a, 'f', precision, f.alternate);
        suffix = "%";
    } else if (type == 0 && f.precision < 0) {
        format_float_text(&text, a, 'r', 0, false);
        if (f.alternate && !memchr(text.data, '.', text.len) && isfinite(a)) {
            /* '#' keeps a point: 1e+16 -> 1.e+16 */
            char *e = memchr(text.data, 'e', text.len);
            if (e) {
                size_t at = (size_t)(e - text.data);
                buf_putc(&text, ' ');
                memmove(text.data + at + 1, text.data + at, text.len - at - 1);
                text.data[at] = '.';
            }
        }
    } else if (type == 0) {
        if (isfinite(a))
            format_general_dot0(&text, a, precision, f.alternate);
        else
            format_float_text(&text, a, 'g', precision, false);
    } else {
        char t = type == 'n' ? 'g' : type;
        format_float_text(&text, a, t, precision, f.alternate);
    }
    /* 'z': a negative value that rounds to zero loses its sign */
    if (negative && f.no_negative_zero && isfinite(a)) {
        bool all_zero = true;
        for (size_t i = 0; i < text.len && all_zero; i++) {
            char c = text.data[i];
            if (c == 'e' || c == 'E')
                break;
            if (c >= '1' && c <= '9')
                all_zero = false;
        }
        if (all_zero)
            negative = false;
    }
    /* split into integer digits and the rest, for grouping */
    size_t ndigits = 0;
    while (ndigits < text.len && text.data[ndigits] >= '0' && text.data[ndigits] <= '9')
        ndigits++;
    NumberParts parts = { sign_text(&f, negative), "", text.data, ndigits, text.data + ndigits,
                          suffix };
    if (!isfinite(a) && f.fill == '0' && f.align == '=') {
        /* inf and nan pad with the fill as any number */
    }
    Object *r = layout_number(&f, &parts);
    buf_free(&text);
    return r;
}

/* ---- strings ------------------------------------------------------------------------------------- */

Object *format_str(Object *value, Object *spec)
{
    if (str_length(spec) == 0)
        return NEWREF(value);
    FormatSpec f;
    if (!format_parse(spec, &f, '<', obj_type_name(value)))
        return NULL;
    if (f.type != 0 && f.type != 's') {
        if (f.type > 32 && f.type < 127)
            return err_format(&Exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                              f.type, obj_type_name(value));
        return err_format(&Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                          (unsigned)(unsigned char)f.type, obj_type_name(value));
    }
    if (f.grouping)
        return err_format(&Exc_ValueError, "Cannot specify '%c' with 's'.", f.grouping);
    if (f.sign == ' ')
        return err_set_string(&Exc_ValueError, "Space not allowed in string format specifier");
    if (f.sign_given)
        return err_set_string(&Exc_ValueError, "Sign not allowed in string format specifier");
    if (f.no_negative_zero)
        return err_set_string(&Exc_ValueError, "Negative zero coercion (z) not allowed in string "
                                               "format specifier");
    if (f.alternate)
        return err_set_string(&Exc_ValueError, "Alternate form (#) not allowed in string format "
                                               "specifier");
    if (f.align == '=')
        return err_set_string(&Exc_ValueError, "'=' alignment not allowed in string format "
                                               "specifier");
    size_t length = str_length(value);
    size_t take = f.precision >= 0 && (size_t)f.precision < length ? (size_t)f.precision : length;
    size_t bytes = str_offset_of(value, take);
    int64_t pad = f.width > (int64_t)take ? f.width - (int64_t)take : 0;
    if (pad == 0 && take == length)
        return NEWREF(value);
    if (!err_size_fits((uint64_t)pad))
        return NULL;
    Buf out;
    buf_init(&out);
    int64_t before = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
    put_codepoint(&out, f.fill, before);
    buf_append(&out, str_data(value), bytes);
    put_codepoint(&out, f.fill, pad - before);
    Object *r = str_from_utf8(out.data, out.len);
    buf_free(&out);
    return r;
}

/* ---- complex ---------------------------------------------------------------------------------------- */

/* One part of a complex number, without its sign, into b: its text for the
 * type (the shortest repr for 'r', where 1.0 shows as "1"), with the
 * integer digits grouped as the spec asks. */
static void complex_part_text(Buf *b, double a, char type, int precision, const FormatSpec *f)
{
    Buf text;
    buf_init(&text);
    if (type == 'r' && isfinite(a)) {
        format_float_text(&text, a, 'r', 0, false);
        if (text.len > 2 && memcmp(text.data + text.len - 2, ".0", 2) == 0)
            text.len -= 2;
        if (f->alternate && !memchr(text.data, '.', text.len)) {
            char *e = memchr(text.data, 'e', text.len);
            size_t at = e ? (size_t)(e - text.data) : text.len;
            buf_putc(&text, ' ');
            memmove(text.data + at + 1, text.data + at, text.len - at - 1);
            text.data[at] = '.';
        }
    } else {
        format_float_text(&text, a, type == 'r' ? 'g' : type, precision, f->alternate);
    }
    size_t ndigits = 0;
    while (ndigits < text.len && text.data[ndigits] >= '0' && text.data[ndigits] <= '9')
        ndigits++;
    if (f->grouping)
        group_digits(b, text.data, ndigits, f->grouping, 3);
    else
        buf_append(b, text.data, ndigits);
    buf_append(b, text.data + ndigits, text.len - ndigits);
    buf_free(&text);
}

/* The sign of a part: '-' when negative (unless 'z' and it shows as zero),
 * else what the sign option asks. */
static void complex_part_sign(Buf *b, double x, char sign, const FormatSpec *f, const Buf *text)
{
    bool negative = signbit(x) && !isnan(x);
    if (negative && f->no_negative_zero && isfinite(x)) {
        bool all_zero = true;
        for (size_t i = 0; i < text->len && all_zero; i++) {
            char c = text->data[i];
            if (c == 'e' || c == 'E')
                break;
            if (c >= '1' && c <= '9')
                all_zero = false;
        }
        negative = !all_zero;
    }
    if (negative)
        buf_putc(b, '-');
    else if (sign == '+' || sign == ' ')
        buf_putc(b, sign);
}

Object *format_complex(double real, double imag, Object *spec)
{
    FormatSpec f;
    if (!format_parse(spec, &f, '>', "complex"))
        return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        if (f.type > 32 && f.type < 127)
            return err_format(&Exc_ValueError, "Unknown format code '%c' for object of type "
                                               "'complex'", f.type);
        return err_format(&Exc_ValueError, "Unknown format code '\\x%x' for object of type "
                                           "'complex'", (unsigned)(unsigned char)f.type);
    }
    if (f.fill == '0')
        return err_set_string(&Exc_ValueError, "Zero padding is not allowed in complex format "
                                               "specifier");
    if (f.align == '=')
        return err_set_string(&Exc_ValueError, "'=' alignment flag is not allowed in complex "
                                               "format specifier");
    /* no type: like str() - the real part left out when it is +0, and
       parentheses when it is there; a precision makes it 'g' */
    char type = f.type == 'n' ? 'g' : f.type;
    bool skip_real = false, parens = false;
    if (type == 0) {
        type = f.precision < 0 ? 'r' : 'g';
        skip_real = real == 0 && !signbit(real);
        parens = !skip_real;
    }
    int precision;
    if (!float_precision(&f, &precision))
        return NULL;
    Buf re_text, im_text, b;
    buf_init(&re_text);
    buf_init(&im_text);
    buf_init(&b);
    complex_part_text(&re_text, fabs(real), type, precision, &f);
    complex_part_text(&im_text, fabs(imag), type, precision, &f);
    if (parens)
        buf_putc(&b, '(');
    if (!skip_real) {
        complex_part_sign(&b, real, f.sign, &f, &re_text);
        buf_append(&b, re_text.data, re_text.len);
    }
    complex_part_sign(&b, imag, skip_real ? f.sign : '+', &f, &im_text);
    buf_append(&b, im_text.data, im_text.len);
    buf_putc(&b, 'j');
    if (parens)
        buf_putc(&b, ')');
    buf_putc(&b, '\0');
    NumberParts parts = { "", "", "", 0, b.data, "" };
    FormatSpec g = f;
    g.grouping = 0;
    Object *r = layout_number(&g, &parts);
    buf_free(&b);
    buf_free(&re_text);
    buf_free(&im_text);
    return r;
}
