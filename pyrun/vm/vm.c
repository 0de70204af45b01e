/* vm.c - starting the interpreter, running the main module, and stopping. */
#include "runtime.h"
#include "builtins/builtins.h"
#include "modules/io.h"
#include "objects/frameobject.h"
#include "objects/memoryview.h"
#include "vm/thread.h"
#include "modules/modules.h"

#include <limits.h>
#include <stdio.h>
#include <sys/resource.h>

Runtime vm;

void int_init(void);
void str_init(void);
void tuple_init(void);

/* Every static type, made ready at start-up. */
static Type *const static_types[] = {
    &ObjectType, &TypeType, &IntType, &BoolType, &FloatType, &ComplexType, &StrType,
    &StrIterType, &BytesType, &ByteArrayType, &BytesIterType, &TupleType, &TupleIterType,
    &ListType, &ListIterType, &ListRevIterType, &DictType, &DictIterType, &DictValueIterType,
    &DictItemIterType, &DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType, &DictKeysType,
    &DictValuesType, &DictItemsType, &SetType, &FrozenSetType, &SetIterType, &RangeType,
    &RangeIterType, &LongRangeIterType, &SliceType, &NoneType, &NotImplementedType,
    &EllipsisType, &FunctionType, &CellType, &CodeType, &MethodType, &BuiltinFunctionType,
    &MethodDescrType, &ClassMethodDescrType, &WrapperDescrType, &MethodWrapperType,
    &GetSetDescrType, &MemberDescrType, &ClassMethodType, &StaticMethodType, &PropertyType,
    &ModuleType, &SeqIterType, &CallableIterType, &EnumerateType, &ZipType, &MapType,
    &FilterType, &ReversedType, &GenType, &CoroType, &AsyncGenType, &AsyncGenASendType, &AsyncGenAThrowType, &AsyncGenWrappedType, &TracebackType, &GenericAliasType,
    &UnionType, &MappingProxyType, &NamespaceType, &SuperType, &FileType,
    &WeakrefType, &FrameObjectType, &MemoryViewType,
};

/* Where the C stack ends (with a margin for the deepest C code that runs
 * without checking): deep recursion through C raises RecursionError before. */
static void find_stack_limit(void)
{
    char here;
    struct rlimit rl;
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        size = (size_t)rl.rlim_cur;
    else if (getrlimit(RLIMIT_STACK, &rl) == 0)
        size = 64u << 20;
    size_t margin = 256u << 10;
    vm.c_stack_limit = size > 2 * margin ? &here - (size - margin) : &here - size / 2;
}

void vm_init(int argc, char **argv, const char *executable, const char *script_path)
{
    find_stack_limit();
    vm.recursion_limit = 1000;
    vm.exc_info = &vm.base_exc_info;
    gc_init();
    int_init();
    str_init();
    tuple_init();
    identifiers_init();
    for (size_t i = 0; i < sizeof static_types / sizeof static_types[0]; i++)
        type_ready(static_types[i]);
    exception_init_types();
    vm.modules = dict_new();
    vm.builtins_module = builtins_module_create();
    vm.builtins = NEWREF(module_dict(vm.builtins_module));
    dict_set_cstr(vm.modules, "builtins", vm.builtins_module);
    vm.sys_module = sys_module_create(argc, argv, executable);
    dict_set_cstr(vm.modules, "sys", vm.sys_module);
    /* sys.path: the program's directory (resolved, as CPython shows it) */
    Object *path = dict_get_cstr(module_dict(vm.sys_module), "path");
    char resolved[PATH_MAX];
    Object *dir;
    if (script_path && strcmp(script_path, "-") != 0 && realpath(script_path, resolved)) {
        char *slash = strrchr(resolved, '/');
        dir = str_from_utf8(resolved, slash && slash != resolved ? (size_t)(slash - resolved) : 1);
    } else {
        dir = str_from_cstr("");
    }
    list_append(path, dir);
    DECREF(dir);
    /* then the library of modules written in Python: pyrun/lib in the
       checkout, found from the executable (bin/pyrun, build/san/bin/pyrun) */
    if (executable && *executable) {
        char here[PATH_MAX], lib[PATH_MAX + 64], real[PATH_MAX];
        snprintf(here, sizeof here, "%s", executable);
        char *slash = strrchr(here, '/');
        for (int up = 1; slash && up <= 3; up++) {
            *slash = '\0';
            slash = strrchr(here, '/');
            if (!slash)
                break;
            snprintf(lib, sizeof lib, "%.*s/pyrun/lib", (int)(slash - here), here);
            if (realpath(lib, real)) {
                Object *libdir = str_from_cstr(real);
                list_append(path, libdir);
                vm.lib_dir = libdir;        /* (the reference is now vm's) */
                break;
            }
        }
    }
}

/* SystemExit: its code is the exit status (None: 0; an int: itself;
 * anything else is printed, and the status is 1). */
static int system_exit_status(Object *exc)
{
    Object *code = ((ExceptionObject *)exc)->extra[EXC_EXIT_CODE];
    if (!code || code == OBJ_NONE)
        return 0;
    if (int_check(code)) {
        bool overflow;
        int64_t v = int_as_i64(code, &overflow);
        return overflow ? -1 : (int)(v & 0xff);
    }
    Object *out = dict_get_cstr(module_dict(vm.sys_module), "stdout");
    if (out && out->type == &FileType)
        file_flush((FileObject *)out);
    Object *s = obj_str(code);
    if (s) {
        fwrite(str_data(s), 1, str_size(s), stderr);
        fputc('\n', stderr);
        DECREF(s);
    } else {
        err_clear();
    }
    return 1;
}

static void flush_std(void)
{
    Object *d = module_dict(vm.sys_module);
    const char *names[] = { "stdout", "stderr" };
    for (int i = 0; i < 2; i++) {
        Object *f = dict_get_cstr(d, names[i]);
        if (!f)
            continue;
        if (f->type == &FileType) {
            file_flush((FileObject *)f);
        } else {
            Object *r = obj_call_method(f, id_flush, NULL, 0);
            if (!r)
                err_clear();
            XDECREF(r);
        }
    }
    /* sys.stdout may have been replaced: the real one is flushed too */
    Object *real = dict_get_cstr(d, "__stdout__");
    if (real && real->type == &FileType)
        file_flush((FileObject *)real);
}

/* While CPython runs the main program, the parser's arena still holds a
   reference to each constant of the source (visible in sys.getrefcount):
   the same extra reference, on the leaf constants of every code object. */
static void hold_constants(Object *consts, Object *held)
{
    for (size_t i = 0; i < tuple_size(consts); i++) {
        Object *c = tuple_get(consts, i);
        if (code_object_check(c))
            hold_constants(((CodeObject *)c)->consts, held);
        else if (tuple_check(c))
            hold_constants(c, held);
        else if (!frozenset_check(c))
            list_append(held, c);
    }
}

/* An uncaught exception goes to sys.excepthook (err_print, unless the
   program replaced it). */
static void print_uncaught(Object *exc)
{
    Object *d = module_dict(vm.sys_module);
    Object *hook = dict_get_cstr(d, "excepthook");
    if (!hook || hook == dict_get_cstr(d, "__excepthook__")) {
        err_print(exc);
        return;
    }
    Object *tb = ((ExceptionObject *)exc)->traceback;
    Object *args[3] = { (Object *)exc->type, exc, tb ? tb : OBJ_NONE };
    INCREF(hook);
    Object *r = obj_call(hook, args, 3, NULL);
    DECREF(hook);
    if (r) {
        DECREF(r);
        return;
    }
    Object *hook_exc = err_fetch();
    fflush(stdout);
    fprintf(stderr, "Error in sys.excepthook:\n");
    if (hook_exc) {
        err_print(hook_exc);
        DECREF(hook_exc);
    }
    fprintf(stderr, "\nOriginal exception was:\n");
    err_print(exc);
}

/* The program waits for its non-daemon threads (threading._shutdown);
   then the main thread keeps the interpreter to itself. */
static void wait_for_threads(void)
{
    Object *m = dict_get_cstr(vm.modules, "threading");
    if (m && module_check(m) && thread_any_started()) {
        INCREF(m);
        StrObject *name = str_intern_cstr("_shutdown");
        Object *r = obj_call_method(m, name, NULL, 0);
        DECREF(name);
        if (!r) {
            Object *exc = err_fetch();
            if (exc)
                err_print(exc);
            XDECREF(exc);
        }
        XDECREF(r);
        DECREF(m);
    }
    thread_finalize();
}

/* The functions registered with atexit (if the program imported it) run
   once the program is over. */
static void run_atexit(void)
{
    Object *m = dict_get_cstr(vm.modules, "atexit");
    if (!m || !module_check(m))
        return;
    INCREF(m);
    Object *saved = err_fetch();
    StrObject *name = str_intern_cstr("_run_exitfuncs");
    Object *r = obj_call_method(m, name, NULL, 0);
    DECREF(name);
    if (!r)
        err_clear();
    XDECREF(r);
    err_restore(saved);
    DECREF(m);
}

int vm_run_main(Object *code)
{
    Object *arena = list_new(0);
    hold_constants(((CodeObject *)code)->consts, arena);
    Object *main = module_new("__main__");
    vm.main_module = main;
    Object *d = module_dict(main);
    dict_set(d, (Object *)id_dunder_file, ((CodeObject *)code)->filename);
    dict_set(d, (Object *)id_dunder_builtins, vm.builtins_module);
    dict_set_cstr(vm.modules, "__main__", main);
    gc_promote_all();
    Object *r = eval_code((CodeObject *)code, d, d);
    int status = 0;
    if (r) {
        DECREF(r);
    } else {
        Object *exc = err_fetch();
        if (exc && obj_is_instance_of(exc, &Exc_SystemExit)) {
            status = system_exit_status(exc);
        } else if (exc) {
            flush_std();
            print_uncaught(exc);
            status = obj_is_instance_of(exc, &Exc_KeyboardInterrupt) ? VM_EXIT_INTERRUPTED : 1;
        }
        XDECREF(exc);
    }
    flush_std();
    wait_for_threads();
    run_atexit();
    DECREF(arena);
    flush_std();
    return status;
}

void vm_finalize(void)
{
    /* The program's objects go first, so that their __del__ methods and the
     * finally blocks of suspended generators still see the modules.  As in
     * CPython: a collection while they are alive (which orders the survivors
     * in the collector's lists), then the main module goes, and the
     * collector finds its objects unreachable and runs their __del__
     * methods in that order. */
    gc_collect(2);
    if (vm.main_module) {
        Object *removed;
        Object *key = str_from_cstr("__main__");
        if (dict_pop(vm.modules, key, &removed) == 1)
            DECREF(removed);
        DECREF(key);
        CLEAR(vm.main_module);
        gc_collect(2);
    }
    size_t pos = 0;
    Object *k, *m;
    Object *modules = dict_values_list(vm.modules);
    for (size_t i = 0; i < list_size(modules); i++) {
        m = list_get(modules, i);
        if (module_check(m) && m != vm.sys_module && m != vm.builtins_module)
            dict_clear(module_dict(m));
    }
    DECREF(modules);
    (void)pos;
    (void)k;
    gc_collect(2);
    err_clear();
    flush_std();
    CLEAR(vm.main_module);
}
