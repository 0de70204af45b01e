/* modules.h - the modules written in C: sys, math, gc, and the others that
 * Python programs import most.  Each has a create function; the table in
 * modules.c lists them for `import`. */
#ifndef PYRUN_MODULES_MODULES_H
#define PYRUN_MODULES_MODULES_H

#include "object.h"

/* A new built-in module `name` (registered in sys.modules), or NULL without
 * an exception if there is no built-in module of that name. */
Object *builtin_module_create(const char *name);

Object *sys_module_create(int argc, char **argv, const char *program_path);
/* The UnraisableHookArgs sys.unraisablehook is called with, for an exception
 * that could not be raised in `where`. */
Object *sys_unraisable_args(Object *exception, Object *where);
void sys_add_info(Object *sys);            /* sys.flags, sys.hash_info, ... (sys_info.c) */
Object *math_module_create(void);
Object *gc_module_create(void);
Object *time_module_create(void);
Object *posix_module_create(void);         /* the system calls of os.py */
Object *weakref_module_create(void);       /* the C half of weakref.py */
Object *traceback_module_create(void);     /* the C half of traceback.py */
Object *pyedu_module_create(void);         /* hooks for pyrun/lib */
Object *thread_module_create(void);        /* threads and locks (vm/thread.h) */
Object *unicodedata_module_create(void);   /* the Unicode database, from libunistring */
Object *codecs_module_create(void);        /* the registry of codec error handlers */

/* sys.stdout / sys.stderr writes, for print() */
int sys_write_stdout(Object *file, const char *data, size_t n);

#endif
