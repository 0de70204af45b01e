/* targets.c - checking assignment and deletion targets (see targets.h). */
#include "targets.h"

const char *expr_name(const AstExpr *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    case AST_Constant:
        switch (e->v.Constant.value.kind) {
        case CONST_NONE: return "None";
        case CONST_BOOL: return e->v.Constant.value.v.b ? "True" : "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

/* The first part of e that cannot be a target of this type, or NULL.
 * Nesting is bounded by the parser (brackets), but a depth guard keeps a
 * hostile token file from exhausting the C stack. */
static AstExpr *invalid_target(AstExpr *e, TargetsType type, int depth)
{
    if (depth > AST_MAX_DEPTH)
        return e;
    switch (e->kind) {
    case AST_Name: case AST_Attribute: case AST_Subscript:
        return NULL;
    case AST_Starred:
        return type == TARGETS_DEL ? e : invalid_target(e->v.Starred.value, type, depth + 1);
    case AST_Tuple: case AST_List: {
        AstExprSeq elts = e->kind == AST_Tuple ? e->v.Tuple.elts : e->v.List.elts;
        for (int i = 0; i < elts.count; i++) {
            AstExpr *bad = invalid_target(elts.items[i], type, depth + 1);
            if (bad)
                return bad;
        }
        return NULL;
    }
    default:
        return e;
    }
}

/* Sets ctx on a target already known to be valid. */
static void set_context(AstExpr *e, AstKind ctx)
{
    for (;;) {
        switch (e->kind) {
        case AST_Name: e->v.Name.ctx = ctx; return;
        case AST_Attribute: e->v.Attribute.ctx = ctx; return;
        case AST_Subscript: e->v.Subscript.ctx = ctx; return;
        case AST_Starred:
            e->v.Starred.ctx = ctx;
            e = e->v.Starred.value;
            continue;
        case AST_Tuple: case AST_List: {
            AstExprSeq elts = e->kind == AST_Tuple ? e->v.Tuple.elts : e->v.List.elts;
            if (e->kind == AST_Tuple)
                e->v.Tuple.ctx = ctx;
            else
                e->v.List.ctx = ctx;
            for (int i = 0; i < elts.count; i++)
                set_context(elts.items[i], ctx);
            return;
        }
        default:
            return;
        }
    }
}

static void report_invalid(Parser *P, AstExpr *bad, TargetsType type, const char *suffix)
{
    Loc at = pos_loc(&bad->pos);
    parser_syntax_error_span(P, &at, "cannot %s %s%s", type == TARGETS_DEL ? "delete" : "assign to",
                        expr_name(bad), suffix);
}

bool set_store_context(Parser *P, AstExpr *e, TargetsType type)
{
    AstExpr *bad = invalid_target(e, type, 0);
    if (bad) {
        report_invalid(P, bad, type, "");
        return false;
    }
    set_context(e, type == TARGETS_DEL ? AST_Del : AST_Store);
    return true;
}

/* ---- assignment statements ------------------------------------------------------------ */

AssignChain *assign_chain_new(Parser *P)
{
    return arena_alloc(P->arena, sizeof(AssignChain));
}

void assign_chain_add(Parser *P, AssignChain *chain, AstExpr *target, const Loc *loc)
{
    SEQ_PUSH(P, chain->targets, target);
    SEQ_PUSH(P, chain->locs, *loc);
}

static bool starts_at(const AstExpr *e, const AstPos *p)
{
    return e->pos.lineno == p->lineno && e->pos.col_offset == p->col_offset;
}

/* Does the expression (whose grammar span is loc) begin with a bitwise_or
 * operand, i.e. not with `not`, `lambda`, `yield`, `*` or `x :=`?  Returns
 * that leading operand, or NULL. */
static const AstExpr *leading_operand(const AstExpr *e, const Loc *loc)
{
    AstPos outer = loc_pos(loc);
    for (;;) {
        if (!starts_at(e, &outer))
            return e;                   /* parenthesised: an atom */
        const AstExpr *next;
        switch (e->kind) {
        case AST_Tuple: next = e->v.Tuple.elts.count ? e->v.Tuple.elts.items[0] : NULL; break;
        case AST_BoolOp: next = e->v.BoolOp.values.items[0]; break;
        case AST_Compare: next = e->v.Compare.left; break;
        case AST_IfExp: next = e->v.IfExp.body; break;
        case AST_UnaryOp:
            if (e->v.UnaryOp.op == AST_Not)
                return NULL;
            return e;
        case AST_Lambda: case AST_Yield: case AST_YieldFrom: case AST_Starred:
        case AST_NamedExpr:
            return NULL;
        default:
            return e;
        }
        if (!next)
            return e;
        outer = e->pos;
        e = next;
    }
}

/* CPython says "cannot assign to X here. Maybe you meant '==' instead of
 * '='?" when the invalid target is the operand right before the first '='
 * and what follows that '=' reads like the other side of a comparison: it
 * starts with an operand that is not itself followed by another '='. */
static bool looks_like_comparison(const AssignChain *chain, const AstExpr *bad,
                                  AstExpr *value, const Loc *value_loc)
{
    const AstExpr *first = chain->targets.items[0];
    const Loc *first_loc = &chain->locs.items[0];
    const AstExpr *last = first;
    if (first->kind == AST_Tuple && !is_parenthesized(first, first_loc)) {
        const AstExprSeq *elts = &first->v.Tuple.elts;
        last = elts->items[elts->count - 1];
        if (last->pos.end_lineno != first->pos.end_lineno ||
            last->pos.end_col_offset != first->pos.end_col_offset)
            return false;               /* a trailing comma comes first */
    }
    if (bad != last)
        return false;
    switch (bad->kind) {
    case AST_Tuple: case AST_List: case AST_GeneratorExp:
        return false;
    case AST_Constant:
        if (bad->v.Constant.value.kind == CONST_NONE || bad->v.Constant.value.kind == CONST_BOOL)
            return false;
        break;
    default:
        break;
    }
    /* the target itself must be an operand: `not a = 1` and `a < b = 1` are not */
    Loc bad_loc = bad == first ? *first_loc : pos_loc(&bad->pos);
    if (leading_operand(bad, &bad_loc) != bad)
        return false;
    bool rhs_is_target = chain->targets.count > 1;
    const AstExpr *rhs = rhs_is_target ? chain->targets.items[1] : value;
    const Loc *rhs_loc = rhs_is_target ? &chain->locs.items[1] : value_loc;
    const AstExpr *operand = leading_operand(rhs, rhs_loc);
    if (!operand)
        return false;
    return !(rhs_is_target && operand == rhs);
}

AstStmt *build_assign(Parser *P, AssignChain *chain, AstExpr *value, const Loc *value_loc,
                      const Loc *loc)
{
    for (int i = 0; i < chain->targets.count; i++) {
        AstExpr *t = chain->targets.items[i];
        if ((t->kind == AST_Yield || t->kind == AST_YieldFrom) &&
            !is_parenthesized(t, &chain->locs.items[i])) {
            Loc at = pos_loc(&t->pos);
            parser_syntax_error_span(P, &at, "assignment to yield expression not possible");
            return NULL;
        }
        AstExpr *bad = invalid_target(t, TARGETS_STAR, 0);
        if (bad) {
            bool here = i == 0 && looks_like_comparison(chain, bad, value, value_loc);
            report_invalid(P, bad, TARGETS_STAR,
                           here ? " here. Maybe you meant '==' instead of '='?" : "");
            return NULL;
        }
        set_context(t, AST_Store);
    }
    AstStmt *s = new_stmt(P, AST_Assign, loc);
    s->v.Assign.targets = chain->targets;
    s->v.Assign.value = value;
    return s;
}

AstStmt *build_aug_assign(Parser *P, AstExpr *target, const Loc *target_loc, AstKind op,
                          AstExpr *value, const Loc *loc)
{
    switch (target->kind) {
    case AST_Name: case AST_Attribute: case AST_Subscript:
        break;
    default: {
        Loc at = pos_loc(&target->pos);
        parser_syntax_error_span(P, &at, "'%s' is an illegal expression for augmented assignment",
                            expr_name(target));
        return NULL;
    }
    }
    set_context(target, AST_Store);
    AstStmt *s = new_stmt(P, AST_AugAssign, loc);
    s->v.AugAssign.target = target;
    s->v.AugAssign.op = op;
    s->v.AugAssign.value = value;
    return s;
}

AstStmt *build_ann_assign(Parser *P, AstExpr *target, const Loc *target_loc,
                          AstExpr *annotation, AstExpr *value, const Loc *loc)
{
    Loc at = pos_loc(&target->pos);
    switch (target->kind) {
    case AST_Name: case AST_Attribute: case AST_Subscript:
        break;
    case AST_Tuple: case AST_List:
        parser_syntax_error_span(P, &at, "only single target (not %s) can be annotated",
                            expr_name(target));
        return NULL;
    default:
        parser_syntax_error_span(P, &at, "illegal target for annotation");
        return NULL;
    }
    set_context(target, AST_Store);
    AstStmt *s = new_stmt(P, AST_AnnAssign, loc);
    s->v.AnnAssign.target = target;
    s->v.AnnAssign.annotation = annotation;
    s->v.AnnAssign.value = value;
    /* a bare name is "simple": its annotation is recorded in __annotations__ */
    s->v.AnnAssign.simple = target->kind == AST_Name && !is_parenthesized(target, target_loc);
    return s;
}

AstStmt *build_delete(Parser *P, AstExprSeq targets, const Loc *loc)
{
    for (int i = 0; i < targets.count; i++)
        if (!set_store_context(P, targets.items[i], TARGETS_DEL))
            return NULL;
    AstStmt *s = new_stmt(P, AST_Delete, loc);
    s->v.Delete.targets = targets;
    return s;
}
