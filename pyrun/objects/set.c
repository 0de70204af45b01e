/* set.c - set and frozenset, with CPython's table so that iteration order
 * matches it exactly (see set.h).
 *
 * The table is a power-of-two array of (key, hash) entries.  A key is
 * looked for at hash & mask, then in the next LINEAR_PROBES entries (cheap:
 * they share cache lines), then the search jumps to i*5 + 1 + perturb,
 * where perturb starts as the hash and loses 5 bits at each jump (so every
 * bit of the hash eventually counts).  A removed key leaves a *dummy*
 * behind, so that searches for keys placed beyond it still find them.
 * `fill` counts keys and dummies; when it reaches 3/5 of the table, the
 * table is rebuilt four times as large as the number of keys (twice, past
 * 50000). */
#include "runtime.h"

#include <stdio.h>

enum { LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

/* The dummy: any unique object; its hash in the table is -1. */
static Object dummy_object = STATIC_HEADER(&NoneType);
#define DUMMY (&dummy_object)

static inline bool is_active(const SetEntry *e)
{
    return e->key != NULL && e->key != DUMMY;
}

/* ---- table primitives ------------------------------------------------------------------------ */

static void table_free(SetObject *s)
{
    if (s->table != s->smalltable)
        mem_free(s->table, (size_t)(s->mask + 1) * sizeof(SetEntry));
}

/* Places a key known to be absent in a table without dummies. */
static void insert_clean(SetEntry *table, size_t mask, Object *key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    SetEntry *e;
    for (;;) {
        e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
}

/* Rebuilds the table with the smallest size (>= 8) larger than minused. */
static void table_resize(SetObject *s, int64_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    SetEntry *old = s->table;
    size_t oldmask = (size_t)s->mask;
    SetEntry small_copy[SET_MINSIZE];
    if (old == s->smalltable) {
        memcpy(small_copy, old, sizeof small_copy);
        old = small_copy;
    }
    SetEntry *fresh;
    if (newsize == SET_MINSIZE) {
        fresh = s->smalltable;
    } else {
        fresh = mem_alloc(newsize * sizeof(SetEntry));
    }
    memset(fresh, 0, newsize * sizeof(SetEntry));
    bool old_was_small = s->table == s->smalltable;
    size_t old_bytes = (oldmask + 1) * sizeof(SetEntry);
    SetEntry *old_heap = old_was_small ? NULL : s->table;
    s->mask = (int64_t)newsize - 1;
    s->table = fresh;
    s->fill = s->used;
    for (size_t i = 0; i <= oldmask; i++)
        if (is_active(&old[i]))
            insert_clean(fresh, newsize - 1, old[i].key, old[i].hash);
    if (old_heap)
        mem_free(old_heap, old_bytes);
}

/* The entry holding key, or the empty entry that ends its search; NULL on error. */
static SetEntry *lookup(SetObject *s, Object *key, int64_t hash)
{
restart:;
    size_t mask = (size_t)s->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        SetEntry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL)
                return e;
            if (e->hash == hash) {
                Object *start = e->key;
                if (start == key)
                    return e;
                if (str_check_exact(start) && str_check_exact(key)) {
                    if (str_equal(start, key))
                        return e;
                } else {
                    SetEntry *table = s->table;
                    INCREF(start);
                    int eq = obj_rich_compare_bool(start, key, CMP_EQ);
                    DECREF(start);
                    if (eq < 0)
                        return NULL;
                    if (table != s->table || e->key != start)
                        goto restart;
                    if (eq > 0)
                        return e;
                    mask = (size_t)s->mask;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
}

/* Adds key (a new reference is taken); 0 or -1. */
static int add_entry(SetObject *s, Object *key, int64_t hash)
{
    INCREF(key);
restart:;
    size_t mask = (size_t)s->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL)
                goto found_unused_or_dummy;
            if (e->hash == hash) {
                Object *start = e->key;
                if (start == key)
                    goto found_active;
                if (str_check_exact(start) && str_check_exact(key)) {
                    if (str_equal(start, key))
                        goto found_active;
                } else {
                    SetEntry *table = s->table;
                    INCREF(start);
                    int eq = obj_rich_compare_bool(start, key, CMP_EQ);
                    DECREF(start);
                    if (eq > 0)
                        goto found_active;
                    if (eq < 0) {
                        DECREF(key);
                        return -1;
                    }
                    if (table != s->table || e->key != start)
                        goto restart;
                    mask = (size_t)s->mask;
                }
            } else if (e->hash == -1 && !freeslot) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if ((size_t)s->fill * 5 < mask * 3)
        return 0;
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 0;
found_active:
    DECREF(key);
    return 0;
}

static int64_t hash_of(Object *key)
{
    if (str_check_exact(key))
        return str_cached_hash(key);
    return obj_hash(key);
}

int set_add(Object *o, Object *key)
{
    int64_t hash = hash_of(key);
    if (hash == -1 && err_occurred())
        return -1;
    return add_entry((SetObject *)o, key, hash);
}

static int contains_entry(SetObject *s, Object *key, int64_t hash)
{
    SetEntry *e = lookup(s, key, hash);
    if (!e)
        return -1;
    return e->key != NULL;
}

/* 1 removed, 0 absent, -1 error */
static int discard_entry(SetObject *s, Object *key, int64_t hash)
{
    SetEntry *e = lookup(s, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    Object *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    DECREF(old);
    return 1;
}

/* A set can look for an (unhashable) set by its frozenset value. */
static int64_t key_hash_for_lookup(Object **key, Object **temp)
{
    *temp = NULL;
    int64_t hash = hash_of(*key);
    if (hash == -1 && err_occurred() && set_check(*key) && err_matches(&Exc_TypeError)) {
        err_clear();
        *temp = frozenset_new(*key);
        if (!*temp)
            return -1;
        *key = *temp;
        hash = hash_of(*key);
    }
    return hash;
}

int set_contains(Object *o, Object *key)
{
    Object *temp;
    int64_t hash = key_hash_for_lookup(&key, &temp);
    if (hash == -1 && err_occurred())
        return -1;
    int r = contains_entry((SetObject *)o, key, hash);
    XDECREF(temp);
    return r;
}

int set_discard(Object *o, Object *key)
{
    Object *temp;
    int64_t hash = key_hash_for_lookup(&key, &temp);
    if (hash == -1 && err_occurred())
        return -1;
    int r = discard_entry((SetObject *)o, key, hash);
    XDECREF(temp);
    return r;
}

bool set_next(Object *o, int64_t *pos, Object **key)
{
    SetObject *s = (SetObject *)o;
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (is_active(e)) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

static bool next_entry(SetObject *s, int64_t *pos, SetEntry **entry)
{
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (is_active(e)) {
            *entry = e;
            return true;
        }
    }
    return false;
}

/* ---- bulk operations, as CPython performs them (the order of the result
 * depends on how it was built) ---------------------------------------------------------------------- */

static int merge(SetObject *s, SetObject *other)
{
    if (s == other || other->used == 0)
        return 0;
    if ((s->fill + other->used) * 5 >= s->mask * 3)
        table_resize(s, (s->used + other->used) * 2);
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++) {
            Object *key = other->table[i].key;
            if (key) {
                s->table[i].key = NEWREF(key);
                s->table[i].hash = other->table[i].hash;
            }
        }
        s->fill = other->fill;
        s->used = other->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = other->used;
        s->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++) {
            SetEntry *e = &other->table[i];
            if (is_active(e))
                insert_clean(s->table, (size_t)s->mask, NEWREF(e->key), e->hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (is_active(e) && add_entry(s, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

int set_update(Object *o, Object *iterable)
{
    SetObject *s = (SetObject *)o;
    if (anyset_check(iterable))
        return merge(s, (SetObject *)iterable);
    if (dict_check_exact(iterable)) {
        int64_t n = (int64_t)dict_size(iterable);
        if ((s->fill + n) * 5 >= s->mask * 3)
            table_resize(s, (s->used + n) * 2);
        DictEntry *e = dict_entries(iterable);
        size_t count = dict_entry_count(iterable);
        for (size_t i = 0; i < count; i++)
            if (e[i].key && add_entry(s, e[i].key, e[i].hash) < 0)
                return -1;
        return 0;
    }
    Object *it = obj_get_iter(iterable);
    if (!it)
        return -1;
    Object *key;
    while ((key = iter_next(it))) {
        int r = set_add(o, key);
        DECREF(key);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

static SetObject *alloc_set(Type *type)
{
    SetObject *s = (SetObject *)obj_alloc(type, 0);
    s->mask = SET_MINSIZE - 1;
    s->table = s->smalltable;
    s->hash = -1;
    gc_track((Object *)s);
    return s;
}

static Object *make_set(Type *type, Object *iterable)
{
    SetObject *s = alloc_set(type);
    if (iterable && set_update((Object *)s, iterable) < 0) {
        DECREF(s);
        return NULL;
    }
    return (Object *)s;
}

Object *set_new(Object *iterable)
{
    return make_set(&SetType, iterable);
}

Object *frozenset_new(Object *iterable)
{
    return make_set(&FrozenSetType, iterable);
}

/* A new set of the same basic kind (set or frozenset) as s. */
static Object *new_like(Object *s, Object *iterable)
{
    return make_set(frozenset_check(s) ? &FrozenSetType : &SetType, iterable);
}

static void set_clear_internal(SetObject *s)
{
    SetEntry *table = s->table;
    int64_t mask = s->mask;
    bool small = table == s->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (small) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    s->table = s->smalltable;
    memset(s->smalltable, 0, sizeof s->smalltable);
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
    for (int64_t i = 0; i <= mask; i++)
        if (is_active(&table[i]))
            DECREF(table[i].key);
    if (!small)
        mem_free(table, (size_t)(mask + 1) * sizeof(SetEntry));
}

static Object *set_intersection(Object *a, Object *other)
{
    if (a == other)
        return new_like(a, a);
    Object *result = new_like(a, NULL);
    SetObject *so = (SetObject *)a;
    if (anyset_check(other)) {
        SetObject *ot = (SetObject *)other;
        if (ot->used > so->used) {
            SetObject *t = so;
            so = ot;
            ot = t;
        }
        int64_t pos = 0;
        SetEntry *e;
        while (next_entry(ot, &pos, &e)) {
            Object *key = NEWREF(e->key);
            int64_t hash = e->hash;
            int r = contains_entry(so, key, hash);
            if (r > 0)
                r = add_entry((SetObject *)result, key, hash);
            DECREF(key);
            if (r < 0) {
                DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    Object *it = obj_get_iter(other);
    if (!it) {
        DECREF(result);
        return NULL;
    }
    Object *key;
    while ((key = iter_next(it))) {
        int64_t hash = hash_of(key);
        int r = hash == -1 && err_occurred() ? -1 : contains_entry(so, key, hash);
        if (r > 0)
            r = add_entry((SetObject *)result, key, hash);
        DECREF(key);
        if (r < 0) {
            DECREF(it);
            DECREF(result);
            return NULL;
        }
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static int difference_update(SetObject *s, Object *other)
{
    if ((Object *)s == other) {
        set_clear_internal(s);
        return 0;
    }
    if (anyset_check(other)) {
        int64_t pos = 0;
        SetEntry *e;
        while (next_entry((SetObject *)other, &pos, &e))
            if (discard_entry(s, e->key, e->hash) < 0)
                return -1;
    } else {
        Object *it = obj_get_iter(other);
        if (!it)
            return -1;
        Object *key;
        while ((key = iter_next(it))) {
            int r = set_discard((Object *)s, key);
            DECREF(key);
            if (r < 0) {
                DECREF(it);
                return -1;
            }
        }
        DECREF(it);
        if (err_occurred())
            return -1;
    }
    if ((size_t)(s->fill - s->used) <= (size_t)s->mask / 4)
        return 0;
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 0;
}

static Object *set_difference(Object *a, Object *other)
{
    SetObject *so = (SetObject *)a;
    int64_t other_size;
    if (anyset_check(other))
        other_size = ((SetObject *)other)->used;
    else if (dict_check_exact(other))
        other_size = (int64_t)dict_size(other);
    else
        other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) {
        Object *result = new_like(a, a);
        if (result && difference_update((SetObject *)result, other) < 0)
            CLEAR(result);
        return result;
    }
    Object *result = new_like(a, NULL);
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e)) {
        Object *key = NEWREF(e->key);
        int64_t hash = e->hash;
        int r = anyset_check(other) ? contains_entry((SetObject *)other, key, hash)
                                    : (dict_get_with_hash(other, key, hash) != NULL
                                           ? 1 : (err_occurred() ? -1 : 0));
        if (r == 0)
            r = add_entry((SetObject *)result, key, hash);
        DECREF(key);
        if (r < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int symmetric_difference_update(SetObject *s, Object *other)
{
    if ((Object *)s == other) {
        set_clear_internal(s);
        return 0;
    }
    Object *otherset = anyset_check(other) ? NEWREF(other) : new_like((Object *)s, other);
    if (!otherset)
        return -1;
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry((SetObject *)otherset, &pos, &e)) {
        Object *key = NEWREF(e->key);
        int64_t hash = e->hash;
        int r = discard_entry(s, key, hash);
        if (r == 0)
            r = add_entry(s, key, hash);
        DECREF(key);
        if (r < 0) {
            DECREF(otherset);
            return -1;
        }
    }
    DECREF(otherset);
    return 0;
}

static Object *set_symmetric_difference(Object *a, Object *other)
{
    Object *result = new_like(a, other);
    if (result && symmetric_difference_update((SetObject *)result, a) < 0)
        CLEAR(result);
    return result;
}

static int is_subset(Object *a, Object *b)
{
    SetObject *x = (SetObject *)a;
    if (x->used > ((SetObject *)b)->used)
        return 0;
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(x, &pos, &e)) {
        int r = contains_entry((SetObject *)b, e->key, e->hash);
        if (r <= 0)
            return r;
    }
    return 1;
}

/* ---- the object ------------------------------------------------------------------------------------ */

static void set_dealloc(Object *o)
{
    SetObject *s = (SetObject *)o;
    gc_untrack(o);
    for (int64_t i = 0; i <= s->mask; i++)
        if (is_active(&s->table[i]))
            DECREF(s->table[i].key);
    table_free(s);
    obj_free(o);
}

static void set_traverse(Object *o, VisitFunc visit, void *arg)
{
    SetObject *s = (SetObject *)o;
    for (int64_t i = 0; i <= s->mask; i++)
        if (is_active(&s->table[i]))
            visit(s->table[i].key, arg);
}

static Object *set_clear_refs(Object *o)
{
    set_clear_internal((SetObject *)o);
    return NULL;
}

static Object *set_repr(Object *o)
{
    SetObject *s = (SetObject *)o;
    bool plain = o->type == &SetType;
    const char *name = o->type->name;
    if (s->used == 0)
        return str_from_format("%s()", name);
    int status = repr_enter(o);
    if (status != 0)
        return status > 0 ? str_from_format("%s(...)", name) : NULL;
    Buf b;
    buf_init(&b);
    if (!plain)
        buf_printf(&b, "%s(", name);
    buf_putc(&b, '{');
    int64_t pos = 0;
    Object *key;
    bool first = true, ok = true;
    while (set_next(o, &pos, &key)) {
        if (!first)
            buf_puts(&b, ", ");
        first = false;
        INCREF(key);
        Object *r = obj_repr(key);
        DECREF(key);
        if (!r) {
            ok = false;
            break;
        }
        buf_append(&b, str_data(r), str_size(r));
        DECREF(r);
    }
    buf_putc(&b, '}');
    if (!plain)
        buf_putc(&b, ')');
    repr_leave(o);
    Object *r = ok ? str_from_utf8(b.data, b.len) : NULL;
    buf_free(&b);
    return r;
}

/* A frozenset's hash does not depend on the order of its keys: the keys'
 * hashes, each mixed, are combined with xor, then the count is folded in. */
static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

static int64_t frozenset_hash(Object *o)
{
    SetObject *s = (SetObject *)o;
    if (s->hash != -1)
        return s->hash;
    uint64_t h = 0;
    for (int64_t i = 0; i <= s->mask; i++)
        if (is_active(&s->table[i]))
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
    h ^= ((uint64_t)s->used + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == (uint64_t)-1)
        h = 590923713ull;
    s->hash = (int64_t)h;
    return s->hash;
}

static Object *set_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!anyset_check(b))
        return not_implemented_ref();
    SetObject *x = (SetObject *)a, *y = (SetObject *)b;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (x->used != y->used) {
            r = 0;
        } else if (frozenset_check(a) && frozenset_check(b) && x->hash != -1 && y->hash != -1 &&
                   x->hash != y->hash) {
            r = 0;
        } else {
            r = is_subset(a, b);
        }
        if (r < 0)
            return NULL;
        return bool_from(op == CMP_EQ ? r : !r);
    case CMP_LE:
        r = is_subset(a, b);
        break;
    case CMP_GE:
        r = is_subset(b, a);
        break;
    case CMP_LT:
        r = x->used < y->used ? is_subset(a, b) : 0;
        break;
    default:
        r = x->used > y->used ? is_subset(b, a) : 0;
        break;
    }
    return r < 0 ? NULL : bool_from(r);
}

static int64_t set_len(Object *o)
{
    return ((SetObject *)o)->used;
}

/* ---- operators ------------------------------------------------------------------------------------------ */

static Object *set_or(Object *a, Object *b)
{
    if (!anyset_check(a) || !anyset_check(b))
        return not_implemented_ref();
    Object *r = new_like(a, a);
    if (r && a != b && set_update(r, b) < 0)
        CLEAR(r);
    return r;
}

static Object *set_and(Object *a, Object *b)
{
    if (!anyset_check(a) || !anyset_check(b))
        return not_implemented_ref();
    return set_intersection(a, b);
}

static Object *set_sub(Object *a, Object *b)
{
    if (!anyset_check(a) || !anyset_check(b))
        return not_implemented_ref();
    return set_difference(a, b);
}

static Object *set_xor(Object *a, Object *b)
{
    if (!anyset_check(a) || !anyset_check(b))
        return not_implemented_ref();
    return set_symmetric_difference(a, b);
}

/* s &= t replaces s's contents with the intersection's */
static void swap_bodies(SetObject *a, SetObject *b)
{
    SetObject tmp;
    size_t body = sizeof(SetObject) - offsetof(SetObject, fill);
    memcpy((char *)&tmp + offsetof(SetObject, fill), (char *)a + offsetof(SetObject, fill), body);
    memcpy((char *)a + offsetof(SetObject, fill), (char *)b + offsetof(SetObject, fill), body);
    memcpy((char *)b + offsetof(SetObject, fill), (char *)&tmp + offsetof(SetObject, fill), body);
    if (a->table == b->smalltable)
        a->table = a->smalltable;
    if (b->table == a->smalltable)
        b->table = b->smalltable;
    a->hash = b->hash = -1;
}

static int intersection_update(Object *a, Object *other)
{
    Object *tmp = set_intersection(a, other);
    if (!tmp)
        return -1;
    swap_bodies((SetObject *)a, (SetObject *)tmp);
    DECREF(tmp);
    return 0;
}

static Object *set_ior(Object *a, Object *b)
{
    if (!anyset_check(b))
        return not_implemented_ref();
    return set_update(a, b) < 0 ? NULL : NEWREF(a);
}

static Object *set_iand(Object *a, Object *b)
{
    if (!anyset_check(b))
        return not_implemented_ref();
    return intersection_update(a, b) < 0 ? NULL : NEWREF(a);
}

static Object *set_isub(Object *a, Object *b)
{
    if (!anyset_check(b))
        return not_implemented_ref();
    return difference_update((SetObject *)a, b) < 0 ? NULL : NEWREF(a);
}

static Object *set_ixor(Object *a, Object *b)
{
    if (!anyset_check(b))
        return not_implemented_ref();
    return symmetric_difference_update((SetObject *)a, b) < 0 ? NULL : NEWREF(a);
}

/* ---- methods ------------------------------------------------------------------------------------------------ */

/* "set.NAME" or "frozenset.NAME" as self is, for the messages of the
 * methods both share. */
static const char *method_name(Object *self, const char *name)
{
    static char qualified[64];
    snprintf(qualified, sizeof qualified, "%s.%s",
             frozenset_check(self) ? "frozenset" : "set", name);
    return qualified;
}

#define METHOD(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                         TupleObject *kwnames)

METHOD(set_add_method)
{
    if (!arg_one("set.add", nargs, kwnames))
        return NULL;
    return set_add(self, args[0]) < 0 ? NULL : none_ref();
}

METHOD(set_remove)
{
    if (!arg_one("set.remove", nargs, kwnames))
        return NULL;
    int r = set_discard(self, args[0]);
    if (r < 0)
        return NULL;
    if (r == 0)
        return err_set(&Exc_KeyError, args[0]);
    return none_ref();
}

METHOD(set_discard_method)
{
    if (!arg_one("set.discard", nargs, kwnames))
        return NULL;
    return set_discard(self, args[0]) < 0 ? NULL : none_ref();
}

METHOD(set_pop)
{
    if (!arg_none("set.pop", nargs, kwnames))
        return NULL;
    SetObject *s = (SetObject *)self;
    if (s->used == 0)
        return err_set_string(&Exc_KeyError, "pop from an empty set");
    SetEntry *e = s->table + (s->finger & s->mask);
    SetEntry *limit = s->table + s->mask;
    while (e->key == NULL || e->key == DUMMY) {
        e++;
        if (e > limit)
            e = s->table;
    }
    Object *key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (e - s->table) + 1;
    return key;
}

METHOD(set_clear_method)
{
    if (!arg_none("set.clear", nargs, kwnames))
        return NULL;
    set_clear_internal((SetObject *)self);
    return none_ref();
}

METHOD(set_copy)
{
    if (!arg_none(frozenset_check(self) ? "frozenset.copy" : "set.copy", nargs, kwnames))
        return NULL;
    if (self->type == &FrozenSetType)
        return NEWREF(self);
    return new_like(self, self);
}

METHOD(set_update_method)
{
    if (!arg_no_keywords("set.update", kwnames))
        return NULL;
    for (size_t i = 0; i < NARGS(nargs); i++)
        if (set_update(self, args[i]) < 0)
            return NULL;
    return none_ref();
}

METHOD(set_union)
{
    if (!arg_no_keywords(method_name(self, "union"), kwnames))
        return NULL;
    Object *r = new_like(self, self);
    for (size_t i = 0; r && i < NARGS(nargs); i++)
        if (set_update(r, args[i]) < 0)
            CLEAR(r);
    return r;
}

METHOD(set_intersection_method)
{
    if (!arg_no_keywords(method_name(self, "intersection"), kwnames))
        return NULL;
    if (NARGS(nargs) == 0)
        return new_like(self, self);
    Object *r = NEWREF(self);
    for (size_t i = 0; i < NARGS(nargs); i++) {
        Object *next = set_intersection(r, args[i]);
        DECREF(r);
        if (!next)
            return NULL;
        r = next;
    }
    return r;
}

METHOD(set_intersection_update_method)
{
    if (!arg_no_keywords("set.intersection_update", kwnames))
        return NULL;
    /* the whole intersection first: if an argument fails, the set is unchanged */
    Object *r = set_intersection_method(self, args, nargs, kwnames);
    if (!r)
        return NULL;
    swap_bodies((SetObject *)self, (SetObject *)r);
    DECREF(r);
    return none_ref();
}

METHOD(set_difference_method)
{
    if (!arg_no_keywords(method_name(self, "difference"), kwnames))
        return NULL;
    if (NARGS(nargs) == 0)
        return new_like(self, self);
    Object *r = set_difference(self, args[0]);
    for (size_t i = 1; r && i < NARGS(nargs); i++)
        if (difference_update((SetObject *)r, args[i]) < 0)
            CLEAR(r);
    return r;
}

METHOD(set_difference_update_method)
{
    if (!arg_no_keywords("set.difference_update", kwnames))
        return NULL;
    for (size_t i = 0; i < NARGS(nargs); i++)
        if (difference_update((SetObject *)self, args[i]) < 0)
            return NULL;
    return none_ref();
}

METHOD(set_symmetric_difference_method)
{
    if (!arg_one(method_name(self, "symmetric_difference"), nargs, kwnames))
        return NULL;
    return set_symmetric_difference(self, args[0]);
}

METHOD(set_symmetric_difference_update_method)
{
    if (!arg_one("set.symmetric_difference_update", nargs, kwnames))
        return NULL;
    return symmetric_difference_update((SetObject *)self, args[0]) < 0 ? NULL : none_ref();
}

/* issubset etc. accept any iterable */
static Object *as_set(Object *o)
{
    return anyset_check(o) ? NEWREF(o) : set_new(o);
}

METHOD(set_issubset)
{
    if (!arg_one(method_name(self, "issubset"), nargs, kwnames))
        return NULL;
    Object *other = as_set(args[0]);
    if (!other)
        return NULL;
    int r = is_subset(self, other);
    DECREF(other);
    return r < 0 ? NULL : bool_from(r);
}

METHOD(set_issuperset)
{
    if (!arg_one(method_name(self, "issuperset"), nargs, kwnames))
        return NULL;
    Object *other = as_set(args[0]);
    if (!other)
        return NULL;
    int r = is_subset(other, self);
    DECREF(other);
    return r < 0 ? NULL : bool_from(r);
}

METHOD(set_isdisjoint)
{
    if (!arg_one(method_name(self, "isdisjoint"), nargs, kwnames))
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (!it)
        return NULL;
    Object *x;
    while ((x = iter_next(it))) {
        int r = set_contains(self, x);
        DECREF(x);
        if (r) {
            DECREF(it);
            return r < 0 ? NULL : bool_from(false);
        }
    }
    DECREF(it);
    return err_occurred() ? NULL : bool_from(true);
}

METHOD(set_contains_method)
{
    if (!arg_one(method_name(self, "__contains__"), nargs, kwnames))
        return NULL;
    int r = set_contains(self, args[0]);
    return r < 0 ? NULL : bool_from(r);
}

METHOD(set_sizeof)
{
    SetObject *s = (SetObject *)self;
    size_t size = 200;
    if (s->table != s->smalltable)
        size += (size_t)(s->mask + 1) * 16;
    return int_from_i64((int64_t)size);
}

METHOD(set_class_getitem)
{
    return generic_alias_new(self, args[0]);
}

METHOD(set_reduce)
{
    Object *items = list_from_iterable(self);
    if (!items)
        return NULL;
    Object *args_tuple = tuple_pack(1, items);
    DECREF(items);
    Object *r = tuple_pack(3, (Object *)self->type, args_tuple, OBJ_NONE);
    DECREF(args_tuple);
    return r;
}

static const MethodDef set_methods[] = {
    { "add", set_add_method, 0 },
    { "remove", set_remove, 0 },
    { "discard", set_discard_method, 0 },
    { "pop", set_pop, 0 },
    { "clear", set_clear_method, 0 },
    { "copy", set_copy, 0 },
    { "update", set_update_method, 0 },
    { "union", set_union, 0 },
    { "intersection", set_intersection_method, 0 },
    { "intersection_update", set_intersection_update_method, 0 },
    { "difference", set_difference_method, 0 },
    { "difference_update", set_difference_update_method, 0 },
    { "symmetric_difference", set_symmetric_difference_method, 0 },
    { "symmetric_difference_update", set_symmetric_difference_update_method, 0 },
    { "issubset", set_issubset, 0 },
    { "issuperset", set_issuperset, 0 },
    { "isdisjoint", set_isdisjoint, 0 },
    { "__contains__", set_contains_method, 0 },
    { "__sizeof__", set_sizeof, 0 },
    { "__reduce__", set_reduce, 0 },
    { "__class_getitem__", set_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

static const MethodDef frozenset_methods[] = {
    { "copy", set_copy, 0 },
    { "union", set_union, 0 },
    { "intersection", set_intersection_method, 0 },
    { "difference", set_difference_method, 0 },
    { "symmetric_difference", set_symmetric_difference_method, 0 },
    { "issubset", set_issubset, 0 },
    { "issuperset", set_issuperset, 0 },
    { "isdisjoint", set_isdisjoint, 0 },
    { "__contains__", set_contains_method, 0 },
    { "__sizeof__", set_sizeof, 0 },
    { "__reduce__", set_reduce, 0 },
    { "__class_getitem__", set_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

/* ---- construction ------------------------------------------------------------------------------------------ */

static Object *set_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    return (Object *)alloc_set(type);
}

static int set_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (self->type == &SetType && !arg_no_keywords("set", kwnames))
        return -1;
    if (!arg_range("set", nargs, NULL, 0, 1))
        return -1;
    set_clear_internal((SetObject *)self);
    if (NARGS(nargs))
        return set_update(self, args[0]);
    return 0;
}

static Object *frozenset_new_slot(Type *type, Object *const *args, size_t nargs,
                                  TupleObject *kwnames)
{
    if (type == &FrozenSetType && !arg_no_keywords("frozenset", kwnames))
        return NULL;
    if (!arg_range("frozenset", nargs, NULL, 0, 1))
        return NULL;
    if (type == &FrozenSetType && NARGS(nargs) && args[0]->type == &FrozenSetType)
        return NEWREF(args[0]);
    return make_set(type, NARGS(nargs) ? args[0] : NULL);
}

/* ---- iteration ----------------------------------------------------------------------------------------------- */

typedef struct SetIterObject {
    Object head;
    SetObject *set;         /* NULL when exhausted */
    int64_t pos;
    int64_t used;           /* the size when iteration began */
    int64_t remaining;
} SetIterObject;

static Object *set_iter(Object *o)
{
    SetIterObject *it = (SetIterObject *)obj_alloc(&SetIterType, 0);
    it->set = (SetObject *)NEWREF(o);
    it->used = ((SetObject *)o)->used;
    it->remaining = it->used;
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *set_iter_next(Object *o)
{
    SetIterObject *it = (SetIterObject *)o;
    SetObject *s = it->set;
    if (!s)
        return NULL;
    if (s->used != it->used) {
        it->used = -1;
        return err_set_string(&Exc_RuntimeError, "Set changed size during iteration");
    }
    Object *key;
    if (set_next((Object *)s, &it->pos, &key)) {
        it->remaining--;
        return NEWREF(key);
    }
    CLEAR(it->set);
    return NULL;
}

static void set_iter_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((SetIterObject *)o)->set);
    obj_free(o);
}

static void set_iter_traverse(Object *o, VisitFunc visit, void *arg)
{
    if (((SetIterObject *)o)->set)
        visit((Object *)((SetIterObject *)o)->set, arg);
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

static Object *set_iter_length_hint(Object *o, Object *const *args, size_t nargs, TupleObject *k)
{
    SetIterObject *it = (SetIterObject *)o;
    return int_from_i64(it->set && it->used == it->set->used ? it->remaining : 0);
}

static const MethodDef set_iter_methods[] = {
    { "__length_hint__", set_iter_length_hint, 0 },
    { NULL, NULL, 0 },
};

Type SetIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObject),
    .flags = TYPE_GC,
    .dealloc = set_iter_dealloc,
    .traverse = set_iter_traverse,
    .iter = self_iter,
    .iternext = set_iter_next,
    .methods = set_iter_methods,
};

Type SetType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "set",
    .basicsize = sizeof(SetObject),
    .flags = TYPE_BASETYPE | TYPE_GC,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered "
           "collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear_refs = set_clear_refs,
    .repr = set_repr,
    .hash = obj_hash_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_new_slot,
    .init = set_init,
    .number = { [BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub,
                [BINOP_XOR] = set_xor },
    .inplace = { [BINOP_OR] = set_ior, [BINOP_AND] = set_iand, [BINOP_SUB] = set_isub,
                 [BINOP_XOR] = set_ixor },
    .length = set_len,
    .contains = set_contains,
    .methods = set_methods,
};

Type FrozenSetType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "frozenset",
    .basicsize = sizeof(SetObject),
    .flags = TYPE_BASETYPE | TYPE_GC,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear_refs = set_clear_refs,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = frozenset_new_slot,
    .number = { [BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub,
                [BINOP_XOR] = set_xor },
    .length = set_len,
    .contains = set_contains,
    .methods = frozenset_methods,
};
