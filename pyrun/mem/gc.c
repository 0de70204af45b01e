/* gc.c - the cycle collector (see gc.h for the algorithm). */
#include "mem/gc.h"
#include "mem/alloc.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "vm/errors.h"

#include <stdlib.h>

enum { GENERATIONS = 3 };

/* gc_refs outside a collection; during one, the objects being collected
 * count their outside references (>= 0) or are marked unreachable. */
enum { GC_IDLE = -1, GC_UNREACHABLE = -2 };

typedef struct Generation {
    GcHead list;            /* circular, with this sentinel */
    int64_t threshold;      /* generation 0: new containers; older: collections of the younger */
    int64_t count;
} Generation;

static Generation generations[GENERATIONS];
static bool enabled = true;
static bool collecting;
static int64_t long_lived_total, long_lived_pending;
static GcStats stats;

/* ---- circular lists ------------------------------------------------------------- */

static void glist_init(GcHead *list)
{
    list->next = list->prev = list;
}

static bool glist_is_empty(const GcHead *list)
{
    return list->next == list;
}

static void glist_append(GcHead *node, GcHead *list)
{
    node->prev = list->prev;
    node->next = list;
    list->prev->next = node;
    list->prev = node;
}

static void glist_unlink(GcHead *node)
{
    node->prev->next = node->next;
    node->next->prev = node->prev;
}

static void glist_move(GcHead *node, GcHead *list)
{
    glist_unlink(node);
    glist_append(node, list);
}

/* Moves every node of `from` to the end of `to`. */
static void glist_merge(GcHead *from, GcHead *to)
{
    if (glist_is_empty(from))
        return;
    GcHead *first = from->next, *last = from->prev;
    first->prev = to->prev;
    to->prev->next = first;
    last->next = to;
    to->prev = last;
    glist_init(from);
}

static int64_t glist_size(const GcHead *list)
{
    int64_t n = 0;
    for (const GcHead *g = list->next; g != list; g = g->next)
        n++;
    return n;
}

/* ---- tracking ------------------------------------------------------------------- */

void gc_init(void)
{
    static const int64_t thresholds[GENERATIONS] = { 700, 10, 10 };
    for (int i = 0; i < GENERATIONS; i++) {
        glist_init(&generations[i].list);
        generations[i].threshold = thresholds[i];
        generations[i].count = 0;
    }
}

static void collect_if_due(void);

void gc_track(Object *o)
{
    GcHead *g = GC_HEAD(o);
    if (g->next)
        return;
    g->gc_refs = GC_IDLE;
    glist_append(g, &generations[0].list);
    generations[0].count++;
    if (generations[0].count > generations[0].threshold && enabled && !collecting &&
        generations[0].threshold > 0)
        collect_if_due();
}

void gc_untrack(Object *o)
{
    GcHead *g = GC_HEAD(o);
    if (!g->next)
        return;
    glist_unlink(g);
    g->next = g->prev = NULL;
    if (generations[0].count > 0)
        generations[0].count--;
}

/* Does o have a GcHead?  Instances of TYPE_GC types do, except the static
 * built-in types, which are instances of `type` but not allocated by us. */
static bool has_gc_head(Object *o)
{
    Type *t = o->type;
    if (!(t->flags & TYPE_GC))
        return false;
    if (t->flags & TYPE_TYPE_SUBCLASS)
        return (((Type *)o)->flags & TYPE_HEAP) != 0;
    return true;
}

/* ---- a collection ------------------------------------------------------------------ */

/* Step 2: a reference from inside the young set is not an outside one. */
static void visit_decref(Object *o, void *arg)
{
    (void)arg;
    if (o && has_gc_head(o)) {
        GcHead *g = GC_HEAD(o);
        if (g->next && g->gc_refs > 0)
            g->gc_refs--;
    }
}

/* Step 3: whatever a reachable object refers to is reachable too.  An object
 * already judged unreachable moves back to the young list, whose scan will
 * reach it again (it is appended after the scan position). */
static void visit_reachable(Object *o, void *young)
{
    if (!o || !has_gc_head(o))
        return;
    GcHead *g = GC_HEAD(o);
    if (!g->next)
        return;
    if (g->gc_refs == GC_UNREACHABLE) {
        glist_move(g, young);
        g->gc_refs = 1;
    } else if (g->gc_refs == 0) {
        g->gc_refs = 1;
    }
}

static void traverse(Object *o, VisitFunc visit, void *arg)
{
    if (o->type->traverse)
        o->type->traverse(o, visit, arg);
}

static void find_unreachable(GcHead *young, GcHead *unreachable)
{
    for (GcHead *g = young->next; g != young; g = g->next) {
        int64_t rc = GC_OBJECT(g)->refcount;
        g->gc_refs = rc > INT32_MAX ? INT32_MAX : (int32_t)rc;
    }
    for (GcHead *g = young->next; g != young; g = g->next)
        traverse(GC_OBJECT(g), visit_decref, NULL);
    GcHead *g = young->next;
    while (g != young) {
        GcHead *next;
        if (g->gc_refs > 0) {
            /* may append nodes after g: they are scanned in their turn */
            traverse(GC_OBJECT(g), visit_reachable, young);
            next = g->next;
        } else {
            next = g->next;
            glist_move(g, unreachable);
            g->gc_refs = GC_UNREACHABLE;
        }
        g = next;
    }
}

/* Step 3, the end: clearing each object's references breaks the cycles, and
 * reference counting frees the objects.  An object that survives its
 * clearing (a type with nothing to clear) moves to `survivors`. */
static void clear_unreachable(GcHead *unreachable, GcHead *survivors)
{
    while (!glist_is_empty(unreachable)) {
        GcHead *g = unreachable->next;
        Object *o = GC_OBJECT(g);
        g->gc_refs = GC_IDLE;
        INCREF(o);
        if (o->type->clear_refs)
            o->type->clear_refs(o);
        if (unreachable->next == g)
            glist_move(g, survivors);
        DECREF(o);
    }
}

/* Could o take part in a cycle?  A tuple only while it is tracked (see
 * untrack_tuples); any other container always. */
static bool may_be_tracked(Object *o)
{
    if (!has_gc_head(o))
        return false;
    if (o->type == &TupleType)
        return GC_HEAD(o)->next != NULL;
    return true;
}

/* A tuple that holds no container can never be part of a cycle (it cannot
 * change): the surviving ones stop being tracked, as in CPython, so that
 * programs with many small tuples do not have them examined again and again. */
static void untrack_tuples(GcHead *young)
{
    GcHead *g = young->next;
    while (g != young) {
        GcHead *next = g->next;
        Object *o = GC_OBJECT(g);
        if (o->type == &TupleType) {
            TupleObject *t = (TupleObject *)o;
            bool atomic = true;
            for (size_t i = 0; i < t->size && atomic; i++)
                if (t->items[i] && may_be_tracked(t->items[i]))
                    atomic = false;
            if (atomic) {
                glist_unlink(g);
                g->next = g->prev = NULL;
            }
        }
        g = next;
    }
}

bool gc_mark_finalized(Object *o)
{
    GcHead *g = GC_HEAD(o);
    bool was = (g->flags & GC_FINALIZED) != 0;
    g->flags |= GC_FINALIZED;
    return was;
}

static bool is_garbage(Object *o)
{
    return has_gc_head(o) && GC_HEAD(o)->gc_refs == GC_UNREACHABLE;
}

/* The weak references to the garbage die first, before any __del__ could
 * reach the garbage through them; the callbacks of those that are not
 * garbage themselves run then (CPython's order). */
static void handle_weakrefs(GcHead *unreachable)
{
    Object *pending = NULL;
    for (GcHead *g = unreachable->next; g != unreachable; g = g->next) {
        Object *o = GC_OBJECT(g);
        WeakrefObject **list = weakref_list(o);
        if (list && *list) {
            if (!pending)
                pending = list_new(0);
            weakref_clear_for_collector(o, is_garbage, pending);
        }
    }
    if (!pending)
        return;
    for (size_t i = 0; i < list_size(pending); i++)
        weakref_call_callback(list_get(pending, i));
    DECREF(pending);
}

/* Runs the __del__ of the unreachable objects that have one (once each). */
static bool run_finalizers(GcHead *unreachable)
{
    size_t n = 0;
    for (GcHead *g = unreachable->next; g != unreachable; g = g->next)
        if (GC_OBJECT(g)->type->finalize && !(g->flags & GC_FINALIZED))
            n++;
    if (n == 0)
        return false;
    /* held while the finalizers run, which may drop other references */
    Object **objs = mem_alloc(n * sizeof(Object *));
    size_t k = 0;
    for (GcHead *g = unreachable->next; g != unreachable; g = g->next) {
        Object *o = GC_OBJECT(g);
        if (o->type->finalize && !(g->flags & GC_FINALIZED)) {
            g->flags |= GC_FINALIZED;
            INCREF(o);
            objs[k++] = o;
        }
    }
    for (size_t i = 0; i < n; i++)
        objs[i]->type->finalize(objs[i]);
    for (size_t i = 0; i < n; i++)
        DECREF(objs[i]);
    mem_free(objs, n * sizeof(Object *));
    return true;
}

static int64_t collect(int generation)
{
    collecting = true;
    for (int i = 0; i < generation; i++)
        glist_merge(&generations[i].list, &generations[generation].list);
    for (int i = 0; i <= generation; i++)
        generations[i].count = 0;
    GcHead *young = &generations[generation].list;
    GcHead unreachable;
    glist_init(&unreachable);
    find_unreachable(young, &unreachable);
    for (GcHead *g = young->next; g != young; g = g->next)
        g->gc_refs = GC_IDLE;
    untrack_tuples(young);

    int64_t found = glist_size(&unreachable);
    /* the survivors grow old */
    GcHead *older = generation + 1 < GENERATIONS ? &generations[generation + 1].list : young;
    if (generation == GENERATIONS - 2)
        long_lived_pending += glist_size(young);
    if (older != young)
        glist_merge(young, older);
    if (generation == GENERATIONS - 1) {
        long_lived_pending = 0;
        long_lived_total = glist_size(young);
    }
    /* errors raised by destructors must not leak into the running code */
    Object *saved = err_fetch();
    handle_weakrefs(&unreachable);
    if (run_finalizers(&unreachable)) {
        /* what a __del__ made reachable again survives */
        GcHead still;
        glist_init(&still);
        find_unreachable(&unreachable, &still);
        for (GcHead *g = unreachable.next; g != &unreachable; g = g->next)
            g->gc_refs = GC_IDLE;
        glist_merge(&unreachable, older);
        glist_merge(&still, &unreachable);
        found = glist_size(&unreachable);
    }
    clear_unreachable(&unreachable, older);
    err_restore(saved);

    if (generation + 1 < GENERATIONS)
        generations[generation + 1].count++;
    stats.collections[generation]++;
    stats.collected[generation] += (uint64_t)found;
    collecting = false;
    return found;
}

/* Generation 2 is collected only when enough objects have survived into
 * generation 1 since the last full collection (a quarter of those in 2):
 * otherwise programs that build large structures would spend their time
 * re-examining them. */
static void collect_if_due(void)
{
    for (int i = GENERATIONS - 1; i >= 0; i--) {
        if (generations[i].count > generations[i].threshold) {
            if (i == GENERATIONS - 1 && long_lived_pending < long_lived_total / 4)
                continue;
            collect(i);
            return;
        }
    }
}

void gc_promote_all(void)
{
    for (int i = 0; i < GENERATIONS - 1; i++) {
        glist_merge(&generations[i].list, &generations[GENERATIONS - 1].list);
        generations[i].count = 0;
    }
}

int64_t gc_collect(int generation)
{
    if (collecting)
        return 0;
    if (generation < 0 || generation >= GENERATIONS)
        generation = GENERATIONS - 1;
    return collect(generation);
}

/* ---- deferred deallocation --------------------------------------------------------- */

static Object *deferred;        /* chained through GcHead.prev */

void gc_deferred_dealloc(Object *o)
{
    gc_untrack(o);
    GC_HEAD(o)->prev = deferred ? GC_HEAD(deferred) : NULL;
    deferred = o;
}

enum { DEALLOC_DEPTH_LIMIT = 1000 };
static int dealloc_depth;

void obj_dealloc(Object *o)
{
    if (dealloc_depth >= DEALLOC_DEPTH_LIMIT && has_gc_head(o)) {
        gc_deferred_dealloc(o);
        return;
    }
    dealloc_depth++;
    o->type->dealloc(o);
    dealloc_depth--;
    while (dealloc_depth == 0 && deferred) {
        Object *d = deferred;
        GcHead *prev = GC_HEAD(d)->prev;
        deferred = prev ? GC_OBJECT(prev) : NULL;
        GC_HEAD(d)->prev = NULL;
        dealloc_depth++;
        d->type->dealloc(d);
        dealloc_depth--;
    }
}

/* ---- the gc module's view ------------------------------------------------------------- */

void gc_set_enabled(bool on)
{
    enabled = on;
}

bool gc_is_enabled(void)
{
    return enabled;
}

void gc_get_thresholds(int64_t out[3])
{
    for (int i = 0; i < GENERATIONS; i++)
        out[i] = generations[i].threshold;
}

void gc_set_thresholds(const int64_t t[3], int n)
{
    for (int i = 0; i < n && i < GENERATIONS; i++)
        generations[i].threshold = t[i];
}

void gc_get_counts(int64_t out[3])
{
    for (int i = 0; i < GENERATIONS; i++)
        out[i] = generations[i].count;
}

const GcStats *gc_stats(void)
{
    return &stats;
}

Object *gc_get_objects(void)
{
    Object *result = list_new(0);
    for (int i = 0; i < GENERATIONS; i++) {
        GcHead *head = &generations[i].list;
        for (GcHead *g = head->next; g != head; g = g->next)
            if (GC_OBJECT(g) != result)
                list_append(result, GC_OBJECT(g));
    }
    return result;
}

void gc_finalize_all(void)
{
    collect(GENERATIONS - 1);
}
