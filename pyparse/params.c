/* params.c - the parameters of `def` and `lambda`.
 *
 * The grammar reads a flat, comma-separated list of parameter items (a name
 * with an optional annotation and default, '/', '*', '*name', '**name').
 * This file checks their order the way CPython does -- one '/', before any
 * '*'; one '*'; '**' last; no parameter without a default after one with a
 * default, before the '*' -- and sorts them into the fields of `arguments`. */
#include "build.h"

ParamList *param_list_new(Parser *P)
{
    return arena_alloc(P->arena, sizeof(ParamList));
}

void param_list_add(Parser *P, ParamList *l, ParamItem *item)
{
    SEQ_PUSH(P, *l, item);
}

ParamItem *new_param(Parser *P, ParamKind kind, AstArg *arg, AstExpr *default_value,
                     const Loc *loc)
{
    ParamItem *p = arena_alloc(P->arena, sizeof *p);
    p->kind = kind;
    p->arg = arg;
    p->default_value = default_value;
    p->loc = *loc;
    return p;
}

AstArg *new_arg(Parser *P, const char *name, AstExpr *annotation, const Loc *loc)
{
    AstArg *a = arena_alloc(P->arena, sizeof *a);
    a->kind = AST_arg;
    a->arg = name;
    a->annotation = annotation;
    a->pos = loc_pos(loc);
    return a;
}

AstArguments *empty_arguments(Parser *P)
{
    AstArguments *a = arena_alloc(P->arena, sizeof *a);
    a->kind = AST_arguments;
    return a;
}

static AstArguments *fail(Parser *P, const Loc *at, const char *message)
{
    parser_syntax_error(P, at, "%s", message);
    return NULL;
}

/* Is there a named parameter after item i, before any '**'? (A bare '*'
 * must be followed by one.) */
static bool named_after(const ParamList *l, int i)
{
    for (int j = i + 1; j < l->count; j++) {
        if (l->items[j]->kind == PARAM_PLAIN)
            return true;
        if (l->items[j]->kind == PARAM_DOUBLE_STAR)
            return false;
    }
    return false;
}

/* In a lambda CPython reports a bare '*' at the token after its comma:
 * the next parameter, or the ':'. */
static Loc after_bare_star(const ParamList *l, int i)
{
    if (i + 1 < l->count)
        return l->items[i + 1]->loc;
    const Loc *star = &l->items[i]->loc;
    int skip = l->trailing_comma ? 1 : 0;
    return (Loc){ star->last_line, star->last_column + skip, star->last_line,
                  star->last_column + skip + 1 };
}

AstArguments *build_arguments(Parser *P, ParamList *l, bool lambda)
{
    AstArguments *a = empty_arguments(P);
    bool seen_slash = false, seen_star = false, seen_kwarg = false, seen_default = false;
    for (int i = 0; i < l->count; i++) {
        ParamItem *p = l->items[i];
        if (seen_kwarg)
            return fail(P, &p->loc, "arguments cannot follow var-keyword argument");
        switch (p->kind) {
        case PARAM_SLASH:
            if (i == 0)
                return fail(P, &p->loc, l->count > 1 || l->trailing_comma
                                            ? "at least one argument must precede /"
                                            : "invalid syntax");
            if (seen_slash)
                return fail(P, &p->loc, "/ may appear only once");
            if (seen_star)
                return fail(P, &p->loc, "/ must be ahead of *");
            seen_slash = true;
            /* the parameters so far were positional-only */
            a->posonlyargs = a->args;
            a->args = (AstArgSeq){ 0, NULL };
            break;
        case PARAM_STAR:
            if (seen_star)
                return fail(P, &p->loc, "* argument may appear only once");
            if (p->default_value)
                return fail(P, &p->loc, "var-positional argument cannot have default value");
            if (!p->arg && !named_after(l, i)) {
                Loc at = lambda ? after_bare_star(l, i) : p->loc;
                return fail(P, &at, "named arguments must follow bare *");
            }
            seen_star = true;
            a->vararg = p->arg;
            break;
        case PARAM_DOUBLE_STAR:
            if (p->default_value)
                return fail(P, &p->loc, "var-keyword argument cannot have default value");
            seen_kwarg = true;
            a->kwarg = p->arg;
            break;
        case PARAM_PLAIN:
            if (seen_star) {
                SEQ_PUSH(P, a->kwonlyargs, p->arg);
                SEQ_PUSH(P, a->kw_defaults, p->default_value);
                break;
            }
            if (p->default_value) {
                seen_default = true;
                SEQ_PUSH(P, a->defaults, p->default_value);
            } else if (seen_default) {
                return fail(P, &p->loc, "non-default argument follows default argument");
            }
            SEQ_PUSH(P, a->args, p->arg);
            break;
        }
    }
    return a;
}
