/* fold.h - constant folding: the expressions whose value is known before
 * the program runs.
 *
 * The first pass over the tree, as CPython's AST optimizer: `7 * 86400`
 * becomes the constant 604800, `-1` the constant -1, `(1, 2)` a constant
 * tuple, `"ab" * 3` 'ababab', `x in [1, 2]` tests a constant tuple and
 * `x in {1, 2}` a constant frozenset, `__debug__` is True.  Only what
 * CPython 3.11 folds is folded, within its limits (ints of at most 128 bits
 * from `*`, `**` and `<<`, strings and bytes of at most 4096 items from
 * `*`, tuples of at most 256), and only when the result is certain to be
 * the one the program would compute: an operation that would raise
 * (`1 / 0`) or whose result could depend on the platform is left for run
 * time.
 *
 * The tree itself is not changed: the results go to a table, from AST node
 * to value, that the code generator consults.  The pass also enforces
 * CPython's nesting limit (RecursionError "maximum recursion depth exceeded
 * during compilation"), so that the later passes can recurse freely. */
#ifndef PYCOMP_FOLD_H
#define PYCOMP_FOLD_H

#include "gen/ast.h"
#include "value.h"

typedef struct FoldTable FoldTable;

/* Folds the module's expressions.  Returns NULL if the tree nests deeper
 * than CPython's compiler accepts (then *too_deep is the position of the
 * node where the limit was reached). */
FoldTable *fold_module(AstMod *mod, Arena *arena, AstPos *too_deep);

/* The constant value an expression was folded into, or NULL (also for a
 * plain Constant node: its value is value_from_constant's). */
Value *fold_value(const FoldTable *t, const AstExpr *e);

void fold_free(FoldTable *t);

#endif
