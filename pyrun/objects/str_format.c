/* str_format.c - str.format() and str.format_map(): "{0.name[key]!r:>{width}}".
 *
 * The format string is literal text with replacement fields in braces ({{
 * and }} stand for braces).  A field names an argument (by position, by
 * keyword, or by automatic numbering), optionally followed by .attribute
 * and [index] lookups, a !conversion (r, s, a) and a :format_spec, which may
 * itself contain fields. */
#include <string.h>

#include "runtime.h"
#include "objects/format.h"

typedef struct FormatArgs {
    Object *const *args;
    size_t nargs;
    TupleObject *kwnames;       /* keyword arguments: names, values after args */
    Object *mapping;            /* format_map's mapping (instead of keywords) */
    int auto_index;             /* -1: manual numbering in use; else the next automatic index */
    bool manual;
} FormatArgs;

enum { MAX_RECURSION = 2 }; /* the field nesting CPython allows: a spec may hold fields, their specs may not */

static const char *field_error(const char *message)
{
    err_set_string(&Exc_ValueError, message);
    return NULL;
}

/* The '}' that closes the field starting at p (after its '{'), found as
   CPython finds it, so that a malformed field gets CPython's complaint:
   the field name runs to '!', ':' or '}' ("[...]" may hold any of them),
   a conversion is one character, and the format spec may nest "{...}".
   NULL with ValueError set if there is none. */
static const char *field_end(const char *p, const char *end)
{
    char c = 0;
    while (p < end) {
        c = *p++;
        if (c == '{')
            return field_error("unexpected '{' in field name");
        if (c == '[') {
            while (p < end && *p != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    if (c == '}')
        return p - 1;
    if (c != '!' && c != ':')
        return field_error("expected '}' before end of string");
    if (c == '!') {
        if (p >= end)
            return field_error("end of string while looking for conversion specifier");
        p++;                                    /* the conversion */
        if (p < end) {
            c = *p++;
            if (c == '}')
                return p - 1;
            if (c != ':')
                return field_error("expected ':' after conversion specifier");
        }
    }
    int level = 1;
    while (p < end) {
        c = *p++;
        if (c == '{')
            level++;
        else if (c == '}' && --level == 0)
            return p - 1;
    }
    return field_error("unmatched '{' in format spec");
}

static Object *render(Object *format_str, const char *p, const char *end, FormatArgs *fa,
                      int depth);

Object *obj_format(Object *o, Object *spec)
{
    if (!spec)
        spec = (Object *)id_empty;
    if (str_size(spec) == 0) {
        if (str_check_exact(o))
            return NEWREF(o);
        if (int_check_exact(o))
            return int_to_decimal(o);
    }
    if (float_check_exact(o))
        return format_float(float_value(o), spec);
    if (int_check_exact(o))
        return format_int(o, spec);
    if (str_check_exact(o))
        return format_str(o, spec);
    bool found;
    Object *r = obj_call_special(o, id_dunder_format, &spec, 1, &found);
    if (!found)
        return err_format(&Exc_TypeError, "Type %s doesn't define __format__", obj_type_name(o));
    if (r && !str_check(r)) {
        err_format(&Exc_TypeError, "__format__ must return a str, not %s", obj_type_name(r));
        CLEAR(r);
    }
    return r;
}

static Object *keyword_value(FormatArgs *fa, const char *name, size_t n)
{
    if (fa->mapping) {
        Object *key = str_from_utf8(name, n);
        Object *v = obj_getitem(fa->mapping, key);
        DECREF(key);
        return v;
    }
    size_t nkw = fa->kwnames ? tuple_size((Object *)fa->kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Object *k = tuple_get((Object *)fa->kwnames, i);
        if (str_size(k) == n && memcmp(str_data(k), name, n) == 0)
            return NEWREF(fa->args[fa->nargs + i]);
    }
    Object *key = str_from_utf8(name, n);
    err_set(&Exc_KeyError, key);
    DECREF(key);
    return NULL;
}

static bool all_digits(const char *p, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

static Object *positional(FormatArgs *fa, int64_t index)
{
    if (index < 0 || (size_t)index >= fa->nargs) {
        return err_format(&Exc_IndexError,
                          "Replacement index %lld out of range for positional args tuple",
                          (long long)index);
    }
    return NEWREF(fa->args[index]);
}

/* The object a field name designates: "0", "name", "", then .attr / [key]. */
static Object *field_value(FormatArgs *fa, const char *p, const char *end)
{
    const char *q = p;
    while (q < end && *q != '.' && *q != '[')
        q++;
    Object *obj;
    if (q == p) {
        if (fa->manual)
            return err_set_string(&Exc_ValueError, "cannot switch from manual field specification "
                                                   "to automatic field numbering");
        fa->auto_index++;
        obj = positional(fa, fa->auto_index - 1);
    } else if (all_digits(p, (size_t)(q - p))) {
        if (fa->auto_index > 0)
            return err_set_string(&Exc_ValueError, "cannot switch from automatic field numbering "
                                                   "to manual field specification");
        fa->manual = true;
        int64_t index = 0;
        for (const char *d = p; d < q; d++)
            index = index * 10 + (*d - '0');
        obj = positional(fa, index);
    } else {
        obj = keyword_value(fa, p, (size_t)(q - p));
    }
    while (obj && q < end) {
        if (*q == '.') {
            const char *a = ++q;
            while (q < end && *q != '.' && *q != '[')
                q++;
            if (q == a) {
                DECREF(obj);
                return err_set_string(&Exc_ValueError, "Empty attribute in format string");
            }
            StrObject *name = str_intern_n(a, (size_t)(q - a));
            Object *next = obj_getattr(obj, name);
            DECREF(name);
            DECREF(obj);
            obj = next;
        } else if (*q == '[') {
            const char *k = ++q;
            while (q < end && *q != ']')
                q++;
            if (q >= end) {
                DECREF(obj);
                return err_set_string(&Exc_ValueError, "Missing ']' in format string");
            }
            if (q == k) {
                DECREF(obj);
                return err_set_string(&Exc_ValueError, "Empty attribute in format string");
            }
            Object *key;
            if (all_digits(k, (size_t)(q - k))) {
                int64_t v = 0;
                for (const char *d = k; d < q; d++)
                    v = v * 10 + (*d - '0');
                key = int_from_i64(v);
            } else {
                key = str_from_utf8(k, (size_t)(q - k));
            }
            q++;
            Object *next = obj_getitem(obj, key);
            DECREF(key);
            DECREF(obj);
            obj = next;
            if (obj && q < end && *q != '.' && *q != '[') {
                DECREF(obj);
                return err_set_string(&Exc_ValueError, "Only '.' or '[' may follow ']' in format "
                                                       "field specifier");
            }
        } else {
            break;
        }
    }
    return obj;
}

/* One replacement field, the text between its braces. */
static bool render_field(Buf *out, Object *format_str, const char *p, const char *end,
                         FormatArgs *fa, int depth)
{
    /* the name ends at '!' or ':' (outside brackets) */
    const char *q = p;
    int bracket = 0;
    while (q < end) {
        if (*q == '[')
            bracket++;
        else if (*q == ']')
            bracket--;
        else if (bracket == 0 && (*q == '!' || *q == ':'))
            break;
        q++;
    }
    Object *value = field_value(fa, p, q);
    if (!value)
        return false;
    char conversion = 0;
    if (q < end && *q == '!') {
        if (q + 1 >= end) {
            DECREF(value);
            err_set_string(&Exc_ValueError, "end of string while looking for conversion specifier");
            return false;
        }
        conversion = q[1];
        q += 2;
        if (q < end && *q != ':') {
            DECREF(value);
            err_set_string(&Exc_ValueError, "expected ':' after conversion specifier");
            return false;
        }
    }
    if (conversion) {
        Object *c;
        switch (conversion) {
        case 'r': c = obj_repr(value); break;
        case 's': c = obj_str(value); break;
        case 'a': c = obj_ascii(value); break;
        default:
            DECREF(value);
            err_format(&Exc_ValueError, "Unknown conversion specifier %c", conversion);
            return false;
        }
        DECREF(value);
        if (!c)
            return false;
        value = c;
    }
    Object *spec;
    if (q < end && *q == ':') {
        /* only a spec with fields in it is rendered (and costs a nesting level) */
        const char *spec_start = q + 1;
        size_t spec_len = (size_t)(end - spec_start);
        if (memchr(spec_start, '{', spec_len))
            spec = render(format_str, spec_start, end, fa, depth + 1);
        else
            spec = str_from_utf8(spec_start, spec_len);
        if (!spec) {
            DECREF(value);
            return false;
        }
    } else {
        spec = str_empty();
    }
    Object *text = obj_format(value, spec);
    DECREF(value);
    DECREF(spec);
    if (!text)
        return false;
    buf_append(out, str_data(text), str_size(text));
    DECREF(text);
    return true;
}

static Object *render(Object *format_str, const char *p, const char *end, FormatArgs *fa,
                      int depth)
{
    if (depth >= MAX_RECURSION)
        return err_set_string(&Exc_ValueError, "Max string recursion exceeded");
    Buf out;
    buf_init(&out);
    bool ok = true;
    while (p < end && ok) {
        char c = *p;
        if (c == '{') {
            if (p + 1 < end && p[1] == '{') {
                buf_putc(&out, '{');
                p += 2;
                continue;
            }
            if (p + 1 == end) {
                err_set_string(&Exc_ValueError, "Single '{' encountered in format string");
                ok = false;
                break;
            }
            const char *start = ++p;
            p = field_end(p, end);
            if (!p) {
                ok = false;
                break;
            }
            ok = render_field(&out, format_str, start, p, fa, depth);
            p++;
        } else if (c == '}') {
            if (p + 1 < end && p[1] == '}') {
                buf_putc(&out, '}');
                p += 2;
                continue;
            }
            err_set_string(&Exc_ValueError, "Single '}' encountered in format string");
            ok = false;
        } else {
            const char *q = p;
            while (q < end && *q != '{' && *q != '}')
                q++;
            buf_append(&out, p, (size_t)(q - p));
            p = q;
        }
    }
    Object *r = ok ? str_from_utf8(out.data, out.len) : NULL;
    buf_free(&out);
    return r;
}

Object *str_format_method(Object *format, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    FormatArgs fa = { args, NARGS(nargs), kwnames, NULL, 0, false };
    const char *p = str_data(format);
    return render(format, p, p + str_size(format), &fa, 0);
}

Object *str_format_map(Object *format, Object *mapping)
{
    FormatArgs fa = { NULL, 0, NULL, mapping, 0, false };
    const char *p = str_data(format);
    return render(format, p, p + str_size(format), &fa, 0);
}
