/* fold.c - the constant-folding pass (see fold.h).
 *
 * A post-order walk: the children of a node are folded first, then the node
 * itself if all the operands it needs are constants.  Results go to an
 * open-addressing hash table keyed by the node's address. */
#include "fold.h"

#include "arith.h"
#include "xalloc.h"

#include <stdint.h>
#include <string.h>

/* CPython 3.11 gives up on a statement and expression path longer than
 * this (measured: compile() at module level of a script). */
enum { FOLD_MAX_DEPTH = 2994 };

typedef struct FoldEntry {
    const AstExpr *key;
    Value *value;
} FoldEntry;

/* Only these kinds of node are ever folded: no need to look up others. */
static bool fold_may_have_value(const AstExpr *e)
{
    switch (e->kind) {
    case AST_UnaryOp:
    case AST_BinOp:
    case AST_Tuple:
    case AST_Subscript:
    case AST_List:
    case AST_Set:
        return true;
    case AST_Name:
        return e->v.Name.id[0] == '_' && strcmp(e->v.Name.id, "__debug__") == 0;
    default:
        return false;
    }
}

struct FoldTable {
    FoldEntry *entries;
    size_t cap, count;      /* cap: a power of two */
};

typedef struct Folder {
    FoldTable *table;
    Arena *arena;
    int depth;
    bool too_deep;
    AstPos deep_at;
} Folder;

static size_t slot_of(const void *key, size_t cap)
{
    uintptr_t h = (uintptr_t)key;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 7) & (cap - 1);
}

static void table_put(FoldTable *t, const AstExpr *key, Value *value);

static void table_grow(FoldTable *t)
{
    FoldEntry *old = t->entries;
    size_t old_cap = t->cap;
    t->cap = old_cap ? old_cap * 2 : 256;
    t->entries = xcalloc(t->cap, sizeof *t->entries);
    t->count = 0;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].key)
            table_put(t, old[i].key, old[i].value);
    free(old);
}

static void table_put(FoldTable *t, const AstExpr *key, Value *value)
{
    if ((t->count + 1) * 4 > t->cap * 3)
        table_grow(t);
    size_t i = slot_of(key, t->cap);
    while (t->entries[i].key && t->entries[i].key != key)
        i = (i + 1) & (t->cap - 1);
    if (!t->entries[i].key)
        t->count++;
    t->entries[i].key = key;
    t->entries[i].value = value;
}

Value *fold_value(const FoldTable *t, const AstExpr *e)
{
    if (!t->cap || !e || !fold_may_have_value(e))
        return NULL;
    size_t i = slot_of(e, t->cap);
    while (t->entries[i].key) {
        if (t->entries[i].key == e)
            return t->entries[i].value;
        i = (i + 1) & (t->cap - 1);
    }
    return NULL;
}

void fold_free(FoldTable *t)
{
    if (t) {
        free(t->entries);
        free(t);
    }
}

/* ---- the walk ------------------------------------------------------------------------ */

static void fold_expr(Folder *f, AstExpr *e);
static void fold_stmts(Folder *f, AstStmtSeq *body);

/* A constant, or an expression folded already.  Constant nodes are not
 * in the table: their value is made when needed, which keeps the table to
 * the few nodes that were really folded. */
static Value *value_of(Folder *f, const AstExpr *e)
{
    if (!e)
        return NULL;
    if (e->kind == AST_Constant)
        return value_from_constant(f->arena, &e->v.Constant.value);
    return fold_value(f->table, e);
}

static void fold_exprs(Folder *f, AstExprSeq *seq)
{
    for (int i = 0; i < seq->count; i++)
        fold_expr(f, seq->items[i]);
}

/* All items constant: their values in a new array, else NULL. */
static Value **constant_items(Folder *f, AstExprSeq *elts)
{
    Value **items = arena_alloc(f->arena, sizeof(Value *) * (size_t)(elts->count ? elts->count : 1));
    for (int i = 0; i < elts->count; i++)
        if (!(items[i] = value_of(f, elts->items[i])))
            return NULL;
    return items;
}

/* An iterable that is only iterated (for x in [1, 2], x in {1, 2}): a
 * list or set display of constants becomes a constant tuple or frozenset. */
static void fold_iterable(Folder *f, AstExpr *e)
{
    if (!e || (e->kind != AST_List && e->kind != AST_Set))
        return;
    AstExprSeq *elts = e->kind == AST_List ? &e->v.List.elts : &e->v.Set.elts;
    Value **items = constant_items(f, elts);
    if (!items)
        return;
    table_put(f->table, e, e->kind == AST_List ? value_tuple(f->arena, items, elts->count)
                                                : value_frozenset(f->arena, items, elts->count));
}

static void fold_node_value(Folder *f, AstExpr *e)
{
    Value *v = NULL;
    switch (e->kind) {
    case AST_UnaryOp: {
        Value *operand = value_of(f, e->v.UnaryOp.operand);
        if (operand)
            v = arith_unary(f->arena, e->v.UnaryOp.op, operand);
        break;
    }
    case AST_BinOp: {
        Value *left = value_of(f, e->v.BinOp.left), *right = value_of(f, e->v.BinOp.right);
        if (left && right)
            v = arith_binary(f->arena, e->v.BinOp.op, left, right);
        break;
    }
    case AST_Tuple:
        if (e->v.Tuple.ctx == AST_Load) {
            Value **items = constant_items(f, &e->v.Tuple.elts);
            if (items)
                v = value_tuple(f->arena, items, e->v.Tuple.elts.count);
        }
        break;
    case AST_Subscript:
        if (e->v.Subscript.ctx == AST_Load) {
            Value *container = value_of(f, e->v.Subscript.value), *index = value_of(f, e->v.Subscript.slice);
            if (container && index)
                v = arith_subscript(f->arena, container, index);
        }
        break;
    case AST_Name:
        if (e->v.Name.ctx == AST_Load && strcmp(e->v.Name.id, "__debug__") == 0)
            v = &value_true;
        break;
    default:
        break;
    }
    if (v)
        table_put(f->table, e, v);
}

static void fold_comprehensions(Folder *f, AstComprehensionSeq *gens)
{
    for (int i = 0; i < gens->count; i++) {
        AstComprehension *g = gens->items[i];
        fold_expr(f, g->target);
        fold_expr(f, g->iter);
        fold_iterable(f, g->iter);
        fold_exprs(f, &g->ifs);
    }
}

static void fold_arguments(Folder *f, AstArguments *args)
{
    if (!args)
        return;
    AstArgSeq *seqs[] = { &args->posonlyargs, &args->args, &args->kwonlyargs };
    for (int s = 0; s < 3; s++)
        for (int i = 0; i < seqs[s]->count; i++)
            fold_expr(f, seqs[s]->items[i]->annotation);
    if (args->vararg)
        fold_expr(f, args->vararg->annotation);
    if (args->kwarg)
        fold_expr(f, args->kwarg->annotation);
    fold_exprs(f, &args->kw_defaults);
    fold_exprs(f, &args->defaults);
}

static bool enter(Folder *f, AstPos pos)
{
    if (f->too_deep)
        return false;
    if (++f->depth > FOLD_MAX_DEPTH) {
        f->too_deep = true;
        f->deep_at = pos;
        return false;
    }
    return true;
}

static void fold_expr(Folder *f, AstExpr *e)
{
    if (!e)
        return;
    if (!enter(f, e->pos)) {
        f->depth--;
        return;
    }
    switch (e->kind) {
    case AST_BoolOp: fold_exprs(f, &e->v.BoolOp.values); break;
    case AST_NamedExpr: fold_expr(f, e->v.NamedExpr.value); break;
    case AST_BinOp:
        fold_expr(f, e->v.BinOp.left);
        fold_expr(f, e->v.BinOp.right);
        break;
    case AST_UnaryOp: fold_expr(f, e->v.UnaryOp.operand); break;
    case AST_Lambda:
        fold_arguments(f, e->v.Lambda.args);
        fold_expr(f, e->v.Lambda.body);
        break;
    case AST_IfExp:
        fold_expr(f, e->v.IfExp.test);
        fold_expr(f, e->v.IfExp.body);
        fold_expr(f, e->v.IfExp.orelse);
        break;
    case AST_Dict:
        fold_exprs(f, &e->v.Dict.keys);
        fold_exprs(f, &e->v.Dict.values);
        break;
    case AST_Set: fold_exprs(f, &e->v.Set.elts); break;
    case AST_ListComp:
        fold_expr(f, e->v.ListComp.elt);
        fold_comprehensions(f, &e->v.ListComp.generators);
        break;
    case AST_SetComp:
        fold_expr(f, e->v.SetComp.elt);
        fold_comprehensions(f, &e->v.SetComp.generators);
        break;
    case AST_GeneratorExp:
        fold_expr(f, e->v.GeneratorExp.elt);
        fold_comprehensions(f, &e->v.GeneratorExp.generators);
        break;
    case AST_DictComp:
        fold_expr(f, e->v.DictComp.key);
        fold_expr(f, e->v.DictComp.value);
        fold_comprehensions(f, &e->v.DictComp.generators);
        break;
    case AST_Await: fold_expr(f, e->v.Await.value); break;
    case AST_Yield: fold_expr(f, e->v.Yield.value); break;
    case AST_YieldFrom: fold_expr(f, e->v.YieldFrom.value); break;
    case AST_Compare: {
        AstExprSeq *cmp = &e->v.Compare.comparators;
        fold_expr(f, e->v.Compare.left);
        fold_exprs(f, cmp);
        AstKind last = e->v.Compare.ops.count ? e->v.Compare.ops.items[e->v.Compare.ops.count - 1] : AST_NONE_KIND;
        if ((last == AST_In || last == AST_NotIn) && cmp->count)
            fold_iterable(f, cmp->items[cmp->count - 1]);
        break;
    }
    case AST_Call:
        fold_expr(f, e->v.Call.func);
        fold_exprs(f, &e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.count; i++)
            fold_expr(f, e->v.Call.keywords.items[i]->value);
        break;
    case AST_FormattedValue:
        fold_expr(f, e->v.FormattedValue.value);
        fold_expr(f, e->v.FormattedValue.format_spec);
        break;
    case AST_JoinedStr: fold_exprs(f, &e->v.JoinedStr.values); break;
    case AST_Attribute: fold_expr(f, e->v.Attribute.value); break;
    case AST_Subscript:
        fold_expr(f, e->v.Subscript.value);
        fold_expr(f, e->v.Subscript.slice);
        break;
    case AST_Starred: fold_expr(f, e->v.Starred.value); break;
    case AST_List: fold_exprs(f, &e->v.List.elts); break;
    case AST_Tuple: fold_exprs(f, &e->v.Tuple.elts); break;
    case AST_Slice:
        fold_expr(f, e->v.Slice.lower);
        fold_expr(f, e->v.Slice.upper);
        fold_expr(f, e->v.Slice.step);
        break;
    default: break;
    }
    fold_node_value(f, e);
    f->depth--;
}

static void fold_pattern(Folder *f, AstPattern *p)
{
    if (!p)
        return;
    switch (p->kind) {
    case AST_MatchValue: fold_expr(f, p->v.MatchValue.value); break;
    case AST_MatchSequence:
        for (int i = 0; i < p->v.MatchSequence.patterns.count; i++)
            fold_pattern(f, p->v.MatchSequence.patterns.items[i]);
        break;
    case AST_MatchMapping:
        fold_exprs(f, &p->v.MatchMapping.keys);
        for (int i = 0; i < p->v.MatchMapping.patterns.count; i++)
            fold_pattern(f, p->v.MatchMapping.patterns.items[i]);
        break;
    case AST_MatchClass:
        fold_expr(f, p->v.MatchClass.cls);
        for (int i = 0; i < p->v.MatchClass.patterns.count; i++)
            fold_pattern(f, p->v.MatchClass.patterns.items[i]);
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.count; i++)
            fold_pattern(f, p->v.MatchClass.kwd_patterns.items[i]);
        break;
    case AST_MatchAs: fold_pattern(f, p->v.MatchAs.pattern); break;
    case AST_MatchOr:
        for (int i = 0; i < p->v.MatchOr.patterns.count; i++)
            fold_pattern(f, p->v.MatchOr.patterns.items[i]);
        break;
    default: break;
    }
}

static void fold_handlers(Folder *f, AstExcepthandlerSeq *handlers)
{
    for (int i = 0; i < handlers->count; i++) {
        fold_expr(f, handlers->items[i]->v.ExceptHandler.type);
        fold_stmts(f, &handlers->items[i]->v.ExceptHandler.body);
    }
}

static void fold_stmt(Folder *f, AstStmt *s)
{
    if (!enter(f, s->pos)) {
        f->depth--;
        return;
    }
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
        /* the two kinds share one layout */
        fold_arguments(f, s->v.FunctionDef.args);
        fold_stmts(f, &s->v.FunctionDef.body);
        fold_exprs(f, &s->v.FunctionDef.decorator_list);
        fold_expr(f, s->v.FunctionDef.returns);
        break;
    case AST_ClassDef:
        fold_exprs(f, &s->v.ClassDef.bases);
        for (int i = 0; i < s->v.ClassDef.keywords.count; i++)
            fold_expr(f, s->v.ClassDef.keywords.items[i]->value);
        fold_stmts(f, &s->v.ClassDef.body);
        fold_exprs(f, &s->v.ClassDef.decorator_list);
        break;
    case AST_Return: fold_expr(f, s->v.Return.value); break;
    case AST_Delete: fold_exprs(f, &s->v.Delete.targets); break;
    case AST_Assign:
        fold_exprs(f, &s->v.Assign.targets);
        fold_expr(f, s->v.Assign.value);
        break;
    case AST_AugAssign:
        fold_expr(f, s->v.AugAssign.target);
        fold_expr(f, s->v.AugAssign.value);
        break;
    case AST_AnnAssign:
        fold_expr(f, s->v.AnnAssign.target);
        fold_expr(f, s->v.AnnAssign.annotation);
        fold_expr(f, s->v.AnnAssign.value);
        break;
    case AST_For:
    case AST_AsyncFor:
        fold_expr(f, s->v.For.target);
        fold_expr(f, s->v.For.iter);
        /* CPython folds the iterable of a plain for only: 'async for x in [1]' names a list in its error */
        if (s->kind == AST_For)
            fold_iterable(f, s->v.For.iter);
        fold_stmts(f, &s->v.For.body);
        fold_stmts(f, &s->v.For.orelse);
        break;
    case AST_While:
        fold_expr(f, s->v.While.test);
        fold_stmts(f, &s->v.While.body);
        fold_stmts(f, &s->v.While.orelse);
        break;
    case AST_If:
        fold_expr(f, s->v.If.test);
        fold_stmts(f, &s->v.If.body);
        fold_stmts(f, &s->v.If.orelse);
        break;
    case AST_With:
    case AST_AsyncWith:
        for (int i = 0; i < s->v.With.items.count; i++) {
            fold_expr(f, s->v.With.items.items[i]->context_expr);
            fold_expr(f, s->v.With.items.items[i]->optional_vars);
        }
        fold_stmts(f, &s->v.With.body);
        break;
    case AST_Match:
        fold_expr(f, s->v.Match.subject);
        for (int i = 0; i < s->v.Match.cases.count; i++) {
            AstMatchCase *mc = s->v.Match.cases.items[i];
            fold_pattern(f, mc->pattern);
            fold_expr(f, mc->guard);
            fold_stmts(f, &mc->body);
        }
        break;
    case AST_Raise:
        fold_expr(f, s->v.Raise.exc);
        fold_expr(f, s->v.Raise.cause);
        break;
    case AST_Try:
    case AST_TryStar:
        fold_stmts(f, &s->v.Try.body);
        fold_handlers(f, &s->v.Try.handlers);
        fold_stmts(f, &s->v.Try.orelse);
        fold_stmts(f, &s->v.Try.finalbody);
        break;
    case AST_Assert:
        fold_expr(f, s->v.Assert.test);
        fold_expr(f, s->v.Assert.msg);
        break;
    case AST_Expr: fold_expr(f, s->v.Expr.value); break;
    default: break;
    }
    f->depth--;
}

static void fold_stmts(Folder *f, AstStmtSeq *body)
{
    for (int i = 0; i < body->count; i++)
        fold_stmt(f, body->items[i]);
}

FoldTable *fold_module(AstMod *mod, Arena *arena, AstPos *too_deep)
{
    Folder f = { .table = xcalloc(1, sizeof(FoldTable)), .arena = arena };
    switch (mod->kind) {
    case AST_Module: fold_stmts(&f, &mod->v.Module.body); break;
    case AST_Interactive: fold_stmts(&f, &mod->v.Interactive.body); break;
    case AST_Expression: fold_expr(&f, mod->v.Expression.body); break;
    default: break;
    }
    if (f.too_deep) {
        *too_deep = f.deep_at;
        fold_free(f.table);
        return NULL;
    }
    return f.table;
}
