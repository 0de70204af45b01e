/* memoryview.c - memoryview: a view of the bytes of a bytes or bytearray
 * object, without copying them (see memoryview.h). */
#include "runtime.h"
#include "objects/memoryview.h"

static MemoryViewObject *view_alloc(Object *base, int64_t start, int64_t length, int64_t step,
                                    bool as_chars)
{
    MemoryViewObject *m = (MemoryViewObject *)obj_alloc(&MemoryViewType, 0);
    m->base = NEWREF(base);
    m->start = start;
    m->length = length;
    m->step = step;
    m->as_chars = as_chars;
    gc_track((Object *)m);
    return m;
}

Object *memoryview_new(Object *o)
{
    if (o->type == &MemoryViewType) {
        MemoryViewObject *v = (MemoryViewObject *)o;
        if (v->released)
            return err_set_string(&Exc_ValueError,
                                  "operation forbidden on released memoryview object");
        return (Object *)view_alloc(v->base, v->start, v->length, v->step, v->as_chars);
    }
    const char *data;
    size_t size;
    if (!bytes_check(o) && !bytearray_check(o) &&
        type_lookup(o->type, str_intern_cstr("__buffer__")))
        return err_format(&Exc_NotImplementedError,
                          "pyrun's memoryview views only bytes and bytearray, not '%s' "
                          "(bytes() copies its bytes)", obj_type_name(o));
    if (!bytes_check(o) && !bytearray_check(o))
        return err_format(&Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                          obj_type_name(o));
    bytes_like_view(o, &data, &size);
    return (Object *)view_alloc(o, 0, (int64_t)size, 1, false);
}

/* The bytes of the object viewed (a bytearray's move as it grows). */
static unsigned char *base_data(MemoryViewObject *m)
{
    const char *data;
    size_t size;
    bytes_like_view(m->base, &data, &size);
    return (unsigned char *)data;
}

static bool check_released(MemoryViewObject *m)
{
    if (m->released)
        err_set_string(&Exc_ValueError, "operation forbidden on released memoryview object");
    return !m->released;
}

static bool readonly(MemoryViewObject *m) { return !bytearray_check(m->base); }

bool memoryview_contiguous(Object *o, const char **data, size_t *size)
{
    MemoryViewObject *m = (MemoryViewObject *)o;
    if (!check_released(m))
        return false;
    if (m->step != 1) {
        err_set_string(&Exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return false;
    }
    *data = (const char *)base_data(m) + m->start;
    *size = (size_t)m->length;
    return true;
}

/* A copy of the bytes seen, in order. */
static Object *view_bytes(MemoryViewObject *m)
{
    BytesObject *b = bytes_new_raw((size_t)m->length);
    unsigned char *d = base_data(m);
    for (int64_t i = 0; i < m->length; i++)
        b->data[i] = (char)d[m->start + i * m->step];
    return (Object *)b;
}

static Object *item(MemoryViewObject *m, int64_t i)
{
    unsigned char c = base_data(m)[m->start + i * m->step];
    if (m->as_chars)
        return bytes_from(&c, 1);
    return int_from_i64(c);
}

static void view_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((MemoryViewObject *)o)->base);
    obj_free(o);
}

static void view_traverse(Object *o, VisitFunc visit, void *arg)
{
    visit(((MemoryViewObject *)o)->base, arg);
}

static Object *view_repr(Object *o)
{
    MemoryViewObject *m = (MemoryViewObject *)o;
    return str_from_format(m->released ? "<released memory at %p>" : "<memory at %p>",
                           (void *)o);
}

static int64_t view_length(Object *o)
{
    MemoryViewObject *m = (MemoryViewObject *)o;
    return check_released(m) ? m->length : -1;
}

static Object *view_getitem(Object *o, Object *key)
{
    MemoryViewObject *m = (MemoryViewObject *)o;
    if (!check_released(m))
        return NULL;
    if (slice_check(key)) {
        int64_t start, stop, step;
        int64_t count = slice_resolve(key, m->length, &start, &stop, &step);
        if (count < 0)
            return NULL;
        return (Object *)view_alloc(m->base, m->start + start * m->step, count, step * m->step,
                                    m->as_chars);
    }
    if (!int_check(key) && !key->type->index)
        return err_set_string(&Exc_TypeError, "memoryview: invalid slice key");
    int64_t i = obj_as_subscript_index(key);
    if (i == -1 && err_occurred())
        return NULL;
    if (i < 0)
        i += m->length;
    if (i < 0 || i >= m->length)
        return err_set_string(&Exc_IndexError, "index out of bounds on dimension 1");
    return item(m, i);
}

static int view_setitem(Object *o, Object *key, Object *value)
{
    MemoryViewObject *m = (MemoryViewObject *)o;
    if (!check_released(m))
        return -1;
    if (readonly(m)) {
        err_set_string(&Exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        err_set_string(&Exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (slice_check(key)) {
        int64_t start, stop, step;
        int64_t count = slice_resolve(key, m->length, &start, &stop, &step);
        if (count < 0)
            return -1;
        Object *source = value->type == &MemoryViewType ? view_bytes((MemoryViewObject *)value)
                                                         : NEWREF(value);
        const char *data;
        size_t size;
        if (!bytes_like_view(source, &data, &size)) {
            DECREF(source);
            return -1;
        }
        if ((int64_t)size != count) {
            DECREF(source);
            err_set_string(&Exc_ValueError,
                           "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        unsigned char *d = base_data(m);
        for (int64_t i = 0; i < count; i++)
            d[m->start + (start + i * step) * m->step] = (unsigned char)data[i];
        DECREF(source);
        return 0;
    }
    int64_t i = obj_as_subscript_index(key);
    if (i == -1 && err_occurred())
        return -1;
    if (i < 0)
        i += m->length;
    if (i < 0 || i >= m->length) {
        err_set_string(&Exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    if (!int_check(value)) {
        err_set_string(&Exc_TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    bool overflow;
    int64_t v = int_as_i64(value, &overflow);
    if (overflow || v < 0 || v > 255) {
        err_set_string(&Exc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    base_data(m)[m->start + i * m->step] = (unsigned char)v;
    return 0;
}

static Object *view_iter(Object *o)
{
    MemoryViewObject *m = (MemoryViewObject *)o;
    if (!check_released(m))
        return NULL;
    /* (the items as a list's iterator: a snapshot, as good as a live view for reading) */
    Object *l = list_new(0);
    for (int64_t i = 0; i < m->length; i++)
        list_append_steal(l, item(m, i));
    Object *it = obj_get_iter(l);
    DECREF(l);
    return it;
}

static Object *view_richcompare(Object *a, Object *b, CompareOp op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return not_implemented_ref();
    MemoryViewObject *m = (MemoryViewObject *)a;
    if (m->released || (b->type == &MemoryViewType && ((MemoryViewObject *)b)->released))
        return bool_from((a == b) == (op == CMP_EQ));
    Object *other;
    if (b->type == &MemoryViewType)
        other = view_bytes((MemoryViewObject *)b);
    else if (bytes_check(b) || bytearray_check(b))
        other = NEWREF(b);
    else
        return bool_from(op == CMP_NE);
    Object *mine = view_bytes(m);
    const char *x, *y;
    size_t nx, ny;
    bytes_like_view(mine, &x, &nx);
    bytes_like_view(other, &y, &ny);
    bool equal = nx == ny && memcmp(x, y, nx) == 0;
    DECREF(mine);
    DECREF(other);
    return bool_from(equal == (op == CMP_EQ));
}

static int64_t view_hash(Object *o)
{
    MemoryViewObject *m = (MemoryViewObject *)o;
    if (!check_released(m))
        return -1;
    if (!readonly(m)) {
        err_set_string(&Exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    Object *b = view_bytes(m);
    int64_t h = obj_hash(b);
    DECREF(b);
    return h;
}

#define METHOD(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                         TupleObject *kwnames)

METHOD(view_tobytes)
{
    MemoryViewObject *m = (MemoryViewObject *)self;
    return check_released(m) ? view_bytes(m) : NULL;
}

METHOD(view_tolist)
{
    MemoryViewObject *m = (MemoryViewObject *)self;
    if (!check_released(m))
        return NULL;
    Object *l = list_new(0);
    for (int64_t i = 0; i < m->length; i++)
        list_append_steal(l, item(m, i));
    return l;
}

METHOD(view_hex)
{
    MemoryViewObject *m = (MemoryViewObject *)self;
    if (!check_released(m))
        return NULL;
    Object *b = view_bytes(m);
    StrObject *name = str_intern_cstr("hex");
    Object *r = obj_call_method(b, name, args, NARGS(nargs));
    DECREF(name);
    DECREF(b);
    return r;
}

METHOD(view_release)
{
    ((MemoryViewObject *)self)->released = true;
    return none_ref();
}

METHOD(view_enter)
{
    return check_released((MemoryViewObject *)self) ? NEWREF(self) : NULL;
}

/* cast(format): only to the byte formats 'B', 'b' and 'c' */
METHOD(view_cast)
{
    MemoryViewObject *m = (MemoryViewObject *)self;
    if (!arg_range("cast", NARGS(nargs), kwnames, 1, 2) || !check_released(m))
        return NULL;
    if (!str_check(args[0]))
        return err_set_string(&Exc_TypeError, "memoryview: format argument must be a string");
    const char *f = str_data(args[0]);
    if (strcmp(f, "B") != 0 && strcmp(f, "c") != 0)
        return err_format(&Exc_NotImplementedError,
                          "pyrun's memoryview casts only to the byte formats 'B' and 'c', not "
                          "'%s'", f);
    return (Object *)view_alloc(m->base, m->start, m->length, m->step, f[0] == 'c');
}

static const MethodDef view_methods[] = {
    { "tobytes", view_tobytes, 0 },
    { "tolist", view_tolist, 0 },
    { "hex", view_hex, 0 },
    { "release", view_release, 0 },
    { "cast", view_cast, 0 },
    { "__enter__", view_enter, 0 },
    { "__exit__", view_release, 0 },
    { NULL, NULL, 0 },
};

static Object *get_obj(Object *o) { return NEWREF(((MemoryViewObject *)o)->base); }
static Object *get_readonly(Object *o) { return bool_from(readonly((MemoryViewObject *)o)); }
static Object *get_format(Object *o)
{
    return str_from_cstr(((MemoryViewObject *)o)->as_chars ? "c" : "B");
}
static Object *get_one(Object *o) { return int_from_i64(1); }
static Object *get_nbytes(Object *o) { return int_from_i64(((MemoryViewObject *)o)->length); }
static Object *get_shape(Object *o)
{
    Object *n = int_from_i64(((MemoryViewObject *)o)->length);
    Object *t = tuple_pack(1, n);
    DECREF(n);
    return t;
}
static Object *get_strides(Object *o)
{
    Object *n = int_from_i64(((MemoryViewObject *)o)->step);
    Object *t = tuple_pack(1, n);
    DECREF(n);
    return t;
}
static Object *get_contiguous(Object *o)
{
    MemoryViewObject *m = (MemoryViewObject *)o;
    return bool_from(m->step == 1 || m->length <= 1);
}

static const GetSetDef view_getsets[] = {
    { "obj", get_obj, NULL },
    { "readonly", get_readonly, NULL },
    { "format", get_format, NULL },
    { "itemsize", get_one, NULL },
    { "ndim", get_one, NULL },
    { "nbytes", get_nbytes, NULL },
    { "shape", get_shape, NULL },
    { "strides", get_strides, NULL },
    { "contiguous", get_contiguous, NULL },
    { "c_contiguous", get_contiguous, NULL },
    { "f_contiguous", get_contiguous, NULL },
    { NULL, NULL, NULL },
};

static Object *view_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "object", NULL };
    Object *v[1];
    if (!args_parse("memoryview", args, nargs, kwnames, names, 1, 1, v))
        return NULL;
    return memoryview_new(v[0]);
}

Type MemoryViewType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "memoryview",
    .basicsize = sizeof(MemoryViewObject),
    .flags = TYPE_GC | TYPE_ABSTRACT_SEQUENCE,
    .new_ = view_new_slot,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .hash = view_hash,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .length = view_length,
    .getitem = view_getitem,
    .setitem = view_setitem,
    .methods = view_methods,
    .getsets = view_getsets,
};
