/* kiln _io.FileIO: raw, unbuffered I/O on an OS file descriptor, as CPython's
 * Modules/_io/fileio.c (same checks, messages, reprs and modes).  A FileIO
 * collected while open is closed by _IOBase's __del__ (iomodule.h), which
 * sets _finalizing first: close() then issues the ResourceWarning. */
#define _GNU_SOURCE
#include "io_file.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define F(v) ((FileIO *)(v))
#define READ_MAX ((int64_t)0x7ffff000)   /* Linux caps one read()/write() at this */

/* -- Shared helpers --------------------------------------------------------------- */

Value fileio_closed_error(void) { return raise_ValueError("I/O operation on closed file"); }

int64_t io_sys_read(int fd, char *buf, int64_t n)
{
    if (n > READ_MAX) n = READ_MAX;
    for (;;) {
        ssize_t r;
        GIL_BLOCKING(r = read(fd, buf, (size_t)n));
        if (r >= 0) return r;
        if (errno == EINTR) { if (vm_check_pending() < 0) return -1; continue; }
        if (errno == EAGAIN) return -1;
        raise_errno(NULL, errno, 0);
        return -1;
    }
}

int64_t io_sys_write(int fd, const char *buf, int64_t n)
{
    if (n > READ_MAX) n = READ_MAX;
    for (;;) {
        ssize_t r;
        GIL_BLOCKING(r = write(fd, buf, (size_t)n));
        if (r >= 0) return r;
        if (errno == EINTR) { if (vm_check_pending() < 0) return -1; continue; }
        if (errno == EAGAIN) return -1;
        raise_errno(NULL, errno, 0);
        return -1;
    }
}

int64_t io_sys_lseek(int fd, int64_t pos, int whence)
{
    off_t r;
    GIL_BLOCKING(r = lseek(fd, (off_t)pos, whence));
    if (r < 0) { raise_errno(NULL, errno, 0); return -1; }
    return r;
}

/* -- Finalization order (io_file.h) ---------------------------------------------- */

void io_set_owner(Value inner, Value outer)
{
    uintptr_t *slot = io_owner_slot(inner);
    if (slot) *slot = outer ? ~(uintptr_t)outer : 0;
}

void io_drop_owner(Value inner, Value outer)
{
    uintptr_t *slot = io_owner_slot(inner);
    if (slot && *slot == ~(uintptr_t)outer) *slot = 0;
}

void io_close_owner(Value self)
{
    uintptr_t *slot = io_owner_slot(self);
    if (!slot || !*slot) return;
    Value o = (Value)~*slot;
    if (!heap_contains((void *)o) || !type_is_subtype(TYPE(o), T(io_base))) return;
    Value saved = exc_fetch();
    Value inner = buffered_raw(o);
    if (!inner) inner = obj_lookup_attr(o, str_intern_cstr(fileio_check(self) ? "raw" : "buffer"));
    Value c = inner == self ? obj_lookup_attr(o, S(closed)) : 0;
    if (c && obj_truthy(c) == 0) {
        *slot = 0;
        if (obj_setattr(o, S(_finalizing), TRUE_V) < 0) exc_clear();
        if (!obj_call_method(o, S(close), NULL, 0)) exc_clear();
    }
    exc_clear();
    if (saved) exc_restore(saved);
}

/* -- FileIO ----------------------------------------------------------------------- */

static const char *mode_string(FileIO *f)
{
    if (f->created) return f->readable ? "xb+" : "xb";
    if (f->appending) return f->readable ? "ab+" : "ab";
    if (f->readable) return f->writable ? "rb+" : "rb";
    return "wb";
}

bool fileio_check(Value v) { return IS_OBJ(v) && AS_OBJ(v)->type == T(io_fileio); }

static Value fio_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    FileIO *f = (FileIO *)gc_alloc(t, t->basicsize);
    f->fd = -1;
    f->seekable = -1;
    f->closefd = true;
    f->blksize = 0;
    return OBJ_VAL(f);
}

/* Close the descriptor (no flush): -1 + OSError if close() failed. */
static int internal_close(FileIO *f)
{
    int fd = f->fd, err = 0;
    if (fd < 0) return 0;
    f->fd = -1;
    int r;
    GIL_BLOCKING(r = close(fd));
    if (r < 0) err = errno;
    if (err) { raise_errno(NULL, err, 0); return -1; }
    return 0;
}

/* str, bytes or os.PathLike -> bytes of the file system encoding (PyUnicode_FSConverter). */
static Value fs_encode(Value v)
{
    v = posix_fspath(v);
    if (!v) return 0;
    Value b = IS_STR(v) ? str_encode(v, "utf-8", "surrogateescape") : v;
    if (!b) return 0;
    if (memchr(BYTES_DATA(b), 0, (size_t)BYTES_SIZE(b))) return raise_ValueError("embedded null byte");
    return b;
}

/* An int argument as a C int (_PyLong_AsInt): TypeError / OverflowError. */
static int as_c_int(Value v, int *out)
{
    int64_t x;
    if (obj_as_ssize(v, &x, E(OverflowError)) < 0) return -1;
    if (x < INT32_MIN || x > INT32_MAX) { raise_OverflowError("Python int too large to convert to C int"); return -1; }
    *out = (int)x;
    return 0;
}

static Value portable_lseek(FileIO *f, Value posobj, int whence, bool suppress_pipe_error);

static int fio_init(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "file", "mode", "closefd", "opener", NULL };
    Value a[4] = { 0 };
    if (args_parse("FileIO", args, nargs, kw, names, 1, a) < 0) return -1;
    FileIO *f = F(self);
    Value nameobj = a[0];
    const char *mode = "r";
    if (a[1]) {
        if (!IS_STR(a[1])) { raise_TypeError("FileIO() argument 'mode' must be str, not %T", a[1]); return -1; }
        mode = STR_DATA(a[1]);
    }
    int closefd = 1;
    if (a[2] && as_c_int(a[2], &closefd) < 0) return -1;
    Value opener = a[3] ? a[3] : NONE;

    if (f->fd >= 0) {                  /* __init__ called again */
        if (f->closefd) { if (internal_close(f) < 0) return -1; }
        else f->fd = -1;
    }

    int fd = -1;
    if (IS_INT(nameobj) || (IS_OBJ(nameobj) && TYPE(nameobj)->nb_index)) {
        if (as_c_int(nameobj, &fd) < 0) {
            if (!exc_matches(E(TypeError)) && !exc_matches(E(OverflowError))) return -1;
            exc_clear();
            fd = -1;
        } else if (fd < 0) {
            raise_ValueError("negative file descriptor");
            return -1;
        }
    }
    Value path = 0;
    if (fd < 0) {
        path = fs_encode(nameobj);
        if (!path) return -1;
    }

    int flags = 0;
    bool rwa = false, plus = false;
    for (const char *s = mode; *s; s++) {
        switch (*s) {
        case 'x': if (rwa) goto bad_mode;
            rwa = true; f->created = f->writable = true; flags |= O_EXCL | O_CREAT; break;
        case 'r': if (rwa) goto bad_mode;
            rwa = true; f->readable = true; break;
        case 'w': if (rwa) goto bad_mode;
            rwa = true; f->writable = true; flags |= O_CREAT | O_TRUNC; break;
        case 'a': if (rwa) goto bad_mode;
            rwa = true; f->writable = f->appending = true; flags |= O_APPEND | O_CREAT; break;
        case 'b': break;
        case '+': if (plus) goto bad_mode;
            f->readable = f->writable = true; plus = true; break;
        default:
            raise_ValueError("invalid mode: %.200s", mode);
            return -1;
        }
    }
    if (!rwa) goto bad_mode;
    flags |= f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
    flags |= O_CLOEXEC;

    bool own = false;
    if (fd >= 0) {
        f->fd = fd;
        f->closefd = closefd != 0;
    } else {
        f->closefd = true;
        if (!closefd) { raise_ValueError("Cannot use closefd=False with file name"); return -1; }
        if (opener == NONE) {
            int r;
            for (;;) {
                GIL_BLOCKING(r = open(BYTES_DATA(path), flags, 0666));
                if (r >= 0 || errno != EINTR) break;
                if (vm_check_pending() < 0) return -1;
            }
            if (r < 0) { raise_errno(NULL, errno, nameobj); return -1; }
            f->fd = r;
        } else {
            Value oa[2] = { nameobj, MKSMALL(flags) };
            Value r = obj_call(opener, oa, 2, 0);
            if (!r) return -1;
            if (!IS_INT(r)) { raise_TypeError("expected integer from opener"); return -1; }
            int ofd;
            if (as_c_int(r, &ofd) < 0) return -1;
            if (ofd < 0) { raise_ValueError("opener returned %d", ofd); return -1; }
            f->fd = ofd;
            int fl = fcntl(ofd, F_GETFD);
            if (fl >= 0 && !(fl & FD_CLOEXEC)) fcntl(ofd, F_SETFD, fl | FD_CLOEXEC);
        }
        own = true;
    }

    f->blksize = IO_DEFAULT_BUFFER_SIZE;
    struct stat st;
    int sr;
    GIL_BLOCKING(sr = fstat(f->fd, &st));
    if (sr < 0) {
        if (errno == EBADF) { raise_errno(NULL, errno, 0); goto error; }
    } else {
        if (S_ISDIR(st.st_mode)) { raise_errno(NULL, EISDIR, nameobj); goto error; }
        if (st.st_blksize > 1) f->blksize = (int)st.st_blksize;
    }
    if (obj_setattr(self, S(name), nameobj) < 0) goto error;
    if (f->appending && !portable_lseek(f, 0, SEEK_END, true)) goto error;
    return 0;

bad_mode:
    raise_ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
error:
    if (!own) f->fd = -1;
    if (f->fd >= 0) {
        Value e = exc_fetch();
        internal_close(f);
        exc_clear();
        exc_restore(e);
    }
    return -1;
}

static Value fio_closed_get(Value self) { return BOOL_V(F(self)->fd < 0); }
static Value fio_closefd_get(Value self) { return BOOL_V(F(self)->closefd); }
static Value fio_mode_get(Value self) { return str_from_cstr(mode_string(F(self))); }
static Value fio_blksize_get(Value self) { return MKSMALL(F(self)->blksize); }
static int fio_blksize_set(Value self, Value v)
{
    if (!v) { raise_TypeError("can't delete numeric/char attribute"); return -1; }
    if (!IS_INT(v)) { raise_TypeError("an integer is required"); return -1; }
    int x;
    if (as_c_int(v, &x) < 0) return -1;
    F(self)->blksize = x;
    return 0;
}
static Value fio_finalizing_get(Value self) { return BOOL_V(F(self)->finalizing); }
static int fio_finalizing_set(Value self, Value v)
{
    if (!v) { raise_TypeError("can't delete numeric/char attribute"); return -1; }
    if (!IS_BOOL(v)) { raise_TypeError("attribute value type must be bool"); return -1; }
    F(self)->finalizing = v == TRUE_V;
    return 0;
}

#define CHECK_OPEN(f) do { if ((f)->fd < 0) return fileio_closed_error(); } while (0)
#define CHECK_READABLE(f) do { if (!(f)->readable) return io_unsupported("File not open for reading"); } while (0)
#define CHECK_WRITABLE(f) do { if (!(f)->writable) return io_unsupported("File not open for writing"); } while (0)

static Value portable_lseek(FileIO *f, Value posobj, int whence, bool suppress_pipe_error)
{
    int64_t pos = 0;
    if (posobj) {
        Value i = obj_index(posobj);
        if (!i) return 0;
        if (int_as_i64(i, &pos) < 0) return 0;
    }
    off_t r;
    GIL_BLOCKING(r = lseek(f->fd, (off_t)pos, whence));
    if (f->seekable < 0) f->seekable = r >= 0;
    if (r < 0) {
        if (suppress_pipe_error && errno == ESPIPE) r = 0;
        else return raise_errno(NULL, errno, 0);
    }
    return int_from_i64(r);
}

/* A fresh bytes object of up to cap bytes, filled by the caller then cut to
 * its final size with bytes_finish. */
static Bytes *bytes_buffer(int64_t cap)
{
    if (heap_too_big(cap, 1)) return NULL;
    Bytes *b = (Bytes *)gc_alloc_try(T(bytes), sizeof(Bytes) + (size_t)cap + 1, true);
    if (!b) { raise_memory(); return NULL; }
    b->size = cap;
    b->hash = -1;
    return b;
}

static Value bytes_finish(Bytes *b, int64_t n)
{
    if (n <= 1 || n < b->size / 2) return bytes_new(b->data, (size_t)n);
    b->size = n;
    b->data[n] = 0;
    return OBJ_VAL(b);
}

Value fileio_readall(FileIO *f)
{
    CHECK_OPEN(f);
    struct stat st;
    off_t pos, end = -1;
    int sr;
    GIL_BLOCKING(sr = fstat(f->fd, &st); pos = lseek(f->fd, 0, SEEK_CUR));
    if (sr == 0) end = st.st_size;
    int64_t cap = end > 0 && end >= pos && pos >= 0 ? (int64_t)(end - pos) + 1 : 8192;
    Bytes *b = bytes_buffer(cap);
    if (!b) return 0;
    int64_t got = 0;
    for (;;) {
        if (got >= b->size) {
            /* grow by an eighth (at least 8 KiB, at most ...), as CPython's new_buffersize */
            int64_t ncap = got + (got >> 3) + 8192;
            Bytes *nb = bytes_buffer(ncap);
            if (!nb) return 0;
            memcpy(nb->data, b->data, (size_t)got);
            b = nb;
        }
        int64_t r = io_sys_read(f->fd, b->data + got, b->size - got);
        if (r == 0) break;
        if (r < 0) {
            if (exc_pending()) return 0;
            if (got > 0) break;        /* EAGAIN */
            return NONE;
        }
        got += r;
    }
    return bytes_finish(b, got);
}

static Value fio_readall(Value self, const Value *args, size_t nargs, Value kw)
{
    return fileio_readall(F(self));
}

/* A read size argument: an int or None (-1). */
static int size_arg(Value v, int64_t *out)
{
    *out = -1;
    if (!v || v == NONE) return 0;
    if (!IS_INT(v) && !(IS_OBJ(v) && TYPE(v)->nb_index)) {
        raise_TypeError("argument should be integer or None, not '%s'", TYPE_NAME(v));
        return -1;
    }
    return obj_as_ssize(v, out, E(OverflowError));
}

static Value fio_read(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("read", nargs, 0, 1) < 0) return 0;
    FileIO *f = F(self);
    int64_t size;
    if (size_arg(nargs ? args[0] : 0, &size) < 0) return 0;
    CHECK_OPEN(f);
    CHECK_READABLE(f);
    if (size < 0) return fileio_readall(f);
    if (size > READ_MAX) size = READ_MAX;
    Bytes *b = bytes_buffer(size);
    if (!b) return 0;
    int64_t r = io_sys_read(f->fd, b->data, size);
    if (r < 0) return exc_pending() ? 0 : NONE;
    if (vm_check_pending() < 0) return 0;   /* a signal's handler raises here, as after CPython's call */
    return bytes_finish(b, r);
}

static Value fio_readinto(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("readinto", nargs, 1, 1) < 0) return 0;
    FileIO *f = F(self);
    char *data;
    int64_t n;
    if (!writable_buffer(args[0], &data, &n))
        return raise_TypeError("readinto() argument must be read-write bytes-like object, not %T", args[0]);
    CHECK_OPEN(f);
    CHECK_READABLE(f);
    obj_buffer_export(args[0], 1);
    int64_t r = io_sys_read(f->fd, data, n);
    obj_buffer_export(args[0], -1);
    if (r < 0) return exc_pending() ? 0 : NONE;
    if (vm_check_pending() < 0) return 0;
    return int_from_i64(r);
}

static Value fio_write(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("write", nargs, 1, 1) < 0) return 0;
    FileIO *f = F(self);
    const char *data;
    int64_t n;
    if (!bytes_like(args[0], &data, &n))
        return raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(args[0]));
    CHECK_OPEN(f);
    CHECK_WRITABLE(f);
    obj_buffer_export(args[0], 1);
    int64_t r = io_sys_write(f->fd, data, n);
    obj_buffer_export(args[0], -1);
    if (r < 0) return exc_pending() ? 0 : NONE;
    if (vm_check_pending() < 0) return 0;
    return int_from_i64(r);
}

static Value fio_seek(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("seek", nargs, 1, 2) < 0) return 0;
    int whence = 0;
    if (nargs > 1) {
        if (as_c_int(args[1], &whence) < 0) return 0;
    }
    CHECK_OPEN(F(self));
    return portable_lseek(F(self), args[0], whence, false);
}

static Value fio_tell(Value self, const Value *args, size_t nargs, Value kw)
{
    CHECK_OPEN(F(self));
    return portable_lseek(F(self), 0, SEEK_CUR, false);
}

static Value fio_truncate(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("truncate", nargs, 0, 1) < 0) return 0;
    FileIO *f = F(self);
    CHECK_OPEN(f);
    CHECK_WRITABLE(f);
    Value posobj = nargs && args[0] != NONE ? args[0] : portable_lseek(f, 0, SEEK_CUR, false);
    if (!posobj) return 0;
    Value i = obj_index(posobj);
    int64_t pos;
    if (!i || int_as_i64(i, &pos) < 0) return 0;
    int r;
    GIL_BLOCKING(r = ftruncate(f->fd, (off_t)pos));
    if (r != 0) return raise_errno(NULL, errno, 0);
    return posobj;
}

static Value fio_seekable(Value self, const Value *args, size_t nargs, Value kw)
{
    FileIO *f = F(self);
    CHECK_OPEN(f);
    if (f->seekable < 0 && !portable_lseek(f, 0, SEEK_CUR, false)) exc_clear();
    return BOOL_V(f->seekable > 0);
}

static Value fio_readable(Value self, const Value *args, size_t nargs, Value kw)
{
    CHECK_OPEN(F(self));
    return BOOL_V(F(self)->readable);
}

static Value fio_writable(Value self, const Value *args, size_t nargs, Value kw)
{
    CHECK_OPEN(F(self));
    return BOOL_V(F(self)->writable);
}

static Value fio_fileno(Value self, const Value *args, size_t nargs, Value kw)
{
    CHECK_OPEN(F(self));
    return MKSMALL(F(self)->fd);
}

static Value fio_isatty(Value self, const Value *args, size_t nargs, Value kw)
{
    CHECK_OPEN(F(self));
    int r;
    GIL_BLOCKING(r = isatty(F(self)->fd));
    return BOOL_V(r);
}

/* _dealloc_warn(source): the ResourceWarning for source when this file is still open. */
static Value fio_dealloc_warn(Value self, const Value *args, size_t nargs, Value kw)
{
    FileIO *f = F(self);
    if (f->fd >= 0 && f->closefd) {
        Value saved = exc_fetch();
        Value r = obj_repr(args[0]);
        Value msg = r ? str_fmt("unclosed file %U", r) : 0;
        if (!msg || exc_warn(E(ResourceWarning), STR_DATA(msg), 1) < 0) {
            if (exc_matches(E(Warning))) exc_write_unraisable(self);
            else exc_clear();
        }
        if (saved) exc_restore(saved);
    }
    return NONE;
}

static Value fio_close(Value self, const Value *args, size_t nargs, Value kw)
{
    FileIO *f = F(self);
    if (f->finalizing && f->owner_inv) {   /* a wrapper first: it flushes into this file and closes it */
        f->finalizing = false;
        io_close_owner(self);
        f->finalizing = f->fd >= 0;
    }
    Value res = io_base_close(self);
    if (!f->closefd) { f->fd = -1; return res; }
    Value exc = res ? 0 : exc_fetch();
    if (f->finalizing) {
        Value a = self;
        fio_dealloc_warn(self, &a, 1, 0);
    }
    int rc = internal_close(f);
    if (exc) {
        if (rc < 0) { Value e2 = exc_fetch(); exc_set_context_cause(e2, exc); exc_restore(e2); }
        else exc_restore(exc);
        return 0;
    }
    return rc < 0 ? 0 : res;
}

static Value fio_repr(Value self)
{
    FileIO *f = F(self);
    if (f->fd < 0) return str_from_cstr("<_io.FileIO [closed]>");
    Value name = obj_lookup_attr(self, S(name));
    if (!name) {
        if (exc_pending()) return 0;
        return str_fmt("<_io.FileIO fd=%d mode='%s' closefd=%s>", f->fd, mode_string(f),
                       f->closefd ? "True" : "False");
    }
    int st = repr_enter(self);
    if (st < 0) return 0;
    if (st > 0) return raise_RuntimeError("reentrant call inside %s.__repr__", TYPE_NAME(self));
    Value r = str_fmt("<_io.FileIO name=%R mode='%s' closefd=%s>", name, mode_string(f),
                      f->closefd ? "True" : "False");
    repr_leave(self);
    return r;
}

/* Instances hold a descriptor: pickling refuses them as CPython's object.__reduce_ex__
 * does for objects with C state (unless a subclass defines __reduce__). */
Value io_reduce_ex(Value self, const Value *args, size_t nargs, Value kw)
{
    Value red = type_lookup(TYPE(self), S(__reduce__));
    if (red && red != type_lookup(T(object), S(__reduce__))) return obj_call_method(self, S(__reduce__), NULL, 0);
    Value n = TYPE(self)->flags & TF_HEAPTYPE ? TYPE(self)->name : type_qualified_name(TYPE(self));
    return n ? raise_TypeError("cannot pickle '%U' object", n) : 0;
}

static const MethodDef fio_methods[] = {
    { "__reduce_ex__", io_reduce_ex, METH_O, NULL },
    { "read", fio_read, 0, "Read at most size bytes, returned as bytes." },
    { "readall", fio_readall, METH_NOARGS, "Read all data from the file, returned as bytes." },
    { "readinto", fio_readinto, 0, "Same as RawIOBase.readinto()." },
    { "write", fio_write, 0, "Write buffer b to file, return number of bytes written." },
    { "seek", fio_seek, 0, "Move to new file position and return the file position." },
    { "tell", fio_tell, METH_NOARGS, "Current file position." },
    { "truncate", fio_truncate, 0, "Truncate the file to at most size bytes and return the truncated size." },
    { "close", fio_close, METH_NOARGS, "Close the file." },
    { "seekable", fio_seekable, METH_NOARGS, "True if file supports random-access." },
    { "readable", fio_readable, METH_NOARGS, "True if file was opened in a read mode." },
    { "writable", fio_writable, METH_NOARGS, "True if file was opened in a write mode." },
    { "fileno", fio_fileno, METH_NOARGS, "Return the underlying file descriptor (an integer)." },
    { "isatty", fio_isatty, METH_NOARGS, "True if the file is connected to a TTY device." },
    { "_dealloc_warn", fio_dealloc_warn, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const GetSetDef fio_getsets[] = {
    { "closed", fio_closed_get, NULL, "True if the file is closed" },
    { "closefd", fio_closefd_get, NULL, "True if the file descriptor will be closed by close()." },
    { "mode", fio_mode_get, NULL, "String giving the file mode" },
    { "_blksize", fio_blksize_get, fio_blksize_set, NULL },
    { "_finalizing", fio_finalizing_get, fio_finalizing_set, NULL },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec io_fileio_spec = {
    .name = "_io.FileIO", .base = TYPE_ID_io_rawbase, .basicsize = sizeof(FileIO),
    .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .doc = "FileIO(file, mode='r', closefd=True, opener=None)\n--\n\n"
           "Open a file.\n\n"
           "The mode can be 'r' (default), 'w', 'x' or 'a' for reading,\n"
           "writing, exclusive creation or appending.  The file will be created if it\n"
           "doesn't exist when opened for writing or appending; it will be truncated\n"
           "when opened for writing.  A FileExistsError will be raised if it already\n"
           "exists when opened for creating. Opening a file for creating implies\n"
           "writing so this mode behaves in a similar way to 'w'.Add a '+' to the mode\n"
           "to allow simultaneous reading and writing. A custom opener can be used by\n"
           "passing a callable as *opener*. The underlying file descriptor for the file\n"
           "object is then obtained by calling opener with (*name*, *flags*).\n"
           "*opener* must return an open file descriptor (passing os.open as *opener*\n"
           "results in functionality similar to passing None).",
    .new_ = fio_new, .init = fio_init, .repr = fio_repr,
    .methods = fio_methods, .getsets = fio_getsets,
};
