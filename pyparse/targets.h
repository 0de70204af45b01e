/* targets.h - assignment and deletion targets.
 *
 * The grammar reads every target as an expression (see grammar.y); these
 * functions check that it is something Python can assign to or delete -- a
 * name, an attribute, a subscript, or a tuple, list or starred expression of
 * those -- set its ctx to Store or Del, and otherwise report CPython's
 * message ("cannot assign to function call", "cannot delete literal"...). */
#ifndef PYPARSE_TARGETS_H
#define PYPARSE_TARGETS_H

#include "build.h"

typedef enum TargetsType {
    TARGETS_STAR,       /* assignment, with ... as, */
    TARGETS_FOR,        /* for and comprehension targets */
    TARGETS_DEL,        /* del */
} TargetsType;

/* Checks e as a target and sets ctx=Store (Del for TARGETS_DEL) throughout. */
bool set_store_context(Parser *P, AstExpr *e, TargetsType type);

/* The chain of `a = b = value`: the targets, with their grammar spans
 * (which tell a parenthesised target, and CPython's message for an invalid
 * first target depends on what surrounds it). */
typedef struct AssignChain {
    AstExprSeq targets;
    struct { int count; Loc *items; } locs;
} AssignChain;

AssignChain *assign_chain_new(Parser *P);
void assign_chain_add(Parser *P, AssignChain *chain, AstExpr *target, const Loc *loc);

AstStmt *build_assign(Parser *P, AssignChain *chain, AstExpr *value, const Loc *value_loc,
                      const Loc *loc);
AstStmt *build_aug_assign(Parser *P, AstExpr *target, const Loc *target_loc, AstKind op,
                          AstExpr *value, const Loc *loc);
AstStmt *build_ann_assign(Parser *P, AstExpr *target, const Loc *target_loc,
                          AstExpr *annotation, AstExpr *value, const Loc *loc);
AstStmt *build_delete(Parser *P, AstExprSeq targets, const Loc *loc);

/* CPython's name for a kind of expression in messages: "function call",
 * "literal", "comparison", "True"... */
const char *expr_name(const AstExpr *e);

#endif
