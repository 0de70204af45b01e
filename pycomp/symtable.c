/* symtable.c - building the symbol table: one walk over the tree that
 * records, for each scope, every name and how it is used (see symtable.h).
 * The resolution of names is in symtable_analyze.c. */
#include "symtable.h"

#include "code.h"
#include "symtable_internal.h"
#include "xalloc.h"

#include <stdint.h>
#include <string.h>

/* ---- node -> scope index -------------------------------------------------------- */

typedef struct ScopeIndex {
    const void **keys;
    Scope **scopes;
    size_t cap, count;
} ScopeIndex;

static size_t index_slot(const void *key, size_t cap)
{
    uintptr_t h = (uintptr_t)key;
    h ^= h >> 15;
    h *= 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 9) & (cap - 1);
}

static void index_put(ScopeIndex *ix, const void *key, Scope *scope)
{
    if ((ix->count + 1) * 2 > ix->cap) {
        ScopeIndex old = *ix;
        ix->cap = old.cap ? old.cap * 2 : 64;
        ix->keys = xcalloc(ix->cap, sizeof *ix->keys);
        ix->scopes = xcalloc(ix->cap, sizeof *ix->scopes);
        ix->count = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i])
                index_put(ix, old.keys[i], old.scopes[i]);
        free(old.keys);
        free(old.scopes);
    }
    size_t i = index_slot(key, ix->cap);
    while (ix->keys[i] && ix->keys[i] != key)
        i = (i + 1) & (ix->cap - 1);
    if (!ix->keys[i])
        ix->count++;
    ix->keys[i] = key;
    ix->scopes[i] = scope;
}

Scope *symtable_scope_of(const SymTable *st, const void *node)
{
    const ScopeIndex *ix = st->index;
    if (!ix->cap)
        return NULL;
    for (size_t i = index_slot(node, ix->cap); ix->keys[i]; i = (i + 1) & (ix->cap - 1))
        if (ix->keys[i] == node)
            return ix->scopes[i];
    return NULL;
}

/* ---- symbols ------------------------------------------------------------------------ */

const char *mangle_name(Arena *arena, const char *private_name, const char *name)
{
    if (!private_name || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name;
    size_t p = strlen(private_name);
    char *mangled = arena_alloc(arena, 1 + p + n + 1);
    mangled[0] = '_';
    memcpy(mangled + 1, private_name, p);
    memcpy(mangled + 1 + p, name, n + 1);
    return mangled;
}

static Symbol *symbol_in(Scope *s, const char *name)
{
    int i = namemap_find(&s->names, name);
    return i < 0 ? NULL : &s->symbols[i];
}

static Symbol *symbol_add(Scope *s, const char *name)
{
    int i = namemap_add(&s->names, name);
    if (i >= s->symbols_cap) {
        int cap = s->symbols_cap ? s->symbols_cap * 2 : 16;
        s->symbols = xrealloc(s->symbols, sizeof *s->symbols * (size_t)cap);
        memset(s->symbols + s->symbols_cap, 0, sizeof *s->symbols * (size_t)(cap - s->symbols_cap));
        s->symbols_cap = cap;
    }
    return &s->symbols[i];
}

NameScope scope_lookup(const Scope *s, const char *name)
{
    int i = namemap_find(&s->names, name);
    return i < 0 ? NAME_UNKNOWN : s->symbols[i].scope;
}

int scope_flags(const Scope *s, const char *name)
{
    int i = namemap_find(&s->names, name);
    return i < 0 ? 0 : s->symbols[i].flags;
}

static void add_param_name(Scope *s, const char *name)
{
    if (s->nparams == s->params_cap) {
        s->params_cap = s->params_cap ? s->params_cap * 2 : 8;
        s->params = xrealloc(s->params, sizeof *s->params * (size_t)s->params_cap);
    }
    s->params[s->nparams++] = name;
}

/* Records a use of name in scope s (CPython's symtable_add_def). */
static void add_def_in(SymTable *st, Scope *s, const char *name, int flag, AstPos pos)
{
    const char *mangled = mangle_name(st->arena, st->private_name, name);
    Symbol *sym = symbol_in(s, mangled);
    int flags = flag;
    if (sym) {
        if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
            compile_error(st->errors, pos, "duplicate argument '%s' in function definition", name);
        flags |= sym->flags;
    }
    if (s->comp_iter_target) {
        if (flags & (DEF_GLOBAL | DEF_NONLOCAL))
            compile_error(st->errors, pos, "comprehension inner loop cannot rebind assignment expression target '%s'",
                          name);
        flags |= DEF_COMP_ITER;
    }
    sym = symbol_add(s, mangled);
    sym->flags = flags;
    if (flag & DEF_PARAM)
        add_param_name(s, mangled);
}

static void add_def(SymTable *st, const char *name, int flag, AstPos pos)
{
    add_def_in(st, st->current, name, flag, pos);
}

static void record_directive(SymTable *st, Scope *s, const char *name, AstPos pos)
{
    Symbol *sym = symbol_in(s, mangle_name(st->arena, st->private_name, name));
    if (sym && sym->directive.lineno < 1)      /* errors point at the first one */
        sym->directive = pos;
}

/* ---- scopes -------------------------------------------------------------------------- */

static void enter_scope(SymTable *st, ScopeKind kind, const char *name, const void *node, AstPos pos)
{
    Scope *s = arena_alloc(st->arena, sizeof *s);
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->pos = pos;
    s->parent = st->current;
    namemap_init(&s->names);
    Scope *parent = st->current;
    if (kind == SCOPE_ANNOTATION) {
        /* not part of the tree: no code is made from it, and its names
         * resolve to nothing */
        if (st->ndetached == st->detached_cap) {
            st->detached_cap = st->detached_cap ? st->detached_cap * 2 : 8;
            st->detached = xrealloc(st->detached, sizeof *st->detached * (size_t)st->detached_cap);
        }
        st->detached[st->ndetached++] = s;
        s->is_annotation = true;
    } else if (parent) {
        s->is_nested = parent->is_nested || parent->kind == SCOPE_FUNCTION;
        if (parent->nchildren == parent->children_cap) {
            parent->children_cap = parent->children_cap ? parent->children_cap * 2 : 4;
            parent->children = xrealloc(parent->children, sizeof *parent->children * (size_t)parent->children_cap);
        }
        parent->children[parent->nchildren++] = s;
    } else {
        st->top = s;
    }
    index_put(st->index, node, s);
    st->current = s;
}

static void exit_scope(SymTable *st)
{
    st->current = st->current->parent;
}

/* ---- the walk --------------------------------------------------------------------------- */

static void visit_expr(SymTable *st, AstExpr *e);
static void visit_stmts(SymTable *st, AstStmtSeq *body);

static void visit_exprs(SymTable *st, AstExprSeq *seq)
{
    for (int i = 0; i < seq->count; i++)
        if (seq->items[i])      /* kw_defaults may hold None */
            visit_expr(st, seq->items[i]);
}

static void visit_annotation(SymTable *st, AstExpr *annotation)
{
    if (!annotation)
        return;
    if (!(st->future_flags & CO_FUTURE_ANNOTATIONS)) {
        visit_expr(st, annotation);
        return;
    }
    /* under `from __future__ import annotations` an annotation is only
     * text: visited in a scope of its own, for its errors */
    enter_scope(st, SCOPE_ANNOTATION, "_annotation", annotation, annotation->pos);
    visit_expr(st, annotation);
    exit_scope(st);
}

static void refuse_in_annotation(SymTable *st, AstExpr *e, const char *what)
{
    if (st->current->is_annotation)
        compile_error(st->errors, e->pos, "'%s' can not be used within an annotation", what);
}

static void visit_arg_annotations(SymTable *st, AstArgSeq *args)
{
    for (int i = 0; i < args->count; i++)
        visit_annotation(st, args->items[i]->annotation);
}

static void visit_annotations(SymTable *st, AstArguments *args, AstExpr *returns)
{
    visit_arg_annotations(st, &args->args);
    visit_arg_annotations(st, &args->posonlyargs);
    if (args->vararg)
        visit_annotation(st, args->vararg->annotation);
    visit_arg_annotations(st, &args->kwonlyargs);
    if (args->kwarg)
        visit_annotation(st, args->kwarg->annotation);
    visit_annotation(st, returns);
}

static void add_params(SymTable *st, AstArgSeq *args)
{
    for (int i = 0; i < args->count; i++)
        add_def(st, args->items[i]->arg, DEF_PARAM, args->items[i]->pos);
}

static void visit_params(SymTable *st, AstArguments *args)
{
    add_params(st, &args->posonlyargs);
    add_params(st, &args->args);
    add_params(st, &args->kwonlyargs);
    if (args->vararg) {
        add_def(st, args->vararg->arg, DEF_PARAM, args->vararg->pos);
        st->current->has_varargs = true;
    }
    if (args->kwarg) {
        add_def(st, args->kwarg->arg, DEF_PARAM, args->kwarg->pos);
        st->current->has_varkeywords = true;
    }
}

static void visit_function(SymTable *st, AstStmt *s, bool is_async)
{
    AstArguments *args = s->v.FunctionDef.args;
    add_def(st, s->v.FunctionDef.name, DEF_LOCAL, s->pos);
    visit_exprs(st, &args->defaults);
    visit_exprs(st, &args->kw_defaults);
    visit_annotations(st, args, s->v.FunctionDef.returns);
    visit_exprs(st, &s->v.FunctionDef.decorator_list);
    enter_scope(st, SCOPE_FUNCTION, s->v.FunctionDef.name, s, s->pos);
    st->current->is_coroutine = is_async;
    visit_params(st, args);
    visit_stmts(st, &s->v.FunctionDef.body);
    exit_scope(st);
}

static void visit_class(SymTable *st, AstStmt *s)
{
    add_def(st, s->v.ClassDef.name, DEF_LOCAL, s->pos);
    visit_exprs(st, &s->v.ClassDef.bases);
    for (int i = 0; i < s->v.ClassDef.keywords.count; i++)
        visit_expr(st, s->v.ClassDef.keywords.items[i]->value);
    visit_exprs(st, &s->v.ClassDef.decorator_list);
    enter_scope(st, SCOPE_CLASS, s->v.ClassDef.name, s, s->pos);
    const char *outer_private = st->private_name;
    st->private_name = s->v.ClassDef.name;
    visit_stmts(st, &s->v.ClassDef.body);
    st->private_name = outer_private;
    exit_scope(st);
}

/* `global x` / `nonlocal x`: refused after the name was used or assigned. */
static void visit_declaration(SymTable *st, AstStmt *s, bool global)
{
    AstIdentifierSeq *names = global ? &s->v.Global.names : &s->v.Nonlocal.names;
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < names->count; i++) {
        const char *name = names->items[i];
        int cur = scope_flags(st->current, mangle_name(st->arena, st->private_name, name));
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            if (cur & DEF_PARAM)
                compile_error(st->errors, s->pos, "name '%s' is parameter and %s", name, what);
            if (cur & USE)
                compile_error(st->errors, s->pos, "name '%s' is used prior to %s declaration", name, what);
            if (cur & DEF_ANNOT)
                compile_error(st->errors, s->pos, "annotated name '%s' can't be %s", name, what);
            compile_error(st->errors, s->pos, "name '%s' is assigned to before %s declaration", name, what);
        }
        add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->pos);
        record_directive(st, st->current, name, s->pos);
    }
}

static void visit_alias(SymTable *st, AstAlias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    const char *dot = strchr(name, '.');
    if (dot && !a->asname)
        name = arena_strndup(st->arena, name, (size_t)(dot - name));
    if (strcmp(name, "*") == 0) {
        if (st->current->kind != SCOPE_MODULE)
            compile_error(st->errors, a->pos, "import * only allowed at module level");
        return;
    }
    add_def(st, name, DEF_IMPORT, a->pos);
}

static void visit_annassign(SymTable *st, AstStmt *s)
{
    AstExpr *target = s->v.AnnAssign.target;
    if (target->kind == AST_Name) {
        const char *name = target->v.Name.id;
        int cur = scope_flags(st->current, mangle_name(st->arena, st->private_name, name));
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->current != st->top && s->v.AnnAssign.simple)
            compile_error(st->errors, s->pos, "annotated name '%s' can't be %s", name,
                          cur & DEF_GLOBAL ? "global" : "nonlocal");
        if (s->v.AnnAssign.simple)
            add_def(st, name, DEF_ANNOT | DEF_LOCAL, target->pos);
        else if (s->v.AnnAssign.value)
            add_def(st, name, DEF_LOCAL, target->pos);
    } else {
        visit_expr(st, target);
    }
    visit_annotation(st, s->v.AnnAssign.annotation);
    if (s->v.AnnAssign.value)
        visit_expr(st, s->v.AnnAssign.value);
}

static void visit_pattern(SymTable *st, AstPattern *p);

static void visit_patterns(SymTable *st, AstPatternSeq *seq)
{
    for (int i = 0; i < seq->count; i++)
        visit_pattern(st, seq->items[i]);
}

static void visit_pattern(SymTable *st, AstPattern *p)
{
    switch (p->kind) {
    case AST_MatchValue: visit_expr(st, p->v.MatchValue.value); break;
    case AST_MatchSequence: visit_patterns(st, &p->v.MatchSequence.patterns); break;
    case AST_MatchStar:
        if (p->v.MatchStar.name)
            add_def(st, p->v.MatchStar.name, DEF_LOCAL, p->pos);
        break;
    case AST_MatchMapping:
        visit_exprs(st, &p->v.MatchMapping.keys);
        visit_patterns(st, &p->v.MatchMapping.patterns);
        if (p->v.MatchMapping.rest)
            add_def(st, p->v.MatchMapping.rest, DEF_LOCAL, p->pos);
        break;
    case AST_MatchClass:
        visit_expr(st, p->v.MatchClass.cls);
        visit_patterns(st, &p->v.MatchClass.patterns);
        visit_patterns(st, &p->v.MatchClass.kwd_patterns);
        break;
    case AST_MatchAs:
        if (p->v.MatchAs.pattern)
            visit_pattern(st, p->v.MatchAs.pattern);
        if (p->v.MatchAs.name)
            add_def(st, p->v.MatchAs.name, DEF_LOCAL, p->pos);
        break;
    case AST_MatchOr: visit_patterns(st, &p->v.MatchOr.patterns); break;
    default: break;
    }
}

static void visit_stmt(SymTable *st, AstStmt *s)
{
    switch (s->kind) {
    case AST_FunctionDef: visit_function(st, s, false); break;
    case AST_AsyncFunctionDef: visit_function(st, s, true); break;
    case AST_ClassDef: visit_class(st, s); break;
    case AST_Return:
        if (s->v.Return.value)
            visit_expr(st, s->v.Return.value);
        break;
    case AST_Delete: visit_exprs(st, &s->v.Delete.targets); break;
    case AST_Assign:
        visit_exprs(st, &s->v.Assign.targets);
        visit_expr(st, s->v.Assign.value);
        break;
    case AST_AnnAssign: visit_annassign(st, s); break;
    case AST_AugAssign:
        visit_expr(st, s->v.AugAssign.target);
        visit_expr(st, s->v.AugAssign.value);
        break;
    case AST_For:
    case AST_AsyncFor:
        visit_expr(st, s->v.For.target);
        visit_expr(st, s->v.For.iter);
        visit_stmts(st, &s->v.For.body);
        visit_stmts(st, &s->v.For.orelse);
        break;
    case AST_While:
        visit_expr(st, s->v.While.test);
        visit_stmts(st, &s->v.While.body);
        visit_stmts(st, &s->v.While.orelse);
        break;
    case AST_If:
        visit_expr(st, s->v.If.test);
        visit_stmts(st, &s->v.If.body);
        visit_stmts(st, &s->v.If.orelse);
        break;
    case AST_Match:
        visit_expr(st, s->v.Match.subject);
        for (int i = 0; i < s->v.Match.cases.count; i++) {
            AstMatchCase *mc = s->v.Match.cases.items[i];
            visit_pattern(st, mc->pattern);
            if (mc->guard)
                visit_expr(st, mc->guard);
            visit_stmts(st, &mc->body);
        }
        break;
    case AST_Raise:
        if (s->v.Raise.exc)
            visit_expr(st, s->v.Raise.exc);
        if (s->v.Raise.cause)
            visit_expr(st, s->v.Raise.cause);
        break;
    case AST_Try:
    case AST_TryStar:
        visit_stmts(st, &s->v.Try.body);
        visit_stmts(st, &s->v.Try.orelse);
        for (int i = 0; i < s->v.Try.handlers.count; i++) {
            AstExcepthandler *h = s->v.Try.handlers.items[i];
            if (h->v.ExceptHandler.type)
                visit_expr(st, h->v.ExceptHandler.type);
            if (h->v.ExceptHandler.name)
                add_def(st, h->v.ExceptHandler.name, DEF_LOCAL, h->pos);
            visit_stmts(st, &h->v.ExceptHandler.body);
        }
        visit_stmts(st, &s->v.Try.finalbody);
        break;
    case AST_Assert:
        visit_expr(st, s->v.Assert.test);
        if (s->v.Assert.msg)
            visit_expr(st, s->v.Assert.msg);
        break;
    case AST_Import:
    case AST_ImportFrom: {
        AstAliasSeq *names = s->kind == AST_Import ? &s->v.Import.names : &s->v.ImportFrom.names;
        for (int i = 0; i < names->count; i++)
            visit_alias(st, names->items[i]);
        break;
    }
    case AST_Global: visit_declaration(st, s, true); break;
    case AST_Nonlocal: visit_declaration(st, s, false); break;
    case AST_Expr: visit_expr(st, s->v.Expr.value); break;
    case AST_With:
    case AST_AsyncWith:
        for (int i = 0; i < s->v.With.items.count; i++) {
            visit_expr(st, s->v.With.items.items[i]->context_expr);
            if (s->v.With.items.items[i]->optional_vars)
                visit_expr(st, s->v.With.items.items[i]->optional_vars);
        }
        visit_stmts(st, &s->v.With.body);
        break;
    default: break;     /* Pass, Break, Continue */
    }
}

static void visit_stmts(SymTable *st, AstStmtSeq *body)
{
    for (int i = 0; i < body->count; i++)
        visit_stmt(st, body->items[i]);
}

/* `(x := v)` in a comprehension binds x in the nearest enclosing function
 * (or the module), not in the comprehension's own scope. */
static void extend_namedexpr_scope(SymTable *st, AstExpr *target)
{
    const char *name = target->v.Name.id;
    for (Scope *s = st->current; s; s = s->parent) {
        if (s->comprehension != COMP_NONE) {
            if (scope_flags(s, mangle_name(st->arena, st->private_name, name)) & DEF_COMP_ITER)
                compile_error(st->errors, target->pos,
                              "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            continue;
        }
        if (s->kind == SCOPE_FUNCTION) {
            int flags = scope_flags(s, mangle_name(st->arena, st->private_name, name));
            add_def(st, name, flags & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target->pos);
            record_directive(st, st->current, name, target->pos);
            add_def_in(st, s, name, DEF_LOCAL, target->pos);
            return;
        }
        if (s->kind == SCOPE_MODULE) {
            add_def(st, name, DEF_GLOBAL, target->pos);
            record_directive(st, st->current, name, target->pos);
            add_def_in(st, s, name, DEF_GLOBAL, target->pos);
            return;
        }
        compile_error(st->errors, target->pos,
                      "assignment expression within a comprehension cannot be used in a class body");
    }
}

static void visit_namedexpr(SymTable *st, AstExpr *e)
{
    refuse_in_annotation(st, e, "named expression");
    if (st->current->comp_iter_expr > 0)
        compile_error(st->errors, e->pos, "assignment expression cannot be used in a comprehension iterable expression");
    if (st->current->comprehension != COMP_NONE && e->v.NamedExpr.target->kind == AST_Name)
        extend_namedexpr_scope(st, e->v.NamedExpr.target);
    visit_expr(st, e->v.NamedExpr.value);
    visit_expr(st, e->v.NamedExpr.target);
}

static void visit_comprehension_target(SymTable *st, AstExpr *target)
{
    st->current->comp_iter_target = true;
    visit_expr(st, target);
    st->current->comp_iter_target = false;
}

static void visit_comprehension_iter(SymTable *st, AstExpr *iter)
{
    st->current->comp_iter_expr++;
    visit_expr(st, iter);
    st->current->comp_iter_expr--;
}

static void visit_comprehension(SymTable *st, AstExpr *e, ComprehensionKind kind, const char *name,
                                AstComprehensionSeq *gens, AstExpr *elt, AstExpr *value)
{
    AstComprehension *outermost = gens->items[0];
    visit_comprehension_iter(st, outermost->iter);      /* evaluated in the enclosing scope */
    enter_scope(st, SCOPE_FUNCTION, name, e, e->pos);
    Scope *s = st->current;
    s->comprehension = kind;
    if (outermost->is_async)
        s->is_coroutine = true;
    add_def(st, ".0", DEF_PARAM, e->pos);
    visit_comprehension_target(st, outermost->target);
    visit_exprs(st, &outermost->ifs);
    for (int i = 1; i < gens->count; i++) {
        AstComprehension *g = gens->items[i];
        visit_comprehension_target(st, g->target);
        visit_comprehension_iter(st, g->iter);
        visit_exprs(st, &g->ifs);
        if (g->is_async)
            s->is_coroutine = true;
    }
    if (value)
        visit_expr(st, value);
    visit_expr(st, elt);
    bool is_generator = kind == COMP_GENEXP;
    s->is_generator = is_generator;
    bool is_async = s->is_coroutine && !is_generator;
    exit_scope(st);
    if (is_async)
        st->current->is_coroutine = true;
}

static void yield_seen(SymTable *st, AstExpr *e)
{
    static const char *const where[] = {
        [COMP_LIST] = "list comprehension", [COMP_SET] = "set comprehension",
        [COMP_DICT] = "dict comprehension", [COMP_GENEXP] = "generator expression",
    };
    st->current->is_generator = true;
    if (st->current->comprehension != COMP_NONE)
        compile_error(st->errors, e->pos, "'yield' inside %s", where[st->current->comprehension]);
}

static void visit_lambda(SymTable *st, AstExpr *e)
{
    AstArguments *args = e->v.Lambda.args;
    visit_exprs(st, &args->defaults);
    visit_exprs(st, &args->kw_defaults);
    enter_scope(st, SCOPE_FUNCTION, "lambda", e, e->pos);
    visit_params(st, args);
    visit_expr(st, e->v.Lambda.body);
    exit_scope(st);
}

static void visit_expr(SymTable *st, AstExpr *e)
{
    switch (e->kind) {
    case AST_NamedExpr: visit_namedexpr(st, e); break;
    case AST_BoolOp: visit_exprs(st, &e->v.BoolOp.values); break;
    case AST_BinOp:
        visit_expr(st, e->v.BinOp.left);
        visit_expr(st, e->v.BinOp.right);
        break;
    case AST_UnaryOp: visit_expr(st, e->v.UnaryOp.operand); break;
    case AST_Lambda: visit_lambda(st, e); break;
    case AST_IfExp:
        visit_expr(st, e->v.IfExp.test);
        visit_expr(st, e->v.IfExp.body);
        visit_expr(st, e->v.IfExp.orelse);
        break;
    case AST_Dict:
        visit_exprs(st, &e->v.Dict.keys);
        visit_exprs(st, &e->v.Dict.values);
        break;
    case AST_Set: visit_exprs(st, &e->v.Set.elts); break;
    case AST_GeneratorExp:
        visit_comprehension(st, e, COMP_GENEXP, "genexpr", &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
        break;
    case AST_ListComp:
        visit_comprehension(st, e, COMP_LIST, "listcomp", &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case AST_SetComp:
        visit_comprehension(st, e, COMP_SET, "setcomp", &e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case AST_DictComp:
        visit_comprehension(st, e, COMP_DICT, "dictcomp", &e->v.DictComp.generators, e->v.DictComp.key,
                            e->v.DictComp.value);
        break;
    case AST_Yield:
        refuse_in_annotation(st, e, "yield expression");
        if (e->v.Yield.value)
            visit_expr(st, e->v.Yield.value);
        yield_seen(st, e);
        break;
    case AST_YieldFrom:
        refuse_in_annotation(st, e, "yield expression");
        visit_expr(st, e->v.YieldFrom.value);
        yield_seen(st, e);
        break;
    case AST_Await:
        refuse_in_annotation(st, e, "await expression");
        visit_expr(st, e->v.Await.value);
        st->current->is_coroutine = true;
        break;
    case AST_Compare:
        visit_expr(st, e->v.Compare.left);
        visit_exprs(st, &e->v.Compare.comparators);
        break;
    case AST_Call:
        visit_expr(st, e->v.Call.func);
        visit_exprs(st, &e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.count; i++)
            visit_expr(st, e->v.Call.keywords.items[i]->value);
        break;
    case AST_FormattedValue:
        visit_expr(st, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec)
            visit_expr(st, e->v.FormattedValue.format_spec);
        break;
    case AST_JoinedStr: visit_exprs(st, &e->v.JoinedStr.values); break;
    case AST_Attribute: visit_expr(st, e->v.Attribute.value); break;
    case AST_Subscript:
        visit_expr(st, e->v.Subscript.value);
        visit_expr(st, e->v.Subscript.slice);
        break;
    case AST_Starred: visit_expr(st, e->v.Starred.value); break;
    case AST_Slice:
        if (e->v.Slice.lower)
            visit_expr(st, e->v.Slice.lower);
        if (e->v.Slice.upper)
            visit_expr(st, e->v.Slice.upper);
        if (e->v.Slice.step)
            visit_expr(st, e->v.Slice.step);
        break;
    case AST_Name:
        add_def(st, e->v.Name.id, e->v.Name.ctx == AST_Load ? USE : DEF_LOCAL, e->pos);
        /* super() without arguments needs the __class__ cell */
        if (e->v.Name.ctx == AST_Load && st->current->kind == SCOPE_FUNCTION && strcmp(e->v.Name.id, "super") == 0)
            add_def(st, "__class__", USE, e->pos);
        break;
    case AST_List: visit_exprs(st, &e->v.List.elts); break;
    case AST_Tuple: visit_exprs(st, &e->v.Tuple.elts); break;
    default: break;     /* Constant */
    }
}

SymTable *symtable_new(Arena *arena, int future_flags, CompileErrors *errors)
{
    SymTable *st = arena_alloc(arena, sizeof *st);
    st->arena = arena;
    st->errors = errors;
    st->future_flags = future_flags;
    st->index = xcalloc(1, sizeof(ScopeIndex));
    return st;
}

void symtable_build(SymTable *st, AstMod *mod)
{
    AstPos none = { 0, 0, 0, 0 };
    enter_scope(st, SCOPE_MODULE, "top", mod, none);
    switch (mod->kind) {
    case AST_Module: visit_stmts(st, &mod->v.Module.body); break;
    case AST_Interactive: visit_stmts(st, &mod->v.Interactive.body); break;
    case AST_Expression: visit_expr(st, mod->v.Expression.body); break;
    default: break;
    }
    st->current = NULL;
    symtable_analyze(st);
}

static void free_scope(Scope *s)
{
    for (int i = 0; i < s->nchildren; i++)
        free_scope(s->children[i]);
    free(s->children);
    free(s->symbols);
    free(s->params);
    namemap_free(&s->names);
}

void symtable_free(SymTable *st)
{
    if (!st)
        return;
    if (st->top)
        free_scope(st->top);
    for (int i = 0; i < st->ndetached; i++)
        free_scope(st->detached[i]);
    free(st->detached);
    free(st->index->keys);
    free(st->index->scopes);
    free(st->index);
}
