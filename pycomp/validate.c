/* validate.c - the rules of a valid AST beyond its shape (see validate.h).
 * The messages are those of CPython's own validator (Python/ast.c). */
#include "validate.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct Validator {
    char *error;
    size_t size;
    bool failed;
} Validator;

static bool fail(Validator *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool fail(Validator *v, const char *fmt, ...)
{
    if (!v->failed) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(v->error, v->size, fmt, ap);
        va_end(ap);
        v->failed = true;
    }
    return false;
}

static const char *context_name(AstKind ctx)
{
    return ctx == AST_Store ? "Store" : ctx == AST_Del ? "Del" : "Load";
}

static bool expr(Validator *v, const AstExpr *e, AstKind ctx);
static bool stmts(Validator *v, const AstStmtSeq *body, const char *owner, bool may_be_empty);

static bool exprs(Validator *v, const AstExprSeq *seq, AstKind ctx, bool null_ok)
{
    for (int i = 0; i < seq->count; i++) {
        if (!seq->items[i]) {
            if (!null_ok)
                return fail(v, "None disallowed in expression list");
            continue;
        }
        if (!expr(v, seq->items[i], ctx))
            return false;
    }
    return true;
}

static bool optional(Validator *v, const AstExpr *e, AstKind ctx)
{
    return !e || expr(v, e, ctx);
}

static bool name_ok(Validator *v, const char *name)
{
    if (strcmp(name, "None") == 0 || strcmp(name, "True") == 0 || strcmp(name, "False") == 0)
        return fail(v, "identifier field can't represent '%s' constant", name);
    return true;
}

static bool arg_list(Validator *v, const AstArgSeq *args)
{
    for (int i = 0; i < args->count; i++)
        if (!name_ok(v, args->items[i]->arg) || !optional(v, args->items[i]->annotation, AST_Load))
            return false;
    return true;
}

static bool arguments(Validator *v, const AstArguments *a)
{
    if (!arg_list(v, &a->posonlyargs) || !arg_list(v, &a->args))
        return false;
    if (a->vararg && (!name_ok(v, a->vararg->arg) || !optional(v, a->vararg->annotation, AST_Load)))
        return false;
    if (!arg_list(v, &a->kwonlyargs))
        return false;
    if (a->kwarg && (!name_ok(v, a->kwarg->arg) || !optional(v, a->kwarg->annotation, AST_Load)))
        return false;
    if (a->defaults.count > a->posonlyargs.count + a->args.count)
        return fail(v, "more positional defaults than args on arguments");
    if (a->kw_defaults.count != a->kwonlyargs.count)
        return fail(v, "length of kwonlyargs is not the same as kw_defaults on arguments");
    return exprs(v, &a->defaults, AST_Load, false) && exprs(v, &a->kw_defaults, AST_Load, true);
}

static bool comprehensions(Validator *v, const AstComprehensionSeq *gens)
{
    if (gens->count == 0)
        return fail(v, "comprehension with no generators");
    for (int i = 0; i < gens->count; i++) {
        const AstComprehension *g = gens->items[i];
        if (!expr(v, g->target, AST_Store) || !expr(v, g->iter, AST_Load) || !exprs(v, &g->ifs, AST_Load, false))
            return false;
    }
    return true;
}

static bool keywords(Validator *v, const AstKeywordSeq *kws)
{
    for (int i = 0; i < kws->count; i++)
        if (!expr(v, kws->items[i]->value, AST_Load))
            return false;
    return true;
}

/* Name, Attribute, Subscript, Starred, List and Tuple carry a context,
 * which must be the one of the place they are in; other expressions
 * can only be loaded. */
static bool context_ok(Validator *v, const AstExpr *e, AstKind ctx)
{
    AstKind actual;
    switch (e->kind) {
    case AST_Name: actual = e->v.Name.ctx; break;
    case AST_Attribute: actual = e->v.Attribute.ctx; break;
    case AST_Subscript: actual = e->v.Subscript.ctx; break;
    case AST_Starred: actual = e->v.Starred.ctx; break;
    case AST_List: actual = e->v.List.ctx; break;
    case AST_Tuple: actual = e->v.Tuple.ctx; break;
    default:
        if (ctx != AST_Load)
            return fail(v, "expression which can't be assigned to in %s context", context_name(ctx));
        return true;
    }
    if (actual != ctx)
        return fail(v, "expression must have %s context but has %s instead", context_name(ctx), context_name(actual));
    return true;
}

static bool expr(Validator *v, const AstExpr *e, AstKind ctx)
{
    if (!context_ok(v, e, ctx))
        return false;
    switch (e->kind) {
    case AST_BoolOp:
        if (e->v.BoolOp.values.count < 2)
            return fail(v, "BoolOp with less than 2 values");
        return exprs(v, &e->v.BoolOp.values, AST_Load, false);
    case AST_BinOp: return expr(v, e->v.BinOp.left, AST_Load) && expr(v, e->v.BinOp.right, AST_Load);
    case AST_UnaryOp: return expr(v, e->v.UnaryOp.operand, AST_Load);
    case AST_Lambda: return arguments(v, e->v.Lambda.args) && expr(v, e->v.Lambda.body, AST_Load);
    case AST_IfExp:
        return expr(v, e->v.IfExp.test, AST_Load) && expr(v, e->v.IfExp.body, AST_Load) &&
               expr(v, e->v.IfExp.orelse, AST_Load);
    case AST_Dict:
        if (e->v.Dict.keys.count != e->v.Dict.values.count)
            return fail(v, "Dict doesn't have the same number of keys as values");
        return exprs(v, &e->v.Dict.keys, AST_Load, true) && exprs(v, &e->v.Dict.values, AST_Load, false);
    case AST_Set: return exprs(v, &e->v.Set.elts, AST_Load, false);
    case AST_ListComp: return comprehensions(v, &e->v.ListComp.generators) && expr(v, e->v.ListComp.elt, AST_Load);
    case AST_SetComp: return comprehensions(v, &e->v.SetComp.generators) && expr(v, e->v.SetComp.elt, AST_Load);
    case AST_GeneratorExp:
        return comprehensions(v, &e->v.GeneratorExp.generators) && expr(v, e->v.GeneratorExp.elt, AST_Load);
    case AST_DictComp:
        return comprehensions(v, &e->v.DictComp.generators) && expr(v, e->v.DictComp.key, AST_Load) &&
               expr(v, e->v.DictComp.value, AST_Load);
    case AST_Yield: return optional(v, e->v.Yield.value, AST_Load);
    case AST_YieldFrom: return expr(v, e->v.YieldFrom.value, AST_Load);
    case AST_Await: return expr(v, e->v.Await.value, AST_Load);
    case AST_Compare:
        if (e->v.Compare.comparators.count == 0)
            return fail(v, "Compare with no comparators");
        if (e->v.Compare.comparators.count != e->v.Compare.ops.count)
            return fail(v, "Compare has a different number of comparators and operands");
        return expr(v, e->v.Compare.left, AST_Load) && exprs(v, &e->v.Compare.comparators, AST_Load, false);
    case AST_Call:
        return expr(v, e->v.Call.func, AST_Load) && exprs(v, &e->v.Call.args, AST_Load, false) &&
               keywords(v, &e->v.Call.keywords);
    case AST_FormattedValue: {
        int conversion = e->v.FormattedValue.conversion;
        if (conversion != -1 && conversion != 's' && conversion != 'r' && conversion != 'a')
            return fail(v, "Unrecognized conversion character %d", conversion);
        return expr(v, e->v.FormattedValue.value, AST_Load) && optional(v, e->v.FormattedValue.format_spec, AST_Load);
    }
    case AST_JoinedStr: return exprs(v, &e->v.JoinedStr.values, AST_Load, false);
    case AST_Attribute: return expr(v, e->v.Attribute.value, AST_Load);
    case AST_Subscript: return expr(v, e->v.Subscript.value, AST_Load) && expr(v, e->v.Subscript.slice, AST_Load);
    case AST_Starred: return expr(v, e->v.Starred.value, ctx);
    case AST_Slice:
        return optional(v, e->v.Slice.lower, AST_Load) && optional(v, e->v.Slice.upper, AST_Load) &&
               optional(v, e->v.Slice.step, AST_Load);
    case AST_Name: return name_ok(v, e->v.Name.id);
    case AST_List: return exprs(v, &e->v.List.elts, ctx, false);
    case AST_Tuple: return exprs(v, &e->v.Tuple.elts, ctx, false);
    case AST_NamedExpr:
        if (e->v.NamedExpr.target->kind != AST_Name)
            return fail(v, "NamedExpr target must be a Name");
        return expr(v, e->v.NamedExpr.target, AST_Store) && expr(v, e->v.NamedExpr.value, AST_Load);
    default: return true;
    }
}

static bool pattern(Validator *v, const AstPattern *p);

static bool patterns(Validator *v, const AstPatternSeq *seq)
{
    for (int i = 0; i < seq->count; i++)
        if (!pattern(v, seq->items[i]))
            return false;
    return true;
}

static bool pattern(Validator *v, const AstPattern *p)
{
    switch (p->kind) {
    case AST_MatchValue: return expr(v, p->v.MatchValue.value, AST_Load);
    case AST_MatchSequence: return patterns(v, &p->v.MatchSequence.patterns);
    case AST_MatchMapping:
        if (p->v.MatchMapping.keys.count != p->v.MatchMapping.patterns.count)
            return fail(v, "MatchMapping doesn't have the same number of keys as patterns");
        return exprs(v, &p->v.MatchMapping.keys, AST_Load, false) && patterns(v, &p->v.MatchMapping.patterns);
    case AST_MatchClass:
        if (p->v.MatchClass.kwd_attrs.count != p->v.MatchClass.kwd_patterns.count)
            return fail(v, "MatchClass doesn't have the same number of keyword attributes as patterns");
        return expr(v, p->v.MatchClass.cls, AST_Load) && patterns(v, &p->v.MatchClass.patterns) &&
               patterns(v, &p->v.MatchClass.kwd_patterns);
    case AST_MatchAs:
        if (p->v.MatchAs.name && strcmp(p->v.MatchAs.name, "_") == 0)
            return fail(v, "can't capture name '_' in patterns");
        if (p->v.MatchAs.pattern && !p->v.MatchAs.name)
            return fail(v, "MatchAs must specify a target name if a pattern is given");
        return !p->v.MatchAs.pattern || pattern(v, p->v.MatchAs.pattern);
    case AST_MatchOr:
        if (p->v.MatchOr.patterns.count < 2)
            return fail(v, "MatchOr requires at least 2 patterns");
        return patterns(v, &p->v.MatchOr.patterns);
    default: return true;
    }
}

static bool handlers(Validator *v, const AstExcepthandlerSeq *hs)
{
    for (int i = 0; i < hs->count; i++) {
        const AstExcepthandler *h = hs->items[i];
        if (!optional(v, h->v.ExceptHandler.type, AST_Load) || !stmts(v, &h->v.ExceptHandler.body, "ExceptHandler", false))
            return false;
    }
    return true;
}

static bool try_stmt(Validator *v, const AstStmt *s, const char *name)
{
    if (!stmts(v, &s->v.Try.body, name, false))
        return false;
    if (s->v.Try.handlers.count == 0 && s->v.Try.finalbody.count == 0)
        return fail(v, "%s has neither except handlers nor finalbody", name);
    if (s->v.Try.handlers.count == 0 && s->v.Try.orelse.count)
        return fail(v, "%s has orelse but no except handlers", name);
    return handlers(v, &s->v.Try.handlers) && stmts(v, &s->v.Try.finalbody, name, true) &&
           stmts(v, &s->v.Try.orelse, name, true);
}

static bool nonempty(Validator *v, int count, const char *what, const char *owner)
{
    return count > 0 || fail(v, "empty %s on %s", what, owner);
}

static bool with_items(Validator *v, const AstStmt *s, const char *name)
{
    if (!nonempty(v, s->v.With.items.count, "items", name))
        return false;
    for (int i = 0; i < s->v.With.items.count; i++) {
        const AstWithitem *w = s->v.With.items.items[i];
        if (!expr(v, w->context_expr, AST_Load) || !optional(v, w->optional_vars, AST_Store))
            return false;
    }
    return stmts(v, &s->v.With.body, name, false);
}

static bool stmt(Validator *v, const AstStmt *s)
{
    const char *name = ast_node_info[s->kind].name;
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
        return stmts(v, &s->v.FunctionDef.body, name, false) && arguments(v, s->v.FunctionDef.args) &&
               exprs(v, &s->v.FunctionDef.decorator_list, AST_Load, false) &&
               optional(v, s->v.FunctionDef.returns, AST_Load);
    case AST_ClassDef:
        return stmts(v, &s->v.ClassDef.body, name, false) && exprs(v, &s->v.ClassDef.bases, AST_Load, false) &&
               keywords(v, &s->v.ClassDef.keywords) && exprs(v, &s->v.ClassDef.decorator_list, AST_Load, false);
    case AST_Return: return optional(v, s->v.Return.value, AST_Load);
    case AST_Delete:
        return nonempty(v, s->v.Delete.targets.count, "targets", name) && exprs(v, &s->v.Delete.targets, AST_Del, false);
    case AST_Assign:
        return nonempty(v, s->v.Assign.targets.count, "targets", name) &&
               exprs(v, &s->v.Assign.targets, AST_Store, false) && expr(v, s->v.Assign.value, AST_Load);
    case AST_AugAssign: return expr(v, s->v.AugAssign.target, AST_Store) && expr(v, s->v.AugAssign.value, AST_Load);
    case AST_AnnAssign:
        if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind != AST_Name)
            return fail(v, "AnnAssign with simple non-Name target");
        return expr(v, s->v.AnnAssign.target, AST_Store) && optional(v, s->v.AnnAssign.value, AST_Load) &&
               expr(v, s->v.AnnAssign.annotation, AST_Load);
    case AST_For:
    case AST_AsyncFor:
        return expr(v, s->v.For.target, AST_Store) && expr(v, s->v.For.iter, AST_Load) &&
               stmts(v, &s->v.For.body, name, false) && stmts(v, &s->v.For.orelse, name, true);
    case AST_While:
        return expr(v, s->v.While.test, AST_Load) && stmts(v, &s->v.While.body, name, false) &&
               stmts(v, &s->v.While.orelse, name, true);
    case AST_If:
        return expr(v, s->v.If.test, AST_Load) && stmts(v, &s->v.If.body, name, false) &&
               stmts(v, &s->v.If.orelse, name, true);
    case AST_With:
    case AST_AsyncWith: return with_items(v, s, name);
    case AST_Match:
        if (!expr(v, s->v.Match.subject, AST_Load) || !nonempty(v, s->v.Match.cases.count, "cases", name))
            return false;
        for (int i = 0; i < s->v.Match.cases.count; i++) {
            const AstMatchCase *m = s->v.Match.cases.items[i];
            if (!pattern(v, m->pattern) || !optional(v, m->guard, AST_Load) || !stmts(v, &m->body, "match_case", false))
                return false;
        }
        return true;
    case AST_Raise:
        if (!s->v.Raise.exc && s->v.Raise.cause)
            return fail(v, "Raise with cause but no exception");
        return optional(v, s->v.Raise.exc, AST_Load) && optional(v, s->v.Raise.cause, AST_Load);
    case AST_Try:
    case AST_TryStar: return try_stmt(v, s, name);
    case AST_Assert: return expr(v, s->v.Assert.test, AST_Load) && optional(v, s->v.Assert.msg, AST_Load);
    case AST_Import: return nonempty(v, s->v.Import.names.count, "names", name);
    case AST_ImportFrom:
        if (s->v.ImportFrom.level != AST_NO_INT && s->v.ImportFrom.level < 0)
            return fail(v, "Negative ImportFrom level");
        return nonempty(v, s->v.ImportFrom.names.count, "names", name);
    case AST_Global: return nonempty(v, s->v.Global.names.count, "names", name);
    case AST_Nonlocal: return nonempty(v, s->v.Nonlocal.names.count, "names", name);
    case AST_Expr: return expr(v, s->v.Expr.value, AST_Load);
    default: return true;
    }
}

static bool stmts(Validator *v, const AstStmtSeq *body, const char *owner, bool may_be_empty)
{
    if (!may_be_empty && !nonempty(v, body->count, "body", owner))
        return false;
    for (int i = 0; i < body->count; i++)
        if (!stmt(v, body->items[i]))
            return false;
    return true;
}

bool validate_module(const AstMod *mod, char *error, size_t size)
{
    Validator v = { error, size, false };
    switch (mod->kind) {
    case AST_Module: return stmts(&v, &mod->v.Module.body, "Module", true);
    case AST_Interactive: return stmts(&v, &mod->v.Interactive.body, "Interactive", true);
    case AST_Expression: return expr(&v, mod->v.Expression.body, AST_Load);
    default: return fail(&v, "a %s cannot be compiled", ast_node_info[mod->kind].name);
    }
}
