/* gcmodule.c - the gc module: the cycle collector's switches (mem/gc.h). */
#include "runtime.h"
#include "modules/modules.h"

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

FUNCTION(gc_collect_method)
{
    static const char *const names[] = { "generation", NULL };
    Object *v[1];
    if (!args_parse("collect", args, nargs, kwnames, names, 0, 1, v))
        return NULL;
    int64_t generation = 2;
    if (v[0]) {
        generation = obj_as_index(v[0], NULL);
        if (generation == -1 && err_occurred())
            return NULL;
        if (generation < 0 || generation > 2)
            return err_set_string(&Exc_ValueError, "invalid generation");
    }
    return int_from_i64(gc_collect((int)generation));
}

FUNCTION(gc_enable)
{
    gc_set_enabled(true);
    return none_ref();
}

FUNCTION(gc_disable)
{
    gc_set_enabled(false);
    return none_ref();
}

FUNCTION(gc_isenabled)
{
    return bool_from(gc_is_enabled());
}

static Object *triple(const int64_t v[3])
{
    Object *a = int_from_i64(v[0]), *b = int_from_i64(v[1]), *c = int_from_i64(v[2]);
    Object *r = tuple_pack(3, a, b, c);
    DECREF(a);
    DECREF(b);
    DECREF(c);
    return r;
}

FUNCTION(gc_get_count)
{
    int64_t v[3];
    gc_get_counts(v);
    return triple(v);
}

FUNCTION(gc_get_threshold)
{
    int64_t v[3];
    gc_get_thresholds(v);
    return triple(v);
}

FUNCTION(gc_set_threshold)
{
    if (!arg_tuple_range("set_threshold", nargs, kwnames, 1, 3))
        return NULL;
    int64_t v[3];
    for (size_t i = 0; i < NARGS(nargs); i++) {
        v[i] = obj_as_index(args[i], NULL);
        if (v[i] == -1 && err_occurred())
            return NULL;
    }
    gc_set_thresholds(v, (int)NARGS(nargs));
    return none_ref();
}

FUNCTION(gc_get_objects_method)
{
    return gc_get_objects();
}

FUNCTION(gc_is_tracked_method)
{
    if (!arg_one("gc.is_tracked", nargs, kwnames))
        return NULL;
    Object *o = args[0];
    bool gc = (o->type->flags & TYPE_GC) &&
              !(type_check(o) && !(((Type *)o)->flags & TYPE_HEAP));
    return bool_from(gc && gc_is_tracked(o));
}

FUNCTION(gc_get_stats)
{
    const GcStats *s = gc_stats();
    Object *l = list_new(0);
    for (int i = 0; i < 3; i++) {
        Object *d = dict_new();
        Object *c = int_from_u64(s->collections[i]), *k = int_from_u64(s->collected[i]);
        Object *u = int_from_i64(0);
        dict_set_cstr(d, "collections", c);
        dict_set_cstr(d, "collected", k);
        dict_set_cstr(d, "uncollectable", u);
        DECREF(c);
        DECREF(k);
        DECREF(u);
        list_append_steal(l, d);
    }
    return l;
}

static const MethodDef gc_functions[] = {
    { "collect", gc_collect_method, 0 },
    { "enable", gc_enable, METH_NOARGS },
    { "disable", gc_disable, METH_NOARGS },
    { "isenabled", gc_isenabled, METH_NOARGS },
    { "get_count", gc_get_count, METH_NOARGS },
    { "get_threshold", gc_get_threshold, METH_NOARGS },
    { "set_threshold", gc_set_threshold, 0 },
    { "get_objects", gc_get_objects_method, 0 },
    { "is_tracked", gc_is_tracked_method, 0 },
    { "get_stats", gc_get_stats, METH_NOARGS },
    { NULL, NULL, 0 },
};

Object *gc_module_create(void)
{
    Object *m = module_new("gc");
    module_add_functions(m, gc_functions);
    module_add(m, "garbage", list_new(0));
    module_add(m, "callbacks", list_new(0));
    return m;
}
