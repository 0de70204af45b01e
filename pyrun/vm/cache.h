/* cache.h - compiling a .py file through the earlier stages, with the code
 * kept in __pycache__ for the next run (design.md §4). */
#ifndef PYRUN_VM_CACHE_H
#define PYRUN_VM_CACHE_H

#include "artifact.h"

/* The code artifact of the source file at path: from its cache if that is
 * still valid, otherwise from the stages (and cached).  0, or the exit
 * status after a one-line message (or the failing stage's diagnostic). */
int cache_load_source(const char *path, Artifact *a);

#endif
