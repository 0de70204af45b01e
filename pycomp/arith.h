/* arith.h - Python's operators on compile-time values, for constant folding.
 *
 * Each function returns the value Python would compute, or NULL when the
 * compiler must leave the operation for run time: it would raise (division
 * by zero, a negative shift, a type error), its result would exceed
 * CPython's folding limits, or it is not certain to give the very bits the
 * run-time operation gives: ints beyond 64 bits mixed with floats, powers
 * of negative floats (and negative ints to negative powers), complex
 * division and powers.  CPython folds those few; pyrun computes them. */
#ifndef PYCOMP_ARITH_H
#define PYCOMP_ARITH_H

#include "gen/ast.h"
#include "value.h"

/* CPython 3.11's limits on folded results (Python/ast_opt.c). */
enum {
    FOLD_MAX_INT_BITS = 128,
    FOLD_MAX_COLLECTION_SIZE = 256,
    FOLD_MAX_STR_SIZE = 4096,
    FOLD_MAX_TOTAL_ITEMS = 1024,
};

/* op: AST_Add ... AST_FloorDiv (a BinOp's operator). */
Value *arith_binary(Arena *a, AstKind op, const Value *left, const Value *right);
/* op: AST_Invert, AST_Not, AST_UAdd, AST_USub. */
Value *arith_unary(Arena *a, AstKind op, const Value *operand);
/* container[index] for str, bytes and tuple with an int index. */
Value *arith_subscript(Arena *a, const Value *container, const Value *index);
/* bool(v), as `not` and conditions on constants need it. */
bool arith_truth(const Value *v);

#endif
