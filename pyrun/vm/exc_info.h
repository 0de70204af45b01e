/* exc_info.h - the exception being handled, as a chain.
 *
 * Inside an `except` block the exception it caught is "being handled": a
 * bare `raise` re-raises it, sys.exc_info() returns it, and an exception
 * raised there gets it as __context__.  Generators keep their own: a
 * generator suspended inside an except block must find its exception again
 * when it resumes, and must not see its caller's.  So each running
 * generator links its ExcInfo in front of its caller's, and the handled
 * exception is the first one found along the chain. */
#ifndef PYRUN_VM_EXC_INFO_H
#define PYRUN_VM_EXC_INFO_H

struct Object;

typedef struct ExcInfo {
    struct Object *exception;       /* owned; NULL (or None) if none */
    struct ExcInfo *previous;
} ExcInfo;

#endif
