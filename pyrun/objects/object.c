/* object.c - allocation, and the generic operations that dispatch to slots:
 * repr, str, hash, comparison, truth, attributes, calls, iteration, items.
 * (The arithmetic operators are in abstract.c.) */
#include "runtime.h"

/* ---- allocation ---------------------------------------------------------------- */

static inline size_t round_up8(size_t n)
{
    return (n + 7) & ~(size_t)7;
}

static size_t size_for(const Type *t, size_t nitems)
{
    return t->itemsize ? round_up8(t->basicsize + t->itemsize * nitems) : t->basicsize;
}

size_t obj_alloc_size(Object *o)
{
    const Type *t = o->type;
    return size_for(t, t->itemsize ? ((VarObject *)o)->size : 0);
}

static bool has_gc_header(const Type *t)
{
    return (t->flags & TYPE_GC) != 0;
}

Object *obj_alloc(Type *type, size_t nitems)
{
    size_t size = size_for(type, nitems);
    Object *o;
    if (has_gc_header(type)) {
        GcHead *g = mem_alloc(sizeof(GcHead) + size);
        memset(g, 0, sizeof(GcHead) + size);
        o = GC_OBJECT(g);
    } else {
        o = mem_alloc(size);
        memset(o, 0, size);
    }
    o->refcount = 1;
    o->type = type;
    if (type->itemsize)
        ((VarObject *)o)->size = nitems;
    if (type->flags & TYPE_HEAP)
        INCREF(type);
    return o;
}

void obj_free(Object *o)
{
    Type *t = o->type;
    size_t size = obj_alloc_size(o);
    if (has_gc_header(t))
        mem_free(GC_HEAD(o), sizeof(GcHead) + size);
    else
        mem_free(o, size);
    if (t->flags & TYPE_HEAP)
        DECREF(t);
}

/* ---- recursion guard ------------------------------------------------------------ */

int vm_enter_recursion(const char *where)
{
    char here;
    if (++vm.depth > vm.recursion_limit || &here < vm.c_stack_limit) {
        vm.depth--;
        err_format(&Exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

/* ---- representation --------------------------------------------------------------- */

Object *obj_repr(Object *o)
{
    if (vm_enter_recursion(" while getting the repr of an object"))
        return NULL;
    Object *r = o->type->repr(o);
    vm_leave_recursion();
    if (r && !str_check(r)) {
        err_format(&Exc_TypeError, "__repr__ returned non-string (type %s)", obj_type_name(r));
        CLEAR(r);
    }
    return r;
}

Object *obj_str(Object *o)
{
    if (str_check_exact(o))
        return NEWREF(o);
    if (!o->type->str)
        return obj_repr(o);
    if (vm_enter_recursion(" while getting the str of an object"))
        return NULL;
    Object *r = o->type->str(o);
    vm_leave_recursion();
    if (r && !str_check(r)) {
        err_format(&Exc_TypeError, "__str__ returned non-string (type %s)", obj_type_name(r));
        CLEAR(r);
    }
    return r;
}

Object *obj_ascii(Object *o)
{
    Object *r = obj_repr(o);
    if (!r || ((StrObject *)r)->ascii)
        return r;
    Buf b;
    buf_init(&b);
    const char *p = str_data(r), *end = p + str_size(r);
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        if (cp < 0x80)
            buf_putc(&b, (char)cp);
        else if (cp < 0x100)
            buf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000)
            buf_printf(&b, "\\u%04x", cp);
        else
            buf_printf(&b, "\\U%08x", cp);
    }
    DECREF(r);
    Object *s = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return s;
}

/* The containers whose repr is being made, innermost last. */
static Object **repr_stack;
static size_t repr_depth, repr_capacity;

int repr_enter(Object *o)
{
    for (size_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_depth == repr_capacity) {
        size_t cap = repr_capacity ? repr_capacity * 2 : 16;
        repr_stack = mem_realloc(repr_stack, repr_capacity * sizeof(Object *),
                                 cap * sizeof(Object *));
        repr_capacity = cap;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void repr_leave(Object *o)
{
    if (repr_depth > 0 && repr_stack[repr_depth - 1] == o)
        repr_depth--;
}

/* ---- hashing ------------------------------------------------------------------------ */

int64_t obj_hash_unhashable(Object *o)
{
    err_format(&Exc_TypeError, "unhashable type: '%s'", obj_type_name(o));
    return -1;
}

int64_t obj_hash(Object *o)
{
    if (str_check_exact(o))
        return str_cached_hash(o);
    HashFunc h = o->type->hash;
    if (!h)
        return obj_hash_unhashable(o);
    return h(o);
}

/* ---- comparison --------------------------------------------------------------------- */

static const CompareOp swapped_op[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const op_symbol[] = { "<", "<=", "==", "!=", ">", ">=" };

static Object *do_rich_compare(Object *a, Object *b, CompareOp op)
{
    Type *ta = a->type, *tb = b->type;
    bool tried_reflected = false;
    Object *r;
    if (ta != tb && type_is_subtype(tb, ta) && tb->richcompare) {
        tried_reflected = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != OBJ_NOT_IMPLEMENTED)
            return r;
        DECREF(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != OBJ_NOT_IMPLEMENTED)
            return r;
        DECREF(r);
    }
    if (!tried_reflected && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != OBJ_NOT_IMPLEMENTED)
            return r;
        DECREF(r);
    }
    switch (op) {
    case CMP_EQ:
        return bool_from(a == b);
    case CMP_NE:
        return bool_from(a != b);
    default:
        return err_format(&Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                          op_symbol[op], ta->name, tb->name);
    }
}

Object *obj_rich_compare(Object *a, Object *b, CompareOp op)
{
    if (vm_enter_recursion(" in comparison"))
        return NULL;
    Object *r = do_rich_compare(a, b, op);
    vm_leave_recursion();
    return r;
}

int obj_rich_compare_bool(Object *a, Object *b, CompareOp op)
{
    if (a == b) {
        if (op == CMP_EQ)
            return 1;
        if (op == CMP_NE)
            return 0;
    }
    Object *r = obj_rich_compare(a, b, op);
    if (!r)
        return -1;
    int truth = r == OBJ_TRUE ? 1 : r == OBJ_FALSE ? 0 : obj_is_true(r);
    DECREF(r);
    return truth;
}

/* ---- truth -------------------------------------------------------------------------- */

int obj_is_true(Object *o)
{
    if (o == OBJ_TRUE)
        return 1;
    if (o == OBJ_FALSE || o == OBJ_NONE)
        return 0;
    Type *t = o->type;
    if (t->truth)
        return t->truth(o);
    if (t->length) {
        int64_t n = t->length(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- attributes ------------------------------------------------------------------------- */

DictObject **obj_dict_ptr(Object *o)
{
    ptrdiff_t offset = o->type->dictoffset;
    if (offset == 0)
        return NULL;
    if (offset < 0)
        return (DictObject **)((char *)o + obj_alloc_size(o) + offset);
    return (DictObject **)((char *)o + offset);
}

/* Setting or deleting a missing attribute: CPython 3.11 gives this error no
 * name, so its traceback suggests none. */
static void no_attribute_to_set(Object *o, StrObject *name)
{
    err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'", obj_type_name(o),
               name->data);
}

static Object *no_attribute(Object *o, StrObject *name)
{
    Object *message = str_from_format("'%s' object has no attribute '%s'", obj_type_name(o),
                                      name->data);
    if (!message)
        return NULL;
    Object *exc = exception_new(&Exc_AttributeError, &message, 1);
    DECREF(message);
    if (!exc)
        return NULL;
    ExceptionObject *e = (ExceptionObject *)exc;
    e->extra[EXC_NAME] = NEWREF(name);
    e->extra[EXC_ATTR_OBJ] = NEWREF(o);
    err_set_object(exc);
    DECREF(exc);
    return NULL;
}

Object *obj_generic_getattr(Object *o, StrObject *name)
{
    Type *t = o->type;
    Object *descr = type_lookup(t, name);
    DescrGetFunc get = NULL;
    if (descr) {
        INCREF(descr);
        get = descr->type->descr_get;
        if (get && descr->type->descr_set) {
            Object *r = get(descr, o, t);
            DECREF(descr);
            return r;
        }
    }
    DictObject **dictp = obj_dict_ptr(o);
    if (dictp && *dictp) {
        Object *v = dict_get_str((Object *)*dictp, (Object *)name);
        if (v) {
            XDECREF(descr);
            return NEWREF(v);
        }
        if (err_occurred()) {
            XDECREF(descr);
            return NULL;
        }
    }
    if (get) {
        Object *r = get(descr, o, t);
        DECREF(descr);
        return r;
    }
    if (descr)
        return descr;
    return no_attribute(o, name);
}

int obj_generic_setattr(Object *o, StrObject *name, Object *value)
{
    Type *t = o->type;
    Object *descr = type_lookup(t, name);
    if (descr && descr->type->descr_set) {
        INCREF(descr);
        int r = descr->type->descr_set(descr, o, value);
        DECREF(descr);
        return r;
    }
    DictObject **dictp = obj_dict_ptr(o);
    if (!dictp) {
        if (descr)
            err_format(&Exc_AttributeError, "'%s' object attribute '%s' is read-only",
                       t->name, name->data);
        else
            no_attribute_to_set(o, name);
        return -1;
    }
    if (!value) {
        if (*dictp) {
            Object *removed;
            int r = dict_pop((Object *)*dictp, (Object *)name, &removed);
            if (r < 0)
                return -1;
            if (r == 1) {
                DECREF(removed);
                return 0;
            }
        }
        no_attribute_to_set(o, name);
        return -1;
    }
    if (!*dictp) {
        /* the dict of an instance of a class is examined through the
           instance (subtype_traverse), as CPython 3.11's inline attribute
           values are, until Python code gets hold of it (__dict__) */
        *dictp = (DictObject *)dict_new();
        if (t->flags & TYPE_HEAP)
            gc_untrack((Object *)*dictp);
    }
    if (descr)
        t->flags |= TYPE_MAY_SHADOW;
    return dict_set((Object *)*dictp, (Object *)name, value);
}

/* An AttributeError that leaves a lookup without naming what was looked up
 * (one raised by a property or a __getattr__) gets the name and the object,
 * as in CPython, so that its traceback can suggest a close name. */
static void attribute_error_context(Object *o, StrObject *name)
{
    Object *exc = err_occurred();
    if (!exc || !obj_is_instance_of(exc, &Exc_AttributeError))
        return;
    ExceptionObject *e = (ExceptionObject *)exc;
    if (e->extra[EXC_NAME] || e->extra[EXC_ATTR_OBJ])
        return;
    e->extra[EXC_NAME] = NEWREF(name);
    e->extra[EXC_ATTR_OBJ] = NEWREF(o);
}

Object *obj_getattr(Object *o, StrObject *name)
{
    Object *r = o->type->getattr(o, name);
    if (!r)
        attribute_error_context(o, name);
    return r;
}

Object *obj_getattr_cstr(Object *o, const char *name)
{
    StrObject *s = str_intern_cstr(name);
    Object *r = obj_getattr(o, s);
    DECREF(s);
    return r;
}

Object *obj_lookup_attr(Object *o, StrObject *name)
{
    Object *r = obj_getattr(o, name);
    if (!r && err_matches(&Exc_AttributeError))
        err_clear();
    return r;
}

int obj_hasattr(Object *o, StrObject *name)
{
    Object *r = obj_lookup_attr(o, name);
    if (r) {
        DECREF(r);
        return 1;
    }
    return err_occurred() ? -1 : 0;
}

int obj_setattr(Object *o, StrObject *name, Object *value)
{
    SetAttrFunc set = o->type->setattr;
    if (!set) {
        if (type_lookup(o->type, name))
            err_format(&Exc_AttributeError, "'%s' object attribute '%s' is read-only",
                       obj_type_name(o), name->data);
        else
            err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'",
                       obj_type_name(o), name->data);
        return -1;
    }
    return set(o, name, value);
}

/* ---- calls ------------------------------------------------------------------------------ */

Object *obj_call(Object *callable, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    CallFunc call = callable->type->call;
    if (!call)
        return err_format(&Exc_TypeError, "'%s' object is not callable", obj_type_name(callable));
    return call(callable, args, nargs, kwnames);
}

bool call_counts_recursion(Object *callable)
{
    if (callable->type == &BuiltinFunctionType)
        return ((BuiltinFunctionObject *)callable)->def->flags & METH_COUNTED;
    if (!type_check(callable))
        return false;
    Type *t = (Type *)callable;
    return (t->flags & TYPE_HEAP) || type_is_subtype(t, &Exc_BaseException);
}

Object *obj_call_counted(Object *callable, Object *const *args, size_t nargs,
                         TupleObject *kwnames)
{
    if (!call_counts_recursion(callable))
        return obj_call(callable, args, nargs, kwnames);
    if (vm_enter_recursion(" while calling a Python object"))
        return NULL;
    Object *r = obj_call(callable, args, nargs, kwnames);
    vm_leave_recursion();
    return r;
}

Object *obj_call0(Object *callable)
{
    return obj_call(callable, NULL, 0, NULL);
}

Object *obj_call1(Object *callable, Object *arg)
{
    Object *args[2] = { NULL, arg };
    return obj_call(callable, args + 1, 1 | CALL_ARGS_OFFSET, NULL);
}

Object *obj_call2(Object *callable, Object *a, Object *b)
{
    Object *args[3] = { NULL, a, b };
    return obj_call(callable, args + 1, 2 | CALL_ARGS_OFFSET, NULL);
}

/* Calls an attribute found on the type with self in front of the args. */
static Object *call_with_self(Object *attr, Object *self, Object *const *args, size_t nargs)
{
    Object *small[8];
    Object **all = nargs + 1 <= 8 ? small : mem_alloc((nargs + 1) * sizeof(Object *));
    all[0] = self;
    for (size_t i = 0; i < nargs; i++)
        all[i + 1] = args[i];
    Object *r = obj_call(attr, all, nargs + 1, NULL);
    if (all != small)
        mem_free(all, (nargs + 1) * sizeof(Object *));
    return r;
}

Object *obj_call_special(Object *self, StrObject *name, Object *const *args, size_t nargs,
                         bool *found)
{
    Object *attr = type_lookup(self->type, name);
    if (!attr) {
        *found = false;
        return NULL;
    }
    *found = true;
    INCREF(attr);
    Object *r;
    if (function_check(attr) || attr->type == &MethodDescrType ||
        attr->type == &WrapperDescrType) {
        r = call_with_self(attr, self, args, nargs);
    } else if (attr->type->descr_get) {
        Object *bound = attr->type->descr_get(attr, self, self->type);
        r = bound ? obj_call(bound, args, nargs, NULL) : NULL;
        XDECREF(bound);
    } else {
        r = obj_call(attr, args, nargs, NULL);
    }
    DECREF(attr);
    return r;
}

Object *obj_call_method(Object *self, StrObject *name, Object *const *args, size_t nargs)
{
    Object *m = obj_getattr(self, name);
    if (!m)
        return NULL;
    Object *r = obj_call(m, args, nargs, NULL);
    DECREF(m);
    return r;
}

bool obj_is_callable(Object *o)
{
    return o->type->call != NULL;
}

/* ---- iteration ------------------------------------------------------------------------------ */

Object *obj_get_iter(Object *o)
{
    UnaryFunc f = o->type->iter;
    if (!f) {
        if (o->type->getitem && !dict_check(o))
            return seq_iter_new(o);
        return err_format(&Exc_TypeError, "'%s' object is not iterable", obj_type_name(o));
    }
    Object *it = f(o);
    if (it && !it->type->iternext) {
        err_format(&Exc_TypeError, "iter() returned non-iterator of type '%s'", obj_type_name(it));
        CLEAR(it);
    }
    return it;
}

Object *iter_next(Object *iterator)
{
    UnaryFunc next = iterator->type->iternext;
    if (!next)
        return err_format(&Exc_TypeError, "'%s' object is not an iterator",
                          obj_type_name(iterator));
    Object *r = next(iterator);
    /* a generator's return value comes as StopIteration(value): the end */
    if (!r && err_occurred() && err_matches(&Exc_StopIteration))
        err_clear();
    return r;
}

/* ---- containers ------------------------------------------------------------------------------ */

int64_t obj_length(Object *o)
{
    LenFunc f = o->type->length;
    if (!f) {
        err_format(&Exc_TypeError, "object of type '%s' has no len()", obj_type_name(o));
        return -1;
    }
    return f(o);
}

Object *obj_getitem(Object *o, Object *key)
{
    BinaryFunc f = o->type->getitem;
    if (f)
        return f(o, key);
    if (type_check(o)) {
        if (o == (Object *)&TypeType)
            return generic_alias_new(o, key);
        Object *cg = obj_lookup_attr(o, id_dunder_class_getitem);
        if (cg) {
            Object *r = obj_call1(cg, key);
            DECREF(cg);
            return r;
        }
        if (err_occurred())
            return NULL;
        return err_format(&Exc_TypeError, "type '%s' is not subscriptable", ((Type *)o)->name);
    }
    return err_format(&Exc_TypeError, "'%s' object is not subscriptable", obj_type_name(o));
}

int obj_setitem(Object *o, Object *key, Object *value)
{
    SetItemFunc f = o->type->setitem;
    if (!f) {
        err_format(&Exc_TypeError, "'%s' object does not support item assignment",
                   obj_type_name(o));
        return -1;
    }
    return f(o, key, value);
}

int obj_delitem(Object *o, Object *key)
{
    SetItemFunc f = o->type->setitem;
    if (!f) {
        /* (CPython's wording differs for a sequence given an index) */
        bool sequence = o->type->length && o->type->getitem && (int_check(key) || key->type->index);
        err_format(&Exc_TypeError, sequence ? "'%s' object doesn't support item deletion"
                                            : "'%s' object does not support item deletion",
                   obj_type_name(o));
        return -1;
    }
    return f(o, key, NULL);
}

int obj_contains(Object *container, Object *item)
{
    ContainsFunc f = container->type->contains;
    if (f)
        return f(container, item);
    if (!container->type->iter && !container->type->getitem) {
        err_format(&Exc_TypeError, "argument of type '%s' is not iterable",
                   obj_type_name(container));
        return -1;
    }
    Object *it = obj_get_iter(container);
    if (!it)
        return -1;
    int found = 0;
    Object *x;
    while ((x = iter_next(it))) {
        found = obj_rich_compare_bool(x, item, CMP_EQ);
        DECREF(x);
        if (found)
            break;
    }
    DECREF(it);
    if (found == 0 && err_occurred())
        return -1;
    return found;
}

/* ---- dir() -------------------------------------------------------------------------------- */

static int add_keys(Object *set, Object *dict)
{
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(dict, &pos, &k, &v))
        if (set_add(set, k) < 0)
            return -1;
    return 0;
}

/* The names object.__dir__ and type.__dir__ report, unsorted: an
   instance's own dictionary and its class's, a class's along its MRO. */
Object *obj_dir_default(Object *o)
{
    Object *names = set_new(NULL);
    if (!names)
        return NULL;
    int status = 0;
    Object *mro;
    if (type_check(o)) {
        mro = (Object *)((Type *)o)->mro;
    } else {
        DictObject **dictp = obj_dict_ptr(o);
        if (dictp && *dictp)
            status = add_keys(names, (Object *)*dictp);
        mro = (Object *)o->type->mro;
    }
    for (size_t i = 0; mro && i < tuple_size(mro) && status == 0; i++)
        status = add_keys(names, (Object *)((Type *)tuple_get(mro, i))->dict);
    Object *l = status == 0 ? list_from_iterable(names) : NULL;
    DECREF(names);
    return l;
}

Object *obj_dir(Object *o)
{
    bool found;
    Object *custom = obj_call_special(o, id_dunder_dir, NULL, 0, &found);
    if (!found)
        custom = obj_dir_default(o);
    if (!custom)
        return NULL;
    Object *l = list_from_iterable(custom);
    DECREF(custom);
    if (l && list_sort(l, NULL, false) < 0)
        CLEAR(l);
    return l;
}
