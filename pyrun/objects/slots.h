/* slots.h - the two-way mapping between special methods and slots.
 *
 * Built-in types are written in C with their slots filled in (int's
 * number[ADD] adds two ints).  Python sees them as special methods:
 * int.__add__ is a *wrapper descriptor* that calls the slot.
 *
 * Classes are written in Python with special methods (def __add__).  The
 * VM sees them through slots: a class that defines __add__ gets a
 * number[ADD] slot that looks up __add__ and calls it.
 *
 * One table (slots.c) lists each special method with its slot, the C
 * function that serves classes, and how a wrapper calls the slot; both
 * directions are driven by it. */
#ifndef PYRUN_OBJECTS_SLOTS_H
#define PYRUN_OBJECTS_SLOTS_H

#include "object.h"

typedef enum WrapperKind {
    WRAP_UNARY,         /* __repr__, __neg__, ...: f(self) */
    WRAP_NEXT,          /* __next__: f(self), exhaustion raises StopIteration */
    WRAP_BINARY,        /* __add__: f(self, other) */
    WRAP_BINARY_R,      /* __radd__: f(other, self) */
    WRAP_RICHCMP,       /* __lt__ ...: f(self, other, op) */
    WRAP_HASH, WRAP_LEN, WRAP_BOOL, WRAP_CONTAINS,
    WRAP_CALL,          /* __call__: f(self, *args, **kwargs) */
    WRAP_INIT,          /* __init__ */
    WRAP_GETATTR, WRAP_SETATTR, WRAP_DELATTR,
    WRAP_GETITEM, WRAP_SETITEM, WRAP_DELITEM,
    WRAP_DESCR_GET, WRAP_DESCR_SET, WRAP_DESCR_DELETE,
    WRAP_REPEAT, WRAP_REPEAT_R,  /* sequence * n, n * sequence */
} WrapperKind;

struct SlotDef {
    const char *name;           /* "__add__" */
    size_t offset;              /* where the slot is in Type */
    void *class_function;       /* the slot of a class that defines the method (NULL: none) */
    WrapperKind kind;
    int op;                     /* the BinaryOp or CompareOp */
};

/* Adds the wrapper descriptors of a built-in type's own slots to its dict. */
void slots_add_wrappers(Type *t);
/* Calls a wrapper descriptor's slot: self, then the call's arguments. */
Object *slots_call_wrapper(const SlotDef *slot, void *function, Object *self,
                           Object *const *args, size_t nargs, TupleObject *kwnames);
/* __new__ of a built-in type, as a function taking the class first. */
Object *slots_new_wrapper(Type *owner);
/* Does o (an attribute found on a type) mean that slot is implemented in
 * Python (true), or by a built-in type's slot (false)? */
bool slots_is_class_function(Object *found, const SlotDef *slot);

#endif
