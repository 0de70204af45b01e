/* depth.c - refusing trees nested deeper than CPython builds them.
 *
 * CPython turns its C tree into Python objects recursively and gives up
 * ("maximum recursion depth exceeded during ast construction") past a fixed
 * depth.  pyparse refuses the same programs, and so never hands a later
 * stage -- or its own recursive writers -- a tree deeper than that.  Depth
 * counts every node with fields (mod, stmt, expr, pattern, arguments, arg,
 * keyword, alias, withitem, match_case, comprehension, excepthandler), the
 * Module being 1, as CPython counts. */
#include "depth.h"

typedef struct Depth {
    int limit;
    AstPos where;       /* a node past the limit */
} Depth;

static bool expr_ok(Depth *d, const AstExpr *e, int depth);
static bool stmts_ok(Depth *d, AstStmtSeq body, int depth);
static bool pattern_ok(Depth *d, const AstPattern *p, int depth);

static bool too_deep(Depth *d, const AstPos *pos, int depth)
{
    if (depth <= d->limit)
        return false;
    if (pos)
        d->where = *pos;
    return true;
}

static bool exprs_ok(Depth *d, AstExprSeq seq, int depth)
{
    for (int i = 0; i < seq.count; i++)
        if (seq.items[i] && !expr_ok(d, seq.items[i], depth))
            return false;
    return true;
}

static bool opt_expr_ok(Depth *d, const AstExpr *e, int depth)
{
    return !e || expr_ok(d, e, depth);
}

static bool arg_ok(Depth *d, const AstArg *a, int depth)
{
    return !a || (!too_deep(d, &a->pos, depth) && opt_expr_ok(d, a->annotation, depth + 1));
}

static bool args_ok(Depth *d, AstArgSeq seq, int depth)
{
    for (int i = 0; i < seq.count; i++)
        if (!arg_ok(d, seq.items[i], depth))
            return false;
    return true;
}

static bool arguments_ok(Depth *d, const AstArguments *a, int depth)
{
    if (too_deep(d, NULL, depth))
        return false;
    depth++;
    return args_ok(d, a->posonlyargs, depth) && args_ok(d, a->args, depth) &&
           arg_ok(d, a->vararg, depth) && args_ok(d, a->kwonlyargs, depth) &&
           exprs_ok(d, a->kw_defaults, depth) && arg_ok(d, a->kwarg, depth) &&
           exprs_ok(d, a->defaults, depth);
}

static bool keywords_ok(Depth *d, AstKeywordSeq seq, int depth)
{
    for (int i = 0; i < seq.count; i++)
        if (too_deep(d, &seq.items[i]->pos, depth) || !expr_ok(d, seq.items[i]->value, depth + 1))
            return false;
    return true;
}

static bool comprehensions_ok(Depth *d, AstComprehensionSeq seq, int depth)
{
    for (int i = 0; i < seq.count; i++) {
        const AstComprehension *c = seq.items[i];
        if (too_deep(d, NULL, depth) || !expr_ok(d, c->target, depth + 1) ||
            !expr_ok(d, c->iter, depth + 1) || !exprs_ok(d, c->ifs, depth + 1))
            return false;
    }
    return true;
}

static bool expr_ok(Depth *d, const AstExpr *e, int depth)
{
    if (too_deep(d, &e->pos, depth))
        return false;
    int in = depth + 1;
    switch (e->kind) {
    case AST_BoolOp: return exprs_ok(d, e->v.BoolOp.values, in);
    case AST_NamedExpr: return expr_ok(d, e->v.NamedExpr.target, in) && expr_ok(d, e->v.NamedExpr.value, in);
    case AST_BinOp: return expr_ok(d, e->v.BinOp.left, in) && expr_ok(d, e->v.BinOp.right, in);
    case AST_UnaryOp: return expr_ok(d, e->v.UnaryOp.operand, in);
    case AST_Lambda: return arguments_ok(d, e->v.Lambda.args, in) && expr_ok(d, e->v.Lambda.body, in);
    case AST_IfExp:
        return expr_ok(d, e->v.IfExp.test, in) && expr_ok(d, e->v.IfExp.body, in) &&
               expr_ok(d, e->v.IfExp.orelse, in);
    case AST_Dict: return exprs_ok(d, e->v.Dict.keys, in) && exprs_ok(d, e->v.Dict.values, in);
    case AST_Set: return exprs_ok(d, e->v.Set.elts, in);
    case AST_ListComp:
        return expr_ok(d, e->v.ListComp.elt, in) && comprehensions_ok(d, e->v.ListComp.generators, in);
    case AST_SetComp:
        return expr_ok(d, e->v.SetComp.elt, in) && comprehensions_ok(d, e->v.SetComp.generators, in);
    case AST_GeneratorExp:
        return expr_ok(d, e->v.GeneratorExp.elt, in) &&
               comprehensions_ok(d, e->v.GeneratorExp.generators, in);
    case AST_DictComp:
        return expr_ok(d, e->v.DictComp.key, in) && expr_ok(d, e->v.DictComp.value, in) &&
               comprehensions_ok(d, e->v.DictComp.generators, in);
    case AST_Await: return expr_ok(d, e->v.Await.value, in);
    case AST_Yield: return opt_expr_ok(d, e->v.Yield.value, in);
    case AST_YieldFrom: return expr_ok(d, e->v.YieldFrom.value, in);
    case AST_Compare: return expr_ok(d, e->v.Compare.left, in) && exprs_ok(d, e->v.Compare.comparators, in);
    case AST_Call:
        return expr_ok(d, e->v.Call.func, in) && exprs_ok(d, e->v.Call.args, in) &&
               keywords_ok(d, e->v.Call.keywords, in);
    case AST_FormattedValue:
        return expr_ok(d, e->v.FormattedValue.value, in) &&
               opt_expr_ok(d, e->v.FormattedValue.format_spec, in);
    case AST_JoinedStr: return exprs_ok(d, e->v.JoinedStr.values, in);
    case AST_Attribute: return expr_ok(d, e->v.Attribute.value, in);
    case AST_Subscript: return expr_ok(d, e->v.Subscript.value, in) && expr_ok(d, e->v.Subscript.slice, in);
    case AST_Starred: return expr_ok(d, e->v.Starred.value, in);
    case AST_List: return exprs_ok(d, e->v.List.elts, in);
    case AST_Tuple: return exprs_ok(d, e->v.Tuple.elts, in);
    case AST_Slice:
        return opt_expr_ok(d, e->v.Slice.lower, in) && opt_expr_ok(d, e->v.Slice.upper, in) &&
               opt_expr_ok(d, e->v.Slice.step, in);
    default: return true;      /* Constant, Name */
    }
}

static bool patterns_ok(Depth *d, AstPatternSeq seq, int depth)
{
    for (int i = 0; i < seq.count; i++)
        if (!pattern_ok(d, seq.items[i], depth))
            return false;
    return true;
}

static bool pattern_ok(Depth *d, const AstPattern *p, int depth)
{
    if (too_deep(d, &p->pos, depth))
        return false;
    int in = depth + 1;
    switch (p->kind) {
    case AST_MatchValue: return expr_ok(d, p->v.MatchValue.value, in);
    case AST_MatchSequence: return patterns_ok(d, p->v.MatchSequence.patterns, in);
    case AST_MatchMapping:
        return exprs_ok(d, p->v.MatchMapping.keys, in) && patterns_ok(d, p->v.MatchMapping.patterns, in);
    case AST_MatchClass:
        return expr_ok(d, p->v.MatchClass.cls, in) && patterns_ok(d, p->v.MatchClass.patterns, in) &&
               patterns_ok(d, p->v.MatchClass.kwd_patterns, in);
    case AST_MatchAs: return !p->v.MatchAs.pattern || pattern_ok(d, p->v.MatchAs.pattern, in);
    case AST_MatchOr: return patterns_ok(d, p->v.MatchOr.patterns, in);
    default: return true;      /* MatchSingleton, MatchStar */
    }
}

static bool stmt_ok(Depth *d, const AstStmt *s, int depth)
{
    if (too_deep(d, &s->pos, depth))
        return false;
    int in = depth + 1;
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef:
        return arguments_ok(d, s->v.FunctionDef.args, in) && stmts_ok(d, s->v.FunctionDef.body, in) &&
               exprs_ok(d, s->v.FunctionDef.decorator_list, in) &&
               opt_expr_ok(d, s->v.FunctionDef.returns, in);
    case AST_ClassDef:
        return exprs_ok(d, s->v.ClassDef.bases, in) && keywords_ok(d, s->v.ClassDef.keywords, in) &&
               stmts_ok(d, s->v.ClassDef.body, in) && exprs_ok(d, s->v.ClassDef.decorator_list, in);
    case AST_Return: return opt_expr_ok(d, s->v.Return.value, in);
    case AST_Delete: return exprs_ok(d, s->v.Delete.targets, in);
    case AST_Assign: return exprs_ok(d, s->v.Assign.targets, in) && expr_ok(d, s->v.Assign.value, in);
    case AST_AugAssign: return expr_ok(d, s->v.AugAssign.target, in) && expr_ok(d, s->v.AugAssign.value, in);
    case AST_AnnAssign:
        return expr_ok(d, s->v.AnnAssign.target, in) && expr_ok(d, s->v.AnnAssign.annotation, in) &&
               opt_expr_ok(d, s->v.AnnAssign.value, in);
    case AST_For: case AST_AsyncFor:
        return expr_ok(d, s->v.For.target, in) && expr_ok(d, s->v.For.iter, in) &&
               stmts_ok(d, s->v.For.body, in) && stmts_ok(d, s->v.For.orelse, in);
    case AST_While:
        return expr_ok(d, s->v.While.test, in) && stmts_ok(d, s->v.While.body, in) &&
               stmts_ok(d, s->v.While.orelse, in);
    case AST_If:
        return expr_ok(d, s->v.If.test, in) && stmts_ok(d, s->v.If.body, in) &&
               stmts_ok(d, s->v.If.orelse, in);
    case AST_With: case AST_AsyncWith:
        for (int i = 0; i < s->v.With.items.count; i++) {
            const AstWithitem *w = s->v.With.items.items[i];
            if (too_deep(d, NULL, in) || !expr_ok(d, w->context_expr, in + 1) ||
                !opt_expr_ok(d, w->optional_vars, in + 1))
                return false;
        }
        return stmts_ok(d, s->v.With.body, in);
    case AST_Match:
        if (!expr_ok(d, s->v.Match.subject, in))
            return false;
        for (int i = 0; i < s->v.Match.cases.count; i++) {
            const AstMatchCase *c = s->v.Match.cases.items[i];
            if (too_deep(d, NULL, in) || !pattern_ok(d, c->pattern, in + 1) ||
                !opt_expr_ok(d, c->guard, in + 1) || !stmts_ok(d, c->body, in + 1))
                return false;
        }
        return true;
    case AST_Raise: return opt_expr_ok(d, s->v.Raise.exc, in) && opt_expr_ok(d, s->v.Raise.cause, in);
    case AST_Try: case AST_TryStar:
        if (!stmts_ok(d, s->v.Try.body, in))
            return false;
        for (int i = 0; i < s->v.Try.handlers.count; i++) {
            const AstExcepthandler *h = s->v.Try.handlers.items[i];
            if (too_deep(d, &h->pos, in) || !opt_expr_ok(d, h->v.ExceptHandler.type, in + 1) ||
                !stmts_ok(d, h->v.ExceptHandler.body, in + 1))
                return false;
        }
        return stmts_ok(d, s->v.Try.orelse, in) && stmts_ok(d, s->v.Try.finalbody, in);
    case AST_Assert: return expr_ok(d, s->v.Assert.test, in) && opt_expr_ok(d, s->v.Assert.msg, in);
    case AST_Import: case AST_ImportFrom: {
        AstAliasSeq names = s->kind == AST_Import ? s->v.Import.names : s->v.ImportFrom.names;
        for (int i = 0; i < names.count; i++)
            if (too_deep(d, &names.items[i]->pos, in))
                return false;
        return true;
    }
    case AST_Expr: return expr_ok(d, s->v.Expr.value, in);
    default: return true;      /* Global, Nonlocal, Pass, Break, Continue */
    }
}

static bool stmts_ok(Depth *d, AstStmtSeq body, int depth)
{
    for (int i = 0; i < body.count; i++)
        if (!stmt_ok(d, body.items[i], depth))
            return false;
    return true;
}

bool ast_depth_within(const AstMod *m, int limit, AstPos *where)
{
    Depth d = { limit, { 1, 0, 1, 0 } };
    bool ok = !too_deep(&d, NULL, 1) && stmts_ok(&d, m->v.Module.body, 2);
    if (!ok)
        *where = d.where;
    return ok;
}
