/* set.h - set and frozenset: hash tables of keys.
 *
 * The table is CPython's, exactly, because the order in which a set of ints
 * iterates (and prints) follows from it: open addressing over a power-of-two
 * table, probing a few neighbouring slots (which share a cache line) before
 * jumping by a perturbed hash; the table grows when it is three-fifths full.
 * `print({3, 1, 2})` shows `{1, 2, 3}` because of this, not by sorting. */
#ifndef PYRUN_OBJECTS_SET_H
#define PYRUN_OBJECTS_SET_H

#include "object.h"

typedef struct SetEntry {
    Object *key;        /* NULL: empty; the dummy: deleted */
    int64_t hash;
} SetEntry;

enum { SET_MINSIZE = 8 };

typedef struct SetObject {
    Object head;
    int64_t fill;       /* active and dummy entries */
    int64_t used;       /* active entries */
    int64_t mask;       /* table size - 1 */
    SetEntry *table;
    int64_t hash;       /* frozenset: -1 until computed */
    int64_t finger;     /* where set.pop() looks next */
    SetEntry smalltable[SET_MINSIZE];
} SetObject;

extern Type SetType;
extern Type FrozenSetType;
extern Type SetIterType;

static inline bool set_check(const Object *o) { return obj_is_instance_of(o, &SetType); }
static inline bool frozenset_check(const Object *o) { return obj_is_instance_of(o, &FrozenSetType); }
static inline bool anyset_check(const Object *o) { return set_check(o) || frozenset_check(o); }
static inline size_t set_size(const Object *s) { return (size_t)((const SetObject *)s)->used; }

Object *set_new(Object *iterable);                  /* iterable may be NULL */
Object *frozenset_new(Object *iterable);
int set_add(Object *set, Object *key);
int set_contains(Object *set, Object *key);         /* 1, 0, -1 */
int set_discard(Object *set, Object *key);          /* 1 removed, 0 absent, -1 */
int set_update(Object *set, Object *iterable);
/* Iteration in table order: while (set_next(s, &pos, &key)) ...; borrowed. */
bool set_next(Object *set, int64_t *pos, Object **key);

#endif
