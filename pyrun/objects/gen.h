/* gen.h - generators, coroutines and asynchronous generators.
 *
 * Calling a generator function makes a generator object that owns the
 * function's frame.  next() (or send()) runs the frame until YIELD_VALUE,
 * which suspends it with its value stack and block stack intact; the next
 * next() resumes it at the following instruction.  The frame lives in the
 * generator, not on the frame stack, since it outlives the call that made it. */
#ifndef PYRUN_OBJECTS_GEN_H
#define PYRUN_OBJECTS_GEN_H

#include "object.h"
#include "vm/exc_info.h"

struct Frame;

typedef struct GenObject {
    Object head;
    struct Frame *frame;        /* NULL once finished */
    Object *code;
    Object *name, *qualname;
    bool running;
    ExcInfo exc_state;          /* the exception being handled inside the generator */
} GenObject;

extern Type GenType, CoroType, AsyncGenType;
extern Type AsyncGenASendType, AsyncGenAThrowType, AsyncGenWrappedType;     /* asyncgen.c */

static inline bool gen_check(const Object *o) { return o->type == &GenType; }

/* A generator that owns `frame` (made for it by the caller). */
Object *gen_new(struct Frame *frame, Object *code, Object *name, Object *qualname);
/* Sends value into the generator: the yielded value (*result_is_return
 * false), the returned value (true), or NULL on error. */
Object *gen_send(GenObject *gen, Object *value, bool *result_is_return);
/* gen.throw(exc): raise exc at the suspended yield. */
Object *gen_throw(GenObject *gen, Object *exception, bool *result_is_return);
/* Raises StopIteration(value) (StopIteration() for None); steals value; NULL. */
Object *gen_stop_iteration(Object *value);

/* Asynchronous generators (asyncgen.c): YIELD_VALUE in one wraps its value
 * (steals it); __anext__/asend and athrow/aclose return these awaitables
 * (exception NULL: aclose). */
Object *async_gen_wrap(Object *value);
Object *async_gen_asend_new(GenObject *gen, Object *value);
Object *async_gen_athrow_new(GenObject *gen, Object *exception);

#endif
