/* tuple.h - tuple: an immutable array of references, stored inline.
 *
 * Small tuples are made constantly (multiple return values, `a, b = b, a`,
 * dict items), so freed ones are kept on free lists by length and reused.
 * The empty tuple exists once. */
#ifndef PYRUN_OBJECTS_TUPLE_H
#define PYRUN_OBJECTS_TUPLE_H

#include "object.h"

struct TupleObject {
    Object head;
    size_t size;
    Object *items[];
};

extern Type TupleType;
extern Type TupleIterType;

static inline bool tuple_check(const Object *o) { return type_has(o->type, TYPE_TUPLE_SUBCLASS); }
static inline bool tuple_check_exact(const Object *o) { return o->type == &TupleType; }
static inline size_t tuple_size(const Object *t) { return ((const TupleObject *)t)->size; }
static inline Object *tuple_get(const Object *t, size_t i) { return ((const TupleObject *)t)->items[i]; }

/* A tuple of n items, all NULL, for the caller to fill with owned references. */
TupleObject *tuple_new(size_t n);
Object *tuple_empty(void);
Object *tuple_pack(size_t n, ...);                          /* borrowed items */
Object *tuple_from_array(Object *const *items, size_t n);   /* borrowed items */
Object *tuple_from_iterable(Object *iterable);
Object *tuple_slice(Object *t, size_t start, size_t stop);
int64_t tuple_hash(Object *t);

#endif
