/* complex.c - complex numbers: the arithmetic, repr and construction. */
#include "runtime.h"
#include "objects/format.h"
#include "objects/unicode.h"
#include "pyrepr.h"

#include <complex.h>
#include <errno.h>
#include <math.h>
#include <strings.h>

Object *complex_from_doubles(double real, double imag)
{
    ComplexObject *c = (ComplexObject *)obj_alloc(&ComplexType, 0);
    c->real = real;
    c->imag = imag;
    return (Object *)c;
}

static void complex_dealloc(Object *o)
{
    obj_free(o);
}

/* An operand as a complex: complex, float or int; false if neither. */
static bool as_complex(Object *o, double *re, double *im, bool *error)
{
    *error = false;
    if (complex_check(o)) {
        *re = ((ComplexObject *)o)->real;
        *im = ((ComplexObject *)o)->imag;
        return true;
    }
    if (float_check(o)) {
        *re = float_value(o);
        *im = 0;
        return true;
    }
    if (int_check(o)) {
        bool ok;
        *re = int_as_double(o, &ok);
        *im = 0;
        *error = !ok;
        return ok;
    }
    return false;
}

#define COMPLEX_OPERANDS                                                     \
    double ar, ai, br, bi;                                                   \
    bool error;                                                              \
    if (!as_complex(a, &ar, &ai, &error) || !as_complex(b, &br, &bi, &error)) \
        return error ? NULL : not_implemented_ref()

static Object *complex_add(Object *a, Object *b)
{
    COMPLEX_OPERANDS;
    return complex_from_doubles(ar + br, ai + bi);
}

static Object *complex_sub(Object *a, Object *b)
{
    COMPLEX_OPERANDS;
    return complex_from_doubles(ar - br, ai - bi);
}

static Object *complex_mul(Object *a, Object *b)
{
    COMPLEX_OPERANDS;
    return complex_from_doubles(ar * br - ai * bi, ar * bi + ai * br);
}

/* Smith's method, as CPython divides: robust against overflow. */
static bool divide(double ar, double ai, double br, double bi, double *qr, double *qi)
{
    double abs_br = fabs(br), abs_bi = fabs(bi);
    if (abs_br >= abs_bi) {
        if (abs_br == 0)
            return false;
        double ratio = bi / br, denom = br + bi * ratio;
        *qr = (ar + ai * ratio) / denom;
        *qi = (ai - ar * ratio) / denom;
    } else {
        double ratio = br / bi, denom = br * ratio + bi;
        *qr = (ar * ratio + ai) / denom;
        *qi = (ai * ratio - ar) / denom;
    }
    return true;
}

static Object *complex_div(Object *a, Object *b)
{
    COMPLEX_OPERANDS;
    double qr, qi;
    if (!divide(ar, ai, br, bi, &qr, &qi))
        return err_set_string(&Exc_ZeroDivisionError, "complex division by zero");
    return complex_from_doubles(qr, qi);
}

/* a ** b by CPython's method: small integer powers by repeated
 * multiplication, others through polar form.  The result is checked as
 * CPython checks it - through errno and infinities - so that the same
 * cases raise: a domain error (cos(inf)...) is a ZeroDivisionError, an
 * infinite result an OverflowError. */
static Object *complex_pow(Object *a, Object *b)
{
    COMPLEX_OPERANDS;
    if (br == 0 && bi == 0)
        return complex_from_doubles(1, 0);
    if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0)
            return err_set_string(&Exc_ZeroDivisionError,
                                  "0.0 to a negative or complex power");
        return complex_from_doubles(0, 0);
    }
    errno = 0;
    double rr, ri;
    if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
        int n = (int)br;
        double xr = ar, xi = ai;
        int k = n < 0 ? -n : n;
        rr = 1;
        ri = 0;
        while (k) {
            if (k & 1) {
                double t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            double t = xr * xr - xi * xi;
            xi = 2 * xr * xi;
            xr = t;
            k >>= 1;
        }
        if (n < 0) {
            if (rr == 0 && ri == 0)
                errno = EDOM;
            double qr, qi;
            divide(1, 0, rr, ri, &qr, &qi);
            rr = qr;
            ri = qi;
        }
    } else {
        double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
        if (bi != 0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        rr = len * cos(phase);
        ri = len * sin(phase);
    }
    if (isinf(rr) || isinf(ri)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return err_set_string(&Exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE)
        return err_set_string(&Exc_OverflowError, "complex exponentiation");
    return complex_from_doubles(rr, ri);
}

static Object *complex_neg(Object *a)
{
    ComplexObject *c = (ComplexObject *)a;
    return complex_from_doubles(-c->real, -c->imag);
}

static Object *complex_pos(Object *a)
{
    ComplexObject *c = (ComplexObject *)a;
    return complex_from_doubles(c->real, c->imag);
}

static Object *complex_abs(Object *a)
{
    ComplexObject *c = (ComplexObject *)a;
    double r = hypot(c->real, c->imag);
    if (isinf(r) && isfinite(c->real) && isfinite(c->imag))
        return err_set_string(&Exc_OverflowError, "absolute value too large");
    return float_from_double(r);
}

static int complex_truth(Object *a)
{
    ComplexObject *c = (ComplexObject *)a;
    return c->real != 0 || c->imag != 0;
}

static Object *complex_repr(Object *o)
{
    ComplexObject *c = (ComplexObject *)o;
    Buf b;
    buf_init(&b);
    pyrepr_complex(&b, c->real, c->imag);
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return r;
}

static int64_t complex_hash(Object *o)
{
    ComplexObject *c = (ComplexObject *)o;
    uint64_t hr = (uint64_t)float_hash_value(c->real), hi = (uint64_t)float_hash_value(c->imag);
    int64_t h = (int64_t)(hr + 1000003ull * hi);
    return h == -1 ? -2 : h;
}

static Object *complex_richcompare(Object *a, Object *b, CompareOp op)
{
    double ar, ai, br, bi;
    bool error;
    if (!as_complex(a, &ar, &ai, &error) || !as_complex(b, &br, &bi, &error))
        return error ? NULL : not_implemented_ref();
    if (op != CMP_EQ && op != CMP_NE)
        return not_implemented_ref();
    if (int_check(b) && bi == 0 && ai == 0) {
        /* exact comparison with a big int, through float's */
        Object *f = float_from_double(ar);
        Object *r = obj_rich_compare(f, b, op);
        DECREF(f);
        return r;
    }
    bool eq = ar == br && ai == bi;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

/* ---- complex("1+2j") ----------------------------------------------------------------------- */

/* The float at the start of s (CPython's float syntax, no underscores,
 * no leading blanks); the end of what was read (s itself if none). */
static const char *float_prefix(const char *s, double *out)
{
    const char *p = s;
    bool negative = false;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    if (strncasecmp(p, "infinity", 8) == 0 || strncasecmp(p, "inf", 3) == 0) {
        *out = negative ? -INFINITY : INFINITY;
        return p + (strncasecmp(p, "infinity", 8) == 0 ? 8 : 3);
    }
    if (strncasecmp(p, "nan", 3) == 0) {
        *out = negative ? -NAN : NAN;
        return p + 3;
    }
    const char *q = p;
    bool digits = false;
    while (*q >= '0' && *q <= '9')
        q++, digits = true;
    if (*q == '.') {
        q++;
        while (*q >= '0' && *q <= '9')
            q++, digits = true;
    }
    if (!digits)
        return s;
    if (*q == 'e' || *q == 'E') {
        const char *e = q + 1;
        if (*e == '+' || *e == '-')
            e++;
        if (*e >= '0' && *e <= '9') {
            while (*e >= '0' && *e <= '9')
                e++;
            q = e;
        }
    }
    char small[64];
    size_t n = (size_t)(q - s);
    char *text = n < sizeof small ? small : mem_alloc(n + 1);
    memcpy(text, s, n);
    text[n] = '\0';
    *out = strtod(text, NULL);
    if (text != small)
        mem_free(text, n + 1);
    return q;
}

/* The ASCII form of a complex string as CPython reads it: non-ASCII
 * decimal digits and spaces made ASCII, underscores between digits taken
 * out.  False (with CPython's ValueError) for a misplaced underscore. */
static bool complex_text_ascii(Object *str, Buf *b)
{
    const char *p = str_data(str), *end = p + str_size(str);
    char prev = '\0';
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        char c = cp < 128 ? (char)cp
               : unicode_decimal_value(cp) >= 0 ? (char)('0' + unicode_decimal_value(cp))
               : unicode_is_space(cp) ? ' ' : '?';
        bool bad = (c == '_' && !(prev >= '0' && prev <= '9')) ||
                   (prev == '_' && c != '_' && !(c >= '0' && c <= '9'));
        if (bad) {
            Object *r = obj_repr(str);
            if (r) {
                err_format(&Exc_ValueError, "could not convert string to complex: %s", str_data(r));
                DECREF(r);
            }
            return false;
        }
        if (c != '_')
            buf_putc(b, c);
        prev = c;
    }
    if (prev == '_') {
        Object *r = obj_repr(str);
        if (r) {
            err_format(&Exc_ValueError, "could not convert string to complex: %s", str_data(r));
            DECREF(r);
        }
        return false;
    }
    buf_putc(b, '\0');
    return true;
}

static bool is_blank(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* complex(str): <float>, <float>j, <float><signed float>j (and the old
 * <float><sign>j, <sign>j, j), in optional parentheses, blanks around. */
static bool parse_complex_text(Object *str, double *re, double *im)
{
    Buf b;
    buf_init(&b);
    if (!complex_text_ascii(str, &b)) {
        buf_free(&b);
        return false;
    }
    const char *s = b.data, *last = b.data + b.len - 1;   /* (the '\0' put at the end) */
    bool ok = true, bracket = false;
    double x = 0, y = 0, z;
    while (is_blank(*s))
        s++;
    if (*s == '(') {
        bracket = true;
        s++;
        while (is_blank(*s))
            s++;
    }
    const char *end = float_prefix(s, &z);
    if (end != s) {
        s = end;
        if (*s == '+' || *s == '-') {
            x = z;
            end = float_prefix(s, &y);
            if (end != s) {
                s = end;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            ok = *s == 'j' || *s == 'J';
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (*s == '+' || *s == '-')
            y = *s++ == '+' ? 1.0 : -1.0;
        ok = *s == 'j' || *s == 'J';
        s++;
    }
    if (ok) {
        while (is_blank(*s))
            s++;
        if (bracket) {
            ok = *s == ')';
            s++;
            while (ok && is_blank(*s))
                s++;
        }
        ok = ok && s == last;
    }
    buf_free(&b);
    if (!ok)
        err_set_string(&Exc_ValueError, "complex() arg is a malformed string");
    *re = x;
    *im = y;
    return ok;
}

static Object *complex_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "real", "imag", NULL };
    Object *v[2];
    if (!args_parse("complex", args, nargs, kwnames, names, 0, 2, v))
        return NULL;
    double re = 0, im = 0;
    if (v[0] && str_check(v[0])) {
        if (v[1])
            return err_set_string(&Exc_TypeError, "complex() can't take second arg if first is "
                                                  "a string");
        if (!parse_complex_text(v[0], &re, &im))
            return NULL;
    } else if (v[1] && str_check(v[1])) {
        return err_set_string(&Exc_TypeError, "complex() second arg can't be a string");
    } else {
        double r1 = 0, i1 = 0, r2 = 0, i2 = 0;
        bool error;
        Object *special = NULL;
        if (v[0] && !complex_check(v[0])) {
            bool found;
            StrObject *name = str_intern_cstr("__complex__");
            special = obj_call_special(v[0], name, NULL, 0, &found);
            DECREF(name);
            if (found && !special)
                return NULL;
            if (special && !complex_check(special)) {
                err_format(&Exc_TypeError, "__complex__ returned non-complex (type %s)",
                           obj_type_name(special));
                DECREF(special);
                return NULL;
            }
        }
        if (special) {
            r1 = ((ComplexObject *)special)->real;
            i1 = ((ComplexObject *)special)->imag;
            DECREF(special);
            special = v[0];
            v[0] = NULL;
        }
        if (v[0] && !as_complex(v[0], &r1, &i1, &error)) {
            if (error)
                return NULL;
            bool ok;
            r1 = float_as_double(v[0], &ok);
            if (!ok) {
                err_clear();
                return err_format(&Exc_TypeError, "complex() first argument must be a string or a "
                                  "number, not '%s'", obj_type_name(v[0]));
            }
        }
        if (v[1] && !as_complex(v[1], &r2, &i2, &error)) {
            if (error)
                return NULL;
            return err_format(&Exc_TypeError, "complex() second argument must be a number, not "
                              "'%s'", obj_type_name(v[1]));
        }
        /* as CPython: only a complex part adds to the other (keeps -0.0) */
        bool first_complex = special || (v[0] && complex_check(v[0]));
        re = v[1] && complex_check(v[1]) ? r1 - i2 : r1;
        im = !v[1] ? i1 : first_complex ? i1 + r2 : r2;
    }
    if (type == &ComplexType)
        return complex_from_doubles(re, im);
    ComplexObject *c = (ComplexObject *)obj_alloc(type, 0);
    c->real = re;
    c->imag = im;
    gc_track((Object *)c);
    return (Object *)c;
}

static Object *complex_conjugate(Object *self, Object *const *args, size_t nargs, TupleObject *k)
{
    ComplexObject *c = (ComplexObject *)self;
    return complex_from_doubles(c->real, -c->imag);
}

static Object *complex_format_method(Object *self, Object *const *args, size_t nargs,
                                     TupleObject *k)
{
    if (!arg_one("__format__", nargs, k))
        return NULL;
    ComplexObject *c = (ComplexObject *)self;
    if (str_length(args[0]) == 0)
        return obj_str(self);
    return format_complex(c->real, c->imag, args[0]);
}

static const MethodDef complex_methods[] = {
    { "conjugate", complex_conjugate, METH_NOARGS },
    { "__format__", complex_format_method, 0 },
    { NULL, NULL, 0 },
};

static Object *get_real(Object *o) { return float_from_double(((ComplexObject *)o)->real); }
static Object *get_imag(Object *o) { return float_from_double(((ComplexObject *)o)->imag); }

static const GetSetDef complex_getsets[] = {
    { "real", get_real, NULL },
    { "imag", get_imag, NULL },
    { NULL, NULL, NULL },
};

Type ComplexType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "complex",
    .basicsize = sizeof(ComplexObject),
    .flags = TYPE_BASETYPE,
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .new_ = complex_new,
    .number = { [BINOP_ADD] = complex_add, [BINOP_SUB] = complex_sub, [BINOP_MUL] = complex_mul,
                [BINOP_TRUEDIV] = complex_div, [BINOP_POW] = complex_pow },
    .negative = complex_neg,
    .positive = complex_pos,
    .absolute = complex_abs,
    .truth = complex_truth,
    .methods = complex_methods,
    .getsets = complex_getsets,
};
