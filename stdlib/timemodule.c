/* kiln: the time module (clocks, sleep, struct_time conversions). */
#include "core.h"
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <time.h>

static double ts_sec(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static Value ts_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

#define CLOCK_FN(name, id)                                                                      \
    static Value t_##name(Value self, const Value *args, size_t nargs, Value kw)                \
    { if (args_count(#name, nargs, 0, 0) < 0) return 0; return float_new(ts_sec(id)); }       \
    static Value t_##name##_ns(Value self, const Value *args, size_t nargs, Value kw)           \
    { if (args_count(#name "_ns", nargs, 0, 0) < 0) return 0; return ts_ns(id); }
CLOCK_FN(time, CLOCK_REALTIME)
CLOCK_FN(monotonic, CLOCK_MONOTONIC)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FN

static Value t_sleep(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("sleep", nargs, 1, 1) < 0) return 0;
    double d;
    if (float_as_double(args[0], &d) < 0) return 0;
    if (d < 0) return raise_ValueError("sleep length must be non-negative");
    if (isnan(d)) return raise_ValueError("Invalid value NaN (not a number)");
    struct timespec ts = { (time_t)d, (long)((d - floor(d)) * 1e9) };
    /* a signal handler's exception (KeyboardInterrupt) ends the sleep, as in CPython */
    for (;;) {
        ThreadState *me = gil_release();
        int r = nanosleep(&ts, &ts), e = errno;
        gil_acquire(me);
        if (r == 0 || e != EINTR) break;
        if (vm_check_pending() < 0) return 0;
    }
    return NONE;
}

/* struct_time is a 9-tuple with attribute names, built by the Python prelude
 * below; the C side works on plain tuples. */
static Value tm_to_tuple(Value module, const struct tm *t)
{
    Value v[11] = { MKSMALL(t->tm_year + 1900), MKSMALL(t->tm_mon + 1), MKSMALL(t->tm_mday),
                    MKSMALL(t->tm_hour), MKSMALL(t->tm_min), MKSMALL(t->tm_sec),
                    MKSMALL((t->tm_wday + 6) % 7), MKSMALL(t->tm_yday + 1), MKSMALL(t->tm_isdst),
                    str_from_cstr(t->tm_zone ? t->tm_zone : "UTC"), MKSMALL(t->tm_gmtoff) };
    Value st = dict_get_cstr(AS(Module, module)->dict, "struct_time");
    Value tup = tuple_from(v, 11);
    if (st) return obj_call1(st, tup);
    return tup;
}

static int tuple_to_tm(Value v, struct tm *t)
{
    memset(t, 0, sizeof *t);
    Value tup = tuple_from_iter(v);
    if (!tup) return -1;
    if (TUPLE_SIZE(tup) < 9) { raise_TypeError("time tuple must have 9 elements"); return -1; }
    int64_t f[9];
    for (int i = 0; i < 9; i++) if (int_as_i64(TUPLE_ITEMS(tup)[i], &f[i]) < 0) return -1;
    t->tm_year = (int)f[0] - 1900; t->tm_mon = (int)f[1] - 1; t->tm_mday = (int)f[2];
    t->tm_hour = (int)f[3]; t->tm_min = (int)f[4]; t->tm_sec = (int)f[5];
    t->tm_wday = (int)((f[6] + 1) % 7); t->tm_yday = (int)f[7] - 1; t->tm_isdst = (int)f[8];
    return 0;
}

static int get_time_arg(const Value *args, size_t nargs, time_t *out)
{
    if (nargs == 0 || args[0] == NONE) { *out = time(NULL); return 0; }
    double d;
    if (float_as_double(args[0], &d) < 0) return -1;
    *out = (time_t)floor(d);
    return 0;
}

static Value t_gmtime(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("gmtime", nargs, 0, 1) < 0) return 0;
    time_t tt;
    struct tm t;
    if (get_time_arg(args, nargs, &tt) < 0) return 0;
    if (!gmtime_r(&tt, &t)) return raise_OverflowError("timestamp out of range for platform time_t");
    return tm_to_tuple(self, &t);
}

static Value t_localtime(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("localtime", nargs, 0, 1) < 0) return 0;
    time_t tt;
    struct tm t;
    if (get_time_arg(args, nargs, &tt) < 0) return 0;
    if (!localtime_r(&tt, &t)) return raise_OverflowError("timestamp out of range for platform time_t");
    return tm_to_tuple(self, &t);
}

static Value t_mktime(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("mktime", nargs, 1, 1) < 0) return 0;
    struct tm t;
    if (tuple_to_tm(args[0], &t) < 0) return 0;
    time_t r = mktime(&t);
    if (r == (time_t)-1 && errno) return raise_OverflowError("mktime argument out of range");
    return float_new((double)r);
}

static Value t_strftime(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("strftime", nargs, 1, 2) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("strftime() argument 1 must be str, not %T", args[0]);
    struct tm t;
    if (nargs == 2) {
        if (tuple_to_tm(args[1], &t) < 0) return 0;
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &t);
    }
    size_t cap = 256 + (size_t)STR_NBYTES(args[0]) * 8;
    char *buf = malloc(cap);
    size_t n = STR_NBYTES(args[0]) ? strftime(buf, cap, STR_DATA(args[0]), &t) : 0;
    Value r = str_new(buf, n);
    free(buf);
    return r;
}

static Value t_asctime(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("asctime", nargs, 0, 1) < 0) return 0;
    struct tm t;
    if (nargs) { if (tuple_to_tm(args[0], &t) < 0) return 0; }
    else { time_t now = time(NULL); localtime_r(&now, &t); }
    char buf[64];
    strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &t);
    return str_from_cstr(buf);
}

static Value t_ctime(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("ctime", nargs, 0, 1) < 0) return 0;
    time_t tt;
    struct tm t;
    if (get_time_arg(args, nargs, &tt) < 0) return 0;
    localtime_r(&tt, &t);
    char buf[64];
    strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &t);
    return str_from_cstr(buf);
}

static Value t_get_clock_info(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("get_clock_info", nargs, 1, 1) < 0) return 0;
    Value ns = obj_call0(OBJ_VAL(T(simple_namespace)));
    if (!ns) return 0;
    bool mono = !str_eq_cstr(args[0], "time");
    obj_setattr(ns, str_from_cstr("implementation"), str_from_cstr(mono ? "clock_gettime(CLOCK_MONOTONIC)" : "clock_gettime(CLOCK_REALTIME)"));
    obj_setattr(ns, str_from_cstr("monotonic"), BOOL_V(mono));
    obj_setattr(ns, str_from_cstr("adjustable"), BOOL_V(!mono));
    obj_setattr(ns, str_from_cstr("resolution"), float_new(1e-9));
    return ns;
}

static Value t_tzset(Value self, const Value *args, size_t nargs, Value kw)
{
    tzset();
    return NONE;
}

/* The clk_id argument of the clock_* functions (a C int). */
static int clk_arg(const char *fname, const Value *args, size_t nargs, size_t n, clockid_t *out)
{
    if (args_count(fname, nargs, n, n) < 0) return -1;
    if (!IS_INT(args[0])) { raise_TypeError("'%T' object cannot be interpreted as an integer", args[0]); return -1; }
    int64_t id;
    if (int_as_i64(args[0], &id) < 0) return -1;
    if (id < INT32_MIN || id > INT32_MAX) { raise_OverflowError("signed integer is greater than maximum"); return -1; }
    *out = (clockid_t)id;
    return 0;
}

/* clock_gettime()/clock_getres() of the clock argument, in seconds (a float)
 * or nanoseconds (an int). */
static Value clock_query(const char *fname, int (*query)(clockid_t, struct timespec *), bool ns,
                         const Value *args, size_t nargs)
{
    clockid_t id;
    struct timespec ts;
    if (clk_arg(fname, args, nargs, 1, &id) < 0) return 0;
    if (query(id, &ts) < 0) return raise_errno(NULL, errno, 0);
    if (ns) return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
    return float_new((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static Value t_clock_gettime(Value self, const Value *args, size_t nargs, Value kw)
{
    return clock_query("clock_gettime", clock_gettime, false, args, nargs);
}

static Value t_clock_gettime_ns(Value self, const Value *args, size_t nargs, Value kw)
{
    return clock_query("clock_gettime_ns", clock_gettime, true, args, nargs);
}

static Value t_clock_getres(Value self, const Value *args, size_t nargs, Value kw)
{
    return clock_query("clock_getres", clock_getres, false, args, nargs);
}

static Value t_clock_settime(Value self, const Value *args, size_t nargs, Value kw)
{
    clockid_t id;
    double d;
    if (clk_arg("clock_settime", args, nargs, 2, &id) < 0 || float_as_double(args[1], &d) < 0) return 0;
    if (isnan(d)) return raise_ValueError("Invalid value NaN (not a number)");
    double sec = floor(d);
    struct timespec ts = { (time_t)sec, (long)((d - sec) * 1e9) };
    if (clock_settime(id, &ts) < 0) return raise_errno(NULL, errno, 0);
    return NONE;
}

static Value t_clock_settime_ns(Value self, const Value *args, size_t nargs, Value kw)
{
    clockid_t id;
    int64_t ns;
    if (clk_arg("clock_settime_ns", args, nargs, 2, &id) < 0) return 0;
    if (!IS_INT(args[1])) return raise_TypeError("'%T' object cannot be interpreted as an integer", args[1]);
    if (int_as_i64(args[1], &ns) < 0) return 0;
    int64_t rem = ns % 1000000000;
    struct timespec ts = { (time_t)(ns / 1000000000 - (rem < 0)), (long)(rem < 0 ? rem + 1000000000 : rem) };
    if (clock_settime(id, &ts) < 0) return raise_errno(NULL, errno, 0);
    return NONE;
}

static Value t_pthread_getcpuclockid(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t tid;
    clockid_t id;
    if (args_count("pthread_getcpuclockid", nargs, 1, 1) < 0 || int_as_i64(args[0], &tid) < 0) return 0;
    int e = pthread_getcpuclockid((pthread_t)tid, &id);
    if (e) return raise_errno(NULL, e, 0);
    return MKSMALL(id);
}

static const MethodDef time_methods[] = {
    { "time", t_time, 0, NULL }, { "time_ns", t_time_ns, 0, NULL },
    { "monotonic", t_monotonic, 0, NULL }, { "monotonic_ns", t_monotonic_ns, 0, NULL },
    { "perf_counter", t_perf_counter, 0, NULL }, { "perf_counter_ns", t_perf_counter_ns, 0, NULL },
    { "process_time", t_process_time, 0, NULL }, { "process_time_ns", t_process_time_ns, 0, NULL },
    { "thread_time", t_thread_time, 0, NULL }, { "thread_time_ns", t_thread_time_ns, 0, NULL },
    { "sleep", t_sleep, 0, NULL }, { "gmtime", t_gmtime, 0, NULL }, { "localtime", t_localtime, 0, NULL },
    { "mktime", t_mktime, 0, NULL }, { "strftime", t_strftime, 0, NULL }, { "asctime", t_asctime, 0, NULL },
    { "ctime", t_ctime, 0, NULL }, { "get_clock_info", t_get_clock_info, 0, NULL }, { "tzset", t_tzset, 0, NULL },
    { "clock_gettime", t_clock_gettime, 0, NULL }, { "clock_gettime_ns", t_clock_gettime_ns, 0, NULL },
    { "clock_getres", t_clock_getres, 0, NULL }, { "clock_settime", t_clock_settime, 0, NULL },
    { "clock_settime_ns", t_clock_settime_ns, 0, NULL }, { "pthread_getcpuclockid", t_pthread_getcpuclockid, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const char time_prelude[] =
    "class struct_time(tuple):\n"
    "    n_fields = 11\n"
    "    n_sequence_fields = 9\n"
    "    n_unnamed_fields = 0\n"
    "    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')\n"
    "    def __new__(cls, seq):\n"
    "        seq = tuple(seq)\n"
    "        if len(seq) < 9:\n"
    "            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))\n"
    "        self = tuple.__new__(cls, seq[:9])\n"
    "        self._extra = seq[9:] + (None, None)[:11 - len(seq)] if len(seq) < 11 else seq[9:11]\n"
    "        return self\n"
    "    tm_year = property(lambda self: self[0])\n"
    "    tm_mon = property(lambda self: self[1])\n"
    "    tm_mday = property(lambda self: self[2])\n"
    "    tm_hour = property(lambda self: self[3])\n"
    "    tm_min = property(lambda self: self[4])\n"
    "    tm_sec = property(lambda self: self[5])\n"
    "    tm_wday = property(lambda self: self[6])\n"
    "    tm_yday = property(lambda self: self[7])\n"
    "    tm_isdst = property(lambda self: self[8])\n"
    "    tm_zone = property(lambda self: self._extra[0])\n"
    "    tm_gmtoff = property(lambda self: self._extra[1])\n"
    "    def __repr__(self):\n"
    "        return 'time.struct_time(' + ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'\n"
    "    def __reduce__(self):\n"
    "        return (struct_time, (tuple(self) + self._extra,))\n"
    "struct_time.__module__ = 'time'\n"
    "def strptime(string, format='%a %b %d %H:%M:%S %Y'):\n"
    "    'strptime(string, format) -> struct_time\\n\\nParse a string to a time tuple according to a format specification.'\n"
    "    import _strptime\n"
    "    return _strptime._strptime_time(string, format)\n";

static int time_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    tzset();
    Value tzn = tuple_pack(2, str_from_cstr(tzname[0]), str_from_cstr(tzname[1]));
    if (dict_set_cstr(d, "tzname", tzn) < 0 || dict_set_cstr(d, "timezone", MKSMALL(timezone)) < 0 ||
        dict_set_cstr(d, "altzone", MKSMALL(timezone - 3600)) < 0 ||
        dict_set_cstr(d, "daylight", MKSMALL(daylight)) < 0 ||
        dict_set_cstr(d, "CLOCK_REALTIME", MKSMALL(CLOCK_REALTIME)) < 0 ||
        dict_set_cstr(d, "CLOCK_MONOTONIC", MKSMALL(CLOCK_MONOTONIC)) < 0 ||
        dict_set_cstr(d, "CLOCK_MONOTONIC_RAW", MKSMALL(CLOCK_MONOTONIC_RAW)) < 0 ||
        dict_set_cstr(d, "CLOCK_PROCESS_CPUTIME_ID", MKSMALL(CLOCK_PROCESS_CPUTIME_ID)) < 0 ||
        dict_set_cstr(d, "CLOCK_THREAD_CPUTIME_ID", MKSMALL(CLOCK_THREAD_CPUTIME_ID)) < 0 ||
        dict_set_cstr(d, "CLOCK_BOOTTIME", MKSMALL(CLOCK_BOOTTIME)) < 0 ||
        dict_set_cstr(d, "CLOCK_TAI", MKSMALL(CLOCK_TAI)) < 0 ||
        dict_set_cstr(d, "_STRUCT_TM_ITEMS", MKSMALL(11)) < 0)
        return -1;
    if (RUN_PRELUDE(d, time_prelude, "<time>") < 0) return -1;
    return 0;
}

const ModuleDef time_module = { "time", "time access and conversions", time_methods, time_exec };
