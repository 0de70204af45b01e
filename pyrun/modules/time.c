/* time.c - the time module: clocks and sleep. */
#include "runtime.h"
#include "modules/modules.h"

#include <time.h>

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Object *clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

FUNCTION(time_time) { return float_from_double(clock_seconds(CLOCK_REALTIME)); }
FUNCTION(time_time_ns) { return clock_ns(CLOCK_REALTIME); }
FUNCTION(time_perf_counter) { return float_from_double(clock_seconds(CLOCK_MONOTONIC)); }
FUNCTION(time_perf_counter_ns) { return clock_ns(CLOCK_MONOTONIC); }
FUNCTION(time_process_time) { return float_from_double(clock_seconds(CLOCK_PROCESS_CPUTIME_ID)); }

FUNCTION(time_sleep)
{
    if (!arg_one("sleep", nargs, kwnames))
        return NULL;
    bool ok;
    double s = float_as_double(args[0], &ok);
    if (!ok)
        return NULL;
    if (s < 0)
        return err_set_string(&Exc_ValueError, "sleep length must be non-negative");
    struct timespec ts = { (time_t)s, (long)((s - (double)(time_t)s) * 1e9) };
    nanosleep(&ts, NULL);
    return none_ref();
}

static const MethodDef time_functions[] = {
    { "time", time_time, 0 },
    { "time_ns", time_time_ns, 0 },
    { "perf_counter", time_perf_counter, 0 },
    { "perf_counter_ns", time_perf_counter_ns, 0 },
    { "monotonic", time_perf_counter, 0 },
    { "monotonic_ns", time_perf_counter_ns, 0 },
    { "process_time", time_process_time, 0 },
    { "sleep", time_sleep, 0 },
    { NULL, NULL, 0 },
};

Object *time_module_create(void)
{
    Object *m = module_new("time");
    module_add_functions(m, time_functions);
    return m;
}
