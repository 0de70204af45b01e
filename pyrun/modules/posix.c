/* posix.c - the operating system calls behind pyrun/lib/os.py: stat,
 * listdir, getcwd, mkdir, rmdir, remove, rename, chdir, getpid, urandom
 * and the environment.  Failures raise the OSError subclass of the errno,
 * with CPython's message ("[Errno 2] No such file or directory: 'x'"). */
#include "runtime.h"
#include "modules/modules.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

/* OSError(errno, strerror[, filename[, winerror, filename2]]): the class
   comes from the errno. */
static Object *os_error(Object *path, Object *path2)
{
    int e = errno;
    Object *items[5] = { int_from_i64(e), str_from_cstr(strerror(e)),
                         path ? NEWREF(path) : none_ref(), none_ref(),
                         path2 ? NEWREF(path2) : NULL };
    size_t n = path2 ? 5 : path ? 3 : 2;
    Object *exc = obj_call((Object *)&Exc_OSError, items, n, NULL);
    for (int i = 0; i < 5; i++)
        XDECREF(items[i]);
    if (exc) {
        err_set_object(exc);
        DECREF(exc);
    }
    return NULL;
}

/* A path argument as a str (a new reference): a str, or what an os.PathLike
   (pathlib.Path) gives. */
static Object *path_object(Object *o, const char *who)
{
    Object *p = obj_fspath(o);
    if (p && str_check(p))
        return p;
    if (p) {
        DECREF(p);
        return err_format(&Exc_TypeError, "%s: bytes paths are not supported by pyedu", who);
    }
    if (!err_occurred())
        err_format(&Exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s",
                   who, obj_type_name(o));
    return NULL;
}

/* ---- stat -------------------------------------------------------------------------------- */

static const MemberDef stat_result_fields[] = {
    STRUCTSEQ_FIELD("st_mode", 0), STRUCTSEQ_FIELD("st_ino", 1), STRUCTSEQ_FIELD("st_dev", 2),
    STRUCTSEQ_FIELD("st_nlink", 3), STRUCTSEQ_FIELD("st_uid", 4), STRUCTSEQ_FIELD("st_gid", 5),
    STRUCTSEQ_FIELD("st_size", 6), STRUCTSEQ_FIELD("st_atime", 7), STRUCTSEQ_FIELD("st_mtime", 8),
    STRUCTSEQ_FIELD("st_ctime", 9), { NULL, 0, false, false },
};
static Type StatResultType = STRUCTSEQ_TYPE("os.stat_result", stat_result_fields,
                                             "stat_result: Result from stat, fstat, or lstat.");

static Object *do_stat(Object *const *args, size_t nargs, TupleObject *kwnames, bool follow)
{
    if (!arg_one(follow ? "stat" : "lstat", nargs, kwnames))
        return NULL;
    Object *p = path_object(args[0], follow ? "stat" : "lstat");
    if (!p)
        return NULL;
    struct stat st;
    int rc = follow ? stat(str_data(p), &st) : lstat(str_data(p), &st);
    if (rc != 0) {
        os_error(p, NULL);
        DECREF(p);
        return NULL;
    }
    DECREF(p);
    Object *items[10] = {
        int_from_i64(st.st_mode), int_from_i64((int64_t)st.st_ino), int_from_i64((int64_t)st.st_dev),
        int_from_i64((int64_t)st.st_nlink), int_from_i64(st.st_uid), int_from_i64(st.st_gid),
        int_from_i64((int64_t)st.st_size), int_from_i64((int64_t)st.st_atime),
        int_from_i64((int64_t)st.st_mtime), int_from_i64((int64_t)st.st_ctime),
    };
    Object *r = structseq_new(&StatResultType, items, 10);
    for (int i = 0; i < 10; i++)
        DECREF(items[i]);
    return r;
}

FUNCTION(posix_stat) { return do_stat(args, nargs, kwnames, true); }
FUNCTION(posix_lstat) { return do_stat(args, nargs, kwnames, false); }

/* ---- directories and files ------------------------------------------------------------------ */

FUNCTION(posix_listdir)
{
    if (!arg_range("listdir", nargs, kwnames, 0, 1))
        return NULL;
    Object *path_obj = NARGS(nargs) && args[0] != OBJ_NONE ? path_object(args[0], "listdir")
                                                           : str_from_cstr(".");
    if (!path_obj)
        return NULL;
    DIR *d = opendir(str_data(path_obj));
    if (!d) {
        os_error(NARGS(nargs) && args[0] != OBJ_NONE ? path_obj : NULL, NULL);
        DECREF(path_obj);
        return NULL;
    }
    DECREF(path_obj);
    Object *names = list_new(0);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        list_append_steal(names, str_from_cstr(e->d_name));
    }
    closedir(d);
    return names;
}

FUNCTION(posix_getcwd)
{
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return os_error(NULL, NULL);
    return str_from_cstr(buf);
}

static Object *one_path_call(const char *who, Object *const *args, size_t nargs,
                             TupleObject *kwnames, int (*call)(const char *))
{
    if (!arg_one(who, nargs, kwnames))
        return NULL;
    Object *p = path_object(args[0], who);
    if (!p)
        return NULL;
    Object *r = call(str_data(p)) != 0 ? os_error(p, NULL) : none_ref();
    DECREF(p);
    return r;
}

FUNCTION(posix_mkdir)
{
    if (!arg_range("mkdir", nargs, kwnames, 1, 2))
        return NULL;
    int64_t mode = 0777;
    if (NARGS(nargs) > 1 && (mode = obj_as_index(args[1], NULL)) == -1 && err_occurred())
        return NULL;
    Object *p = path_object(args[0], "mkdir");
    if (!p)
        return NULL;
    Object *r = mkdir(str_data(p), (mode_t)mode) != 0 ? os_error(p, NULL) : none_ref();
    DECREF(p);
    return r;
}
FUNCTION(posix_rmdir) { return one_path_call("rmdir", args, nargs, kwnames, rmdir); }
FUNCTION(posix_remove) { return one_path_call("remove", args, nargs, kwnames, unlink); }
FUNCTION(posix_unlink) { return one_path_call("unlink", args, nargs, kwnames, unlink); }
FUNCTION(posix_chdir) { return one_path_call("chdir", args, nargs, kwnames, chdir); }

FUNCTION(posix_rename)
{
    if (!arg_range("rename", nargs, kwnames, 2, 2))
        return NULL;
    Object *a = path_object(args[0], "rename");
    Object *b = a ? path_object(args[1], "rename") : NULL;
    Object *r = NULL;
    if (b)
        r = rename(str_data(a), str_data(b)) != 0 ? os_error(a, b) : none_ref();
    XDECREF(a);
    XDECREF(b);
    return r;
}

FUNCTION(posix_getpid)
{
    return int_from_i64(getpid());
}

FUNCTION(posix_urandom)
{
    if (!arg_one("posix.urandom", nargs, kwnames))
        return NULL;
    int64_t n = obj_as_index(args[0], NULL);
    if (n == -1 && err_occurred())
        return NULL;
    if (n < 0)
        return err_set_string(&Exc_ValueError, "negative argument not allowed");
    char *buf = mem_alloc((size_t)n + 1);
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    ssize_t got = 0;
    while (fd >= 0 && got < n) {
        ssize_t k = read(fd, buf + got, (size_t)(n - got));
        if (k <= 0)
            break;
        got += k;
    }
    if (fd >= 0)
        close(fd);
    Object *r = got == n ? bytes_from(buf, (size_t)n) : os_error(NULL, NULL);
    mem_free(buf, (size_t)n + 1);
    return r;
}

FUNCTION(posix_strerror)
{
    if (!arg_one("posix.strerror", nargs, kwnames))
        return NULL;
    int64_t code = obj_as_index(args[0], NULL);
    if (code == -1 && err_occurred())
        return NULL;
    return str_from_cstr(strerror((int)code));
}

/* ---- file descriptors ------------------------------------------------------------------ */

static bool int_arg(Object *o, int64_t *out)
{
    *out = obj_as_index(o, NULL);
    return !(*out == -1 && err_occurred());
}

/* open(path, flags, mode=0o777): a file descriptor */
FUNCTION(posix_open)
{
    if (!arg_range("open", nargs, kwnames, 2, 3))
        return NULL;
    int64_t flags, mode = 0777;
    if (!int_arg(args[1], &flags) || (NARGS(nargs) == 3 && !int_arg(args[2], &mode)))
        return NULL;
    Object *p = path_object(args[0], "open");
    if (!p)
        return NULL;
    int fd = open(str_data(p), (int)flags | O_CLOEXEC, (mode_t)mode);
    Object *r = fd < 0 ? os_error(p, NULL) : int_from_i64(fd);
    DECREF(p);
    return r;
}

FUNCTION(posix_close)
{
    int64_t fd;
    if (!arg_one("close", nargs, kwnames) || !int_arg(args[0], &fd))
        return NULL;
    if (close((int)fd) != 0)
        return os_error(NULL, NULL);
    return none_ref();
}

FUNCTION(posix_dup)
{
    int64_t fd;
    if (!arg_one("posix.dup", nargs, kwnames) || !int_arg(args[0], &fd))
        return NULL;
    int r = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? os_error(NULL, NULL) : int_from_i64(r);
}

/* read(fd, n): at most n bytes */
FUNCTION(posix_read)
{
    int64_t fd, n;
    if (!arg_range("posix.read", nargs, kwnames, 2, 2) || !int_arg(args[0], &fd) ||
        !int_arg(args[1], &n))
        return NULL;
    if (n < 0)
        return err_set_string(&Exc_ValueError, "negative count");
    char *buf = mem_alloc((size_t)n + 1);
    ssize_t k;
    do
        k = read((int)fd, buf, (size_t)n);
    while (k < 0 && errno == EINTR);
    Object *r = k < 0 ? os_error(NULL, NULL) : bytes_from(buf, (size_t)k);
    mem_free(buf, (size_t)n + 1);
    return r;
}

/* write(fd, data): the number of bytes written */
FUNCTION(posix_write)
{
    int64_t fd;
    const char *data;
    size_t size;
    if (!arg_range("posix.write", nargs, kwnames, 2, 2) || !int_arg(args[0], &fd) ||
        !bytes_like_view(args[1], &data, &size))
        return NULL;
    ssize_t k;
    do
        k = write((int)fd, data, size);
    while (k < 0 && errno == EINTR);
    return k < 0 ? os_error(NULL, NULL) : int_from_i64(k);
}

FUNCTION(posix_cpu_count)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? int_from_i64(n) : none_ref();
}

FUNCTION(posix_getppid)
{
    return int_from_i64(getppid());
}

static const MethodDef posix_functions[] = {
    { "open", posix_open, 0 },
    { "close", posix_close, 0 },
    { "dup", posix_dup, 0 },
    { "read", posix_read, 0 },
    { "write", posix_write, 0 },
    { "cpu_count", posix_cpu_count, METH_NOARGS },
    { "getppid", posix_getppid, METH_NOARGS },
    { "stat", posix_stat, 0 },
    { "lstat", posix_lstat, 0 },
    { "listdir", posix_listdir, 0 },
    { "getcwd", posix_getcwd, METH_NOARGS },
    { "mkdir", posix_mkdir, 0 },
    { "rmdir", posix_rmdir, 0 },
    { "remove", posix_remove, 0 },
    { "unlink", posix_unlink, 0 },
    { "rename", posix_rename, 0 },
    { "chdir", posix_chdir, 0 },
    { "getpid", posix_getpid, METH_NOARGS },
    { "urandom", posix_urandom, 0 },
    { "strerror", posix_strerror, 0 },
    { NULL, NULL, 0 },
};

Object *posix_module_create(void)
{
    Object *m = module_new("posix");
    module_add_functions(m, posix_functions);
    Object *env = dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        Object *k = str_from_utf8(*e, (size_t)(eq - *e)), *v = str_from_cstr(eq + 1);
        dict_set(env, k, v);
        DECREF(k);
        DECREF(v);
    }
    module_add(m, "environ", env);
    type_ready(&StatResultType);
    module_add(m, "stat_result", NEWREF(&StatResultType));
    static const struct { const char *name; int value; } flags[] = {
        { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },
        { "O_APPEND", O_APPEND }, { "O_CREAT", O_CREAT }, { "O_EXCL", O_EXCL },
        { "O_TRUNC", O_TRUNC }, { "O_NONBLOCK", O_NONBLOCK }, { "O_CLOEXEC", O_CLOEXEC },
        { "SEEK_SET", SEEK_SET }, { "SEEK_CUR", SEEK_CUR }, { "SEEK_END", SEEK_END },
        { "F_OK", F_OK }, { "R_OK", R_OK }, { "W_OK", W_OK }, { "X_OK", X_OK },
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        module_add(m, flags[i].name, int_from_i64(flags[i].value));
    return m;
}
