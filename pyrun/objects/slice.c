/* slice.c - slice objects and slice arithmetic (see slice.h). */
#include "runtime.h"

/* One freed slice is kept for the next: `a[i:j]` makes and drops one each time. */
static SliceObject *spare;

Object *slice_new(Object *start, Object *stop, Object *step)
{
    SliceObject *s = spare;
    if (s) {
        spare = NULL;
        s->head.refcount = 1;
    } else {
        s = (SliceObject *)obj_alloc(&SliceType, 0);
    }
    s->start = NEWREF(start ? start : OBJ_NONE);
    s->stop = NEWREF(stop ? stop : OBJ_NONE);
    s->step = NEWREF(step ? step : OBJ_NONE);
    return (Object *)s;
}

static void slice_dealloc(Object *o)
{
    SliceObject *s = (SliceObject *)o;
    DECREF(s->start);
    DECREF(s->stop);
    DECREF(s->step);
    if (!spare && o->type == &SliceType)
        spare = s;
    else
        obj_free(o);
}

/* A slice bound as a machine word, clamped: huge values act as +/- infinity. */
static bool bound_value(Object *v, int64_t *out)
{
    if (int_check_exact(v) && int_is_small(v)) {
        int64_t x = int_small_value(v);
        *out = x > INT64_MAX / 4 ? INT64_MAX / 4 : x < INT64_MIN / 4 ? INT64_MIN / 4 : x;
        return true;
    }
    if (!int_check(v) && !v->type->index) {
        err_set_string(&Exc_TypeError, "slice indices must be integers or None or have an "
                                       "__index__ method");
        return false;
    }
    Object *i = obj_index(v);
    if (!i)
        return false;
    bool overflow;
    *out = int_as_i64(i, &overflow);
    if (overflow)
        *out = int_sign(i) < 0 ? INT64_MIN / 4 : INT64_MAX / 4;
    else if (*out > INT64_MAX / 4)
        *out = INT64_MAX / 4;
    else if (*out < INT64_MIN / 4)
        *out = INT64_MIN / 4;
    DECREF(i);
    return true;
}

bool slice_unpack(Object *o, int64_t *start, int64_t *stop, int64_t *step)
{
    SliceObject *s = (SliceObject *)o;
    *step = 1;
    if (s->step != OBJ_NONE) {
        if (!bound_value(s->step, step))
            return false;
        if (*step == 0) {
            err_set_string(&Exc_ValueError, "slice step cannot be zero");
            return false;
        }
    }
    /* an omitted bound is as far as it goes in the step's direction */
    bool backwards = *step < 0;
    *start = backwards ? INT64_MAX / 4 : 0;
    *stop = backwards ? INT64_MIN / 4 : INT64_MAX / 4;
    return (s->start == OBJ_NONE || bound_value(s->start, start)) &&
           (s->stop == OBJ_NONE || bound_value(s->stop, stop));
}

/* A bound counted from the end when negative, then clamped to the range a
 * step in its direction can use. */
static int64_t adjust_bound(int64_t bound, int64_t length, bool backwards)
{
    int64_t lower = backwards ? -1 : 0, upper = backwards ? length - 1 : length;
    if (bound < 0) {
        bound += length;
        return bound < lower ? lower : bound;
    }
    return bound > upper ? upper : bound;
}

int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step)
{
    *start = adjust_bound(*start, length, step < 0);
    *stop = adjust_bound(*stop, length, step < 0);
    if (step < 0)
        return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

int64_t slice_resolve(Object *o, int64_t length, int64_t *start, int64_t *stop, int64_t *step)
{
    if (!slice_unpack(o, start, stop, step))
        return -1;
    return slice_adjust(length, start, stop, *step);
}

static Object *slice_repr(Object *o)
{
    SliceObject *s = (SliceObject *)o;
    Object *a = obj_repr(s->start), *b = obj_repr(s->stop), *c = obj_repr(s->step);
    Object *r = a && b && c ? str_from_format("slice(%s, %s, %s)", str_data(a), str_data(b),
                                              str_data(c))
                            : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return r;
}

static Object *slice_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_range("slice", nargs, kw, 1, 3))
        return NULL;
    nargs = NARGS(nargs);
    if (nargs == 1)
        return slice_new(NULL, args[0], NULL);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static Object *slice_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!slice_check(b))
        return not_implemented_ref();
    SliceObject *x = (SliceObject *)a, *y = (SliceObject *)b;
    Object *t1 = tuple_pack(3, x->start, x->stop, x->step);
    Object *t2 = tuple_pack(3, y->start, y->stop, y->step);
    Object *r = obj_rich_compare(t1, t2, op);
    DECREF(t1);
    DECREF(t2);
    return r;
}

static Object *slice_indices(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("slice.indices", nargs, kw))
        return NULL;
    int64_t length = obj_as_index(args[0], NULL);
    if (length == -1 && err_occurred())
        return NULL;
    if (length < 0)
        return err_set_string(&Exc_ValueError, "length should not be negative");
    int64_t start, stop, step;
    if (slice_resolve(self, length, &start, &stop, &step) < 0)
        return NULL;
    Object *a = int_from_i64(start), *b = int_from_i64(stop), *c = int_from_i64(step);
    Object *r = tuple_pack(3, a, b, c);
    DECREF(a);
    DECREF(b);
    DECREF(c);
    return r;
}

/* sys.getsizeof: CPython's figure */
static Object *slice_sizeof(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return int_from_i64(56);     /* 40 and the collector's header */
}

/* pickle and copy: slice(start, stop, step) */
static Object *slice_reduce(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    SliceObject *s = (SliceObject *)self;
    Object *parts = tuple_pack(3, s->start, s->stop, s->step);
    Object *recipe = tuple_pack(2, (Object *)&SliceType, parts);
    DECREF(parts);
    return recipe;
}

static const MethodDef slice_methods[] = {
    { "__sizeof__", slice_sizeof, 0 },
    { "__reduce__", slice_reduce, 0 },
    { "indices", slice_indices, 0 },
    { NULL, NULL, 0 },
};

static const MemberDef slice_members[] = {
    { "start", offsetof(SliceObject, start), true, false },
    { "stop", offsetof(SliceObject, stop), true, false },
    { "step", offsetof(SliceObject, step), true, false },
    { NULL, 0, false, false },
};

Type SliceType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "slice",
    .basicsize = sizeof(SliceObject),
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = obj_hash_unhashable,
    .richcompare = slice_richcompare,
    .new_ = slice_new_slot,
    .methods = slice_methods,
    .members = slice_members,
};
