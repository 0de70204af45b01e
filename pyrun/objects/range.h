/* range.h - range and its iterator.
 *
 * A range whose bounds fit in machine words (every range in practice) keeps
 * them as int64_t, and its iterator counts in a C variable: `for i in
 * range(n)` makes no objects besides the ints themselves.  Ranges beyond
 * 64 bits keep their bounds as ints. */
#ifndef PYRUN_OBJECTS_RANGE_H
#define PYRUN_OBJECTS_RANGE_H

#include "object.h"

typedef struct RangeObject {
    Object head;
    Object *start, *stop, *step;    /* ints */
    Object *length;                 /* int */
    bool small;                     /* all four fit in int64_t (below) */
    int64_t istart, istop, istep, ilength;
} RangeObject;

typedef struct RangeIterObject {
    Object head;
    int64_t next, step, remaining;
} RangeIterObject;

extern Type RangeType, RangeIterType, LongRangeIterType;

static inline bool range_check(const Object *o) { return o->type == &RangeType; }
Object *range_new_small(int64_t start, int64_t stop, int64_t step);

#endif
