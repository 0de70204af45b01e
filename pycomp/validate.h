/* validate.h - the checks of an AST that its file format cannot express.
 *
 * The AST decoder already guarantees the shape of every node: the right
 * kinds in the right fields.  Some rules it cannot see, and a stage other
 * than our pyparse (a student's parser) may break them: a BoolOp needs two
 * values, a Compare as many operators as operands, an assignment target a
 * Store context, a With at least one item...  CPython's compile() checks
 * them when given an AST object (Python/ast.c); this pass checks the same
 * rules with the same messages, so that a bad tree is refused in one line
 * instead of confusing the compiler. */
#ifndef PYCOMP_VALIDATE_H
#define PYCOMP_VALIDATE_H

#include "gen/ast.h"

#include <stddef.h>

/* True if the tree is valid; otherwise false with the reason in error. */
bool validate_module(const AstMod *mod, char *error, size_t size);

#endif
