/* math_gamma.c - math.gamma and math.lgamma, computed as CPython computes
 * them, so that they print the same digits.
 *
 * CPython does not use the C library's tgamma/lgamma: it evaluates the
 * Lanczos approximation with the N = 13, g = 6.0246... coefficients
 * published with Boost's lanczos13m53 (a rational function of x, whose
 * numerator and denominator are the polynomials below), reflects negative
 * arguments with sin(pi x), and takes small integer arguments from a table
 * of factorials.  The C library's results differ from these in the last
 * bits, which a program printing math.gamma(0.5) would see.
 *
 * Errors are reported through errno, as the math module expects: EDOM for
 * a pole or an undefined value, ERANGE for an overflow. */
#include "modules/math_gamma.h"

#include <errno.h>
#include <math.h>

enum { LANCZOS_N = 13 };

static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;

/* numerator and denominator coefficients, lowest degree first */
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* gamma(n) = (n - 1)! for n = 1..23, exact in a double */
enum { EXACT_FACTORIALS = 23 };
static const double factorials[EXACT_FACTORIALS] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};

static const double pi = 3.141592653589793238462643383279502884197;
static const double log_pi = 1.144729885849400174143427351353058711647;

/* The rational function of the approximation, for x > 0.  Past 5 it is
 * evaluated in 1/x (numerator and denominator scaled by x**(1-N)), which
 * cannot overflow and is more accurate there. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x) for finite x, exact at the integers and half-integers. */
static double sin_pi(double x)
{
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(pi * y); break;
    case 1: r = cos(pi * (y - 0.5)); break;
    case 2: r = sin(pi * (1.0 - y)); break;      /* (+0.0 at y == 1) */
    case 3: r = -cos(pi * (y - 1.5)); break;
    default: r = sin(pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

double math_gamma_value(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;       /* gamma(-inf) */
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;   /* a pole at each negative integer */
            return NAN;
        }
        if (x <= EXACT_FACTORIALS)
            return factorials[(int)x - 1];
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (ax > 200.0) {
        if (x < 0.0)
            return 0.0 / sin_pi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = ax + lanczos_g_minus_half;
    /* the rounding error of y, to correct the result by */
    double z = ax > lanczos_g_minus_half ? (y - ax) - lanczos_g_minus_half
                                         : (y - lanczos_g_minus_half) - ax;
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half_power = pow(y, ax / 2.0 - 0.25);   /* (y ** (ax - 0.5) would overflow) */
            r /= half_power;
            r /= half_power;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half_power = pow(y, ax / 2.0 - 0.25);
            r *= half_power;
            r *= half_power;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

double math_lgamma_value(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;     /* lgamma(1) = lgamma(2) = 0 */
    }
    double ax = fabs(x);
    if (ax < 1e-20)
        return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;     /* reflection */
    if (isinf(r))
        errno = ERANGE;
    return r;
}
