/* value.h - the Python values the compiler knows at compile time.
 *
 * Constants of the program (from AST Constant nodes), the results of
 * constant folding (`7 * 86400`), and what a code object's co_consts holds:
 * None, bools, ints of any size, floats, complex numbers, str, bytes,
 * Ellipsis, tuples and frozensets of constants, and code objects.
 *
 * Values are immutable and live in the compiler's arena: nothing is freed
 * one by one.  Ints that fit in 64 bits are V_INT; larger ones V_BIGINT,
 * kept as decimal text (as in the artifacts) and turned into GMP numbers
 * only when folding needs to compute with them. */
#ifndef PYCOMP_VALUE_H
#define PYCOMP_VALUE_H

#include "arena.h"
#include "buf.h"
#include "constant.h"
#include "mpwrite.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct CodeObject CodeObject;

typedef enum ValueKind {
    V_NONE,
    V_BOOL,
    V_ELLIPSIS,
    V_INT,          /* fits in int64 */
    V_BIGINT,       /* v.s: decimal digits, '-' first if negative; never fits in int64 */
    V_FLOAT,
    V_COMPLEX,
    V_STR,          /* v.s: WTF-8 */
    V_BYTES,        /* v.s: raw bytes */
    V_TUPLE,        /* v.seq */
    V_FROZENSET,    /* v.seq: distinct items, in first-seen order */
    V_CODE,         /* v.code */
} ValueKind;

typedef struct Value Value;

struct Value {
    ValueKind kind;
    union {
        bool b;
        int64_t i;
        double f;
        struct { double real, imag; } c;
        struct { const char *ptr; size_t len; } s;
        struct { Value **items; int count; } seq;
        CodeObject *code;
    } v;
};

/* The shared singletons: no allocation needed. */
extern Value value_none, value_true, value_false, value_ellipsis;

Value *value_bool(bool b);
Value *value_int(Arena *a, int64_t i);
/* An int given as decimal text (any size; normalized: V_INT when it fits). */
Value *value_int_text(Arena *a, const char *digits, size_t len);
Value *value_float(Arena *a, double f);
Value *value_complex(Arena *a, double real, double imag);
Value *value_str(Arena *a, const char *s, size_t len);      /* copies */
Value *value_bytes(Arena *a, const char *s, size_t len);    /* copies */
Value *value_tuple(Arena *a, Value **items, int count);     /* copies the array */
/* A frozenset of the items, duplicates (by Python equality) dropped. */
Value *value_frozenset(Arena *a, Value **items, int count);
Value *value_code(Arena *a, CodeObject *code);

/* The value of an AST constant (sharing its text: the AST must outlive it). */
Value *value_from_constant(Arena *a, const AstConstant *c);

/* True if the two are the same constant for co_consts: the same type and
 * value, so 1, 1.0 and True stay apart, and so do 0.0 and -0.0 (as in
 * CPython's constant merging).  Code objects are the same only if
 * identical. */
bool value_same_constant(const Value *x, const Value *y);
uint64_t value_hash(const Value *v);       /* consistent with value_same_constant */

/* Python's `x == y` where the compiler can decide it (numbers, str, bytes,
 * tuples of those); returns false for anything else. */
bool value_equal(const Value *x, const Value *y);

/* repr(v) as Python prints it; a code object as
 * <code object NAME, file "FILE", line N>. */
void value_repr(Buf *out, const Value *v);

/* Packs v as a constant of co_consts (docs/formats.md §3); nested code
 * objects through code_pack (code.h). */
void value_pack(MpWriter *w, const Value *v);

/* len() of a str (in code points), bytes, tuple or frozenset. */
int64_t value_length(const Value *v);

#endif
