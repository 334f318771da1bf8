/* kiln: the resource module: getrlimit/setrlimit/prlimit, getrusage with
 * resource.struct_rusage, getpagesize and the RLIMIT_* constants. */
#define _GNU_SOURCE
#include "core.h"
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

static Value rl_value(rlim_t v) { return v == RLIM_INFINITY ? MKSMALL(-1) : int_from_u64(v); }

static int rl_arg(Value v, rlim_t *out)
{
    int64_t x;
    if (obj_as_ssize(v, &x, E(OverflowError)) < 0) return -1;
    *out = x < 0 ? RLIM_INFINITY : (rlim_t)x;
    return 0;
}

static int res_arg(Value v, int *out)
{
    int64_t r;
    if (obj_as_ssize(v, &r, E(OverflowError)) < 0) return -1;
    if (r < 0 || r >= RLIM_NLIMITS) { raise_ValueError("invalid resource specified"); return -1; }
    *out = (int)r;
    return 0;
}

static int limits_arg(Value v, struct rlimit *rl)
{
    Value t = tuple_from_iter(v);
    if (!t) {
        if (exc_matches(E(TypeError))) { exc_clear(); raise_ValueError("expected a tuple of 2 integers"); }
        return -1;
    }
    if (TUPLE_SIZE(t) != 2) { raise_ValueError("expected a tuple of 2 integers"); return -1; }
    return rl_arg(TUPLE_ITEMS(t)[0], &rl->rlim_cur) < 0 || rl_arg(TUPLE_ITEMS(t)[1], &rl->rlim_max) < 0 ? -1 : 0;
}

static Value set_error(void)
{
    if (errno == EINVAL) return raise_ValueError("current limit exceeds maximum limit");
    if (errno == EPERM) return raise_ValueError("not allowed to raise maximum limit");
    return raise_errno(NULL, errno, 0);
}

static Value r_getrlimit(Value self, const Value *args, size_t nargs, Value kw)
{
    int res;
    if (args_count("getrlimit", nargs, 1, 1) < 0 || res_arg(args[0], &res) < 0) return 0;
    struct rlimit rl;
    if (getrlimit(res, &rl) < 0) return raise_errno(NULL, errno, 0);
    return tuple_pack(2, rl_value(rl.rlim_cur), rl_value(rl.rlim_max));
}

static Value r_setrlimit(Value self, const Value *args, size_t nargs, Value kw)
{
    int res;
    struct rlimit rl;
    if (args_count("setrlimit", nargs, 2, 2) < 0 || res_arg(args[0], &res) < 0 || limits_arg(args[1], &rl) < 0) return 0;
    if (setrlimit(res, &rl) < 0) return set_error();
    return NONE;
}

static Value r_prlimit(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t pid;
    int res;
    struct rlimit nl, ol;
    if (args_count("prlimit", nargs, 2, 3) < 0 || obj_as_ssize(args[0], &pid, E(OverflowError)) < 0 ||
        res_arg(args[1], &res) < 0) return 0;
    if (nargs > 2 && limits_arg(args[2], &nl) < 0) return 0;
    if (prlimit((pid_t)pid, res, nargs > 2 ? &nl : NULL, &ol) < 0) return set_error();
    return tuple_pack(2, rl_value(ol.rlim_cur), rl_value(ol.rlim_max));
}

static Value r_getrusage(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t who;
    if (args_count("getrusage", nargs, 1, 1) < 0 || obj_as_ssize(args[0], &who, E(OverflowError)) < 0) return 0;
    struct rusage u;
    if (getrusage((int)who, &u) < 0) {
        if (errno == EINVAL) return raise_ValueError("invalid who parameter");
        return raise_errno(NULL, errno, 0);
    }
    Value v[16] = {
        float_new(u.ru_utime.tv_sec + u.ru_utime.tv_usec * 1e-6), float_new(u.ru_stime.tv_sec + u.ru_stime.tv_usec * 1e-6),
        int_from_i64(u.ru_maxrss), int_from_i64(u.ru_ixrss), int_from_i64(u.ru_idrss), int_from_i64(u.ru_isrss),
        int_from_i64(u.ru_minflt), int_from_i64(u.ru_majflt), int_from_i64(u.ru_nswap), int_from_i64(u.ru_inblock),
        int_from_i64(u.ru_oublock), int_from_i64(u.ru_msgsnd), int_from_i64(u.ru_msgrcv), int_from_i64(u.ru_nsignals),
        int_from_i64(u.ru_nvcsw), int_from_i64(u.ru_nivcsw),
    };
    Value t = dict_get_cstr(AS(Module, self)->dict, "struct_rusage");
    return obj_call1(t, tuple_from(v, 16));
}

static Value r_getpagesize(Value self, const Value *args, size_t nargs, Value kw)
{
    return MKSMALL(sysconf(_SC_PAGESIZE));
}

static const MethodDef resource_methods[] = {
    { "getrlimit", r_getrlimit, 0, NULL }, { "setrlimit", r_setrlimit, 0, NULL },
    { "prlimit", r_prlimit, 0, NULL }, { "getrusage", r_getrusage, 0, NULL },
    { "getpagesize", r_getpagesize, 0, NULL }, { NULL, NULL, 0, NULL },
};

typedef struct RConst { const char *name; long v; } RConst;
#define C(n) { #n, n },
static const RConst resource_consts[] = {
    C(RLIMIT_AS) C(RLIMIT_CORE) C(RLIMIT_CPU) C(RLIMIT_DATA) C(RLIMIT_FSIZE) C(RLIMIT_MEMLOCK)
    C(RLIMIT_MSGQUEUE) C(RLIMIT_NICE) C(RLIMIT_NOFILE) C(RLIMIT_NPROC) C(RLIMIT_OFILE) C(RLIMIT_RSS)
    C(RLIMIT_RTPRIO) C(RLIMIT_RTTIME) C(RLIMIT_SIGPENDING) C(RLIMIT_STACK)
    C(RUSAGE_CHILDREN) C(RUSAGE_SELF) C(RUSAGE_THREAD)
    { "RLIM_INFINITY", -1 },
    { NULL, 0 },
};
#undef C

static const char resource_prelude[] =
    "from posix import _structseq\n"
    "struct_rusage = _structseq('struct_rusage', 'resource', ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss',\n"
    "    'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd',\n"
    "    'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw'), 16)\n"
    "del _structseq\n";

static int resource_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    for (const RConst *c = resource_consts; c->name; c++)
        if (dict_set_cstr(d, c->name, int_from_i64(c->v)) < 0) return -1;
    if (dict_set_cstr(d, "error", OBJ_VAL(E(OSError))) < 0) return -1;
    if (RUN_PRELUDE(d, resource_prelude, "<resource>") < 0) return -1;
    return 0;
}

const ModuleDef resource_module = { "resource", NULL, resource_methods, resource_exec };
