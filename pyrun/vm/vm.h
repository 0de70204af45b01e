/* vm.h - the state of the running interpreter.
 *
 * One program, one thread: the runtime's state is one global structure.
 * It holds the exception being raised, the chain of exceptions being
 * handled, the innermost running frame, the recursion counter, and the
 * modules. */
#ifndef PYRUN_VM_VM_H
#define PYRUN_VM_VM_H

#include "object.h"
#include "vm/exc_info.h"
#include "vm/frame.h"

typedef struct Runtime {
    Object *raised;             /* the exception being raised, owned; NULL if none */
    ExcInfo *exc_info;          /* the exceptions being handled (exc_info.h) */
    ExcInfo base_exc_info;
    Frame *frame;               /* the innermost running frame */
    int64_t depth;              /* Python frames and nested C calls, for RecursionError */
    int64_t recursion_limit;    /* sys.getrecursionlimit() */
    char *c_stack_limit;        /* below this address the C stack is nearly exhausted */
    Object *builtins;           /* the builtins module's dict */
    Object *builtins_module;
    Object *modules;            /* sys.modules */
    Object *sys_module;
    Object *main_module;
    const char *stage_commands; /* the commands of the stages, recorded in caches */
    Object *lib_dir;            /* pyrun/lib, resolved (a str), or NULL: where the modules
                                   written in Python live (their frames are left out of
                                   printed tracebacks, see traceback.c) */
    bool show_stats;
} Runtime;

extern Runtime vm;

/* Guards a nested C call (a repr inside a repr, a comparison inside a
 * comparison) against unbounded recursion: RecursionError "maximum
 * recursion depth exceeded<where>" when too deep.  0 on success. */
int vm_enter_recursion(const char *where);
static inline void vm_leave_recursion(void) { vm.depth--; }

/* Sets up the interpreter: the types, builtins, sys.  argv is the
 * program's (sys.argv); script_path its file (or "-"), whose directory
 * starts sys.path. */
void vm_init(int argc, char **argv, const char *executable, const char *script_path);
/* Runs a module's code object as __main__; returns the exit status, or
 * VM_EXIT_INTERRUPTED after an uncaught KeyboardInterrupt: CPython then ends
 * by the SIGINT signal itself (a shell sees status 130), and so does main(). */
enum { VM_EXIT_INTERRUPTED = -2 };
int vm_run_main(Object *code);
/* Flushes and tears down at exit. */
void vm_finalize(void);

#endif
