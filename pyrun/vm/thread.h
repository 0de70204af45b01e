/* thread.h - threads, as CPython runs them: operating-system threads that
 * take turns holding one global interpreter lock (the GIL).
 *
 * Only the thread holding the GIL runs Python code or touches objects, so
 * the rest of pyrun needs no locking.  The state that belongs to a thread -
 * its running frame, its frame stack, the exception it is raising or
 * handling, its recursion depth and C stack limit - lives in the global
 * `vm` while the thread holds the GIL and in its ThreadState while it does
 * not.
 *
 * The GIL changes hands when its holder waits (time.sleep, a lock, join)
 * and, as in CPython, when another thread has waited for it longer than the
 * switch interval (5 ms): the waiter sets vm_eval_breaker, and the eval
 * loop, which looks at it on backward jumps and calls, lets the GIL go.
 * A program that starts no thread never takes any of these paths. */
#ifndef PYRUN_VM_THREAD_H
#define PYRUN_VM_THREAD_H

#include "object.h"

/* Set when the running thread should let the GIL go (another waits). */
extern volatile int vm_eval_breaker;

/* Lets the GIL go and takes it back (the eval loop, on vm_eval_breaker). */
void thread_yield_gil(void);

/* Around a blocking system call: other threads run meanwhile.  The token
 * from release must be given back to acquire. */
void *thread_release_gil(void);
void thread_acquire_gil(void *token);

/* True once a second thread has been started. */
bool thread_any_started(void);

/* Starts a thread calling func(*args, **kwargs) (kwargs may be NULL);
 * returns its identifier, or -1 with an exception. */
int64_t thread_start(Object *func, Object *args, Object *kwargs);
uint64_t thread_ident(void);
int64_t thread_count(void);         /* the threads started and still running */

/* The end of the program: from now on the main thread keeps the GIL (the
 * daemon threads still running never run again). */
void thread_finalize(void);

/* A timeout or a sleep's length in seconds (an int, a float, or what has
 * __index__) in nanoseconds, rounded away from zero, as CPython converts
 * it: NaN, and lengths that 64 bits of nanoseconds cannot hold, raise
 * CPython's errors.  -1 with an exception. */
int timeout_from_object(Object *seconds, int64_t *ns);
/* Sleeps ns nanoseconds to their end (across signals), keeping the GIL. */
void sleep_for_ns(int64_t ns);

/* The lock of _thread.allocate_lock(): acquire() waits (letting the GIL go)
 * while another thread holds it. */
typedef struct LockObject {
    Object head;
    bool locked;
    struct WeakrefObject *weaklist;
} LockObject;

extern Type LockType;
Object *lock_new(void);

#endif
