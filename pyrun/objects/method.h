/* method.h - the callables that are not Python functions, and descriptors.
 *
 * - bound methods: `obj.method` for a Python function found on the class
 *   binds it to obj (MethodObject);
 * - built-in functions and bound built-in methods: `len`, `[].append`
 *   (BuiltinFunctionObject: a MethodDef and the object it is bound to);
 * - method descriptors: `list.append`, what a built-in type's dict holds
 *   (MethodDescrObject); getting it from an instance binds it;
 * - slot wrappers: `int.__add__`, `object.__repr__`: a type's slot exposed as a
 *   method (WrapperDescrObject, bound: MethodWrapperObject);
 * - getset and member descriptors: computed or stored attributes of
 *   built-in types (`f.__name__`, `e.args`);
 * - classmethod, staticmethod and property, as Python defines them. */
#ifndef PYRUN_OBJECTS_METHOD_H
#define PYRUN_OBJECTS_METHOD_H

#include "object.h"

typedef struct MethodObject {
    Object head;
    Object *func;
    Object *self;
    struct WeakrefObject *weaklist;     /* the weak references to it */
} MethodObject;

typedef struct BuiltinFunctionObject {
    Object head;
    const MethodDef *def;
    Object *self;           /* the bound object or module; NULL for a static method */
    Object *module;         /* __module__ (str) or NULL */
    struct WeakrefObject *weaklist;     /* the weak references to it */
} BuiltinFunctionObject;

typedef struct MethodDescrObject {
    Object head;
    Type *owner;
    const MethodDef *def;
} MethodDescrObject;

/* A slot exposed as a method: how to call it from (self, args). */
typedef Object *(*SlotWrapperFunc)(Type *owner, void *slot, Object *self, Object *const *args,
                                   size_t nargs);
typedef struct SlotDef SlotDef;         /* (objects/slots.c) */

typedef struct WrapperDescrObject {
    Object head;
    Type *owner;
    const SlotDef *slot;
    void *function;         /* the owner's slot function */
} WrapperDescrObject;

typedef struct MethodWrapperObject {
    Object head;
    WrapperDescrObject *descr;
    Object *self;
} MethodWrapperObject;

typedef struct GetSetDescrObject {
    Object head;
    Type *owner;
    const GetSetDef *def;
} GetSetDescrObject;

typedef struct MemberDescrObject {
    Object head;
    Type *owner;
    const MemberDef *def;
} MemberDescrObject;

typedef struct ClassMethodObject {      /* classmethod and staticmethod */
    Object head;
    Object *callable;
    Object *dict;
} ClassMethodObject;

typedef struct PropertyObject {
    Object head;
    Object *fget, *fset, *fdel, *doc;
    Object *name;
} PropertyObject;

extern Type MethodType, BuiltinFunctionType, MethodDescrType, ClassMethodDescrType;
extern Type WrapperDescrType, MethodWrapperType, GetSetDescrType, MemberDescrType;
extern Type ClassMethodType, StaticMethodType, PropertyType;

Object *method_new(Object *func, Object *self);
Object *builtin_function_new(const MethodDef *def, Object *self, Object *module);
Object *method_descr_new(Type *owner, const MethodDef *def);
Object *wrapper_descr_new(Type *owner, const SlotDef *slot, void *function);
Object *getset_descr_new(Type *owner, const GetSetDef *def);
Object *member_descr_new(Type *owner, const MemberDef *def);
Object *staticmethod_new(Object *callable);
Object *classmethod_new(Object *callable);

#endif
