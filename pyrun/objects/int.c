/* int.c - int: machine words when they fit, GMP when they do not (see int.h). */
#include "runtime.h"
#include "objects/int_gmp.h"
#include "objects/format.h"

#include <math.h>
#include <stdio.h>

IntObject small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
IntObject TrueObject = { STATIC_HEADER(&BoolType), 1, NULL };
IntObject FalseObject = { STATIC_HEADER(&BoolType), 0, NULL };
int64_t int_max_str_digits = 4300;

static const int64_t HASH_MODULUS = ((int64_t)1 << 61) - 1;   /* sys.hash_info.modulus */

void int_init(void);
void int_init(void)
{
    for (int64_t v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
        IntObject *o = &small_ints[v - SMALL_INT_MIN];
        o->head.refcount = IMMORTAL_REFCOUNT;
        o->head.type = &IntType;
        o->value = v;
        o->big = NULL;
    }
}

/* ---- making ints --------------------------------------------------------------------- */

/* Freed ints of the exact type are kept for reuse: loops make and drop them
 * at every step. */
static IntObject *free_ints;
static int free_int_count;
enum { FREE_INT_MAX = 256 };

Object *int_alloc_small(int64_t v)
{
    IntObject *o;
    if (free_ints) {
        o = free_ints;
        free_ints = (IntObject *)o->big;
        free_int_count--;
        o->head.refcount = 1;
        o->head.type = &IntType;
    } else {
        o = mem_alloc(sizeof(IntObject));
        o->head.refcount = 1;
        o->head.type = &IntType;
    }
    o->value = v;
    o->big = NULL;
    return (Object *)o;
}

static Object *new_big(mpz_t v)
{
    IntObject *o = (IntObject *)int_alloc_small(0);
    o->big = mem_alloc(sizeof(__mpz_struct));
    *(mpz_ptr)o->big = *v;  /* takes over the limbs */
    return (Object *)o;
}

Object *int_from_mpz_move(mpz_t v)
{
    if (mpz_fits_slong_p(v)) {
        long small = mpz_get_si(v);
        mpz_clear(v);
        return int_from_i64(small);
    }
    return new_big(v);
}

Object *int_from_mpz(const mpz_t v)
{
    if (mpz_fits_slong_p(v))
        return int_from_i64(mpz_get_si(v));
    mpz_t copy;
    mpz_init_set(copy, v);
    return new_big(copy);
}

Object *int_from_u64(uint64_t v)
{
    if (v <= INT64_MAX)
        return int_from_i64((int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, v);
    return new_big(z);
}

Object *int_from_double(double d)
{
    if (isinf(d))
        return err_set_string(&Exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return err_set_string(&Exc_ValueError, "cannot convert float NaN to integer");
    double t = trunc(d);
    if (t >= -9.2e18 && t <= 9.2e18)
        return int_from_i64((int64_t)t);
    mpz_t z;
    mpz_init_set_d(z, t);
    return int_from_mpz_move(z);
}

static void int_dealloc(Object *o)
{
    IntObject *i = (IntObject *)o;
    if (i->big) {
        mpz_clear(i->big);
        mem_free(i->big, sizeof(__mpz_struct));
        i->big = NULL;
    }
    if (o->type == &IntType && free_int_count < FREE_INT_MAX) {
        i->big = (mpz_ptr)free_ints;
        free_ints = i;
        free_int_count++;
        return;
    }
    if (o->type == &IntType) {
        mem_free(o, sizeof(IntObject));
        return;
    }
    obj_free(o);
}

/* ---- reading ints -------------------------------------------------------------------- */

/* A GMP view of an int's value: the int's own mpz when it is big, or a
 * temporary one otherwise. */
typedef struct MpzArg {
    mpz_t tmp;
    mpz_srcptr p;
} MpzArg;

static inline void arg_init(MpzArg *a, Object *o)
{
    IntObject *i = (IntObject *)o;
    if (i->big) {
        a->p = i->big;
    } else {
        mpz_init_set_si(a->tmp, i->value);
        a->p = a->tmp;
    }
}

static inline void arg_clear(MpzArg *a)
{
    if (a->p == a->tmp)
        mpz_clear(a->tmp);
}

int64_t int_as_i64(Object *o, bool *overflow)
{
    IntObject *i = (IntObject *)o;
    *overflow = false;
    if (!i->big)
        return i->value;
    *overflow = true;
    return 0;
}

void int_to_mpz(Object *o, mpz_t out)
{
    IntObject *i = (IntObject *)o;
    if (i->big)
        mpz_init_set(out, i->big);
    else
        mpz_init_set_si(out, i->value);
}

int int_sign(Object *o)
{
    IntObject *i = (IntObject *)o;
    if (i->big)
        return mpz_sgn(INT_BIG(i));
    return (i->value > 0) - (i->value < 0);
}

size_t int_bit_length(Object *o)
{
    IntObject *i = (IntObject *)o;
    if (i->big)
        return mpz_sizeinbase(i->big, 2);
    uint64_t m = i->value < 0 ? (uint64_t)0 - (uint64_t)i->value : (uint64_t)i->value;
    return m ? 64 - (size_t)__builtin_clzll(m) : 0;
}

/* A big integer to the nearest double (ties to even), as Python rounds. */
static double mpz_to_double(mpz_srcptr z, bool *ok)
{
    *ok = true;
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 53)
        return mpz_get_d(z);
    if (bits > 1024) {
        *ok = false;
        return 0;
    }
    mpz_t q;
    mpz_init(q);
    mpz_abs(q, z);
    size_t shift = bits - 54;                   /* keep 54 bits: 53 and a rounding bit */
    bool sticky = mpz_scan1(q, 0) < shift;
    mpz_fdiv_q_2exp(q, q, shift);
    uint64_t m = mpz_get_ui(q);
    mpz_clear(q);
    bool half = m & 1;
    m >>= 1;
    if (half && (sticky || (m & 1)))
        m++;
    double d = ldexp((double)m, (int)shift + 1);
    if (isinf(d)) {
        *ok = false;
        return 0;
    }
    return mpz_sgn(z) < 0 ? -d : d;
}

double int_as_double(Object *o, bool *ok)
{
    IntObject *i = (IntObject *)o;
    *ok = true;
    if (!i->big)
        return (double)i->value;
    double d = mpz_to_double(i->big, ok);
    if (!*ok)
        err_set_string(&Exc_OverflowError, "int too large to convert to float");
    return d;
}

int int_compare(Object *a, Object *b)
{
    IntObject *x = (IntObject *)a, *y = (IntObject *)b;
    if (!x->big && !y->big)
        return (x->value > y->value) - (x->value < y->value);
    MpzArg p, q;
    arg_init(&p, a);
    arg_init(&q, b);
    int c = mpz_cmp(p.p, q.p);
    arg_clear(&p);
    arg_clear(&q);
    return (c > 0) - (c < 0);
}

int64_t int_hash(Object *o)
{
    IntObject *i = (IntObject *)o;
    int64_t h;
    if (!i->big) {
        int64_t v = i->value;
        if (v >= 0) {
            h = v % HASH_MODULUS;
        } else {
            uint64_t m = (uint64_t)0 - (uint64_t)v;
            h = -(int64_t)(m % (uint64_t)HASH_MODULUS);
        }
    } else {
        unsigned long r = mpz_tdiv_ui(i->big, (unsigned long)HASH_MODULUS);
        h = mpz_sgn(INT_BIG(i)) < 0 ? -(int64_t)r : (int64_t)r;
    }
    return h == -1 ? -2 : h;
}

/* ---- text ------------------------------------------------------------------------------ */

static Object *digit_limit_error(void)
{
    return err_format(&Exc_ValueError, "Exceeds the limit (%lld digits) for integer string "
                      "conversion; use sys.set_int_max_str_digits() to increase the limit",
                      (long long)int_max_str_digits);
}

bool int_decimal_digits_allowed(size_t digits)
{
    if (int_max_str_digits > 0 && digits > (size_t)int_max_str_digits) {
        digit_limit_error();
        return false;
    }
    return true;
}

char *int_abs_digits(Object *value, int base, size_t *len, bool *negative)
{
    mpz_t z;
    int_to_mpz(value, z);
    *negative = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    /* the estimate (exact or one too many) refuses a huge number before it
     * is converted; the exact count decides at the edge */
    if (base == 10 && !int_decimal_digits_allowed(mpz_sizeinbase(z, 10) - 1)) {
        mpz_clear(z);
        return NULL;
    }
    char *digits = mpz_get_str(NULL, base, z);
    mpz_clear(z);
    *len = strlen(digits);
    if (base == 10 && !int_decimal_digits_allowed(*len)) {
        int_free_digits(digits, *len);
        return NULL;
    }
    return digits;
}

void int_free_digits(char *digits, size_t len)
{
    void (*gmp_free)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &gmp_free);
    gmp_free(digits, len + 1);
}

Object *int_to_decimal(Object *o)
{
    IntObject *i = (IntObject *)o;
    if (!i->big) {
        char buf[24], *p = buf + sizeof buf;
        uint64_t v = i->value < 0 ? 0 - (uint64_t)i->value : (uint64_t)i->value;
        do {
            *--p = (char)('0' + v % 10);
            v /= 10;
        } while (v);
        if (i->value < 0)
            *--p = '-';
        return str_from_ascii(p, (size_t)(buf + sizeof buf - p));
    }
    size_t estimate = mpz_sizeinbase(i->big, 10);
    if (int_max_str_digits > 0 && estimate > (size_t)int_max_str_digits + 1)
        return digit_limit_error();
    char *text = mpz_get_str(NULL, 10, i->big);
    size_t n = strlen(text);
    size_t digits = n - (text[0] == '-');
    Object *r = int_max_str_digits > 0 && digits > (size_t)int_max_str_digits
                    ? digit_limit_error() : str_from_utf8(text, n);
    void (*gmp_free)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &gmp_free);
    gmp_free(text, n + 1);
    return r;
}

Object *int_to_base(Object *o, int base)
{
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    MpzArg a;
    arg_init(&a, o);
    bool negative = mpz_sgn(a.p) < 0;
    size_t cap = mpz_sizeinbase(a.p, base) + 4;
    char *text = mem_alloc(cap);
    mpz_t absval;
    mpz_init(absval);
    mpz_abs(absval, a.p);
    mpz_get_str(text, base, absval);
    mpz_clear(absval);
    arg_clear(&a);
    Object *r = str_from_format("%s%s%s", negative ? "-" : "", prefix, text);
    mem_free(text, cap);
    return r;
}

static Object *int_repr(Object *o)
{
    return int_to_decimal(o);
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static Object *invalid_literal(Object *for_message, int base)
{
    Object *r = for_message ? obj_repr(for_message) : NULL;
    if (for_message && !r)
        return NULL;
    err_format(&Exc_ValueError, "invalid literal for int() with base %d: %s", base,
               r ? str_data(r) : "''");
    XDECREF(r);
    return NULL;
}

/* Unicode white space around the number (str.strip() set) */
static size_t skip_unicode_space(const char *p, const char *end, bool backwards)
{
    size_t skipped = 0;
    if (!backwards) {
        while (p < end) {
            const char *q = p;
            uint32_t cp = utf8_decode(&q, end);
            if (!(cp < 128 ? is_space((unsigned char)cp) || (cp >= 0x1c && cp <= 0x1f)
                           : unicode_is_space(cp)))
                break;
            skipped += (size_t)(q - p);
            p = q;
        }
    } else {
        while (end > p) {
            const char *q = end - 1;
            while (q > p && ((unsigned char)*q & 0xC0) == 0x80)
                q--;
            const char *r = q;
            uint32_t cp = utf8_decode(&r, end);
            if (!(cp < 128 ? is_space((unsigned char)cp) || (cp >= 0x1c && cp <= 0x1f)
                           : unicode_is_space(cp)))
                break;
            skipped += (size_t)(end - q);
            end = q;
        }
    }
    return skipped;
}

Object *int_from_string(const char *text, size_t len, int base, Object *for_message)
{
    if (base != 0 && (base < 2 || base > 36))
        return err_set_string(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    const char *p = text, *end = text + len;
    p += skip_unicode_space(p, end, false);
    end -= skip_unicode_space(p, end, true);
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-'))
        negative = *p++ == '-';
    int b = base;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        if ((c == 'x' && (b == 16 || b == 0)) || (c == 'o' && (b == 8 || b == 0)) ||
            (c == 'b' && (b == 2 || b == 0))) {
            b = c == 'x' ? 16 : c == 'o' ? 8 : 2;
            p += 2;
            if (p < end && *p == '_')
                p++;
        }
    }
    bool base0_decimal = b == 0;
    if (b == 0)
        b = 10;
    /* the digits, without underscores (each between two digits) */
    size_t cap = (size_t)(end - p) + 2;
    char *digits = mem_alloc(cap);
    size_t n = 0;
    bool ok = p < end, last_was_digit = false, all_zero = true;
    for (const char *q = p; q < end && ok; q++) {
        unsigned char c = (unsigned char)*q;
        if (c == '_') {
            ok = last_was_digit && q + 1 < end;
            last_was_digit = false;
            continue;
        }
        int d;
        if (c >= 0x80) {
            /* a Unicode decimal digit (Arabic-Indic, fullwidth, ...) */
            const char *r = q;
            uint32_t cp = utf8_decode(&r, end);
            d = unicode_decimal_value(cp);
            if (d < 0)
                d = 99;
            q = r - 1;
        } else {
            d = digit_value(c);
        }
        if (d >= b) {
            ok = false;
            break;
        }
        if (d)
            all_zero = false;
        digits[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        last_was_digit = true;
    }
    digits[n] = '\0';
    if (ok && base0_decimal && n > 1 && digits[0] == '0' && !all_zero)
        ok = false;         /* int('010', 0): leading zeros are not allowed */
    if (!ok || n == 0) {
        mem_free(digits, cap);
        return invalid_literal(for_message, base);
    }
    if (int_max_str_digits > 0 && (b & (b - 1)) != 0 && n > (size_t)int_max_str_digits) {
        mem_free(digits, cap);
        return err_format(&Exc_ValueError, "Exceeds the limit (%lld digits) for integer string "
                          "conversion: value has %zu digits; use sys.set_int_max_str_digits() "
                          "to increase the limit", (long long)int_max_str_digits, n);
    }
    Object *result;
    if (n <= 18 && b == 10) {
        int64_t v = 0;
        for (size_t i = 0; i < n; i++)
            v = v * 10 + (digits[i] - '0');
        result = int_from_i64(negative ? -v : v);
    } else {
        mpz_t z;
        mpz_init_set_str(z, digits, b);
        if (negative)
            mpz_neg(z, z);
        result = int_from_mpz_move(z);
    }
    mem_free(digits, cap);
    return result;
}

/* ---- arithmetic ------------------------------------------------------------------------------- */

#define BOTH_SMALL(a, b) (!((IntObject *)(a))->big && !((IntObject *)(b))->big)
#define SMALL(a) (((IntObject *)(a))->value)

typedef void (*MpzBinary)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static Object *big_binary(Object *a, Object *b, MpzBinary op)
{
    MpzArg x, y;
    arg_init(&x, a);
    arg_init(&y, b);
    mpz_t r;
    mpz_init(r);
    op(r, x.p, y.p);
    arg_clear(&x);
    arg_clear(&y);
    return int_from_mpz_move(r);
}

Object *int_add(Object *a, Object *b)
{
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_add_overflow(SMALL(a), SMALL(b), &r))
        return int_from_i64(r);
    return big_binary(a, b, mpz_add);
}

Object *int_sub(Object *a, Object *b)
{
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_sub_overflow(SMALL(a), SMALL(b), &r))
        return int_from_i64(r);
    return big_binary(a, b, mpz_sub);
}

Object *int_mul(Object *a, Object *b)
{
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_mul_overflow(SMALL(a), SMALL(b), &r))
        return int_from_i64(r);
    return big_binary(a, b, mpz_mul);
}

static Object *division_by_zero(void)
{
    return err_set_string(&Exc_ZeroDivisionError, "integer division or modulo by zero");
}

/* Python's // and % round towards minus infinity: GMP's fdiv. */
Object *int_floordiv(Object *a, Object *b)
{
    if (int_sign(b) == 0)
        return division_by_zero();
    if (BOTH_SMALL(a, b) && !(SMALL(a) == INT64_MIN && SMALL(b) == -1)) {
        int64_t x = SMALL(a), y = SMALL(b);
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            q--;
        return int_from_i64(q);
    }
    return big_binary(a, b, mpz_fdiv_q);
}

Object *int_mod(Object *a, Object *b)
{
    if (int_sign(b) == 0)
        return err_set_string(&Exc_ZeroDivisionError, "integer modulo by zero");
    if (BOTH_SMALL(a, b)) {
        int64_t x = SMALL(a), y = SMALL(b);
        if (y == -1)
            return int_from_i64(0);
        int64_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0)))
            m += y;
        return int_from_i64(m);
    }
    return big_binary(a, b, mpz_fdiv_r);
}

static Object *int_divmod(Object *a, Object *b)
{
    Object *q = int_floordiv(a, b);
    if (!q)
        return NULL;
    Object *r = int_mod(a, b);
    if (!r) {
        DECREF(q);
        return NULL;
    }
    Object *t = tuple_pack(2, q, r);
    DECREF(q);
    DECREF(r);
    return t;
}

/* a / b, correctly rounded, even when a and b are too big for a double. */
Object *int_truediv(Object *a, Object *b)
{
    if (int_sign(b) == 0)
        return err_set_string(&Exc_ZeroDivisionError, "division by zero");
    if (BOTH_SMALL(a, b)) {
        int64_t x = SMALL(a), y = SMALL(b);
        const int64_t exact = (int64_t)1 << 53;
        if (x > -exact && x < exact && y > -exact && y < exact)
            return float_from_double((double)x / (double)y);
    }
    MpzArg x, y;
    arg_init(&x, a);
    arg_init(&y, b);
    /* scale so that the quotient has 55+ significant bits, then round */
    long shift = 55 - ((long)mpz_sizeinbase(x.p, 2) - (long)mpz_sizeinbase(y.p, 2));
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_abs(num, x.p);
    mpz_abs(den, y.p);
    if (shift > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)shift);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(q, r, num, den);
    /* q has 55 or 56 bits: fold the remainder into a sticky bit */
    if (mpz_sgn(r) != 0)
        mpz_setbit(q, 0);
    bool negative = (mpz_sgn(x.p) < 0) != (mpz_sgn(y.p) < 0);
    bool ok;
    double d = mpz_to_double(q, &ok);
    mpz_clears(num, den, q, r, NULL);
    arg_clear(&x);
    arg_clear(&y);
    if (ok) {
        d = ldexp(d, (int)-shift);
        ok = !isinf(d);
    }
    if (!ok)
        return err_set_string(&Exc_OverflowError, "integer division result too large for a float");
    return float_from_double(negative ? -d : d);
}

static bool small_pow(int64_t base, int64_t exp, int64_t *result)
{
    int64_t r = 1;
    while (exp > 0) {
        if (exp & 1)
            if (__builtin_mul_overflow(r, base, &r))
                return false;
        exp >>= 1;
        if (exp && __builtin_mul_overflow(base, base, &base))
            return false;
    }
    *result = r;
    return true;
}

Object *int_pow(Object *a, Object *b, Object *mod)
{
    if (mod && mod != OBJ_NONE) {
        if (!int_check(mod))
            return not_implemented_ref();
        if (int_sign(mod) == 0)
            return err_set_string(&Exc_ValueError, "pow() 3rd argument cannot be 0");
        MpzArg x, y, m;
        arg_init(&x, a);
        arg_init(&y, b);
        arg_init(&m, mod);
        mpz_t base, r, absmod;
        mpz_inits(base, r, absmod, NULL);
        mpz_abs(absmod, m.p);
        mpz_set(base, x.p);
        bool ok = true;
        if (mpz_sgn(y.p) < 0) {
            if (!mpz_invert(base, base, absmod))
                ok = false;
            else {
                mpz_t e;
                mpz_init(e);
                mpz_neg(e, y.p);
                mpz_powm(r, base, e, absmod);
                mpz_clear(e);
            }
        } else {
            mpz_powm(r, base, y.p, absmod);
        }
        /* the result takes the sign of the modulus, as Python's % does */
        if (ok && mpz_sgn(m.p) < 0 && mpz_sgn(r) != 0)
            mpz_add(r, r, m.p);
        arg_clear(&x);
        arg_clear(&y);
        arg_clear(&m);
        mpz_clears(base, absmod, NULL);
        if (!ok) {
            mpz_clear(r);
            return err_set_string(&Exc_ValueError, "base is not invertible for the given modulus");
        }
        return int_from_mpz_move(r);
    }
    if (int_sign(b) < 0) {
        bool ok1, ok2;
        double x = int_as_double(a, &ok1);
        if (!ok1)
            return NULL;
        double y = int_as_double(b, &ok2);
        if (!ok2)
            return NULL;
        if (x == 0)
            return err_set_string(&Exc_ZeroDivisionError,
                                  "0.0 cannot be raised to a negative power");
        return float_power(x, y);
    }
    if (BOTH_SMALL(a, b)) {
        int64_t r;
        if (small_pow(SMALL(a), SMALL(b), &r))
            return int_from_i64(r);
    }
    if (!int_is_small(b)) {
        /* only 0, 1 and -1 survive an exponent this large */
        if (int_is_small(a) && (SMALL(a) == 0 || SMALL(a) == 1))
            return int_from_i64(SMALL(a));      /* (an int, also for a bool base) */
        if (int_is_small(a) && SMALL(a) == -1) {
            MpzArg y;
            arg_init(&y, b);
            bool odd = mpz_odd_p(y.p);
            arg_clear(&y);
            return int_from_i64(odd ? -1 : 1);
        }
        return err_set_string(&Exc_MemoryError, "");
    }
    MpzArg x;
    arg_init(&x, a);
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, x.p, (unsigned long)SMALL(b));
    arg_clear(&x);
    return int_from_mpz_move(r);
}

Object *int_lshift(Object *a, Object *b)
{
    if (int_sign(b) < 0)
        return err_set_string(&Exc_ValueError, "negative shift count");
    if (int_sign(a) == 0)
        return int_from_i64(0);
    if (!int_is_small(b) || SMALL(b) > ((int64_t)1 << 40))
        return err_set_string(&Exc_OverflowError, "too many digits in integer");
    int64_t n = SMALL(b);
    if (int_is_small(a) && n < 63) {
        int64_t x = SMALL(a);
        int64_t limit = INT64_MAX >> n;
        if (x <= limit && x >= -limit)
            return int_from_i64(x * ((int64_t)1 << n));
    }
    MpzArg x;
    arg_init(&x, a);
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, x.p, (mp_bitcnt_t)n);
    arg_clear(&x);
    return int_from_mpz_move(r);
}

Object *int_rshift(Object *a, Object *b)
{
    if (int_sign(b) < 0)
        return err_set_string(&Exc_ValueError, "negative shift count");
    if (!int_is_small(b))
        return int_from_i64(int_sign(a) < 0 ? -1 : 0);
    int64_t n = SMALL(b);
    if (int_is_small(a)) {
        int64_t x = SMALL(a);
        return int_from_i64(n >= 64 ? (x < 0 ? -1 : 0) : x >> n);
    }
    MpzArg x;
    arg_init(&x, a);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, x.p, (mp_bitcnt_t)n);
    arg_clear(&x);
    return int_from_mpz_move(r);
}

Object *int_negate(Object *a)
{
    if (int_is_small(a) && SMALL(a) != INT64_MIN)
        return int_from_i64(-SMALL(a));
    MpzArg x;
    arg_init(&x, a);
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, x.p);
    arg_clear(&x);
    return int_from_mpz_move(r);
}

/* ---- the slots ------------------------------------------------------------------------------- */

#define CHECK_BOTH_INT(a, b) \
    if (!int_check(a) || !int_check(b)) return not_implemented_ref()

static Object *slot_add(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_add(a, b); }
static Object *slot_sub(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_sub(a, b); }
static Object *slot_mul(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_mul(a, b); }
static Object *slot_floordiv(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_floordiv(a, b); }
static Object *slot_mod(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_mod(a, b); }
static Object *slot_divmod(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_divmod(a, b); }
static Object *slot_truediv(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_truediv(a, b); }
static Object *slot_pow(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_pow(a, b, NULL); }
static Object *slot_lshift(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_lshift(a, b); }
static Object *slot_rshift(Object *a, Object *b) { CHECK_BOTH_INT(a, b); return int_rshift(a, b); }

static Object *slot_and(Object *a, Object *b)
{
    CHECK_BOTH_INT(a, b);
    if (BOTH_SMALL(a, b))
        return int_from_i64(SMALL(a) & SMALL(b));
    return big_binary(a, b, mpz_and);
}

static Object *slot_or(Object *a, Object *b)
{
    CHECK_BOTH_INT(a, b);
    if (BOTH_SMALL(a, b))
        return int_from_i64(SMALL(a) | SMALL(b));
    return big_binary(a, b, mpz_ior);
}

static Object *slot_xor(Object *a, Object *b)
{
    CHECK_BOTH_INT(a, b);
    if (BOTH_SMALL(a, b))
        return int_from_i64(SMALL(a) ^ SMALL(b));
    return big_binary(a, b, mpz_xor);
}

/* A plain int with the same value (for +x, int(x) of a subclass or a bool). */
static Object *exact_int(Object *a)
{
    if (int_check_exact(a))
        return NEWREF(a);
    IntObject *i = (IntObject *)a;
    return i->big ? int_from_mpz(i->big) : int_from_i64(i->value);
}

static Object *int_neg_slot(Object *a) { return int_negate(a); }
static Object *int_pos_slot(Object *a) { return exact_int(a); }

static Object *int_invert_slot(Object *a)
{
    if (int_is_small(a))
        return int_from_i64(~SMALL(a));
    MpzArg x;
    arg_init(&x, a);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, x.p);
    arg_clear(&x);
    return int_from_mpz_move(r);
}

static Object *int_abs_slot(Object *a)
{
    return int_sign(a) < 0 ? int_negate(a) : exact_int(a);
}

static int int_truth(Object *a)
{
    return int_sign(a) != 0;
}

static Object *int_to_float_slot(Object *a)
{
    bool ok;
    double d = int_as_double(a, &ok);
    return ok ? float_from_double(d) : NULL;
}

static Object *int_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!int_check(b))
        return not_implemented_ref();
    int c = int_compare(a, b);
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

/* ---- construction ------------------------------------------------------------------------------ */

static Object *int_from_object(Object *x)
{
    if (int_check(x))
        return exact_int(x);
    if (str_check(x))
        return int_from_string(str_data(x), str_size(x), 10, x);
    if (float_check(x))
        return int_from_double(float_value(x));
    const char *data;
    size_t size;
    if (bytes_check(x) || bytearray_check(x)) {
        bytes_like_view(x, &data, &size);
        return int_from_string(data, size, 10, x);
    }
    if (x->type->to_int) {
        Object *r = x->type->to_int(x);
        if (r && !int_check(r)) {
            err_format(&Exc_TypeError, "__int__ returned non-int (type %s)", obj_type_name(r));
            CLEAR(r);
        }
        return r;
    }
    if (x->type->index)
        return obj_index(x);
    if (type_lookup(x->type, id_dunder_trunc)) {
        if (err_warn(&Exc_DeprecationWarning,
                     "The delegation of int() to __trunc__ is deprecated.") < 0)
            return NULL;
        bool found;
        Object *r = obj_call_special(x, id_dunder_trunc, NULL, 0, &found);
        if (r && !int_check(r)) {
            Object *i = obj_index(r);
            if (!i) {
                err_clear();
                err_format(&Exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                           obj_type_name(r));
            }
            DECREF(r);
            return i;
        }
        return r;
    }
    return err_format(&Exc_TypeError, "int() argument must be a string, a bytes-like object or a "
                                      "real number, not '%s'", obj_type_name(x));
}

static Object *int_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    nargs = NARGS(nargs);
    Object *x = NULL, *base = NULL;
    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    if (nargs + nkw > 2)
        return err_format(&Exc_TypeError, "int() takes at most 2 arguments (%zu given)",
                          nargs + nkw);
    if (nargs > 0)
        x = args[0];
    if (nargs > 1)
        base = args[1];
    for (size_t i = 0; i < nkw; i++) {
        Object *k = tuple_get((Object *)kwnames, i);
        if (str_equal_cstr(k, "base") && !base)
            base = args[nargs + i];
        else
            return err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for int()",
                              str_data(k));
    }
    Object *value;
    if (!x) {
        if (base)
            return err_set_string(&Exc_TypeError, "int() missing string argument");
        value = int_from_i64(0);
    } else if (base) {
        /* a base out of any range is just out of range (CPython clips it) */
        Object *index = obj_index(base);
        if (!index)
            return NULL;
        bool overflow;
        int64_t b = int_as_i64(index, &overflow);
        DECREF(index);
        if (overflow || (b != 0 && (b < 2 || b > 36)))
            return err_set_string(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (str_check(x)) {
            value = int_from_string(str_data(x), str_size(x), (int)(b > 36 || b < 0 ? 99 : b), x);
        } else if (bytes_check(x) || bytearray_check(x)) {
            const char *data;
            size_t size;
            bytes_like_view(x, &data, &size);
            value = int_from_string(data, size, (int)(b > 36 || b < 0 ? 99 : b), x);
        } else {
            return err_set_string(&Exc_TypeError, "int() can't convert non-string with explicit "
                                                  "base");
        }
    } else {
        value = int_from_object(x);
    }
    if (!value || type == &IntType)
        return value;
    /* a subclass of int: the same value in an instance of it */
    IntObject *o = (IntObject *)obj_alloc(type, 0);
    IntObject *v = (IntObject *)value;
    o->value = v->value;
    if (v->big) {
        o->big = mem_alloc(sizeof(__mpz_struct));
        mpz_init_set(o->big, v->big);
    }
    DECREF(value);
    gc_track((Object *)o);
    return (Object *)o;
}

/* ---- methods ------------------------------------------------------------------------------------ */

static Object *int_bit_length_method(Object *self, Object *const *args, size_t nargs,
                                     TupleObject *kw)
{
    return int_from_i64((int64_t)(int_sign(self) ? int_bit_length(self) : 0));
}

static Object *int_bit_count(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    MpzArg x;
    arg_init(&x, self);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, x.p);
    int64_t n = (int64_t)mpz_popcount(a);
    mpz_clear(a);
    arg_clear(&x);
    return int_from_i64(n);
}

static Object *int_conjugate(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return exact_int(self);
}

static Object *int_as_integer_ratio(Object *self, Object *const *args, size_t nargs,
                                    TupleObject *kw)
{
    Object *n = exact_int(self);
    Object *one = int_from_i64(1);
    Object *r = tuple_pack(2, n, one);
    DECREF(n);
    DECREF(one);
    return r;
}

static Object *int_round(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    nargs = NARGS(nargs);
    if (nargs == 0 || args[0] == OBJ_NONE)
        return exact_int(self);
    Object *nd = obj_index(args[0]);
    if (!nd)
        return NULL;
    if (int_sign(nd) >= 0) {
        DECREF(nd);
        return exact_int(self);
    }
    /* round to a multiple of 10**-ndigits, ties to even */
    MpzArg x, d;
    arg_init(&x, self);
    arg_init(&d, nd);
    DECREF(nd);
    if (mpz_cmp_si(d.p, -100000) < 0) {
        arg_clear(&x);
        arg_clear(&d);
        return int_from_i64(0);
    }
    mpz_t pow10, q, r, twice;
    mpz_inits(pow10, q, r, twice, NULL);
    mpz_ui_pow_ui(pow10, 10, (unsigned long)(-mpz_get_si(d.p)));
    mpz_fdiv_qr(q, r, x.p, pow10);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, pow10);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, pow10);
    mpz_clears(pow10, r, twice, NULL);
    arg_clear(&x);
    arg_clear(&d);
    return int_from_mpz_move(q);
}

static Object *int_identity(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return exact_int(self);
}

static Object *int_format_method(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (NARGS(nargs) != 1 || !str_check(args[0]))
        return err_format(&Exc_TypeError, "format() argument 2 must be str");
    return format_int(self, args[0]);
}

static Object *int_sizeof(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    /* CPython's size, which programs print: 24 bytes + 4 per 30-bit digit */
    size_t bits = int_bit_length(self);
    size_t digits = bits ? (bits + 29) / 30 : (self == OBJ_FALSE ? 0 : 1);
    return int_from_i64((int64_t)(24 + 4 * digits));
}

static Object *int_getnewargs(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    Object *v = exact_int(self);
    Object *r = tuple_pack(1, v);
    DECREF(v);
    return r;
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static Object *int_to_bytes(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "length", "byteorder", "signed", NULL };
    Object *values[3] = { NULL, NULL, NULL };
    if (!args_parse("to_bytes", args, nargs, kwnames, names, 0, 2, values))
        return NULL;
    int64_t length = 1;
    if (values[0]) {
        length = obj_as_index(values[0], "length");
        if (length == -1 && err_occurred())
            return NULL;
    }
    /* (the arguments are all parsed before the length is checked, as in CPython) */
    if (values[1] && !str_check(values[1]))
        return err_format(&Exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                          arg_type_name(values[1]));
    if (length < 0)
        return err_set_string(&Exc_ValueError, "length argument must be non-negative");
    bool little = false;
    if (values[1]) {
        if (str_equal_cstr(values[1], "little"))
            little = true;
        else if (!str_equal_cstr(values[1], "big"))
            return err_set_string(&Exc_ValueError, "byteorder must be either 'little' or 'big'");
    }
    bool is_signed = values[2] && obj_is_true(values[2]) == 1;
    if (!is_signed && int_sign(self) < 0)
        return err_set_string(&Exc_OverflowError, "can't convert negative int to unsigned");
    MpzArg x;
    arg_init(&x, self);
    mpz_t v, limit;
    mpz_inits(v, limit, NULL);
    mpz_set(v, x.p);
    arg_clear(&x);
    /* the value must fit: two's complement for negative numbers */
    mpz_set_ui(limit, 1);
    mpz_mul_2exp(limit, limit, (mp_bitcnt_t)(8 * length - (is_signed ? 1 : 0)));
    bool fits = is_signed ? (mpz_sgn(v) >= 0 ? mpz_cmp(v, limit) < 0
                                            : (mpz_neg(limit, limit), mpz_cmp(v, limit) >= 0))
                          : mpz_cmp(v, limit) < 0;
    if (length == 0)
        fits = mpz_sgn(v) == 0;
    if (!fits) {
        mpz_clears(v, limit, NULL);
        return err_set_string(&Exc_OverflowError, "int too big to convert");
    }
    if (mpz_sgn(v) < 0) {
        mpz_set_ui(limit, 1);
        mpz_mul_2exp(limit, limit, (mp_bitcnt_t)(8 * length));
        mpz_add(v, v, limit);
    }
    BytesObject *b = bytes_new_raw((size_t)length);
    memset(b->data, 0, (size_t)length);
    size_t count = 0;
    unsigned char *tmp = mpz_export(NULL, &count, -1, 1, 0, 0, v);
    for (size_t i = 0; i < count && i < (size_t)length; i++)
        b->data[little ? i : (size_t)length - 1 - i] = (char)tmp[i];
    void (*gmp_free)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &gmp_free);
    if (tmp)
        gmp_free(tmp, count);
    mpz_clears(v, limit, NULL);
    return (Object *)b;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) */
static Object *int_from_bytes(Object *cls, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "bytes", "byteorder", "signed", NULL };
    Object *values[3] = { NULL, NULL, NULL };
    if (!args_parse("from_bytes", args, nargs, kwnames, names, 1, 2, values))
        return NULL;
    /* the byteorder first: CPython parses it before it converts the bytes */
    bool little = false;
    if (values[1] && !str_check(values[1]))
        return err_format(&Exc_TypeError, "from_bytes() argument 'byteorder' must be str, not %s",
                          arg_type_name(values[1]));
    if (values[1]) {
        if (str_equal_cstr(values[1], "little"))
            little = true;
        else if (!str_equal_cstr(values[1], "big"))
            return err_set_string(&Exc_ValueError, "byteorder must be either 'little' or 'big'");
    }
    Object *data = values[0];
    Object *owned = NULL;
    if (!bytes_check(data) && !bytearray_check(data)) {
        /* (bytes(5) would be five zeros: an int is refused, as a str is) */
        if (str_check(data) || int_check(data))
            return err_format(&Exc_TypeError, "cannot convert '%s' object to bytes",
                              obj_type_name(data));
        owned = obj_call1((Object *)&BytesType, data);
        if (!owned)
            return NULL;
        data = owned;
    }

    bool is_signed = values[2] && obj_is_true(values[2]) == 1;
    const char *p;
    size_t n;
    bytes_like_view(data, &p, &n);
    mpz_t v;
    mpz_init(v);
    if (n)
        mpz_import(v, n, little ? -1 : 1, 1, 0, 0, p);
    if (is_signed && n && ((unsigned char)p[little ? n - 1 : 0] & 0x80)) {
        mpz_t limit;
        mpz_init_set_ui(limit, 1);
        mpz_mul_2exp(limit, limit, (mp_bitcnt_t)(8 * n));
        mpz_sub(v, v, limit);
        mpz_clear(limit);
    }
    XDECREF(owned);
    Object *r = int_from_mpz_move(v);
    if (r && cls != (Object *)&IntType) {
        Object *sub = obj_call1(cls, r);
        DECREF(r);
        return sub;
    }
    return r;
}

static const MethodDef int_methods[] = {
    { "bit_length", int_bit_length_method, METH_NOARGS },
    { "bit_count", int_bit_count, METH_NOARGS },
    { "conjugate", int_conjugate, METH_NOARGS },
    { "as_integer_ratio", int_as_integer_ratio, METH_NOARGS },
    { "to_bytes", int_to_bytes, 0 },
    { "from_bytes", int_from_bytes, METH_CLASS },
    { "__round__", int_round, 0 },
    { "__trunc__", int_identity, 0 },
    { "__floor__", int_identity, 0 },
    { "__ceil__", int_identity, 0 },
    { "__format__", int_format_method, 0 },
    { "__sizeof__", int_sizeof, 0 },
    { "__getnewargs__", int_getnewargs, 0 },
    { NULL, NULL, 0 },
};

static Object *int_get_self(Object *o) { return exact_int(o); }
static Object *int_get_zero(Object *o) { return int_from_i64(0); }
static Object *int_get_one(Object *o) { return int_from_i64(1); }

static const GetSetDef int_getsets[] = {
    { "real", int_get_self, NULL },
    { "imag", int_get_zero, NULL },
    { "numerator", int_get_self, NULL },
    { "denominator", int_get_one, NULL },
    { NULL, NULL, NULL },
};

/* Subclass instances of int are GC-tracked (they have a __dict__). */
Type IntType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "int",
    .basicsize = sizeof(IntObject),
    .flags = TYPE_BASETYPE | TYPE_INT_SUBCLASS,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to "
           "an integer, or return 0 if no arguments\nare given.  If x is a number, return "
           "x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is "
           "not a number or if base is given, then x must be a string,\nbytes, or bytearray "
           "instance representing an integer literal in the\ngiven base.  The literal can be "
           "preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  "
           "Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as "
           "an integer literal.\n>>> int('0b100', base=0)\n4",
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .number = {
        [BINOP_ADD] = slot_add, [BINOP_SUB] = slot_sub, [BINOP_MUL] = slot_mul,
        [BINOP_FLOORDIV] = slot_floordiv, [BINOP_MOD] = slot_mod, [BINOP_DIVMOD] = slot_divmod,
        [BINOP_TRUEDIV] = slot_truediv, [BINOP_POW] = slot_pow, [BINOP_LSHIFT] = slot_lshift,
        [BINOP_RSHIFT] = slot_rshift, [BINOP_AND] = slot_and, [BINOP_OR] = slot_or,
        [BINOP_XOR] = slot_xor,
    },
    .negative = int_neg_slot,
    .positive = int_pos_slot,
    .invert = int_invert_slot,
    .absolute = int_abs_slot,
    .truth = int_truth,
    .to_int = int_pos_slot,
    .to_float = int_to_float_slot,
    .index = int_pos_slot,
    .methods = int_methods,
    .getsets = int_getsets,
};

/* ---- bool ------------------------------------------------------------------------------------ */

static Object *bool_repr(Object *o)
{
    return str_from_cstr(o == OBJ_TRUE ? "True" : "False");
}

static Object *bool_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    nargs = NARGS(nargs);
    if (kwnames && tuple_size((Object *)kwnames))
        return err_set_string(&Exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1)
        return err_format(&Exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0)
        return bool_from(false);
    int t = obj_is_true(args[0]);
    return t < 0 ? NULL : bool_from(t);
}

#define BOOL_LOGIC(name, op)                                        \
    static Object *bool_##name(Object *a, Object *b)                \
    {                                                               \
        if (bool_check(a) && bool_check(b))                         \
            return bool_from((a == OBJ_TRUE) op (b == OBJ_TRUE));   \
        return slot_##name(a, b);                                   \
    }
BOOL_LOGIC(and, &)
BOOL_LOGIC(or, |)
BOOL_LOGIC(xor, ^)

static Object *bool_invert(Object *a)
{
    return int_invert_slot(a);
}

Type BoolType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "bool",
    .basicsize = sizeof(IntObject),
    .base = &IntType,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe "
           "builtins True and False are the only two instances of the class bool.\nThe class "
           "bool is a subclass of the class int, and cannot be subclassed.",
    .dealloc = int_dealloc,
    .repr = bool_repr,
    .new_ = bool_new,
    .number = { [BINOP_AND] = bool_and, [BINOP_OR] = bool_or, [BINOP_XOR] = bool_xor },
    .invert = bool_invert,
};
