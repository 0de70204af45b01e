/* gc.h - the cycle collector.
 *
 * Reference counting frees an object as soon as nothing refers to it, but
 * not a group of objects that refer to each other in a cycle (a list that
 * contains itself; an instance whose attribute points back at it).  The
 * collector finds such groups with CPython's algorithm:
 *
 * 1. Every object that can hold references (a *container*: list, dict,
 *    instance, function, ...) is *tracked*: it is on a list of its
 *    generation.  Each has a GcHead in front of it.
 * 2. To collect a generation, copy each object's refcount into gc_refs, then
 *    subtract every reference that comes from another object of the same
 *    generation (the type's traverse slot lists them).  What is left counts
 *    the references from outside: from variables, the stack, older objects.
 * 3. Objects with gc_refs > 0 are reachable, and so is everything they
 *    reach.  The rest is unreachable garbage.  First the __del__ methods
 *    of the garbage run (PEP 442), while all of it is still intact; as
 *    they may have made some of it reachable again, the reachability is
 *    worked out once more among the garbage.  Then the references of what
 *    is still unreachable are cleared (the type's clear_refs slot), which
 *    breaks the cycles, and reference counting frees it.
 * 4. Survivors move to the next older generation.  Young objects die young,
 *    so generation 0 is collected often (every 700 new containers) and
 *    older ones rarely. */
#ifndef PYRUN_MEM_GC_H
#define PYRUN_MEM_GC_H

#include "object.h"

typedef struct GcHead {
    struct GcHead *next, *prev;     /* in its generation's list; next == NULL: untracked */
    int32_t gc_refs;                /* during a collection: the references from outside */
    uint32_t flags;                 /* GC_FINALIZED */
} GcHead;

enum { GC_FINALIZED = 1 };          /* its __del__ has run (it runs once, as in CPython) */

#define GC_HEAD(o) ((GcHead *)(o) - 1)
#define GC_OBJECT(g) ((Object *)((GcHead *)(g) + 1))

void gc_init(void);
static inline bool gc_is_tracked(Object *o) { return GC_HEAD(o)->next != NULL; }
void gc_track(Object *o);           /* starts watching a container (once it is filled in) */
void gc_untrack(Object *o);         /* stops (in its dealloc, before dropping references) */
/* Marks a container's __del__ as run; true if it had already run. */
bool gc_mark_finalized(Object *o);

/* Collects generation `generation` and the younger ones; returns the number of
 * unreachable objects found.  gc.collect() is gc_collect(2). */
int64_t gc_collect(int generation);

/* Moves every tracked object to the oldest generation: the start-up's
 * objects are old by the time a program runs (as in CPython, whose
 * start-up collections leave them there; the order in the collector's lists
 * decides the order of __del__ calls at the end). */
void gc_promote_all(void);

/* The gc module's switches and counters. */
void gc_set_enabled(bool enabled);
bool gc_is_enabled(void);
void gc_get_thresholds(int64_t out[3]);
void gc_set_thresholds(const int64_t t[3], int n);
void gc_get_counts(int64_t out[3]);
typedef struct GcStats {
    uint64_t collections[3];
    uint64_t collected[3];
} GcStats;
const GcStats *gc_stats(void);
/* The tracked objects (for gc.get_objects()): a new list. */
Object *gc_get_objects(void);
/* Lets every tracked object's references go, for the end of the program. */
void gc_finalize_all(void);

/* Deep chains of containers (a linked list of a million nodes) are freed
 * without deep C recursion: obj_dealloc() defers the dealloc of containers
 * nested too deeply and finishes them when the outer one returns. */
void gc_deferred_dealloc(Object *o);

#endif
