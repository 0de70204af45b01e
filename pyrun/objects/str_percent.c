/* str_percent.c - printf-style formatting: "%5.2f %s" % (x, y), and the same
 * for bytes and bytearray (b"%s %d" % (b"x", 1)). */
#include "runtime.h"
#include "objects/int_gmp.h"
#include "objects/format.h"

#include <math.h>

typedef struct PercentState {
    Object *args;           /* the tuple of values (or the single value, as a 1-tuple) */
    size_t next;            /* the next value to take */
    Object *mapping;        /* for %(name)s */
    bool bytes;             /* formatting bytes: %s takes bytes, %c a byte, widths count bytes */
    Buf out;
} PercentState;

static Object *next_value(PercentState *st)
{
    if (st->next >= tuple_size(st->args))
        return err_set_string(&Exc_TypeError, "not enough arguments for format string");
    return tuple_get(st->args, st->next++);
}

typedef struct Conversion {
    bool left, plus, space, alternate, zero;
    bool bytes;                     /* widths count bytes, not code points */
    int64_t width, precision;       /* -1: none */
    char type;
} Conversion;

static void pad_and_put(Buf *out, const Conversion *c, const char *sign, const char *prefix,
                        const char *body, size_t body_len, bool numeric)
{
    size_t body_chars = c->bytes ? body_len : utf8_count(body, body_len);
    int64_t len = (int64_t)(strlen(sign) + strlen(prefix) + body_chars);
    int64_t pad = c->width > len ? c->width - len : 0;
    if (c->left) {
        buf_puts(out, sign);
        buf_puts(out, prefix);
        buf_append(out, body, body_len);
        for (int64_t i = 0; i < pad; i++)
            buf_putc(out, ' ');
    } else if (c->zero && numeric) {
        buf_puts(out, sign);
        buf_puts(out, prefix);
        for (int64_t i = 0; i < pad; i++)
            buf_putc(out, '0');
        buf_append(out, body, body_len);
    } else {
        for (int64_t i = 0; i < pad; i++)
            buf_putc(out, ' ');
        buf_puts(out, sign);
        buf_puts(out, prefix);
        buf_append(out, body, body_len);
    }
}

static const char *sign_for(const Conversion *c, bool negative)
{
    return negative ? "-" : c->plus ? "+" : c->space ? " " : "";
}

static bool format_integer(PercentState *st, const Conversion *c, Object *v)
{
    Object *n;
    if (int_check(v)) {
        n = NEWREF(v);
    } else if (c->type == 'd' || c->type == 'i' || c->type == 'u') {
        if (float_check(v)) {
            n = int_from_double(float_value(v));
        } else if (v->type->to_int || v->type->index) {
            n = v->type->to_int ? v->type->to_int(v) : obj_index(v);
        } else {
            err_format(&Exc_TypeError, "%%%c format: a real number is required, not %s", c->type,
                       obj_type_name(v));
            return false;
        }
    } else if (v->type->index) {
        n = obj_index(v);
    } else {
        err_format(&Exc_TypeError, "%%%c format: an integer is required, not %s", c->type,
                   obj_type_name(v));
        return false;
    }
    if (!n)
        return false;
    int base = c->type == 'o' ? 8 : (c->type == 'x' || c->type == 'X') ? 16 : 10;
    bool negative;
    size_t nd;
    char *digits = int_abs_digits(n, base, &nd, &negative);
    DECREF(n);
    if (!digits)
        return false;
    if (c->type == 'X')
        for (size_t i = 0; i < nd; i++)
            if (digits[i] >= 'a')
                digits[i] = (char)(digits[i] - 32);
    /* precision: at least that many digits */
    Buf body;
    buf_init(&body);
    for (int64_t i = (int64_t)nd; i < c->precision; i++)
        buf_putc(&body, '0');
    buf_append(&body, digits, nd);
    const char *prefix = "";
    if (c->alternate)
        prefix = c->type == 'o' ? "0o" : c->type == 'x' ? "0x" : c->type == 'X' ? "0X" : "";
    pad_and_put(&st->out, c, sign_for(c, negative), prefix, body.data, body.len, true);
    buf_free(&body);
    int_free_digits(digits, nd);
    return true;
}

static bool format_real(PercentState *st, const Conversion *c, Object *v)
{
    bool ok;
    double x;
    if (float_check(v) || int_check(v) || v->type->to_float || v->type->index) {
        x = float_as_double(v, &ok);
        if (!ok)
            return false;
    } else {
        err_format(&Exc_TypeError, "must be real number, not %s", obj_type_name(v));
        return false;
    }
    int precision = c->precision < 0 ? 6 : (int)c->precision;
    Buf body;
    buf_init(&body);
    bool negative = signbit(x) && !isnan(x);
    format_float_text(&body, fabs(x), c->type, precision, c->alternate);
    pad_and_put(&st->out, c, sign_for(c, negative), "", body.data, body.len, true);
    buf_free(&body);
    return true;
}

static bool format_byte(PercentState *st, const Conversion *c, Object *v)
{
    const char *data;
    size_t size;
    char byte;
    if (bytes_check(v) || bytearray_check(v)) {
        bytes_like_view(v, &data, &size);
        if (size != 1)
            goto bad;
        byte = data[0];
    } else if (int_check(v) || v->type->index) {
        Object *n = obj_index(v);
        if (!n)
            return false;
        bool overflow;
        int64_t b = int_as_i64(n, &overflow);
        DECREF(n);
        if (overflow || b < 0 || b > 255) {
            err_set_string(&Exc_OverflowError, "%c arg not in range(256)");
            return false;
        }
        byte = (char)b;
    } else {
        goto bad;
    }
    pad_and_put(&st->out, c, "", "", &byte, 1, false);
    return true;
bad:
    err_set_string(&Exc_TypeError, "%c requires an integer in range(256) or a single byte");
    return false;
}

static bool format_char(PercentState *st, const Conversion *c, Object *v)
{
    char enc[4];
    int n;
    if (st->bytes)
        return format_byte(st, c, v);
    if (str_check(v)) {
        if (str_length(v) != 1) {
            err_set_string(&Exc_TypeError, "%c requires int or char");
            return false;
        }
        pad_and_put(&st->out, c, "", "", str_data(v), str_size(v), false);
        return true;
    }
    if (!int_check(v)) {
        err_set_string(&Exc_TypeError, "%c requires int or char");
        return false;
    }
    bool overflow;
    int64_t cp = int_as_i64(v, &overflow);
    if (overflow || cp < 0 || cp > 0x10ffff) {
        err_set_string(&Exc_OverflowError, "%c arg not in range(0x110000)");
        return false;
    }
    n = utf8_encode((uint32_t)cp, enc);
    pad_and_put(&st->out, c, "", "", enc, (size_t)n, false);
    return true;
}

/* %s and %b of bytes: a bytes-like object or one with __bytes__ */
static bool format_bytes_text(PercentState *st, const Conversion *c, Object *v)
{
    Object *b = NULL;
    if (c->type == 'r' || c->type == 'a') {
        b = obj_ascii(v);       /* ASCII only, so its UTF-8 is the bytes */
    } else if (bytes_check(v) || bytearray_check(v)) {
        b = NEWREF(v);
    } else {
        bool found;
        StrObject *name = str_intern_cstr("__bytes__");
        b = obj_call_special(v, name, NULL, 0, &found);
        DECREF(name);
        if (!found) {
            err_format(&Exc_TypeError, "%%b requires a bytes-like object, or an object that "
                       "implements __bytes__, not '%s'", obj_type_name(v));
            return false;
        }
    }
    if (!b)
        return false;
    const char *data;
    size_t size;
    if (str_check(b)) {
        data = str_data(b);
        size = str_size(b);
    } else {
        bytes_like_view(b, &data, &size);
    }
    if (c->precision >= 0 && (size_t)c->precision < size)
        size = (size_t)c->precision;
    pad_and_put(&st->out, c, "", "", data, size, false);
    DECREF(b);
    return true;
}

static bool format_text(PercentState *st, const Conversion *c, Object *v)
{
    if (st->bytes)
        return format_bytes_text(st, c, v);
    Object *s = c->type == 's' ? obj_str(v) : c->type == 'r' ? obj_repr(v) : obj_ascii(v);
    if (!s)
        return false;
    size_t bytes = str_size(s);
    if (c->precision >= 0 && (size_t)c->precision < str_length(s))
        bytes = str_offset_of(s, (size_t)c->precision);
    pad_and_put(&st->out, c, "", "", str_data(s), bytes, false);
    DECREF(s);
    return true;
}

/* Reads a number or a '*' (taken from the values).  CPython takes a '*'
 * width as a C ssize_t, a '*' precision as a C int. */
static bool read_count(PercentState *st, const char **p, const char *end, int64_t *out,
                       bool precision)
{
    if (*p < end && **p == '*') {
        (*p)++;
        Object *v = next_value(st);
        if (!v)
            return false;
        if (!int_check(v)) {
            err_set_string(&Exc_TypeError, "* wants int");
            return false;
        }
        bool overflow;
        int64_t n = int_as_i64(v, &overflow);
        if (overflow || (precision && (n > INT32_MAX || n < INT32_MIN))) {
            err_format(&Exc_OverflowError, "Python int too large to convert to C %s",
                       precision ? "int" : "ssize_t");
            return false;
        }
        if (!precision && !err_size_fits(n < 0 ? 0 - (uint64_t)n : (uint64_t)n))
            return false;
        *out = n;
        return true;
    }
    int64_t n = 0;
    bool any = false;
    while (*p < end && **p >= '0' && **p <= '9') {
        n = n * 10 + (**p - '0');
        if (n > 1000000000) {
            err_set_string(&Exc_ValueError, "width too big");
            return false;
        }
        (*p)++;
        any = true;
    }
    if (any)
        *out = n;
    return true;
}

static Object *percent_format(Object *format, Object *args, bool bytes)
{
    PercentState st = { NULL, 0, NULL, bytes, { NULL, 0, 0 } };
    if (tuple_check(args)) {
        st.args = NEWREF(args);
    } else {
        st.args = tuple_pack(1, args);
        if (args->type->getitem && !str_check(args) && !tuple_check(args) &&
            !(bytes && (bytes_check(args) || bytearray_check(args))))
            st.mapping = args;
    }
    buf_init(&st.out);
    const char *start, *p, *end;
    if (bytes) {
        size_t size;
        bytes_like_view(format, &start, &size);
        end = start + size;
    } else {
        start = str_data(format);
        end = start + str_size(format);
    }
    p = start;
    bool ok = true, used_mapping = false;
    while (p < end && ok) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        if (!pct) {
            buf_append(&st.out, p, (size_t)(end - p));
            break;
        }
        buf_append(&st.out, p, (size_t)(pct - p));
        p = pct + 1;
        if (p >= end) {
            err_set_string(&Exc_ValueError, "incomplete format");
            ok = false;
            break;
        }
        Object *value = NULL;
        if (*p == '(') {
            if (!st.mapping) {
                err_set_string(&Exc_TypeError, "format requires a mapping");
                ok = false;
                break;
            }
            const char *key_start = ++p;
            int depth = 1;
            while (p < end && depth > 0) {
                if (*p == '(')
                    depth++;
                else if (*p == ')')
                    depth--;
                p++;
            }
            if (depth > 0) {
                err_set_string(&Exc_ValueError, "incomplete format key");
                ok = false;
                break;
            }
            Object *key = bytes ? bytes_from(key_start, (size_t)(p - 1 - key_start))
                                : str_from_utf8(key_start, (size_t)(p - 1 - key_start));
            value = obj_getitem(st.mapping, key);
            DECREF(key);
            if (!value) {
                ok = false;
                break;
            }
            used_mapping = true;
            /* as in CPython, the value found stands for the arguments from
               now on, and this conversion takes it: a later conversion
               without a key has nothing left ("%(a)s %s" % d) */
            st.next = tuple_size(st.args);
        }
        Conversion c = { false, false, false, false, false, bytes, -1, -1, 0 };
        for (; p < end; p++) {
            if (*p == '-')
                c.left = true;
            else if (*p == '+')
                c.plus = true;
            else if (*p == ' ')
                c.space = true;
            else if (*p == '#')
                c.alternate = true;
            else if (*p == '0')
                c.zero = true;
            else
                break;
        }
        ok = read_count(&st, &p, end, &c.width, false);
        if (ok && c.width < -1) {
            c.left = true;
            c.width = -c.width;
        }
        if (ok && p < end && *p == '.') {
            p++;
            c.precision = 0;
            ok = read_count(&st, &p, end, &c.precision, true);
            if (c.precision < 0)
                c.precision = 0;     /* ('%.*s' % (-1, s): a negative precision is 0) */
        }
        while (ok && p < end && (*p == 'h' || *p == 'l' || *p == 'L'))
            p++;
        if (ok && p >= end) {
            err_set_string(&Exc_ValueError, "incomplete format");
            ok = false;
        }
        if (!ok) {
            XDECREF(value);
            break;
        }
        c.type = *p++;
        if (c.type == '%' && p == pct + 2) {
            /* "%%" alone is a percent sign; with anything between, '%' is
               a conversion that takes a value and is unsupported */
            buf_putc(&st.out, '%');
            continue;
        }
        if (!value) {
            value = next_value(&st);
            if (!value) {
                ok = false;
                break;
            }
            INCREF(value);
        }
        switch (c.type) {
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            ok = format_integer(&st, &c, value);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            ok = format_real(&st, &c, value);
            break;
        case 'c':
            ok = format_char(&st, &c, value);
            break;
        case 'b':
            if (!bytes)
                goto unsupported;
            c.type = 's';
            ok = format_text(&st, &c, value);
            break;
        case 's': case 'r': case 'a':
            ok = format_text(&st, &c, value);
            break;
        default:
        unsupported: {
            const char *q = p - 1;
            uint32_t cp = bytes ? (unsigned char)*q : utf8_decode(&q, end);
            int64_t index = bytes ? (int64_t)(p - 1 - start)
                                  : (int64_t)utf8_count(start, (size_t)(p - 1 - start));
            if (cp >= 32 && cp < 127)
                err_format(&Exc_ValueError, "unsupported format character '%c' (0x%x) at index "
                           "%lld", (char)cp, cp, (long long)index);
            else
                err_format(&Exc_ValueError, "unsupported format character '\\x%x' (0x%x) at "
                           "index %lld", cp, cp, (long long)index);
            ok = false;
        }
        }
        DECREF(value);
    }
    if (ok && !st.mapping && st.next < tuple_size(st.args)) {
        err_set_string(&Exc_TypeError, bytes ? "not all arguments converted during bytes formatting"
                                             : "not all arguments converted during string formatting");
        ok = false;
    }
    if (ok && st.mapping && !used_mapping && st.next == 0 && !tuple_check(args) &&
        !dict_check(args) && !list_check(args) && args->type->getitem == NULL) {
        err_set_string(&Exc_TypeError, bytes ? "not all arguments converted during bytes formatting"
                                             : "not all arguments converted during string formatting");
        ok = false;
    }
    Object *r = NULL;
    if (ok && !bytes)
        r = str_from_utf8(st.out.data, st.out.len);
    else if (ok)
        r = bytearray_check(format) ? bytearray_from(st.out.data, st.out.len)
                                    : bytes_from(st.out.data, st.out.len);
    buf_free(&st.out);
    DECREF(st.args);
    return r;
}

Object *str_percent_format(Object *format, Object *args)
{
    return percent_format(format, args, false);
}

Object *bytes_percent_format(Object *format, Object *args)
{
    return percent_format(format, args, true);
}
