/* weakref.h - weak references (weakref.ref): a reference that does not keep
 * its object alive.  Calling it gives the object, or None once the object
 * is gone; an optional callback is called (with the reference) when it goes.
 *
 * An object that can be weakly referenced has, at its type's
 * weaklistoffset, the head of a doubly linked list of the references to it
 * (instances of classes, classes, functions).  The referent's dealloc, or
 * the collector when it finds the referent unreachable, clears them all. */
#ifndef PYRUN_OBJECTS_WEAKREF_H
#define PYRUN_OBJECTS_WEAKREF_H

#include "object.h"

typedef struct WeakrefObject {
    Object head;
    Object *referent;           /* borrowed; NULL once the object is gone */
    Object *callback;           /* NULL: none */
    int64_t hash;               /* the referent's, kept for after its death; -1: not yet */
    struct WeakrefObject *prev, *next;     /* in the referent's list */
} WeakrefObject;

extern Type WeakrefType;        /* weakref.ref (ReferenceType) */

static inline bool weakref_check(const Object *o) { return type_is_subtype(o->type, &WeakrefType); }

/* The head of o's list of weak references, or NULL if o's type has none. */
static inline WeakrefObject **weakref_list(Object *o)
{
    ptrdiff_t offset = o->type->weaklistoffset;
    return offset ? (WeakrefObject **)((char *)o + offset) : NULL;
}

/* A new reference to `referent` (callback may be NULL); a TypeError for
 * objects that cannot be weakly referenced. */
Object *weakref_new(Object *referent, Object *callback);
/* Called by the dealloc of a type with a weaklistoffset: clears every
 * reference to o, then calls their callbacks. */
void weakref_clear_all(Object *o);
/* For the collector: clears the references to o, an unreachable object, and
 * adds those whose callbacks must run (the references that are themselves
 * still reachable: is_garbage says which are not) to `pending`, a list. */
void weakref_clear_for_collector(Object *o, bool (*is_garbage)(Object *), Object *pending);
/* Calls a cleared reference's callback, reporting an error as unraisable. */
void weakref_call_callback(Object *ref);
/* The number of references to o, and a list of them. */
int64_t weakref_count(Object *o);
Object *weakref_list_of(Object *o);

#endif
