/* int_gmp.h - ints and GMP integers, for the files that compute with GMP.
 *
 * (Kept apart from int.h because gmp.h defines names, such as MP_INT, that
 * clash with those of the MessagePack reader used elsewhere.) */
#ifndef PYRUN_OBJECTS_INT_GMP_H
#define PYRUN_OBJECTS_INT_GMP_H

#include "objects/int.h"

#include <gmp.h>

#define INT_BIG(o) ((mpz_ptr)((IntObject *)(o))->big)

Object *int_from_mpz(const mpz_t v);            /* copies v */
Object *int_from_mpz_move(mpz_t v);             /* takes v over (clears it) */
/* The value of o (an int) in `out` (initialised here; the caller clears it). */
void int_to_mpz(Object *o, mpz_t out);

#endif
