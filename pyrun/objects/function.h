/* function.h - functions (def, lambda) and cells (closure variables). */
#ifndef PYRUN_OBJECTS_FUNCTION_H
#define PYRUN_OBJECTS_FUNCTION_H

#include "objects/code.h"

typedef struct FunctionObject {
    Object head;
    CodeObject *code;
    Object *globals;            /* dict: the module's namespace */
    Object *builtins;           /* dict */
    Object *name, *qualname;    /* str */
    Object *doc;
    Object *module;             /* the module's __name__ */
    Object *defaults;           /* tuple or NULL */
    Object *kwdefaults;         /* dict or NULL */
    Object *closure;            /* tuple of cells or NULL */
    Object *dict;               /* attributes set on the function, or NULL */
    Object *annotations;        /* dict or NULL */
    struct WeakrefObject *weaklist;     /* the weak references to it */
} FunctionObject;

/* A cell holds one variable shared between a function and the functions
 * nested in it (a closure): both frames refer to the cell. */
typedef struct CellObject {
    Object head;
    Object *ref;                /* the variable's value; NULL: unbound */
} CellObject;

extern Type FunctionType;
extern Type CellType;

static inline bool function_check(const Object *o) { return o->type == &FunctionType; }

/* A function for code, in globals (the name and qualname come from the code). */
Object *function_new(CodeObject *code, Object *globals);
/* The builtins code run with these globals sees: globals['__builtins__'] (a
 * dict, or a module's dict), else the builtins module's (borrowed). */
Object *builtins_of_globals(Object *globals);
Object *cell_new(Object *value);        /* value borrowed; may be NULL */

#endif
