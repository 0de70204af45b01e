/* compile_call.c - calls of every shape: positional, keyword, *args,
 * **kwargs, and method calls without a bound method (LOAD_METHOD). */
#include "compiler.h"

#include <string.h>

enum { STACK_USE_GUIDELINE = 30 };

/* `f(a=1, a=2)` and `f(__debug__=1)`. */
static void check_keywords(Compiler *c, AstKeywordSeq *keywords)
{
    for (int i = 0; i < keywords->count; i++) {
        AstKeyword *k = keywords->items[i];
        if (!k->arg)
            continue;
        if (strcmp(k->arg, "__debug__") == 0)
            compiler_error_at(c, k->pos, "cannot assign to __debug__");
        for (int j = i + 1; j < keywords->count; j++) {
            AstKeyword *other = keywords->items[j];
            if (other->arg && strcmp(other->arg, k->arg) == 0)
                compiler_error_at(c, other->pos, "keyword argument repeated: %s", k->arg);
        }
    }
}

static void compile_keyword_names(Compiler *c, AstKeywordSeq *keywords, int begin, int end)
{
    Value **names = arena_alloc(c->arena, sizeof(Value *) * (size_t)(end - begin + 1));
    for (int i = begin; i < end; i++)
        names[i - begin] = str_value(c, keywords->items[i]->arg);
    emit_const(c, value_tuple(c->arena, names, end - begin));
}

/* A dict of keywords[begin:end] (none of them **). */
static void compile_subkwargs(Compiler *c, AstKeywordSeq *keywords, int begin, int end)
{
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++)
            compile_expr(c, keywords->items[i]->value);
        compile_keyword_names(c, keywords, begin, end);
        emit(c, OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big)
        emit(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        emit_const(c, str_value(c, keywords->items[i]->arg));
        compile_expr(c, keywords->items[i]->value);
        if (big)
            emit(c, OP_MAP_ADD, 1);
    }
    if (!big)
        emit(c, OP_BUILD_MAP, n);
}

/* The keyword arguments of a CALL_FUNCTION_EX: one dict, merged from runs
 * of plain keywords and each **mapping. */
static void compile_keywords_dict(Compiler *c, AstKeywordSeq *keywords)
{
    int n = keywords->count, seen = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        AstKeyword *k = keywords->items[i];
        if (k->arg) {
            seen++;
            continue;
        }
        if (seen) {
            compile_subkwargs(c, keywords, i - seen, i);
            if (have_dict)
                emit(c, OP_DICT_MERGE, 1);
            have_dict = true;
            seen = 0;
        }
        if (!have_dict) {
            emit(c, OP_BUILD_MAP, 0);
            have_dict = true;
        }
        compile_expr(c, k->value);
        emit(c, OP_DICT_MERGE, 1);
    }
    if (seen) {
        compile_subkwargs(c, keywords, n - seen, n);
        if (have_dict)
            emit(c, OP_DICT_MERGE, 1);
    }
}

static bool has_starred(AstExprSeq *args)
{
    for (int i = 0; i < args->count; i++)
        if (args->items[i]->kind == AST_Starred)
            return true;
    return false;
}

static bool has_double_star(AstKeywordSeq *keywords)
{
    for (int i = 0; i < keywords->count; i++)
        if (!keywords->items[i]->arg)
            return true;
    return false;
}

void compile_call_helper(Compiler *c, int already, AstExprSeq *args, AstKeywordSeq *keywords)
{
    check_keywords(c, keywords);
    int nargs = args->count, nkw = keywords->count;
    bool simple = nargs + nkw * 2 <= STACK_USE_GUIDELINE && !has_starred(args) && !has_double_star(keywords);
    if (simple) {
        compile_exprs(c, args);
        if (nkw) {
            for (int i = 0; i < nkw; i++)
                compile_expr(c, keywords->items[i]->value);
            compile_keyword_names(c, keywords, 0, nkw);
            emit(c, OP_CALL_FUNCTION_KW, already + nargs + nkw);
        } else {
            emit(c, OP_CALL_FUNCTION, already + nargs);
        }
        return;
    }
    /* the general call: CALL_FUNCTION_EX with a tuple (and a dict) */
    if (already == 0 && nargs == 1 && args->items[0]->kind == AST_Starred)
        compile_expr(c, args->items[0]->v.Starred.value);
    else
        compile_positional_tuple(c, args, already);
    if (nkw)
        compile_keywords_dict(c, keywords);
    emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

/* o.m(args): LOAD_METHOD and CALL_METHOD(_KW), when there are no * or **
 * and not too many arguments. */
static bool compile_method_call(Compiler *c, AstExpr *e)
{
    AstExpr *method = e->v.Call.func;
    AstExprSeq *args = &e->v.Call.args;
    AstKeywordSeq *keywords = &e->v.Call.keywords;
    if (method->kind != AST_Attribute || args->count + keywords->count >= STACK_USE_GUIDELINE ||
        has_starred(args) || has_double_star(keywords))
        return false;
    check_keywords(c, keywords);
    compile_expr(c, method->v.Attribute.value);
    Location saved = c->u->loc;
    set_attribute_loc(c, method);
    emit_name(c, OP_LOAD_METHOD, method->v.Attribute.attr);
    c->u->loc = saved;
    compile_exprs(c, args);
    if (keywords->count) {
        for (int i = 0; i < keywords->count; i++)
            compile_expr(c, keywords->items[i]->value);
        compile_keyword_names(c, keywords, 0, keywords->count);
    }
    /* the call: the whole call expression, starting at the method's line */
    c->u->loc = loc_of(e->pos);
    adjust_start_to_attribute(&c->u->loc, method);
    if (keywords->count)
        emit(c, OP_CALL_METHOD_KW, args->count + keywords->count);
    else
        emit(c, OP_CALL_METHOD, args->count);
    c->u->loc = saved;
    return true;
}

void compile_call(Compiler *c, AstExpr *e)
{
    if (compile_method_call(c, e))
        return;
    check_caller(c, e);
    compile_expr(c, e->v.Call.func);
    compile_call_helper(c, 0, &e->v.Call.args, &e->v.Call.keywords);
}
