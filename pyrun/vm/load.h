/* load.h - code artifacts to code objects. */
#ifndef PYRUN_VM_LOAD_H
#define PYRUN_VM_LOAD_H

#include "object.h"
#include "artifact.h"

/* The module's code object from a code artifact, every code object in it
 * checked (common/code_check.h).  On failure prints one line and returns
 * NULL with *status the exit status (2). */
Object *load_code_artifact(Artifact *a, int *status);

#endif
