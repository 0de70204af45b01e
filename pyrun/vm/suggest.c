/* suggest.c - suggestions for misspelt names (see suggest.h). */
#include "runtime.h"
#include "vm/suggest.h"

enum { MAX_CANDIDATES = 750, MAX_NAME_LENGTH = 40, EDIT_COST = 2, CASE_COST = 1 };

static size_t substitution_cost(char a, char b)
{
    if (a == b)
        return 0;
    char la = (a >= 'A' && a <= 'Z') ? (char)(a + 32) : a;
    char lb = (b >= 'A' && b <= 'Z') ? (char)(b + 32) : b;
    return la == lb ? CASE_COST : EDIT_COST;
}

/* The weighted edit distance of a and b, or max_cost + 1 if it is larger. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    /* common prefixes and suffixes cost nothing */
    while (na && nb && a[0] == b[0]) {
        a++, b++;
        na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--;
        nb--;
    }
    if (na == 0 || nb == 0)
        return (na + nb) * EDIT_COST;
    if (na > MAX_NAME_LENGTH || nb > MAX_NAME_LENGTH)
        return max_cost + 1;
    /* one row of the matrix at a time: row[j] = cost of a[:j] against b[:i] */
    size_t row[MAX_NAME_LENGTH + 1];
    for (size_t j = 0; j <= na; j++)
        row[j] = j * EDIT_COST;
    for (size_t i = 1; i <= nb; i++) {
        size_t diagonal = row[0];
        row[0] = i * EDIT_COST;
        for (size_t j = 1; j <= na; j++) {
            size_t substitute = diagonal + substitution_cost(b[i - 1], a[j - 1]);
            size_t remove = row[j] + EDIT_COST;
            size_t insert = row[j - 1] + EDIT_COST;
            diagonal = row[j];
            size_t best = substitute < remove ? substitute : remove;
            row[j] = best < insert ? best : insert;
        }
    }
    return row[na] > max_cost ? max_cost + 1 : row[na];
}

/* The closest of the candidate names (a list of str), or NULL. */
static Object *closest(Object *candidates, Object *name)
{
    if (!candidates || list_size(candidates) >= MAX_CANDIDATES)
        return NULL;
    Object *best = NULL;
    size_t best_distance = (size_t)-1;
    for (size_t i = 0; i < list_size(candidates); i++) {
        Object *item = list_get(candidates, i);
        if (!str_check(item) || str_equal(item, name))
            continue;
        size_t limit = (str_size(name) + str_size(item) + 3) * EDIT_COST / 6;
        if (best_distance - 1 < limit)
            limit = best_distance - 1;
        size_t d = distance(str_data(name), str_size(name), str_data(item), str_size(item), limit);
        if (d > limit)
            continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best ? NEWREF(best) : NULL;
}

static Object *from_keys(Object *dict, Object *name)
{
    Object *keys = dict_keys_list(dict);
    Object *r = closest(keys, name);
    DECREF(keys);
    return r;
}

static Object *for_name_error(ExceptionObject *e)
{
    Object *name = e->extra[EXC_NAME];
    if (!name || !str_check_exact(name) || !e->traceback)
        return NULL;
    TracebackObject *tb = (TracebackObject *)e->traceback;
    while (tb->next)
        tb = (TracebackObject *)tb->next;
    CodeObject *code = (CodeObject *)tb->code;
    Object *names = list_from_iterable(code->varnames);
    Object *r = closest(names, name);
    DECREF(names);
    if (!r && tb->globals)
        r = from_keys(tb->globals, name);
    if (!r)
        r = from_keys(vm.builtins, name);
    return r;
}

static Object *for_attribute_error(ExceptionObject *e)
{
    Object *name = e->extra[EXC_NAME], *obj = e->extra[EXC_ATTR_OBJ];
    if (!name || !obj || !str_check_exact(name))
        return NULL;
    Object *dir = obj_dir(obj);
    if (!dir) {
        err_clear();
        return NULL;
    }
    Object *r = closest(dir, name);
    DECREF(dir);
    return r;
}

Object *suggest_for_exception(Object *exception)
{
    ExceptionObject *e = (ExceptionObject *)exception;
    Object *saved = err_fetch();
    Object *r = NULL;
    if (obj_is_instance_of(exception, &Exc_NameError))
        r = for_name_error(e);
    else if (obj_is_instance_of(exception, &Exc_AttributeError))
        r = for_attribute_error(e);
    err_clear();
    err_restore(saved);
    return r;
}
