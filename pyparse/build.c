/* build.c - node constructors and the checks of the expression and
 * statement "cover" rules (see build.h). */
#include "build.h"
#include "targets.h"

#include <string.h>

void *seq_grow(Arena *arena, void *items, int count, size_t size)
{
    size_t capacity = count < 2 ? 2 : (size_t)count * 2;
    void *bigger = arena_alloc(arena, capacity * size);
    if (count > 0)
        memcpy(bigger, items, (size_t)count * size);
    return bigger;
}

/* ---- nodes ------------------------------------------------------------------------ */

AstExpr *new_expr(Parser *P, AstKind kind, const Loc *loc)
{
    AstExpr *e = arena_alloc(P->arena, sizeof *e);
    e->kind = kind;
    e->pos = loc_pos(loc);
    return e;
}

AstStmt *new_stmt(Parser *P, AstKind kind, const Loc *loc)
{
    AstStmt *s = arena_alloc(P->arena, sizeof *s);
    s->kind = kind;
    s->pos = loc_pos(loc);
    return s;
}

AstExpr *new_name(Parser *P, const char *id, AstKind ctx, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_Name, loc);
    e->v.Name.id = id;
    e->v.Name.ctx = ctx;
    return e;
}

AstExpr *new_constant(Parser *P, ConstantKind kind, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_Constant, loc);
    e->v.Constant.value.kind = kind;
    return e;
}

AstExpr *new_binop(Parser *P, AstExpr *left, AstKind op, AstExpr *right, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_BinOp, loc);
    e->v.BinOp.left = left;
    e->v.BinOp.op = op;
    e->v.BinOp.right = right;
    return e;
}

AstExpr *new_unary(Parser *P, AstKind op, AstExpr *operand, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_UnaryOp, loc);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = operand;
    return e;
}

AstExpr *new_boolop(Parser *P, AstKind op, AstExprSeq values, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_BoolOp, loc);
    e->v.BoolOp.op = op;
    e->v.BoolOp.values = values;
    return e;
}

AstExpr *new_starred(Parser *P, AstExpr *value, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_Starred, loc);
    e->v.Starred.value = value;
    e->v.Starred.ctx = AST_Load;
    return e;
}

AstExpr *new_tuple(Parser *P, AstExprSeq elts, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_Tuple, loc);
    e->v.Tuple.elts = elts;
    e->v.Tuple.ctx = AST_Load;
    return e;
}

AstExpr *new_list(Parser *P, AstExprSeq elts, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_List, loc);
    e->v.List.elts = elts;
    e->v.List.ctx = AST_Load;
    return e;
}

AstExpr *new_attribute(Parser *P, AstExpr *value, const char *attr, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_Attribute, loc);
    e->v.Attribute.value = value;
    e->v.Attribute.attr = attr;
    e->v.Attribute.ctx = AST_Load;
    return e;
}

AstExpr *new_genexp(Parser *P, AstExpr *elt, AstComprehensionSeq generators, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_GeneratorExp, loc);
    e->v.GeneratorExp.elt = elt;
    e->v.GeneratorExp.generators = generators;
    return e;
}

AstExpr *new_slice(Parser *P, AstExpr *lower, AstExpr *upper, AstExpr *step,
                   const Loc *first, const Loc *whole)
{
    Loc loc = span(first, whole);
    AstExpr *e = new_expr(P, AST_Slice, &loc);
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

AstMod *build_module(Parser *P, AstStmtSeq body)
{
    AstMod *m = arena_alloc(P->arena, sizeof *m);
    m->kind = AST_Module;
    m->v.Module.body = body;
    return m;
}

AstExpr *build_group(Parser *P, AstExprSeq elts, const Loc *loc)
{
    if (elts.count > 1)
        return new_tuple(P, elts, loc);
    AstExpr *e = elts.items[0];
    if (e->kind == AST_Starred) {
        Loc at = pos_loc(&e->pos);
        parser_syntax_error_span(P, &at, "cannot use starred expression here");
        return NULL;
    }
    return e;
}

/* ---- comparisons, dicts, calls ----------------------------------------------------------- */

CompareChain *compare_chain_new(Parser *P)
{
    return arena_alloc(P->arena, sizeof(CompareChain));
}

void compare_chain_add(Parser *P, CompareChain *c, AstKind op, AstExpr *e)
{
    SEQ_PUSH(P, c->ops, op);
    SEQ_PUSH(P, c->comparators, e);
}

DictItems *dict_items_new(Parser *P)
{
    return arena_alloc(P->arena, sizeof(DictItems));
}

void dict_items_add(Parser *P, DictItems *d, AstExpr *key, AstExpr *value)
{
    SEQ_PUSH(P, d->keys, key);
    SEQ_PUSH(P, d->values, value);
}

AstExpr *new_dict(Parser *P, DictItems *items, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_Dict, loc);
    e->v.Dict.keys = items->keys;
    e->v.Dict.values = items->values;
    return e;
}

CallArgs *call_args_new(Parser *P)
{
    return arena_alloc(P->arena, sizeof(CallArgs));
}

bool call_args_add(Parser *P, CallArgs *c, ArgItem item, const Loc *loc)
{
    if (item.bare_genexp) {
        if (!c->bare_genexp)
            c->bare_genexp = item.positional;
        SEQ_PUSH(P, c->args, item.positional);
        return true;
    }
    if (item.keyword) {
        if (item.keyword->arg)
            c->seen_keyword = true;
        else
            c->seen_double_star = true;
        SEQ_PUSH(P, c->keywords, item.keyword);
        return true;
    }
    AstExpr *e = item.positional;
    if (e->kind == AST_Starred) {
        if (c->seen_double_star) {
            parser_syntax_error(P, loc, "iterable argument unpacking follows keyword argument unpacking");
            return false;
        }
    } else if (c->seen_double_star && !c->misplaced) {
        c->misplaced = "positional argument follows keyword argument unpacking";
    } else if (c->seen_keyword && !c->misplaced) {
        c->misplaced = "positional argument follows keyword argument";
    }
    SEQ_PUSH(P, c->args, e);
    return true;
}

AstKeyword *new_keyword(Parser *P, const char *arg, AstExpr *value, const Loc *loc)
{
    AstKeyword *k = arena_alloc(P->arena, sizeof *k);
    k->kind = AST_keyword;
    k->arg = arg;
    k->value = value;
    k->pos = loc_pos(loc);
    return k;
}

AstExpr *new_call(Parser *P, AstExpr *func, CallArgs *args, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_Call, loc);
    e->v.Call.func = func;
    if (args) {
        e->v.Call.args = args->args;
        e->v.Call.keywords = args->keywords;
    }
    return e;
}

/* The errors of a whole argument list, known at its ')': CPython reports an
 * argument out of order there. */
static bool check_argument_order(Parser *P, const CallArgs *args, const Loc *parens)
{
    if (!args->misplaced)
        return true;
    Loc close = { parens->last_line, parens->last_column - 1, parens->last_line,
                  parens->last_column };
    parser_syntax_error(P, &close, "%s", args->misplaced);
    return false;
}

AstExpr *build_call(Parser *P, AstExpr *func, CallArgs *args, const Loc *parens,
                    const Loc *loc)
{
    AstExpr *genexp = args->bare_genexp;
    if (genexp) {
        bool sole = args->args.count == 1 && args->keywords.count == 0 && !args->trailing_comma;
        if (!sole) {
            Loc at = pos_loc(&genexp->pos);
            parser_syntax_error_span(P, &at, "Generator expression must be parenthesized");
            return NULL;
        }
        genexp->pos = loc_pos(parens);
    }
    if (!check_argument_order(P, args, parens))
        return NULL;
    return new_call(P, func, args, loc);
}

/* ---- statements -------------------------------------------------------------------------- */

AstStmt *build_function(Parser *P, AstKind kind, const char *name, ParamList *params,
                        AstExpr *returns, AstStmtSeq body, const Loc *loc)
{
    AstArguments *args = params ? build_arguments(P, params, false) : empty_arguments(P);
    if (!args)
        return NULL;
    AstStmt *s = new_stmt(P, kind, loc);
    /* FunctionDef and AsyncFunctionDef have the same fields */
    s->v.FunctionDef.name = name;
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    s->v.FunctionDef.returns = returns;
    return s;
}

AstStmt *build_class(Parser *P, const char *name, CallArgs *args, const Loc *parens,
                     AstStmtSeq body, const Loc *loc)
{
    if (args && !check_argument_order(P, args, parens))
        return NULL;
    if (args && args->bare_genexp) {
        /* class A(x for x in y): bases are not a call's arguments */
        Loc at = pos_loc(&args->bare_genexp->v.GeneratorExp.generators.items[0]->target->pos);
        parser_syntax_error(P, &at, "invalid syntax");
        return NULL;
    }
    AstStmt *s = new_stmt(P, AST_ClassDef, loc);
    s->v.ClassDef.name = name;
    if (args) {
        s->v.ClassDef.bases = args->args;
        s->v.ClassDef.keywords = args->keywords;
    }
    s->v.ClassDef.body = body;
    return s;
}

void set_decorators(AstStmt *def, AstExprSeq decorators)
{
    if (def->kind == AST_ClassDef)
        def->v.ClassDef.decorator_list = decorators;
    else
        def->v.FunctionDef.decorator_list = decorators;
}

AstStmt *build_import_from(Parser *P, const char *module, int level, AstAliasSeq names,
                           const Loc *loc)
{
    AstStmt *s = new_stmt(P, AST_ImportFrom, loc);
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = names;
    s->v.ImportFrom.level = level;
    return s;
}

AstAlias *new_alias(Parser *P, const char *name, const char *asname, const Loc *loc)
{
    AstAlias *a = arena_alloc(P->arena, sizeof *a);
    a->kind = AST_alias;
    a->name = name;
    a->asname = asname;
    a->pos = loc_pos(loc);
    return a;
}

const char *join_dotted(Parser *P, const char *left, const char *right)
{
    size_t n = strlen(left), m = strlen(right);
    char *s = arena_alloc(P->arena, n + m + 2);
    memcpy(s, left, n);
    s[n] = '.';
    memcpy(s + n + 1, right, m + 1);
    return s;
}

AstStmt *build_for(Parser *P, AstKind kind, AstExpr *target, AstExpr *iter, AstStmtSeq body,
                   AstStmtSeq orelse, const Loc *loc)
{
    if (!set_store_context(P, target, TARGETS_FOR))
        return NULL;
    AstStmt *s = new_stmt(P, kind, loc);
    /* For and AsyncFor have the same fields */
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = body;
    s->v.For.orelse = orelse;
    return s;
}

AstComprehension *build_comprehension(Parser *P, AstExpr *target, AstExpr *iter,
                                      AstExprSeq ifs, int is_async)
{
    if (!set_store_context(P, target, TARGETS_FOR))
        return NULL;
    AstComprehension *c = arena_alloc(P->arena, sizeof *c);
    c->kind = AST_comprehension;
    c->target = target;
    c->iter = iter;
    c->ifs = ifs;
    c->is_async = is_async;
    return c;
}

/* ---- with ----------------------------------------------------------------------------- */

AstStmt *build_with(Parser *P, AstKind kind, AstWithitemSeq items, AstStmtSeq body,
                    const Loc *loc)
{
    AstStmt *s = new_stmt(P, kind, loc);
    /* With and AsyncWith have the same fields */
    s->v.With.items = items;
    s->v.With.body = body;
    return s;
}

AstWithitem *new_withitem(Parser *P, AstExpr *context, AstExpr *vars)
{
    AstWithitem *w = arena_alloc(P->arena, sizeof *w);
    w->kind = AST_withitem;
    w->context_expr = context;
    w->optional_vars = vars;
    return w;
}

AstWithitem *build_withitem(Parser *P, AstExpr *context, AstExpr *target)
{
    if (!set_store_context(P, target, TARGETS_STAR))
        return NULL;
    return new_withitem(P, context, target);
}

WithElems *with_elems_new(Parser *P, WithParenKind kind)
{
    WithElems *w = arena_alloc(P->arena, sizeof *w);
    w->kind = kind;
    return w;
}

WithElems *with_elems_single(Parser *P, WithParenKind kind, AstExpr *e, const Loc *loc)
{
    WithElems *w = with_elems_new(P, kind);
    with_elems_add(P, w, e, loc, NULL);
    return w;
}

void with_elems_add(Parser *P, WithElems *w, AstExpr *e, const Loc *loc, AstExpr *target)
{
    SEQ_PUSH(P, *w, ((WithElem){ e, *loc, target }));
}

/* An item of `with (a, b as c):` must be an `expression`: not starred, and
 * not a bare `x := y`. */
static bool is_item_expression(const WithElem *elem)
{
    AstKind k = elem->expr->kind;
    if (k == AST_Starred)
        return false;
    if (k == AST_NamedExpr && !is_parenthesized(elem->expr, &elem->loc))
        return false;
    return true;
}

bool with_paren_items(Parser *P, WithElems *w, const Loc *parens, AstWithitemSeq *out)
{
    *out = (AstWithitemSeq){ 0, NULL };
    AstExpr *single = NULL;
    switch (w->kind) {
    case WITH_PAREN_EMPTY:
        single = new_tuple(P, (AstExprSeq){ 0, NULL }, parens);
        break;
    case WITH_PAREN_GROUP:
        single = w->items[0].expr;
        break;
    case WITH_PAREN_GENEXP:
        single = w->items[0].expr;
        single->pos = loc_pos(parens);
        break;
    case WITH_PAREN_LIST: {
        bool items = true, any_target = false;
        for (int i = 0; i < w->count; i++) {
            items = items && is_item_expression(&w->items[i]);
            any_target = any_target || w->items[i].target;
        }
        if (items) {
            for (int i = 0; i < w->count; i++) {
                AstWithitem *item = w->items[i].target
                    ? build_withitem(P, w->items[i].expr, w->items[i].target)
                    : new_withitem(P, w->items[i].expr, NULL);
                if (!item)
                    return false;
                SEQ_PUSH(P, *out, item);
            }
            return true;
        }
        if (any_target) {
            /* neither items (something starred) nor one expression (an 'as') */
            for (int i = 0; i < w->count; i++)
                if (!is_item_expression(&w->items[i])) {
                    Loc at = w->items[i].loc;
                    parser_syntax_error(P, &at, "invalid syntax");
                    return false;
                }
        }
        AstExprSeq elts = { 0, NULL };
        for (int i = 0; i < w->count; i++)
            SEQ_PUSH(P, elts, w->items[i].expr);
        single = w->count == 1 && !w->trailing_comma ? build_group(P, elts, parens)
                                                      : new_tuple(P, elts, parens);
        if (!single)
            return false;
        break;
    }
    }
    SEQ_PUSH(P, *out, new_withitem(P, single, NULL));
    return true;
}

/* ---- try --------------------------------------------------------------------------------- */

HandlerList *handlers_new(Parser *P)
{
    return arena_alloc(P->arena, sizeof(HandlerList));
}

void handlers_add(Parser *P, HandlerList *h, AstExcepthandler *handler, bool star,
                  const Loc *loc)
{
    int n = h->handlers.count;
    if (n > 0 && !h->mixed) {
        bool first_star = h->star_count > 0;
        if (star != first_star) {
            h->mixed = true;
            h->first_other = *loc;
        }
    }
    h->star_count += star;
    SEQ_PUSH(P, h->handlers, handler);
}

AstExcepthandler *new_handler(Parser *P, AstExpr *type, const char *name, AstStmtSeq body,
                              const Loc *loc)
{
    AstExcepthandler *h = arena_alloc(P->arena, sizeof *h);
    h->kind = AST_ExceptHandler;
    h->v.ExceptHandler.type = type;
    h->v.ExceptHandler.name = name;
    h->v.ExceptHandler.body = body;
    h->pos = loc_pos(loc);
    return h;
}

AstStmt *build_try(Parser *P, AstStmtSeq body, HandlerList *handlers, AstStmtSeq orelse,
                   AstStmtSeq finalbody, const Loc *loc)
{
    if (handlers->mixed) {
        Loc at = handlers->first_other;
        parser_syntax_error(P, &at, "cannot have both 'except' and 'except*' on the same 'try'");
        return NULL;
    }
    AstStmt *s = new_stmt(P, handlers->star_count ? AST_TryStar : AST_Try, loc);
    /* Try and TryStar have the same fields */
    s->v.Try.body = body;
    s->v.Try.handlers = handlers->handlers;
    s->v.Try.orelse = orelse;
    s->v.Try.finalbody = finalbody;
    return s;
}
