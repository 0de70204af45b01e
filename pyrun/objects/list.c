/* list.c - list (see list.h); list.sort() is sort.c's. */
#include "runtime.h"
#include "objects/sort.h"

Object *sequence_richcompare(Object *const *a, size_t na, Object *const *b, size_t nb,
                             CompareOp op);

/* ---- storage ------------------------------------------------------------------------------ */

/* Makes room for newsize items, over-allocating as CPython does (so the
 * sizes sys.getsizeof() reports agree). */
static void list_resize(ListObject *l, size_t newsize)
{
    if (newsize <= l->allocated && newsize >= l->allocated / 2) {
        l->size = newsize;
        return;
    }
    size_t cap = (newsize + (newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - l->size > cap - newsize)
        cap = (newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        cap = 0;
    l->items = mem_realloc(l->items, l->allocated * sizeof(Object *), cap * sizeof(Object *));
    l->allocated = cap;
    l->size = newsize;
}

/* A list of n items the caller fills in at once (they are not cleared),
   then hands to the collector with filled(): tracked before, it could be
   examined by a collection with garbage in its items. */
static ListObject *list_new_unfilled(size_t n)
{
    ListObject *l = (ListObject *)obj_alloc(&ListType, 0);
    if (n)
        l->items = mem_alloc(n * sizeof(Object *));
    l->size = l->allocated = n;
    return l;
}

static Object *filled(ListObject *l)
{
    gc_track((Object *)l);
    return (Object *)l;
}

Object *list_new(size_t n)
{
    ListObject *l = list_new_unfilled(n);
    if (n)
        memset(l->items, 0, n * sizeof(Object *));
    return filled(l);
}

int list_append_steal(Object *o, Object *item)
{
    ListObject *l = (ListObject *)o;
    size_t n = l->size;
    if (n < l->allocated) {
        l->items[n] = item;
        l->size = n + 1;
        return 0;
    }
    list_resize(l, n + 1);
    l->items[n] = item;
    return 0;
}

int list_append(Object *o, Object *item)
{
    return list_append_steal(o, NEWREF(item));
}

Object *list_from_array(Object *const *items, size_t n)
{
    ListObject *l = list_new_unfilled(n);
    for (size_t i = 0; i < n; i++)
        l->items[i] = NEWREF(items[i]);
    return filled(l);
}

int list_extend(Object *o, Object *iterable)
{
    ListObject *l = (ListObject *)o;
    if (list_check(iterable) || tuple_check(iterable)) {
        size_t n = list_check(iterable) ? list_size(iterable) : tuple_size(iterable);
        Object *const *src = list_check(iterable) ? (Object *const *)((ListObject *)iterable)->items
                                                  : (Object *const *)((TupleObject *)iterable)->items;
        size_t old = l->size;
        if (!l->items && n) {
            /* an empty list takes exactly what it needs, rounded up to even (CPython) */
            size_t cap = (n + 1) & ~(size_t)1;
            l->items = mem_alloc(cap * sizeof(Object *));
            l->allocated = cap;
            l->size = n;
        } else {
            list_resize(l, old + n);
        }
        /* (iterable may be l itself: src is read after the resize) */
        src = list_check(iterable) ? (Object *const *)((ListObject *)iterable)->items : src;
        for (size_t i = 0; i < n; i++)
            l->items[old + i] = NEWREF(src[i]);
        return 0;
    }
    if (iterable->type == &RangeType && iterable->type->length(iterable) < 0)
        return -1;      /* too long for any list: OverflowError, as CPython's len() */
    Object *it = obj_get_iter(iterable);
    if (!it)
        return -1;
    Object *x;
    while ((x = iter_next(it)))
        list_append_steal(o, x);
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

Object *list_from_iterable(Object *iterable)
{
    Object *l = list_new(0);
    if (list_extend(l, iterable) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

Object *list_as_tuple(Object *o)
{
    ListObject *l = (ListObject *)o;
    return tuple_from_array(l->items, l->size);
}

Object *list_slice(Object *o, size_t start, size_t stop)
{
    ListObject *l = (ListObject *)o;
    if (stop <= start)
        return list_new(0);
    return list_from_array(l->items + start, stop - start);
}

static void list_dealloc(Object *o)
{
    ListObject *l = (ListObject *)o;
    gc_untrack(o);
    for (size_t i = l->size; i-- > 0;)     /* the last first, as CPython */
        XDECREF(l->items[i]);
    mem_free(l->items, l->allocated * sizeof(Object *));
    obj_free(o);
}

static void list_traverse(Object *o, VisitFunc visit, void *arg)
{
    ListObject *l = (ListObject *)o;
    for (size_t i = 0; i < l->size; i++)
        if (l->items[i])
            visit(l->items[i], arg);
}

/* Empties the list; the items are released after it is consistent again. */
static void list_clear_items(ListObject *l)
{
    Object **items = l->items;
    size_t n = l->size, cap = l->allocated;
    l->items = NULL;
    l->size = l->allocated = 0;
    for (size_t i = n; i-- > 0;)       /* the last first, as CPython (visible in __del__) */
        XDECREF(items[i]);
    mem_free(items, cap * sizeof(Object *));
}

static Object *list_clear_refs(Object *o)
{
    list_clear_items((ListObject *)o);
    return NULL;
}

/* ---- repr -------------------------------------------------------------------------------------- */

static Object *list_repr(Object *o)
{
    ListObject *l = (ListObject *)o;
    if (l->size == 0)
        return str_from_cstr("[]");
    int status = repr_enter(o);
    if (status != 0)
        return status > 0 ? str_from_cstr("[...]") : NULL;
    Buf b;
    buf_init(&b);
    buf_putc(&b, '[');
    for (size_t i = 0; i < l->size; i++) {
        if (i)
            buf_puts(&b, ", ");
        Object *item = NEWREF(l->items[i]);
        Object *r = obj_repr(item);
        DECREF(item);
        if (!r) {
            buf_free(&b);
            repr_leave(o);
            return NULL;
        }
        buf_append(&b, str_data(r), str_size(r));
        DECREF(r);
    }
    buf_putc(&b, ']');
    repr_leave(o);
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return r;
}

static Object *list_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!list_check(b))
        return not_implemented_ref();
    ListObject *x = (ListObject *)a, *y = (ListObject *)b;
    return sequence_richcompare(x->items, x->size, y->items, y->size, op);
}

/* ---- items ---------------------------------------------------------------------------------------- */

static int64_t list_len(Object *o)
{
    return (int64_t)list_size(o);
}

static Object *list_getitem(Object *o, Object *key)
{
    ListObject *l = (ListObject *)o;
    if (int_check(key)) {
        int64_t i;
        if (int_is_small(key)) {
            i = int_small_value(key);
        } else {
            i = obj_as_subscript_index(key);
            if (i == -1 && err_occurred())
                return NULL;
        }
        if (!index_adjust(&i, (int64_t)l->size))
            return err_set_string(&Exc_IndexError, "list index out of range");
        return NEWREF(l->items[i]);
    }
    if (slice_check(key)) {
        int64_t start, stop, step;
        if (!slice_unpack(key, &start, &stop, &step))
            return NULL;
        /* (the size after __index__ ran, which may have changed it) */
        int64_t count = slice_adjust((int64_t)l->size, &start, &stop, step);
        if (step == 1)
            return list_slice(o, (size_t)start, (size_t)stop);
        ListObject *r = list_new_unfilled((size_t)count);
        for (int64_t i = 0, k = start; i < count; i++, k += step)
            r->items[i] = NEWREF(l->items[k]);
        return filled(r);
    }
    if (key->type->index) {
        int64_t i = obj_as_subscript_index(key);
        if (i == -1 && err_occurred())
            return NULL;
        if (!index_adjust(&i, (int64_t)l->size))
            return err_set_string(&Exc_IndexError, "list index out of range");
        return NEWREF(l->items[i]);
    }
    return err_format(&Exc_TypeError, "list indices must be integers or slices, not %s",
                      obj_type_name(key));
}

/* A list of the items of value; NULL with TypeError(message) if value
 * cannot be iterated (an error while iterating passes through). */
static Object *iterable_to_list(Object *value, const char *message)
{
    Object *it = obj_get_iter(value);
    if (!it) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_set_string(&Exc_TypeError, message);
        }
        return NULL;
    }
    Object *seq = list_from_iterable(it);
    DECREF(it);
    return seq;
}

/* The items l[i:j] = value puts in: value itself if it is a list or tuple
 * (not l), else a list of its items; NULL with TypeError. */
static Object *items_to_assign(ListObject *l, Object *value)
{
    if ((Object *)l != value && (list_check(value) || tuple_check(value)))
        return NEWREF(value);
    return iterable_to_list(value, "can only assign an iterable");
}

/* l[start:stop] = seq (step 1; seq from items_to_assign, or NULL to
 * delete): the slice may grow or shrink the list. */
static int assign_slice(ListObject *l, int64_t start, int64_t stop, Object *seq)
{
    Object *const *src = NULL;
    size_t n = 0;
    if (seq) {
        n = list_check(seq) ? list_size(seq) : tuple_size(seq);
        src = list_check(seq) ? (Object *const *)((ListObject *)seq)->items
                              : (Object *const *)((TupleObject *)seq)->items;
    }
    if (stop < start)
        stop = start;
    size_t old = (size_t)(stop - start);
    /* keep the replaced items until the list is consistent */
    Object *few[16];
    Object **gone = old > 16 ? mem_alloc(old * sizeof(Object *)) : few;
    if (old)
        memcpy(gone, l->items + start, old * sizeof(Object *));
    size_t size = l->size, new_size = size - old + n;
    size_t tail = size - (size_t)stop;
    if (n > old) {
        list_resize(l, new_size);
        if (tail)
            memmove(l->items + start + n, l->items + stop, tail * sizeof(Object *));
    } else {
        if (tail)
            memmove(l->items + start + n, l->items + stop, tail * sizeof(Object *));
        list_resize(l, new_size);
    }
    for (size_t i = 0; i < n; i++)
        l->items[start + (int64_t)i] = NEWREF(src[i]);
    for (size_t i = old; i-- > 0;)
        DECREF(gone[i]);
    if (gone != few)
        mem_free(gone, old * sizeof(Object *));
    return 0;
}

static bool extended_sizes_match(Object *seq, int64_t count)
{
    if ((int64_t)list_size(seq) == count)
        return true;
    err_format(&Exc_ValueError, "attempt to assign sequence of size %zu to extended slice of "
                                "size %lld", list_size(seq), (long long)count);
    return false;
}

/* l[start:stop:step] = seq (a list), or del l[start:stop:step] (seq NULL). */
static int assign_extended_slice(ListObject *l, int64_t start, int64_t step, int64_t count,
                                 Object *seq)
{
    if (!seq) {
        /* delete every step-th item */
        if (count == 0)
            return 0;
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        size_t w = (size_t)start;
        Object **gone = count ? mem_alloc((size_t)count * sizeof(Object *)) : NULL;
        int64_t k = 0;
        for (size_t r = (size_t)start; r < l->size; r++) {
            if (k < count && (int64_t)r == start + k * step) {
                gone[k++] = l->items[r];
            } else {
                l->items[w++] = l->items[r];
            }
        }
        list_resize(l, w);
        for (int64_t i = 0; i < count; i++)
            DECREF(gone[i]);
        if (gone)
            mem_free(gone, (size_t)count * sizeof(Object *));
        return 0;
    }
    if (!extended_sizes_match(seq, count))
        return -1;
    /* the replaced items go once the list is whole again (their __del__ may look at it) */
    Object *gone = list_new(0);
    for (int64_t i = 0, k = start; i < count; i++, k += step) {
        list_append_steal(gone, l->items[k]);
        l->items[k] = NEWREF(list_get(seq, (size_t)i));
    }
    DECREF(gone);
    return 0;
}

static int list_setitem(Object *o, Object *key, Object *value)
{
    ListObject *l = (ListObject *)o;
    if (int_check(key) || (!slice_check(key) && key->type->index)) {
        int64_t i = obj_as_subscript_index(key);
        if (i == -1 && err_occurred())
            return -1;
        if (!index_adjust(&i, (int64_t)l->size)) {
            /* (del lst[i] too: CPython deletes by assigning NULL) */
            err_set_string(&Exc_IndexError, "list assignment index out of range");
            return -1;
        }
        Object *old = l->items[i];
        if (value) {
            l->items[i] = NEWREF(value);
        } else {
            memmove(l->items + i, l->items + i + 1, (l->size - (size_t)i - 1) * sizeof(Object *));
            list_resize(l, l->size - 1);
        }
        DECREF(old);
        return 0;
    }
    if (slice_check(key)) {
        int64_t start, stop, step;
        if (!slice_unpack(key, &start, &stop, &step))
            return -1;
        /* (the size after __index__ ran, which may have changed it) */
        int64_t bounds[2] = { start, stop };
        int64_t count = slice_adjust((int64_t)l->size, &start, &stop, step);
        Object *seq = NULL;
        if (value) {
            seq = step == 1 ? items_to_assign(l, value)
                            : iterable_to_list(value, "must assign iterable to extended slice");
            if (!seq || (step != 1 && !extended_sizes_match(seq, count))) {
                XDECREF(seq);
                return -1;
            }
            /* the iteration may have changed the list too: the bounds again */
            start = bounds[0];
            stop = bounds[1];
            count = slice_adjust((int64_t)l->size, &start, &stop, step);
        }
        int r = step == 1 ? assign_slice(l, start, stop, seq)
                          : assign_extended_slice(l, start, step, count, seq);
        XDECREF(seq);
        return r;
    }
    err_format(&Exc_TypeError, "list indices must be integers or slices, not %s",
               obj_type_name(key));
    return -1;
}

static int list_contains(Object *o, Object *item)
{
    ListObject *l = (ListObject *)o;
    for (size_t i = 0; i < l->size; i++) {
        Object *x = NEWREF(l->items[i]);
        int eq = obj_rich_compare_bool(x, item, CMP_EQ);
        DECREF(x);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static Object *list_concat(Object *a, Object *b)
{
    if (!list_check(b))
        return err_format(&Exc_TypeError, "can only concatenate list (not \"%s\") to list",
                          obj_type_name(b));
    ListObject *x = (ListObject *)a, *y = (ListObject *)b;
    ListObject *r = (ListObject *)list_new(x->size + y->size);
    for (size_t i = 0; i < x->size; i++)
        r->items[i] = NEWREF(x->items[i]);
    for (size_t i = 0; i < y->size; i++)
        r->items[x->size + i] = NEWREF(y->items[i]);
    return (Object *)r;
}

static Object *list_repeat(Object *o, int64_t n)
{
    ListObject *l = (ListObject *)o;
    if (n <= 0 || l->size == 0)
        return list_new(0);
    if ((uint64_t)n > ((uint64_t)1 << 40) / l->size)
        return err_no_memory();
    size_t total = l->size * (size_t)n;
    ListObject *r = (ListObject *)list_new(total);
    if (l->size == 1) {
        Object *x = l->items[0];
        x->refcount += (intptr_t)total;
        for (size_t i = 0; i < total; i++)
            r->items[i] = x;
        return (Object *)r;
    }
    for (int64_t k = 0; k < n; k++)
        for (size_t i = 0; i < l->size; i++)
            r->items[(size_t)k * l->size + i] = NEWREF(l->items[i]);
    return (Object *)r;
}

static Object *list_inplace_concat(Object *a, Object *b)
{
    if (list_extend(a, b) < 0)
        return NULL;
    return NEWREF(a);
}

static Object *list_inplace_repeat(Object *o, int64_t n)
{
    ListObject *l = (ListObject *)o;
    if (n <= 0) {
        list_clear_items(l);
        return NEWREF(o);
    }
    size_t size = l->size;
    if (n > 1 && size) {
        list_resize(l, size * (size_t)n);
        for (int64_t k = 1; k < n; k++)
            for (size_t i = 0; i < size; i++)
                l->items[(size_t)k * size + i] = NEWREF(l->items[i]);
    }
    return NEWREF(o);
}

/* ---- sorting (the algorithm is sort.c's) ------------------------------------------------------- */

static void reverse_items(Object **a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Object *t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

int list_sort(Object *o, Object *key, bool reverse)
{
    ListObject *l = (ListObject *)o;
    /* the list is empty while it is sorted: changes made meanwhile are detected */
    Object **items = l->items;
    size_t n = l->size, cap = l->allocated;
    l->items = NULL;
    l->size = l->allocated = 0;
    Object **keys = items;
    bool ok = true;
    if (key && key != OBJ_NONE) {
        keys = mem_alloc((n ? n : 1) * sizeof(Object *));
        for (size_t i = 0; i < n; i++) {
            keys[i] = obj_call1(key, items[i]);
            if (!keys[i]) {
                for (size_t j = 0; j < i; j++)
                    DECREF(keys[j]);
                mem_free(keys, (n ? n : 1) * sizeof(Object *));
                keys = items;
                ok = false;
                break;
            }
        }
    }
    if (ok) {
        /* reversed: as CPython, the items reversed, sorted, and reversed
           back (also after a failed comparison), which keeps equal ones in order */
        Object **values = keys == items ? NULL : items;
        if (reverse && n > 1) {
            reverse_items(keys, n);
            if (values)
                reverse_items(values, n);
        }
        ok = sort_keys(keys, values, n);
        if (reverse && n > 1) {
            reverse_items(keys, n);
            if (values)
                reverse_items(values, n);
        }
    }
    if (keys != items) {
        for (size_t i = 0; i < n; i++)
            DECREF(keys[i]);
        mem_free(keys, (n ? n : 1) * sizeof(Object *));
    }
    bool modified = l->items != NULL || l->size != 0;
    if (modified)
        list_clear_items(l);
    l->items = items;
    l->size = n;
    l->allocated = cap;
    if (ok && modified) {
        err_set_string(&Exc_ValueError, "list modified during sort");
        ok = false;
    }
    return ok ? 0 : -1;
}

/* ---- methods -------------------------------------------------------------------------------------- */

#define METHOD(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                         TupleObject *kwnames)

METHOD(list_append_method)
{
    if (!arg_one("list.append", nargs, kwnames))
        return NULL;
    list_append(self, args[0]);
    return none_ref();
}

METHOD(list_extend_method)
{
    if (!arg_one("list.extend", nargs, kwnames))
        return NULL;
    return list_extend(self, args[0]) < 0 ? NULL : none_ref();
}

int list_insert(Object *o, int64_t i, Object *item)
{
    ListObject *l = (ListObject *)o;
    int64_t n = (int64_t)l->size;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    list_resize(l, l->size + 1);
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(Object *));
    l->items[i] = NEWREF(item);
    return 0;
}

METHOD(list_insert_method)
{
    if (!arg_range("list.insert", nargs, kwnames, 2, 2))
        return NULL;
    int64_t i = obj_as_index(args[0], NULL);
    if (i == -1 && err_occurred())
        return NULL;
    list_insert(self, i, args[1]);
    return none_ref();
}

METHOD(list_pop)
{
    if (!arg_range("list.pop", nargs, kwnames, 0, 1))
        return NULL;
    ListObject *l = (ListObject *)self;
    int64_t i = -1;
    if (NARGS(nargs)) {
        i = obj_as_index(args[0], NULL);
        if (i == -1 && err_occurred())
            return NULL;
    }
    if (l->size == 0)
        return err_set_string(&Exc_IndexError, "pop from empty list");
    if (!index_adjust(&i, (int64_t)l->size))
        return err_set_string(&Exc_IndexError, "pop index out of range");
    Object *item = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->size - (size_t)i - 1) * sizeof(Object *));
    list_resize(l, l->size - 1);
    return item;
}

METHOD(list_remove)
{
    if (!arg_one("list.remove", nargs, kwnames))
        return NULL;
    ListObject *l = (ListObject *)self;
    for (size_t i = 0; i < l->size; i++) {
        Object *x = NEWREF(l->items[i]);
        int eq = obj_rich_compare_bool(x, args[0], CMP_EQ);
        DECREF(x);
        if (eq < 0)
            return NULL;
        if (eq && i < l->size) {
            Object *item = l->items[i];
            memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Object *));
            list_resize(l, l->size - 1);
            DECREF(item);
            return none_ref();
        }
    }
    return err_set_string(&Exc_ValueError, "list.remove(x): x not in list");
}

METHOD(list_index)
{
    if (!arg_range("list.index", nargs, kwnames, 1, 3))
        return NULL;
    ListObject *l = (ListObject *)self;
    int64_t start = 0, stop = (int64_t)l->size, n = (int64_t)l->size;
    if (NARGS(nargs) > 1) {
        if (!obj_as_slice_index(args[1], false, &start))
            return NULL;
        if (start < 0 && (start += n) < 0)
            start = 0;
    }
    if (NARGS(nargs) > 2) {
        if (!obj_as_slice_index(args[2], false, &stop))
            return NULL;
        if (stop < 0 && (stop += n) < 0)
            stop = 0;
    }
    for (int64_t i = start; i < stop && i < (int64_t)l->size; i++) {
        Object *x = NEWREF(l->items[i]);
        int eq = obj_rich_compare_bool(x, args[0], CMP_EQ);
        DECREF(x);
        if (eq < 0)
            return NULL;
        if (eq)
            return int_from_i64(i);
    }
    Object *r = obj_repr(args[0]);
    if (r) {
        err_format(&Exc_ValueError, "%s is not in list", str_data(r));
        DECREF(r);
    }
    return NULL;
}

METHOD(list_count)
{
    if (!arg_one("list.count", nargs, kwnames))
        return NULL;
    ListObject *l = (ListObject *)self;
    int64_t count = 0;
    for (size_t i = 0; i < l->size; i++) {
        Object *x = NEWREF(l->items[i]);
        int eq = obj_rich_compare_bool(x, args[0], CMP_EQ);
        DECREF(x);
        if (eq < 0)
            return NULL;
        count += eq;
    }
    return int_from_i64(count);
}

METHOD(list_clear_method)
{
    if (!arg_none("list.clear", nargs, kwnames))
        return NULL;
    list_clear_items((ListObject *)self);
    return none_ref();
}

METHOD(list_copy)
{
    if (!arg_none("list.copy", nargs, kwnames))
        return NULL;
    return list_from_array(((ListObject *)self)->items, list_size(self));
}

int list_reverse_inplace(Object *o)
{
    ListObject *l = (ListObject *)o;
    for (size_t i = 0, j = l->size; i + 1 < j; i++, j--) {
        Object *t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return 0;
}

METHOD(list_reverse)
{
    if (!arg_none("list.reverse", nargs, kwnames))
        return NULL;
    list_reverse_inplace(self);
    return none_ref();
}

int list_reverse_flag(Object *value)
{
    if (!value)
        return 0;
    bool overflow = false;
    Object *i = obj_index(value);
    if (!i)
        return -1;
    int64_t v = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        err_set_string(&Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return v != 0;
}

METHOD(list_sort_method)
{
    /* (CPython counts all the arguments against its two keywords first) */
    size_t given = NARGS(nargs) + (kwnames ? tuple_size((Object *)kwnames) : 0);
    if (given > 2)
        return err_format(&Exc_TypeError, "sort() takes at most 2 %sarguments (%zu given)",
                          NARGS(nargs) ? "" : "keyword ", given);
    if (NARGS(nargs))
        return err_set_string(&Exc_TypeError, "sort() takes no positional arguments");
    static const char *const names[] = { "key", "reverse", NULL };
    Object *v[2];
    if (!args_keywords("sort", args, kwnames, names, v))
        return NULL;
    int reverse = list_reverse_flag(v[1]);
    if (reverse < 0)
        return NULL;
    return list_sort(self, v[0], reverse) < 0 ? NULL : none_ref();
}

METHOD(list_sizeof)
{
    return int_from_i64((int64_t)(40 + 8 * ((ListObject *)self)->allocated));
}

static Object *list_reversed_iter(Object *list);

METHOD(list_reversed)
{
    return list_reversed_iter(self);
}

METHOD(list_class_getitem)
{
    return generic_alias_new(self, args[0]);
}

static const MethodDef list_methods[] = {
    { "append", list_append_method, 0 },
    { "extend", list_extend_method, 0 },
    { "insert", list_insert_method, 0 },
    { "pop", list_pop, 0 },
    { "remove", list_remove, 0 },
    { "index", list_index, 0 },
    { "count", list_count, 0 },
    { "clear", list_clear_method, 0 },
    { "copy", list_copy, 0 },
    { "reverse", list_reverse, 0 },
    { "sort", list_sort_method, 0 },
    { "__sizeof__", list_sizeof, 0 },
    { "__reversed__", list_reversed, 0 },
    { "__class_getitem__", list_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

/* ---- construction ------------------------------------------------------------------------------------ */

static Object *list_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    Object *l = obj_alloc(type, 0);
    gc_track(l);
    return l;
}

static int list_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (self->type == &ListType && !arg_no_keywords("list", kwnames))
        return -1;
    if (!arg_range("list", nargs, NULL, 0, 1))
        return -1;
    list_clear_items((ListObject *)self);
    if (NARGS(nargs))
        return list_extend(self, args[0]);
    return 0;
}

/* ---- iteration ---------------------------------------------------------------------------------------- */

static Object *list_iter(Object *o)
{
    ListIterObject *it = (ListIterObject *)obj_alloc(&ListIterType, 0);
    it->list = (ListObject *)NEWREF(o);
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *list_iter_next(Object *o)
{
    ListIterObject *it = (ListIterObject *)o;
    ListObject *l = it->list;
    if (!l)
        return NULL;
    if (it->index < l->size)
        return NEWREF(l->items[it->index++]);
    CLEAR(it->list);
    return NULL;
}

static void list_iter_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((ListIterObject *)o)->list);
    obj_free(o);
}

static void list_iter_traverse(Object *o, VisitFunc visit, void *arg)
{
    if (((ListIterObject *)o)->list)
        visit((Object *)((ListIterObject *)o)->list, arg);
}

static Object *list_iter_length_hint(Object *o, Object *const *args, size_t nargs, TupleObject *k)
{
    ListIterObject *it = (ListIterObject *)o;
    int64_t n = it->list && it->index < it->list->size ? (int64_t)(it->list->size - it->index) : 0;
    return int_from_i64(n);
}

static const MethodDef list_iter_methods[] = {
    { "__length_hint__", list_iter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

Type ListIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObject),
    .flags = TYPE_GC,
    .dealloc = list_iter_dealloc,
    .traverse = list_iter_traverse,
    .iter = self_iter,
    .iternext = list_iter_next,
    .methods = list_iter_methods,
};

/* reversed(list): walks from the end; the index counts down */
static Object *list_rev_next(Object *o)
{
    ListIterObject *it = (ListIterObject *)o;
    ListObject *l = it->list;
    if (!l)
        return NULL;
    if (it->index > 0 && it->index <= l->size)
        return NEWREF(l->items[--it->index]);
    CLEAR(it->list);
    return NULL;
}

static Object *list_reversed_iter(Object *list)
{
    ListIterObject *it = (ListIterObject *)obj_alloc(&ListRevIterType, 0);
    it->list = (ListObject *)NEWREF(list);
    it->index = list_size(list);
    gc_track((Object *)it);
    return (Object *)it;
}

Type ListRevIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObject),
    .flags = TYPE_GC,
    .dealloc = list_iter_dealloc,
    .traverse = list_iter_traverse,
    .iter = self_iter,
    .iternext = list_rev_next,
    .methods = list_iter_methods,
};

Type ListType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "list",
    .basicsize = sizeof(ListObject),
    .flags = TYPE_BASETYPE | TYPE_GC | TYPE_LIST_SUBCLASS | TYPE_ABSTRACT_SEQUENCE,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
           "empty list.\nThe argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear_refs = list_clear_refs,
    .repr = list_repr,
    .hash = obj_hash_unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new_slot,
    .init = list_init,
    .concat = list_concat,
    .repeat = list_repeat,
    .inplace_concat = list_inplace_concat,
    .inplace_repeat = list_inplace_repeat,
    .length = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .methods = list_methods,
};
