/* intarith.c - Python int arithmetic over GMP (see intarith.h). */
#include "intarith.h"

#include "xalloc.h"

#include <gmp.h>
#include <stdlib.h>
#include <string.h>

static void load(mpz_t z, const IntValue *v)
{
    if (v->big)
        mpz_init_set_str(z, v->digits, 10);
    else
        mpz_init_set_si(z, (long)v->small);
}

static void store(const mpz_t z, IntValue *out)
{
    if (mpz_fits_slong_p(z)) {
        out->big = false;
        out->small = mpz_get_si(z);
        out->digits = NULL;
        return;
    }
    out->big = true;
    out->small = 0;
    out->digits = xmalloc(mpz_sizeinbase(z, 10) + 2);
    mpz_get_str(out->digits, 10, z);
}

static size_t bits(const mpz_t z)
{
    return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}

/* The checks of CPython's safe_multiply, safe_power and safe_lshift. */
static bool within_limits(IntOp op, const mpz_t x, const mpz_t y, size_t max_bits)
{
    size_t xbits = bits(x);
    switch (op) {
    case INT_MUL: return !(xbits && bits(y) && xbits + bits(y) > max_bits);
    case INT_POW:
        if (mpz_sgn(y) < 0)
            return false;           /* a float result: left to run time */
        if (mpz_sgn(x) == 0 || mpz_sgn(y) == 0)
            return true;
        return mpz_fits_ulong_p(y) && xbits <= max_bits / mpz_get_ui(y);
    case INT_LSHIFT:
        if (mpz_sgn(y) < 0)
            return false;
        if (mpz_sgn(x) == 0)
            return true;
        return mpz_fits_ulong_p(y) && mpz_get_ui(y) <= max_bits && xbits <= max_bits - mpz_get_ui(y);
    case INT_RSHIFT: return mpz_sgn(y) >= 0;
    case INT_FLOORDIV:
    case INT_MOD: return mpz_sgn(y) != 0;
    default: return true;
    }
}

static void compute(IntOp op, mpz_t r, const mpz_t x, const mpz_t y)
{
    switch (op) {
    case INT_ADD: mpz_add(r, x, y); break;
    case INT_SUB: mpz_sub(r, x, y); break;
    case INT_MUL: mpz_mul(r, x, y); break;
    case INT_FLOORDIV: mpz_fdiv_q(r, x, y); break;
    case INT_MOD: mpz_fdiv_r(r, x, y); break;
    case INT_POW: mpz_pow_ui(r, x, mpz_sgn(x) == 0 && mpz_sgn(y) != 0 ? 1 : mpz_get_ui(y)); break;
    case INT_LSHIFT: mpz_mul_2exp(r, x, mpz_sgn(x) ? mpz_get_ui(y) : 0); break;
    case INT_RSHIFT: mpz_fdiv_q_2exp(r, x, mpz_fits_ulong_p(y) ? mpz_get_ui(y) : bits(x) + 1); break;
    case INT_AND: mpz_and(r, x, y); break;
    case INT_OR: mpz_ior(r, x, y); break;
    case INT_XOR: mpz_xor(r, x, y); break;
    case INT_NEG: mpz_neg(r, x); break;
    case INT_INVERT: mpz_com(r, x); break;
    }
}

bool intarith(IntOp op, const IntValue *xv, const IntValue *yv, int max_bits, IntValue *result)
{
    static const IntValue zero = { false, 0, NULL };
    mpz_t x, y, r;
    load(x, xv);
    load(y, yv ? yv : &zero);
    mpz_init(r);
    bool ok = within_limits(op, x, y, (size_t)max_bits);
    if (ok) {
        compute(op, r, x, y);
        store(r, result);
    }
    mpz_clears(x, y, r, NULL);
    return ok;
}

bool intarith_parse(const char *text, size_t len, IntValue *result)
{
    char *copy = xstrndup(text, len);
    mpz_t z;
    bool ok = mpz_init_set_str(z, copy, 10) == 0;
    if (ok)
        store(z, result);
    mpz_clear(z);
    free(copy);
    return ok;
}

void intvalue_free(IntValue *v)
{
    free(v->digits);
    v->digits = NULL;
}
