/* modules.c - the table of built-in modules, for `import`. */
#include "runtime.h"
#include "modules/modules.h"

typedef struct BuiltinModule {
    const char *name;
    Object *(*create)(void);
} BuiltinModule;

static const BuiltinModule builtin_modules[] = {
    { "math", math_module_create },
    { "gc", gc_module_create },
    { "time", time_module_create },
    { "posix", posix_module_create },
    { "_weakref", weakref_module_create },
    { "_traceback", traceback_module_create },
    { "_pyedu", pyedu_module_create },
    { "_thread", thread_module_create },
    { "unicodedata", unicodedata_module_create },
    { "_codecs", codecs_module_create },
    { NULL, NULL },
};

Object *builtin_module_create(const char *name)
{
    for (const BuiltinModule *b = builtin_modules; b->name; b++) {
        if (strcmp(b->name, name) != 0)
            continue;
        Object *m = b->create();
        if (m) {
            ((ModuleObject *)m)->builtin = true;
            dict_set_cstr(vm.modules, name, m);
        }
        return m;
    }
    return NULL;
}
