/* float.c - float (see float.h). */
#include "runtime.h"
#include "objects/int_gmp.h"
#include "objects/format.h"
#include "pyrepr.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <ctype.h>
#include <stdio.h>
#include <strings.h>

/* ---- making floats ---------------------------------------------------------------- */

static FloatObject *free_floats;
static int free_float_count;
enum { FREE_FLOAT_MAX = 256 };

Object *float_from_double(double v)
{
    FloatObject *f;
    if (free_floats) {
        f = free_floats;
        free_floats = (FloatObject *)f->head.type;     /* (the free list's link) */
        free_float_count--;
    } else {
        f = mem_alloc(sizeof(FloatObject));
    }
    f->head.refcount = 1;
    f->head.type = &FloatType;
    f->value = v;
    return (Object *)f;
}

static void float_dealloc(Object *o)
{
    if (o->type == &FloatType) {
        if (free_float_count < FREE_FLOAT_MAX) {
            o->type = (Type *)free_floats;
            free_floats = (FloatObject *)o;
            free_float_count++;
        } else {
            mem_free(o, sizeof(FloatObject));
        }
        return;
    }
    obj_free(o);
}

double float_as_double(Object *o, bool *ok)
{
    *ok = true;
    if (float_check(o))
        return float_value(o);
    if (int_check(o))
        return int_as_double(o, ok);
    if (o->type->to_float) {
        Object *f = o->type->to_float(o);
        if (!f) {
            *ok = false;
            return -1;
        }
        double d = float_check(f) ? float_value(f) : 0;
        if (!float_check(f)) {
            err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)",
                       obj_type_name(o), obj_type_name(f));
            *ok = false;
        }
        DECREF(f);
        return d;
    }
    if (o->type->index) {
        Object *i = obj_index(o);
        if (!i) {
            *ok = false;
            return -1;
        }
        double d = int_as_double(i, ok);
        DECREF(i);
        return d;
    }
    err_format(&Exc_TypeError, "must be real number, not %s", obj_type_name(o));
    *ok = false;
    return -1;
}

/* ---- hashing: x = m * 2**e exactly, so hash(x) = m * 2**e mod (2**61 - 1), the
 * same as the hash of an int or a fraction of equal value ------------------------------- */

static const uint64_t MODULUS = ((uint64_t)1 << 61) - 1;

int64_t float_hash_value(double v)
{
    if (isinf(v))
        return v > 0 ? 314159 : -314159;
    if (v == 0)
        return 0;
    int e;
    double m = frexp(fabs(v), &e);          /* |v| = m * 2**e, 0.5 <= m < 1 */
    uint64_t mantissa = (uint64_t)ldexp(m, 53);
    e -= 53;
    uint64_t x = mantissa % MODULUS;
    /* multiply by 2**e mod P: since 2**61 = 1 (mod P), rotate within 61 bits */
    int shift = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
    x = ((x << shift) & MODULUS) | (x >> (61 - shift));
    int64_t h = (int64_t)x;
    if (v < 0)
        h = -h;
    return h == -1 ? -2 : h;
}

static int64_t float_hash(Object *o)
{
    double v = float_value(o);
    if (isnan(v)) {
        uintptr_t p = (uintptr_t)o;
        int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
        return h == -1 ? -2 : h;
    }
    return float_hash_value(v);
}

/* ---- text ------------------------------------------------------------------------------ */

void float_repr_into(double v, char *out)
{
    pyrepr_float(v, out);
}

static Object *float_repr(Object *o)
{
    char buf[PYREPR_FLOAT_MAX];
    pyrepr_float(float_value(o), buf);
    return str_from_cstr(buf);
}

static Object *could_not_convert(Object *s)
{
    Object *r = obj_repr(s);
    if (!r)
        return NULL;
    err_format(&Exc_ValueError, "could not convert string to float: %s", str_data(r));
    DECREF(r);
    return NULL;
}

/* Python's float syntax: [sign] (digits [. digits] [exponent] | inf | infinity | nan),
 * underscores between digits, white space around. */
static bool parse_float_text(const char *p, size_t n, double *out)
{
    char small[128];
    char *buf = n + 1 <= sizeof small ? small : mem_alloc(n + 1);
    size_t k = 0;
    bool ok = true;
    const char *end = p + n;
    /* copy, dropping underscores that sit between two digits */
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            bool between = q > p && q + 1 < end && q[-1] >= '0' && q[-1] <= '9' &&
                           q[1] >= '0' && q[1] <= '9';
            if (!between) {
                ok = false;
                break;
            }
            continue;
        }
        buf[k++] = *q;
    }
    buf[k] = '\0';
    if (ok) {
        const char *s = buf;
        bool neg = false;
        if (*s == '+' || *s == '-')
            neg = *s++ == '-';
        if (strcasecmp(s, "inf") == 0 || strcasecmp(s, "infinity") == 0) {
            *out = neg ? -INFINITY : INFINITY;
        } else if (strcasecmp(s, "nan") == 0) {
            *out = neg ? -NAN : NAN;
        } else {
            /* only decimal digits, one dot, an exponent: no hex, no "inf" inside */
            const char *c = s;
            bool digits = false;
            while (*c >= '0' && *c <= '9')
                c++, digits = true;
            if (*c == '.') {
                c++;
                while (*c >= '0' && *c <= '9')
                    c++, digits = true;
            }
            if (digits && (*c == 'e' || *c == 'E')) {
                c++;
                if (*c == '+' || *c == '-')
                    c++;
                if (!(*c >= '0' && *c <= '9'))
                    digits = false;
                while (*c >= '0' && *c <= '9')
                    c++;
            }
            ok = digits && *c == '\0';
            if (ok) {
                errno = 0;
                *out = strtod(buf, NULL);
            }
        }
    }
    if (buf != small)
        mem_free(buf, n + 1);
    return ok;
}

Object *float_from_string(Object *s)
{
    const char *data;
    size_t size;
    Object *for_message = s;
    if (str_check(s)) {
        data = str_data(s);
        size = str_size(s);
    } else {
        bytes_like_view(s, &data, &size);
    }
    /* strip white space; non-ASCII digits become ASCII */
    Buf b;
    buf_init(&b);
    const char *p = data, *end = data + size;
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        if (cp >= 128) {
            int d = unicode_decimal_value(cp);
            if (d >= 0)
                buf_putc(&b, (char)('0' + d));
            else if (unicode_is_space(cp))
                buf_putc(&b, ' ');
            else
                buf_putc(&b, '?');
        } else {
            buf_putc(&b, (char)cp);
        }
    }
    size_t start = 0, stop = b.len;
    while (start < stop && unicode_is_space((unsigned char)b.data[start]))
        start++;
    while (stop > start && unicode_is_space((unsigned char)b.data[stop - 1]))
        stop--;
    double v;
    bool ok = stop > start && parse_float_text(b.data + start, stop - start, &v);
    buf_free(&b);
    if (!ok)
        return could_not_convert(for_message);
    return float_from_double(v);
}

/* ---- arithmetic ----------------------------------------------------------------------------- */

/* Both operands as doubles, if they are floats or ints; NotImplemented
 * otherwise (*result set); NULL result on an int too large. */
static bool operands(Object *a, Object *b, double *x, double *y, Object **result)
{
    bool ok = true;
    *result = NULL;
    if (float_check(a))
        *x = float_value(a);
    else if (int_check(a))
        *x = int_as_double(a, &ok);
    else {
        *result = not_implemented_ref();
        return false;
    }
    if (!ok)
        return false;
    if (float_check(b))
        *y = float_value(b);
    else if (int_check(b))
        *y = int_as_double(b, &ok);
    else {
        *result = not_implemented_ref();
        return false;
    }
    return ok;
}

#define FLOAT_OPERANDS                          \
    double x, y;                                \
    Object *early;                              \
    if (!operands(a, b, &x, &y, &early))        \
        return early

static Object *float_add(Object *a, Object *b) { FLOAT_OPERANDS; return float_from_double(x + y); }
static Object *float_sub(Object *a, Object *b) { FLOAT_OPERANDS; return float_from_double(x - y); }
static Object *float_mul(Object *a, Object *b) { FLOAT_OPERANDS; return float_from_double(x * y); }

Object *float_divide(double x, double y)
{
    if (y == 0)
        return err_set_string(&Exc_ZeroDivisionError, "float division by zero");
    return float_from_double(x / y);
}

/* Python's divmod for floats: the remainder has the divisor's sign, and the
 * quotient is floored - computed as CPython does, from fmod. */
static void float_divmod_values(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

Object *float_floor_divide(double x, double y)
{
    if (y == 0)
        return err_set_string(&Exc_ZeroDivisionError, "float floor division by zero");
    double q, m;
    float_divmod_values(x, y, &q, &m);
    return float_from_double(q);
}

Object *float_modulo(double x, double y)
{
    if (y == 0)
        return err_set_string(&Exc_ZeroDivisionError, "float modulo");
    double q, m;
    float_divmod_values(x, y, &q, &m);
    return float_from_double(m);
}

static Object *float_truediv_slot(Object *a, Object *b) { FLOAT_OPERANDS; return float_divide(x, y); }
static Object *float_floordiv_slot(Object *a, Object *b) { FLOAT_OPERANDS; return float_floor_divide(x, y); }
static Object *float_mod_slot(Object *a, Object *b) { FLOAT_OPERANDS; return float_modulo(x, y); }

static Object *float_divmod_slot(Object *a, Object *b)
{
    FLOAT_OPERANDS;
    if (y == 0)
        return err_set_string(&Exc_ZeroDivisionError, "float divmod()");
    double q, m;
    float_divmod_values(x, y, &q, &m);
    Object *fq = float_from_double(q), *fm = float_from_double(m);
    Object *r = tuple_pack(2, fq, fm);
    DECREF(fq);
    DECREF(fm);
    return r;
}

/* CPython reports a float overflow as the C library's ERANGE: an
 * OverflowError whose args are (errno, strerror), not one message. */
static Object *err_range_overflow(void)
{
    Object *args[2] = {int_from_i64(ERANGE), str_from_cstr("Numerical result out of range")};
    Object *exc = args[0] && args[1] ? exception_new(&Exc_OverflowError, args, 2) : NULL;
    XDECREF(args[0]);
    XDECREF(args[1]);
    if (exc) {
        err_set_object(exc);
        DECREF(exc);
    }
    return NULL;
}

Object *float_power(double x, double y)
{
    if (y == 0)
        return float_from_double(1.0);
    if (isnan(x))
        return float_from_double(x);
    if (isnan(y))
        return float_from_double(x == 1.0 ? 1.0 : y);
    if (x == 0 && y < 0 && !isinf(y))
        return err_set_string(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (isinf(x)) {
        /* inf for a positive power, 0 for a negative one; an odd integer
           power keeps the sign of the base (so (-inf) ** 0.5 is inf) */
        bool odd = fabs(y) < 9007199254740992.0 && y == floor(y) && fmod(y, 2) != 0;
        if (y > 0)
            return float_from_double(odd ? x : fabs(x));
        return float_from_double(odd ? copysign(0.0, x) : 0.0);
    }
    if (x < 0 && y != floor(y) && !isinf(y)) {
        /* a negative number to a fractional power is complex */
        Object *base = complex_from_doubles(x, 0), *exp = complex_from_doubles(y, 0);
        Object *r = obj_binary_op(base, exp, BINOP_POW);
        DECREF(base);
        DECREF(exp);
        return r;
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && !isinf(x) && !isinf(y))
        return err_range_overflow();
    return float_from_double(r);
}

static Object *float_pow_slot(Object *a, Object *b)
{
    FLOAT_OPERANDS;
    return float_power(x, y);
}

static Object *float_neg(Object *a) { return float_from_double(-float_value(a)); }
static Object *float_abs(Object *a) { return float_from_double(fabs(float_value(a))); }
static int float_truth(Object *a) { return float_value(a) != 0; }

static Object *float_pos(Object *a)
{
    if (float_check_exact(a))
        return NEWREF(a);
    return float_from_double(float_value(a));
}

static Object *float_to_int(Object *a)
{
    return int_from_double(float_value(a));
}

/* ---- comparison (exact, also against ints of any size) ---------------------------------------- */

static bool compare_doubles(double x, double y, CompareOp op)
{
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

static bool compare_sign(int c, CompareOp op)
{
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static Object *float_richcompare(Object *a, Object *b, CompareOp op)
{
    double x = float_value(a);
    if (float_check(b))
        return bool_from(compare_doubles(x, float_value(b), op));
    if (!int_check(b))
        return not_implemented_ref();
    if (isnan(x))
        return bool_from(op == CMP_NE);
    if (isinf(x))
        return bool_from(compare_sign(x > 0 ? 1 : -1, op));
    if (int_is_small(b)) {
        int64_t v = int_small_value(b);
        const int64_t exact = (int64_t)1 << 53;
        if (v > -exact && v < exact)
            return bool_from(compare_doubles(x, (double)v, op));
    }
    mpz_t z;
    int_to_mpz(b, z);
    int c = -mpz_cmp_d(z, x);
    mpz_clear(z);
    return bool_from(compare_sign(c, op));
}

/* ---- construction ------------------------------------------------------------------------------- */

static Object *float_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!arg_range("float", nargs, kwnames, 0, 1))
        return NULL;
    Object *value;
    if (NARGS(nargs) == 0) {
        value = float_from_double(0.0);
    } else {
        Object *x = args[0];
        if (float_check_exact(x)) {
            value = NEWREF(x);
        } else if (str_check(x) || bytes_check(x) || bytearray_check(x)) {
            value = float_from_string(x);
        } else if (float_check(x)) {
            value = float_from_double(float_value(x));
        } else if (int_check(x)) {
            bool ok;
            double d = int_as_double(x, &ok);
            value = ok ? float_from_double(d) : NULL;
        } else if (x->type->to_float || x->type->index) {
            bool ok;
            double d = float_as_double(x, &ok);
            value = ok ? float_from_double(d) : NULL;
        } else {
            return err_format(&Exc_TypeError, "float() argument must be a string or a real "
                                              "number, not '%s'", obj_type_name(x));
        }
    }
    if (!value || type == &FloatType)
        return value;
    FloatObject *f = (FloatObject *)obj_alloc(type, 0);
    f->value = float_value(value);
    DECREF(value);
    gc_track((Object *)f);
    return (Object *)f;
}

/* ---- methods ------------------------------------------------------------------------------------- */

static Object *float_is_integer(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    double x = float_value(self);
    return bool_from(isfinite(x) && x == floor(x));
}

static Object *float_as_integer_ratio(Object *self, Object *const *args, size_t nargs,
                                      TupleObject *kw)
{
    double x = float_value(self);
    if (isinf(x))
        return err_set_string(&Exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return err_set_string(&Exc_ValueError, "cannot convert NaN to integer ratio");
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, x);
    Object *n = int_from_mpz(mpq_numref(q));
    Object *d = int_from_mpz(mpq_denref(q));
    mpq_clear(q);
    Object *r = tuple_pack(2, n, d);
    DECREF(n);
    DECREF(d);
    return r;
}

static Object *float_conjugate(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return float_pos(self);
}

static Object *float_trunc(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return int_from_double(float_value(self));
}

static Object *float_floor(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return int_from_double(floor(float_value(self)));
}

static Object *float_ceil(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return int_from_double(ceil(float_value(self)));
}

/* round(x, n): the decimal value of x rounded half-even at 10**-n, exactly
 * (x is a binary fraction: the tie is decided by its exact value, which is
 * why round(2.675, 2) is 2.67), then read back as the nearest double. */
static Object *float_round_ndigits(double x, int64_t ndigits)
{
    if (!isfinite(x) || x == 0)
        return float_from_double(x);
    if (ndigits > 330)
        return float_from_double(x);
    if (ndigits < -330)
        return float_from_double(copysign(0.0, x));
    mpq_t q;
    mpz_t scale, n, r;
    mpq_init(q);
    mpz_inits(scale, n, r, NULL);
    mpq_set_d(q, x);
    mpz_ui_pow_ui(scale, 10, (unsigned long)(ndigits < 0 ? -ndigits : ndigits));
    if (ndigits >= 0)
        mpz_mul(mpq_numref(q), mpq_numref(q), scale);
    else
        mpz_mul(mpq_denref(q), mpq_denref(q), scale);
    mpq_canonicalize(q);
    /* n = floor(q), r = remainder: round half to even */
    mpz_fdiv_qr(n, r, mpq_numref(q), mpq_denref(q));
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, mpq_denref(q));
    if (c > 0 || (c == 0 && mpz_odd_p(n)))
        mpz_add_ui(n, n, 1);
    char *digits = mpz_get_str(NULL, 10, n);
    size_t len = strlen(digits);
    char *all = mem_alloc(len + 32);
    snprintf(all, len + 32, "%se%lld", digits, (long long)-ndigits);
    double result = strtod(all, NULL);
    mem_free(all, len + 32);
    void (*gmp_free)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &gmp_free);
    gmp_free(digits, len + 1);
    mpq_clear(q);
    mpz_clears(scale, n, r, NULL);
    if (isinf(result))
        return err_set_string(&Exc_OverflowError, "rounded value too large to represent");
    return float_from_double(result == 0 ? copysign(0.0, x) : result);
}

static Object *float_round(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    double x = float_value(self);
    nargs = NARGS(nargs);
    if (nargs == 0 || args[0] == OBJ_NONE) {
        double r = nearbyint(x);        /* rounds half to even in the default mode */
        return int_from_double(r);
    }
    int64_t nd = obj_as_index(args[0], "ndigits");
    if (nd == -1 && err_occurred()) {
        if (!err_matches(&Exc_OverflowError))
            return NULL;
        err_clear();
        nd = int_sign(args[0]) > 0 ? 1000 : -1000;
    }
    return float_round_ndigits(x, nd);
}

static Object *float_hex(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    double x = float_value(self);
    if (isnan(x) || isinf(x))
        return float_repr(self);
    if (x == 0)
        return str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    /* CPython's layout: 0x1.<13 hex digits>p<exp>, subnormals 0x0.... */
    Buf b;
    buf_init(&b);
    if (x < 0)
        buf_putc(&b, '-');
    int shift = 1;
    if (fabs(x) < DBL_MIN) {
        /* subnormal: 0x0.<fraction>p-1022, the fraction exact in 13 hex digits */
        m = ldexp(fabs(x), -(DBL_MIN_EXP - 1));
        buf_printf(&b, "0x0.");
        shift = 0;
    } else {
        m *= 2;
        e -= 1;
        buf_printf(&b, "0x1.");
        m -= 1;
    }
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int d = (int)m;
        m -= d;
        buf_putc(&b, "0123456789abcdef"[d]);
    }
    buf_printf(&b, "p%+d", shift == 0 ? DBL_MIN_EXP - 1 : e);
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return r;
}

static Object *float_fromhex(Object *cls, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("float.fromhex", nargs, kw))
        return NULL;
    if (!str_check(args[0]))
        return err_set_string(&Exc_TypeError, "bad argument type for built-in operation");
    const char *s = str_data(args[0]);
    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    /* the digits are hexadecimal with or without "0x": strtod needs the
       prefix (else it reads "1.5" as decimal) */
    const char *body = s + (*s == '+' || *s == '-');
    bool named = strncasecmp(body, "inf", 3) == 0 || strncasecmp(body, "nan", 3) == 0;
    bool prefixed = body[0] == '0' && (body[1] == 'x' || body[1] == 'X');
    bool digit_first = isxdigit((unsigned char)body[0]) ||
                       (body[0] == '.' && isxdigit((unsigned char)body[1]));
    Buf text;
    buf_init(&text);
    if (!named && !prefixed) {
        if (!digit_first) {
            buf_free(&text);
            return err_set_string(&Exc_ValueError, "invalid hexadecimal floating-point string");
        }
        buf_append(&text, s, (size_t)(body - s));
        buf_puts(&text, "0x");
        buf_puts(&text, body);
    } else {
        buf_puts(&text, s);
    }
    char *end;
    errno = 0;
    double d = strtod(text.data, &end);
    bool overflow = isinf(d) && !named;
    bool empty = end == text.data;
    while (*end == ' ' || *end == '\t' || *end == '\n')
        end++;
    bool trailing = *end != '\0';
    buf_free(&text);
    if (trailing || empty)
        return err_set_string(&Exc_ValueError, "invalid hexadecimal floating-point string");
    if (overflow)
        return err_set_string(&Exc_OverflowError, "hexadecimal value too large to represent as a "
                                                  "float");
    Object *f = float_from_double(d);
    if (cls != (Object *)&FloatType) {
        Object *r = obj_call1(cls, f);
        DECREF(f);
        return r;
    }
    return f;
}

static Object *float_format_method(Object *self, Object *const *args, size_t nargs,
                                   TupleObject *kw)
{
    if (NARGS(nargs) != 1 || !str_check(args[0]))
        return err_format(&Exc_TypeError, "format() argument 2 must be str");
    if (str_size(args[0]) == 0)
        return obj_str(self);       /* (a subclass's __str__, as in CPython) */
    return format_float(float_value(self), args[0]);
}

static Object *float_getnewargs(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    Object *v = float_from_double(float_value(self));
    Object *r = tuple_pack(1, v);
    DECREF(v);
    return r;
}

static const MethodDef float_methods[] = {
    { "is_integer", float_is_integer, METH_NOARGS },
    { "as_integer_ratio", float_as_integer_ratio, METH_NOARGS },
    { "conjugate", float_conjugate, METH_NOARGS },
    { "hex", float_hex, METH_NOARGS },
    { "fromhex", float_fromhex, METH_CLASS },
    { "__trunc__", float_trunc, 0 },
    { "__floor__", float_floor, 0 },
    { "__ceil__", float_ceil, 0 },
    { "__round__", float_round, 0 },
    { "__format__", float_format_method, 0 },
    { "__getnewargs__", float_getnewargs, 0 },
    { NULL, NULL, 0 },
};

static Object *float_get_real(Object *o) { return float_pos(o); }
static Object *float_get_imag(Object *o) { return float_from_double(0.0); }

static const GetSetDef float_getsets[] = {
    { "real", float_get_real, NULL },
    { "imag", float_get_imag, NULL },
    { NULL, NULL, NULL },
};

Type FloatType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "float",
    .basicsize = sizeof(FloatObject),
    .flags = TYPE_BASETYPE,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .number = {
        [BINOP_ADD] = float_add, [BINOP_SUB] = float_sub, [BINOP_MUL] = float_mul,
        [BINOP_TRUEDIV] = float_truediv_slot, [BINOP_FLOORDIV] = float_floordiv_slot,
        [BINOP_MOD] = float_mod_slot, [BINOP_DIVMOD] = float_divmod_slot,
        [BINOP_POW] = float_pow_slot,
    },
    .negative = float_neg,
    .positive = float_pos,
    .absolute = float_abs,
    .truth = float_truth,
    .to_int = float_to_int,
    .to_float = float_pos,
    .methods = float_methods,
    .getsets = float_getsets,
};
