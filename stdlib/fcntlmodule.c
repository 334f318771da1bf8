/* kiln: the fcntl module: fcntl, ioctl, flock, lockf and their constants. */
#define _GNU_SOURCE
#include "core.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int fd_arg(Value v, int *out)
{
    Value f = v;
    if (!IS_INT(v)) {
        f = obj_lookup_attr(v, str_intern_cstr("fileno"));
        if (!f) { if (!exc_pending()) raise_TypeError("argument must be an int, or have a fileno() method."); return -1; }
        f = obj_call0(f);
        if (!f) return -1;
    }
    int64_t fd;
    if (obj_as_ssize(f, &fd, E(OverflowError)) < 0) return -1;
    if (fd < 0) { raise_ValueError("file descriptor cannot be a negative integer (%lld)", (long long)fd); return -1; }
    *out = (int)fd;
    return 0;
}

static Value ctl(const char *fname, bool is_ioctl, const Value *args, size_t nargs)
{
    int fd;
    int64_t cmd;
    if (args_count(fname, nargs, 2, is_ioctl ? 4 : 3) < 0 || fd_arg(args[0], &fd) < 0 ||
        obj_as_ssize(args[1], &cmd, E(OverflowError)) < 0) return 0;
    Value arg = nargs > 2 ? args[2] : MKSMALL(0);
    const char *d;
    int64_t n;
    if (IS_STR(arg) || bytes_like(arg, &d, &n)) {
        if (IS_STR(arg)) { d = STR_DATA(arg); n = STR_NBYTES(arg); }
        if (n > 1024) return raise_ValueError("%s string arg too long", is_ioctl ? "ioctl" : "fcntl");
        char buf[1024];
        memcpy(buf, d, (size_t)n);
        int r = is_ioctl ? ioctl(fd, (unsigned long)cmd, buf) : fcntl(fd, (int)cmd, buf);
        if (r < 0) return raise_errno(NULL, errno, 0);
        if (is_ioctl && IS_TYPE(arg, bytearray) && (nargs < 4 || obj_truthy(args[3]))) {
            memcpy(AS(ByteArray, arg)->buf->data, buf, (size_t)n);
            return MKSMALL(r);
        }
        return bytes_new(buf, (size_t)n);
    }
    int64_t iv;
    if (arg == NONE) iv = 0;
    else if (obj_as_ssize(arg, &iv, E(OverflowError)) < 0) return 0;
    int r;
    do r = is_ioctl ? ioctl(fd, (unsigned long)cmd, (long)iv) : fcntl(fd, (int)cmd, (long)iv);
    while (r < 0 && errno == EINTR);
    if (r < 0) return raise_errno(NULL, errno, 0);
    return MKSMALL(r);
}

static Value f_fcntl(Value self, const Value *args, size_t nargs, Value kw) { return ctl("fcntl", false, args, nargs); }
static Value f_ioctl(Value self, const Value *args, size_t nargs, Value kw) { return ctl("ioctl", true, args, nargs); }

static Value f_flock(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd;
    int64_t op;
    if (args_count("flock", nargs, 2, 2) < 0 || fd_arg(args[0], &fd) < 0 || obj_as_ssize(args[1], &op, E(OverflowError)) < 0) return 0;
    int r;
    do r = flock(fd, (int)op); while (r < 0 && errno == EINTR);
    if (r < 0) return raise_errno(NULL, errno, 0);
    return NONE;
}

static Value f_lockf(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd;
    int64_t code, len = 0, start = 0, whence = 0;
    if (args_count("lockf", nargs, 2, 5) < 0 || fd_arg(args[0], &fd) < 0 || obj_as_ssize(args[1], &code, E(OverflowError)) < 0) return 0;
    if (nargs > 2 && obj_as_ssize(args[2], &len, E(OverflowError)) < 0) return 0;
    if (nargs > 3 && obj_as_ssize(args[3], &start, E(OverflowError)) < 0) return 0;
    if (nargs > 4 && obj_as_ssize(args[4], &whence, E(OverflowError)) < 0) return 0;
    struct flock l;
    memset(&l, 0, sizeof l);
    if (code == LOCK_UN) l.l_type = F_UNLCK;
    else if (code & LOCK_SH) l.l_type = F_RDLCK;
    else if (code & LOCK_EX) l.l_type = F_WRLCK;
    else return raise_ValueError("unrecognized lockf argument");
    l.l_start = start; l.l_len = len; l.l_whence = (short)whence;
    int r;
    do r = fcntl(fd, (code & LOCK_NB) ? F_SETLK : F_SETLKW, &l); while (r < 0 && errno == EINTR);
    if (r < 0) return raise_errno(NULL, errno, 0);
    return NONE;
}

static const MethodDef fcntl_methods[] = {
    { "fcntl", f_fcntl, 0, NULL }, { "ioctl", f_ioctl, 0, NULL }, { "flock", f_flock, 0, NULL },
    { "lockf", f_lockf, 0, NULL }, { NULL, NULL, 0, NULL },
};

typedef struct FConst { const char *name; long v; } FConst;
#define C(n) { #n, n },
static const FConst fcntl_consts[] = {
    C(F_DUPFD) C(F_DUPFD_CLOEXEC) C(F_GETFD) C(F_SETFD) C(F_GETFL) C(F_SETFL) C(F_GETLK) C(F_SETLK)
    C(F_SETLKW) C(F_GETOWN) C(F_SETOWN) C(F_GETSIG) C(F_SETSIG) C(F_RDLCK) C(F_WRLCK) C(F_UNLCK)
    C(F_GETLEASE) C(F_SETLEASE) C(F_NOTIFY) C(F_GETPIPE_SZ) C(F_SETPIPE_SZ) C(F_OFD_GETLK) C(F_OFD_SETLK)
    C(F_OFD_SETLKW) C(F_ADD_SEALS) C(F_GET_SEALS) C(F_SEAL_SEAL) C(F_SEAL_SHRINK) C(F_SEAL_GROW) C(F_SEAL_WRITE)
    C(FD_CLOEXEC) C(LOCK_SH) C(LOCK_EX) C(LOCK_NB) C(LOCK_UN) C(LOCK_MAND) C(LOCK_READ) C(LOCK_WRITE) C(LOCK_RW)
    C(F_EXLCK) C(F_SHLCK) C(DN_ACCESS) C(DN_MODIFY) C(DN_CREATE) C(DN_DELETE) C(DN_RENAME) C(DN_ATTRIB)
    C(DN_MULTISHOT) C(FASYNC)
    { NULL, 0 },
};
#undef C

static int fcntl_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    for (const FConst *c = fcntl_consts; c->name; c++)
        if (dict_set_cstr(d, c->name, int_from_i64(c->v)) < 0) return -1;
    return 0;
}

const ModuleDef fcntl_module = { "fcntl", NULL, fcntl_methods, fcntl_exec };
