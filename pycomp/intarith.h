/* intarith.h - Python int arithmetic of any size, for constant folding.
 *
 * A thin layer over GMP, kept apart because gmp.h and the MessagePack
 * reader both define MP_INT: this is the one file that sees GMP.  Ints
 * travel as IntValue: an int64 when they fit, decimal text otherwise. */
#ifndef PYCOMP_INTARITH_H
#define PYCOMP_INTARITH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct IntValue {
    bool big;
    int64_t small;          /* when !big */
    char *digits;           /* when big: decimal, '-' first if negative; malloc'ed */
} IntValue;

typedef enum IntOp {
    INT_ADD, INT_SUB, INT_MUL, INT_FLOORDIV, INT_MOD, INT_POW, INT_LSHIFT, INT_RSHIFT,
    INT_AND, INT_OR, INT_XOR, INT_NEG, INT_INVERT,
} IntOp;

/* result = x OP y (y unused for INT_NEG and INT_INVERT).  Returns false
 * when Python would raise (division by zero, a negative shift or power)
 * or when *, ** or << would give more than max_bits bits (CPython's
 * folding limit); result is then untouched. */
bool intarith(IntOp op, const IntValue *x, const IntValue *y, int max_bits, IntValue *result);

/* Parses decimal text (with an optional '-') into canonical form. */
bool intarith_parse(const char *text, size_t len, IntValue *result);

void intvalue_free(IntValue *v);

#endif
