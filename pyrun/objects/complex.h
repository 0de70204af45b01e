/* complex.h - complex: two doubles. */
#ifndef PYRUN_OBJECTS_COMPLEX_H
#define PYRUN_OBJECTS_COMPLEX_H

#include "object.h"

typedef struct ComplexObject {
    Object head;
    double real, imag;
} ComplexObject;

extern Type ComplexType;

static inline bool complex_check(const Object *o) { return obj_is_instance_of(o, &ComplexType); }
Object *complex_from_doubles(double real, double imag);

#endif
