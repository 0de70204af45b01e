/* module.h - modules: a namespace (dict) with a name. */
#ifndef PYRUN_OBJECTS_MODULE_H
#define PYRUN_OBJECTS_MODULE_H

#include "object.h"

typedef struct ModuleObject {
    Object head;
    Object *dict;
    Object *name;
    bool builtin;               /* written in C (its repr says "(built-in)") */
} ModuleObject;

extern Type ModuleType;

static inline bool module_check(const Object *o) { return obj_is_instance_of(o, &ModuleType); }
Object *module_new(const char *name);
static inline Object *module_dict(Object *m) { return ((ModuleObject *)m)->dict; }
/* Adds the functions of a MethodDef table (ended by a zeroed entry). */
void module_add_functions(Object *module, const MethodDef *defs);
int module_add(Object *module, const char *name, Object *value);    /* steals value */

#endif
