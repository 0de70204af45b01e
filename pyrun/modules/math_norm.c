/* math_norm.c - sqrt(x0**2 + x1**2 + ...) for math.hypot and math.dist,
 * by the method CPython 3.11 uses, so that the results agree to the last
 * bit (the C library's hypot, or a plain sum of squares, can differ by one
 * unit in the last place).
 *
 * The values are scaled by a power of two so that the largest lies in
 * [0.5, 1) - exactly, with no rounding.  Each is split in two halves of 26
 * bits (Veltkamp-Dekker splitting), so that its square is the exact sum
 * hi*hi + 2*hi*lo + lo*lo; the squares are added up starting from 1.0
 * with the rounding error of every addition kept aside (compensated
 * summation).  The square root of the total is then corrected once by a
 * step of Newton's method computed the same careful way. */
#include "modules/math_norm.h"

#include <float.h>
#include <math.h>

/* 2**27 + 1: multiplying by it splits a double into two halves */
static const double SPLITTER = 134217729.0;

/* Adds x to *sum, keeping the rounding error in *error. */
static void add_exactly(double *sum, double *error, double x)
{
    double old = *sum;
    *sum += x;
    *error += (old - *sum) + x;
}

/* x = hi + lo exactly, each with at most 26 significant bits. */
static void split(double x, double *hi, double *lo)
{
    double t = x * SPLITTER;
    *hi = t - (t - x);
    *lo = x - *hi;
}

double math_vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_exponent;
    frexp(max, &max_exponent);
    if (max_exponent < -1023) {
        /* subnormal: scaling by 2**-max_exponent would overflow; make them normal first */
        for (size_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * math_vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_exponent);
    double sum = 1.0, err_hi = 0.0, err_mid = 0.0, err_lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double hi, lo;
        split(vec[i] * scale, &hi, &lo);
        add_exactly(&sum, &err_hi, hi * hi);
        add_exactly(&sum, &err_mid, 2.0 * hi * lo);
        err_lo += lo * lo;      /* (too small to change sum) */
    }
    double h = sqrt(sum - 1.0 + (err_hi + err_mid + err_lo));
    /* the residual sum - h*h, computed as exactly, corrects h */
    double hi, lo;
    split(h, &hi, &lo);
    add_exactly(&sum, &err_hi, -hi * hi);
    add_exactly(&sum, &err_mid, -2.0 * hi * lo);
    add_exactly(&sum, &err_lo, -lo * lo);
    double residual = sum - 1.0 + (err_hi + err_mid + err_lo);
    return (h + residual / (2.0 * h)) / scale;
}
