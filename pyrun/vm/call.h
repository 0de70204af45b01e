/* call.h - calling Python functions: binding arguments to parameters.
 *
 * A call passes positional arguments and keyword arguments; a function
 * declares positional-only, ordinary, *args, keyword-only and **kwargs
 * parameters, with defaults.  Binding puts each argument in its parameter's
 * variable in the new frame, and reports any mismatch with CPython's
 * messages ("f() missing 1 required positional argument: 'b'"). */
#ifndef PYRUN_VM_CALL_H
#define PYRUN_VM_CALL_H

#include "objects/function.h"
#include "vm/frame.h"

/* Fills the parameters of frame f (made for func) from the call's
 * arguments, which are borrowed.  0, or -1 with a TypeError. */
int call_bind_arguments(FunctionObject *func, Frame *f, Object *const *args, size_t nargs,
                        TupleObject *kwnames);
/* Calls a Python function from C. */
Object *function_call(Object *func, Object *const *args, size_t nargs, TupleObject *kwnames);
/* Prepares the frame of a call of func (bound arguments, cells), or makes
 * the generator if func is a generator function (*gen set, NULL returned). */
Frame *call_prepare_frame(FunctionObject *func, Object *const *args, size_t nargs,
                          TupleObject *kwnames, Object **gen);
/* Runs func's code with no arguments and `locals` as its locals mapping, as
 * exec() and class bodies do: missing arguments are reported as by a call,
 * and a generator's code gives the generator. */
Object *call_with_locals(FunctionObject *func, Object *locals);
/* The call of a callable from an args tuple and a kwargs dict (f(*a, **k)). */
Object *call_with_tuple_dict(Object *callable, Object *args_tuple, Object *kwargs);

#endif
