/* slice.h - slice objects (a[1:2], a[::-1]) and the index arithmetic of slicing. */
#ifndef PYRUN_OBJECTS_SLICE_H
#define PYRUN_OBJECTS_SLICE_H

#include "object.h"

typedef struct SliceObject {
    Object head;
    Object *start, *stop, *step;    /* None where omitted */
} SliceObject;

extern Type SliceType;

static inline bool slice_check(const Object *o) { return o->type == &SliceType; }
Object *slice_new(Object *start, Object *stop, Object *step);     /* borrowed; NULL means None */

/* Resolves a slice against a sequence of `length` items, as slice.indices()
 * does: *start, *stop, *step set, the number of items selected returned;
 * -1 with an exception (bad types, step 0). */
int64_t slice_resolve(Object *slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step);
/* The same in two steps, for a sequence that can change size: unpacking
 * the bounds may run code (__index__), which may change the sequence, so
 * its length is taken after, for the adjustment.  slice_unpack: false with
 * an exception; slice_adjust: the number of items selected. */
bool slice_unpack(Object *slice, int64_t *start, int64_t *stop, int64_t *step);
int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step);
/* Adjusts an index given to a sequence of `length` items: negative indexes
 * count from the end.  Returns false if it is out of range. */
static inline bool index_adjust(int64_t *i, int64_t length)
{
    if (*i < 0)
        *i += length;
    return *i >= 0 && *i < length;
}

#endif
