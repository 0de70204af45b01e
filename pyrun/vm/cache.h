/* cache.h - compiling a .py file through the earlier stages, with the code
 * kept in __pycache__ for the next run (design.md §4). */
#ifndef PYRUN_VM_CACHE_H
#define PYRUN_VM_CACHE_H

#include "artifact.h"
#include "buf.h"

/* The code artifact of the source file at path: from its cache if that is
 * still valid, otherwise from the stages (and cached).  0, or the exit
 * status after a one-line message.  A failing stage's diagnostic goes to
 * *report when report is given (else to stderr); so do the warnings of
 * stages that succeed (CPython's compile-time SyntaxWarnings), which the
 * caller prints: a program that has them is not cached, so that they
 * appear on every run, as CPython's do for the main program. */
int cache_load_source(const char *path, Artifact *a, Buf *report);

/* Runs the stages on a source file, their diagnostics caught in report
 * (not shown); 0 or the failing stage's exit status. */
int cache_run_stages(const char *path, Buf *produced, Buf *report);

#endif
