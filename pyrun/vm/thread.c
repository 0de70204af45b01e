/* thread.c - threads and the global interpreter lock (see thread.h). */
#include "runtime.h"
#include "vm/thread.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>

enum {
    THREAD_STACK = 8 << 20,             /* each thread's C stack, as CPython's on Linux */
    STACK_MARGIN = 256 << 10,           /* kept free below the C stack limit */
    SWITCH_INTERVAL_NS = 5000000,       /* sys.getswitchinterval(): 5 ms */
};

/* What belongs to a thread, kept here while another holds the GIL. */
typedef struct ThreadState {
    Object *raised;
    ExcInfo *exc_info;
    ExcInfo base_exc_info;      /* the bottom of the chain of a thread started here */
    Frame *frame;
    int64_t depth;
    char *c_stack_limit;
    FrameChunk *chunk;          /* its frame stack */
    uint64_t ident;
    LockObject *waiting_for;    /* the lock it waits for with no timeout, or NULL */
    struct ThreadState *prev, *next;    /* all the threads alive */
} ThreadState;

/* One mutex guards the GIL's state and the state of every lock; `changed`
   is signalled whenever either becomes free. */
static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static bool gil_held = true;            /* the main thread holds it from the start */
static uint64_t gil_switches;           /* counts the hand-overs */
static int64_t gil_waiters;             /* threads waiting for the GIL */
static ThreadState *holder;             /* the thread holding the GIL */
static ThreadState main_state;
static bool started, finalizing;
static int64_t running = 1;             /* the threads alive, the main one included */

volatile int vm_eval_breaker;

bool thread_any_started(void) { return started; }
int64_t thread_count(void) { return running; }

uint64_t thread_ident(void)
{
    return holder ? holder->ident : (uint64_t)pthread_self();
}

static void save_state(ThreadState *ts)
{
    ts->raised = vm.raised;
    ts->exc_info = vm.exc_info;
    ts->frame = vm.frame;
    ts->depth = vm.depth;
    ts->c_stack_limit = vm.c_stack_limit;
    ts->chunk = frame_current_chunk;
}

static void restore_state(ThreadState *ts)
{
    vm.raised = ts->raised;
    vm.exc_info = ts->exc_info;
    vm.frame = ts->frame;
    vm.depth = ts->depth;
    vm.c_stack_limit = ts->c_stack_limit;
    frame_current_chunk = ts->chunk;
}

static struct timespec deadline_in(int64_t ns)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    t.tv_sec += (time_t)(ns / 1000000000);
    t.tv_nsec += (long)(ns % 1000000000);
    if (t.tv_nsec >= 1000000000) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000;
    }
    return t;
}

/* Takes the GIL (the mutex held): waits for it, asking the holder to let
   it go once the switch interval has passed. */
static void take_gil_locked(ThreadState *ts)
{
    gil_waiters++;
    while (gil_held) {
        struct timespec deadline = deadline_in(SWITCH_INTERVAL_NS);
        int rc = pthread_cond_timedwait(&changed, &mutex, &deadline);
        if (rc == ETIMEDOUT && gil_held && !finalizing)
            vm_eval_breaker = 1;
    }
    gil_waiters--;
    gil_held = true;
    holder = ts;
    gil_switches++;
    vm_eval_breaker = 0;
}

static void take_gil(ThreadState *ts)
{
    pthread_mutex_lock(&mutex);
    take_gil_locked(ts);
    pthread_mutex_unlock(&mutex);
    restore_state(ts);
}

/* Lets the GIL go (the mutex held). */
static void drop_gil_locked(void)
{
    gil_held = false;
    holder = NULL;
    pthread_cond_broadcast(&changed);
}

static void drop_gil(ThreadState *ts)
{
    save_state(ts);
    pthread_mutex_lock(&mutex);
    drop_gil_locked();
    pthread_mutex_unlock(&mutex);
}

void thread_yield_gil(void)
{
    vm_eval_breaker = 0;
    if (!started || finalizing)
        return;
    ThreadState *ts = holder;
    uint64_t before = gil_switches;
    save_state(ts);
    pthread_mutex_lock(&mutex);
    drop_gil_locked();
    /* until a waiting thread has had it (else this one would take it back at once) */
    while (gil_switches == before && gil_waiters > 0)
        pthread_cond_wait(&changed, &mutex);
    take_gil_locked(ts);
    pthread_mutex_unlock(&mutex);
    restore_state(ts);
}

void *thread_release_gil(void)
{
    if (!started || finalizing)
        return NULL;
    ThreadState *ts = holder;
    drop_gil(ts);
    return ts;
}

void thread_acquire_gil(void *token)
{
    if (token)
        take_gil((ThreadState *)token);
}

/* Would every other thread wait forever (the mutex held)?  Each waits for
   a lock that is still held, with no timeout: nothing can release them. */
static bool all_others_stuck(ThreadState *me)
{
    for (ThreadState *t = &main_state; t; t = t->next)
        if (t != me && !(t->waiting_for && t->waiting_for->locked))
            return false;
    return true;
}

static void link_thread(ThreadState *ts)
{
    ts->prev = &main_state;
    ts->next = main_state.next;
    if (main_state.next)
        main_state.next->prev = ts;
    main_state.next = ts;
}

static void unlink_thread(ThreadState *ts)
{
    ts->prev->next = ts->next;
    if (ts->next)
        ts->next->prev = ts->prev;
}

void thread_finalize(void)
{
    finalizing = true;
    vm_eval_breaker = 0;
}

/* ---- starting a thread ------------------------------------------------------------------ */

typedef struct StartArgs {
    ThreadState *ts;
    Object *func, *args, *kwargs;
} StartArgs;

static void free_frame_chunks(FrameChunk *c)
{
    if (!c)
        return;
    while (c->prev)
        c = c->prev;
    while (c) {
        FrameChunk *next = c->next;
        mem_free(c, (size_t)(c->limit - (char *)c));
        c = next;
    }
}

/* Calls func(*args, **kwargs); an exception it raises (but SystemExit) is
   printed as CPython's _thread prints it. */
static void run_function(StartArgs *a)
{
    Object *r;
    size_t n = tuple_size(a->args);
    if (a->kwargs && dict_size(a->kwargs)) {
        Object *keys = dict_keys_list(a->kwargs);
        size_t nk = list_size(keys);
        Object **argv = mem_alloc((n + nk) * sizeof(Object *));
        for (size_t i = 0; i < n; i++)
            argv[i] = tuple_get(a->args, i);
        for (size_t i = 0; i < nk; i++)
            argv[n + i] = dict_get(a->kwargs, list_get(keys, i));
        Object *kwnames = list_as_tuple(keys);
        r = obj_call(a->func, argv, n, (TupleObject *)kwnames);
        DECREF(kwnames);
        DECREF(keys);
        mem_free(argv, (n + nk) * sizeof(Object *));
    } else {
        r = obj_call(a->func, ((TupleObject *)a->args)->items, n, NULL);
    }
    if (r) {
        DECREF(r);
        return;
    }
    Object *exc = err_fetch();
    if (exc && !obj_is_instance_of(exc, &Exc_SystemExit)) {
        Object *where = obj_repr(a->func);
        if (!where)
            err_clear();
        fflush(stdout);
        Object *err = dict_get_cstr(module_dict(vm.sys_module), "stderr");
        Object *line = str_from_format("Exception ignored in thread started by: %s\n",
                                       where ? str_data(where) : "<function>");
        StrObject *write = str_intern_cstr("write");
        Object *w = err ? obj_call_method(err, write, &line, 1) : NULL;
        if (!w)
            err_clear();
        XDECREF(w);
        DECREF(write);
        DECREF(line);
        XDECREF(where);
        err_print(exc);
    }
    XDECREF(exc);
}

static void *thread_main(void *p)
{
    StartArgs *a = p;
    ThreadState *ts = a->ts;
    char here;
    ts->c_stack_limit = (char *)((uintptr_t)&here - (THREAD_STACK - STACK_MARGIN));
    take_gil(ts);
    run_function(a);
    DECREF(a->func);
    DECREF(a->args);
    XDECREF(a->kwargs);
    free(a);
    err_clear();
    free_frame_chunks(frame_current_chunk);
    frame_current_chunk = NULL;
    pthread_mutex_lock(&mutex);
    running--;
    unlink_thread(ts);
    drop_gil_locked();
    pthread_mutex_unlock(&mutex);
    free(ts);
    return NULL;
}

int64_t thread_start(Object *func, Object *args, Object *kwargs)
{
    if (finalizing) {
        err_set_string(&Exc_RuntimeError, "can't create new thread at interpreter shutdown");
        return -1;
    }
    if (!started) {
        main_state.ident = (uint64_t)pthread_self();
        holder = &main_state;
        started = true;
    }
    ThreadState *ts = calloc(1, sizeof *ts);
    StartArgs *a = malloc(sizeof *a);
    if (!ts || !a) {
        free(ts);
        free(a);
        err_no_memory();
        return -1;
    }
    ts->exc_info = &ts->base_exc_info;
    a->ts = ts;
    a->func = NEWREF(func);
    a->args = NEWREF(args);
    a->kwargs = kwargs ? NEWREF(kwargs) : NULL;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, THREAD_STACK);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    pthread_mutex_lock(&mutex);
    running++;
    link_thread(ts);
    int rc = pthread_create(&tid, &attr, thread_main, a);
    if (rc == 0) {
        ts->ident = (uint64_t)tid;
    } else {
        running--;
        unlink_thread(ts);
    }
    pthread_mutex_unlock(&mutex);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        DECREF(a->func);
        DECREF(a->args);
        XDECREF(a->kwargs);
        free(a);
        free(ts);
        err_set_string(&Exc_RuntimeError, "can't start new thread");
        return -1;
    }
    return (int64_t)ts->ident;
}

/* ---- timeouts --------------------------------------------------------------------------- */

enum { NS_PER_SECOND = 1000000000 };

int timeout_from_object(Object *seconds, int64_t *ns)
{
    if (float_check(seconds)) {
        double d = float_value(seconds);
        if (isnan(d)) {
            err_set_string(&Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d *= NS_PER_SECOND;
        d = d >= 0 ? ceil(d) : floor(d);
        if (!(d >= -0x1p63 && d < 0x1p63)) {       /* (the words are CPython's) */
            err_set_string(&Exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *ns = (int64_t)d;
        return 0;
    }
    Object *i = obj_index(seconds);
    if (!i)
        return -1;
    bool overflow;
    int64_t s = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow || s > INT64_MAX / NS_PER_SECOND || s < INT64_MIN / NS_PER_SECOND) {
        err_set_string(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *ns = s * NS_PER_SECOND;
    return 0;
}

void sleep_for_ns(int64_t ns)
{
    struct timespec ts = { (time_t)(ns / NS_PER_SECOND), (long)(ns % NS_PER_SECOND) };
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
}

/* ---- locks ------------------------------------------------------------------------------ */

Object *lock_new(void)
{
    return obj_alloc(&LockType, 0);
}

/* Waits for l, letting the GIL go; true if it was acquired. */
static bool lock_wait(LockObject *l, int64_t timeout_ns)
{
    bool forever = timeout_ns < 0;
    ThreadState *ts = holder;
    save_state(ts);
    pthread_mutex_lock(&mutex);
    drop_gil_locked();
    struct timespec deadline = deadline_in(forever ? 0 : timeout_ns);
    if (forever)
        ts->waiting_for = l;
    bool got = false;
    for (;;) {
        if (!l->locked) {
            l->locked = true;
            got = true;
            break;
        }
        if (forever) {
            pthread_cond_wait(&changed, &mutex);
        } else if (pthread_cond_timedwait(&changed, &mutex, &deadline) == ETIMEDOUT) {
            if (!l->locked) {
                l->locked = true;
                got = true;
            }
            break;
        }
    }
    ts->waiting_for = NULL;
    take_gil_locked(ts);
    pthread_mutex_unlock(&mutex);
    restore_state(ts);
    return got;
}

/* acquire(blocking=True, timeout=-1) */
static Object *lock_acquire(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "blocking", "timeout", NULL };
    Object *v[2];
    if (!args_parse("acquire", args, nargs, kwnames, names, 0, 2, v))
        return NULL;
    int blocking = v[0] ? obj_is_true(v[0]) : 1;
    if (blocking < 0)
        return NULL;
    const int64_t unset = -NS_PER_SECOND;     /* timeout=-1: no timeout */
    int64_t timeout = unset;
    if (v[1] && timeout_from_object(v[1], &timeout) < 0)
        return NULL;
    if (!blocking && timeout != unset)
        return err_set_string(&Exc_ValueError, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != unset)
        return err_set_string(&Exc_ValueError, "timeout value must be positive");
    /* CPython waits in whole microseconds, at most _thread.TIMEOUT_MAX seconds */
    if (blocking && timeout != unset && timeout / 1000 + (timeout % 1000 != 0) > INT64_MAX / 1000)
        return err_set_string(&Exc_OverflowError, "timeout value is too large");
    LockObject *l = (LockObject *)self;
    if (started)
        pthread_mutex_lock(&mutex);
    bool got = !l->locked;
    if (got)
        l->locked = true;
    bool deadlock = !got && blocking && timeout < 0 && (!started || all_others_stuck(holder));
    if (started)
        pthread_mutex_unlock(&mutex);
    if (got || !blocking)
        return bool_from(got);
    if (!started && !deadlock) {
        /* no other thread: nothing can release it within the timeout */
        sleep_for_ns(timeout);
        return bool_from(false);
    }
    if (deadlock)
        /* CPython would wait forever: no thread is left to release the lock */
        return err_set_string(&Exc_RuntimeError,
                              "deadlock: acquiring a lock that no running thread can release");
    return bool_from(lock_wait(l, timeout));
}

static Object *lock_release(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!arg_none("release", nargs, kwnames))
        return NULL;
    LockObject *l = (LockObject *)self;
    if (!l->locked)
        return err_set_string(&Exc_RuntimeError, "release unlocked lock");
    if (started)
        pthread_mutex_lock(&mutex);
    l->locked = false;
    if (started) {
        pthread_cond_broadcast(&changed);
        pthread_mutex_unlock(&mutex);
    }
    return none_ref();
}

static Object *lock_exit(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    return lock_release(self, NULL, 0, NULL);
}

static Object *lock_locked(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    return bool_from(((LockObject *)self)->locked);
}

static Object *lock_repr(Object *self)
{
    return str_from_format("<%s %s object at %p>",
                           ((LockObject *)self)->locked ? "locked" : "unlocked",
                           self->type->name, (void *)self);
}

static void lock_dealloc(Object *o)
{
    weakref_clear_all(o);
    obj_free(o);
}

static const MethodDef lock_methods[] = {
    { "acquire", lock_acquire, 0 },
    { "acquire_lock", lock_acquire, 0 },
    { "release", lock_release, 0 },
    { "release_lock", lock_release, 0 },
    { "locked", lock_locked, 0 },
    { "locked_lock", lock_locked, 0 },
    { "__enter__", lock_acquire, 0 },
    { "__exit__", lock_exit, 0 },
    { NULL, NULL, 0 },
};

Type LockType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "_thread.lock",
    .basicsize = sizeof(LockObject),
    .weaklistoffset = offsetof(LockObject, weaklist),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .methods = lock_methods,
};
