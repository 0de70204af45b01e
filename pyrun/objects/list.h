/* list.h - list: a growable array of references.
 *
 * The items live in a separate array that grows by about an eighth plus a
 * little each time it is full (CPython's growth pattern), so appending is
 * amortised O(1) and sys.getsizeof() agrees with CPython. */
#ifndef PYRUN_OBJECTS_LIST_H
#define PYRUN_OBJECTS_LIST_H

#include "object.h"

typedef struct ListObject {
    Object head;
    size_t size;
    size_t allocated;
    Object **items;
} ListObject;

/* The iterator of a list (the eval loop's FOR_ITER reads it directly). */
typedef struct ListIterObject {
    Object head;
    ListObject *list;       /* NULL when exhausted */
    size_t index;
} ListIterObject;

extern Type ListType;
extern Type ListIterType;
extern Type ListRevIterType;

static inline bool list_check(const Object *o) { return type_has(o->type, TYPE_LIST_SUBCLASS); }
static inline bool list_check_exact(const Object *o) { return o->type == &ListType; }
static inline size_t list_size(const Object *l) { return ((const ListObject *)l)->size; }
static inline Object *list_get(const Object *l, size_t i) { return ((const ListObject *)l)->items[i]; }

/* A list of n items, all NULL, to be filled with owned references. */
Object *list_new(size_t n);
int list_append(Object *list, Object *item);                 /* borrowed item */
/* Appends, taking over the caller's reference to item. */
int list_append_steal(Object *list, Object *item);
Object *list_from_array(Object *const *items, size_t n);     /* borrowed items */
Object *list_from_iterable(Object *iterable);
int list_extend(Object *list, Object *iterable);
Object *list_as_tuple(Object *list);
Object *list_slice(Object *list, size_t start, size_t stop);
int list_insert(Object *list, int64_t index, Object *item);
int list_reverse_inplace(Object *list);
/* list.sort(key=, reverse=): stable merge sort. */
int list_sort(Object *list, Object *key, bool reverse);
/* sort()'s reverse= argument: an int (or __index__) as a flag; -1 on error */
int list_reverse_flag(Object *value);

#endif
