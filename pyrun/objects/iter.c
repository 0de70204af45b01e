/* iter.c - the iterator types behind iter(), enumerate, zip, map, filter
 * and reversed (see iter.h). */
#include "runtime.h"

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

/* ---- iter(sequence): items 0, 1, 2, ... until IndexError ---------------------------------------- */

typedef struct SeqIterObject {
    Object head;
    Object *seq;            /* NULL when exhausted */
    int64_t index;
} SeqIterObject;

Object *seq_iter_new(Object *seq)
{
    SeqIterObject *it = (SeqIterObject *)obj_alloc(&SeqIterType, 0);
    it->seq = NEWREF(seq);
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *seq_iter_next(Object *o)
{
    SeqIterObject *it = (SeqIterObject *)o;
    if (!it->seq)
        return NULL;
    Object *i = int_from_i64(it->index);
    Object *v = obj_getitem(it->seq, i);
    DECREF(i);
    if (v) {
        it->index++;
        return v;
    }
    if (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration)) {
        err_clear();
        CLEAR(it->seq);
    }
    return NULL;
}

static void one_ref_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((SeqIterObject *)o)->seq);
    obj_free(o);
}

static void one_ref_traverse(Object *o, VisitFunc visit, void *arg)
{
    if (((SeqIterObject *)o)->seq)
        visit(((SeqIterObject *)o)->seq, arg);
}

Type SeqIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "iterator",
    .basicsize = sizeof(SeqIterObject),
    .flags = TYPE_GC,
    .dealloc = one_ref_dealloc,
    .traverse = one_ref_traverse,
    .iter = self_iter,
    .iternext = seq_iter_next,
};

/* ---- iter(callable, sentinel) -------------------------------------------------------------------- */

typedef struct CallableIterObject {
    Object head;
    Object *callable;       /* NULL when exhausted */
    Object *sentinel;
} CallableIterObject;

Object *callable_iter_new(Object *callable, Object *sentinel)
{
    CallableIterObject *it = (CallableIterObject *)obj_alloc(&CallableIterType, 0);
    it->callable = NEWREF(callable);
    it->sentinel = NEWREF(sentinel);
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *callable_iter_next(Object *o)
{
    CallableIterObject *it = (CallableIterObject *)o;
    if (!it->callable)
        return NULL;
    Object *v = obj_call0(it->callable);
    if (!v) {
        if (err_matches(&Exc_StopIteration)) {
            err_clear();
            CLEAR(it->callable);
        }
        return NULL;
    }
    int eq = obj_rich_compare_bool(v, it->sentinel, CMP_EQ);
    if (eq == 0)
        return v;
    DECREF(v);
    if (eq > 0)
        CLEAR(it->callable);
    return NULL;
}

static void two_ref_dealloc(Object *o)
{
    CallableIterObject *it = (CallableIterObject *)o;
    gc_untrack(o);
    CLEAR(it->callable);
    CLEAR(it->sentinel);
    obj_free(o);
}

static void two_ref_traverse(Object *o, VisitFunc visit, void *arg)
{
    CallableIterObject *it = (CallableIterObject *)o;
    if (it->callable)
        visit(it->callable, arg);
    if (it->sentinel)
        visit(it->sentinel, arg);
}

Type CallableIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "callable_iterator",
    .basicsize = sizeof(CallableIterObject),
    .flags = TYPE_GC,
    .dealloc = two_ref_dealloc,
    .traverse = two_ref_traverse,
    .iter = self_iter,
    .iternext = callable_iter_next,
};

/* ---- enumerate ---------------------------------------------------------------------------------------- */

typedef struct EnumerateObject {
    Object head;
    Object *iterator;
    Object *count;          /* the next index as an int, when it outgrew a word */
    int64_t index;
} EnumerateObject;

static Object *enumerate_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "iterable", "start", NULL };
    Object *v[2];
    if (!args_parse("enumerate", args, nargs, kwnames, names, 0, 2, v))
        return NULL;
    if (!v[0])
        return err_set_string(&Exc_TypeError, "enumerate() missing required argument 'iterable'");
    int64_t start = 0;
    Object *big = NULL;
    if (v[1]) {
        Object *s = obj_index(v[1]);
        if (!s)
            return NULL;
        bool overflow;
        start = int_as_i64(s, &overflow);
        if (overflow)
            big = s;
        else
            DECREF(s);
    }
    Object *it = obj_get_iter(v[0]);
    if (!it) {
        XDECREF(big);
        return NULL;
    }
    EnumerateObject *e = (EnumerateObject *)obj_alloc(type, 0);
    e->iterator = it;
    e->index = start;
    e->count = big;
    gc_track((Object *)e);
    return (Object *)e;
}

static Object *enumerate_next(Object *o)
{
    EnumerateObject *e = (EnumerateObject *)o;
    Object *item = iter_next(e->iterator);
    if (!item)
        return NULL;
    Object *index;
    if (e->count) {
        index = NEWREF(e->count);
        Object *one = int_from_i64(1);
        SETREF(e->count, int_add(e->count, one));
        DECREF(one);
    } else if (e->index == INT64_MAX) {
        index = int_from_i64(e->index);
        Object *one = int_from_i64(1);
        e->count = int_add(index, one);
        DECREF(one);
    } else {
        index = int_from_i64(e->index++);
    }
    TupleObject *t = tuple_new(2);
    t->items[0] = index;
    t->items[1] = item;
    return (Object *)t;
}

static void enumerate_dealloc(Object *o)
{
    EnumerateObject *e = (EnumerateObject *)o;
    gc_untrack(o);
    CLEAR(e->iterator);
    CLEAR(e->count);
    obj_free(o);
}

static void enumerate_traverse(Object *o, VisitFunc visit, void *arg)
{
    EnumerateObject *e = (EnumerateObject *)o;
    if (e->iterator)
        visit(e->iterator, arg);
}

Type EnumerateType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse,
    .iter = self_iter,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
};

/* ---- zip ---------------------------------------------------------------------------------------------- */

typedef struct ZipObject {
    Object head;
    Object *iterators;      /* tuple */
    bool strict;
} ZipObject;

static Object *zip_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "strict", NULL };
    Object *v[1];
    nargs = NARGS(nargs);
    /* CPython counts zip's keywords before it looks at their names */
    if (kwnames && tuple_size((Object *)kwnames) > 1)
        return err_format(&Exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)",
                          tuple_size((Object *)kwnames));
    if (!args_keywords("zip", args + nargs, kwnames, names, v))
        return NULL;
    TupleObject *its = tuple_new(nargs);
    for (size_t i = 0; i < nargs; i++) {
        its->items[i] = obj_get_iter(args[i]);
        if (!its->items[i]) {
            DECREF(its);
            return NULL;
        }
    }
    ZipObject *z = (ZipObject *)obj_alloc(type, 0);
    z->iterators = (Object *)its;
    z->strict = v[0] && obj_is_true(v[0]) == 1;
    gc_track((Object *)z);
    return (Object *)z;
}

static Object *zip_next(Object *o)
{
    ZipObject *z = (ZipObject *)o;
    size_t n = tuple_size(z->iterators);
    if (n == 0)
        return NULL;
    TupleObject *t = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Object *x = iter_next(tuple_get(z->iterators, i));
        if (!x) {
            if (err_occurred() || !z->strict) {
                DECREF(t);
                return NULL;
            }
            DECREF(t);
            if (i > 0)
                return err_format(&Exc_ValueError, "zip() argument %zu is shorter than argument%s"
                                  " %s%zu", i + 1, i > 1 ? "s" : "", i > 1 ? "1-" : "", i);
            /* the first ran out: every other one must be exhausted too */
            for (size_t j = 1; j < n; j++) {
                Object *y = iter_next(tuple_get(z->iterators, j));
                if (y) {
                    DECREF(y);
                    return err_format(&Exc_ValueError, "zip() argument %zu is longer than "
                                      "argument%s %s%zu", j + 1, j > 1 ? "s" : "",
                                      j > 1 ? "1-" : "", j);
                }
                if (err_occurred())
                    return NULL;
            }
            return NULL;
        }
        t->items[i] = x;
    }
    return (Object *)t;
}

static void zip_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((ZipObject *)o)->iterators);
    obj_free(o);
}

static void zip_traverse(Object *o, VisitFunc visit, void *arg)
{
    if (((ZipObject *)o)->iterators)
        visit(((ZipObject *)o)->iterators, arg);
}

Type ZipType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "zip",
    .basicsize = sizeof(ZipObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .iter = self_iter,
    .iternext = zip_next,
    .new_ = zip_new,
};

/* ---- map ---------------------------------------------------------------------------------------------- */

typedef struct MapObject {
    Object head;
    Object *func;
    Object *iterators;      /* tuple */
} MapObject;

static Object *map_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (type == &MapType && !arg_no_keywords("map", kwnames))
        return NULL;
    nargs = NARGS(nargs);
    if (nargs < 2)
        return err_set_string(&Exc_TypeError, "map() must have at least two arguments.");
    TupleObject *its = tuple_new(nargs - 1);
    for (size_t i = 1; i < nargs; i++) {
        its->items[i - 1] = obj_get_iter(args[i]);
        if (!its->items[i - 1]) {
            DECREF(its);
            return NULL;
        }
    }
    MapObject *m = (MapObject *)obj_alloc(type, 0);
    m->func = NEWREF(args[0]);
    m->iterators = (Object *)its;
    gc_track((Object *)m);
    return (Object *)m;
}

static Object *map_next(Object *o)
{
    MapObject *m = (MapObject *)o;
    size_t n = tuple_size(m->iterators);
    Object *small[9];
    Object **argv = n + 1 <= 9 ? small : mem_alloc((n + 1) * sizeof(Object *));
    size_t got = 0;
    Object *r = NULL;
    for (; got < n; got++) {
        argv[got + 1] = iter_next(tuple_get(m->iterators, got));
        if (!argv[got + 1])
            break;
    }
    if (got == n)
        r = obj_call(m->func, argv + 1, n | CALL_ARGS_OFFSET, NULL);
    for (size_t i = 0; i < got; i++)
        DECREF(argv[i + 1]);
    if (argv != small)
        mem_free(argv, (n + 1) * sizeof(Object *));
    return r;
}

static void map_dealloc(Object *o)
{
    MapObject *m = (MapObject *)o;
    gc_untrack(o);
    CLEAR(m->func);
    CLEAR(m->iterators);
    obj_free(o);
}

static void map_traverse(Object *o, VisitFunc visit, void *arg)
{
    MapObject *m = (MapObject *)o;
    if (m->func)
        visit(m->func, arg);
    if (m->iterators)
        visit(m->iterators, arg);
}

Type MapType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "map",
    .basicsize = sizeof(MapObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .iter = self_iter,
    .iternext = map_next,
    .new_ = map_new,
};

/* ---- filter --------------------------------------------------------------------------------------------- */

static Object *filter_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (type == &FilterType && !arg_no_keywords("filter", kwnames))
        return NULL;
    if (!arg_range("filter", nargs, NULL, 2, 2))
        return NULL;
    Object *it = obj_get_iter(args[1]);
    if (!it)
        return NULL;
    MapObject *f = (MapObject *)obj_alloc(type, 0);
    f->func = NEWREF(args[0]);
    f->iterators = it;
    gc_track((Object *)f);
    return (Object *)f;
}

static Object *filter_next(Object *o)
{
    MapObject *f = (MapObject *)o;
    for (;;) {
        Object *x = iter_next(f->iterators);
        if (!x)
            return NULL;
        int keep;
        if (f->func == OBJ_NONE || f->func == (Object *)&BoolType) {
            keep = obj_is_true(x);
        } else {
            Object *r = obj_call1(f->func, x);
            keep = r ? obj_is_true(r) : -1;
            XDECREF(r);
        }
        if (keep > 0)
            return x;
        DECREF(x);
        if (keep < 0)
            return NULL;
    }
}

Type FilterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "filter",
    .basicsize = sizeof(MapObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .iter = self_iter,
    .iternext = filter_next,
    .new_ = filter_new,
};

/* ---- reversed ------------------------------------------------------------------------------------------- */

static Object *reversed_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (type == &ReversedType && !arg_no_keywords("reversed", kwnames))
        return NULL;
    if (!arg_range("reversed", nargs, NULL, 1, 1))
        return NULL;
    Object *seq = args[0];
    Object *rev = type_lookup(seq->type, id_dunder_reversed);
    if (rev == OBJ_NONE)
        return err_format(&Exc_TypeError, "'%s' object is not reversible", obj_type_name(seq));
    if (rev) {
        bool found;
        return obj_call_special(seq, id_dunder_reversed, NULL, 0, &found);
    }
    /* a sequence (it has __getitem__) without __len__ fails on the length, as in CPython */
    if (!seq->type->getitem || dict_check(seq))
        return err_format(&Exc_TypeError, "'%s' object is not reversible", obj_type_name(seq));
    int64_t n = obj_length(seq);
    if (n < 0)
        return NULL;
    SeqIterObject *it = (SeqIterObject *)obj_alloc(type, 0);
    it->seq = NEWREF(seq);
    it->index = n - 1;
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *reversed_next(Object *o)
{
    SeqIterObject *it = (SeqIterObject *)o;
    if (!it->seq || it->index < 0) {
        CLEAR(it->seq);
        return NULL;
    }
    Object *i = int_from_i64(it->index);
    Object *v = obj_getitem(it->seq, i);
    DECREF(i);
    if (v) {
        it->index--;
        return v;
    }
    if (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration)) {
        err_clear();
        CLEAR(it->seq);
    }
    return NULL;
}

static Object *reversed_length_hint(Object *o, Object *const *args, size_t nargs, TupleObject *k)
{
    SeqIterObject *it = (SeqIterObject *)o;
    return int_from_i64(it->seq ? it->index + 1 : 0);
}

static const MethodDef reversed_methods[] = {
    { "__length_hint__", reversed_length_hint, 0 },
    { NULL, NULL, 0 },
};

Type ReversedType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "reversed",
    .basicsize = sizeof(SeqIterObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dealloc = one_ref_dealloc,
    .traverse = one_ref_traverse,
    .iter = self_iter,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .methods = reversed_methods,
};
