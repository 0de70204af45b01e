/* range.c - range and its iterators (see range.h). */
#include "runtime.h"

static Object *compute_length(Object *start, Object *stop, Object *step)
{
    /* len = max(0, ceil((stop - start) / step)) */
    int s = int_sign(step);
    Object *lo = s > 0 ? start : stop, *hi = s > 0 ? stop : start;
    if (int_compare(lo, hi) >= 0)
        return int_from_i64(0);
    Object *diff = int_sub(hi, lo);
    Object *one = int_from_i64(1);
    Object *d1 = int_sub(diff, one);
    Object *abs_step = s > 0 ? NEWREF(step) : int_negate(step);
    Object *q = int_floordiv(d1, abs_step);
    Object *n = int_add(q, one);
    DECREF(diff);
    DECREF(one);
    DECREF(d1);
    DECREF(abs_step);
    DECREF(q);
    return n;
}

static void set_small(RangeObject *r)
{
    bool o1, o2, o3, o4;
    r->istart = int_as_i64(r->start, &o1);
    r->istop = int_as_i64(r->stop, &o2);
    r->istep = int_as_i64(r->step, &o3);
    r->ilength = int_as_i64(r->length, &o4);
    r->small = !(o1 || o2 || o3 || o4);
}

static Object *range_make(Object *start, Object *stop, Object *step)
{
    RangeObject *r = (RangeObject *)obj_alloc(&RangeType, 0);
    r->start = NEWREF(start);
    r->stop = NEWREF(stop);
    r->step = NEWREF(step);
    r->length = compute_length(start, stop, step);
    set_small(r);
    return (Object *)r;
}

Object *range_new_small(int64_t start, int64_t stop, int64_t step)
{
    Object *a = int_from_i64(start), *b = int_from_i64(stop), *c = int_from_i64(step);
    Object *r = range_make(a, b, c);
    DECREF(a);
    DECREF(b);
    DECREF(c);
    return r;
}

static Object *range_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!arg_no_keywords("range", kwnames))
        return NULL;
    nargs = NARGS(nargs);
    if (nargs < 1)
        return err_set_string(&Exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return err_format(&Exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    Object *v[3];
    for (size_t i = 0; i < nargs; i++) {
        v[i] = obj_index(args[i]);
        if (!v[i]) {
            for (size_t j = 0; j < i; j++)
                DECREF(v[j]);
            return NULL;
        }
    }
    Object *start, *stop, *step;
    if (nargs == 1) {
        start = int_from_i64(0);
        stop = v[0];
        step = int_from_i64(1);
    } else {
        start = v[0];
        stop = v[1];
        step = nargs == 3 ? v[2] : int_from_i64(1);
    }
    Object *r = NULL;
    if (int_sign(step) == 0)
        err_set_string(&Exc_ValueError, "range() arg 3 must not be zero");
    else
        r = range_make(start, stop, step);
    DECREF(start);
    DECREF(stop);
    DECREF(step);
    return r;
}

static void range_dealloc(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    DECREF(r->start);
    DECREF(r->stop);
    DECREF(r->step);
    DECREF(r->length);
    obj_free(o);
}

static Object *range_repr(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    Object *a = obj_repr(r->start), *b = obj_repr(r->stop);
    Object *result;
    if (int_sign(r->step) == 1 && int_is_small(r->step) && int_small_value(r->step) == 1) {
        result = str_from_format("range(%s, %s)", str_data(a), str_data(b));
    } else {
        Object *c = obj_repr(r->step);
        result = str_from_format("range(%s, %s, %s)", str_data(a), str_data(b), str_data(c));
        DECREF(c);
    }
    DECREF(a);
    DECREF(b);
    return result;
}

static int64_t range_len(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    if (r->small)
        return r->ilength;
    /* big bounds: the length itself may still be small (range(10**20, 10)) */
    bool overflow;
    int64_t n = int_as_i64(r->length, &overflow);
    if (overflow) {
        err_set_string(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_truth(Object *o)
{
    return int_sign(((RangeObject *)o)->length) != 0;
}

/* start + i * step, for an index already checked */
static Object *range_item(RangeObject *r, Object *i)
{
    Object *prod = int_mul(i, r->step);
    Object *v = int_add(r->start, prod);
    DECREF(prod);
    return v;
}

/* One bound of a slice of a big range, as slice.indices() computes it
 * with ints of any size: counted from the end when negative, clamped to
 * [lower, upper]; `missing` when None. */
static Object *big_slice_bound(Object *bound, Object *length, Object *lower, Object *upper,
                               Object *missing)
{
    if (bound == OBJ_NONE)
        return NEWREF(missing);
    Object *v = obj_index(bound);
    if (!v)
        return NULL;
    if (int_sign(v) < 0) {
        Object *t = int_add(v, length);
        DECREF(v);
        v = t;
        if (int_compare(v, lower) < 0)
            SETREF(v, NEWREF(lower));
    } else if (int_compare(v, upper) > 0) {
        SETREF(v, NEWREF(upper));
    }
    return v;
}

/* r[slice] for a range whose bounds do not fit in machine words. */
static Object *slice_big_range(RangeObject *r, Object *key)
{
    SliceObject *sl = (SliceObject *)key;
    Object *step = sl->step == OBJ_NONE ? int_from_i64(1) : obj_index(sl->step);
    if (!step)
        return NULL;
    if (int_sign(step) == 0) {
        DECREF(step);
        return err_set_string(&Exc_ValueError, "slice step cannot be zero");
    }
    bool backwards = int_sign(step) < 0;
    Object *one = int_from_i64(1);
    Object *lower = backwards ? int_from_i64(-1) : int_from_i64(0);
    Object *upper = backwards ? int_sub(r->length, one) : NEWREF(r->length);
    Object *start = big_slice_bound(sl->start, r->length, lower, upper, backwards ? upper : lower);
    Object *stop = start ? big_slice_bound(sl->stop, r->length, lower, upper,
                                           backwards ? lower : upper) : NULL;
    Object *result = NULL;
    if (start && stop) {
        Object *new_start = range_item(r, start), *new_stop = range_item(r, stop);
        Object *new_step = int_mul(r->step, step);
        result = range_make(new_start, new_stop, new_step);
        DECREF(new_start);
        DECREF(new_stop);
        DECREF(new_step);
    }
    XDECREF(start);
    XDECREF(stop);
    DECREF(one);
    DECREF(lower);
    DECREF(upper);
    DECREF(step);
    return result;
}

static Object *range_getitem(Object *o, Object *key)
{
    RangeObject *r = (RangeObject *)o;
    if (slice_check(key)) {
        if (!r->small)
            return slice_big_range(r, key);
        int64_t start, stop, step;
        int64_t count = slice_resolve(key, r->ilength, &start, &stop, &step);
        if (count < 0)
            return NULL;
        /* the bounds as slice.indices() gives them, mapped through the
           range: CPython's way, which its repr shows (range(1, 15, 2)[-1:100:2]
           is range(13, 15, 4), not range(13, 17, 4)) */
        Object *s = int_from_i64(start), *e = int_from_i64(stop), *st = int_from_i64(step);
        Object *new_start = range_item(r, s);
        Object *new_stop = range_item(r, e);
        Object *new_step = int_mul(r->step, st);
        Object *result = range_make(new_start, new_stop, new_step);
        DECREF(s);
        DECREF(e);
        DECREF(st);
        DECREF(new_start);
        DECREF(new_stop);
        DECREF(new_step);
        return result;
    }
    Object *i = obj_index(key);
    if (!i) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            return err_format(&Exc_TypeError, "range indices must be integers or slices, not %s",
                              obj_type_name(key));
        }
        return NULL;
    }
    if (int_sign(i) < 0) {
        Object *adj = int_add(i, r->length);
        DECREF(i);
        i = adj;
    }
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
        DECREF(i);
        return err_set_string(&Exc_IndexError, "range object index out of range");
    }
    Object *v = range_item(r, i);
    DECREF(i);
    return v;
}

/* x in range: arithmetic, for ints */
static int range_contains(Object *o, Object *x)
{
    RangeObject *r = (RangeObject *)o;
    if (!int_check_exact(x) && !bool_check(x)) {
        Object *it = obj_get_iter(o);
        if (!it)
            return -1;
        Object *y;
        int found = 0;
        while ((y = iter_next(it))) {
            found = obj_rich_compare_bool(y, x, CMP_EQ);
            DECREF(y);
            if (found)
                break;
        }
        DECREF(it);
        return found < 0 || (found == 0 && err_occurred()) ? -1 : found;
    }
    int s = int_sign(r->step);
    bool in_bounds = s > 0 ? int_compare(r->start, x) <= 0 && int_compare(x, r->stop) < 0
                           : int_compare(r->stop, x) < 0 && int_compare(x, r->start) <= 0;
    if (!in_bounds)
        return 0;
    Object *diff = int_sub(x, r->start);
    Object *m = int_mod(diff, r->step);
    int zero = int_sign(m) == 0;
    DECREF(diff);
    DECREF(m);
    return zero;
}

static Object *range_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!range_check(b) || (op != CMP_EQ && op != CMP_NE))
        return not_implemented_ref();
    RangeObject *x = (RangeObject *)a, *y = (RangeObject *)b;
    bool eq;
    if (int_compare(x->length, y->length) != 0)
        eq = false;
    else if (int_sign(x->length) == 0)
        eq = true;
    else if (int_compare(x->start, y->start) != 0)
        eq = false;
    else if (int_is_small(x->length) && int_small_value(x->length) == 1)
        eq = true;
    else
        eq = int_compare(x->step, y->step) == 0;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t range_hash(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    Object *t;
    if (int_sign(r->length) == 0)
        t = tuple_pack(3, r->length, OBJ_NONE, OBJ_NONE);
    else if (int_is_small(r->length) && int_small_value(r->length) == 1)
        t = tuple_pack(3, r->length, r->start, OBJ_NONE);
    else
        t = tuple_pack(3, r->length, r->start, r->step);
    int64_t h = tuple_hash(t);
    DECREF(t);
    return h;
}

/* ---- iterators ----------------------------------------------------------------------------------- */

static Object *range_iter(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    if (r->small) {
        RangeIterObject *it = (RangeIterObject *)obj_alloc(&RangeIterType, 0);
        it->next = r->istart;
        it->step = r->istep;
        it->remaining = r->ilength;
        return (Object *)it;
    }
    /* bounds beyond 64 bits: a generic counting iterator */
    Object *it = obj_alloc(&LongRangeIterType, 0);
    ((RangeObject *)it)->start = NEWREF(r->start);
    ((RangeObject *)it)->step = NEWREF(r->step);
    ((RangeObject *)it)->length = NEWREF(r->length);
    ((RangeObject *)it)->stop = int_from_i64(0);       /* the count so far */
    return it;
}

static Object *range_iter_next(Object *o)
{
    RangeIterObject *it = (RangeIterObject *)o;
    if (it->remaining <= 0)
        return NULL;
    int64_t v = it->next;
    it->next += it->step;
    it->remaining--;
    return int_from_i64(v);
}

static Object *range_iter_length_hint(Object *o, Object *const *args, size_t nargs, TupleObject *k)
{
    return int_from_i64(((RangeIterObject *)o)->remaining);
}

static const MethodDef range_iter_methods[] = {
    { "__length_hint__", range_iter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static void plain_dealloc(Object *o)
{
    obj_free(o);
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

Type RangeIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObject),
    .dealloc = plain_dealloc,
    .iter = self_iter,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
};

static Object *long_range_iter_next(Object *o)
{
    RangeObject *it = (RangeObject *)o;
    if (int_compare(it->stop, it->length) >= 0)
        return NULL;
    Object *prod = int_mul(it->stop, it->step);
    Object *v = int_add(it->start, prod);
    DECREF(prod);
    Object *one = int_from_i64(1);
    Object *next = int_add(it->stop, one);
    DECREF(one);
    SETREF(it->stop, next);
    return v;
}

static void long_range_iter_dealloc(Object *o)
{
    RangeObject *it = (RangeObject *)o;
    DECREF(it->start);
    DECREF(it->stop);
    DECREF(it->step);
    DECREF(it->length);
    obj_free(o);
}

Type LongRangeIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "longrange_iterator",
    .basicsize = sizeof(RangeObject),
    .dealloc = long_range_iter_dealloc,
    .iter = self_iter,
    .iternext = long_range_iter_next,
};

/* ---- methods -------------------------------------------------------------------------------------- */

static Object *range_reversed(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    RangeObject *r = (RangeObject *)self;
    if (r->small && r->ilength > 0) {
        int64_t last = r->istart + (r->ilength - 1) * r->istep;
        RangeIterObject *it = (RangeIterObject *)obj_alloc(&RangeIterType, 0);
        it->next = last;
        it->step = -r->istep;
        it->remaining = r->ilength;
        return (Object *)it;
    }
    if (r->small)
        return range_iter(self);
    Object *l = list_from_iterable(self);
    if (!l)
        return NULL;
    list_reverse_inplace(l);
    Object *it = obj_get_iter(l);
    DECREF(l);
    return it;
}

static Object *range_count(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("range.count", nargs, kw))
        return NULL;
    int r = range_contains(self, args[0]);
    return r < 0 ? NULL : int_from_i64(r);
}

/* range.index(x) for anything but an int: the position of the first item
 * equal to x, found by iterating as CPython does (range(5).index(2.0) is 2). */
static Object *index_by_search(Object *self, Object *x)
{
    Object *it = obj_get_iter(self);
    if (!it)
        return NULL;
    Object *item;
    for (int64_t i = 0; (item = iter_next(it)); i++) {
        int eq = obj_rich_compare_bool(item, x, CMP_EQ);
        DECREF(item);
        if (eq != 0) {
            DECREF(it);
            return eq < 0 ? NULL : int_from_i64(i);
        }
    }
    DECREF(it);
    if (err_occurred())
        return NULL;
    return err_set_string(&Exc_ValueError, "sequence.index(x): x not in sequence");
}

static Object *range_index(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("range.index", nargs, kw))
        return NULL;
    RangeObject *r = (RangeObject *)self;
    if (!int_check_exact(args[0]) && !bool_check(args[0]))
        return index_by_search(self, args[0]);
    int c = range_contains(self, args[0]);
    if (c < 0)
        return NULL;
    if (!c) {
        Object *rep = obj_repr(args[0]);
        err_format(&Exc_ValueError, "%s is not in range", rep ? str_data(rep) : "?");
        XDECREF(rep);
        return NULL;
    }
    Object *diff = int_sub(args[0], r->start);
    Object *i = int_floordiv(diff, r->step);
    DECREF(diff);
    return i;
}

/* sys.getsizeof: CPython's figure */
static Object *range_sizeof(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return int_from_i64(48);
}

/* pickle and copy: range(start, stop, step) */
static Object *range_reduce(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    RangeObject *r = (RangeObject *)self;
    Object *bounds = tuple_pack(3, r->start, r->stop, r->step);
    Object *recipe = tuple_pack(2, (Object *)&RangeType, bounds);
    DECREF(bounds);
    return recipe;
}

static const MethodDef range_methods[] = {
    { "__sizeof__", range_sizeof, 0 },
    { "__reduce__", range_reduce, 0 },
    { "__reversed__", range_reversed, 0 },
    { "count", range_count, 0 },
    { "index", range_index, 0 },
    { NULL, NULL, 0 },
};

static Object *get_start(Object *o) { return NEWREF(((RangeObject *)o)->start); }
static Object *get_stop(Object *o) { return NEWREF(((RangeObject *)o)->stop); }
static Object *get_step(Object *o) { return NEWREF(((RangeObject *)o)->step); }

static const GetSetDef range_getsets[] = {
    { "start", get_start, NULL },
    { "stop", get_stop, NULL },
    { "step", get_step, NULL },
    { NULL, NULL, NULL },
};

Type RangeType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "range",
    .basicsize = sizeof(RangeObject),
    .flags = TYPE_ABSTRACT_SEQUENCE,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
           "object that produces a sequence of integers from start (inclusive)\nto stop "
           "(exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to "
           "0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid "
           "indices for a list of 4 elements.\nWhen step is given, it specifies the increment "
           "(or decrement).",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new,
    .truth = range_truth,
    .length = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};
