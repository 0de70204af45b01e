/* tuple.c - tuple (see tuple.h). */
#include "runtime.h"

static TupleObject *empty_tuple;

/* Free lists of small tuples, by length; linked through items[0]. */
enum { FREE_TUPLE_MAX_LEN = 20, FREE_TUPLE_MAX_COUNT = 200 };
static TupleObject *free_tuples[FREE_TUPLE_MAX_LEN + 1];
static int free_tuple_count[FREE_TUPLE_MAX_LEN + 1];

TupleObject *tuple_new(size_t n)
{
    if (n == 0 && empty_tuple)
        return (TupleObject *)NEWREF(empty_tuple);
    TupleObject *t;
    if (n <= FREE_TUPLE_MAX_LEN && free_tuples[n]) {
        t = free_tuples[n];
        free_tuples[n] = (TupleObject *)t->items[0];
        free_tuple_count[n]--;
        t->head.refcount = 1;
        t->head.type = &TupleType;
        memset(t->items, 0, n * sizeof(Object *));
        GC_HEAD(t)->next = NULL;
    } else {
        t = (TupleObject *)obj_alloc(&TupleType, n);
    }
    gc_track((Object *)t);
    return t;
}

Object *tuple_empty(void)
{
    return NEWREF(empty_tuple);
}

static void tuple_dealloc(Object *o)
{
    TupleObject *t = (TupleObject *)o;
    gc_untrack(o);
    for (size_t i = t->size; i-- > 0;)     /* the last first, as CPython */
        XDECREF(t->items[i]);
    size_t n = t->size;
    if (o->type == &TupleType && n > 0 && n <= FREE_TUPLE_MAX_LEN &&
        free_tuple_count[n] < FREE_TUPLE_MAX_COUNT) {
        t->items[0] = (Object *)free_tuples[n];
        free_tuples[n] = t;
        free_tuple_count[n]++;
        return;
    }
    obj_free(o);
}

static void tuple_traverse(Object *o, VisitFunc visit, void *arg)
{
    TupleObject *t = (TupleObject *)o;
    for (size_t i = t->size; i-- > 0;)     /* the last first, as CPython (collector order) */
        if (t->items[i])
            visit(t->items[i], arg);
}

Object *tuple_from_array(Object *const *items, size_t n)
{
    TupleObject *t = tuple_new(n);
    for (size_t i = 0; i < n; i++)
        t->items[i] = NEWREF(items[i]);
    return (Object *)t;
}

Object *tuple_pack(size_t n, ...)
{
    TupleObject *t = tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        t->items[i] = NEWREF(va_arg(ap, Object *));
    va_end(ap);
    return (Object *)t;
}

Object *tuple_from_iterable(Object *iterable)
{
    if (tuple_check_exact(iterable))
        return NEWREF(iterable);
    if (list_check(iterable))
        return list_as_tuple(iterable);
    Object *l = list_from_iterable(iterable);
    if (!l)
        return NULL;
    Object *t = list_as_tuple(l);
    DECREF(l);
    return t;
}

Object *tuple_slice(Object *o, size_t start, size_t stop)
{
    if (start == 0 && stop == tuple_size(o) && tuple_check_exact(o))
        return NEWREF(o);
    if (stop <= start)
        return tuple_empty();
    return tuple_from_array(((TupleObject *)o)->items + start, stop - start);
}

/* ---- repr, hash, comparison ---------------------------------------------------------------- */

static Object *tuple_repr(Object *o)
{
    TupleObject *t = (TupleObject *)o;
    if (t->size == 0)
        return str_from_cstr("()");
    int busy = repr_enter(o);
    if (busy)
        return busy < 0 ? NULL : str_from_cstr("(...)");
    Buf b;
    buf_init(&b);
    buf_putc(&b, '(');
    for (size_t i = 0; i < t->size; i++) {
        if (i)
            buf_puts(&b, ", ");
        Object *r = obj_repr(t->items[i]);
        if (!r) {
            repr_leave(o);
            buf_free(&b);
            return NULL;
        }
        buf_append(&b, str_data(r), str_size(r));
        DECREF(r);
    }
    repr_leave(o);
    if (t->size == 1)
        buf_putc(&b, ',');
    buf_putc(&b, ')');
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return r;
}

/* CPython's tuple hash (xxHash's mixing of the items' hashes). */
int64_t tuple_hash(Object *o)
{
    TupleObject *t = (TupleObject *)o;
    const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull,
                   P5 = 2870177450012600261ull;
    uint64_t acc = P5;
    for (size_t i = 0; i < t->size; i++) {
        int64_t h = obj_hash(t->items[i]);
        if (h == -1)
            return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += t->size ^ (P5 ^ 3527539ull);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

/* Lexicographic comparison, shared with list (items, sizes given). */
Object *sequence_richcompare(Object *const *a, size_t na, Object *const *b, size_t nb,
                             CompareOp op);
Object *sequence_richcompare(Object *const *a, size_t na, Object *const *b, size_t nb,
                             CompareOp op)
{
    if ((op == CMP_EQ || op == CMP_NE) && na != nb)
        return bool_from(op == CMP_NE);
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = obj_rich_compare_bool(a[i], b[i], CMP_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case CMP_LT: r = na < nb; break;
        case CMP_LE: r = na <= nb; break;
        case CMP_EQ: r = na == nb; break;
        case CMP_NE: r = na != nb; break;
        case CMP_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return bool_from(r);
    }
    if (op == CMP_EQ)
        return bool_from(false);
    if (op == CMP_NE)
        return bool_from(true);
    return obj_rich_compare(a[i], b[i], op);
}

static Object *tuple_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!tuple_check(b))
        return not_implemented_ref();
    TupleObject *x = (TupleObject *)a, *y = (TupleObject *)b;
    return sequence_richcompare(x->items, x->size, y->items, y->size, op);
}

/* ---- sequence protocol ------------------------------------------------------------------------ */

static int64_t tuple_len(Object *o)
{
    return (int64_t)tuple_size(o);
}

static Object *tuple_getitem(Object *o, Object *key)
{
    TupleObject *t = (TupleObject *)o;
    if (int_check(key)) {
        int64_t i;
        if (int_is_small(key)) {
            i = int_small_value(key);
        } else {
            i = obj_as_subscript_index(key);
            if (i == -1 && err_occurred())
                return NULL;
        }
        if (!index_adjust(&i, (int64_t)t->size))
            return err_set_string(&Exc_IndexError, "tuple index out of range");
        return NEWREF(t->items[i]);
    }
    if (slice_check(key)) {
        int64_t start, stop, step;
        int64_t count = slice_resolve(key, (int64_t)t->size, &start, &stop, &step);
        if (count < 0)
            return NULL;
        if (step == 1)
            return tuple_slice(o, (size_t)start, (size_t)stop);
        TupleObject *r = tuple_new((size_t)count);
        for (int64_t i = 0, k = start; i < count; i++, k += step)
            r->items[i] = NEWREF(t->items[k]);
        return (Object *)r;
    }
    if (key->type->index) {
        int64_t i = obj_as_subscript_index(key);
        if (i == -1 && err_occurred())
            return NULL;
        if (!index_adjust(&i, (int64_t)t->size))
            return err_set_string(&Exc_IndexError, "tuple index out of range");
        return NEWREF(t->items[i]);
    }
    return err_format(&Exc_TypeError, "tuple indices must be integers or slices, not %s",
                      obj_type_name(key));
}

static int tuple_contains(Object *o, Object *item)
{
    TupleObject *t = (TupleObject *)o;
    for (size_t i = 0; i < t->size; i++) {
        int eq = obj_rich_compare_bool(t->items[i], item, CMP_EQ);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static Object *tuple_concat(Object *a, Object *b)
{
    if (!tuple_check(b))
        return err_format(&Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                          obj_type_name(b));
    TupleObject *x = (TupleObject *)a, *y = (TupleObject *)b;
    if (y->size == 0 && tuple_check_exact(a))
        return NEWREF(a);
    if (x->size == 0 && tuple_check_exact(b))
        return NEWREF(b);
    TupleObject *r = tuple_new(x->size + y->size);
    for (size_t i = 0; i < x->size; i++)
        r->items[i] = NEWREF(x->items[i]);
    for (size_t i = 0; i < y->size; i++)
        r->items[x->size + i] = NEWREF(y->items[i]);
    return (Object *)r;
}

static Object *tuple_repeat(Object *o, int64_t n)
{
    TupleObject *t = (TupleObject *)o;
    if (n <= 0 || t->size == 0)
        return tuple_empty();
    if (n == 1 && tuple_check_exact(o))
        return NEWREF(o);
    if ((uint64_t)n > ((uint64_t)1 << 40) / t->size)
        return err_no_memory();
    TupleObject *r = tuple_new(t->size * (size_t)n);
    for (int64_t k = 0; k < n; k++)
        for (size_t i = 0; i < t->size; i++)
            r->items[(size_t)k * t->size + i] = NEWREF(t->items[i]);
    return (Object *)r;
}

/* ---- iteration -------------------------------------------------------------------------------- */

typedef struct TupleIterObject {
    Object head;
    TupleObject *tuple;     /* NULL when exhausted */
    size_t index;
} TupleIterObject;

static Object *tuple_iter(Object *o)
{
    TupleIterObject *it = (TupleIterObject *)obj_alloc(&TupleIterType, 0);
    it->tuple = (TupleObject *)NEWREF(o);
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *tuple_iter_next(Object *o)
{
    TupleIterObject *it = (TupleIterObject *)o;
    TupleObject *t = it->tuple;
    if (!t)
        return NULL;
    if (it->index < t->size)
        return NEWREF(t->items[it->index++]);
    CLEAR(it->tuple);
    return NULL;
}

static void tuple_iter_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((TupleIterObject *)o)->tuple);
    obj_free(o);
}

static void tuple_iter_traverse(Object *o, VisitFunc visit, void *arg)
{
    if (((TupleIterObject *)o)->tuple)
        visit((Object *)((TupleIterObject *)o)->tuple, arg);
}

static Object *tuple_iter_length_hint(Object *o, Object *const *args, size_t nargs, TupleObject *k)
{
    TupleIterObject *it = (TupleIterObject *)o;
    return int_from_i64(it->tuple ? (int64_t)(it->tuple->size - it->index) : 0);
}

static const MethodDef tuple_iter_methods[] = {
    { "__length_hint__", tuple_iter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

Type TupleIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject),
    .flags = TYPE_GC,
    .dealloc = tuple_iter_dealloc,
    .traverse = tuple_iter_traverse,
    .iter = self_iter,
    .iternext = tuple_iter_next,
    .methods = tuple_iter_methods,
};

/* ---- construction and methods -------------------------------------------------------------------- */

static Object *tuple_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (type == &TupleType && !arg_no_keywords("tuple", kwnames))
        return NULL;
    if (!arg_range("tuple", nargs, NULL, 0, 1))
        return NULL;
    Object *t = NARGS(nargs) ? tuple_from_iterable(args[0]) : tuple_empty();
    if (!t || type == &TupleType)
        return t;
    /* a subclass: copy the items into an instance of it */
    size_t n = tuple_size(t);
    TupleObject *r = (TupleObject *)obj_alloc(type, n);
    for (size_t i = 0; i < n; i++)
        r->items[i] = NEWREF(tuple_get(t, i));
    DECREF(t);
    gc_track((Object *)r);
    return (Object *)r;
}

static Object *tuple_index(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_range("tuple.index", nargs, kw, 1, 3))
        return NULL;
    TupleObject *t = (TupleObject *)self;
    int64_t start = 0, stop = (int64_t)t->size;
    if (NARGS(nargs) > 1) {
        if (!obj_as_slice_index(args[1], false, &start))
            return NULL;
        if (start < 0)
            start = start + (int64_t)t->size < 0 ? 0 : start + (int64_t)t->size;
    }
    if (NARGS(nargs) > 2) {
        if (!obj_as_slice_index(args[2], false, &stop))
            return NULL;
        if (stop < 0)
            stop += (int64_t)t->size;
    }
    for (int64_t i = start; i < stop && i < (int64_t)t->size; i++) {
        int eq = obj_rich_compare_bool(t->items[i], args[0], CMP_EQ);
        if (eq < 0)
            return NULL;
        if (eq)
            return int_from_i64(i);
    }
    return err_set_string(&Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Object *tuple_count(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("tuple.count", nargs, kw))
        return NULL;
    TupleObject *t = (TupleObject *)self;
    int64_t count = 0;
    for (size_t i = 0; i < t->size; i++) {
        int eq = obj_rich_compare_bool(t->items[i], args[0], CMP_EQ);
        if (eq < 0)
            return NULL;
        count += eq;
    }
    return int_from_i64(count);
}

static Object *tuple_getnewargs(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    Object *copy = tuple_from_array(((TupleObject *)self)->items, tuple_size(self));
    Object *r = tuple_pack(1, copy);
    DECREF(copy);
    return r;
}

static Object *tuple_class_getitem(Object *self, Object *const *args, size_t nargs,
                                   TupleObject *kw)
{
    return generic_alias_new(self, args[0]);
}

static const MethodDef tuple_methods[] = {
    { "index", tuple_index, 0 },
    { "count", tuple_count, 0 },
    { "__getnewargs__", tuple_getnewargs, 0 },
    { "__class_getitem__", tuple_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

Type TupleType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "tuple",
    .basicsize = offsetof(TupleObject, items),
    .itemsize = sizeof(Object *),
    .flags = TYPE_BASETYPE | TYPE_GC | TYPE_TUPLE_SUBCLASS | TYPE_ABSTRACT_SEQUENCE,
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
           "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
           "items.\n\nIf the argument is a tuple, the return value is the same object.",
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new_slot,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .length = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .methods = tuple_methods,
};

void tuple_init(void);
void tuple_init(void)
{
    empty_tuple = (TupleObject *)obj_alloc(&TupleType, 0);
}
