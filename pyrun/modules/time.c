/* time.c - the time module: clocks, sleep, and calendar time (struct_time,
 * localtime, gmtime, mktime, strftime, asctime, ctime). */
#include "runtime.h"
#include "vm/thread.h"
#include "modules/modules.h"

#include <math.h>
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
    if (!arg_one("time.sleep", nargs, kwnames))
        return NULL;
    int64_t ns;
    if (timeout_from_object(args[0], &ns) < 0)
        return NULL;
    if (ns < 0)
        return err_set_string(&Exc_ValueError, "sleep length must be non-negative");
    void *gil = thread_release_gil();         /* (the other threads run meanwhile) */
    sleep_for_ns(ns);
    thread_acquire_gil(gil);
    return none_ref();
}

/* ---- calendar time ---------------------------------------------------------------------- */

static const MemberDef struct_time_fields[] = {
    STRUCTSEQ_FIELD("tm_year", 0), STRUCTSEQ_FIELD("tm_mon", 1), STRUCTSEQ_FIELD("tm_mday", 2),
    STRUCTSEQ_FIELD("tm_hour", 3), STRUCTSEQ_FIELD("tm_min", 4), STRUCTSEQ_FIELD("tm_sec", 5),
    STRUCTSEQ_FIELD("tm_wday", 6), STRUCTSEQ_FIELD("tm_yday", 7), STRUCTSEQ_FIELD("tm_isdst", 8),
    { NULL, 0, false, false },
};
static Type StructTimeType = STRUCTSEQ_TYPE("time.struct_time", struct_time_fields,
                                             "The time value as returned by gmtime(), localtime(), "
                                             "and strptime()");

static Object *struct_time_from(const struct tm *t)
{
    int64_t v[9] = { t->tm_year + 1900, t->tm_mon + 1, t->tm_mday, t->tm_hour, t->tm_min,
                     t->tm_sec, (t->tm_wday + 6) % 7, t->tm_yday + 1, t->tm_isdst };
    Object *items[9];
    for (int i = 0; i < 9; i++)
        items[i] = int_from_i64(v[i]);
    Object *r = structseq_new(&StructTimeType, items, 9);
    for (int i = 0; i < 9; i++)
        DECREF(items[i]);
    return r;
}

/* a struct_time (or 9-tuple) back to a struct tm */
static bool tm_from(Object *o, struct tm *t, const char *who)
{
    if (!tuple_check(o) || tuple_size(o) != 9) {
        err_format(&Exc_TypeError, "%s(): illegal time tuple argument", who);
        return false;
    }
    int64_t v[9];
    for (int i = 0; i < 9; i++) {
        v[i] = obj_as_index(tuple_get(o, (size_t)i), NULL);
        if (v[i] == -1 && err_occurred())
            return false;
    }
    memset(t, 0, sizeof *t);
    t->tm_year = (int)(v[0] - 1900);
    t->tm_mon = (int)(v[1] - 1);
    t->tm_mday = (int)v[2];
    t->tm_hour = (int)v[3];
    t->tm_min = (int)v[4];
    t->tm_sec = (int)v[5];
    t->tm_wday = (int)((v[6] + 1) % 7);
    t->tm_yday = (int)(v[7] - 1);
    t->tm_isdst = (int)v[8];
    return true;
}

static bool seconds_arg(Object *const *args, size_t nargs, time_t *out)
{
    if (NARGS(nargs) == 0 || args[0] == OBJ_NONE) {
        *out = time(NULL);
        return true;
    }
    bool ok;
    double s = float_as_double(args[0], &ok);
    if (!ok)
        return false;
    *out = (time_t)floor(s);
    return true;
}

static Object *broken_down(Object *const *args, size_t nargs, TupleObject *kwnames,
                           const char *who, bool local)
{
    if (!arg_tuple_range(who, nargs, kwnames, 0, 1))
        return NULL;
    time_t when;
    if (!seconds_arg(args, nargs, &when))
        return NULL;
    struct tm t;
    if (!(local ? localtime_r(&when, &t) : gmtime_r(&when, &t)))
        return err_set_string(&Exc_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from(&t);
}

FUNCTION(time_localtime) { return broken_down(args, nargs, kwnames, "localtime", true); }
FUNCTION(time_gmtime) { return broken_down(args, nargs, kwnames, "gmtime", false); }

FUNCTION(time_mktime)
{
    if (!arg_one("time.mktime", nargs, kwnames))
        return NULL;
    struct tm t;
    if (!tm_from(args[0], &t, "mktime"))
        return NULL;
    time_t r = mktime(&t);
    if (r == (time_t)-1 && t.tm_wday == -1)
        return err_set_string(&Exc_OverflowError, "mktime argument out of range");
    return float_from_double((double)r);
}

/* the struct tm of an optional time tuple argument (now, local, if absent) */
static bool tm_arg(Object *const *args, size_t n, struct tm *t, const char *who)
{
    if (n == 0) {
        time_t now = time(NULL);
        localtime_r(&now, t);
        return true;
    }
    return tm_from(args[0], t, who);
}

FUNCTION(time_strftime)
{
    if (!arg_tuple_range("strftime", nargs, kwnames, 1, 2))
        return NULL;
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError, "strftime() argument 1 must be str, not %s",
                          obj_type_name(args[0]));
    struct tm t;
    if (!tm_arg(args + 1, NARGS(nargs) - 1, &t, "strftime"))
        return NULL;
    size_t cap = 256 + str_size(args[0]) * 8;
    char *buf = mem_alloc(cap);
    size_t n = str_size(args[0]) ? strftime(buf, cap, str_data(args[0]), &t) : 0;
    Object *r = str_from_utf8(buf, n);
    mem_free(buf, cap);
    return r;
}

static Object *ascii_time(const struct tm *t)
{
    static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    return str_from_format("%s %s %2d %02d:%02d:%02d %d", days[(t->tm_wday % 7 + 7) % 7],
                           months[(t->tm_mon % 12 + 12) % 12], t->tm_mday, t->tm_hour,
                           t->tm_min, t->tm_sec, t->tm_year + 1900);
}

FUNCTION(time_asctime)
{
    if (!arg_range("asctime", nargs, kwnames, 0, 1))
        return NULL;
    struct tm t;
    if (!tm_arg(args, NARGS(nargs), &t, "asctime"))
        return NULL;
    return ascii_time(&t);
}

FUNCTION(time_ctime)
{
    if (!arg_tuple_range("ctime", nargs, kwnames, 0, 1))
        return NULL;
    time_t when;
    if (!seconds_arg(args, nargs, &when))
        return NULL;
    struct tm t;
    localtime_r(&when, &t);
    return ascii_time(&t);
}

static const MethodDef time_functions[] = {
    { "localtime", time_localtime, 0 },
    { "gmtime", time_gmtime, 0 },
    { "mktime", time_mktime, 0 },
    { "strftime", time_strftime, 0 },
    { "asctime", time_asctime, 0 },
    { "ctime", time_ctime, 0 },
    { "time", time_time, METH_NOARGS },
    { "time_ns", time_time_ns, METH_NOARGS },
    { "perf_counter", time_perf_counter, METH_NOARGS },
    { "perf_counter_ns", time_perf_counter_ns, METH_NOARGS },
    { "monotonic", time_perf_counter, METH_NOARGS },
    { "monotonic_ns", time_perf_counter_ns, METH_NOARGS },
    { "process_time", time_process_time, METH_NOARGS },
    { "sleep", time_sleep, 0 },
    { NULL, NULL, 0 },
};

Object *time_module_create(void)
{
    Object *m = module_new("time");
    module_add_functions(m, time_functions);
    type_ready(&StructTimeType);
    module_add(m, "struct_time", NEWREF(&StructTimeType));
    tzset();
    module_add(m, "timezone", int_from_i64((int64_t)timezone));
    module_add(m, "altzone", int_from_i64((int64_t)timezone - 3600));
    module_add(m, "daylight", int_from_i64(daylight));
    Object *std = str_from_cstr(tzname[0]), *dst = str_from_cstr(tzname[1]);
    module_add(m, "tzname", tuple_pack(2, std, dst));
    DECREF(std);
    DECREF(dst);
    return m;
}
