/* builtins.h - the builtins module, __build_class__ and super. */
#ifndef PYRUN_BUILTINS_BUILTINS_H
#define PYRUN_BUILTINS_BUILTINS_H

#include "object.h"

extern Type SuperType;

Object *builtins_module_create(void);
/* locals(): the running frame's variables */
Object *builtins_locals(void);
/* __build_class__(func, name, *bases, metaclass=..., **kwds): the class statement */
Object *builtin_build_class(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames);

/* eval(), exec(), compile() (exec.c) */
Object *builtin_eval(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames);
Object *builtin_exec(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames);
Object *builtin_compile(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames);

#endif
