/* sort.c - CPython's sort, step for step (see sort.h). */
#include "runtime.h"
#include "objects/sort.h"

#include <stddef.h>

/* ---- comparing ------------------------------------------------------------------------------------ */

/* How to compare two keys: the fast paths CPython also takes when every key
 * has the same simple type, else the general rich comparison. */
typedef enum SortKind { SORT_GENERIC, SORT_SMALL_INT, SORT_FLOAT, SORT_STR, SORT_TUPLE } SortKind;

/* The keys, and the values that move with them (NULL when there are none). */
typedef struct Items {
    Object **keys, **values;
} Items;

typedef struct SortState {
    SortKind kind;
    SortKind first_kind;    /* SORT_TUPLE: how the tuples' first items compare */
    bool failed;            /* a comparison raised */
    size_t n;               /* the number of items */
    size_t min_gallop;      /* how many wins in a row start galloping (adapts) */
    Items tmp;              /* room for the shorter run of a merge */
} SortState;

static inline int kind_less(SortState *st, SortKind kind, Object *a, Object *b)
{
    switch (kind) {
    case SORT_SMALL_INT:
        return int_small_value(a) < int_small_value(b);
    case SORT_FLOAT:
        return float_value(a) < float_value(b);
    case SORT_STR:
        return str_compare(a, b) < 0;
    default: {
        if (a->type == &IntType && b->type == &IntType && int_is_small(a) && int_is_small(b))
            return int_small_value(a) < int_small_value(b);
        int r = obj_rich_compare_bool(a, b, CMP_LT);
        if (r < 0)
            st->failed = true;
        return r > 0;
    }
    }
}

/* Tuples compare at their first differing item (found with ==), as
   tuple's < does; the first items use their fast comparison. */
static int tuple_less(SortState *st, Object *a, Object *b)
{
    TupleObject *x = (TupleObject *)a, *y = (TupleObject *)b;
    size_t n = x->size < y->size ? x->size : y->size, i;
    for (i = 0; i < n; i++) {
        Object *p = x->items[i], *q = y->items[i];
        int eq;
        if (p == q)
            eq = 1;
        else if (p->type == &IntType && q->type == &IntType && int_is_small(p) && int_is_small(q))
            eq = int_small_value(p) == int_small_value(q);
        else if (p->type == &StrType && q->type == &StrType)
            eq = str_equal(p, q);
        else
            eq = obj_rich_compare_bool(p, q, CMP_EQ);
        if (eq < 0) {
            st->failed = true;
            return 0;
        }
        if (!eq)
            break;
    }
    if (i >= n)
        return x->size < y->size;
    return kind_less(st, i == 0 ? st->first_kind : SORT_GENERIC, x->items[i], y->items[i]);
}

/* a < b for the sort */
static inline int sort_less(SortState *st, Object *a, Object *b)
{
    if (st->kind == SORT_TUPLE)
        return tuple_less(st, a, b);
    return kind_less(st, st->kind, a, b);
}

/* Sets c to whether x < y, or leaves through `fail` if the comparison raised. */
#define COMPARE_OR(fail, c, x, y)       \
    do {                                \
        (c) = sort_less(st, (x), (y));  \
        if (st->failed)                 \
            goto fail;                  \
    } while (0)

static SortKind choose_kind(Object **keys, size_t n)
{
    if (n == 0)
        return SORT_GENERIC;
    Type *t = keys[0]->type;
    for (size_t i = 1; i < n; i++)
        if (keys[i]->type != t)
            return SORT_GENERIC;
    if (t == &IntType) {
        for (size_t i = 0; i < n; i++)
            if (!int_is_small(keys[i]))
                return SORT_GENERIC;
        return SORT_SMALL_INT;
    }
    if (t == &FloatType) {
        for (size_t i = 0; i < n; i++)
            if (float_value(keys[i]) != float_value(keys[i]))
                return SORT_GENERIC;     /* NaN: keep CPython's exact comparison behaviour */
        return SORT_FLOAT;
    }
    if (t == &StrType)
        return SORT_STR;
    if (t == &TupleType)
        return SORT_TUPLE;
    return SORT_GENERIC;
}

/* For tuple keys: the kind of their first items (all non-empty tuples). */
static SortKind choose_first_kind(Object **keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tuple_size(keys[i]) == 0)
            return SORT_GENERIC;
    Object *firsts[64];
    Object **f = n <= 64 ? firsts : mem_alloc(n * sizeof(Object *));
    for (size_t i = 0; i < n; i++)
        f[i] = tuple_get(keys[i], 0);
    SortKind k = choose_kind(f, n);
    if (f != firsts)
        mem_free(f, n * sizeof(Object *));
    return k == SORT_TUPLE ? SORT_GENERIC : k;
}


/* ---- moving items ----------------------------------------------------------------------------------- */

static inline void put(Items to, size_t i, Items from, size_t j)
{
    to.keys[i] = from.keys[j];
    if (to.values)
        to.values[i] = from.values[j];
}

static inline void move_block(Items to, size_t i, Items from, size_t j, size_t count)
{
    memmove(to.keys + i, from.keys + j, count * sizeof(Object *));
    if (to.values)
        memmove(to.values + i, from.values + j, count * sizeof(Object *));
}

static void reverse_block(Object **a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Object *t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

/* ---- runs ------------------------------------------------------------------------------------------------ */

/* The length of the run at the start of keys[0, n): non-descending, or
 * strictly descending (*descending set: reversing it keeps the sort stable). */
static size_t count_run(SortState *st, Object **keys, size_t n, bool *descending)
{
    *descending = false;
    if (n == 1)
        return 1;
    size_t len = 2;
    if (sort_less(st, keys[1], keys[0])) {
        *descending = true;
        while (len < n && !st->failed && sort_less(st, keys[len], keys[len - 1]))
            len++;
    } else {
        while (len < n && !st->failed && !sort_less(st, keys[len], keys[len - 1]))
            len++;
    }
    return len;
}

/* Sorts [lo, hi) by binary insertion, given that [lo, start) is sorted:
 * each key goes after the last one not greater than it (equal keys stay in
 * order). */
static void binary_insertion_sort(SortState *st, Items list, size_t lo, size_t hi, size_t start)
{
    for (size_t i = start > lo ? start : lo + 1; i < hi; i++) {
        Object *key = list.keys[i], *value = list.values ? list.values[i] : NULL;
        size_t left = lo, right = i;
        while (left < right) {
            size_t mid = left + (right - left) / 2;
            int c;
            COMPARE_OR(failed, c, key, list.keys[mid]);
            if (c)
                right = mid;
            else
                left = mid + 1;
        }
        move_block(list, left + 1, list, left, i - left);
        list.keys[left] = key;
        if (list.values)
            list.values[left] = value;
    }
failed:
    return;
}

/* The shortest run worth merging for n items: between 32 and 64, such
 * that n / minrun is a power of 2 or a little less. */
static size_t compute_minrun(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* ---- galloping ------------------------------------------------------------------------------------- */

/* Galloping searches a sorted a[0, n) for where key goes, starting at
 * a[hint] and stepping away by 1, 3, 7, 15, ... until it passes key, then
 * bisecting the last step: few comparisons when key lands near the hint
 * (which merges of partly ordered data make likely).
 *
 * LEFT finds the k with a[k-1] < key <= a[k] (before the items equal to
 * key), RIGHT the k with a[k-1] <= key < a[k] (after them).  Either way k
 * is the number of items that "go before" key, and which pair is compared,
 * in which order, is CPython's: LEFT asks a[i] < key, RIGHT asks key < a[i]. */
typedef enum Side { LEFT, RIGHT } Side;

/* Whether item goes before key; -1 if the comparison raised. */
static int goes_before(SortState *st, Side side, Object *item, Object *key)
{
    int c = side == LEFT ? sort_less(st, item, key) : !sort_less(st, key, item);
    return st->failed ? -1 : c;
}

/* -1 if a comparison raised. */
static ptrdiff_t gallop(SortState *st, Side side, Object *key, Object **a, ptrdiff_t n,
                        ptrdiff_t hint)
{
    ptrdiff_t lastofs = 0, ofs = 1;
    int c = goes_before(st, side, a[hint], key);
    if (c < 0)
        return -1;
    if (c) {
        /* right, until a[hint + lastofs] goes before key and a[hint + ofs] not */
        ptrdiff_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((c = goes_before(st, side, a[hint + ofs], key)) <= 0)
                break;
            lastofs = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        /* left, until a[hint - ofs] goes before key and a[hint - lastofs] not */
        ptrdiff_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((c = goes_before(st, side, a[hint - ofs], key)) != 0)
                break;
            lastofs = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        ptrdiff_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    if (c < 0)
        return -1;
    /* a[lastofs] goes before key, a[ofs] not (reading a[-1] as going
       before, a[n] as not): bisect between */
    lastofs++;
    while (lastofs < ofs) {
        ptrdiff_t m = lastofs + (ofs - lastofs) / 2;
        if ((c = goes_before(st, side, a[m], key)) < 0)
            return -1;
        if (c)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

/* ---- merging --------------------------------------------------------------------------------------- */

enum { MIN_GALLOP = 7 };    /* where min_gallop starts */

/* Merges the adjacent runs a = [lo, lo + na) and b = [lo + na, lo + na + nb),
 * na <= nb, trimmed by merge_at so that b[0] < a[0] and a[na-1] > b[nb-1]:
 * a is copied out, and the merge fills the gap from the left.  It takes one
 * item at a time until one run wins min_gallop times in a row, then
 * gallops while galloping pays, and adapts min_gallop to how well it paid.
 * On a failed comparison what is left of a fills the rest. */
static void merge_lo(SortState *st, Items list, size_t lo, size_t na, size_t nb)
{
    Items tmp = st->tmp;
    move_block(tmp, 0, list, lo, na);
    size_t dest = lo, a = 0, b = lo + na;       /* a indexes tmp, b and dest the list */
    size_t min_gallop = st->min_gallop;
    int c;
    put(list, dest++, list, b++);
    if (--nb == 0)
        goto done;
    if (na == 1)
        goto last_of_a;
    for (;;) {
        size_t acount = 0, bcount = 0;
        for (;;) {
            COMPARE_OR(done, c, list.keys[b], tmp.keys[a]);
            if (c) {
                put(list, dest++, list, b++);
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto done;
                if (bcount >= min_gallop)
                    break;
            } else {
                put(list, dest++, tmp, a++);
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto last_of_a;
                if (acount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            st->min_gallop = min_gallop;
            ptrdiff_t k = gallop(st, RIGHT, list.keys[b], tmp.keys + a, (ptrdiff_t)na, 0);
            if (k < 0)
                goto done;
            acount = (size_t)k;
            if (k) {
                move_block(list, dest, tmp, a, acount);
                dest += acount;
                a += acount;
                na -= acount;
                if (na == 1)
                    goto last_of_a;
                if (na == 0)
                    goto done;      /* only for an inconsistent comparison */
            }
            put(list, dest++, list, b++);
            if (--nb == 0)
                goto done;
            k = gallop(st, LEFT, tmp.keys[a], list.keys + b, (ptrdiff_t)nb, 0);
            if (k < 0)
                goto done;
            bcount = (size_t)k;
            if (k) {
                move_block(list, dest, list, b, bcount);
                dest += bcount;
                b += bcount;
                nb -= bcount;
                if (nb == 0)
                    goto done;
            }
            put(list, dest++, tmp, a++);
            if (--na == 1)
                goto last_of_a;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;       /* leaving galloping mode costs */
        st->min_gallop = min_gallop;
    }
last_of_a:
    /* a's last item is greater than all of b that is left */
    move_block(list, dest, list, b, nb);
    put(list, dest + nb, tmp, a);
    return;
done:
    move_block(list, dest, tmp, a, na);
}

/* merge_lo's mirror image, for na > nb: b is copied out, and the merge
 * fills the gap from the right. */
static void merge_hi(SortState *st, Items list, size_t lo, size_t na, size_t nb)
{
    Items tmp = st->tmp;
    move_block(tmp, 0, list, lo + na, nb);
    /* the last item left of a (in the list) and of b (in tmp), and the slot to fill */
    ptrdiff_t a = (ptrdiff_t)(lo + na) - 1, b = (ptrdiff_t)nb - 1, dest = a + (ptrdiff_t)nb;
    size_t min_gallop = st->min_gallop;
    int c;
    put(list, (size_t)dest--, list, (size_t)a--);
    if (--na == 0)
        goto done;
    if (nb == 1)
        goto first_of_b;
    for (;;) {
        size_t acount = 0, bcount = 0;
        for (;;) {
            COMPARE_OR(done, c, tmp.keys[b], list.keys[a]);
            if (c) {
                put(list, (size_t)dest--, list, (size_t)a--);
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto done;
                if (acount >= min_gallop)
                    break;
            } else {
                put(list, (size_t)dest--, tmp, (size_t)b--);
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto first_of_b;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            st->min_gallop = min_gallop;
            ptrdiff_t k = gallop(st, RIGHT, tmp.keys[b], list.keys + lo, (ptrdiff_t)na,
                                       (ptrdiff_t)na - 1);
            if (k < 0)
                goto done;
            acount = na - (size_t)k;
            if (acount) {
                dest -= (ptrdiff_t)acount;
                a -= (ptrdiff_t)acount;
                move_block(list, (size_t)(dest + 1), list, (size_t)(a + 1), acount);
                na -= acount;
                if (na == 0)
                    goto done;
            }
            put(list, (size_t)dest--, tmp, (size_t)b--);
            if (--nb == 1)
                goto first_of_b;
            k = gallop(st, LEFT, list.keys[a], tmp.keys, (ptrdiff_t)nb, (ptrdiff_t)nb - 1);
            if (k < 0)
                goto done;
            bcount = nb - (size_t)k;
            if (bcount) {
                dest -= (ptrdiff_t)bcount;
                b -= (ptrdiff_t)bcount;
                move_block(list, (size_t)(dest + 1), tmp, (size_t)(b + 1), bcount);
                nb -= bcount;
                if (nb == 1)
                    goto first_of_b;
                if (nb == 0)
                    goto done;      /* only for an inconsistent comparison */
            }
            put(list, (size_t)dest--, list, (size_t)a--);
            if (--na == 0)
                goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        st->min_gallop = min_gallop;
    }
first_of_b:
    /* b's first item is less than all of a that is left */
    dest -= (ptrdiff_t)na;
    a -= (ptrdiff_t)na;
    move_block(list, (size_t)(dest + 1), list, (size_t)(a + 1), na);
    put(list, (size_t)dest, tmp, 0);
    return;
done:
    if (nb)
        move_block(list, (size_t)dest - (nb - 1), tmp, 0, nb);
}

/* ---- the pending runs --------------------------------------------------------------------------- */

typedef struct Run {
    size_t base, len;
    int power;              /* powersort's node power between this run and the next */
} Run;

typedef struct RunStack {
    Run runs[128];          /* powersort keeps at most log2(n) + 1 */
    size_t n;
} RunStack;

/* Merges runs i and i + 1 into run i.  The items of a no greater than b's
 * first, and the items of b no less than a's last, are already in place:
 * galloping finds them, and only what is between is merged. */
static void merge_at(SortState *st, Items list, RunStack *stack, size_t i)
{
    Run *runs = stack->runs;
    size_t lo = runs[i].base, na = runs[i].len, base_b = runs[i + 1].base, nb = runs[i + 1].len;
    runs[i].len = na + nb;
    if (i + 3 == stack->n)
        runs[i + 1] = runs[i + 2];
    stack->n--;
    ptrdiff_t k = gallop(st, RIGHT, list.keys[base_b], list.keys + lo, (ptrdiff_t)na, 0);
    if (k < 0)
        return;
    lo += (size_t)k;
    na -= (size_t)k;
    if (na == 0)
        return;
    k = gallop(st, LEFT, list.keys[lo + na - 1], list.keys + base_b, (ptrdiff_t)nb,
                    (ptrdiff_t)nb - 1);
    if (k <= 0)
        return;
    nb = (size_t)k;
    if (na <= nb)
        merge_lo(st, list, lo, na, nb);
    else
        merge_hi(st, list, lo, na, nb);
}

/* Powersort's power of the boundary between the runs [s1, s1 + n1) and
 * [s1 + n1, s1 + n1 + n2) of n items: the first bit where the binary
 * fractions of their midpoints (divided by n) differ.  Runs are merged
 * in the order of these powers, which keeps merges balanced. */
static int boundary_power(size_t s1, size_t n1, size_t n2, size_t n)
{
    /* twice the midpoints, so that they are integers */
    size_t a = 2 * s1 + n1, b = a + n1 + n2;
    int power = 0;
    for (;;) {
        power++;
        if (a >= n) {           /* both next bits 1 */
            a -= n;
            b -= n;
        } else if (b >= n) {    /* they differ */
            return power;
        }
        a <<= 1;
        b <<= 1;
    }
}

/* Before a new run of n2 items is pushed: the runs whose boundary has a
 * greater power than the new boundary are merged first. */
static void found_new_run(SortState *st, Items list, RunStack *stack, size_t n2)
{
    if (stack->n == 0)
        return;
    Run *last = &stack->runs[stack->n - 1];
    int power = boundary_power(last->base, last->len, n2, st->n);
    while (stack->n > 1 && stack->runs[stack->n - 2].power > power && !st->failed)
        merge_at(st, list, stack, stack->n - 2);
    stack->runs[stack->n - 1].power = power;
}

/* At the end: everything merged, the shorter neighbour first. */
static void merge_all(SortState *st, Items list, RunStack *stack)
{
    while (stack->n > 1 && !st->failed) {
        size_t i = stack->n - 2;
        if (i > 0 && stack->runs[i - 1].len < stack->runs[i + 1].len)
            i--;
        merge_at(st, list, stack, i);
    }
}

/* ---- the sort ------------------------------------------------------------------------------------------ */

static void sort_runs(SortState *st, Items list)
{
    size_t n = st->n, minrun = compute_minrun(n);
    RunStack stack = { .n = 0 };
    for (size_t lo = 0; lo < n && !st->failed;) {
        bool descending;
        size_t len = count_run(st, list.keys + lo, n - lo, &descending);
        if (st->failed)
            break;
        if (descending) {
            reverse_block(list.keys + lo, len);
            if (list.values)
                reverse_block(list.values + lo, len);
        }
        if (len < minrun) {
            size_t force = n - lo <= minrun ? n - lo : minrun;
            binary_insertion_sort(st, list, lo, lo + force, lo + len);
            len = force;
        }
        found_new_run(st, list, &stack, len);
        stack.runs[stack.n++] = (Run){ lo, len, 0 };
        lo += len;
    }
    merge_all(st, list, &stack);
}

bool sort_keys(Object **keys, Object **values, size_t n)
{
    if (n < 2)
        return true;
    SortState st = { .kind = choose_kind(keys, n), .first_kind = SORT_GENERIC, .n = n,
                     .min_gallop = MIN_GALLOP };
    if (st.kind == SORT_TUPLE)
        st.first_kind = choose_first_kind(keys, n);
    size_t room = n / 2 + 1;    /* a merge copies out its shorter run */
    st.tmp.keys = mem_alloc(room * sizeof(Object *));
    st.tmp.values = values ? mem_alloc(room * sizeof(Object *)) : NULL;
    sort_runs(&st, (Items){ keys, values });
    mem_free(st.tmp.keys, room * sizeof(Object *));
    if (st.tmp.values)
        mem_free(st.tmp.values, room * sizeof(Object *));
    return !st.failed;
}
