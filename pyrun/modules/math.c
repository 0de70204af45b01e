/* math.c - the math module: C's libm with Python's error rules. */
#include "runtime.h"
#include "objects/int_gmp.h"
#include "modules/modules.h"
#include "modules/math_gamma.h"
#include "modules/math_norm.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

static Object *domain_error(void)
{
    return err_set_string(&Exc_ValueError, "math domain error");
}

static Object *range_error(void)
{
    return err_set_string(&Exc_OverflowError, "math range error");
}

static bool arg_double(Object *o, double *x)
{
    bool ok;
    *x = float_as_double(o, &ok);
    return ok;
}

/* One argument, as CPython's math functions check it ("math.cos() takes
 * exactly one argument (0 given)"). */
static bool math_arg_one(const char *name, size_t nargs, TupleObject *kwnames)
{
    char qualified[48];
    snprintf(qualified, sizeof qualified, "math.%s", name);
    return arg_one(qualified, nargs, kwnames);
}

/* The two arguments of math.NAME (its qualified name), as floats. */
static bool two_double_args(const char *qualified, Object *const *args, size_t nargs,
                            TupleObject *kwnames, double *first, double *second)
{
    return arg_range(qualified, nargs, kwnames, 2, 2) && arg_double(args[0], first) &&
           arg_double(args[1], second);
}

/* The one argument of math.NAME, as a float. */
static bool one_double_arg(const char *name, Object *const *args, size_t nargs,
                           TupleObject *kwnames, double *x)
{
    return math_arg_one(name, nargs, kwnames) && arg_double(args[0], x);
}

/* A one-argument function: NaN out of a non-NaN argument is a domain error,
 * infinity out of a finite one a range error (or a domain error for
 * functions whose poles are domain errors, like log(0)). */
static Object *unary(Object *const *args, size_t nargs, TupleObject *kwnames, const char *name,
                     double (*f)(double), bool pole_is_domain)
{
    double x;
    if (!one_double_arg(name, args, nargs, kwnames, &x))
        return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return pole_is_domain ? domain_error() : range_error();
    return float_from_double(r);
}

#define UNARY(pyname, cfunc, pole)                                              \
    FUNCTION(math_##pyname)                                                     \
    {                                                                           \
        return unary(args, nargs, kwnames, #pyname, cfunc, pole);               \
    }
UNARY(sin, sin, false)
UNARY(cos, cos, false)
UNARY(tan, tan, false)
UNARY(asin, asin, false)
UNARY(acos, acos, false)
UNARY(atan, atan, false)
UNARY(sinh, sinh, false)
UNARY(cosh, cosh, false)
UNARY(tanh, tanh, false)
UNARY(asinh, asinh, false)
UNARY(acosh, acosh, false)
UNARY(atanh, atanh, true)
UNARY(exp, exp, false)
UNARY(exp2, exp2, false)
UNARY(expm1, expm1, false)
UNARY(fabs, fabs, false)
UNARY(erf, erf, false)
UNARY(erfc, erfc, false)

/* gamma and lgamma report their own errors through errno (math_gamma.c) */
static Object *gamma_like(Object *const *args, size_t nargs, TupleObject *kwnames,
                          const char *name, double (*f)(double))
{
    double x;
    if (!one_double_arg(name, args, nargs, kwnames, &x))
        return NULL;
    errno = 0;
    double r = f(x);
    if (errno == EDOM)
        return domain_error();
    if (errno == ERANGE)
        return range_error();
    return float_from_double(r);
}

FUNCTION(math_gamma)
{
    return gamma_like(args, nargs, kwnames, "gamma", math_gamma_value);
}

FUNCTION(math_lgamma)
{
    return gamma_like(args, nargs, kwnames, "lgamma", math_lgamma_value);
}
UNARY(cbrt, cbrt, false)

FUNCTION(math_sqrt)
{
    double x;
    if (!one_double_arg("sqrt", args, nargs, kwnames, &x))
        return NULL;
    if (x < 0)
        return domain_error();
    return float_from_double(sqrt(x));
}

/* log, log2 and log10 of a number: func(x) for a float or an int that
 * fits in a double; an int beyond a double is m * 2**e (0.5 <= m < 1) and
 * gives func(m) + func(2) * e, as CPython computes it.  Zero and negative
 * numbers are a domain error; NaN gives NaN. */
static bool log_helper(Object *o, double (*func)(double), double *out)
{
    if (int_check(o)) {
        if (int_sign(o) <= 0) {
            domain_error();
            return false;
        }
        bool ok;
        double x = int_as_double(o, &ok);
        if (ok) {
            *out = func(x);
            return true;
        }
        err_clear();
        mpz_t z;
        int_to_mpz(o, z);
        long e;
        double m = mpz_get_d_2exp(&e, z);
        mpz_clear(z);
        *out = func(m) + func(2.0) * (double)e;
        return true;
    }
    double x;
    if (!arg_double(o, &x))
        return false;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return true;
    }
    if (x <= 0) {
        domain_error();
        return false;
    }
    *out = func(x);
    return true;
}

FUNCTION(math_log)
{
    if (!arg_no_keywords("log", kwnames))
        return NULL;
    if (NARGS(nargs) < 1 || NARGS(nargs) > 2)
        return err_set_string(&Exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (!log_helper(args[0], log, &num))
        return NULL;
    if (NARGS(nargs) == 2) {
        if (!log_helper(args[1], log, &den))
            return NULL;
        if (den == 0)
            return err_set_string(&Exc_ZeroDivisionError, "float division by zero");
        return float_from_double(num / den);
    }
    return float_from_double(num);
}

FUNCTION(math_log2)
{
    double r;
    if (!math_arg_one("log2", nargs, kwnames) || !log_helper(args[0], log2, &r))
        return NULL;
    return float_from_double(r);
}

FUNCTION(math_log10)
{
    double r;
    if (!math_arg_one("log10", nargs, kwnames) || !log_helper(args[0], log10, &r))
        return NULL;
    return float_from_double(r);
}

FUNCTION(math_log1p)
{
    double x;
    if (!one_double_arg("log1p", args, nargs, kwnames, &x))
        return NULL;
    if (x <= -1)
        return domain_error();
    return float_from_double(log1p(x));
}

FUNCTION(math_pow)
{
    double x, y;
    if (!two_double_args("math.pow", args, nargs, kwnames, &x, &y))
        return NULL;
    if (x == 0 && y < 0)
        return domain_error();
    if (x < 0 && y != floor(y) && isfinite(y))
        return domain_error();
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error();
    return float_from_double(r);
}

FUNCTION(math_atan2)
{
    double y, x;
    if (!two_double_args("math.atan2", args, nargs, kwnames, &y, &x))
        return NULL;
    return float_from_double(atan2(y, x));
}

FUNCTION(math_fmod)
{
    double x, y;
    if (!two_double_args("math.fmod", args, nargs, kwnames, &x, &y))
        return NULL;
    if (y == 0 || isinf(x))
        return domain_error();
    return float_from_double(fmod(x, y));
}

FUNCTION(math_remainder)
{
    double x, y;
    if (!two_double_args("math.remainder", args, nargs, kwnames, &x, &y))
        return NULL;
    if (y == 0 || isinf(x))
        return domain_error();
    return float_from_double(remainder(x, y));
}

FUNCTION(math_copysign)
{
    double x, y;
    if (!two_double_args("math.copysign", args, nargs, kwnames, &x, &y))
        return NULL;
    return float_from_double(copysign(x, y));
}

FUNCTION(math_hypot)
{
    if (!arg_no_keywords("math.hypot", kwnames))
        return NULL;
    size_t n = NARGS(nargs);
    double *vals = mem_alloc((n + 1) * sizeof(double));
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        if (!arg_double(args[i], &vals[i])) {
            mem_free(vals, (n + 1) * sizeof(double));
            return NULL;
        }
        vals[i] = fabs(vals[i]);
        found_nan = found_nan || isnan(vals[i]);
        if (vals[i] > max)
            max = vals[i];
    }
    double r = math_vector_norm(n, vals, max, found_nan);
    mem_free(vals, (n + 1) * sizeof(double));
    return float_from_double(r);
}

FUNCTION(math_dist)
{
    if (!arg_range("math.dist", nargs, kwnames, 2, 2))
        return NULL;
    Object *p = tuple_from_iterable(args[0]), *q = p ? tuple_from_iterable(args[1]) : NULL;
    if (!q) {
        XDECREF(p);
        return NULL;
    }
    if (tuple_size(p) != tuple_size(q)) {
        DECREF(p);
        DECREF(q);
        return err_set_string(&Exc_ValueError, "both points must have the same number of "
                                               "dimensions");
    }
    size_t n = tuple_size(p);
    double *diffs = mem_alloc((n + 1) * sizeof(double));
    double max = 0.0;
    bool found_nan = false, ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        double a, b;
        ok = arg_double(tuple_get(p, i), &a) && arg_double(tuple_get(q, i), &b);
        if (ok) {
            diffs[i] = fabs(a - b);
            found_nan = found_nan || isnan(diffs[i]);
            if (diffs[i] > max)
                max = diffs[i];
        }
    }
    double r = ok ? math_vector_norm(n, diffs, max, found_nan) : 0;
    mem_free(diffs, (n + 1) * sizeof(double));
    DECREF(p);
    DECREF(q);
    return ok ? float_from_double(r) : NULL;
}

static Object *rounding(Object *const *args, size_t nargs, TupleObject *kwnames, const char *name,
                        StrObject *method, double (*f)(double))
{
    if (!math_arg_one(name, nargs, kwnames))
        return NULL;
    Object *x = args[0];
    if (int_check(x))
        return int_check_exact(x) ? NEWREF(x) : obj_index(x);
    if (!float_check(x)) {
        bool found;
        Object *r = obj_call_special(x, method, NULL, 0, &found);
        if (found)
            return r;
    }
    double d;
    if (!arg_double(x, &d))
        return NULL;
    return int_from_double(f(d));
}

FUNCTION(math_floor)
{
    return rounding(args, nargs, kwnames, "floor", id_dunder_floor, floor);
}

FUNCTION(math_ceil)
{
    return rounding(args, nargs, kwnames, "ceil", id_dunder_ceil, ceil);
}

FUNCTION(math_trunc)
{
    if (!math_arg_one("trunc", nargs, kwnames))
        return NULL;
    bool found;
    Object *r = obj_call_special(args[0], id_dunder_trunc, NULL, 0, &found);
    if (!found)
        return err_format(&Exc_TypeError, "type %s doesn't define __trunc__ method",
                          obj_type_name(args[0]));
    return r;
}

static Object *exact_index(Object *o)
{
    if (float_check(o))
        return err_set_string(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
    return obj_index(o);
}

FUNCTION(math_factorial)
{
    if (!math_arg_one("factorial", nargs, kwnames))
        return NULL;
    Object *n = exact_index(args[0]);
    if (!n)
        return NULL;
    if (int_sign(n) < 0) {
        DECREF(n);
        return err_set_string(&Exc_ValueError, "factorial() not defined for negative values");
    }
    if (!int_is_small(n) || int_small_value(n) > 100000000) {
        DECREF(n);
        return err_set_string(&Exc_OverflowError, "factorial() argument should not exceed "
                                                  "9223372036854775807");
    }
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)int_small_value(n));
    DECREF(n);
    return int_from_mpz_move(r);
}

static Object *gcd_or_lcm(Object *const *args, size_t nargs, TupleObject *kwnames, bool lcm)
{
    if (!arg_no_keywords(lcm ? "math.lcm" : "math.gcd", kwnames))
        return NULL;
    mpz_t acc, v;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    for (size_t i = 0; i < NARGS(nargs); i++) {
        Object *n = exact_index(args[i]);
        if (!n) {
            mpz_clear(acc);
            return NULL;
        }
        int_to_mpz(n, v);
        DECREF(n);
        if (lcm)
            mpz_lcm(acc, acc, v);
        else
            mpz_gcd(acc, acc, v);
        mpz_clear(v);
    }
    return int_from_mpz_move(acc);
}

FUNCTION(math_gcd)
{
    return gcd_or_lcm(args, nargs, kwnames, false);
}

FUNCTION(math_lcm)
{
    return gcd_or_lcm(args, nargs, kwnames, true);
}

FUNCTION(math_isqrt)
{
    if (!math_arg_one("isqrt", nargs, kwnames))
        return NULL;
    Object *n = exact_index(args[0]);
    if (!n)
        return NULL;
    if (int_sign(n) < 0) {
        DECREF(n);
        return err_set_string(&Exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_t z;
    int_to_mpz(n, z);
    DECREF(n);
    mpz_sqrt(z, z);
    return int_from_mpz_move(z);
}

static Object *comb_perm(Object *const *args, size_t nargs, TupleObject *kwnames, bool comb)
{
    const char *name = comb ? "math.comb" : "math.perm";
    if (!arg_range(name, nargs, kwnames, comb ? 2 : 1, 2))
        return NULL;
    Object *n = exact_index(args[0]);
    /* (perm's k may be None, meaning n: perm(n) is factorial(n); comb's may not) */
    bool k_given = NARGS(nargs) > 1 && (comb || args[1] != OBJ_NONE);
    Object *k = n && k_given ? exact_index(args[1]) : NULL;
    if (!n || (k_given && !k)) {
        XDECREF(n);
        return NULL;
    }
    if (!k) {
        if (int_sign(n) < 0) {
            DECREF(n);
            return err_set_string(&Exc_ValueError, "factorial() not defined for negative values");
        }
        k = NEWREF(n);
    }
    if (int_sign(n) < 0 || int_sign(k) < 0) {
        bool neg_n = int_sign(n) < 0;
        DECREF(n);
        DECREF(k);
        return err_format(&Exc_ValueError, "%s must be a non-negative integer",
                          neg_n ? "n" : "k");
    }
    mpz_t r, zn;
    mpz_init(r);
    int_to_mpz(n, zn);
    if (int_compare(k, n) > 0) {
        mpz_set_ui(r, 0);
    } else if (!int_is_small(k)) {
        mpz_clears(r, zn, NULL);
        DECREF(n);
        DECREF(k);
        return err_set_string(&Exc_OverflowError, "k must not exceed 9223372036854775807");
    } else if (comb) {
        mpz_bin_ui(r, zn, (unsigned long)int_small_value(k));
    } else {
        mpz_set_ui(r, 1);
        for (int64_t i = 0; i < int_small_value(k); i++) {
            mpz_mul(r, r, zn);
            mpz_sub_ui(zn, zn, 1);
        }
    }
    mpz_clear(zn);
    DECREF(n);
    DECREF(k);
    return int_from_mpz_move(r);
}

FUNCTION(math_comb)
{
    return comb_perm(args, nargs, kwnames, true);
}

FUNCTION(math_perm)
{
    return comb_perm(args, nargs, kwnames, false);
}

FUNCTION(math_isclose)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    Object *v[4];
    if (!args_parse("isclose", args, nargs, kwnames, names, 2, 2, v))
        return NULL;
    double a, b, rel = 1e-9, abs_tol = 0;
    if (!arg_double(v[0], &a) || !arg_double(v[1], &b) || (v[2] && !arg_double(v[2], &rel)) ||
        (v[3] && !arg_double(v[3], &abs_tol)))
        return NULL;
    if (rel < 0 || abs_tol < 0)
        return err_set_string(&Exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return bool_from(true);
    if (isinf(a) || isinf(b))
        return bool_from(false);
    double diff = fabs(b - a);
    return bool_from((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || diff <= abs_tol);
}

static Object *predicate(Object *const *args, size_t nargs, TupleObject *kwnames,
                         const char *name, int (*p)(double))
{
    double x;
    if (!one_double_arg(name, args, nargs, kwnames, &x))
        return NULL;
    return bool_from(p(x));
}

static int is_finite(double x) { return isfinite(x); }
static int is_inf(double x) { return isinf(x) != 0; }
static int is_nan(double x) { return isnan(x); }

FUNCTION(math_isfinite) { return predicate(args, nargs, kwnames, "isfinite", is_finite); }
FUNCTION(math_isinf) { return predicate(args, nargs, kwnames, "isinf", is_inf); }
FUNCTION(math_isnan) { return predicate(args, nargs, kwnames, "isnan", is_nan); }

FUNCTION(math_degrees)
{
    double x;
    return one_double_arg("degrees", args, nargs, kwnames, &x) ? float_from_double(x * (180.0 / M_PI)) : NULL;
}

FUNCTION(math_radians)
{
    double x;
    return one_double_arg("radians", args, nargs, kwnames, &x) ? float_from_double(x * (M_PI / 180.0)) : NULL;
}

FUNCTION(math_modf)
{
    double x, ip;
    if (!one_double_arg("modf", args, nargs, kwnames, &x))
        return NULL;
    double fp = modf(x, &ip);
    if (isinf(x))
        fp = copysign(0.0, x);
    Object *a = float_from_double(fp), *b = float_from_double(ip);
    Object *r = tuple_pack(2, a, b);
    DECREF(a);
    DECREF(b);
    return r;
}

FUNCTION(math_frexp)
{
    double x;
    if (!one_double_arg("frexp", args, nargs, kwnames, &x))
        return NULL;
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    Object *a = float_from_double(m), *b = int_from_i64(e);
    Object *r = tuple_pack(2, a, b);
    DECREF(a);
    DECREF(b);
    return r;
}

FUNCTION(math_ldexp)
{
    if (!arg_range("math.ldexp", nargs, kwnames, 2, 2))
        return NULL;
    double x;
    if (!arg_double(args[0], &x))
        return NULL;
    if (!int_check(args[1]))
        return err_set_string(&Exc_TypeError, "Expected an int as second argument to ldexp.");
    bool overflow;
    int64_t e = int_as_i64(args[1], &overflow);
    if (overflow || e > 100000)
        e = int_sign(args[1]) < 0 ? -100000 : 100000;
    if (e < -100000)
        e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x))
        return range_error();
    return float_from_double(r);
}

/* fsum: exact sum of floats (Shewchuk's algorithm, as documented for math.fsum) */
FUNCTION(math_fsum)
{
    if (!math_arg_one("fsum", nargs, kwnames))
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (!it)
        return NULL;
    size_t cap = 32, n = 0;
    double *partials = mem_alloc(cap * sizeof(double));
    /* the non-finite items: all of them, and the infinities alone (only
     * infinities of both signs are an error; a NaN item makes a NaN sum) */
    double special = 0, infinities = 0;
    bool has_special = false;
    Object *item;
    while ((item = iter_next(it))) {
        double x;
        bool ok = arg_double(item, &x);
        DECREF(item);
        if (!ok) {
            mem_free(partials, cap * sizeof(double));
            DECREF(it);
            return NULL;
        }
        if (!isfinite(x)) {
            special = has_special ? special + x : x;
            if (isinf(x))
                infinities += x;
            has_special = true;
            continue;
        }
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = partials[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0)
                partials[i++] = lo;
            x = hi;
        }
        if (i >= cap) {
            partials = mem_realloc(partials, cap * sizeof(double), cap * 2 * sizeof(double));
            cap *= 2;
        }
        partials[i++] = x;
        n = i;
    }
    DECREF(it);
    if (err_occurred()) {
        mem_free(partials, cap * sizeof(double));
        return NULL;
    }
    if (has_special) {
        mem_free(partials, cap * sizeof(double));
        if (isnan(infinities))
            return err_set_string(&Exc_ValueError, "-inf + inf in fsum");
        return float_from_double(special);
    }
    double hi = 0;
    if (n > 0) {
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0)
                break;
        }
        /* round half to even on the boundary, as the reference algorithm does */
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2, x = hi + y, yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    mem_free(partials, cap * sizeof(double));
    return float_from_double(hi);
}

FUNCTION(math_prod)
{
    size_t n = NARGS(nargs);
    if (n != 1)
        return err_format(&Exc_TypeError, "prod() takes exactly 1 positional argument (%zu given)",
                          n);
    static const char *const names[] = { "start", NULL };
    Object *kw[1];
    if (!args_keywords("prod", args + n, kwnames, names, kw))
        return NULL;
    Object *acc = kw[0] ? NEWREF(kw[0]) : int_from_i64(1);
    Object *it = obj_get_iter(args[0]);
    if (!it) {
        DECREF(acc);
        return NULL;
    }
    Object *item;
    while ((item = iter_next(it))) {
        Object *r = obj_binary_op(acc, item, BINOP_MUL);
        DECREF(item);
        DECREF(acc);
        acc = r;
        if (!acc) {
            DECREF(it);
            return NULL;
        }
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(acc);
        return NULL;
    }
    return acc;
}

FUNCTION(math_nextafter)
{
    double x, y;
    if (!two_double_args("math.nextafter", args, nargs, kwnames, &x, &y))
        return NULL;
    return float_from_double(nextafter(x, y));
}

FUNCTION(math_ulp)
{
    double x;
    if (!one_double_arg("ulp", args, nargs, kwnames, &x))
        return NULL;
    if (isnan(x))
        return float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return float_from_double(x);
    double next = nextafter(x, INFINITY);
    if (isinf(next))
        return float_from_double(x - nextafter(x, -INFINITY));
    return float_from_double(next - x);
}

static const MethodDef math_functions[] = {
    { "sqrt", math_sqrt, 0 }, { "pow", math_pow, 0 }, { "exp", math_exp, 0 },
    { "exp2", math_exp2, 0 }, { "expm1", math_expm1, 0 }, { "log", math_log, 0 },
    { "log2", math_log2, 0 }, { "log10", math_log10, 0 }, { "log1p", math_log1p, 0 },
    { "sin", math_sin, 0 }, { "cos", math_cos, 0 }, { "tan", math_tan, 0 },
    { "asin", math_asin, 0 }, { "acos", math_acos, 0 }, { "atan", math_atan, 0 },
    { "atan2", math_atan2, 0 }, { "sinh", math_sinh, 0 }, { "cosh", math_cosh, 0 },
    { "tanh", math_tanh, 0 }, { "asinh", math_asinh, 0 }, { "acosh", math_acosh, 0 },
    { "atanh", math_atanh, 0 }, { "floor", math_floor, 0 }, { "ceil", math_ceil, 0 },
    { "trunc", math_trunc, 0 }, { "fabs", math_fabs, 0 }, { "factorial", math_factorial, 0 },
    { "gcd", math_gcd, 0 }, { "lcm", math_lcm, 0 }, { "isqrt", math_isqrt, 0 },
    { "comb", math_comb, 0 }, { "perm", math_perm, 0 }, { "hypot", math_hypot, 0 },
    { "dist", math_dist, 0 }, { "isclose", math_isclose, 0 }, { "isfinite", math_isfinite, 0 },
    { "isinf", math_isinf, 0 }, { "isnan", math_isnan, 0 }, { "copysign", math_copysign, 0 },
    { "fmod", math_fmod, 0 }, { "remainder", math_remainder, 0 }, { "modf", math_modf, 0 },
    { "frexp", math_frexp, 0 }, { "ldexp", math_ldexp, 0 }, { "degrees", math_degrees, 0 },
    { "radians", math_radians, 0 }, { "fsum", math_fsum, 0 }, { "prod", math_prod, 0 },
    { "erf", math_erf, 0 }, { "erfc", math_erfc, 0 }, { "gamma", math_gamma, 0 },
    { "lgamma", math_lgamma, 0 }, { "nextafter", math_nextafter, 0 }, { "ulp", math_ulp, 0 },
    { "cbrt", math_cbrt, 0 },
    { NULL, NULL, 0 },
};

Object *math_module_create(void)
{
    Object *m = module_new("math");
    module_add_functions(m, math_functions);
    module_add(m, "pi", float_from_double(M_PI));
    module_add(m, "e", float_from_double(M_E));
    module_add(m, "tau", float_from_double(2 * M_PI));
    module_add(m, "inf", float_from_double(INFINITY));
    module_add(m, "nan", float_from_double(NAN));
    return m;
}
