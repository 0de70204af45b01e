/* import.h - importing modules (the IMPORT_* instructions are in ops.h). */
#ifndef PYRUN_VM_IMPORT_H
#define PYRUN_VM_IMPORT_H

#include "object.h"

/* import name (dotted), as `import name` would, returning the last module. */
Object *import_module(const char *name);
/* Compiles and runs the module's source file, registered as `name`. */
Object *import_run_code_module(const char *name, const char *path, bool package);

#endif
