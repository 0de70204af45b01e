/* import.c - the import statement.
 *
 * A module is found, in order, among the modules already imported
 * (sys.modules), the built-in modules (sys, math, gc, ...), and the
 * directories of sys.path (the program's own directory first): NAME.py, or
 * a package NAME/__init__.py.  A module from a file goes through the same
 * stages and cache as the program itself (cache.c), then its code runs in
 * a fresh module namespace, registered in sys.modules before it starts (so
 * that circular imports see the partly made module, as in Python). */
#include "runtime.h"
#include "vm/stage_error.h"
#include "vm/cache.h"
#include "vm/import.h"
#include "vm/load.h"
#include "vm/ops.h"
#include "modules/modules.h"

#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

Object *import_run_code_module(const char *name, const char *path, bool package)
{
    Artifact a;
    memset(&a, 0, sizeof a);    /* (freed below even when loading failed early) */
    Buf report;
    buf_init(&report);
    int status = cache_load_source(path, &a, &report);
    if (status != 0) {
        artifact_free(&a);
        /* a syntax error in the module is raised as the import's SyntaxError */
        if (status == 1 && report.data && vm_raise_stage_error(report.data, path)) {
            buf_free(&report);
            return NULL;
        }
        buf_free(&report);
        return err_format(&Exc_ImportError, "cannot compile module '%s' (%s)", name, path);
    }
    if (report.len > 0) {
        fflush(stdout);
        fputs(report.data, stderr);     /* the compiler's warnings */
    }
    buf_free(&report);
    Object *code = load_code_artifact(&a, &status);
    artifact_free(&a);
    if (!code)
        return err_format(&Exc_ImportError, "cannot load module '%s' (%s)", name, path);
    Object *module = module_new(name);
    Object *d = module_dict(module);
    Object *file = str_from_cstr(path);
    dict_set(d, (Object *)id_dunder_file, file);
    DECREF(file);
    /* (an imported module's __builtins__ is the dict; __main__'s is the module) */
    dict_set(d, (Object *)id_dunder_builtins, vm.builtins);
    if (package) {
        char dir[PATH_MAX];
        snprintf(dir, sizeof dir, "%s", path);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = '\0';
        Object *p = str_from_cstr(dir);
        Object *list = list_from_array(&p, 1);
        dict_set_cstr(d, "__path__", list);
        DECREF(list);
        DECREF(p);
        Object *pkg = str_from_cstr(name);
        dict_set(d, (Object *)id_dunder_package, pkg);
        DECREF(pkg);
    } else {
        const char *dot = strrchr(name, '.');
        Object *pkg = dot ? str_from_utf8(name, (size_t)(dot - name)) : str_empty();
        dict_set(d, (Object *)id_dunder_package, pkg);
        DECREF(pkg);
    }
    Object *key = str_from_cstr(name);
    dict_set(vm.modules, key, module);
    Object *r = eval_code((CodeObject *)code, d, d);
    DECREF(code);
    if (!r) {
        Object *removed;
        if (dict_pop(vm.modules, key, &removed) == 1)
            DECREF(removed);
        DECREF(key);
        DECREF(module);
        return NULL;
    }
    DECREF(r);
    /* the module may have replaced itself in sys.modules */
    Object *final = dict_get(vm.modules, key);
    DECREF(key);
    if (final && final != module) {
        INCREF(final);
        DECREF(module);
        return final;
    }
    return module;
}

/* Looks for NAME.py or NAME/__init__.py in the directories of `path` (a list). */
static Object *find_in_path(const char *fullname, const char *last, Object *path)
{
    for (size_t i = 0; path && list_check(path) && i < list_size(path); i++) {
        Object *dir = list_get(path, i);
        if (!str_check(dir))
            continue;
        char candidate[PATH_MAX];
        const char *d = str_size(dir) ? str_data(dir) : ".";
        snprintf(candidate, sizeof candidate, "%s/%s", d, last);
        if (is_dir(candidate)) {
            char init[PATH_MAX + 16];
            snprintf(init, sizeof init, "%s/__init__.py", candidate);
            if (is_file(init))
                return import_run_code_module(fullname, init, true);
        }
        snprintf(candidate, sizeof candidate, "%s/%s.py", d, last);
        if (is_file(candidate))
            return import_run_code_module(fullname, candidate, false);
    }
    return NULL;
}

/* ModuleNotFoundError(message) whose .name is the module's name. */
static Object *not_found_because(const char *name, Object *message)
{
    if (!message)
        return NULL;
    Object *exc = exception_new(&Exc_ModuleNotFoundError, &message, 1);
    DECREF(message);
    if (exc) {
        ((ExceptionObject *)exc)->extra[EXC_IMPORT_NAME] = str_from_cstr(name);
        err_set_object(exc);
        DECREF(exc);
    }
    return NULL;
}

static Object *not_found(const char *name)
{
    return not_found_because(name, str_from_format("No module named '%s'", name));
}

/* Imports one module by its full dotted name; its parent is imported already. */
static Object *import_one(const char *fullname, Object *parent)
{
    Object *key = str_from_cstr(fullname);
    Object *m = dict_get(vm.modules, key);
    DECREF(key);
    if (m)
        return NEWREF(m);
    const char *dot = strrchr(fullname, '.');
    const char *last = dot ? dot + 1 : fullname;
    Object *path;
    if (parent) {
        path = obj_lookup_attr(parent, str_intern_cstr("__path__"));
        if (!path) {
            if (err_occurred())
                return NULL;
            return not_found_because(fullname,
                                     str_from_format("No module named '%s'; '%.*s' is not a "
                                                     "package", fullname,
                                                     (int)(dot - fullname), fullname));
        }
    } else {
        Object *builtin = builtin_module_create(fullname);
        if (builtin || err_occurred())
            return builtin;
        path = obj_getattr_cstr(vm.sys_module, "path");
        if (!path)
            return NULL;
    }
    m = find_in_path(fullname, last, path);
    DECREF(path);
    if (!m && !err_occurred())
        return not_found(fullname);
    if (m && parent) {
        /* the submodule becomes an attribute of its package */
        StrObject *attr = str_intern_cstr(last);
        obj_setattr(parent, attr, m);
        DECREF(attr);
    }
    return m;
}

/* Imports every package along a dotted name; returns the last module. */
static Object *import_dotted(const char *name)
{
    char buf[1024];
    Object *parent = NULL;
    const char *p = name;
    for (;;) {
        const char *dot = strchr(p, '.');
        size_t len = dot ? (size_t)(dot - name) : strlen(name);
        if (len >= sizeof buf) {
            XDECREF(parent);
            return err_set_string(&Exc_ImportError, "module name too long");
        }
        memcpy(buf, name, len);
        buf[len] = '\0';
        Object *m = import_one(buf, parent);
        XDECREF(parent);
        if (!m)
            return NULL;
        if (!dot)
            return m;
        parent = m;
        p = dot + 1;
    }
}

/* The package a relative import starts from. */
static Object *resolve_relative(Frame *f, const char *name, int64_t level)
{
    Object *package = dict_get_str(f->globals, (Object *)id_dunder_package);
    Buf b;
    buf_init(&b);
    if (!package || !str_check(package) || str_size(package) == 0) {
        Object *modname = dict_get_str(f->globals, (Object *)id_dunder_name);
        bool is_package = dict_get_cstr(f->globals, "__path__") != NULL;
        if (!modname) {
            buf_free(&b);
            return err_set_string(&Exc_KeyError, "'__name__' not in globals");
        }
        if (!str_check(modname)) {
            buf_free(&b);
            return err_set_string(&Exc_ImportError,
                                  "attempted relative import with no known parent package");
        }
        const char *s = str_data(modname);
        const char *dot = strrchr(s, '.');
        if (is_package)
            buf_puts(&b, s);
        else if (dot)
            buf_append(&b, s, (size_t)(dot - s));
    } else {
        buf_append(&b, str_data(package), str_size(package));
    }
    if (b.len == 0) {
        /* (the main program, or a module outside any package) */
        buf_free(&b);
        return err_set_string(&Exc_ImportError,
                              "attempted relative import with no known parent package");
    }
    for (int64_t i = 1; i < level; i++) {
        char *dot = strrchr(b.data, '.');
        if (!dot) {
            buf_free(&b);
            return err_set_string(&Exc_ImportError,
                                  "attempted relative import beyond top-level package");
        }
        *dot = '\0';
        b.len = (size_t)(dot - b.data);
    }
    if (*name)
        buf_printf(&b, ".%s", name);
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return r;
}

Object *op_import_name(Frame *f, Object *name, Object *fromlist, Object *level)
{
    int64_t lvl = int_check(level) ? int_small_value(level) : 0;
    Object *fullname;
    if (lvl > 0) {
        fullname = resolve_relative(f, str_data(name), lvl);
        if (!fullname)
            return NULL;
    } else {
        if (str_size(name) == 0)
            return err_set_string(&Exc_ValueError, "Empty module name");
        fullname = NEWREF(name);
    }
    Object *m = import_dotted(str_data(fullname));
    if (!m) {
        DECREF(fullname);
        return NULL;
    }
    bool has_fromlist = fromlist != OBJ_NONE && (!tuple_check(fromlist) || tuple_size(fromlist));
    if (has_fromlist || lvl > 0 || !strchr(str_data(fullname), '.')) {
        /* `from a.b import c` wants a.b; for submodules named in the
         * fromlist, import them as well */
        if (has_fromlist && tuple_check(fromlist) && dict_get_cstr(module_dict(m), "__path__")) {
            for (size_t i = 0; i < tuple_size(fromlist); i++) {
                Object *item = tuple_get(fromlist, i);
                if (!str_check(item) || str_equal_cstr(item, "*"))
                    continue;
                if (obj_hasattr(m, (StrObject *)item) == 1)
                    continue;
                Object *sub = str_from_format("%s.%s", str_data(fullname), str_data(item));
                Object *sm = import_dotted(str_data(sub));
                DECREF(sub);
                if (!sm) {
                    if (!err_matches(&Exc_ModuleNotFoundError)) {
                        DECREF(m);
                        DECREF(fullname);
                        return NULL;
                    }
                    err_clear();
                } else {
                    DECREF(sm);
                }
            }
        }
        DECREF(fullname);
        return m;
    }
    /* `import a.b.c` binds a: the top package */
    DECREF(m);
    const char *s = str_data(fullname);
    Object *top = str_from_utf8(s, (size_t)(strchr(s, '.') - s));
    Object *t = dict_get(vm.modules, top);
    DECREF(top);
    DECREF(fullname);
    if (!t)
        return err_set_string(&Exc_ImportError, "package vanished during import");
    return NEWREF(t);
}

Object *op_import_from(Object *module, Object *name)
{
    Object *v = obj_lookup_attr(module, (StrObject *)name);
    if (v || err_occurred())
        return v;
    /* a submodule not yet an attribute */
    Object *modname = obj_lookup_attr(module, id_dunder_name);
    if (modname && str_check(modname)) {
        Object *full = str_from_format("%s.%s", str_data(modname), str_data(name));
        Object *m = dict_get(vm.modules, full);
        DECREF(full);
        if (m) {
            DECREF(modname);
            return NEWREF(m);
        }
    }
    err_clear();
    Object *file = obj_lookup_attr(module, id_dunder_file);
    err_clear();
    Object *message = str_from_format("cannot import name '%s' from '%s' (%s)", str_data(name),
                                      modname && str_check(modname) ? str_data(modname) : "?",
                                      file && str_check(file) ? str_data(file)
                                                              : "unknown location");
    Object *exc = exception_new(&Exc_ImportError, &message, 1);
    DECREF(message);
    if (exc) {
        /* as CPython: name is the module's, path its file */
        ExceptionObject *e = (ExceptionObject *)exc;
        if (modname && str_check(modname))
            e->extra[EXC_IMPORT_NAME] = NEWREF(modname);
        if (file && str_check(file))
            e->extra[EXC_IMPORT_PATH] = NEWREF(file);
        err_set_object(exc);
        DECREF(exc);
    }
    XDECREF(file);
    XDECREF(modname);
    return NULL;
}

int op_import_star(Frame *f, Object *module)
{
    if (!f->locals) {
        err_set_string(&Exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    Object *all = obj_lookup_attr(module, id_dunder_all);
    Object *names;
    if (all) {
        names = list_from_iterable(all);
        DECREF(all);
    } else {
        if (err_occurred())
            return -1;
        Object *d = obj_lookup_attr(module, id_dunder_dict);
        if (!d)
            return -1;
        names = list_new(0);
        Object *keys = list_from_iterable(d);
        DECREF(d);
        for (size_t i = 0; keys && i < list_size(keys); i++) {
            Object *k = list_get(keys, i);
            if (str_check(k) && str_data(k)[0] != '_')
                list_append(names, k);
        }
        XDECREF(keys);
    }
    if (!names)
        return -1;
    int status = 0;
    for (size_t i = 0; i < list_size(names) && status == 0; i++) {
        Object *k = list_get(names, i);
        if (!str_check(k))
            continue;
        Object *v = obj_getattr(module, (StrObject *)k);
        if (!v) {
            status = -1;
            break;
        }
        status = obj_setitem(f->locals, k, v);
        DECREF(v);
    }
    DECREF(names);
    return status;
}

Object *import_module(const char *name)
{
    return import_dotted(name);
}
