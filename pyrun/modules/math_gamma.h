/* math_gamma.h - the gamma function and its logarithm, as CPython computes
 * them (math_gamma.c).  errno is set to EDOM or ERANGE on an error. */
#ifndef PYRUN_MODULES_MATH_GAMMA_H
#define PYRUN_MODULES_MATH_GAMMA_H

double math_gamma_value(double x);
double math_lgamma_value(double x);

#endif
