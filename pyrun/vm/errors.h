/* errors.h - raising and catching exceptions from C.
 *
 * An exception being raised is one object, held by the runtime until the
 * virtual machine's handler takes it (the "current exception").  C code
 * raises by setting it and returning NULL (or -1); every caller passes the
 * failure up, until the eval loop unwinds to a handler or the top level
 * prints the traceback.
 *
 *     if (n < 0)
 *         return err_format(&Exc_ValueError, "negative count %lld", (long long)n);
 *
 * The built-in exception classes are Exc_<Name> (Exc_TypeError, ...), from
 * objects/exceptions.def. */
#ifndef PYRUN_VM_ERRORS_H
#define PYRUN_VM_ERRORS_H

#include "object.h"

#define EXCEPTION(name, base, doc) extern Type Exc_##name;
#include "objects/exceptions.def"
#undef EXCEPTION

/* Raise: these all return NULL, so `return err_...(...)` reads naturally. */
Object *err_set(Type *type, Object *value);     /* raise type(value), or value if an instance */
Object *err_set_object(Object *exception);      /* raise this exception instance */
Object *err_set_string(Type *type, const char *message);
Object *err_format(Type *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Object *err_no_memory(void);
/* Whether a result of `bytes` bytes may be made: one over 2**40 bytes, which
 * no machine running pyrun holds, raises MemoryError here (as CPython's
 * failed malloc does) instead of aborting the run in the allocator. */
bool err_size_fits(uint64_t bytes);
/* Raises a new exception in place of the current one, which becomes its
 * __cause__ (and __context__): "The above exception was the direct cause". */
Object *err_format_from_cause(Type *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* What CPython's argument checks call a value of the wrong type: its type's
 * name, but "None" for None ("argument 2 must be str, not None"). */
const char *arg_type_name(const Object *o);
/* "TypeError: 'int' object is not callable"-style helpers */
Object *err_bad_argument_type(const char *function, const char *expected, Object *got);

/* The exception being raised, borrowed; NULL if none. */
Object *err_occurred(void);
/* Is the current exception an instance of `type` (or of a class in a tuple)? */
bool err_matches(Type *type);
bool exception_matches(Object *exception, Object *class_or_tuple);
/* Takes the current exception away (new reference, NULL if none). */
Object *err_fetch(void);
/* Makes `exception` (stolen; may be NULL) the current one. */
void err_restore(Object *exception);
void err_clear(void);

/* The exception being *handled* (inside an except block): what sys.exc_info()
 * shows, what a bare `raise` re-raises, and what becomes the __context__ of
 * a new exception.  Borrowed; NULL if none. */
Object *err_handled(void);

/* Prints the exception with its traceback (and the chained ones) on stderr,
 * as CPython does for an uncaught exception. */
void err_print(Object *exception);

/* An exception that cannot be raised (in a __del__, a weak reference's
 * callback): printed as "Exception ignored in: <repr of where>" and its
 * traceback, as CPython's sys.unraisablehook does.  Steals exception. */
void err_write_unraisable(Object *exception, Object *where);

/* warnings.warn(message, category) from C, attributed to the Python code
 * that called it (the innermost frame), as CPython's runtime warnings are
 * ("DeprecationWarning: NotImplemented should not be used in a boolean
 * context").  -1 when the filters turned the warning into an exception. */
int err_warn(Type *category, const char *message);

/* Sets an exception's __context__ to the one being handled (when it is
 * raised). */
void err_chain_context(Object *exception);

/* "__main__.f()", "print()", "list.append()": a callable as messages name it. */
Object *callable_description(Object *callable);
/* "f() got multiple values for keyword argument 'a'" */
void err_repeated_keyword(Object *func, Object *key);
/* "f() argument after ** must be a mapping, not int" */
void err_not_mapping(Object *func, Object *other);

#endif
