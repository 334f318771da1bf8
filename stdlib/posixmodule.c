/* kiln: the posix module, the C half of CPython's os.
 * Thin wrappers over the system calls; paths are str (UTF-8 + surrogateescape),
 * bytes or os.PathLike.  The struct sequences (stat_result, ...), DirEntry and
 * the scandir iterator are built by the Python prelude at the end of the file
 * over raw tuples the C functions return. */
#define _GNU_SOURCE
#include "core.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <dlfcn.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sysexits.h>
#include <pty.h>
#include <spawn.h>
#include <utmp.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/xattr.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define FN(name) static Value px_##name(Value self, const Value *args, size_t nargs, Value kw)

/* -- Paths ------------------------------------------------------------------- */

typedef struct PathArg {
    Value obj;          /* what the caller passed (for error messages) */
    Value bytes;        /* the encoded path (bytes), or 0 for an fd */
    const char *p;      /* NUL-terminated path, NULL for an fd or None */
    int fd;             /* -1 unless an fd was given */
    bool is_bytes;      /* names come back as bytes */
} PathArg;

static Value do_fspath(Value v)
{
    if (IS_STR(v) || IS_TYPE(v, bytes)) return v;
    Value f = obj_lookup_special(v, S(__fspath__));
    if (!f) {
        if (exc_pending()) return 0;
        return raise_TypeError("expected str, bytes or os.PathLike object, not %T", v);
    }
    Value r = obj_call0(f);
    if (!r) return 0;
    if (IS_STR(r) || IS_TYPE(r, bytes)) return r;
    return raise_TypeError("expected %T.__fspath__() to return str or bytes, not %T", v, r);
}

Value posix_fspath(Value v) { return do_fspath(v); }

/* Convert a path argument; allow_fd accepts an int fd, nullable accepts None. */
static int path_conv(const char *fname, const char *argname, Value v, PathArg *pa, bool allow_fd, bool nullable)
{
    pa->obj = v; pa->bytes = 0; pa->p = NULL; pa->fd = -1; pa->is_bytes = false;
    if (nullable && (v == 0 || v == NONE)) return 0;
    if (allow_fd && IS_INT(v) && !IS_BOOL(v)) {
        int64_t fd;
        if (int_as_i64(v, &fd) < 0) return -1;
        if (fd < INT_MIN || fd > INT_MAX) { raise_OverflowError("fd is greater than maximum"); return -1; }
        pa->fd = (int)fd;
        return 0;
    }
    Value s = v;
    const char *bd;
    int64_t bn;
    if (!IS_STR(s) && !IS_TYPE(s, bytes) && !bytes_like(s, &bd, &bn)) {
        Value f = obj_lookup_special(v, S(__fspath__));
        if (!f) {
            if (exc_pending()) return -1;
            raise_TypeError("%s: %s should be string, bytes%s os.PathLike%s, not %T", fname, argname,
                            allow_fd || nullable ? "," : " or",
                            allow_fd && nullable ? ", integer or None" : allow_fd ? " or integer" : nullable ? " or None" : "", v);
            return -1;
        }
        s = obj_call0(f);
        if (!s) return -1;
        if (!IS_STR(s) && !IS_TYPE(s, bytes)) {
            raise_TypeError("expected %T.__fspath__() to return str or bytes, not %T", v, s);
            return -1;
        }
    }
    Value b;
    if (IS_STR(s)) {
        b = str_encode(s, "utf-8", "surrogateescape");
        if (!b) return -1;
    } else if (IS_TYPE(s, bytes)) {
        b = s;
        pa->is_bytes = true;
    } else {
        b = bytes_new(bd, (size_t)bn);     /* bytearray/memoryview: CPython accepts them (deprecated) */
        pa->is_bytes = true;
    }
    if (memchr(BYTES_DATA(b), 0, (size_t)BYTES_SIZE(b))) { raise_ValueError("embedded null byte"); return -1; }
    pa->bytes = b;
    pa->p = BYTES_DATA(b);
    return 0;
}

static Value path_error(PathArg *pa) { return raise_errno(NULL, errno, pa->obj); }

static Value path_error2(int err, Value a, Value b)
{
    Value v[5] = { MKSMALL(err), str_from_cstr(strerror(err)), a, NONE, b };
    Value exc = exc_new(E(OSError), v, 5);
    return exc ? raise_value(exc) : 0;
}

/* A negative fd leaves no path: CPython then fails with EFAULT, "Bad address: -1". */
#define NEG_FD_CHECK(pa) do { if ((pa).fd < 0 && !(pa).p) { errno = EFAULT; return path_error(&(pa)); } } while (0)

static Value posix_error(void) { return raise_errno(NULL, errno, 0); }
static Value raise_OSError_msg(const char *m) { return raise_fmt(E(OSError), "%s", m); }

/* A name from the OS, as str (surrogateescape) or bytes. */
static Value os_name(const char *s, size_t n, bool as_bytes)
{
    if (as_bytes) return bytes_new(s, n);
    return str_decode(s, n, "utf-8", "surrogateescape");
}

static int ival(Value v, int64_t *out)
{
    if (IS_FLOAT(v)) { raise_TypeError("'float' object cannot be interpreted as an integer"); return -1; }
    return obj_as_ssize(v, out, E(OverflowError));
}

static int ival_int(Value v, int *out)
{
    int64_t x;
    if (ival(v, &x) < 0) return -1;
    if (x > INT_MAX) { raise_OverflowError("signed integer is greater than maximum"); return -1; }
    if (x < INT_MIN) { raise_OverflowError("signed integer is less than minimum"); return -1; }
    *out = (int)x;
    return 0;
}

static int dirfd_conv(Value v, int *out)
{
    *out = AT_FDCWD;
    if (!v || v == NONE) return 0;
    if (!IS_INT(v)) { raise_TypeError("argument should be integer or None, not %T", v); return -1; }
    return ival_int(v, out);
}

static int bool_arg(Value v, bool dflt)
{
    if (!v) return dflt;
    return obj_truthy(v);
}

static Value module_attr(const char *name)
{
    Value m = dict_get_cstr(R->modules, "posix");
    if (!m) return 0;
    return dict_get_cstr(AS(Module, m)->dict, name);
}

/* -- stat -------------------------------------------------------------------- */

static Value ts_float(struct timespec t) { return float_new((double)t.tv_sec + t.tv_nsec * 1e-9); }
static Value ts_nsec(struct timespec t)
{
    return int_add(int_mul(int_from_i64(t.tv_sec), MKSMALL(1000000000)), MKSMALL(t.tv_nsec));
}

/* A struct sequence made from C values without running its Python __new__:
 * tuple.__new__(cls, v[:nseq]) with _extra = v[nseq:]. */
static Value structseq_fast(Value cls, const Value *v, int nseq, int nf)
{
    if (!cls || !IS_TYPEOBJ(cls)) return cls ? obj_call1(cls, tuple_from(v, nf)) : tuple_from(v, nf);
    Value seq = tuple_from(v, nseq);
    Value self = T(tuple)->new_(AS(Type, cls), &seq, 1, 0);
    if (!self) return 0;
    if (instance_setattr_raw(self, str_intern_cstr("_extra"), tuple_from(v + nseq, nf - nseq)) < 0) return 0;
    return self;
}

static Value make_stat(const struct stat *st)
{
    Value v[19] = {
        MKSMALL(st->st_mode), int_from_u64(st->st_ino), int_from_u64(st->st_dev),
        int_from_u64(st->st_nlink), MKSMALL(st->st_uid), MKSMALL(st->st_gid), int_from_i64(st->st_size),
        int_from_i64(st->st_atim.tv_sec), int_from_i64(st->st_mtim.tv_sec), int_from_i64(st->st_ctim.tv_sec),
        ts_float(st->st_atim), ts_float(st->st_mtim), ts_float(st->st_ctim),
        ts_nsec(st->st_atim), ts_nsec(st->st_mtim), ts_nsec(st->st_ctim),
        int_from_i64(st->st_blksize), int_from_i64(st->st_blocks), int_from_u64(st->st_rdev),
    };
    return structseq_fast(module_attr("stat_result"), v, 10, 19);
}

static Value do_stat(const char *fname, const Value *args, size_t nargs, Value kw, bool lstat_)
{
    static const char *const names[] = { "path", "dir_fd", "follow_symlinks", NULL };
    Value a[3];
    if (args_parse(fname, args, nargs, kw, names, 1, a) < 0) return 0;
    PathArg pa;
    int dfd;
    if (path_conv(fname, "path", a[0], &pa, !lstat_, false) < 0 || dirfd_conv(a[1], &dfd) < 0) return 0;
    int follow = lstat_ ? 0 : bool_arg(a[2], true);
    if (follow < 0) return 0;
    struct stat st;
    int r;
    NEG_FD_CHECK(pa);
    if (pa.fd >= 0) r = fstat(pa.fd, &st);
    else r = fstatat(dfd, pa.p, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0) return path_error(&pa);
    return make_stat(&st);
}

FN(stat) { return do_stat("stat", args, nargs, kw, false); }
FN(lstat) { return do_stat("lstat", args, nargs, kw, true); }

FN(fstat)
{
    static const char *const names[] = { "fd", NULL };
    Value a[1]; int fd;
    if (args_parse("fstat", args, nargs, kw, names, 1, a) < 0 || ival_int(a[0], &fd) < 0) return 0;
    struct stat st;
    if (fstat(fd, &st) < 0) return posix_error();
    return make_stat(&st);
}

/* -- directories --------------------------------------------------------------- */

FN(listdir)
{
    static const char *const names[] = { "path", NULL };
    Value a[1];
    if (args_parse("listdir", args, nargs, kw, names, 0, a) < 0) return 0;
    PathArg pa;
    if (path_conv("listdir", "path", a[0], &pa, true, true) < 0) return 0;
    DIR *d;
    if (pa.fd >= 0) {
        int fd = dup(pa.fd);
        if (fd < 0) return posix_error();
        d = fdopendir(fd);
        if (!d) { close(fd); return posix_error(); }
        rewinddir(d);
    } else {
        d = opendir(pa.p ? pa.p : ".");
        if (!d) return pa.p ? path_error(&pa) : raise_errno(NULL, errno, str_from_cstr("."));
    }
    Value l = list_new(0);
    struct dirent *e;
    for (;;) {
        errno = 0;
        e = readdir(d);
        if (!e) break;
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        Value n = os_name(e->d_name, strlen(e->d_name), pa.is_bytes);
        if (!n || list_append(l, n) < 0) { closedir(d); return 0; }
    }
    int err = errno;
    closedir(d);
    if (err) { errno = err; return path_error(&pa); }
    return l;
}

/* A DirEntry (the prelude's class) made without running Python code. */
static Value entry_new(Value cls, Value dirpath, Value name, int dtype, uint64_t ino, Value dirfd_v)
{
    Value path = name;
    if (dirpath != NONE) {
        bool b = IS_TYPE(name, bytes);
        const char *dp = b ? BYTES_DATA(dirpath) : STR_DATA(dirpath);
        int64_t dn = b ? BYTES_SIZE(dirpath) : STR_NBYTES(dirpath);
        if (b) {
            StrBuf sb;
            sb_init(&sb);
            sb_add(&sb, dp, (size_t)dn);
            if (!dn || dp[dn - 1] != '/') sb_addc(&sb, '/');
            sb_add(&sb, BYTES_DATA(name), (size_t)BYTES_SIZE(name));
            path = bytes_new(sb.data, sb.len);
            sb_free(&sb);
        } else {
            path = (dn && dp[dn - 1] == '/') ? str_concat(dirpath, name) : str_concat(str_concat(dirpath, R->char_cache['/']), name);
        }
        if (!path) return 0;
    }
    Value e = instance_new(AS(Type, cls));
    if (!e) return 0;
    static const char *const keys[] = { "name", "path", "_d_type", "_ino", "_dirfd", "_stat", "_lstat" };
    Value vals[7] = { name, path, MKSMALL(dtype), int_from_u64(ino), dirfd_v, NONE, NONE };
    for (int i = 0; i < 7; i++)
        if (instance_setattr_raw(e, str_intern_cstr(keys[i]), vals[i]) < 0) return 0;
    return e;
}

/* _scandir_raw(path, dirpath, dirfd) -> (is_bytes, [DirEntry, ...]) for the prelude's scandir. */
FN(_scandir_raw)
{
    PathArg pa;
    if (args_count("scandir", nargs, 3, 3) < 0) return 0;
    if (path_conv("scandir", "path", args[0], &pa, true, true) < 0) return 0;
    Value cls = module_attr("DirEntry");
    if (!cls) return raise_SystemError("posix.DirEntry is missing");
    Value dirpath = args[1], dirfd_v = args[2];
    if (dirpath != NONE && !IS_STR(dirpath) && !IS_TYPE(dirpath, bytes)) return raise_TypeError("bad scandir path");
    DIR *d;
    if (pa.fd >= 0) {
        int fd = dup(pa.fd);
        if (fd < 0) return posix_error();
        d = fdopendir(fd);
        if (!d) { close(fd); return posix_error(); }
        rewinddir(d);
    } else {
        d = opendir(pa.p ? pa.p : ".");
        if (!d) return pa.p ? path_error(&pa) : raise_errno(NULL, errno, str_from_cstr("."));
    }
    Value l = list_new(0);
    struct dirent *e;
    for (;;) {
        errno = 0;
        e = readdir(d);
        if (!e) break;
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        Value n = os_name(e->d_name, strlen(e->d_name), pa.is_bytes);
        if (!n) { closedir(d); return 0; }
        Value t = entry_new(cls, dirpath, n, e->d_type, e->d_ino, dirfd_v);
        if (!t || list_append(l, t) < 0) { closedir(d); return 0; }
    }
    int err = errno;
    closedir(d);
    if (err) { errno = err; return path_error(&pa); }
    return tuple_pack(2, BOOL_V(pa.is_bytes), l);
}

FN(mkdir)
{
    static const char *const names[] = { "path", "mode", "dir_fd", NULL };
    Value a[3]; PathArg pa; int mode = 0777, dfd;
    if (args_parse("mkdir", args, nargs, kw, names, 1, a) < 0) return 0;
    if (path_conv("mkdir", "path", a[0], &pa, false, false) < 0) return 0;
    if (a[1] && ival_int(a[1], &mode) < 0) return 0;
    if (dirfd_conv(a[2], &dfd) < 0) return 0;
    if (mkdirat(dfd, pa.p, (mode_t)mode) < 0) return path_error(&pa);
    return NONE;
}

static Value unlink_like(const char *fname, const Value *args, size_t nargs, Value kw, int flags)
{
    static const char *const names[] = { "path", "dir_fd", NULL };
    Value a[2]; PathArg pa; int dfd;
    if (args_parse(fname, args, nargs, kw, names, 1, a) < 0) return 0;
    if (path_conv(fname, "path", a[0], &pa, false, false) < 0 || dirfd_conv(a[1], &dfd) < 0) return 0;
    if (unlinkat(dfd, pa.p, flags) < 0) return path_error(&pa);
    return NONE;
}

FN(rmdir) { return unlink_like("rmdir", args, nargs, kw, AT_REMOVEDIR); }
FN(unlink) { return unlink_like("unlink", args, nargs, kw, 0); }
FN(remove) { return unlink_like("remove", args, nargs, kw, 0); }

static Value rename_like(const char *fname, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "src", "dst", "src_dir_fd", "dst_dir_fd", NULL };
    Value a[4]; PathArg s, d; int sfd, dfd;
    if (args_parse(fname, args, nargs, kw, names, 2, a) < 0) return 0;
    if (path_conv(fname, "src", a[0], &s, false, false) < 0 || path_conv(fname, "dst", a[1], &d, false, false) < 0 ||
        dirfd_conv(a[2], &sfd) < 0 || dirfd_conv(a[3], &dfd) < 0) return 0;
    if (renameat(sfd, s.p, dfd, d.p) < 0) return path_error2(errno, s.obj, d.obj);
    return NONE;
}

FN(rename) { return rename_like("rename", args, nargs, kw); }
FN(replace) { return rename_like("replace", args, nargs, kw); }

FN(link)
{
    static const char *const names[] = { "src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks", NULL };
    Value a[5]; PathArg s, d; int sfd, dfd;
    if (args_parse("link", args, nargs, kw, names, 2, a) < 0) return 0;
    if (path_conv("link", "src", a[0], &s, false, false) < 0 || path_conv("link", "dst", a[1], &d, false, false) < 0 ||
        dirfd_conv(a[2], &sfd) < 0 || dirfd_conv(a[3], &dfd) < 0) return 0;
    int follow = bool_arg(a[4], true);
    if (linkat(sfd, s.p, dfd, d.p, follow ? AT_SYMLINK_FOLLOW : 0) < 0) return path_error2(errno, s.obj, d.obj);
    return NONE;
}

FN(symlink)
{
    static const char *const names[] = { "src", "dst", "target_is_directory", "dir_fd", NULL };
    Value a[4]; PathArg s, d; int dfd;
    if (args_parse("symlink", args, nargs, kw, names, 2, a) < 0) return 0;
    if (path_conv("symlink", "src", a[0], &s, false, false) < 0 || path_conv("symlink", "dst", a[1], &d, false, false) < 0 ||
        dirfd_conv(a[3], &dfd) < 0) return 0;
    if (symlinkat(s.p, dfd, d.p) < 0) return path_error2(errno, s.obj, d.obj);
    return NONE;
}

FN(readlink)
{
    static const char *const names[] = { "path", "dir_fd", NULL };
    Value a[2]; PathArg pa; int dfd;
    if (args_parse("readlink", args, nargs, kw, names, 1, a) < 0) return 0;
    if (path_conv("readlink", "path", a[0], &pa, false, false) < 0 || dirfd_conv(a[1], &dfd) < 0) return 0;
    char buf[PATH_MAX + 1];
    ssize_t n = readlinkat(dfd, pa.p, buf, sizeof buf);
    if (n < 0) return path_error(&pa);
    return os_name(buf, (size_t)n, pa.is_bytes);
}

FN(getcwd)
{
    char buf[PATH_MAX + 1];
    if (!getcwd(buf, sizeof buf)) return posix_error();
    return os_name(buf, strlen(buf), false);
}

FN(getcwdb)
{
    char buf[PATH_MAX + 1];
    if (!getcwd(buf, sizeof buf)) return posix_error();
    return bytes_new(buf, strlen(buf));
}

FN(chdir)
{
    static const char *const names[] = { "path", NULL };
    Value a[1]; PathArg pa;
    if (args_parse("chdir", args, nargs, kw, names, 1, a) < 0) return 0;
    if (path_conv("chdir", "path", a[0], &pa, true, false) < 0) return 0;
    NEG_FD_CHECK(pa);
    int r = pa.fd >= 0 ? fchdir(pa.fd) : chdir(pa.p);
    if (r < 0) return path_error(&pa);
    return NONE;
}

FN(fchdir)
{
    int fd;
    if (args_count("fchdir", nargs, 1, 1) < 0 || ival_int(args[0], &fd) < 0) return 0;
    if (fchdir(fd) < 0) return posix_error();
    return NONE;
}

FN(chmod)
{
    static const char *const names[] = { "path", "mode", "dir_fd", "follow_symlinks", NULL };
    Value a[4]; PathArg pa; int mode, dfd;
    if (args_parse("chmod", args, nargs, kw, names, 2, a) < 0) return 0;
    if (path_conv("chmod", "path", a[0], &pa, true, false) < 0 || ival_int(a[1], &mode) < 0 ||
        dirfd_conv(a[2], &dfd) < 0) return 0;
    int follow = bool_arg(a[3], true);
    NEG_FD_CHECK(pa);
    int r = pa.fd >= 0 ? fchmod(pa.fd, (mode_t)mode)
                       : fchmodat(dfd, pa.p, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0) return path_error(&pa);
    return NONE;
}

FN(fchmod)
{
    static const char *const names[] = { "fd", "mode", NULL };
    Value a[2]; int fd, mode;
    if (args_parse("fchmod", args, nargs, kw, names, 2, a) < 0 || ival_int(a[0], &fd) < 0 || ival_int(a[1], &mode) < 0) return 0;
    if (fchmod(fd, (mode_t)mode) < 0) return posix_error();
    return NONE;
}

static Value chown_like(const char *fname, const Value *args, size_t nargs, Value kw, bool lchown_)
{
    static const char *const names[] = { "path", "uid", "gid", "dir_fd", "follow_symlinks", NULL };
    Value a[5]; PathArg pa; int64_t uid, gid; int dfd;
    if (args_parse(fname, args, nargs, kw, names, 3, a) < 0) return 0;
    if (path_conv(fname, "path", a[0], &pa, !lchown_, false) < 0 || ival(a[1], &uid) < 0 || ival(a[2], &gid) < 0 ||
        dirfd_conv(a[3], &dfd) < 0) return 0;
    int follow = lchown_ ? 0 : bool_arg(a[4], true);
    NEG_FD_CHECK(pa);
    int r = pa.fd >= 0 ? fchown(pa.fd, (uid_t)uid, (gid_t)gid)
                       : fchownat(dfd, pa.p, (uid_t)uid, (gid_t)gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0) return path_error(&pa);
    return NONE;
}

FN(chown) { return chown_like("chown", args, nargs, kw, false); }
FN(lchown) { return chown_like("lchown", args, nargs, kw, true); }

FN(fchown)
{
    static const char *const names[] = { "fd", "uid", "gid", NULL };
    Value a[3]; int fd; int64_t uid, gid;
    if (args_parse("fchown", args, nargs, kw, names, 3, a) < 0 || ival_int(a[0], &fd) < 0 ||
        ival(a[1], &uid) < 0 || ival(a[2], &gid) < 0) return 0;
    if (fchown(fd, (uid_t)uid, (gid_t)gid) < 0) return posix_error();
    return NONE;
}

static int time_to_ts(Value v, struct timespec *ts)
{
    if (IS_INT(v)) {
        int64_t s;
        if (int_as_i64(v, &s) < 0) return -1;
        ts->tv_sec = s; ts->tv_nsec = 0;
        return 0;
    }
    double d;
    if (float_as_double(v, &d) < 0) return -1;
    /* CPython rounds utime's float times toward minus infinity (_PyTime_ROUND_FLOOR) */
    double fl = __builtin_floor(d);
    ts->tv_sec = (time_t)fl;
    ts->tv_nsec = (long)__builtin_floor((d - fl) * 1e9);
    if (ts->tv_nsec >= 1000000000) { ts->tv_sec++; ts->tv_nsec -= 1000000000; }
    return 0;
}

FN(utime)
{
    static const char *const names[] = { "path", "times", "ns", "dir_fd", "follow_symlinks", NULL };
    Value a[5]; PathArg pa; int dfd;
    if (args_parse("utime", args, nargs, kw, names, 1, a) < 0) return 0;
    if (path_conv("utime", "path", a[0], &pa, true, false) < 0 || dirfd_conv(a[3], &dfd) < 0) return 0;
    int follow = bool_arg(a[4], true);
    struct timespec ts[2];
    struct timespec *tp = NULL;
    Value times = a[1] && a[1] != NONE ? a[1] : 0;
    if (times && a[2]) return raise_ValueError("utime: you may specify either 'times' or 'ns' but not both");
    if (times) {
        if (!IS_TUPLE(times) || TUPLE_SIZE(times) != 2)
            return raise_TypeError("utime: 'times' must be either a tuple of two ints or None");
        if (time_to_ts(TUPLE_ITEMS(times)[0], &ts[0]) < 0 || time_to_ts(TUPLE_ITEMS(times)[1], &ts[1]) < 0) return 0;
        tp = ts;
    } else if (a[2]) {
        if (!IS_TUPLE(a[2]) || TUPLE_SIZE(a[2]) != 2)
            return raise_TypeError("utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            Value q = obj_binop(TUPLE_ITEMS(a[2])[i], MKSMALL(1000000000), BINOP_FLOOR_DIVIDE);
            Value r = q ? obj_binop(TUPLE_ITEMS(a[2])[i], MKSMALL(1000000000), BINOP_REMAINDER) : 0;
            int64_t qs, rs;
            if (!r || int_as_i64(q, &qs) < 0 || int_as_i64(r, &rs) < 0) return 0;
            ts[i].tv_sec = qs; ts[i].tv_nsec = rs;
        }
        tp = ts;
    }
    NEG_FD_CHECK(pa);
    int r = pa.fd >= 0 ? futimens(pa.fd, tp) : utimensat(dfd, pa.p, tp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0) return path_error(&pa);
    return NONE;
}

FN(access)
{
    static const char *const names[] = { "path", "mode", "dir_fd", "effective_ids", "follow_symlinks", NULL };
    Value a[5]; PathArg pa; int mode, dfd;
    if (args_parse("access", args, nargs, kw, names, 2, a) < 0) return 0;
    if (path_conv("access", "path", a[0], &pa, false, false) < 0 || ival_int(a[1], &mode) < 0 ||
        dirfd_conv(a[2], &dfd) < 0) return 0;
    int flags = 0;
    if (bool_arg(a[3], false)) flags |= AT_EACCESS;
    if (!bool_arg(a[4], true)) flags |= AT_SYMLINK_NOFOLLOW;
    return BOOL_V(faccessat(dfd, pa.p, mode, flags) == 0);
}

FN(truncate)
{
    static const char *const names[] = { "path", "length", NULL };
    Value a[2]; PathArg pa; int64_t len;
    if (args_parse("truncate", args, nargs, kw, names, 2, a) < 0) return 0;
    if (path_conv("truncate", "path", a[0], &pa, true, false) < 0 || ival(a[1], &len) < 0) return 0;
    NEG_FD_CHECK(pa);
    int r = pa.fd >= 0 ? ftruncate(pa.fd, len) : truncate(pa.p, len);
    if (r < 0) return path_error(&pa);
    return NONE;
}

FN(statvfs)
{
    static const char *const names[] = { "path", NULL };
    Value a[1]; PathArg pa;
    if (args_parse("statvfs", args, nargs, kw, names, 1, a) < 0) return 0;
    if (path_conv("statvfs", "path", a[0], &pa, true, false) < 0) return 0;
    struct statvfs st;
    NEG_FD_CHECK(pa);
    int r = pa.fd >= 0 ? fstatvfs(pa.fd, &st) : statvfs(pa.p, &st);
    if (r < 0) return path_error(&pa);
    Value v[11] = { int_from_u64(st.f_bsize), int_from_u64(st.f_frsize), int_from_u64(st.f_blocks),
                    int_from_u64(st.f_bfree), int_from_u64(st.f_bavail), int_from_u64(st.f_files),
                    int_from_u64(st.f_ffree), int_from_u64(st.f_favail), int_from_u64(st.f_flag),
                    int_from_u64(st.f_namemax), int_from_u64(st.f_fsid) };
    Value t = module_attr("statvfs_result");
    Value tup = tuple_from(v, 11);
    return t ? obj_call1(t, tup) : tup;
}

/* -- file descriptors ------------------------------------------------------------ */

FN(open)
{
    static const char *const names[] = { "path", "flags", "mode", "dir_fd", NULL };
    Value a[4]; PathArg pa; int flags, mode = 0777, dfd;
    if (args_parse("open", args, nargs, kw, names, 2, a) < 0) return 0;
    if (path_conv("open", "path", a[0], &pa, false, false) < 0 || ival_int(a[1], &flags) < 0) return 0;
    if (a[2] && ival_int(a[2], &mode) < 0) return 0;
    if (dirfd_conv(a[3], &dfd) < 0) return 0;
    int fd;
    do fd = openat(dfd, pa.p, flags | O_CLOEXEC, mode); while (fd < 0 && errno == EINTR);
    if (fd < 0) return path_error(&pa);
    return MKSMALL(fd);
}

FN(close)
{
    static const char *const names[] = { "fd", NULL };
    Value a[1]; int fd;
    if (args_parse("close", args, nargs, kw, names, 1, a) < 0 || ival_int(a[0], &fd) < 0) return 0;
    if (close(fd) < 0 && errno != EINTR) return posix_error();
    return NONE;
}

FN(closerange)
{
    int lo, hi;
    if (args_count("closerange", nargs, 2, 2) < 0 || ival_int(args[0], &lo) < 0 || ival_int(args[1], &hi) < 0) return 0;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
    return NONE;
}

FN(read)
{
    int fd; int64_t n;
    if (args_count("read", nargs, 2, 2) < 0 || ival_int(args[0], &fd) < 0 || ival(args[1], &n) < 0) return 0;
    if (n < 0) { errno = EINVAL; return posix_error(); }
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return raise_memory();
    ssize_t r;
    GIL_BLOCKING(do r = read(fd, buf, (size_t)n); while (r < 0 && errno == EINTR));
    if (r < 0) { free(buf); return posix_error(); }
    Value b = bytes_new(buf, (size_t)r);
    free(buf);
    return b;
}

static int buffer_arg(const char *fname, Value v, const char **d, int64_t *n)
{
    if (bytes_like(v, d, n)) return 0;
    raise_TypeError("a bytes-like object is required, not '%T'", v);
    return -1;
}

FN(write)
{
    int fd; const char *d; int64_t n;
    if (args_count("write", nargs, 2, 2) < 0 || ival_int(args[0], &fd) < 0 || buffer_arg("write", args[1], &d, &n) < 0) return 0;
    ssize_t r;
    GIL_BLOCKING(do r = write(fd, d, (size_t)n); while (r < 0 && errno == EINTR));
    if (r < 0) return posix_error();
    return MKSMALL(r);
}

FN(pread)
{
    int fd; int64_t n, off;
    if (args_count("pread", nargs, 3, 3) < 0 || ival_int(args[0], &fd) < 0 || ival(args[1], &n) < 0 || ival(args[2], &off) < 0) return 0;
    if (n < 0) { errno = EINVAL; return posix_error(); }
    char *buf = malloc(n ? (size_t)n : 1);
    ssize_t r;
    do r = pread(fd, buf, (size_t)n, off); while (r < 0 && errno == EINTR);
    if (r < 0) { free(buf); return posix_error(); }
    Value b = bytes_new(buf, (size_t)r);
    free(buf);
    return b;
}

FN(pwrite)
{
    int fd; const char *d; int64_t n, off;
    if (args_count("pwrite", nargs, 3, 3) < 0 || ival_int(args[0], &fd) < 0 || buffer_arg("pwrite", args[1], &d, &n) < 0 ||
        ival(args[2], &off) < 0) return 0;
    ssize_t r;
    do r = pwrite(fd, d, (size_t)n, off); while (r < 0 && errno == EINTR);
    if (r < 0) return posix_error();
    return MKSMALL(r);
}

FN(lseek)
{
    int fd, how; int64_t pos;
    if (args_count("lseek", nargs, 3, 3) < 0 || ival_int(args[0], &fd) < 0 || ival(args[1], &pos) < 0 || ival_int(args[2], &how) < 0) return 0;
    off_t r = lseek(fd, pos, how);
    if (r < 0) return posix_error();
    return int_from_i64(r);
}

#define FD_VOID(name, call)                                                            \
    FN(name) {                                                                         \
        int fd;                                                                        \
        if (args_count(#name, nargs, 1, 1) < 0) return 0;                              \
        Value fv = args[0];                                                            \
        if (!IS_INT(fv)) { fv = obj_call_method(fv, str_intern_cstr("fileno"), NULL, 0); if (!fv) return 0; } \
        if (ival_int(fv, &fd) < 0) return 0;                                           \
        if (call < 0) return posix_error();                                            \
        return NONE;                                                                   \
    }
FD_VOID(fsync, fsync(fd))
FD_VOID(fdatasync, fdatasync(fd))
#undef FD_VOID

FN(ftruncate)
{
    int fd; int64_t len;
    if (args_count("ftruncate", nargs, 2, 2) < 0 || ival_int(args[0], &fd) < 0 || ival(args[1], &len) < 0) return 0;
    if (ftruncate(fd, len) < 0) return posix_error();
    return NONE;
}

FN(dup)
{
    int fd;
    if (args_count("dup", nargs, 1, 1) < 0 || ival_int(args[0], &fd) < 0) return 0;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return posix_error();
    return MKSMALL(r);
}

FN(dup2)
{
    static const char *const names[] = { "fd", "fd2", "inheritable", NULL };
    Value a[3]; int fd, fd2;
    if (args_parse("dup2", args, nargs, kw, names, 2, a) < 0 || ival_int(a[0], &fd) < 0 || ival_int(a[1], &fd2) < 0) return 0;
    int inh = bool_arg(a[2], true);
    int r = inh ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) return posix_error();
    return MKSMALL(r);
}

FN(pipe)
{
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0) return posix_error();
    return tuple_pack(2, MKSMALL(p[0]), MKSMALL(p[1]));
}

FN(pipe2)
{
    int p[2], flags;
    if (args_count("pipe2", nargs, 1, 1) < 0 || ival_int(args[0], &flags) < 0) return 0;
    if (pipe2(p, flags) < 0) return posix_error();
    return tuple_pack(2, MKSMALL(p[0]), MKSMALL(p[1]));
}

FN(isatty)
{
    int fd;
    if (args_count("isatty", nargs, 1, 1) < 0 || ival_int(args[0], &fd) < 0) return 0;
    return BOOL_V(isatty(fd));
}

/* get_/set_inheritable and get_/set_blocking: one fcntl flag of a descriptor,
 * whose being set means False (FD_CLOEXEC: not inheritable, O_NONBLOCK: not blocking). */
static Value fd_flag_get(const char *name, const Value *args, size_t nargs, int getcmd, int flag)
{
    int fd;
    if (args_count(name, nargs, 1, 1) < 0 || ival_int(args[0], &fd) < 0) return 0;
    int f = fcntl(fd, getcmd);
    if (f < 0) return posix_error();
    return BOOL_V(!(f & flag));
}

static Value fd_flag_set(const char *name, const Value *args, size_t nargs, int getcmd, int setcmd, int flag)
{
    int fd;
    if (args_count(name, nargs, 2, 2) < 0 || ival_int(args[0], &fd) < 0) return 0;
    int on = obj_truthy(args[1]);
    if (on < 0) return 0;
    int f = fcntl(fd, getcmd);
    if (f < 0) return posix_error();
    f = on ? (f & ~flag) : (f | flag);
    if (fcntl(fd, setcmd, f) < 0) return posix_error();
    return NONE;
}

FN(get_inheritable) { return fd_flag_get("get_inheritable", args, nargs, F_GETFD, FD_CLOEXEC); }
FN(set_inheritable) { return fd_flag_set("set_inheritable", args, nargs, F_GETFD, F_SETFD, FD_CLOEXEC); }
FN(get_blocking) { return fd_flag_get("get_blocking", args, nargs, F_GETFL, O_NONBLOCK); }
FN(set_blocking) { return fd_flag_set("set_blocking", args, nargs, F_GETFL, F_SETFL, O_NONBLOCK); }

FN(device_encoding)
{
    static const char *const names[] = { "fd", NULL };
    Value a[1]; int fd;
    if (args_parse("device_encoding", args, nargs, kw, names, 1, a) < 0 || ival_int(a[0], &fd) < 0) return 0;
    if (isatty(fd)) return str_from_cstr("UTF-8");
    return NONE;
}

FN(sendfile)
{
    static const char *const names[] = { "out_fd", "in_fd", "offset", "count", NULL };
    Value a[4]; int out, in; int64_t cnt;
    if (args_parse("sendfile", args, nargs, kw, names, 4, a) < 0 || ival_int(a[0], &out) < 0 ||
        ival_int(a[1], &in) < 0 || ival(a[3], &cnt) < 0) return 0;
    ssize_t r;
    if (a[2] == NONE) {
        r = sendfile(out, in, NULL, (size_t)cnt);
    } else {
        int64_t o;
        if (ival(a[2], &o) < 0) return 0;
        off_t off = o;
        r = sendfile(out, in, &off, (size_t)cnt);
    }
    if (r < 0) return posix_error();
    return MKSMALL(r);
}

FN(memfd_create)
{
    static const char *const names[] = { "name", "flags", NULL };
    Value a[2]; PathArg pa; int flags = MFD_CLOEXEC;
    if (args_parse("memfd_create", args, nargs, kw, names, 1, a) < 0) return 0;
    if (path_conv("memfd_create", "name", a[0], &pa, false, false) < 0) return 0;
    if (a[1] && ival_int(a[1], &flags) < 0) return 0;
    int fd = memfd_create(pa.p, (unsigned)flags);
    if (fd < 0) return posix_error();
    return MKSMALL(fd);
}

/* -- processes -------------------------------------------------------------------- */

#define ID_FN(name, expr) FN(name) { return int_from_i64((int64_t)(expr)); }
ID_FN(getpid, getpid())
ID_FN(getppid, getppid())
ID_FN(getuid, getuid())
ID_FN(geteuid, geteuid())
ID_FN(getgid, getgid())
ID_FN(getegid, getegid())
ID_FN(getpgrp, getpgrp())
#undef ID_FN

FN(getgroups)
{
    gid_t g[NGROUPS_MAX];
    int n = getgroups(NGROUPS_MAX, g);
    if (n < 0) return posix_error();
    Value l = list_new(0);
    for (int i = 0; i < n; i++) list_append(l, int_from_i64(g[i]));
    return l;
}

FN(getlogin)
{
    char *s = getlogin();
    if (!s) { if (!errno) errno = ENOTTY; return posix_error(); }
    return str_from_cstr(s);
}

FN(setsid)
{
    if (setsid() < 0) return posix_error();
    return NONE;
}

FN(setpgid)
{
    int64_t p, g;
    if (args_count("setpgid", nargs, 2, 2) < 0 || ival(args[0], &p) < 0 || ival(args[1], &g) < 0) return 0;
    if (setpgid((pid_t)p, (pid_t)g) < 0) return posix_error();
    return NONE;
}

FN(getpgid)
{
    int64_t p;
    if (args_count("getpgid", nargs, 1, 1) < 0 || ival(args[0], &p) < 0) return 0;
    pid_t r = getpgid((pid_t)p);
    if (r < 0) return posix_error();
    return MKSMALL(r);
}

FN(nice)
{
    int inc;
    if (args_count("nice", nargs, 1, 1) < 0 || ival_int(args[0], &inc) < 0) return 0;
    errno = 0;
    int r = nice(inc);
    if (r == -1 && errno) return posix_error();
    return MKSMALL(r);
}

FN(umask)
{
    int m;
    if (args_count("umask", nargs, 1, 1) < 0 || ival_int(args[0], &m) < 0) return 0;
    return MKSMALL(umask((mode_t)m));
}

FN(kill)
{
    int64_t pid; int sig;
    if (args_count("kill", nargs, 2, 2) < 0 || ival(args[0], &pid) < 0 || ival_int(args[1], &sig) < 0) return 0;
    if (pid == getpid() && sig > 0) return signal_send_self(sig) < 0 ? 0 : NONE;
    if (kill((pid_t)pid, sig) < 0) return posix_error();
    return NONE;
}

FN(killpg)
{
    int64_t pid; int sig;
    if (args_count("killpg", nargs, 2, 2) < 0 || ival(args[0], &pid) < 0 || ival_int(args[1], &sig) < 0) return 0;
    if (killpg((pid_t)pid, sig) < 0) return posix_error();
    return NONE;
}

FN(waitpid)
{
    int64_t pid; int opts, st = 0;
    if (args_count("waitpid", nargs, 2, 2) < 0 || ival(args[0], &pid) < 0 || ival_int(args[1], &opts) < 0) return 0;
    pid_t r;
    GIL_BLOCKING(do r = waitpid((pid_t)pid, &st, opts); while (r < 0 && errno == EINTR));
    if (r < 0) return posix_error();
    return tuple_pack(2, MKSMALL(r), MKSMALL(st));
}

FN(wait)
{
    int st = 0;
    pid_t r;
    do r = wait(&st); while (r < 0 && errno == EINTR);
    if (r < 0) return posix_error();
    return tuple_pack(2, MKSMALL(r), MKSMALL(st));
}

#define WFN(name, expr)                                                                  \
    FN(name) {                                                                           \
        static const char *const names[] = { "status", NULL };                           \
        Value a[1]; int status;                                                          \
        if (args_parse(#name, args, nargs, kw, names, 1, a) < 0 || ival_int(a[0], &status) < 0) return 0; \
        return expr;                                                                     \
    }
WFN(WIFEXITED, BOOL_V(WIFEXITED(status)))
WFN(WEXITSTATUS, MKSMALL(WEXITSTATUS(status)))
WFN(WIFSIGNALED, BOOL_V(WIFSIGNALED(status)))
WFN(WTERMSIG, MKSMALL(WTERMSIG(status)))
WFN(WIFSTOPPED, BOOL_V(WIFSTOPPED(status)))
WFN(WSTOPSIG, MKSMALL(WSTOPSIG(status)))
WFN(WCOREDUMP, BOOL_V(WCOREDUMP(status)))
WFN(WIFCONTINUED, BOOL_V(WIFCONTINUED(status)))
#undef WFN

FN(waitstatus_to_exitcode)
{
    static const char *const names[] = { "status", NULL };
    Value a[1]; int status;
    if (args_parse("waitstatus_to_exitcode", args, nargs, kw, names, 1, a) < 0 || ival_int(a[0], &status) < 0) return 0;
    if (WIFEXITED(status)) return MKSMALL(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return MKSMALL(-WTERMSIG(status));
    return raise_ValueError("invalid wait status: %d", status);
}

FN(_fork)
{
    fflush(stdout); fflush(stderr);
    pid_t p = fork();
    if (p < 0) return posix_error();
    return MKSMALL(p);
}

/* A NULL-terminated argv/envp from a sequence (malloc'd strings). */
static char **cstr_vector(Value seq, const char *what, bool env)
{
    Value items = 0;
    if (env) {
        Value keys = obj_call_method(seq, str_intern_cstr("keys"), NULL, 0);
        if (!keys) return NULL;
        Value kl = list_from_iter(keys);
        if (!kl) return NULL;
        items = list_new(0);
        for (int64_t i = 0; i < LIST_SIZE(kl); i++) {
            Value k = LIST_ITEMS(kl)[i], v = obj_getitem(seq, k);
            if (!v) return NULL;
            PathArg pk, pv;
            if (path_conv("execve", "key", k, &pk, false, false) < 0 || path_conv("execve", "value", v, &pv, false, false) < 0) return NULL;
            if (memchr(pk.p, '=', (size_t)BYTES_SIZE(pk.bytes)) || !BYTES_SIZE(pk.bytes)) {
                raise_ValueError("illegal environment variable name");
                return NULL;
            }
            size_t n1 = (size_t)BYTES_SIZE(pk.bytes), n2 = (size_t)BYTES_SIZE(pv.bytes);
            char *s = malloc(n1 + n2 + 2);
            memcpy(s, pk.p, n1); s[n1] = '='; memcpy(s + n1 + 1, pv.p, n2 + 1);
            list_append(items, bytes_new(s, n1 + n2 + 1));
            free(s);
        }
    } else {
        items = list_from_iter(seq);
        if (!items) return NULL;
    }
    int64_t n = LIST_SIZE(items);
    if (!env && n == 0) { raise_ValueError("%s must not be empty", what); return NULL; }
    char **v = calloc((size_t)n + 1, sizeof(char *));
    for (int64_t i = 0; i < n; i++) {
        PathArg pa;
        if (path_conv("execv", "arg", LIST_ITEMS(items)[i], &pa, false, false) < 0) {
            for (int64_t j = 0; j < i; j++) free(v[j]);
            free(v);
            return NULL;
        }
        v[i] = strdup(pa.p);
    }
    if (!env && !v[0][0]) { raise_ValueError("%s first element cannot be empty", what); free(v); return NULL; }
    return v;
}

static void free_vector(char **v) { if (v) { for (char **p = v; *p; p++) free(*p); free(v); } }

FN(execv)
{
    PathArg pa;
    if (args_count("execv", nargs, 2, 2) < 0 || path_conv("execv", "path", args[0], &pa, false, false) < 0) return 0;
    if (!IS_TUPLE(args[1]) && !IS_LIST(args[1])) return raise_TypeError("execv() arg 2 must be a tuple or list");
    char **av = cstr_vector(args[1], "execv() arg 2", false);
    if (!av) return 0;
    fflush(stdout); fflush(stderr);
    execv(pa.p, av);
    int e = errno;
    free_vector(av);
    errno = e;
    return posix_error();
}

FN(execve)
{
    static const char *const names[] = { "path", "argv", "env", NULL };
    Value a[3]; PathArg pa;
    if (args_parse("execve", args, nargs, kw, names, 3, a) < 0 || path_conv("execve", "path", a[0], &pa, true, false) < 0) return 0;
    if (!IS_TUPLE(a[1]) && !IS_LIST(a[1])) return raise_TypeError("execve: argv must be a tuple or list");
    char **av = cstr_vector(a[1], "execve: argv", false);
    if (!av) return 0;
    char **ev = cstr_vector(a[2], "env", true);
    if (!ev) { free_vector(av); return 0; }
    fflush(stdout); fflush(stderr);
    NEG_FD_CHECK(pa);
    if (pa.fd >= 0) fexecve(pa.fd, av, ev); else execve(pa.p, av, ev);
    int e = errno;
    free_vector(av); free_vector(ev);
    errno = e;
    return posix_error();
}

FN(_exit)
{
    static const char *const names[] = { "status", NULL };
    Value a[1]; int st;
    if (args_parse("_exit", args, nargs, kw, names, 1, a) < 0 || ival_int(a[0], &st) < 0) return 0;
    _exit(st);
}

FN(system)
{
    static const char *const names[] = { "command", NULL };
    Value a[1]; PathArg pa;
    if (args_parse("system", args, nargs, kw, names, 1, a) < 0 || path_conv("system", "command", a[0], &pa, false, false) < 0) return 0;
    fflush(stdout); fflush(stderr);
    int r = system(pa.p);
    return MKSMALL(r);
}

FN(urandom)
{
    int64_t n;
    if (args_count("urandom", nargs, 1, 1) < 0 || ival(args[0], &n) < 0) return 0;
    if (n < 0) return raise_ValueError("negative argument not allowed");
    char *buf = malloc(n ? (size_t)n : 1);
    int64_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(buf + got, (size_t)(n - got), 0);
        if (r < 0) { if (errno == EINTR) continue; free(buf); return posix_error(); }
        got += r;
    }
    Value b = bytes_new(buf, (size_t)n);
    free(buf);
    return b;
}

FN(strerror)
{
    int e;
    if (args_count("strerror", nargs, 1, 1) < 0 || ival_int(args[0], &e) < 0) return 0;
    return str_from_cstr(strerror(e));
}

FN(uname)
{
    struct utsname u;
    if (uname(&u) < 0) return posix_error();
    Value v[5] = { str_from_cstr(u.sysname), str_from_cstr(u.nodename), str_from_cstr(u.release),
                   str_from_cstr(u.version), str_from_cstr(u.machine) };
    Value t = module_attr("uname_result");
    Value tup = tuple_from(v, 5);
    return t ? obj_call1(t, tup) : tup;
}

FN(times)
{
    struct tms t;
    clock_t c = times(&t);
    double hz = (double)sysconf(_SC_CLK_TCK);
    Value v[5] = { float_new(t.tms_utime / hz), float_new(t.tms_stime / hz), float_new(t.tms_cutime / hz),
                   float_new(t.tms_cstime / hz), float_new(c / hz) };
    Value ty = module_attr("times_result");
    Value tup = tuple_from(v, 5);
    return ty ? obj_call1(ty, tup) : tup;
}

FN(getloadavg)
{
    double l[3];
    if (getloadavg(l, 3) != 3) return raise_OSError_msg("Load averages are unobtainable");
    return tuple_pack(3, float_new(l[0]), float_new(l[1]), float_new(l[2]));
}

FN(cpu_count)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? NONE : MKSMALL(n);
}

FN(sched_getaffinity)
{
    int64_t pid;
    if (args_count("sched_getaffinity", nargs, 1, 1) < 0 || ival(args[0], &pid) < 0) return 0;
    cpu_set_t s;
    if (sched_getaffinity((pid_t)pid, sizeof s, &s) < 0) return posix_error();
    Value r = set_new();
    for (int i = 0; i < CPU_SETSIZE; i++)
        if (CPU_ISSET(i, &s)) set_add(r, MKSMALL(i));
    return r;
}

FN(sched_yield) { sched_yield(); return NONE; }

static int conf_name(Value v, const char *table, int *out)
{
    if (IS_STR(v)) {
        Value names = module_attr(table);
        Value n = names ? dict_get(names, v) : 0;
        if (!n) { if (!exc_pending()) raise_ValueError("unrecognized configuration name"); return -1; }
        v = n;
    }
    return ival_int(v, out);
}

FN(sysconf)
{
    int name;
    if (args_count("sysconf", nargs, 1, 1) < 0 || conf_name(args[0], "sysconf_names", &name) < 0) return 0;
    errno = 0;
    long r = sysconf(name);
    if (r == -1 && errno) return posix_error();
    return int_from_i64(r);
}

FN(fpathconf)
{
    int name; PathArg pa;
    if (args_count("fpathconf", nargs, 2, 2) < 0 || path_conv("fpathconf", "path", args[0], &pa, true, false) < 0 ||
        conf_name(args[1], "pathconf_names", &name) < 0) return 0;
    errno = 0;
    if (pa.fd < 0 && !pa.p) return raise_ValueError("file descriptor cannot be a negative integer (%d)", pa.fd);
    long r = pa.fd >= 0 ? fpathconf(pa.fd, name) : pathconf(pa.p, name);
    if (r == -1 && errno) return path_error(&pa);
    return int_from_i64(r);
}

FN(confstr)
{
    int name;
    if (args_count("confstr", nargs, 1, 1) < 0 || conf_name(args[0], "confstr_names", &name) < 0) return 0;
    char buf[1024];
    errno = 0;
    size_t n = confstr(name, buf, sizeof buf);
    if (n == 0) { if (errno) return posix_error(); return NONE; }
    return str_from_cstr(buf);
}

FN(get_terminal_size)
{
    int fd = 1;
    if (args_count("get_terminal_size", nargs, 0, 1) < 0) return 0;
    if (nargs && ival_int(args[0], &fd) < 0) return 0;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return posix_error();
    Value t = module_attr("terminal_size");
    Value tup = tuple_pack(2, MKSMALL(w.ws_col), MKSMALL(w.ws_row));
    return t ? obj_call1(t, tup) : tup;
}

FN(putenv)
{
    PathArg k, v;
    if (args_count("putenv", nargs, 2, 2) < 0 || path_conv("putenv", "name", args[0], &k, false, false) < 0 ||
        path_conv("putenv", "value", args[1], &v, false, false) < 0) return 0;
    if (!k.p[0] || strchr(k.p, '=')) return raise_ValueError("illegal environment variable name");
    if (setenv(k.p, v.p, 1) < 0) return posix_error();
    return NONE;
}

FN(unsetenv)
{
    PathArg k;
    if (args_count("unsetenv", nargs, 1, 1) < 0 || path_conv("unsetenv", "name", args[0], &k, false, false) < 0) return 0;
    if (!k.p[0] || strchr(k.p, '=')) return raise_ValueError("illegal environment variable name");
    if (unsetenv(k.p) < 0) return posix_error();
    return NONE;
}

FN(fspath)
{
    static const char *const names[] = { "path", NULL };
    Value a[1];
    if (args_parse("fspath", args, nargs, kw, names, 1, a) < 0) return 0;
    return do_fspath(a[0]);
}

FN(ctermid)
{
    char buf[L_ctermid];
    return str_from_cstr(ctermid(buf));
}

FN(ttyname)
{
    int fd;
    if (args_count("ttyname", nargs, 1, 1) < 0 || ival_int(args[0], &fd) < 0) return 0;
    char *s = ttyname(fd);
    if (!s) return posix_error();
    return str_from_cstr(s);
}

FN(sync) { sync(); return NONE; }

FN(mkfifo)
{
    static const char *const names[] = { "path", "mode", "dir_fd", NULL };
    Value a[3]; PathArg pa; int mode = 0666, dfd;
    if (args_parse("mkfifo", args, nargs, kw, names, 1, a) < 0 || path_conv("mkfifo", "path", a[0], &pa, false, false) < 0) return 0;
    if (a[1] && ival_int(a[1], &mode) < 0) return 0;
    if (dirfd_conv(a[2], &dfd) < 0) return 0;
    if (mkfifoat(dfd, pa.p, (mode_t)mode) < 0) return path_error(&pa);
    return NONE;
}

/* -- ids, devices, misc ---------------------------------------------------------- */

#define SETID(name, call)                                                              \
    FN(name) {                                                                         \
        int64_t a;                                                                     \
        if (args_count(#name, nargs, 1, 1) < 0 || ival(args[0], &a) < 0) return 0;    \
        if (call < 0) return posix_error();                                            \
        return NONE;                                                                   \
    }
SETID(setuid, setuid((uid_t)a))
SETID(setgid, setgid((gid_t)a))
SETID(seteuid, seteuid((uid_t)a))
SETID(setegid, setegid((gid_t)a))
#undef SETID

#define SETID2(name, call)                                                             \
    FN(name) {                                                                         \
        int64_t a, b;                                                                  \
        if (args_count(#name, nargs, 2, 2) < 0 || ival(args[0], &a) < 0 || ival(args[1], &b) < 0) return 0; \
        if (call < 0) return posix_error();                                            \
        return NONE;                                                                   \
    }
SETID2(setreuid, setreuid((uid_t)a, (uid_t)b))
SETID2(setregid, setregid((gid_t)a, (gid_t)b))
#undef SETID2

FN(getresuid)
{
    uid_t r, e, s;
    if (getresuid(&r, &e, &s) < 0) return posix_error();
    return tuple_pack(3, int_from_i64(r), int_from_i64(e), int_from_i64(s));
}

FN(getresgid)
{
    gid_t r, e, s;
    if (getresgid(&r, &e, &s) < 0) return posix_error();
    return tuple_pack(3, int_from_i64(r), int_from_i64(e), int_from_i64(s));
}

FN(getsid)
{
    int64_t p;
    if (args_count("getsid", nargs, 1, 1) < 0 || ival(args[0], &p) < 0) return 0;
    pid_t r = getsid((pid_t)p);
    if (r < 0) return posix_error();
    return MKSMALL(r);
}

FN(major)
{
    int64_t d;
    if (args_count("major", nargs, 1, 1) < 0 || ival(args[0], &d) < 0) return 0;
    return int_from_u64(major((dev_t)d));
}

FN(minor)
{
    int64_t d;
    if (args_count("minor", nargs, 1, 1) < 0 || ival(args[0], &d) < 0) return 0;
    return int_from_u64(minor((dev_t)d));
}

FN(makedev)
{
    int64_t a, b;
    if (args_count("makedev", nargs, 2, 2) < 0 || ival(args[0], &a) < 0 || ival(args[1], &b) < 0) return 0;
    return int_from_u64(makedev((unsigned)a, (unsigned)b));
}

FN(mknod)
{
    static const char *const names[] = { "path", "mode", "device", "dir_fd", NULL };
    Value a[4]; PathArg pa; int mode = 0600, dfd; int64_t dev = 0;
    if (args_parse("mknod", args, nargs, kw, names, 1, a) < 0 || path_conv("mknod", "path", a[0], &pa, false, false) < 0) return 0;
    if ((a[1] && ival_int(a[1], &mode) < 0) || (a[2] && ival(a[2], &dev) < 0) || dirfd_conv(a[3], &dfd) < 0) return 0;
    if (mknodat(dfd, pa.p, (mode_t)mode, (dev_t)dev) < 0) return path_error(&pa);
    return NONE;
}

FN(chroot)
{
    PathArg pa;
    if (args_count("chroot", nargs, 1, 1) < 0 || path_conv("chroot", "path", args[0], &pa, false, false) < 0) return 0;
    if (chroot(pa.p) < 0) return path_error(&pa);
    return NONE;
}

FN(getpriority)
{
    int which; int64_t who;
    if (args_count("getpriority", nargs, 2, 2) < 0 || ival_int(args[0], &which) < 0 || ival(args[1], &who) < 0) return 0;
    errno = 0;
    int r = getpriority(which, (id_t)who);
    if (r == -1 && errno) return posix_error();
    return MKSMALL(r);
}

FN(setpriority)
{
    int which, prio; int64_t who;
    if (args_count("setpriority", nargs, 3, 3) < 0 || ival_int(args[0], &which) < 0 || ival(args[1], &who) < 0 ||
        ival_int(args[2], &prio) < 0) return 0;
    if (setpriority(which, (id_t)who, prio) < 0) return posix_error();
    return NONE;
}

FN(openpty)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m < 0) return posix_error();
    if (grantpt(m) < 0 || unlockpt(m) < 0) { int e = errno; close(m); errno = e; return posix_error(); }
    char *name = ptsname(m);
    int sl = name ? open(name, O_RDWR | O_NOCTTY | O_CLOEXEC) : -1;
    if (sl < 0) { int e = errno; close(m); errno = e; return posix_error(); }
    return tuple_pack(2, MKSMALL(m), MKSMALL(sl));
}

FN(lockf)
{
    int fd, cmd; int64_t len;
    if (args_count("lockf", nargs, 3, 3) < 0 || ival_int(args[0], &fd) < 0 || ival_int(args[1], &cmd) < 0 || ival(args[2], &len) < 0) return 0;
    if (lockf(fd, cmd, len) < 0) return posix_error();
    return NONE;
}

FN(posix_fallocate)
{
    int fd; int64_t off, len;
    if (args_count("posix_fallocate", nargs, 3, 3) < 0 || ival_int(args[0], &fd) < 0 || ival(args[1], &off) < 0 || ival(args[2], &len) < 0) return 0;
    int e = posix_fallocate(fd, off, len);
    if (e) { errno = e; return posix_error(); }
    return NONE;
}

FN(posix_fadvise)
{
    int fd, adv; int64_t off, len;
    if (args_count("posix_fadvise", nargs, 4, 4) < 0 || ival_int(args[0], &fd) < 0 || ival(args[1], &off) < 0 ||
        ival(args[2], &len) < 0 || ival_int(args[3], &adv) < 0) return 0;
    int e = posix_fadvise(fd, off, len, adv);
    if (e) { errno = e; return posix_error(); }
    return NONE;
}

FN(abort) { abort(); }

FN(getrandom)
{
    static const char *const names[] = { "size", "flags", NULL };
    Value a[2]; int64_t n; int flags = 0;
    if (args_parse("getrandom", args, nargs, kw, names, 1, a) < 0 || ival(a[0], &n) < 0) return 0;
    if (a[1] && ival_int(a[1], &flags) < 0) return 0;
    if (n < 0) { errno = EINVAL; return posix_error(); }
    char *buf = malloc(n ? (size_t)n : 1);
    ssize_t r;
    do r = getrandom(buf, (size_t)n, (unsigned)flags); while (r < 0 && errno == EINTR);
    if (r < 0) { free(buf); return posix_error(); }
    Value b = bytes_new(buf, (size_t)r);
    free(buf);
    return b;
}

FN(tcgetpgrp)
{
    int fd;
    if (args_count("tcgetpgrp", nargs, 1, 1) < 0 || ival_int(args[0], &fd) < 0) return 0;
    pid_t r = tcgetpgrp(fd);
    if (r < 0) return posix_error();
    return MKSMALL(r);
}

FN(sched_setaffinity)
{
    int64_t pid;
    if (args_count("sched_setaffinity", nargs, 2, 2) < 0 || ival(args[0], &pid) < 0) return 0;
    cpu_set_t s;
    CPU_ZERO(&s);
    Value it = obj_iter(args[1]);
    if (!it) return 0;
    Value v;
    while ((v = obj_next(it))) {
        int64_t c;
        if (ival(v, &c) < 0) return 0;
        if (c < 0) return raise_ValueError("negative CPU number");
        if (c < CPU_SETSIZE) CPU_SET((int)c, &s);
    }
    if (exc_pending()) return 0;
    if (sched_setaffinity((pid_t)pid, sizeof s, &s) < 0) return posix_error();
    return NONE;
}

FN(readv)
{
    int fd;
    if (args_count("readv", nargs, 2, 2) < 0 || ival_int(args[0], &fd) < 0) return 0;
    Value bufs = list_from_iter(args[1]);
    if (!bufs) return 0;
    int64_t total = 0;
    for (int64_t i = 0; i < LIST_SIZE(bufs); i++) {
        Value b = LIST_ITEMS(bufs)[i];
        char *dst;
        int64_t want;
        if (!writable_buffer(b, &dst, &want)) return raise_TypeError("readv() arg 2 must be a sequence of writable buffers");
        ssize_t r;
        GIL_BLOCKING(do r = read(fd, dst, (size_t)want); while (r < 0 && errno == EINTR));
        if (r < 0) return posix_error();
        total += r;
        if (r < want) break;
    }
    return int_from_i64(total);
}

FN(writev)
{
    int fd;
    if (args_count("writev", nargs, 2, 2) < 0 || ival_int(args[0], &fd) < 0) return 0;
    Value bufs = list_from_iter(args[1]);
    if (!bufs) return 0;
    StrBuf sb;
    sb_init(&sb);
    for (int64_t i = 0; i < LIST_SIZE(bufs); i++) {
        const char *d; int64_t n;
        if (!bytes_like(LIST_ITEMS(bufs)[i], &d, &n)) { sb_free(&sb); return raise_TypeError("writev() arg 2 must be a sequence of bytes-like objects"); }
        sb_add(&sb, d, (size_t)n);
    }
    ssize_t r;
    GIL_BLOCKING(do r = write(fd, sb.data, sb.len); while (r < 0 && errno == EINTR));
    sb_free(&sb);
    if (r < 0) return posix_error();
    return int_from_i64(r);
}

static Value rusage_tuple(const struct rusage *u)
{
    Value v[16] = {
        float_new(u->ru_utime.tv_sec + u->ru_utime.tv_usec * 1e-6), float_new(u->ru_stime.tv_sec + u->ru_stime.tv_usec * 1e-6),
        int_from_i64(u->ru_maxrss), int_from_i64(u->ru_ixrss), int_from_i64(u->ru_idrss), int_from_i64(u->ru_isrss),
        int_from_i64(u->ru_minflt), int_from_i64(u->ru_majflt), int_from_i64(u->ru_nswap), int_from_i64(u->ru_inblock),
        int_from_i64(u->ru_oublock), int_from_i64(u->ru_msgsnd), int_from_i64(u->ru_msgrcv), int_from_i64(u->ru_nsignals),
        int_from_i64(u->ru_nvcsw), int_from_i64(u->ru_nivcsw),
    };
    return tuple_from(v, 16);
}

/* _wait4(pid, options) -> (pid, status, rusage tuple); the prelude makes the struct_rusage. */
FN(_wait4)
{
    int64_t pid; int opts, st = 0;
    if (args_count("wait4", nargs, 2, 2) < 0 || ival(args[0], &pid) < 0 || ival_int(args[1], &opts) < 0) return 0;
    struct rusage u;
    memset(&u, 0, sizeof u);
    pid_t r;
    GIL_BLOCKING(do r = wait4((pid_t)pid, &st, opts, &u); while (r < 0 && errno == EINTR));
    if (r < 0) return posix_error();
    return tuple_pack(3, MKSMALL(r), MKSMALL(st), rusage_tuple(&u));
}

FN(waitid)
{
    int idtype, opts; int64_t id;
    if (args_count("waitid", nargs, 3, 3) < 0 || ival_int(args[0], &idtype) < 0 || ival(args[1], &id) < 0 ||
        ival_int(args[2], &opts) < 0) return 0;
    siginfo_t si;
    memset(&si, 0, sizeof si);
    int r;
    do r = waitid((idtype_t)idtype, (id_t)id, &si, opts); while (r < 0 && errno == EINTR);
    if (r < 0) return posix_error();
    if (si.si_pid == 0) return NONE;
    Value v[5] = { MKSMALL(si.si_pid), int_from_i64(si.si_uid), MKSMALL(si.si_signo), MKSMALL(si.si_status), MKSMALL(si.si_code) };
    return structseq_fast(module_attr("waitid_result"), v, 5, 5);
}

#define XATTR_SIZE_MAX 65536   /* <linux/limits.h> */
#define XATTR_LIST_MAX 65536

/* -- more of Linux: ids, scheduling, eventfd, splice, vectored I/O at an offset,
 * extended attributes, pidfd, ptys, posix_spawn ---------------------------------- */

FN(fstatvfs)
{
    if (args_count("fstatvfs", nargs, 1, 1) < 0) return 0;
    if (!IS_INT(args[0]) || IS_BOOL(args[0])) return raise_TypeError("'%T' object cannot be interpreted as an integer", args[0]);
    return px_statvfs(self, args, 1, 0);
}

FN(setpgrp)
{
    if (args_count("setpgrp", nargs, 0, 0) < 0) return 0;
    if (setpgid(0, 0) < 0) return posix_error();
    return NONE;
}

FN(tcsetpgrp)
{
    int fd; int64_t pg;
    if (args_count("tcsetpgrp", nargs, 2, 2) < 0 || ival_int(args[0], &fd) < 0 || ival(args[1], &pg) < 0) return 0;
    if (tcsetpgrp(fd, (pid_t)pg) < 0) return posix_error();
    return NONE;
}

#define SETID3(name, call)                                                             \
    FN(name) {                                                                         \
        int64_t a, b, c;                                                               \
        if (args_count(#name, nargs, 3, 3) < 0 || ival(args[0], &a) < 0 || ival(args[1], &b) < 0 || \
            ival(args[2], &c) < 0) return 0;                                           \
        if (call < 0) return posix_error();                                            \
        return NONE;                                                                   \
    }
SETID3(setresuid, setresuid((uid_t)a, (uid_t)b, (uid_t)c))
SETID3(setresgid, setresgid((gid_t)a, (gid_t)b, (gid_t)c))
#undef SETID3

FN(setgroups)
{
    if (args_count("setgroups", nargs, 1, 1) < 0) return 0;
    if (!obj_lookup_attr(args[0], S(__len__)) && !IS_LIST(args[0]) && !IS_TUPLE(args[0])) {
        exc_clear();
        return raise_TypeError("setgroups argument must be a sequence");
    }
    Value l = list_from_iter(args[0]);
    if (!l) return 0;
    if (LIST_SIZE(l) > NGROUPS_MAX) return raise_ValueError("too many groups");
    gid_t g[NGROUPS_MAX];
    for (int64_t i = 0; i < LIST_SIZE(l); i++) {
        int64_t v;
        Value x = LIST_ITEMS(l)[i];
        if (!IS_INT(x)) return raise_TypeError("groups must be integers");
        if (ival(x, &v) < 0) return 0;
        g[i] = (gid_t)v;
    }
    if (setgroups((size_t)LIST_SIZE(l), g) < 0) return posix_error();
    return NONE;
}

/* A user name argument (str, encoded as the file system encoding). */
static int user_arg(const char *fname, Value v, PathArg *pa)
{
    if (!IS_STR(v) && !IS_TYPE(v, bytes)) {
        raise_TypeError("%s() argument 1 must be str, not %T", fname, v);
        return -1;
    }
    return path_conv(fname, "user", v, pa, false, false);
}

FN(initgroups)
{
    PathArg pa; int64_t gid;
    if (args_count("initgroups", nargs, 2, 2) < 0 || user_arg("initgroups", args[0], &pa) < 0 || ival(args[1], &gid) < 0) return 0;
    name_services_ready();
    if (initgroups(pa.p, (gid_t)gid) < 0) return posix_error();
    return NONE;
}

FN(getgrouplist)
{
    PathArg pa; int64_t gid;
    if (args_count("getgrouplist", nargs, 2, 2) < 0 || user_arg("getgrouplist", args[0], &pa) < 0 || ival(args[1], &gid) < 0) return 0;
    int n = 64;
    gid_t *g = NULL;
    name_services_ready();
    for (;;) {
        int want = n;
        g = realloc(g, (size_t)n * sizeof *g);
        if (getgrouplist(pa.p, (gid_t)gid, g, &n) >= 0) break;
        n = n > want ? n : want * 2;
    }
    Value l = list_new(0);
    for (int i = 0; i < n; i++) list_append(l, int_from_i64(g[i]));
    free(g);
    return l;
}

/* -- scheduling -- */

FN(sched_get_priority_max)
{
    static const char *const names[] = { "policy", NULL };
    Value a[1]; int pol;
    if (args_parse("sched_get_priority_max", args, nargs, kw, names, 1, a) < 0 || ival_int(a[0], &pol) < 0) return 0;
    int r = sched_get_priority_max(pol);
    return r < 0 ? posix_error() : MKSMALL(r);
}

FN(sched_get_priority_min)
{
    static const char *const names[] = { "policy", NULL };
    Value a[1]; int pol;
    if (args_parse("sched_get_priority_min", args, nargs, kw, names, 1, a) < 0 || ival_int(a[0], &pol) < 0) return 0;
    int r = sched_get_priority_min(pol);
    return r < 0 ? posix_error() : MKSMALL(r);
}

FN(sched_getscheduler)
{
    int64_t pid;
    if (args_count("sched_getscheduler", nargs, 1, 1) < 0 || ival(args[0], &pid) < 0) return 0;
    int r = sched_getscheduler((pid_t)pid);
    return r < 0 ? posix_error() : MKSMALL(r);
}

/* A posix.sched_param argument -> its priority. */
static int sched_param_arg(Value v, struct sched_param *sp)
{
    Value t = module_attr("sched_param");
    if (!t || TYPE(v) != AS(Type, t)) { raise_TypeError("must have a sched_param object"); return -1; }
    int prio;
    if (ival_int(TUPLE_ITEMS(v)[0], &prio) < 0) return -1;
    sp->sched_priority = prio;
    return 0;
}

FN(sched_setscheduler)
{
    int64_t pid; int pol; struct sched_param sp;
    if (args_count("sched_setscheduler", nargs, 3, 3) < 0 || ival(args[0], &pid) < 0 || ival_int(args[1], &pol) < 0 ||
        sched_param_arg(args[2], &sp) < 0) return 0;
    if (sched_setscheduler((pid_t)pid, pol, &sp) < 0) return posix_error();
    return NONE;
}

FN(sched_getparam)
{
    int64_t pid; struct sched_param sp;
    if (args_count("sched_getparam", nargs, 1, 1) < 0 || ival(args[0], &pid) < 0) return 0;
    if (sched_getparam((pid_t)pid, &sp) < 0) return posix_error();
    Value t = module_attr("sched_param");
    return t ? obj_call1(t, MKSMALL(sp.sched_priority)) : 0;
}

FN(sched_setparam)
{
    int64_t pid; struct sched_param sp;
    if (args_count("sched_setparam", nargs, 2, 2) < 0 || ival(args[0], &pid) < 0 || sched_param_arg(args[1], &sp) < 0) return 0;
    if (sched_setparam((pid_t)pid, &sp) < 0) return posix_error();
    return NONE;
}

FN(sched_rr_get_interval)
{
    int64_t pid; struct timespec ts;
    if (args_count("sched_rr_get_interval", nargs, 1, 1) < 0 || ival(args[0], &pid) < 0) return 0;
    if (sched_rr_get_interval((pid_t)pid, &ts) < 0) return posix_error();
    return float_new((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

/* -- eventfd -- */

FN(eventfd)
{
    static const char *const names[] = { "initval", "flags", NULL };
    Value a[2]; int64_t init; int flags = EFD_CLOEXEC;
    if (args_parse("eventfd", args, nargs, kw, names, 1, a) < 0) return 0;
    if (IS_INT(a[0]) && int_sign(a[0]) < 0) return raise_ValueError("value must be positive");
    if (ival(a[0], &init) < 0) {
        if (exc_matches(E(OverflowError))) { exc_clear(); raise_OverflowError("Python int too large to convert to C unsigned long"); }
        return 0;
    }
    if (init > UINT32_MAX) return raise_OverflowError("Python int too large for C unsigned int");
    if (a[1] && ival_int(a[1], &flags) < 0) return 0;
    int fd = eventfd((unsigned)init, flags);
    return fd < 0 ? posix_error() : MKSMALL(fd);
}

FN(eventfd_read)
{
    static const char *const names[] = { "fd", NULL };
    Value a[1]; int fd; eventfd_t v;
    if (args_parse("eventfd_read", args, nargs, kw, names, 1, a) < 0 || ival_int(a[0], &fd) < 0) return 0;
    int r;
    GIL_BLOCKING(do r = eventfd_read(fd, &v); while (r < 0 && errno == EINTR));
    return r < 0 ? posix_error() : int_from_u64(v);
}

FN(eventfd_write)
{
    static const char *const names[] = { "fd", "value", NULL };
    Value a[2]; int fd;
    if (args_parse("eventfd_write", args, nargs, kw, names, 2, a) < 0 || ival_int(a[0], &fd) < 0) return 0;
    if (!IS_INT(a[1])) return raise_TypeError("'%T' object cannot be interpreted as an integer", a[1]);
    if (int_sign(a[1]) < 0) return raise_ValueError("value must be positive");
    unsigned char buf[8];
    if (int_to_bytes(a[1], buf, 8, true, false) < 0) {
        exc_clear();
        return raise_OverflowError("int too big to convert");
    }
    uint64_t v;
    memcpy(&v, buf, 8);
    int r;
    GIL_BLOCKING(do r = eventfd_write(fd, v); while (r < 0 && errno == EINTR));
    return r < 0 ? posix_error() : NONE;
}

/* An optional file offset argument (None: use and move the file position). */
static int offset_arg(Value v, loff_t *off, loff_t **p)
{
    *p = NULL;
    if (!v || v == NONE) return 0;
    int64_t x;
    if (ival(v, &x) < 0) return -1;
    *off = x;
    *p = off;
    return 0;
}

FN(splice)
{
    static const char *const names[] = { "src", "dst", "count", "offset_src", "offset_dst", "flags", NULL };
    Value a[6]; int src, dst; int64_t count; unsigned flags = 0; loff_t os, od, *ps, *pd;
    if (args_parse("splice", args, nargs, kw, names, 3, a) < 0 || ival_int(a[0], &src) < 0 || ival_int(a[1], &dst) < 0 ||
        ival(a[2], &count) < 0 || offset_arg(a[3], &os, &ps) < 0 || offset_arg(a[4], &od, &pd) < 0) return 0;
    if (count < 0) return raise_ValueError("negative value for 'count' not allowed");
    if (a[5]) { int f; if (ival_int(a[5], &f) < 0) return 0; flags = (unsigned)f; }
    ssize_t r;
    GIL_BLOCKING(do r = splice(src, ps, dst, pd, (size_t)count, flags); while (r < 0 && errno == EINTR));
    return r < 0 ? posix_error() : int_from_i64(r);
}

FN(copy_file_range)
{
    static const char *const names[] = { "src", "dst", "count", "offset_src", "offset_dst", NULL };
    Value a[5]; int src, dst; int64_t count; loff_t os, od, *ps, *pd;
    if (args_parse("copy_file_range", args, nargs, kw, names, 3, a) < 0 || ival_int(a[0], &src) < 0 ||
        ival_int(a[1], &dst) < 0 || ival(a[2], &count) < 0 || offset_arg(a[3], &os, &ps) < 0 ||
        offset_arg(a[4], &od, &pd) < 0) return 0;
    if (count < 0) return raise_ValueError("negative value for 'count' not allowed");
    ssize_t r;
    GIL_BLOCKING(do r = copy_file_range(src, ps, dst, pd, (size_t)count, 0); while (r < 0 && errno == EINTR));
    return r < 0 ? posix_error() : int_from_i64(r);
}

/* The buffers of preadv/pwritev as an iovec array (malloc'd); for reading
 * into, each must be writable. */
static struct iovec *iov_of(const char *fname, Value bufs, bool writable, int *n)
{
    if (!IS_LIST(bufs) && !IS_TUPLE(bufs) && !type_lookup(TYPE(bufs), S(__getitem__))) {
        raise_TypeError("%s() arg 2 must be a sequence", writable ? "preadv2" : fname);
        return NULL;
    }
    Value l = list_from_iter(bufs);
    if (!l) return NULL;
    *n = (int)LIST_SIZE(l);
    struct iovec *iov = calloc((size_t)*n + 1, sizeof *iov);
    for (int i = 0; i < *n; i++) {
        Value b = LIST_ITEMS(l)[i];
        BufferView bv;
        if (!obj_getbuffer(b, &bv)) {
            free(iov);
            raise_TypeError("a bytes-like object is required, not '%T'", b);
            return NULL;
        }
        if (writable && bv.readonly) {
            free(iov);
            raise_fmt(E(BufferError), "Object is not writable.");
            return NULL;
        }
        const char *d = bv.data;
        int64_t len = bv.len;
        iov[i].iov_base = (void *)d;
        iov[i].iov_len = (size_t)len;
    }
    return iov;
}

static Value vectored(const char *fname, const Value *args, size_t nargs, bool write)
{
    int fd, n, flags = 0; int64_t off;
    if (args_count(fname, nargs, 3, 4) < 0 || ival_int(args[0], &fd) < 0 || ival(args[2], &off) < 0) return 0;
    if (nargs > 3 && ival_int(args[3], &flags) < 0) return 0;
    struct iovec *iov = iov_of(fname, args[1], !write, &n);
    if (!iov) return 0;
    ssize_t r;
    if (write) GIL_BLOCKING(do r = pwritev2(fd, iov, n, off, flags); while (r < 0 && errno == EINTR));
    else GIL_BLOCKING(do r = preadv2(fd, iov, n, off, flags); while (r < 0 && errno == EINTR));
    free(iov);
    return r < 0 ? posix_error() : int_from_i64(r);
}

FN(preadv) { return vectored("preadv", args, nargs, false); }
FN(pwritev) { return vectored("pwritev", args, nargs, true); }

FN(pidfd_open)
{
    static const char *const names[] = { "pid", "flags", NULL };
    Value a[2]; int64_t pid; int flags = 0;
    if (args_parse("pidfd_open", args, nargs, kw, names, 1, a) < 0 || ival(a[0], &pid) < 0) return 0;
    if (a[1] && ival_int(a[1], &flags) < 0) return 0;
    long fd = syscall(SYS_pidfd_open, (pid_t)pid, (unsigned)flags);
    return fd < 0 ? posix_error() : MKSMALL(fd);
}

/* -- extended attributes -- */

/* (path or fd, attribute[, ...], *, follow_symlinks=True) */
static int xattr_args(const char *fname, const Value *args, size_t nargs, Value kw, const char *const *names,
                      int nreq, Value *a, int na, PathArg *pa, PathArg *attr, bool *follow)
{
    if (args_parse(fname, args, nargs, kw, names, nreq, a) < 0) return -1;
    if (path_conv(fname, "path", a[0], pa, true, false) < 0) return -1;
    if (attr && path_conv(fname, "attribute", a[1], attr, false, false) < 0) return -1;
    int f = bool_arg(a[na - 1], true);
    if (f < 0) return -1;
    *follow = f;
    if (pa->fd >= 0 && !f) {
        raise_ValueError("%s: cannot use fd and follow_symlinks together", fname);
        return -1;
    }
    return 0;
}

FN(getxattr)
{
    static const char *const names[] = { "path", "attribute", "follow_symlinks", NULL };
    Value a[3]; PathArg pa, at; bool follow;
    if (xattr_args("getxattr", args, nargs, kw, names, 2, a, 3, &pa, &at, &follow) < 0) return 0;
    for (size_t cap = 128;; cap *= 4) {
        char *buf = malloc(cap);
        ssize_t r = pa.fd >= 0 ? fgetxattr(pa.fd, at.p, buf, cap)
                  : follow ? getxattr(pa.p, at.p, buf, cap) : lgetxattr(pa.p, at.p, buf, cap);
        if (r >= 0) { Value b = bytes_new(buf, (size_t)r); free(buf); return b; }
        free(buf);
        if (errno != ERANGE || cap >= XATTR_SIZE_MAX) return path_error(&pa);
    }
}

FN(setxattr)
{
    static const char *const names[] = { "path", "attribute", "value", "flags", "follow_symlinks", NULL };
    Value a[5]; PathArg pa, at; bool follow; const char *d; int64_t n; int flags = 0;
    if (xattr_args("setxattr", args, nargs, kw, names, 3, a, 5, &pa, &at, &follow) < 0) return 0;
    if (buffer_arg("setxattr", a[2], &d, &n) < 0 || (a[3] && ival_int(a[3], &flags) < 0)) return 0;
    int r = pa.fd >= 0 ? fsetxattr(pa.fd, at.p, d, (size_t)n, flags)
          : follow ? setxattr(pa.p, at.p, d, (size_t)n, flags) : lsetxattr(pa.p, at.p, d, (size_t)n, flags);
    return r < 0 ? path_error(&pa) : NONE;
}

FN(removexattr)
{
    static const char *const names[] = { "path", "attribute", "follow_symlinks", NULL };
    Value a[3]; PathArg pa, at; bool follow;
    if (xattr_args("removexattr", args, nargs, kw, names, 2, a, 3, &pa, &at, &follow) < 0) return 0;
    int r = pa.fd >= 0 ? fremovexattr(pa.fd, at.p) : follow ? removexattr(pa.p, at.p) : lremovexattr(pa.p, at.p);
    return r < 0 ? path_error(&pa) : NONE;
}

FN(listxattr)
{
    static const char *const names[] = { "path", "follow_symlinks", NULL };
    Value a[2]; PathArg pa; bool follow;
    if (args_parse("listxattr", args, nargs, kw, names, 0, a) < 0) return 0;
    if (path_conv("listxattr", "path", a[0] ? a[0] : NONE, &pa, true, true) < 0) return 0;
    int f = bool_arg(a[1], true);
    if (f < 0) return 0;
    follow = f;
    if (pa.fd >= 0 && !follow) return raise_ValueError("listxattr: cannot use fd and follow_symlinks together");
    const char *path = pa.p ? pa.p : ".";
    for (size_t cap = 256;; cap *= 4) {
        char *buf = malloc(cap);
        ssize_t r = pa.fd >= 0 ? flistxattr(pa.fd, buf, cap)
                  : follow ? listxattr(path, buf, cap) : llistxattr(path, buf, cap);
        if (r >= 0) {
            Value l = list_new(0);
            for (ssize_t i = 0; i < r;) {
                size_t len = strlen(buf + i);
                list_append(l, os_name(buf + i, len, false));
                i += (ssize_t)len + 1;
            }
            free(buf);
            return l;
        }
        free(buf);
        if (errno != ERANGE || cap >= XATTR_LIST_MAX) return path_error(&pa);
    }
}

/* -- ptys -- */

FN(login_tty)
{
    int fd;
    if (args_count("login_tty", nargs, 1, 1) < 0 || ival_int(args[0], &fd) < 0) return 0;
    if (login_tty(fd) < 0) return posix_error();
    return NONE;
}

FN(_forkpty)
{
    int master;
    fflush(stdout); fflush(stderr);
    pid_t pid = forkpty(&master, NULL, NULL, NULL);
    if (pid < 0) return posix_error();
    return tuple_pack(2, MKSMALL(pid), MKSMALL(pid == 0 ? -1 : master));
}

/* -- posix_spawn -- */

static int sigset_arg(const char *what, Value v, sigset_t *s)
{
    sigemptyset(s);
    Value l = list_from_iter(v);
    if (!l) return -1;
    for (int64_t i = 0; i < LIST_SIZE(l); i++) {
        int sig;
        if (ival_int(LIST_ITEMS(l)[i], &sig) < 0) return -1;
        if (sig <= 0 || sig >= NSIG) { raise_ValueError("signal number %d out of range [1; %d]", sig, NSIG - 1); return -1; }
        sigaddset(s, sig);
    }
    return 0;
}

/* file_actions: (POSIX_SPAWN_OPEN, fd, path, flags, mode), (POSIX_SPAWN_CLOSE, fd), (POSIX_SPAWN_DUP2, fd, new_fd) */
static int file_actions_arg(Value v, posix_spawn_file_actions_t *fa, Value keep)
{
    Value l = list_from_iter(v);
    if (!l) return -1;
    for (int64_t i = 0; i < LIST_SIZE(l); i++) {
        Value t = LIST_ITEMS(l)[i];
        if (!IS_TUPLE(t) || TUPLE_SIZE(t) == 0) { raise_TypeError("Each file_actions element must be a non-empty tuple"); return -1; }
        int tag, fd, x, mode;
        if (ival_int(TUPLE_ITEMS(t)[0], &tag) < 0) return -1;
        int64_t n = TUPLE_SIZE(t);
        switch (tag) {
        case 0: {
            PathArg pa;
            if (n != 5) { raise_TypeError("A open file_action tuple must have 5 elements"); return -1; }
            if (ival_int(TUPLE_ITEMS(t)[1], &fd) < 0 || path_conv("posix_spawn", "path", TUPLE_ITEMS(t)[2], &pa, false, false) < 0 ||
                ival_int(TUPLE_ITEMS(t)[3], &x) < 0 || ival_int(TUPLE_ITEMS(t)[4], &mode) < 0) return -1;
            list_append(keep, pa.bytes);
            errno = posix_spawn_file_actions_addopen(fa, fd, pa.p, x, (mode_t)mode);
            break;
        }
        case 1:
            if (n != 2) { raise_TypeError("A close file_action tuple must have 2 elements"); return -1; }
            if (ival_int(TUPLE_ITEMS(t)[1], &fd) < 0) return -1;
            errno = posix_spawn_file_actions_addclose(fa, fd);
            break;
        case 2:
            if (n != 3) { raise_TypeError("A dup2 file_action tuple must have 3 elements"); return -1; }
            if (ival_int(TUPLE_ITEMS(t)[1], &fd) < 0 || ival_int(TUPLE_ITEMS(t)[2], &x) < 0) return -1;
            errno = posix_spawn_file_actions_adddup2(fa, fd, x);
            break;
        default:
            raise_TypeError("Unknown file_actions identifier");
            return -1;
        }
        if (errno) { posix_error(); return -1; }
    }
    return 0;
}

static Value spawn(const char *fname, bool use_path, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", "", "", "file_actions", "setpgroup", "resetids", "setsid",
                                         "setsigmask", "setsigdef", "scheduler", NULL };
    Value a[10]; PathArg pa;
    if (args_parse(fname, args, nargs, kw, names, 3, a) < 0) return 0;
    if (nargs > 3) return raise_TypeError("%s() takes exactly 3 positional arguments (%d given)", fname, (int)nargs);
    if (path_conv(fname, "path", a[0], &pa, false, false) < 0) return 0;
    if (!IS_TUPLE(a[1]) && !IS_LIST(a[1])) return raise_TypeError("%s: argv must be a tuple or list", fname);
    if (!obj_lookup_attr(a[2], str_intern_cstr("keys"))) {
        exc_clear();
        return raise_TypeError("%s: environment must be a mapping object", fname);
    }
    char msg[64];
    snprintf(msg, sizeof msg, "%s: argv", fname);
    char **av = cstr_vector(a[1], msg, false);
    if (!av) return 0;
    char **ev = cstr_vector(a[2], "env", true);
    if (!ev) { free_vector(av); return 0; }
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t at;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&at);
    short flags = 0;
    Value keep = list_new(0), result = 0;
    int r;
    if (a[3] && a[3] != NONE && file_actions_arg(a[3], &fa, keep) < 0) goto done;
    if (a[4] && a[4] != NONE) {
        int64_t pg;
        if (ival(a[4], &pg) < 0) goto done;
        posix_spawnattr_setpgroup(&at, (pid_t)pg);
        flags |= POSIX_SPAWN_SETPGROUP;
    }
    if ((r = bool_arg(a[5], false)) < 0) goto done;
    if (r) flags |= POSIX_SPAWN_RESETIDS;
    if ((r = bool_arg(a[6], false)) < 0) goto done;
    if (r) flags |= POSIX_SPAWN_SETSID;
    if (a[7]) {
        sigset_t s;
        if (sigset_arg("setsigmask", a[7], &s) < 0) goto done;
        posix_spawnattr_setsigmask(&at, &s);
        flags |= POSIX_SPAWN_SETSIGMASK;
    }
    if (a[8]) {
        sigset_t s;
        if (sigset_arg("setsigdef", a[8], &s) < 0) goto done;
        posix_spawnattr_setsigdefault(&at, &s);
        flags |= POSIX_SPAWN_SETSIGDEF;
    }
    if (a[9] && a[9] != NONE) {
        int pol; struct sched_param sp;
        if (!IS_TUPLE(a[9]) || TUPLE_SIZE(a[9]) != 2) { raise_TypeError("%s: scheduler must be a tuple or None", fname); goto done; }
        if (ival_int(TUPLE_ITEMS(a[9])[0], &pol) < 0 || sched_param_arg(TUPLE_ITEMS(a[9])[1], &sp) < 0) goto done;
        if (pol != -1) { posix_spawnattr_setschedpolicy(&at, pol); flags |= POSIX_SPAWN_SETSCHEDULER; }
        posix_spawnattr_setschedparam(&at, &sp);
        flags |= POSIX_SPAWN_SETSCHEDPARAM;
    }
    posix_spawnattr_setflags(&at, flags);
    pid_t pid;
    fflush(stdout); fflush(stderr);
    int err = use_path ? posix_spawnp(&pid, pa.p, &fa, &at, av, ev) : posix_spawn(&pid, pa.p, &fa, &at, av, ev);
    if (err) { errno = err; path_error(&pa); goto done; }
    result = MKSMALL(pid);
done:
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    free_vector(av);
    free_vector(ev);
    return result;
}

FN(posix_spawn) { return spawn("posix_spawn", false, args, nargs, kw); }
FN(posix_spawnp) { return spawn("posix_spawnp", true, args, nargs, kw); }

static const MethodDef posix_methods[] = {
#define M(n) { #n, px_##n, 0, NULL },
    M(stat) M(lstat) M(fstat) M(listdir) M(_scandir_raw) M(mkdir) M(rmdir) M(unlink) M(remove)
    M(rename) M(replace) M(link) M(symlink) M(readlink) M(getcwd) M(getcwdb) M(chdir) M(fchdir)
    M(chmod) M(fchmod) M(chown) M(lchown) M(fchown) M(utime) M(access) M(truncate) M(statvfs)
    M(open) M(close) M(closerange) M(read) M(write) M(pread) M(pwrite) M(lseek) M(fsync) M(fdatasync)
    M(ftruncate) M(dup) M(dup2) M(pipe) M(pipe2) M(isatty) M(get_inheritable) M(set_inheritable)
    M(get_blocking) M(set_blocking) M(device_encoding) M(sendfile) M(memfd_create)
    M(getpid) M(getppid) M(getuid) M(geteuid) M(getgid) M(getegid) M(getpgrp) M(getgroups) M(getlogin)
    M(setsid) M(setpgid) M(getpgid) M(nice) M(umask) M(kill) M(killpg) M(waitpid) M(wait) M(_wait4) M(waitid)
    M(WIFEXITED) M(WEXITSTATUS) M(WIFSIGNALED) M(WTERMSIG) M(WIFSTOPPED) M(WSTOPSIG) M(WCOREDUMP) M(WIFCONTINUED)
    M(waitstatus_to_exitcode) M(_fork) M(execv) M(execve) M(_exit) M(system) M(urandom) M(strerror)
    M(uname) M(times) M(getloadavg) M(cpu_count) M(sched_getaffinity) M(sched_yield) M(sysconf) M(fpathconf) M(confstr)
    M(setuid) M(setgid) M(seteuid) M(setegid) M(setreuid) M(setregid) M(getresuid) M(getresgid) M(getsid)
    M(major) M(minor) M(makedev) M(mknod) M(chroot) M(getpriority) M(setpriority) M(openpty) M(lockf)
    M(posix_fallocate) M(posix_fadvise) M(abort) M(getrandom) M(tcgetpgrp) M(sched_setaffinity) M(readv) M(writev)
    { "pathconf", px_fpathconf, 0, NULL },
    M(get_terminal_size) M(putenv) M(unsetenv) M(fspath) M(ctermid) M(ttyname) M(sync) M(mkfifo)
    M(fstatvfs) M(setpgrp) M(tcsetpgrp) M(setresuid) M(setresgid) M(setgroups) M(initgroups) M(getgrouplist)
    M(sched_get_priority_max) M(sched_get_priority_min) M(sched_getscheduler) M(sched_setscheduler)
    M(sched_getparam) M(sched_setparam) M(sched_rr_get_interval) M(eventfd) M(eventfd_read) M(eventfd_write)
    M(splice) M(copy_file_range) M(preadv) M(pwritev) M(pidfd_open) M(getxattr) M(setxattr) M(removexattr)
    M(listxattr) M(login_tty) M(_forkpty) M(posix_spawn) M(posix_spawnp)
#undef M
    { NULL, NULL, 0, NULL },
};

/* -- constants ------------------------------------------------------------------- */

typedef struct IntConst { const char *name; long v; } IntConst;
#define C(n) { #n, n },
static const IntConst posix_consts[] = {
    C(F_OK) C(R_OK) C(W_OK) C(X_OK)
    C(O_RDONLY) C(O_WRONLY) C(O_RDWR) C(O_APPEND) C(O_CREAT) C(O_EXCL) C(O_TRUNC) C(O_NONBLOCK)
    C(O_NDELAY) C(O_NOCTTY) C(O_CLOEXEC) C(O_DIRECTORY) C(O_NOFOLLOW) C(O_SYNC) C(O_DSYNC) C(O_RSYNC)
    C(O_ACCMODE) C(O_ASYNC) C(O_DIRECT) C(O_LARGEFILE) C(O_NOATIME) C(O_PATH) C(O_TMPFILE)
    C(SEEK_SET) C(SEEK_CUR) C(SEEK_END) C(SEEK_DATA) C(SEEK_HOLE)
    C(WNOHANG) C(WUNTRACED) C(WCONTINUED) C(WEXITED) C(WSTOPPED) C(WNOWAIT)
    C(P_PID) C(P_PGID) C(P_ALL)
    C(EX_OK) C(EX_USAGE) C(EX_DATAERR) C(EX_NOINPUT) C(EX_NOUSER) C(EX_NOHOST) C(EX_UNAVAILABLE)
    C(EX_SOFTWARE) C(EX_OSERR) C(EX_OSFILE) C(EX_CANTCREAT) C(EX_IOERR) C(EX_TEMPFAIL) C(EX_PROTOCOL)
    C(EX_NOPERM) C(EX_CONFIG)
    C(ST_RDONLY) C(ST_NOSUID) C(ST_NODEV) C(ST_NOEXEC) C(ST_SYNCHRONOUS) C(ST_MANDLOCK)
    C(ST_WRITE) C(ST_APPEND) C(ST_NOATIME) C(ST_NODIRATIME) C(ST_RELATIME)
    C(F_LOCK) C(F_TLOCK) C(F_ULOCK) C(F_TEST)
    C(PRIO_PROCESS) C(PRIO_PGRP) C(PRIO_USER)
    C(SCHED_OTHER) C(SCHED_FIFO) C(SCHED_RR) C(SCHED_BATCH) C(SCHED_IDLE) C(SCHED_RESET_ON_FORK)
    C(RTLD_LAZY) C(RTLD_NOW) C(RTLD_GLOBAL) C(RTLD_LOCAL) C(RTLD_NODELETE) C(RTLD_NOLOAD) C(RTLD_DEEPBIND)
    C(MFD_CLOEXEC) C(MFD_ALLOW_SEALING) C(MFD_HUGETLB)
    C(GRND_NONBLOCK) C(GRND_RANDOM)
    C(CLD_EXITED) C(CLD_KILLED) C(CLD_DUMPED) C(CLD_TRAPPED) C(CLD_STOPPED) C(CLD_CONTINUED)
    C(NGROUPS_MAX) C(TMP_MAX)
    { "EFD_CLOEXEC", 02000000 }, { "EFD_NONBLOCK", 04000 }, { "EFD_SEMAPHORE", 1 },
    { "SPLICE_F_MOVE", 1 }, { "SPLICE_F_NONBLOCK", 2 }, { "SPLICE_F_MORE", 4 },
    { "POSIX_FADV_NORMAL", 0 }, { "POSIX_FADV_RANDOM", 1 }, { "POSIX_FADV_SEQUENTIAL", 2 },
    { "POSIX_FADV_WILLNEED", 3 }, { "POSIX_FADV_DONTNEED", 4 }, { "POSIX_FADV_NOREUSE", 5 },
    C(O_FSYNC) C(P_PIDFD) C(RWF_APPEND) C(RWF_DSYNC) C(RWF_HIPRI) C(RWF_NOWAIT) C(RWF_SYNC)
    C(XATTR_CREATE) C(XATTR_REPLACE)
#define HUGE(n, lg) { "MFD_HUGE_" #n, (long)(lg) << 26 },   /* <linux/memfd.h>: log2 of the page size << 26 */
    HUGE(64KB, 16) HUGE(512KB, 19) HUGE(1MB, 20) HUGE(2MB, 21) HUGE(8MB, 23) HUGE(16MB, 24) HUGE(32MB, 25)
    HUGE(256MB, 28) HUGE(512MB, 29) HUGE(1GB, 30) HUGE(2GB, 31) HUGE(16GB, 34)
#undef HUGE
    { "MFD_HUGE_SHIFT", 26 }, { "MFD_HUGE_MASK", 0x3f }, { "XATTR_SIZE_MAX", XATTR_SIZE_MAX },
    { "POSIX_SPAWN_OPEN", 0 }, { "POSIX_SPAWN_CLOSE", 1 }, { "POSIX_SPAWN_DUP2", 2 },
    { NULL, 0 },
};
static const IntConst sysconf_consts[] = {
    { "SC_ARG_MAX", _SC_ARG_MAX }, { "SC_CHILD_MAX", _SC_CHILD_MAX }, { "SC_CLK_TCK", _SC_CLK_TCK },
    { "SC_NGROUPS_MAX", _SC_NGROUPS_MAX }, { "SC_OPEN_MAX", _SC_OPEN_MAX }, { "SC_PAGESIZE", _SC_PAGESIZE },
    { "SC_PAGE_SIZE", _SC_PAGE_SIZE }, { "SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF },
    { "SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN }, { "SC_PHYS_PAGES", _SC_PHYS_PAGES },
    { "SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES }, { "SC_LINE_MAX", _SC_LINE_MAX }, { "SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX },
    { "SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX }, { "SC_IOV_MAX", _SC_IOV_MAX }, { "SC_STREAM_MAX", _SC_STREAM_MAX },
    { "SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX }, { "SC_VERSION", _SC_VERSION }, { "SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX },
    { "SC_MINSIGSTKSZ", 249 },
    { NULL, 0 },
};
static const IntConst pathconf_consts[] = {
    { "PC_LINK_MAX", _PC_LINK_MAX }, { "PC_MAX_CANON", _PC_MAX_CANON }, { "PC_MAX_INPUT", _PC_MAX_INPUT },
    { "PC_NAME_MAX", _PC_NAME_MAX }, { "PC_PATH_MAX", _PC_PATH_MAX }, { "PC_PIPE_BUF", _PC_PIPE_BUF },
    { "PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED }, { "PC_NO_TRUNC", _PC_NO_TRUNC },
    { "PC_VDISABLE", _PC_VDISABLE }, { "PC_FILESIZEBITS", _PC_FILESIZEBITS },
    { NULL, 0 },
};
static const IntConst confstr_consts[] = {
    { "CS_PATH", _CS_PATH }, { "CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION },
    { "CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION },
    { NULL, 0 },
};
#undef C

static const char *const have_functions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT",
    "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
    "HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT",
    "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT", "HAVE_FEXECVE",
    NULL,
};

static int add_consts(Value d, const IntConst *c)
{
    for (; c->name; c++)
        if (dict_set_cstr(d, c->name, int_from_i64(c->v)) < 0) return -1;
    return 0;
}

static Value const_dict(const IntConst *c)
{
    Value d = dict_new();
    if (add_consts(d, c) < 0) return 0;
    return d;
}

/* The struct sequences, DirEntry, the scandir iterator and the fork hooks. */
static const char posix_prelude[] =
    "def _structseq(name, module, fields, nseq, fill=None):\n"
    "    nf = len(fields)\n"
    /* CPython's repr pairs the sequence values with the named fields in order */
    "    named = list(enumerate([f for f in fields if f is not None][:nseq]))\n"
    "    def __new__(cls, sequence=(), dict=None):\n"
    "        seq = tuple(sequence)\n"
    "        n = len(seq)\n"
    "        if n < nseq:\n"
    "            if nseq == nf:\n"
    "                raise TypeError('%s.%s() takes a %d-sequence (%d-sequence given)' % (module, name, nseq, n))\n"
    "            raise TypeError('%s.%s() takes an at least %d-sequence (%d-sequence given)' % (module, name, nseq, n))\n"
    "        if n > nf:\n"
    "            if nseq == nf:\n"
    "                raise TypeError('%s.%s() takes a %d-sequence (%d-sequence given)' % (module, name, nseq, n))\n"
    "            raise TypeError('%s.%s() takes an at most %d-sequence (%d-sequence given)' % (module, name, nf, n))\n"
    "        self = tuple.__new__(cls, seq[:nseq])\n"
    "        extra = list(seq[nseq:]) + [None] * (nf - max(n, nseq))\n"
    "        if dict:\n"
    "            for i in range(max(n, nseq), nf):\n"
    "                if fields[i] in dict:\n"
    "                    extra[i - nseq] = dict[fields[i]]\n"
    "        if fill:\n"
    "            for i, j in fill.items():\n"
    "                if extra[i - nseq] is None:\n"
    "                    extra[i - nseq] = seq[j]\n"
    "        self._extra = tuple(extra)\n"
    "        return self\n"
    "    def __repr__(self):\n"
    "        return '%s.%s(%s)' % (module, name, ', '.join('%s=%r' % (f, self[i]) for i, f in named))\n"
    "    def __reduce__(self):\n"
    "        return (type(self), (tuple(self), {fields[nseq + i]: v for i, v in enumerate(self._extra)}))\n"
    "    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,\n"
    "          'n_fields': nf, 'n_sequence_fields': nseq,\n"
    "          'n_unnamed_fields': sum(1 for f in fields if f is None), '__match_args__': tuple(f for i, f in named),\n"
    "          '__module__': module}\n"
    "    for i, f in enumerate(fields):\n"
    "        if f is None:\n"
    "            continue\n"
    "        if i < nseq:\n"
    "            ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))\n"
    "        else:\n"
    "            ns[f] = property(lambda self, i=i - nseq: self._extra[i])\n"
    "    return type(name, (tuple,), ns)\n"
    "stat_result = _structseq('stat_result', 'os', ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',\n"
    "    'st_size', None, None, None, 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',\n"
    "    'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'), 10, {10: 7, 11: 8, 12: 9})\n"
    "statvfs_result = _structseq('statvfs_result', 'os', ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree',\n"
    "    'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax', 'f_fsid'), 10)\n"
    "uname_result = _structseq('uname_result', 'posix', ('sysname', 'nodename', 'release', 'version', 'machine'), 5)\n"
    "times_result = _structseq('times_result', 'posix', ('user', 'system', 'children_user', 'children_system', 'elapsed'), 5)\n"
    "terminal_size = _structseq('terminal_size', 'os', ('columns', 'lines'), 2)\n"
    "waitid_result = _structseq('waitid_result', 'posix', ('si_pid', 'si_uid', 'si_signo', 'si_status', 'si_code'), 5)\n"
    "def wait4(pid, options):\n"
    "    import resource\n"
    "    p, st, ru = _wait4(pid, options)\n"
    "    return p, st, resource.struct_rusage(ru)\n"
    "def wait3(options):\n"
    "    return wait4(-1, options)\n"
    "_DT_UNKNOWN, _DT_DIR, _DT_REG, _DT_LNK = 0, 4, 8, 10\n"
    "class DirEntry:\n"
    "    def __init__(self, *a, **k):\n"
    "        raise TypeError(\"cannot create 'posix.DirEntry' instances\")\n"
    "    @classmethod\n"
    "    def _make(cls, dirpath, name, dtype, ino, dirfd):\n"
    "        self = object.__new__(cls)\n"
    "        self.name = name\n"
    "        if dirpath is None:\n"
    "            self.path = name\n"
    "        else:\n"
    "            sep = b'/' if isinstance(name, bytes) else '/'\n"
    "            self.path = dirpath + name if dirpath.endswith(sep) else dirpath + sep + name\n"
    "        self._d_type = dtype\n"
    "        self._ino = ino\n"
    "        self._dirfd = dirfd\n"
    "        self._stat = None\n"
    "        self._lstat = None\n"
    "        return self\n"
    "    def _fetch(self, follow):\n"
    "        if self._dirfd is not None:\n"
    "            return stat(self.name, dir_fd=self._dirfd, follow_symlinks=follow)\n"
    "        return stat(self.path, follow_symlinks=follow)\n"
    "    def stat(self, *, follow_symlinks=True):\n"
    "        if follow_symlinks:\n"
    "            if self._stat is None:\n"
    "                if self.is_symlink():\n"
    "                    self._stat = self._fetch(True)\n"
    "                else:\n"
    "                    self._stat = self.stat(follow_symlinks=False)\n"
    "            return self._stat\n"
    "        if self._lstat is None:\n"
    "            self._lstat = self._fetch(False)\n"
    "        return self._lstat\n"
    "    def inode(self):\n"
    "        return self._ino\n"
    "    def is_symlink(self):\n"
    "        if self._d_type != _DT_UNKNOWN:\n"
    "            return self._d_type == _DT_LNK\n"
    "        try:\n"
    "            st = self.stat(follow_symlinks=False)\n"
    "        except FileNotFoundError:\n"
    "            return False\n"
    "        return (st.st_mode & 0o170000) == 0o120000\n"
    "    def _test_mode(self, follow, dt, fmt):\n"
    "        if self._d_type != _DT_UNKNOWN and not (follow and self._d_type == _DT_LNK):\n"
    "            return self._d_type == dt\n"
    "        try:\n"
    "            st = self.stat(follow_symlinks=follow)\n"
    "        except FileNotFoundError:\n"
    "            return False\n"
    "        return (st.st_mode & 0o170000) == fmt\n"
    "    def is_dir(self, *, follow_symlinks=True):\n"
    "        return self._test_mode(follow_symlinks, _DT_DIR, 0o040000)\n"
    "    def is_file(self, *, follow_symlinks=True):\n"
    "        return self._test_mode(follow_symlinks, _DT_REG, 0o100000)\n"
    "    def __fspath__(self):\n"
    "        return self.path\n"
    "    def __repr__(self):\n"
    "        return '<DirEntry %r>' % (self.name,)\n"
    "    def __class_getitem__(cls, item):\n"
    "        import types\n"
    "        return types.GenericAlias(cls, item)\n"
    "class ScandirIterator:\n"
    "    def __init__(self, *a, **k):\n"
    "        raise TypeError(\"cannot create 'posix.ScandirIterator' instances\")\n"
    "    def __iter__(self):\n"
    "        return self\n"
    "    def __next__(self):\n"
    "        if self._it is None:\n"
    "            raise StopIteration\n"
    "        for e in self._it:\n"
    "            return e\n"
    "        self._it = None\n"
    "        raise StopIteration\n"
    "    def close(self):\n"
    "        self._it = None\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "    def __exit__(self, *a):\n"
    "        self._it = None\n"
    "        return False\n"
    "def scandir(path=None):\n"
    "    fd = None\n"
    "    if path is None:\n"
    "        dirpath = '.'\n"
    "    elif isinstance(path, int) and not isinstance(path, bool):\n"
    "        dirpath = None\n"
    "        fd = path\n"
    "    else:\n"
    "        try:\n"
    "            dirpath = fspath(path)\n"
    "        except TypeError:\n"
    "            dirpath = None\n"
    "        if not isinstance(dirpath, (str, bytes)):\n"
    "            dirpath = None\n"
    "    is_bytes, entries = _scandir_raw(path, dirpath, fd)\n"
    "    it = object.__new__(_ScandirIterator)\n"
    "    it._it = iter(entries)\n"
    "    return it\n"
    "_fork_hooks = ([], [], [])\n"
    "def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):\n"
    "    if before is None and after_in_child is None and after_in_parent is None:\n"
    "        raise TypeError('At least one argument is required.')\n"
    "    for n, f in (('before', before), ('after_in_child', after_in_child), ('after_in_parent', after_in_parent)):\n"
    "        if f is not None and not callable(f):\n"
    "            raise TypeError(\"'%s' must be callable, not %s\" % (n, type(f).__name__))\n"
    "    if before is not None: _fork_hooks[0].append(before)\n"
    "    if after_in_child is not None: _fork_hooks[1].append(after_in_child)\n"
    "    if after_in_parent is not None: _fork_hooks[2].append(after_in_parent)\n"
    "def _run_hooks(hooks, reverse):\n"
    "    for f in (reversed(hooks) if reverse else list(hooks)):\n"
    "        try:\n"
    "            f()\n"
    "        except BaseException as e:\n"
    "            import sys\n"
    "            sys.stderr.write('Exception ignored in: %r\\n' % (f,))\n"
    "def fork():\n"
    "    _run_hooks(_fork_hooks[0], True)\n"
    "    pid = _fork()\n"
    "    _run_hooks(_fork_hooks[1] if pid == 0 else _fork_hooks[2], False)\n"
    "    return pid\n"
    "def forkpty():\n"
    "    _run_hooks(_fork_hooks[0], True)\n"
    "    pid, fd = _forkpty()\n"
    "    _run_hooks(_fork_hooks[1] if pid == 0 else _fork_hooks[2], False)\n"
    "    return pid, fd\n"
    "sched_param = _structseq('sched_param', 'posix', ('sched_priority',), 1)\n"
    "def _sched_param_new(cls, sched_priority):\n"
    "    self = tuple.__new__(cls, (sched_priority,))\n"
    "    self._extra = ()\n"
    "    return self\n"
    "sched_param.__new__ = _sched_param_new\n"
    "del _sched_param_new\n"
    "for _f in (scandir, register_at_fork, fork, forkpty, wait4, wait3):\n"
    "    _f.__module__ = 'posix'\n"
    "for _c in (DirEntry, ScandirIterator):\n"
    "    _c.__module__ = 'posix'\n"
    "_ScandirIterator = ScandirIterator\n"     /* not a public name of posix (nor of os) */
    "del ScandirIterator\n"
    "del _f, _c\n"
    /* os.walk, tempfile and shutil call sys.audit: until sys has its own, a no-op one. */
    "import sys as _sys\n"
    "if not hasattr(_sys, 'audit'):\n"
    "    def audit(event, *args):\n"
    "        pass\n"
    "    audit.__module__ = 'sys'\n"
    "    _sys.audit = audit\n"
    "    del audit\n"
    "del _sys\n";

static int posix_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (add_consts(d, posix_consts) < 0) return -1;
    Value sc = const_dict(sysconf_consts), pc = const_dict(pathconf_consts), cs = const_dict(confstr_consts);
    if (!sc || !pc || !cs || dict_set_cstr(d, "sysconf_names", sc) < 0 || dict_set_cstr(d, "pathconf_names", pc) < 0 ||
        dict_set_cstr(d, "confstr_names", cs) < 0) return -1;
    Value hf = list_new(0);
    for (const char *const *p = have_functions; *p; p++)
        if (list_append(hf, str_from_cstr(*p)) < 0) return -1;
    if (dict_set_cstr(d, "_have_functions", hf) < 0) return -1;
    if (dict_set_cstr(d, "error", OBJ_VAL(E(OSError))) < 0) return -1;
    Value env = dict_new();
    for (char **e = environ; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        Value k = bytes_new(*e, (size_t)(eq - *e)), v = bytes_new(eq + 1, strlen(eq + 1));
        if (dict_get(env, k)) continue;
        if (dict_set(env, k, v) < 0) return -1;
    }
    if (dict_set_cstr(d, "environ", env) < 0) return -1;
    if (RUN_PRELUDE(d, posix_prelude, "<posix>") < 0) return -1;
    return 0;
}

const ModuleDef posix_module = { "posix",
    "This module provides access to operating system functionality that is\n"
    "standardized by the C Standard and the POSIX standard (a thinly\n"
    "disguised Unix interface).  Refer to the library manual and\n"
    "corresponding Unix manual entries for more information on calls.",
    posix_methods, posix_exec };
