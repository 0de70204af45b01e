/* args.h - checking the arguments of built-in functions and methods.
 *
 * CPython's built-ins word their complaints in a few fixed ways, depending
 * on how each is declared; these helpers produce each wording, so that
 * `len()` says "len() takes exactly one argument (0 given)" and `[].pop(1, 2)`
 * says "pop expected at most 1 argument, got 2", as in CPython.  Each returns
 * false with a TypeError set when the arguments do not fit. */
#ifndef PYRUN_OBJECTS_ARGS_H
#define PYRUN_OBJECTS_ARGS_H

#include "object.h"

/* "f() takes no keyword arguments" */
bool arg_no_keywords(const char *fname, TupleObject *kwnames);
/* "f() takes no arguments (1 given)" */
bool arg_none(const char *fname, size_t nargs, TupleObject *kwnames);
/* "f() takes exactly one argument (0 given)" */
bool arg_one(const char *fname, size_t nargs, TupleObject *kwnames);
/* "f expected at most 2 arguments, got 3" / "at least" / "f expected 2 arguments, got 1" */
bool arg_range(const char *fname, size_t nargs, TupleObject *kwnames, size_t min, size_t max);

/* "f() takes at most 1 argument (2 given)" / "at least" / "exactly": the
 * wording of CPython's functions that take their arguments as a tuple */
bool arg_tuple_range(const char *fname, size_t nargs, TupleObject *kwnames, size_t min,
                     size_t max);

/* A method's name without its type ("str.find" -> "find"): CPython names a
 * method by its type when it refuses keywords ("str.find() takes no keyword
 * arguments") but not when it counts arguments ("find expected ..."). */
const char *arg_bare_name(const char *fname);
/* Arguments by position or by name, for a function with parameters
 * names[] (NULL-terminated): the first `min_required` are required, the
 * first `max_positional` may be given by position, the rest only by name.
 * out[i] gets each argument (borrowed) or stays NULL. */
bool args_parse(const char *fname, Object *const *args, size_t nargs, TupleObject *kwnames,
                const char *const *names, size_t min_required, size_t max_positional,
                Object **out);
/* Like args_parse for parameters that are all keyword-only apart from
 * some positional ones checked by the caller ("print"-style): only the
 * keywords are matched; an unknown name gives "'x' is an invalid keyword
 * argument for f()". */
bool args_keywords(const char *fname, Object *const *kwvalues, TupleObject *kwnames,
                   const char *const *names, Object **out);

#endif
