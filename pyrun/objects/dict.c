/* dict.c - dict: the compact, ordered hash table (see dict.h). */
#include "runtime.h"

uint64_t dict_global_version;

enum { INDEX_EMPTY = -1, INDEX_DELETED = -2, MIN_LOG2_SIZE = 3 };


static inline size_t table_size(const DictTable *t)
{
    return (size_t)1 << t->log2_size;
}

static inline DictEntry *table_entries(DictTable *t)
{
    return t->entries;
}

static inline int64_t get_index(const DictTable *t, size_t i)
{
    switch (t->index_bytes) {
    case 1: return ((const int8_t *)t->indices)[i];
    case 2: return ((const int16_t *)t->indices)[i];
    case 4: return ((const int32_t *)t->indices)[i];
    default: return ((const int64_t *)t->indices)[i];
    }
}

static inline void set_index(DictTable *t, size_t i, int64_t ix)
{
    switch (t->index_bytes) {
    case 1: ((int8_t *)t->indices)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)t->indices)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)t->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)t->indices)[i] = ix; break;
    }
}

static size_t table_bytes(uint8_t log2_size, uint8_t index_bytes, size_t usable)
{
    size_t size = (size_t)1 << log2_size;
    return sizeof(DictTable) + (size * index_bytes + 7) / 8 * 8 + usable * sizeof(DictEntry);
}

static DictTable *table_new(uint8_t log2_size)
{
    size_t size = (size_t)1 << log2_size;
    uint8_t ib = size <= 128 ? 1 : size <= 32768 ? 2 : size <= ((size_t)1 << 31) ? 4 : 8;
    size_t usable = size * 2 / 3;
    DictTable *t = mem_alloc(table_bytes(log2_size, ib, usable));
    t->log2_size = log2_size;
    t->index_bytes = ib;
    t->usable = usable;
    t->nentries = 0;
    t->entries = (DictEntry *)(t->indices + (size * ib + 7) / 8 * 8);
    memset(t->indices, 0xff, size * ib);       /* every slot INDEX_EMPTY */
    return t;
}

static void table_free(DictTable *t)
{
    if (t)
        mem_free(t, table_bytes(t->log2_size, t->index_bytes, t->usable));
}

static inline void bump_version(DictObject *d)
{
    d->version = ++dict_global_version;
}

/* ---- lookup ------------------------------------------------------------------------------- */

/* The entry position of key, or -1; *slot gets the index slot where it
 * is (or where it would go).  -2 with an exception if a comparison failed. */
static int64_t lookup(DictObject *d, Object *key, int64_t hash, size_t *slot)
{
restart:;
    DictTable *t = d->table;
    size_t mask = table_size(t) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    DictEntry *entries = table_entries(t);
    for (;;) {
        int64_t ix = get_index(t, i);
        if (ix == INDEX_EMPTY) {
            *slot = i;
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                Object *k = e->key;
                if (str_check_exact(k) && str_check_exact(key)) {
                    if (str_equal(k, key)) {
                        *slot = i;
                        return ix;
                    }
                } else {
                    INCREF(k);
                    int eq = obj_rich_compare_bool(k, key, CMP_EQ);
                    DECREF(k);
                    if (eq < 0)
                        return -2;
                    if (d->table != t || e->key != k)
                        goto restart;       /* the comparison changed the dict */
                    if (eq) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

/* Where a new key with this hash goes: the first slot that holds no entry. */
static size_t free_slot(DictTable *t, int64_t hash)
{
    size_t mask = table_size(t) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (get_index(t, i) >= 0) {
        perturb >>= 5;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the table with room for at least `wanted` index slots (a power
 * of two), dropping deleted entries. */
static void resize(DictObject *d, size_t wanted)
{
    uint8_t log2 = MIN_LOG2_SIZE;
    while (((size_t)1 << log2) < wanted)
        log2++;
    DictTable *old = d->table;
    DictTable *t = table_new(log2);
    DictEntry *src = table_entries(old), *dst = table_entries(t);
    size_t n = 0;
    for (size_t i = 0; i < old->nentries; i++) {
        if (!src[i].key)
            continue;
        dst[n] = src[i];
        set_index(t, free_slot(t, src[i].hash), (int64_t)n);
        n++;
    }
    t->nentries = n;
    d->table = t;
    table_free(old);
}

Object *dict_new_presized(size_t n)
{
    DictObject *d = (DictObject *)obj_alloc(&DictType, 0);
    uint8_t log2 = MIN_LOG2_SIZE;
    while (((size_t)1 << log2) * 2 / 3 < n)
        log2++;
    d->table = table_new(log2);
    bump_version(d);
    gc_track((Object *)d);
    return (Object *)d;
}

Object *dict_new(void)
{
    return dict_new_presized(0);
}

Object *dict_get_with_hash(Object *o, Object *key, int64_t hash)
{
    DictObject *d = (DictObject *)o;
    size_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix < 0)
        return NULL;
    return table_entries(d->table)[ix].value;
}

Object *dict_get(Object *o, Object *key)
{
    int64_t hash = obj_hash(key);
    if (hash == -1 && err_occurred())
        return NULL;
    return dict_get_with_hash(o, key, hash);
}

Object *dict_get_str(Object *o, Object *key)
{
    DictObject *d = (DictObject *)o;
    int64_t hash = str_cached_hash(key);
    DictTable *t = d->table;
    size_t mask = table_size(t) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    DictEntry *entries = table_entries(t);
    for (;;) {
        int64_t ix = get_index(t, i);
        if (ix == INDEX_EMPTY)
            return NULL;
        if (ix >= 0) {
            DictEntry *e = &entries[ix];
            if (e->key == key)
                return e->value;
            if (e->hash == hash) {
                if (str_check_exact(e->key)) {
                    if (str_equal(e->key, key))
                        return e->value;
                } else {
                    return dict_get_with_hash(o, key, hash);    /* the general path */
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

Object *dict_get_cstr(Object *o, const char *key)
{
    StrObject *k = str_intern_cstr(key);
    Object *v = dict_get_str(o, (Object *)k);
    DECREF(k);
    return v;
}

int64_t dict_lookup_index(Object *o, Object *key, int64_t hash)
{
    size_t slot;
    int64_t ix = lookup((DictObject *)o, key, hash, &slot);
    if (ix == -2)
        err_clear();
    return ix < 0 ? -1 : ix;
}

/* ---- insertion and deletion --------------------------------------------------------------------- */

static int insert(DictObject *d, Object *key, int64_t hash, Object *value)
{
    size_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix >= 0) {
        DictEntry *e = &table_entries(d->table)[ix];
        Object *old = e->value;
        e->value = NEWREF(value);
        bump_version(d);
        DECREF(old);
        return 0;
    }
    if (d->table->nentries >= d->table->usable)
        resize(d, d->used * 3);             /* CPython's growth rate */
    /* the first slot on the probe path without an entry (a deleted one will do) */
    slot = free_slot(d->table, hash);
    DictTable *t = d->table;
    DictEntry *e = &table_entries(t)[t->nentries];
    e->hash = hash;
    e->key = NEWREF(key);
    e->value = NEWREF(value);
    set_index(t, slot, (int64_t)t->nentries);
    t->nentries++;
    d->used++;
    bump_version(d);
    return 0;
}

int dict_set(Object *o, Object *key, Object *value)
{
    int64_t hash = str_check_exact(key) ? str_cached_hash(key) : obj_hash(key);
    if (hash == -1 && err_occurred())
        return -1;
    return insert((DictObject *)o, key, hash, value);
}

int dict_set_cstr(Object *o, const char *key, Object *value)
{
    StrObject *k = str_intern_cstr(key);
    int r = dict_set(o, (Object *)k, value);
    DECREF(k);
    return r;
}

/* Removes the entry found at index slot `slot`, position ix. */
static void remove_entry(DictObject *d, size_t slot, int64_t ix, Object **key, Object **value)
{
    DictEntry *e = &table_entries(d->table)[ix];
    set_index(d->table, slot, INDEX_DELETED);
    *key = e->key;
    *value = e->value;
    e->key = NULL;
    e->value = NULL;
    d->used--;
    bump_version(d);
}

int dict_pop(Object *o, Object *key, Object **value)
{
    DictObject *d = (DictObject *)o;
    int64_t hash = str_check_exact(key) ? str_cached_hash(key) : obj_hash(key);
    if (hash == -1 && err_occurred())
        return -1;
    size_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 0;
    Object *k;
    remove_entry(d, slot, ix, &k, value);
    DECREF(k);
    return 1;
}

int dict_del(Object *o, Object *key)
{
    Object *value;
    int r = dict_pop(o, key, &value);
    if (r < 0)
        return -1;
    if (r == 0) {
        err_set(&Exc_KeyError, key);
        return -1;
    }
    DECREF(value);
    return 0;
}

void dict_clear(Object *o)
{
    DictObject *d = (DictObject *)o;
    DictTable *old = d->table;
    d->table = table_new(MIN_LOG2_SIZE);
    d->used = 0;
    bump_version(d);
    DictEntry *e = table_entries(old);
    for (size_t i = 0; i < old->nentries; i++) {
        XDECREF(e[i].key);
        XDECREF(e[i].value);
    }
    table_free(old);
}

bool dict_next(Object *o, size_t *pos, Object **key, Object **value)
{
    DictObject *d = (DictObject *)o;
    DictTable *t = d->table;
    DictEntry *e = table_entries(t);
    while (*pos < t->nentries) {
        DictEntry *x = &e[(*pos)++];
        if (x->key) {
            *key = x->key;
            if (value)
                *value = x->value;
            return true;
        }
    }
    return false;
}

/* ---- the object -------------------------------------------------------------------------------------- */

static void dict_dealloc(Object *o)
{
    DictObject *d = (DictObject *)o;
    gc_untrack(o);
    DictTable *t = d->table;
    if (t) {
        DictEntry *e = table_entries(t);
        for (size_t i = 0; i < t->nentries; i++) {
            XDECREF(e[i].key);
            XDECREF(e[i].value);
        }
        table_free(t);
    }
    obj_free(o);
}

static void dict_traverse(Object *o, VisitFunc visit, void *arg)
{
    DictTable *t = ((DictObject *)o)->table;
    DictEntry *e = table_entries(t);
    for (size_t i = 0; i < t->nentries; i++) {
        if (e[i].key) {
            visit(e[i].key, arg);
            visit(e[i].value, arg);
        }
    }
}

static Object *dict_clear_refs(Object *o)
{
    dict_clear(o);
    return NULL;
}

Object *dict_copy(Object *o)
{
    DictObject *d = (DictObject *)o;
    DictObject *r = (DictObject *)dict_new_presized(d->used);
    size_t pos = 0;
    Object *k, *v;
    DictEntry *e = table_entries(d->table);
    while (pos < d->table->nentries) {
        DictEntry *x = &e[pos++];
        if (!x->key)
            continue;
        k = x->key;
        v = x->value;
        insert(r, k, x->hash, v);
    }
    return (Object *)r;
}

static Object *dict_repr(Object *o)
{
    DictObject *d = (DictObject *)o;
    if (d->used == 0)
        return str_from_cstr("{}");
    int status = repr_enter(o);
    if (status != 0)
        return status > 0 ? str_from_cstr("{...}") : NULL;
    Buf b;
    buf_init(&b);
    buf_putc(&b, '{');
    size_t pos = 0;
    Object *k, *v;
    bool first = true, ok = true;
    while (ok && dict_next(o, &pos, &k, &v)) {
        if (!first)
            buf_puts(&b, ", ");
        first = false;
        INCREF(k);
        INCREF(v);
        Object *kr = obj_repr(k);
        Object *vr = kr ? obj_repr(v) : NULL;
        DECREF(k);
        DECREF(v);
        if (!vr) {
            XDECREF(kr);
            ok = false;
            break;
        }
        buf_append(&b, str_data(kr), str_size(kr));
        buf_puts(&b, ": ");
        buf_append(&b, str_data(vr), str_size(vr));
        DECREF(kr);
        DECREF(vr);
    }
    repr_leave(o);
    buf_putc(&b, '}');
    Object *r = ok ? str_from_utf8(b.data, b.len) : NULL;
    buf_free(&b);
    return r;
}

static Object *dict_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!dict_check(b) || (op != CMP_EQ && op != CMP_NE))
        return not_implemented_ref();
    DictObject *x = (DictObject *)a, *y = (DictObject *)b;
    bool equal = x->used == y->used;
    size_t pos = 0;
    Object *k, *v;
    while (equal && dict_next(a, &pos, &k, &v)) {
        INCREF(k);
        INCREF(v);
        Object *w = dict_get(b, k);
        if (!w) {
            DECREF(k);
            DECREF(v);
            if (err_occurred())
                return NULL;
            equal = false;
            break;
        }
        INCREF(w);
        int eq = obj_rich_compare_bool(v, w, CMP_EQ);
        DECREF(k);
        DECREF(v);
        DECREF(w);
        if (eq < 0)
            return NULL;
        equal = eq;
    }
    return bool_from(op == CMP_EQ ? equal : !equal);
}

static int64_t dict_len(Object *o)
{
    return (int64_t)((DictObject *)o)->used;
}

static Object *dict_subscript(Object *o, Object *key)
{
    int64_t hash = str_check_exact(key) ? str_cached_hash(key) : obj_hash(key);
    if (hash == -1 && err_occurred())
        return NULL;
    Object *v = dict_get_with_hash(o, key, hash);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    if (!dict_check_exact(o)) {
        bool found;
        Object *r = obj_call_special(o, id_dunder_missing, &key, 1, &found);
        if (found)
            return r;
    }
    return err_set(&Exc_KeyError, key);
}

static int dict_ass_subscript(Object *o, Object *key, Object *value)
{
    if (value)
        return dict_set(o, key, value);
    return dict_del(o, key);
}

static int dict_contains(Object *o, Object *key)
{
    int64_t hash = str_check_exact(key) ? str_cached_hash(key) : obj_hash(key);
    if (hash == -1 && err_occurred())
        return -1;
    Object *v = dict_get_with_hash(o, key, hash);
    if (v)
        return 1;
    return err_occurred() ? -1 : 0;
}

/* ---- update ------------------------------------------------------------------------------------------- */

static int update_from_pairs(Object *d, Object *pairs)
{
    Object *it = obj_get_iter(pairs);
    if (!it)
        return -1;
    Object *item;
    int64_t index = 0;
    while ((item = iter_next(it))) {
        Object *seq = NULL;
        if (tuple_check(item) || list_check(item)) {
            seq = NEWREF(item);
        } else if (item->type->iter || item->type->getitem) {
            seq = tuple_from_iterable(item);
        }
        DECREF(item);
        if (!seq) {
            if (!err_occurred() || err_matches(&Exc_TypeError)) {
                err_clear();
                err_format(&Exc_TypeError, "cannot convert dictionary update sequence element "
                                           "#%lld to a sequence", (long long)index);
            }
            DECREF(it);
            return -1;
        }
        size_t n = tuple_check(seq) ? tuple_size(seq) : list_size(seq);
        if (n != 2) {
            err_format(&Exc_ValueError, "dictionary update sequence element #%lld has length %zu; "
                                        "2 is required", (long long)index, n);
            DECREF(seq);
            DECREF(it);
            return -1;
        }
        Object *k = tuple_check(seq) ? tuple_get(seq, 0) : list_get(seq, 0);
        Object *v = tuple_check(seq) ? tuple_get(seq, 1) : list_get(seq, 1);
        int r = dict_set(d, k, v);
        DECREF(seq);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
        index++;
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* Copies a mapping's items: a dict directly, anything else through keys()
 * and [key]. */
static int update_from_mapping(Object *d, Object *other, bool no_repeats, Object *for_message)
{
    if (dict_check(other) && (dict_check_exact(other) || !type_lookup(other->type, id_keys) ||
                              true)) {
        if (dict_check(other)) {
            size_t pos = 0;
            Object *k, *v;
            while (dict_next(other, &pos, &k, &v)) {
                if (no_repeats) {
                    int c = dict_contains(d, k);
                    if (c < 0)
                        return -1;
                    if (c) {
                        err_repeated_keyword(for_message, k);
                        return -1;
                    }
                }
                INCREF(k);
                INCREF(v);
                int r = dict_set(d, k, v);
                DECREF(k);
                DECREF(v);
                if (r < 0)
                    return -1;
            }
            return 0;
        }
    }
    Object *keys_method = obj_getattr(other, id_keys);
    if (!keys_method)
        return -1;
    Object *keys = obj_call0(keys_method);
    DECREF(keys_method);
    if (!keys)
        return -1;
    Object *it = obj_get_iter(keys);
    DECREF(keys);
    if (!it)
        return -1;
    Object *k;
    while ((k = iter_next(it))) {
        if (no_repeats) {
            int c = dict_contains(d, k);
            if (c) {
                if (c > 0)
                    err_repeated_keyword(for_message, k);
                DECREF(k);
                DECREF(it);
                return -1;
            }
        }
        Object *v = obj_getitem(other, k);
        int r = v ? dict_set(d, k, v) : -1;
        DECREF(k);
        XDECREF(v);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

int dict_update(Object *d, Object *other)
{
    if (dict_check(other))
        return update_from_mapping(d, other, false, NULL);
    Object *keys = obj_lookup_attr(other, id_keys);
    if (keys) {
        DECREF(keys);
        return update_from_mapping(d, other, false, NULL);
    }
    if (err_occurred())
        return -1;
    return update_from_pairs(d, other);
}

int dict_merge(Object *d, Object *other, bool no_repeats, Object *for_message)
{
    if (!dict_check(other)) {
        Object *keys = obj_lookup_attr(other, id_keys);
        if (!keys) {
            if (!err_occurred())
                err_not_mapping(for_message, other);
            return -1;
        }
        DECREF(keys);
    }
    return update_from_mapping(d, other, no_repeats, for_message);
}

/* ---- lists of keys, values, items ------------------------------------------------------------------- */

Object *dict_keys_list(Object *o)
{
    Object *l = list_new(0);
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(o, &pos, &k, &v))
        list_append(l, k);
    return l;
}

Object *dict_values_list(Object *o)
{
    Object *l = list_new(0);
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(o, &pos, &k, &v))
        list_append(l, v);
    return l;
}

Object *dict_items_list(Object *o)
{
    Object *l = list_new(0);
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(o, &pos, &k, &v))
        list_append_steal(l, tuple_pack(2, k, v));
    return l;
}

/* ---- construction and methods ------------------------------------------------------------------------ */

static Object *dict_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    DictObject *d = (DictObject *)obj_alloc(type, 0);
    d->table = table_new(MIN_LOG2_SIZE);
    bump_version(d);
    gc_track((Object *)d);
    return (Object *)d;
}

static int update_with_args(Object *self, const char *name, Object *const *args, size_t nargs,
                            TupleObject *kwnames)
{
    nargs = NARGS(nargs);
    if (nargs > 1) {
        err_format(&Exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return -1;
    }
    if (nargs == 1 && dict_update(self, args[0]) < 0)
        return -1;
    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(self, tuple_get((Object *)kwnames, i), args[nargs + i]) < 0)
            return -1;
    return 0;
}

static int dict_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    return update_with_args(self, "dict", args, nargs, kwnames);
}

#define METHOD(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                         TupleObject *kwnames)

METHOD(dict_get_method)
{
    if (!arg_range("dict.get", nargs, kwnames, 1, 2))
        return NULL;
    Object *v = dict_get(self, args[0]);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    return NEWREF(NARGS(nargs) > 1 ? args[1] : OBJ_NONE);
}

METHOD(dict_setdefault)
{
    if (!arg_range("dict.setdefault", nargs, kwnames, 1, 2))
        return NULL;
    Object *v = dict_get(self, args[0]);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    Object *dflt = NARGS(nargs) > 1 ? args[1] : OBJ_NONE;
    if (dict_set(self, args[0], dflt) < 0)
        return NULL;
    return NEWREF(dflt);
}

METHOD(dict_pop_method)
{
    if (!arg_range("dict.pop", nargs, kwnames, 1, 2))
        return NULL;
    Object *v;
    /* (an empty dict does not hash the key: {}.pop([]) is a KeyError, as in CPython) */
    int r = dict_size(self) == 0 ? 0 : dict_pop(self, args[0], &v);
    if (r < 0)
        return NULL;
    if (r == 1)
        return v;
    if (NARGS(nargs) > 1)
        return NEWREF(args[1]);
    return err_set(&Exc_KeyError, args[0]);
}

METHOD(dict_popitem)
{
    if (!arg_none("dict.popitem", nargs, kwnames))
        return NULL;
    DictObject *d = (DictObject *)self;
    if (d->used == 0)
        return err_set_string(&Exc_KeyError, "popitem(): dictionary is empty");
    DictTable *t = d->table;
    DictEntry *e = table_entries(t);
    size_t i = t->nentries;
    while (i > 0 && !e[i - 1].key)
        i--;
    DictEntry *x = &e[i - 1];
    /* find its index slot */
    size_t mask = table_size(t) - 1, s = (size_t)x->hash & mask;
    uint64_t perturb = (uint64_t)x->hash;
    while (get_index(t, s) != (int64_t)(i - 1)) {
        perturb >>= 5;
        s = (s * 5 + (size_t)perturb + 1) & mask;
    }
    Object *k, *v;
    remove_entry(d, s, (int64_t)(i - 1), &k, &v);
    t->nentries = i - 1;
    Object *r = tuple_pack(2, k, v);
    DECREF(k);
    DECREF(v);
    return r;
}

METHOD(dict_update_method)
{
    return update_with_args(self, "update", args, nargs, kwnames) < 0 ? NULL : none_ref();
}

METHOD(dict_clear_method)
{
    if (!arg_none("dict.clear", nargs, kwnames))
        return NULL;
    dict_clear(self);
    return none_ref();
}

METHOD(dict_copy_method)
{
    if (!arg_none("dict.copy", nargs, kwnames))
        return NULL;
    return dict_copy(self);
}

METHOD(dict_fromkeys)
{
    if (!arg_range("dict.fromkeys", nargs, kwnames, 1, 2))
        return NULL;
    Object *value = NARGS(nargs) > 1 ? args[1] : OBJ_NONE;
    Object *d = obj_call0(self);
    if (!d)
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (!it) {
        DECREF(d);
        return NULL;
    }
    Object *k;
    while ((k = iter_next(it))) {
        int r = obj_setitem(d, k, value);
        DECREF(k);
        if (r < 0) {
            DECREF(it);
            DECREF(d);
            return NULL;
        }
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(d);
        return NULL;
    }
    return d;
}

static Object *make_view(Type *type, Object *dict);

METHOD(dict_keys)
{
    return arg_none("dict.keys", nargs, kwnames) ? make_view(&DictKeysType, self) : NULL;
}

METHOD(dict_values)
{
    return arg_none("dict.values", nargs, kwnames) ? make_view(&DictValuesType, self) : NULL;
}

METHOD(dict_items)
{
    return arg_none("dict.items", nargs, kwnames) ? make_view(&DictItemsType, self) : NULL;
}

static Object *dict_iter_new(Object *dict, int kind, bool reversed);

METHOD(dict_reversed)
{
    return dict_iter_new(self, 0, true);
}

/* CPython's figure (sys.getsizeof adds 16 for the collector's header): the
   48-byte dict, and unless it has never held an item, its keys object: a
   32-byte header, the index table and the entries (16 bytes each while
   every key is a str, 24 otherwise). */
METHOD(dict_sizeof)
{
    DictObject *d = (DictObject *)self;
    DictTable *t = d->table;
    if (t->nentries == 0 && d->used == 0)
        return int_from_i64(48);
    bool all_str = true;
    DictEntry *e = table_entries(t);
    for (size_t i = 0; i < t->nentries && all_str; i++)
        if (e[i].key && !str_check_exact(e[i].key))
            all_str = false;
    size_t size = table_size(t);
    return int_from_i64((int64_t)(48 + 32 + size * t->index_bytes + t->usable * (all_str ? 16 : 24)));
}

METHOD(dict_class_getitem)
{
    return generic_alias_new(self, args[0]);
}

static Object *dict_or(Object *a, Object *b)
{
    if (!dict_check(a) || !dict_check(b))
        return not_implemented_ref();
    Object *r = dict_copy(a);
    if (dict_update(r, b) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Object *dict_ior(Object *a, Object *b)
{
    if (dict_update(a, b) < 0)
        return NULL;
    return NEWREF(a);
}

static const MethodDef dict_methods[] = {
    { "get", dict_get_method, 0 },
    { "setdefault", dict_setdefault, 0 },
    { "pop", dict_pop_method, 0 },
    { "popitem", dict_popitem, 0 },
    { "update", dict_update_method, 0 },
    { "clear", dict_clear_method, 0 },
    { "copy", dict_copy_method, 0 },
    { "fromkeys", dict_fromkeys, METH_CLASS },
    { "keys", dict_keys, 0 },
    { "values", dict_values, 0 },
    { "items", dict_items, 0 },
    { "__reversed__", dict_reversed, 0 },
    { "__sizeof__", dict_sizeof, 0 },
    { "__class_getitem__", dict_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

/* ---- iteration ----------------------------------------------------------------------------------------- */

typedef struct DictIterObject {
    Object head;
    Object *dict;           /* NULL when exhausted */
    size_t pos;             /* the next entry (reversed: one past it) */
    size_t used;            /* the dict's size when iteration began */
    int kind;               /* 0 keys, 1 values, 2 items */
    bool reversed;
    size_t remaining;
} DictIterObject;

static Type *const dict_iter_types[2][3];

static Object *dict_iter_new(Object *dict, int kind, bool reversed)
{
    DictIterObject *it = (DictIterObject *)obj_alloc(dict_iter_types[reversed][kind], 0);
    it->dict = NEWREF(dict);
    it->used = ((DictObject *)dict)->used;
    it->remaining = it->used;
    it->kind = kind;
    it->reversed = reversed;
    it->pos = reversed ? ((DictObject *)dict)->table->nentries : 0;
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *dict_iter(Object *o)
{
    return dict_iter_new(o, 0, false);
}

static Object *dict_iter_next(Object *o)
{
    DictIterObject *it = (DictIterObject *)o;
    if (!it->dict)
        return NULL;
    DictObject *d = (DictObject *)it->dict;
    if (d->used != it->used) {
        it->used = (size_t)-1;
        return err_set_string(&Exc_RuntimeError, "dictionary changed size during iteration");
    }
    DictTable *t = d->table;
    DictEntry *e = table_entries(t);
    DictEntry *x = NULL;
    if (it->reversed) {
        while (it->pos > 0) {
            DictEntry *c = &e[--it->pos];
            if (c->key) {
                x = c;
                break;
            }
        }
    } else {
        while (it->pos < t->nentries) {
            DictEntry *c = &e[it->pos++];
            if (c->key) {
                x = c;
                break;
            }
        }
    }
    if (!x) {
        CLEAR(it->dict);
        return NULL;
    }
    if (it->remaining == 0 && !it->reversed) {
        /* the size is the same, but an entry appeared that was not there
           when the iteration began: a key was taken out and another put in */
        CLEAR(it->dict);
        return err_set_string(&Exc_RuntimeError, "dictionary keys changed during iteration");
    }
    if (it->remaining > 0)
        it->remaining--;
    switch (it->kind) {
    case 0:
        return NEWREF(x->key);
    case 1:
        return NEWREF(x->value);
    default:
        return tuple_pack(2, x->key, x->value);
    }
}

static void dict_iter_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((DictIterObject *)o)->dict);
    obj_free(o);
}

static void dict_iter_traverse(Object *o, VisitFunc visit, void *arg)
{
    if (((DictIterObject *)o)->dict)
        visit(((DictIterObject *)o)->dict, arg);
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

static Object *dict_iter_length_hint(Object *o, Object *const *args, size_t nargs, TupleObject *k)
{
    DictIterObject *it = (DictIterObject *)o;
    return int_from_i64(it->dict ? (int64_t)it->remaining : 0);
}

static const MethodDef dict_iter_methods[] = {
    { "__length_hint__", dict_iter_length_hint, 0 },
    { NULL, NULL, 0 },
};

/* One type per kind and direction, as CPython names them; they share the
 * slots above. */
#define DICT_ITER_TYPE(var, type_name)                                                             \
    Type var = {                                                                                   \
        .head = STATIC_HEADER(&TypeType),                                                          \
        .name = type_name,                                                                         \
        .basicsize = sizeof(DictIterObject),                                                       \
        .flags = TYPE_GC,                                                                          \
        .dealloc = dict_iter_dealloc,                                                              \
        .traverse = dict_iter_traverse,                                                            \
        .iter = self_iter,                                                                         \
        .iternext = dict_iter_next,                                                                \
        .methods = dict_iter_methods,                                                              \
    };
DICT_ITER_TYPE(DictIterType, "dict_keyiterator")
DICT_ITER_TYPE(DictValueIterType, "dict_valueiterator")
DICT_ITER_TYPE(DictItemIterType, "dict_itemiterator")
DICT_ITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator")
DICT_ITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator")
DICT_ITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator")
#undef DICT_ITER_TYPE

static Type *const dict_iter_types[2][3] = {
    { &DictIterType, &DictValueIterType, &DictItemIterType },
    { &DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType },
};

/* ---- views ------------------------------------------------------------------------------------------------ */

typedef struct DictViewObject {
    Object head;
    Object *dict;
} DictViewObject;

static Object *make_view(Type *type, Object *dict)
{
    DictViewObject *v = (DictViewObject *)obj_alloc(type, 0);
    v->dict = NEWREF(dict);
    gc_track((Object *)v);
    return (Object *)v;
}

static void view_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((DictViewObject *)o)->dict);
    obj_free(o);
}

static void view_traverse(Object *o, VisitFunc visit, void *arg)
{
    visit(((DictViewObject *)o)->dict, arg);
}

static int64_t view_len(Object *o)
{
    return (int64_t)dict_size(((DictViewObject *)o)->dict);
}

static int view_kind(Object *o)
{
    return o->type == &DictKeysType ? 0 : o->type == &DictValuesType ? 1 : 2;
}

static Object *view_iter(Object *o)
{
    return dict_iter_new(((DictViewObject *)o)->dict, view_kind(o), false);
}

static Object *view_repr(Object *o)
{
    int status = repr_enter(o);
    if (status != 0)
        return status > 0 ? str_from_cstr("...") : NULL;
    Object *items = list_from_iterable(o);
    Object *inner = items ? obj_repr(items) : NULL;
    XDECREF(items);
    repr_leave(o);
    if (!inner)
        return NULL;
    Object *r = str_from_format("%s(%s)", o->type->name, str_data(inner));
    DECREF(inner);
    return r;
}

static int keys_contains(Object *o, Object *key)
{
    return dict_contains(((DictViewObject *)o)->dict, key);
}

static int items_contains(Object *o, Object *item)
{
    if (!tuple_check(item) || tuple_size(item) != 2)
        return 0;
    Object *v = dict_get(((DictViewObject *)o)->dict, tuple_get(item, 0));
    if (!v)
        return err_occurred() ? -1 : 0;
    INCREF(v);
    int eq = obj_rich_compare_bool(v, tuple_get(item, 1), CMP_EQ);
    DECREF(v);
    return eq;
}

static Object *view_reversed(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return dict_iter_new(((DictViewObject *)self)->dict, view_kind(self), true);
}

static Object *view_mapping(Object *o)
{
    return mapping_proxy_new(((DictViewObject *)o)->dict);
}

static const GetSetDef view_getsets[] = {
    { "mapping", view_mapping, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef view_methods[] = {
    { "__reversed__", view_reversed, 0 },
    { NULL, NULL, 0 },
};

/* keys and items views behave as sets: ==, <, &, |, -, ^ with any iterable */
static Object *view_as_set(Object *o)
{
    return set_new(o);
}

static Object *view_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!anyset_check(b) && b->type != &DictKeysType && b->type != &DictItemsType)
        return not_implemented_ref();
    Object *sa = view_as_set(a), *sb = view_as_set(b);
    Object *r = sa && sb ? obj_rich_compare(sa, sb, op) : NULL;
    XDECREF(sa);
    XDECREF(sb);
    return r;
}

#define VIEW_SET_OP(name, op)                                           \
    static Object *name(Object *a, Object *b)                           \
    {                                                                   \
        Object *sa = set_new(a);                                        \
        if (!sa)                                                        \
            return NULL;                                                \
        Object *sb = anyset_check(b) ? NEWREF(b) : set_new(b);          \
        if (!sb) {                                                      \
            DECREF(sa);                                                 \
            return NULL;                                                \
        }                                                               \
        Object *r = obj_binary_op(sa, sb, op);                          \
        DECREF(sa);                                                     \
        DECREF(sb);                                                     \
        return r;                                                       \
    }
VIEW_SET_OP(view_and, BINOP_AND)
VIEW_SET_OP(view_or, BINOP_OR)
VIEW_SET_OP(view_sub, BINOP_SUB)
VIEW_SET_OP(view_xor, BINOP_XOR)

static Object *view_isdisjoint(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("isdisjoint", nargs, kw))
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (!it)
        return NULL;
    Object *x;
    while ((x = iter_next(it))) {
        int c = obj_contains(self, x);
        DECREF(x);
        if (c) {
            DECREF(it);
            return c < 0 ? NULL : bool_from(false);
        }
    }
    DECREF(it);
    return err_occurred() ? NULL : bool_from(true);
}

static const MethodDef set_view_methods[] = {
    { "__reversed__", view_reversed, 0 },
    { "isdisjoint", view_isdisjoint, 0 },
    { NULL, NULL, 0 },
};

#define VIEW_TYPE(var, tname, contains_fn, methods_table, set_like)                       \
    Type var = {                                                                           \
        .head = STATIC_HEADER(&TypeType),                                                  \
        .name = tname,                                                                     \
        .basicsize = sizeof(DictViewObject),                                               \
        .flags = TYPE_GC,                                                                  \
        .dealloc = view_dealloc,                                                           \
        .traverse = view_traverse,                                                         \
        .repr = view_repr,                                                                 \
        .hash = obj_hash_unhashable,                                                       \
        .richcompare = set_like ? view_richcompare : NULL,                                 \
        .iter = view_iter,                                                                 \
        .length = view_len,                                                                \
        .contains = contains_fn,                                                           \
        .number = { [BINOP_AND] = set_like ? view_and : NULL,                              \
                    [BINOP_OR] = set_like ? view_or : NULL,                                \
                    [BINOP_SUB] = set_like ? view_sub : NULL,                              \
                    [BINOP_XOR] = set_like ? view_xor : NULL },                            \
        .methods = methods_table,                                                          \
        .getsets = view_getsets,                                                           \
    }

VIEW_TYPE(DictKeysType, "dict_keys", keys_contains, set_view_methods, true);
VIEW_TYPE(DictValuesType, "dict_values", NULL, view_methods, false);
VIEW_TYPE(DictItemsType, "dict_items", items_contains, set_view_methods, true);

Type DictType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "dict",
    .basicsize = sizeof(DictObject),
    .flags = TYPE_BASETYPE | TYPE_GC | TYPE_DICT_SUBCLASS | TYPE_ABSTRACT_MAPPING,
    .doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a "
           "mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary "
           "initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the "
           "keyword argument list.  For example:  dict(one=1, two=2)",
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear_refs = dict_clear_refs,
    .repr = dict_repr,
    .hash = obj_hash_unhashable,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .new_ = dict_new_slot,
    .init = dict_init,
    .number = { [BINOP_OR] = dict_or },
    .inplace = { [BINOP_OR] = dict_ior },
    .length = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains,
    .methods = dict_methods,
};
