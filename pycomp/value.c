/* value.c - compile-time values: making, comparing, repr and packing. */
#include "value.h"

#include "code.h"
#include "intarith.h"
#include "pyrepr.h"
#include "utf8.h"

#include <math.h>
#include <string.h>

Value value_none = { .kind = V_NONE };
Value value_true = { .kind = V_BOOL, .v.b = true };
Value value_false = { .kind = V_BOOL, .v.b = false };
Value value_ellipsis = { .kind = V_ELLIPSIS };

static Value *new_value(Arena *a, ValueKind kind)
{
    Value *v = arena_alloc(a, sizeof *v);
    v->kind = kind;
    return v;
}

Value *value_bool(bool b)
{
    return b ? &value_true : &value_false;
}

Value *value_int(Arena *a, int64_t i)
{
    Value *v = new_value(a, V_INT);
    v->v.i = i;
    return v;
}

Value *value_int_text(Arena *a, const char *digits, size_t len)
{
    IntValue iv;
    if (!intarith_parse(digits, len, &iv))
        return value_int(a, 0);     /* the decoder has checked the digits */
    if (!iv.big)
        return value_int(a, iv.small);
    Value *v = new_value(a, V_BIGINT);
    v->v.s.len = strlen(iv.digits);
    v->v.s.ptr = arena_strndup(a, iv.digits, v->v.s.len);
    intvalue_free(&iv);
    return v;
}

Value *value_float(Arena *a, double f)
{
    Value *v = new_value(a, V_FLOAT);
    v->v.f = f;
    return v;
}

Value *value_complex(Arena *a, double real, double imag)
{
    Value *v = new_value(a, V_COMPLEX);
    v->v.c.real = real;
    v->v.c.imag = imag;
    return v;
}

static Value *new_text(Arena *a, ValueKind kind, const char *s, size_t len)
{
    Value *v = new_value(a, kind);
    v->v.s.ptr = arena_strndup(a, s ? s : "", len);
    v->v.s.len = len;
    return v;
}

Value *value_str(Arena *a, const char *s, size_t len)
{
    return new_text(a, V_STR, s, len);
}

Value *value_bytes(Arena *a, const char *s, size_t len)
{
    return new_text(a, V_BYTES, s, len);
}

static Value *new_seq(Arena *a, ValueKind kind, Value **items, int count)
{
    Value *v = new_value(a, kind);
    v->v.seq.items = arena_alloc(a, sizeof(Value *) * (size_t)(count > 0 ? count : 1));
    if (count > 0)
        memcpy(v->v.seq.items, items, sizeof(Value *) * (size_t)count);
    v->v.seq.count = count;
    return v;
}

Value *value_tuple(Arena *a, Value **items, int count)
{
    return new_seq(a, V_TUPLE, items, count);
}

Value *value_frozenset(Arena *a, Value **items, int count)
{
    Value *set = new_seq(a, V_FROZENSET, items, count);
    int kept = 0;
    for (int i = 0; i < count; i++) {
        bool seen = false;
        for (int j = 0; j < kept && !seen; j++)
            seen = value_equal(set->v.seq.items[j], items[i]);
        if (!seen)
            set->v.seq.items[kept++] = items[i];
    }
    set->v.seq.count = kept;
    return set;
}

Value *value_code(Arena *a, CodeObject *code)
{
    Value *v = new_value(a, V_CODE);
    v->v.code = code;
    return v;
}

Value *value_from_constant(Arena *a, const AstConstant *c)
{
    switch (c->kind) {
    case CONST_NONE: return &value_none;
    case CONST_BOOL: return value_bool(c->v.b);
    case CONST_ELLIPSIS: return &value_ellipsis;
    case CONST_INT: return value_int(a, c->v.i);
    case CONST_BIGINT: return value_int_text(a, c->v.s.ptr, c->v.s.len);
    case CONST_FLOAT: return value_float(a, c->v.f);
    case CONST_COMPLEX: return value_complex(a, c->v.c.real, c->v.c.imag);
    case CONST_STR:
    case CONST_BYTES: {
        /* the text stays where the AST keeps it (it lives as long) */
        Value *v = new_value(a, c->kind == CONST_STR ? V_STR : V_BYTES);
        v->v.s.ptr = c->v.s.ptr;
        v->v.s.len = c->v.s.len;
        return v;
    }
    }
    return &value_none;
}

/* ---- identity of constants ---------------------------------------------------- */

static bool same_double(double x, double y)
{
    return memcmp(&x, &y, sizeof x) == 0;
}

bool value_same_constant(const Value *x, const Value *y)
{
    if (x == y)
        return true;
    if (x->kind != y->kind)
        return false;
    switch (x->kind) {
    case V_NONE:
    case V_ELLIPSIS: return true;
    case V_BOOL: return x->v.b == y->v.b;
    case V_INT: return x->v.i == y->v.i;
    case V_FLOAT: return same_double(x->v.f, y->v.f);
    case V_COMPLEX: return same_double(x->v.c.real, y->v.c.real) && same_double(x->v.c.imag, y->v.c.imag);
    case V_BIGINT:
    case V_STR:
    case V_BYTES:
        return x->v.s.len == y->v.s.len && memcmp(x->v.s.ptr, y->v.s.ptr, x->v.s.len) == 0;
    case V_TUPLE:
    case V_FROZENSET:
        if (x->v.seq.count != y->v.seq.count)
            return false;
        for (int i = 0; i < x->v.seq.count; i++)
            if (!value_same_constant(x->v.seq.items[i], y->v.seq.items[i]))
                return false;
        return true;
    case V_CODE: return x->v.code == y->v.code;
    }
    return false;
}

static uint64_t hash_bytes(const void *p, size_t n, uint64_t h)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 0x100000001b3ULL;
    return h;
}

uint64_t value_hash(const Value *v)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ (uint64_t)v->kind;
    switch (v->kind) {
    case V_NONE:
    case V_ELLIPSIS: return h;
    case V_BOOL: return hash_bytes(&v->v.b, sizeof v->v.b, h);
    case V_INT: return hash_bytes(&v->v.i, sizeof v->v.i, h);
    case V_FLOAT: return hash_bytes(&v->v.f, sizeof v->v.f, h);
    case V_COMPLEX: return hash_bytes(&v->v.c, sizeof v->v.c, h);
    case V_BIGINT:
    case V_STR:
    case V_BYTES: return hash_bytes(v->v.s.ptr, v->v.s.len, h);
    case V_TUPLE:
    case V_FROZENSET:
        for (int i = 0; i < v->v.seq.count; i++)
            h = (h ^ value_hash(v->v.seq.items[i])) * 0x100000001b3ULL;
        return h;
    case V_CODE: return hash_bytes(&v->v.code, sizeof v->v.code, h);
    }
    return h;
}

/* ---- Python equality ---------------------------------------------------------------- */

static bool is_number(const Value *v)
{
    return v->kind == V_BOOL || v->kind == V_INT || v->kind == V_BIGINT || v->kind == V_FLOAT ||
           v->kind == V_COMPLEX;
}

/* The number as a double, when it is exactly one (ints up to 2**53). */
static bool exact_double(const Value *v, double *out)
{
    switch (v->kind) {
    case V_BOOL: *out = v->v.b; return true;
    case V_INT:
        if (v->v.i > (1LL << 53) || v->v.i < -(1LL << 53))
            return false;
        *out = (double)v->v.i;
        return true;
    case V_FLOAT: *out = v->v.f; return true;
    default: return false;
    }
}

static bool numbers_equal(const Value *x, const Value *y)
{
    if (x->kind == V_COMPLEX || y->kind == V_COMPLEX) {
        double xr, xi = 0, yr, yi = 0;
        if (x->kind == V_COMPLEX) xr = x->v.c.real, xi = x->v.c.imag;
        else if (!exact_double(x, &xr)) return false;
        if (y->kind == V_COMPLEX) yr = y->v.c.real, yi = y->v.c.imag;
        else if (!exact_double(y, &yr)) return false;
        return xr == yr && xi == yi;
    }
    if (x->kind == V_BIGINT || y->kind == V_BIGINT)     /* a bigint equals only the same bigint */
        return x->kind == y->kind && value_same_constant(x, y);
    if (x->kind != V_FLOAT && y->kind != V_FLOAT) {
        int64_t a = x->kind == V_BOOL ? x->v.b : x->v.i;
        int64_t b = y->kind == V_BOOL ? y->v.b : y->v.i;
        return a == b;
    }
    double a, b;
    if (!exact_double(x, &a) || !exact_double(y, &b))
        return false;
    return a == b;
}

bool value_equal(const Value *x, const Value *y)
{
    if (is_number(x) && is_number(y))
        return numbers_equal(x, y);
    if (x->kind != y->kind)
        return false;
    if (x->kind == V_TUPLE) {
        if (x->v.seq.count != y->v.seq.count)
            return false;
        for (int i = 0; i < x->v.seq.count; i++)
            if (!value_equal(x->v.seq.items[i], y->v.seq.items[i]))
                return false;
        return true;
    }
    if (x->kind == V_FROZENSET) {
        if (x->v.seq.count != y->v.seq.count)
            return false;
        for (int i = 0; i < x->v.seq.count; i++) {
            bool found = false;
            for (int j = 0; j < y->v.seq.count && !found; j++)
                found = value_equal(x->v.seq.items[i], y->v.seq.items[j]);
            if (!found)
                return false;
        }
        return true;
    }
    return value_same_constant(x, y);
}

int64_t value_length(const Value *v)
{
    switch (v->kind) {
    case V_STR: return (int64_t)utf8_count(v->v.s.ptr, v->v.s.len);
    case V_BYTES: return (int64_t)v->v.s.len;
    case V_TUPLE:
    case V_FROZENSET: return v->v.seq.count;
    default: return -1;
    }
}

/* ---- repr ----------------------------------------------------------------------------- */

static void repr_items(Buf *out, const Value *v)
{
    for (int i = 0; i < v->v.seq.count; i++) {
        if (i)
            buf_puts(out, ", ");
        value_repr(out, v->v.seq.items[i]);
    }
}

void value_repr(Buf *out, const Value *v)
{
    char text[PYREPR_FLOAT_MAX];
    switch (v->kind) {
    case V_NONE: buf_puts(out, "None"); break;
    case V_BOOL: buf_puts(out, v->v.b ? "True" : "False"); break;
    case V_ELLIPSIS: buf_puts(out, "Ellipsis"); break;
    case V_INT: buf_printf(out, "%lld", (long long)v->v.i); break;
    case V_BIGINT: buf_append(out, v->v.s.ptr, v->v.s.len); break;
    case V_FLOAT: pyrepr_float(v->v.f, text); buf_puts(out, text); break;
    case V_COMPLEX: pyrepr_complex(out, v->v.c.real, v->v.c.imag); break;
    case V_STR: pyrepr_str(out, v->v.s.ptr, v->v.s.len); break;
    case V_BYTES: pyrepr_bytes(out, v->v.s.ptr, v->v.s.len); break;
    case V_TUPLE:
        buf_putc(out, '(');
        repr_items(out, v);
        if (v->v.seq.count == 1)
            buf_putc(out, ',');
        buf_putc(out, ')');
        break;
    case V_FROZENSET:
        if (v->v.seq.count == 0) {
            buf_puts(out, "frozenset()");
            break;
        }
        buf_puts(out, "frozenset({");
        repr_items(out, v);
        buf_puts(out, "})");
        break;
    case V_CODE:
        buf_printf(out, "<code object %s, file \"%s\", line %d>", v->v.code->name,
                   v->v.code->filename, v->v.code->firstlineno);
        break;
    }
}

/* ---- packing ------------------------------------------------------------------------------ */

static void pack_tag(MpWriter *w, const char *tag)
{
    msgpack_pack_map(&w->pk, 1);
    mpw_str(w, tag);
}

static void pack_double(MpWriter *w, double f)
{
    msgpack_pack_double(&w->pk, f);
}

void value_pack(MpWriter *w, const Value *v)
{
    msgpack_packer *pk = &w->pk;
    switch (v->kind) {
    case V_NONE: msgpack_pack_nil(pk); break;
    case V_BOOL: v->v.b ? msgpack_pack_true(pk) : msgpack_pack_false(pk); break;
    case V_ELLIPSIS: pack_tag(w, "ellipsis"); msgpack_pack_nil(pk); break;
    case V_INT: msgpack_pack_int64(pk, v->v.i); break;
    case V_BIGINT: pack_tag(w, "int"); mpw_strn(w, v->v.s.ptr, v->v.s.len); break;
    case V_FLOAT: pack_double(w, v->v.f); break;
    case V_COMPLEX:
        pack_tag(w, "complex");
        msgpack_pack_array(pk, 2);
        pack_double(w, v->v.c.real);
        pack_double(w, v->v.c.imag);
        break;
    case V_STR: mpw_strn(w, v->v.s.ptr, v->v.s.len); break;
    case V_BYTES: mpw_bin(w, v->v.s.ptr, v->v.s.len); break;
    case V_TUPLE:
    case V_FROZENSET:
        pack_tag(w, v->kind == V_TUPLE ? "tuple" : "frozenset");
        msgpack_pack_array(pk, (size_t)v->v.seq.count);
        for (int i = 0; i < v->v.seq.count; i++)
            value_pack(w, v->v.seq.items[i]);
        break;
    case V_CODE:
        pack_tag(w, "code");
        code_pack(w, v->v.code);
        break;
    }
}
