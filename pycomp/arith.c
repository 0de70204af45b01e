/* arith.c - Python's operators on constants (see arith.h).
 *
 * Integers are computed with GMP, so any size works; floats with C doubles,
 * using Python's definitions where they differ from C's (floor division and
 * modulo round toward minus infinity).  Complex numbers follow CPython's
 * formulas for +, - and *. */
#include "arith.h"

#include "intarith.h"
#include "utf8.h"

#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- ints ------------------------------------------------------------------------- */

static bool is_int(const Value *v)
{
    return v->kind == V_BOOL || v->kind == V_INT || v->kind == V_BIGINT;
}

static IntValue int_of(const Value *v)
{
    IntValue iv = { false, 0, NULL };
    if (v->kind == V_BIGINT) {
        iv.big = true;
        iv.digits = (char *)v->v.s.ptr;     /* read only: never freed */
    } else {
        iv.small = v->kind == V_BOOL ? v->v.b : v->v.i;
    }
    return iv;
}

static Value *value_of_int(Arena *a, IntValue *iv)
{
    if (!iv->big)
        return value_int(a, iv->small);
    Value *v = arena_alloc(a, sizeof *v);
    v->kind = V_BIGINT;
    v->v.s.len = strlen(iv->digits);
    v->v.s.ptr = arena_strndup(a, iv->digits, v->v.s.len);
    intvalue_free(iv);
    return v;
}

/* An int small enough for an index or a count, into *out. */
static bool small_int(const Value *v, int64_t lo, int64_t hi, int64_t *out)
{
    if (v->kind == V_BOOL)
        *out = v->v.b;
    else if (v->kind == V_INT)
        *out = v->v.i;
    else
        return false;
    return *out >= lo && *out <= hi;
}

static bool exact_int_double(const Value *v);

/* int / int is correctly rounded in Python; so is double division of ints
 * that convert exactly. */
static Value *int_true_divide(Arena *a, const Value *left, const Value *right)
{
    if (!exact_int_double(left) || !exact_int_double(right))
        return NULL;
    double x = left->kind == V_BOOL ? left->v.b : (double)left->v.i;
    double y = right->kind == V_BOOL ? right->v.b : (double)right->v.i;
    return y == 0 ? NULL : value_float(a, x / y);
}

static Value *float_binary(Arena *a, AstKind op, const Value *left, const Value *right);

static bool is_negative_int(const Value *v)
{
    return (v->kind == V_INT && v->v.i < 0) || (v->kind == V_BIGINT && v->v.s.ptr[0] == '-');
}

static Value *int_binary(Arena *a, AstKind op, const Value *left, const Value *right)
{
    /* int ** negative int is a float: Python computes it as float ** float */
    if (op == AST_Pow && is_negative_int(right))
        return float_binary(a, op, left, right);
    static const struct { AstKind ast; IntOp op; } ops[] = {
        { AST_Add, INT_ADD }, { AST_Sub, INT_SUB }, { AST_Mult, INT_MUL }, { AST_FloorDiv, INT_FLOORDIV },
        { AST_Mod, INT_MOD }, { AST_Pow, INT_POW }, { AST_LShift, INT_LSHIFT }, { AST_RShift, INT_RSHIFT },
        { AST_BitAnd, INT_AND }, { AST_BitOr, INT_OR }, { AST_BitXor, INT_XOR },
    };
    if (op == AST_Div)
        return int_true_divide(a, left, right);
    if ((op == AST_BitAnd || op == AST_BitOr || op == AST_BitXor) && left->kind == V_BOOL &&
        right->kind == V_BOOL) {
        bool l = left->v.b, r = right->v.b;
        return value_bool(op == AST_BitAnd ? (l && r) : op == AST_BitOr ? (l || r) : (l != r));
    }
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (ops[i].ast != op)
            continue;
        IntValue x = int_of(left), y = int_of(right), r;
        if (!intarith(ops[i].op, &x, &y, FOLD_MAX_INT_BITS, &r))
            return NULL;
        return value_of_int(a, &r);
    }
    return NULL;    /* @ */
}

/* ---- floats ------------------------------------------------------------------------ */

/* The number as a double: an int64 converts with correct rounding, as
 * Python's int.__float__ does (bigger ints are left to run time). */
static bool as_double(const Value *v, double *out)
{
    switch (v->kind) {
    case V_BOOL: *out = v->v.b; return true;
    case V_INT: *out = (double)v->v.i; return true;
    case V_FLOAT: *out = v->v.f; return true;
    default: return false;
    }
}

static bool exact_int_double(const Value *v)
{
    return v->kind == V_BOOL || (v->kind == V_INT && v->v.i <= (1LL << 53) && v->v.i >= -(1LL << 53));
}

/* Python's float floor division and modulo (Objects/floatobject.c's
 * definitions: the remainder takes the divisor's sign). */
static void float_divmod(double x, double y, double *floordiv, double *mod)
{
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m != 0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double q;
    if (div != 0) {
        q = floor(div);
        if (div - q > 0.5)
            q += 1.0;
    } else {
        q = copysign(0.0, x / y);
    }
    *floordiv = q;
    *mod = m;
}

static Value *float_binary(Arena *a, AstKind op, const Value *left, const Value *right)
{
    double x, y;
    if (!as_double(left, &x) || !as_double(right, &y))
        return NULL;
    double r, q;
    switch (op) {
    case AST_Add: r = x + y; break;
    case AST_Sub: r = x - y; break;
    case AST_Mult: r = x * y; break;
    case AST_Div:
        if (y == 0)
            return NULL;
        r = x / y;
        break;
    case AST_FloorDiv:
    case AST_Mod:
        if (y == 0)
            return NULL;
        float_divmod(x, y, &q, &r);
        if (op == AST_FloorDiv)
            r = q;
        break;
    case AST_Pow:
        /* only the plain case: a positive base, finite operands and result */
        if (!(x > 0) || !isfinite(x) || !isfinite(y))
            return NULL;
        r = pow(x, y);
        if (!isfinite(r))
            return NULL;
        break;
    default: return NULL;
    }
    /* +, -, * and / overflow to inf without an error; only ** raises */
    return value_float(a, r);
}

/* ---- complex ------------------------------------------------------------------------- */

static bool as_complex(const Value *v, double *re, double *im)
{
    if (v->kind == V_COMPLEX) {
        *re = v->v.c.real;
        *im = v->v.c.imag;
        return true;
    }
    *im = 0.0;
    return as_double(v, re);
}

static Value *complex_binary(Arena *a, AstKind op, const Value *left, const Value *right)
{
    double ar, ai, br, bi;
    if (!as_complex(left, &ar, &ai) || !as_complex(right, &br, &bi))
        return NULL;
    switch (op) {
    case AST_Add: return value_complex(a, ar + br, ai + bi);
    case AST_Sub: return value_complex(a, ar - br, ai - bi);
    case AST_Mult: return value_complex(a, ar * br - ai * bi, ar * bi + ai * br);
    default: return NULL;       /* division and powers: left to run time */
    }
}

/* ---- sequences ------------------------------------------------------------------------- */

static bool is_text(const Value *v)
{
    return v->kind == V_STR || v->kind == V_BYTES;
}

static Value *concat(Arena *a, const Value *x, const Value *y)
{
    if (x->kind == V_TUPLE) {
        int n = x->v.seq.count + y->v.seq.count;
        Value **items = arena_alloc(a, sizeof(Value *) * (size_t)(n ? n : 1));
        memcpy(items, x->v.seq.items, sizeof(Value *) * (size_t)x->v.seq.count);
        memcpy(items + x->v.seq.count, y->v.seq.items, sizeof(Value *) * (size_t)y->v.seq.count);
        return value_tuple(a, items, n);
    }
    size_t n = x->v.s.len + y->v.s.len;
    char *text = arena_alloc(a, n + 1);
    memcpy(text, x->v.s.ptr, x->v.s.len);
    memcpy(text + x->v.s.len, y->v.s.ptr, y->v.s.len);
    Value *v = arena_alloc(a, sizeof *v);
    v->kind = x->kind;
    v->v.s.ptr = text;
    v->v.s.len = n;
    return v;
}

/* Items of a tuple, counting those of nested tuples and frozensets. */
static int64_t total_items(const Value *v)
{
    int64_t n = v->v.seq.count;
    for (int i = 0; i < v->v.seq.count; i++) {
        const Value *item = v->v.seq.items[i];
        if (item->kind == V_TUPLE || item->kind == V_FROZENSET)
            n += total_items(item);
    }
    return n;
}

static Value *repeat(Arena *a, const Value *seq, const Value *count)
{
    int64_t n;
    if (value_length(seq) == 0 && small_int(count, INT64_MIN, INT64_MAX, &n))
        return (Value *)seq;        /* empty, however many times */
    if (!small_int(count, 0, FOLD_MAX_STR_SIZE, &n))
        return NULL;
    if (seq->kind == V_TUPLE) {
        int size = seq->v.seq.count;
        if (size && (n > FOLD_MAX_COLLECTION_SIZE / size || (n && total_items(seq) > FOLD_MAX_TOTAL_ITEMS / n)))
            return NULL;
        Value **items = arena_alloc(a, sizeof(Value *) * (size_t)(n * size + 1));
        for (int64_t i = 0; i < n; i++)
            memcpy(items + i * size, seq->v.seq.items, sizeof(Value *) * (size_t)size);
        return value_tuple(a, items, (int)(n * size));
    }
    int64_t size = value_length(seq);
    if (size && n > FOLD_MAX_STR_SIZE / size)
        return NULL;
    size_t len = seq->v.s.len * (size_t)n;
    char *text = arena_alloc(a, len + 1);
    for (int64_t i = 0; i < n; i++)
        memcpy(text + (size_t)i * seq->v.s.len, seq->v.s.ptr, seq->v.s.len);
    Value *v = arena_alloc(a, sizeof *v);
    v->kind = seq->kind;
    v->v.s.ptr = text;
    v->v.s.len = len;
    return v;
}

static Value *sequence_binary(Arena *a, AstKind op, const Value *left, const Value *right)
{
    if (op == AST_Add && left->kind == right->kind && (is_text(left) || left->kind == V_TUPLE))
        return concat(a, left, right);
    if (op == AST_Mult && (is_text(left) || left->kind == V_TUPLE) && is_int(right))
        return repeat(a, left, right);
    if (op == AST_Mult && (is_text(right) || right->kind == V_TUPLE) && is_int(left))
        return repeat(a, right, left);
    return NULL;    /* '%' formatting, and everything else */
}

/* ---- the operators ---------------------------------------------------------------------- */

static bool is_real(const Value *v)
{
    return is_int(v) || v->kind == V_FLOAT;
}

Value *arith_binary(Arena *a, AstKind op, const Value *left, const Value *right)
{
    if (is_int(left) && is_int(right))
        return int_binary(a, op, left, right);
    if (is_real(left) && is_real(right))
        return float_binary(a, op, left, right);
    if ((left->kind == V_COMPLEX && (is_real(right) || right->kind == V_COMPLEX)) ||
        (right->kind == V_COMPLEX && is_real(left)))
        return complex_binary(a, op, left, right);
    return sequence_binary(a, op, left, right);
}

bool arith_truth(const Value *v)
{
    switch (v->kind) {
    case V_NONE: return false;
    case V_BOOL: return v->v.b;
    case V_INT: return v->v.i != 0;
    case V_BIGINT: return true;     /* never zero: zero fits in int64 */
    case V_FLOAT: return v->v.f != 0;
    case V_COMPLEX: return v->v.c.real != 0 || v->v.c.imag != 0;
    case V_STR:
    case V_BYTES: return v->v.s.len != 0;
    case V_TUPLE:
    case V_FROZENSET: return v->v.seq.count != 0;
    case V_ELLIPSIS:
    case V_CODE: return true;
    }
    return true;
}

Value *arith_unary(Arena *a, AstKind op, const Value *v)
{
    if (op == AST_Not)
        return value_bool(!arith_truth(v));
    if (is_int(v)) {
        IntValue x = int_of(v), r;
        if (op == AST_UAdd) {
            r = x;
            r.digits = r.big ? xstrdup(x.digits) : NULL;
        } else if (!intarith(op == AST_USub ? INT_NEG : INT_INVERT, &x, NULL, FOLD_MAX_INT_BITS, &r)) {
            return NULL;
        }
        return value_of_int(a, &r);
    }
    if (v->kind == V_FLOAT && op != AST_Invert)
        return value_float(a, op == AST_USub ? -v->v.f : v->v.f);
    if (v->kind == V_COMPLEX && op != AST_Invert)
        return op == AST_USub ? value_complex(a, -v->v.c.real, -v->v.c.imag) : value_complex(a, v->v.c.real, v->v.c.imag);
    return NULL;
}

/* The byte offset of code point i of a WTF-8 string, and its length. */
static void code_point_at(const Value *s, int64_t i, size_t *offset, size_t *len)
{
    const char *p = s->v.s.ptr, *end = p + s->v.s.len;
    for (int64_t k = 0; k < i; k++)
        utf8_decode(&p, end);
    const char *start = p;
    utf8_decode(&p, end);
    *offset = (size_t)(start - s->v.s.ptr);
    *len = (size_t)(p - start);
}

Value *arith_subscript(Arena *a, const Value *container, const Value *index)
{
    int64_t n = value_length(container), i;
    if (container->kind == V_FROZENSET || n < 0 || !small_int(index, -n, n - 1, &i))
        return NULL;
    if (i < 0)
        i += n;
    switch (container->kind) {
    case V_TUPLE: return container->v.seq.items[i];
    case V_BYTES: return value_int(a, (unsigned char)container->v.s.ptr[i]);
    case V_STR: {
        size_t offset, len;
        code_point_at(container, i, &offset, &len);
        return value_str(a, container->v.s.ptr + offset, len);
    }
    default: return NULL;
    }
}
