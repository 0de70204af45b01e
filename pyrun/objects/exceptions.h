/* exceptions.h - the exception objects.
 *
 * Every exception instance has the same layout, whatever its class: the
 * constructor's args, the traceback, the chaining links (__context__: the
 * exception being handled when this one was raised; __cause__: the one named
 * by `raise ... from`), and a few slots for the attributes particular to
 * some classes (StopIteration.value, SystemExit.code, NameError.name, ...).
 * One layout means a class may derive from several exception classes.
 * The classes themselves are listed in exceptions.def. */
#ifndef PYRUN_OBJECTS_EXCEPTIONS_H
#define PYRUN_OBJECTS_EXCEPTIONS_H

#include "object.h"
#include "vm/errors.h"

enum { EXC_EXTRA_FIELDS = 7 };

typedef struct ExceptionObject {
    Object head;
    Object *dict;
    Object *args;               /* tuple */
    Object *traceback;          /* TracebackObject or NULL */
    Object *context, *cause;    /* NULL when unset */
    bool suppress_context;
    Object *extra[EXC_EXTRA_FIELDS];    /* the class's own attributes (exceptions.c) */
} ExceptionObject;

/* Which extra[] slot holds which attribute. */
enum {
    EXC_STOP_VALUE = 0,         /* StopIteration.value */
    EXC_EXIT_CODE = 0,          /* SystemExit.code */
    EXC_NAME = 0,               /* NameError.name, AttributeError.name */
    EXC_ATTR_OBJ = 1,           /* AttributeError.obj */
    EXC_IMPORT_MSG = 0, EXC_IMPORT_NAME = 1, EXC_IMPORT_PATH = 2,
    EXC_SYNTAX_MSG = 0, EXC_SYNTAX_FILENAME = 1, EXC_SYNTAX_LINENO = 2, EXC_SYNTAX_OFFSET = 3,
    EXC_SYNTAX_TEXT = 4, EXC_SYNTAX_END_LINENO = 5, EXC_SYNTAX_END_OFFSET = 6,
    EXC_GROUP_MESSAGE = 0, EXC_GROUP_EXCEPTIONS = 1,
    EXC_OS_ERRNO = 0, EXC_OS_STRERROR = 1, EXC_OS_FILENAME = 2, EXC_OS_FILENAME2 = 3,
    EXC_UNICODE_ENCODING = 0, EXC_UNICODE_OBJECT = 1, EXC_UNICODE_START = 2,
    EXC_UNICODE_END = 3, EXC_UNICODE_REASON = 4,
};

/* Raise UnicodeDecodeError(encoding, data, start, end, reason) (bytes
 * data[start:end] could not be decoded) or UnicodeEncodeError(encoding, str,
 * start, end, reason) (code points start..end-1 could not be encoded); NULL. */
Object *err_unicode_decode(const char *encoding, const char *data, size_t size, size_t start,
                           size_t end, const char *reason);
Object *err_unicode_encode(const char *encoding, Object *str, size_t start, size_t end,
                           const char *reason);

/* A traceback entry: one frame the exception passed through.  The chain
 * runs from the outermost frame (where it was caught or reached the top)
 * to the innermost (where it was raised). */
typedef struct TracebackObject {
    Object head;
    Object *next;               /* the entry for the frame called from here, or NULL */
    Object *code;               /* CodeObject */
    Object *globals;            /* the frame's globals (for "Did you mean" suggestions) */
    uint32_t instr;             /* the instruction that was running */
} TracebackObject;

extern Type TracebackType;

static inline bool exception_check(const Object *o)
{
    return type_has(o->type, TYPE_EXCEPTION_SUBCLASS);
}
static inline bool exception_class_check(const Object *o)
{
    return type_has(o->type, TYPE_TYPE_SUBCLASS) &&
           type_has((const Type *)o, TYPE_EXCEPTION_SUBCLASS);
}

/* A new instance of an exception class with these args (borrowed). */
Object *exception_new(Type *type, Object *const *args, size_t nargs);
Object *exception_new_message(Type *type, const char *message);
void exception_init_types(void);
/* tb = new entry (code, instr) in front of tb (stolen; may be NULL). */
Object *traceback_new(Object *next, Object *code, Object *globals, uint32_t instr);
/* Attaches a traceback entry for the running instruction of `code`. */
void exception_add_traceback(Object *exception, Object *code, Object *globals, uint32_t instr);
/* Sets an exception's context / cause (new reference taken). */
void exception_set_context(Object *exception, Object *context);
void exception_set_cause(Object *exception, Object *cause);
/* The value of a StopIteration (or None), new reference. */
Object *stop_iteration_value(Object *exception);

/* Exception groups: g.split(cond) (cond a type, a tuple of types or a
 * predicate) into *match and *rest (None when empty); a part of g holding
 * the list items, made by g.derive() with g's traceback, cause, context
 * and notes (None when items is empty). */
int exception_group_split(Object *g, Object *cond, Object **match, Object **rest);
Object *exception_group_derive(Object *g, Object *items);

#endif
