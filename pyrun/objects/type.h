/* type.h - `type`, `object`, and classes.
 *
 * A class statement ends in a call of type(name, bases, namespace), which
 * makes a new Type: a *heap type*.  Its slots are filled in from the special
 * methods the namespace defines: a class with __add__ gets a number[ADD]
 * slot that calls it, one with __repr__ a repr slot, and so on (slots.c), so
 * the rest of the system treats classes and built-in types alike.
 *
 * Attribute lookup on a type walks its MRO (the C3 linearisation of its
 * bases).  The results are cached in a global table keyed by the type's
 * `version` and the name: any change to a class (or a base) gives it a new
 * version, which makes the old entries unreachable. */
#ifndef PYRUN_OBJECTS_TYPE_H
#define PYRUN_OBJECTS_TYPE_H

#include "object.h"

static inline bool type_check(const Object *o) { return type_has(o->type, TYPE_TYPE_SUBCLASS); }

/* Finds name along t's MRO: borrowed, NULL if absent (never an exception). */
Object *type_lookup(Type *t, StrObject *name);
/* Records that t (or a base) changed: its caches are stale. */
void type_modified(Type *t);
/* type(name, bases, namespace) with metatype as the class's type. */
Object *type_new_class(Type *metatype, Object *name, Object *bases, Object *namespace_,
                       Object *const *kwargs, TupleObject *kwnames);
/* Python's C3 linearisation of t's bases into t->mro. */
int type_compute_mro(Type *t);
/* Marks a class of the program, and its subclasses, as the match
 * statement's kind of collection (TYPE_ABSTRACT_SEQUENCE or _MAPPING), in
 * place of the other kind: what registering it with collections.abc's
 * Sequence or Mapping does.  Built-in types keep their own. */
void type_set_collection_kind(Type *t, unsigned kind);
/* Fills a heap type's slots from its dict (and updates one after a
 * `Class.__add__ = ...` assignment). */
void type_update_slots(Type *t);
void type_update_slot(Type *t, StrObject *name);
/* repr(t): "<class 'int'>", "<class '__main__.A'>". */
Object *type_repr_of(Type *t);
/* The __module__ + __qualname__ of a class, for messages and repr. */
Object *type_qualified_name(Type *t);
/* The object.__init__ / object.__new__ defaults (their argument checks). */
Object *object_new_instance(Type *type);
/* The instance size of t's instances, o being one of them. */
size_t obj_alloc_size(Object *o);
/* The dealloc of every class instance: drops the __dict__ and calls the base's. */
void subtype_dealloc(Object *o);

#endif
