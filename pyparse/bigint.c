/* bigint.c - big integer literals with GMP (see bigint.h). */
#include "bigint.h"

#include <gmp.h>

char *bigint_decimal(Arena *arena, const char *digits, int base)
{
    mpz_t big;
    if (mpz_init_set_str(big, digits, base) != 0) {
        mpz_clear(big);
        return NULL;
    }
    char *decimal = arena_alloc(arena, mpz_sizeinbase(big, 10) + 2);
    mpz_get_str(decimal, 10, big);
    mpz_clear(big);
    return decimal;
}
