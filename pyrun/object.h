/* object.h - the object model: every Python value is an Object.
 *
 * An object starts with a header of two words, its reference count and its
 * type; what follows depends on the type (an int's value, a list's items).
 * The type is itself an object, a Type, whose *slots* - function pointers in
 * the manner of CPython's tp_* fields - say how to print, compare, hash,
 * call, iterate and free objects of that type.  The generic operations below
 * (obj_repr, obj_add, obj_getattr, ...) look up the slot and call it, so the
 * virtual machine never needs to know which type it is dealing with.
 *
 * Conventions, the same as CPython's (so its documentation teaches ours):
 * - A function that returns an Object * returns a NEW reference: the caller
 *   owns it and must DECREF it when done.  Arguments are BORROWED: the callee
 *   INCREFs what it keeps.  Exceptions to the rule say "steals" in so many
 *   words.
 * - Failure: a function returning a pointer returns NULL, one returning an
 *   int returns -1, and in both cases an exception has been set (errors.h).
 * - Calls pass their arguments as an array (args, nargs): the positional
 *   arguments, then the values of the keyword arguments whose names are in
 *   the tuple kwnames (NULL when there are none).  No tuple or dict is built
 *   for a call (CPython calls this "vectorcall").
 *
 * The one-file-per-type layout follows CPython's Objects/: objects/int.c,
 * objects/list.c, ...; each type's C structure is in its header. */
#ifndef PYRUN_OBJECT_H
#define PYRUN_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Object Object;
typedef struct Type Type;
typedef struct StrObject StrObject;
typedef struct TupleObject TupleObject;
typedef struct DictObject DictObject;

/* ---- the header ------------------------------------------------------------ */

struct Object {
    intptr_t refcount;      /* references to this object; freed when it drops to 0 */
    Type *type;             /* never NULL; owned (INCREF'd) for instances of classes */
};

/* Statically allocated objects (None, True, the small ints, the built-in
 * types) start with a count so high that it never reaches zero. */
#define IMMORTAL_REFCOUNT ((intptr_t)1 << 60)
#define STATIC_HEADER(type_ptr) { IMMORTAL_REFCOUNT, (type_ptr) }

void obj_dealloc(Object *o);            /* calls the type's dealloc slot */

static inline void INCREF_impl(Object *o) { o->refcount++; }
static inline void DECREF_impl(Object *o)
{
    if (--o->refcount == 0)
        obj_dealloc(o);
}
#define INCREF(o) INCREF_impl((Object *)(o))
#define DECREF(o) DECREF_impl((Object *)(o))
#define XINCREF(o) do { Object *xi_ = (Object *)(o); if (xi_) INCREF_impl(xi_); } while (0)
#define XDECREF(o) do { Object *xd_ = (Object *)(o); if (xd_) DECREF_impl(xd_); } while (0)
/* Sets a variable to NULL before dropping its reference, so that a
 * destructor that runs meanwhile never sees a dangling pointer. */
#define CLEAR(var) do { Object *cl_ = (Object *)(var); if (cl_) { (var) = NULL; DECREF_impl(cl_); } } while (0)
/* Replaces the reference in a variable (steals `value`). */
#define SETREF(var, value) do { Object *sr_ = (Object *)(var); (var) = (value); XDECREF(sr_); } while (0)

static inline Object *NEWREF_impl(Object *o) { o->refcount++; return o; }
#define NEWREF(o) NEWREF_impl((Object *)(o))

#define TYPE(o) (((Object *)(o))->type)

/* ---- slot signatures --------------------------------------------------------- */

typedef enum CompareOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CompareOp;

typedef enum BinaryOp {
#define BINOP(name, symbol, method, rmethod, imethod, isymbol) BINOP_##name,
#include "objects/operators.def"
#undef BINOP
    BINOP_COUNT
} BinaryOp;

typedef void (*DeallocFunc)(Object *self);
typedef Object *(*UnaryFunc)(Object *self);
typedef Object *(*BinaryFunc)(Object *a, Object *b);
typedef Object *(*RichCompareFunc)(Object *a, Object *b, CompareOp op);
typedef int64_t (*HashFunc)(Object *self);                /* -1 on error */
typedef int (*InquiryFunc)(Object *self);                 /* 1 true, 0 false, -1 error */
typedef int64_t (*LenFunc)(Object *self);                 /* -1 on error */
typedef Object *(*GetAttrFunc)(Object *self, StrObject *name);
typedef int (*SetAttrFunc)(Object *self, StrObject *name, Object *value);  /* NULL: delete */
typedef Object *(*DescrGetFunc)(Object *descr, Object *instance, Type *owner);
typedef int (*DescrSetFunc)(Object *descr, Object *instance, Object *value); /* NULL: delete */
typedef Object *(*CallFunc)(Object *callable, Object *const *args, size_t nargs,
                            TupleObject *kwnames);
typedef Object *(*NewFunc)(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames);
typedef int (*InitFunc)(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames);
typedef int (*SetItemFunc)(Object *self, Object *key, Object *value);       /* NULL: delete */
typedef int (*ContainsFunc)(Object *self, Object *item);  /* 1, 0, -1 */
typedef void (*VisitFunc)(Object *o, void *arg);
typedef void (*TraverseFunc)(Object *self, VisitFunc visit, void *arg);

/* A call's nargs may carry this bit: the caller allows the callee to
 * overwrite args[-1] for the duration of the call (a bound method puts its
 * self there instead of copying the arguments).  NARGS() removes it. */
#define CALL_ARGS_OFFSET ((size_t)1 << (sizeof(size_t) * 8 - 1))
#define NARGS(n) ((n) & ~CALL_ARGS_OFFSET)

/* ---- describing a built-in type's methods and attributes ------------------------- */

typedef Object *(*CFunction)(Object *self, Object *const *args, size_t nargs,
                             TupleObject *kwnames);

enum MethodFlags {
    METH_DEFAULT = 0,
    METH_CLASS = 1,         /* a classmethod: self is the type */
    METH_STATIC = 2,        /* a staticmethod: self is NULL */
    METH_COUNTED = 4,       /* a call of it counts a level of recursion, as CPython
                               counts its one-argument and no-argument builtins */
    METH_NOARGS = 8,        /* takes no arguments: the call checks (CPython's message) */
};

typedef struct MethodDef {
    const char *name;
    CFunction fn;
    int flags;
} MethodDef;

/* A computed attribute (CPython's getset): get may be NULL (write-only is
 * never used), set NULL makes it read-only. */
typedef struct GetSetDef {
    const char *name;
    Object *(*get)(Object *self);
    int (*set)(Object *self, Object *value);     /* NULL value: delete */
} GetSetDef;

/* An Object * field of the instance, exposed as an attribute. */
typedef struct MemberDef {
    const char *name;
    size_t offset;
    bool readonly;
    bool slot;          /* a __slots__ entry: while unset, reading or deleting it is an AttributeError */
} MemberDef;

/* ---- the type object ----------------------------------------------------------------- */

enum TypeFlags {
    TYPE_HEAP = 1u << 0,            /* made by a class statement; refcounted */
    TYPE_GC = 1u << 1,              /* instances can hold references: tracked by the collector */
    TYPE_BASETYPE = 1u << 2,        /* may be subclassed */
    TYPE_READY = 1u << 3,           /* type_ready() has run */
    TYPE_ABSTRACT_SEQUENCE = 1u << 4,  /* match statement: a sequence */
    TYPE_ABSTRACT_MAPPING = 1u << 5,   /* match statement: a mapping */
    /* an instance's __dict__ may hold a name the class also has (so a method
       found on the class may be shadowed): set when that happens, or may have
       happened unseen (the dict reached from Python, the class changed) */
    TYPE_MAY_SHADOW = 1u << 6,
    /* "is a subclass of" bits, for fast isinstance tests of the core types */
    TYPE_INT_SUBCLASS = 1u << 8,
    TYPE_STR_SUBCLASS = 1u << 9,
    TYPE_TUPLE_SUBCLASS = 1u << 10,
    TYPE_LIST_SUBCLASS = 1u << 11,
    TYPE_DICT_SUBCLASS = 1u << 12,
    TYPE_BYTES_SUBCLASS = 1u << 13,
    TYPE_EXCEPTION_SUBCLASS = 1u << 14,    /* BaseException */
    TYPE_TYPE_SUBCLASS = 1u << 15,
    TYPE_SUBCLASS_BITS = 0xff00u,
    /* what a class takes from its base besides: the match statement's kind
       of collection (a tuple subclass is a sequence, a dict subclass a mapping) */
    TYPE_INHERITED_BITS = TYPE_SUBCLASS_BITS | TYPE_ABSTRACT_SEQUENCE | TYPE_ABSTRACT_MAPPING,
};

struct Type {
    Object head;                /* its type: `type`, or a metaclass */
    const char *name;           /* "int"; for classes, the UTF-8 of __name__ */
    size_t basicsize;           /* size of an instance (of the fixed part) */
    size_t itemsize;            /* per item, for objects with items inline */
    uint32_t flags;
    uint32_t version;           /* changes whenever the type or a base changes; 0: uncacheable */
    const char *doc;

    /* inheritance, filled in by type_ready() (static types) or the class statement */
    Type *base;
    TupleObject *bases;
    TupleObject *mro;
    DictObject *dict;           /* the type's namespace: methods, descriptors, class attributes */
    Object *subclasses;         /* a list of the direct subclasses (borrowed pointers in ints), or NULL */
    StrObject *name_obj;        /* __name__ (classes) */
    StrObject *qualname;        /* __qualname__ (classes) */
    StrObject *c_name;          /* the name in messages, for a class of the library that
                                   stands for a C type of CPython ("decimal.Decimal"), or NULL */
    ptrdiff_t dictoffset;       /* where an instance keeps its __dict__ pointer; 0: none */
    ptrdiff_t weaklistoffset;   /* where it keeps its list of weak references; 0: none */
    struct WeakrefObject *weaklist;     /* the weak references to this type itself */

    /* what type_ready() puts in the dict */
    const MethodDef *methods;
    const GetSetDef *getsets;
    const MemberDef *members;

    /* lifecycle */
    DeallocFunc dealloc;
    TraverseFunc traverse;      /* visits every reference the object holds (collector) */
    UnaryFunc clear_refs;       /* drops the references, to break a cycle (returns NULL) */
    NewFunc new_;
    InitFunc init;
    DeallocFunc finalize;       /* __del__, called before an instance is freed */

    /* representation, comparison */
    UnaryFunc repr;
    UnaryFunc str;
    HashFunc hash;
    RichCompareFunc richcompare;

    /* attributes */
    GetAttrFunc getattr;
    SetAttrFunc setattr;
    DescrGetFunc descr_get;
    DescrSetFunc descr_set;

    /* calling, iterating */
    CallFunc call;
    UnaryFunc iter;
    UnaryFunc iternext;         /* NULL result without an exception: exhausted */

    /* numbers */
    BinaryFunc number[BINOP_COUNT];     /* a OP b, both orders: either operand may be `self` */
    BinaryFunc inplace[BINOP_COUNT];    /* a OP= b */
    UnaryFunc negative, positive, invert, absolute;
    InquiryFunc truth;          /* bool(x); NULL: true unless it has a length of 0 */
    UnaryFunc to_int, to_float, index;

    /* sequences: + and * when the number slots decline */
    BinaryFunc concat;
    Object *(*repeat)(Object *seq, int64_t count);
    BinaryFunc inplace_concat;
    Object *(*inplace_repeat)(Object *seq, int64_t count);

    /* containers */
    LenFunc length;
    BinaryFunc getitem;
    SetItemFunc setitem;
    ContainsFunc contains;
};

extern Type TypeType;           /* type */
extern Type ObjectType;         /* object */

/* Fills in a static type: inheritance from its base, the dict with its
 * methods and the wrappers of its slots (__add__, __repr__, ...).  Every
 * built-in type goes through this once at start-up. */
void type_ready(Type *t);

static inline bool type_has(const Type *t, uint32_t flag) { return (t->flags & flag) != 0; }
bool type_is_subtype(const Type *a, const Type *b);      /* a is b or a subclass of it */
static inline bool obj_is_instance_of(const Object *o, const Type *t)
{
    return o->type == t || type_is_subtype(o->type, t);
}

/* ---- allocation -------------------------------------------------------------------- */

/* A new object (zeroed) with refcount 1, of the type's basicsize, or for
 * types with items inline (itemsize != 0: tuple, str, bytes) room for
 * `nitems` of them; such objects start with a VarObject header, whose size
 * is set to nitems.  Instances of TYPE_GC types get the collector's header
 * in front (not yet tracked).  Instances of classes own a reference to
 * their type. */
Object *obj_alloc(Type *type, size_t nitems);
/* Frees an object's memory (its references already dropped). */
void obj_free(Object *o);

/* The header of objects with items inline. */
typedef struct VarObject {
    Object head;
    size_t size;                /* the number of items */
} VarObject;

/* ---- the generic operations (objects/abstract.c, objects/object.c) ---------------- */

Object *obj_repr(Object *o);
Object *obj_str(Object *o);
Object *obj_ascii(Object *o);
int64_t obj_hash(Object *o);                        /* -1 on error */
int64_t obj_hash_unhashable(Object *o);             /* sets "unhashable type: 'list'" */
Object *obj_rich_compare(Object *a, Object *b, CompareOp op);
int obj_rich_compare_bool(Object *a, Object *b, CompareOp op);   /* identity implies == */
int obj_is_true(Object *o);                         /* 1, 0, -1 */

Object *obj_getattr(Object *o, StrObject *name);
Object *obj_getattr_cstr(Object *o, const char *name);
/* Like obj_getattr, but a missing attribute gives NULL with no exception. */
Object *obj_lookup_attr(Object *o, StrObject *name);
int obj_setattr(Object *o, StrObject *name, Object *value);       /* NULL: delete */
int obj_hasattr(Object *o, StrObject *name);                      /* 1, 0, -1 */
Object *obj_generic_getattr(Object *o, StrObject *name);
int obj_generic_setattr(Object *o, StrObject *name, Object *value);
DictObject **obj_dict_ptr(Object *o);               /* where the instance dict lives, or NULL */

/* os.fspath(o): a str (or bytes) as it is, else o.__fspath__(); NULL and NULL
 * without an exception when o is neither (the caller words the TypeError). */
Object *obj_fspath(Object *o);

Object *obj_call(Object *callable, Object *const *args, size_t nargs, TupleObject *kwnames);
/* obj_call from a call in the program.  A class, an exception type or a
 * METH_COUNTED builtin counts one level of recursion more for the call, as
 * CPython 3.11 does once its calls are specialized, so that recursion through
 * them stops where CPython's does, "maximum recursion depth exceeded while
 * calling a Python object". */
Object *obj_call_counted(Object *callable, Object *const *args, size_t nargs,
                         TupleObject *kwnames);
bool call_counts_recursion(Object *callable);   /* (what obj_call_counted counts) */
Object *obj_call0(Object *callable);
Object *obj_call1(Object *callable, Object *arg);
Object *obj_call2(Object *callable, Object *a, Object *b);
Object *obj_call_method(Object *self, StrObject *name, Object *const *args, size_t nargs);
/* Calls a special method looked up on the type (never the instance), as
 * Python does for dunders: NULL without exception when there is none. */
Object *obj_call_special(Object *self, StrObject *name, Object *const *args, size_t nargs,
                         bool *found);
bool obj_is_callable(Object *o);

Object *obj_get_iter(Object *o);
/* The next item: a new reference, or NULL at the end (no exception) or on
 * error (exception set). */
Object *iter_next(Object *iterator);

int64_t obj_length(Object *o);                      /* len(o); -1 on error */
Object *obj_getitem(Object *o, Object *key);
int obj_setitem(Object *o, Object *key, Object *value);
int obj_delitem(Object *o, Object *key);
int obj_contains(Object *container, Object *item);  /* item in container: 1, 0, -1 */

Object *obj_binary_op(Object *a, Object *b, BinaryOp op);
Object *obj_inplace_op(Object *a, Object *b, BinaryOp op);
Object *obj_negative(Object *o);
Object *obj_positive(Object *o);
Object *obj_invert(Object *o);
Object *obj_absolute(Object *o);
Object *obj_power(Object *base, Object *exp, Object *mod);  /* pow(); mod may be None */
/* operator.index(o): an int (new reference) or NULL with a TypeError. */
Object *obj_index(Object *o);
/* An int index that must fit a machine word (a list index, a repeat count):
 * -1 with an exception on error (check err_occurred when the result is -1).
 * Too big an int is an OverflowError: "cannot fit 'int' into an index-sized
 * integer" when `what` is given, else CPython's word for a function's
 * argument, "Python int too large to convert to C ssize_t". */
int64_t obj_as_index(Object *o, const char *what);
/* An int argument CPython takes as a C int (a tab size, a '*' precision):
 * false with OverflowError "Python int too large to convert to C int" when it
 * does not fit, or another exception when it is no index. */
bool obj_as_c_int(Object *o, int *out);
/* A start or end argument of find, count, index...: an int or an object
 * with __index__, clamped to +-INT64_MAX/4 (huge values act as infinite, as
 * in slices); false with CPython's TypeError, "slice indices must be integers
 * or None or have an __index__ method" (the caller decides what None means). */
bool obj_as_slice_index(Object *v, bool none_allowed, int64_t *out);
/* The same for seq[i]: too big an int is an IndexError, as in CPython. */
int64_t obj_as_subscript_index(Object *o);
Object *obj_format(Object *o, Object *spec);        /* format(o, spec) */
/* Guards the repr of a container against cycles: 1 if o's repr is already
 * being made further up (show "[...]"), 0 if not (call repr_leave(o) when
 * done), -1 on error. */
int repr_enter(Object *o);
void repr_leave(Object *o);
Object *obj_dir(Object *o);
Object *obj_dir_default(Object *o);  /* object.__dir__, type.__dir__ */

/* The name of a type as it appears in messages: "int", "MyClass". */
static inline const char *type_name(const Type *t) { return t->name; }
static inline const char *obj_type_name(const Object *o) { return o->type->name; }

#endif
