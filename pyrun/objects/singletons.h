/* singletons.h - None, NotImplemented and Ellipsis: one object each. */
#ifndef PYRUN_OBJECTS_SINGLETONS_H
#define PYRUN_OBJECTS_SINGLETONS_H

#include "object.h"

extern Object NoneObject, NotImplementedObject, EllipsisObject;
extern Type NoneType, NotImplementedType, EllipsisType;

#define OBJ_NONE (&NoneObject)
#define OBJ_NOT_IMPLEMENTED (&NotImplementedObject)
#define OBJ_ELLIPSIS (&EllipsisObject)

static inline Object *none_ref(void) { INCREF(OBJ_NONE); return OBJ_NONE; }
static inline Object *not_implemented_ref(void)
{
    INCREF(OBJ_NOT_IMPLEMENTED);
    return OBJ_NOT_IMPLEMENTED;
}

#endif
