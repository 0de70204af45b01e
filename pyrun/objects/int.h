/* int.h - int (and bool): integers of any size.
 *
 * Most integers in a program fit in a machine word, and arithmetic on them
 * must be fast, so an int keeps its value in an int64_t when it fits and in
 * a GMP integer (mpz_t) only when it does not.  Operations on two small
 * ints check for overflow (__builtin_add_overflow and friends) and move to
 * GMP only when it happens; results that fit again come back to a word.
 * So `big == NULL` exactly when the value fits in int64_t.
 *
 * The ints from -5 to 256 exist once, made at start-up (the "small-int
 * cache"): every 0 or 100 in a program is the same object, which is why
 * `100 is 100` is true and `1000 is 1000` need not be. */
#ifndef PYRUN_OBJECTS_INT_H
#define PYRUN_OBJECTS_INT_H

#include "object.h"

typedef struct IntObject {
    Object head;
    int64_t value;      /* the value, when big is NULL */
    void *big;          /* the value (a GMP mpz_t, int_gmp.h), when it does not fit in int64_t */
} IntObject;

extern Type IntType;
extern Type BoolType;

enum { SMALL_INT_MIN = -5, SMALL_INT_MAX = 256 };
extern IntObject small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
extern IntObject TrueObject, FalseObject;
#define OBJ_TRUE ((Object *)&TrueObject)
#define OBJ_FALSE ((Object *)&FalseObject)

static inline bool int_check(const Object *o) { return type_has(o->type, TYPE_INT_SUBCLASS); }
static inline bool int_check_exact(const Object *o) { return o->type == &IntType; }
static inline bool bool_check(const Object *o) { return o->type == &BoolType; }
static inline bool int_is_small(const Object *o) { return ((const IntObject *)o)->big == NULL; }
static inline int64_t int_small_value(const Object *o) { return ((const IntObject *)o)->value; }

Object *int_alloc_small(int64_t v);             /* (not cached) */
static inline Object *int_from_i64(int64_t v)
{
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX)
        return NEWREF(&small_ints[v - SMALL_INT_MIN]);
    return int_alloc_small(v);
}
Object *int_from_u64(uint64_t v);
Object *int_from_double(double d);              /* int(3.7): truncates; errors for inf/nan */
static inline Object *bool_from(bool b)
{
    Object *o = b ? OBJ_TRUE : OBJ_FALSE;
    INCREF(o);
    return o;
}

/* int(text, base): text is the whole str (spaces, sign, underscores, prefix
 * allowed as in Python); ValueError "invalid literal for int() with base 10: 'x'". */
Object *int_from_string(const char *text, size_t len, int base, Object *for_message);

/* The value as int64_t; *overflow set (and 0 returned) if it does not fit.
 * o must be an int. */
int64_t int_as_i64(Object *o, bool *overflow);
/* float(o) for an int; OverflowError "int too large to convert to float". */
double int_as_double(Object *o, bool *ok);
int int_sign(Object *o);                        /* -1, 0, 1 */
int64_t int_hash(Object *o);
/* Decimal text (the 4300-digit limit of CPython applies: ValueError). */
Object *int_to_decimal(Object *o);
/* hex/oct/bin text with prefix: base 16, 8, 2. */
Object *int_to_base(Object *o, int base);
int int_compare(Object *a, Object *b);          /* -1, 0, 1 */
size_t int_bit_length(Object *o);
/* The largest number of digits str() and int() convert (sys.set_int_max_str_digits). */
extern int64_t int_max_str_digits;
/* Whether `digits` decimal digits are within that limit; if not, raises
 * CPython's ValueError and returns false. */
bool int_decimal_digits_allowed(size_t digits);
/* The digits of |value| in `base` (2..36, lower case) as a GMP-allocated
 * string of *len characters, *negative telling the sign; NULL with
 * ValueError when decimal digits would pass the limit above.  Free it with
 * int_free_digits. */
char *int_abs_digits(Object *value, int base, size_t *len, bool *negative);
void int_free_digits(char *digits, size_t len);

/* Arithmetic on two ints (both must be ints), used by the VM's fast paths
 * and the slots alike. */
Object *int_add(Object *a, Object *b);
Object *int_sub(Object *a, Object *b);
Object *int_mul(Object *a, Object *b);
Object *int_floordiv(Object *a, Object *b);
Object *int_mod(Object *a, Object *b);
Object *int_pow(Object *a, Object *b, Object *mod);
Object *int_lshift(Object *a, Object *b);
Object *int_rshift(Object *a, Object *b);
Object *int_truediv(Object *a, Object *b);
Object *int_negate(Object *a);

#endif
