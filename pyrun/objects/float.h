/* float.h - float: a C double.
 *
 * Floats are made and dropped at a great rate in numeric code, so freed
 * float objects are kept on a free list and reused. */
#ifndef PYRUN_OBJECTS_FLOAT_H
#define PYRUN_OBJECTS_FLOAT_H

#include "object.h"

typedef struct FloatObject {
    Object head;
    double value;
} FloatObject;

extern Type FloatType;

static inline bool float_check(const Object *o) { return obj_is_instance_of(o, &FloatType); }
static inline bool float_check_exact(const Object *o) { return o->type == &FloatType; }
static inline double float_value(const Object *o) { return ((const FloatObject *)o)->value; }

Object *float_from_double(double v);
/* The value of an int, a float or an object with __float__ / __index__;
 * -1 with an exception (check err_occurred) otherwise.  `what` names the
 * caller for the TypeError ("must be real number, not str"). */
double float_as_double(Object *o, bool *ok);
int64_t float_hash_value(double v);              /* the hash of a float value, for int/float equality */
/* float('1.5'), float(' inf '): ValueError "could not convert string to float: 'x'". */
Object *float_from_string(Object *str);
/* repr(x) into a C buffer (room for 32). */
void float_repr_into(double v, char *out);
/* The float operations the VM calls directly on two floats. */
Object *float_divide(double a, double b);
Object *float_floor_divide(double a, double b);
Object *float_modulo(double a, double b);
Object *float_power(double a, double b);

#endif
