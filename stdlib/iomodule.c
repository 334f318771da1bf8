/* kiln: the _io module's glue and its abstract bases, as CPython 3.11's
 * Modules/_io/_iomodule.c and iobase.c (and the base classes of bufferedio.c
 * and textio.c): _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase,
 * UnsupportedOperation, DEFAULT_BUFFER_SIZE, open(), open_code() and
 * text_encoding().  The concrete classes live in io_*.c; open() finds them in
 * the module dict when called (see iomodule.h for the layout all share). */
#include "core.h"
#include "iomodule.h"
#include "vm.h"
#include "io_file.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define FN(name) static Value name(Value self, const Value *args, size_t nargs, Value kw)

/* -- Shared helpers ------------------------------------------------------------ */

Value io_unsupported_class(void)
{
    Value c = dict_get_cstr(kiln_state_dict(), "io_unsupported");
    if (c) return c;
    if (!import_module(str_intern_cstr("_io"))) return 0;
    c = dict_get_cstr(kiln_state_dict(), "io_unsupported");
    return c ? c : raise_SystemError("_io.UnsupportedOperation is missing");
}

Value io_unsupported(const char *msg)
{
    Value c = io_unsupported_class();
    return c ? raise_fmt(AS(Type, c), "%s", msg) : 0;
}

Value io_closed_error(void) { return raise_ValueError("I/O operation on closed file."); }

int io_check_closed(Value self)
{
    Value c = obj_lookup_attr(self, S(closed));
    if (!c) return exc_pending() ? -1 : 0;
    int t = obj_truthy(c);
    if (t > 0) { io_closed_error(); return -1; }
    return t;
}

/* self.<name>() must return True, else UnsupportedOperation(msg). */
static int check_true(Value self, Value name, const char *msg)
{
    Value r = obj_call_method(self, name, NULL, 0);
    if (!r) return -1;
    if (r != TRUE_V) { io_unsupported(msg); return -1; }
    return 0;
}

int io_check_readable(Value self) { return check_true(self, S(readable), "File or stream is not readable."); }
int io_check_writable(Value self) { return check_true(self, S(writable), "File or stream is not writable."); }
int io_check_seekable(Value self) { return check_true(self, S(seekable), "File or stream is not seekable."); }

int io_base_is_closed(Value self)
{
    Value r = obj_lookup_attr(self, S(__IOBase_closed));
    if (r) return 1;
    return exc_pending() ? -1 : 0;
}

Value io_base_close(Value self)
{
    int closed = io_base_is_closed(self);
    if (closed < 0) return 0;
    if (closed) return NONE;
    Value r = obj_call_method(self, S(flush), NULL, 0);
    Value exc = exc_fetch();
    if (obj_setattr(self, S(__IOBase_closed), TRUE_V) < 0) {
        if (exc) exc_set_context_cause(TS->exc, exc);
        return 0;
    }
    if (exc) exc_restore(exc);
    return r ? NONE : 0;
}

Value io_module_class(const char *name)
{
    Value m = dict_get_cstr(R->modules, "_io");
    if (!m || !IS_OBJ(m)) m = import_module(str_intern_cstr("_io"));
    return m ? obj_getattr_cstr(m, name) : 0;
}

int io_ssize_or_none(Value v, int64_t dflt, int64_t *out)
{
    if (!v || v == NONE) { *out = dflt; return 0; }
    if (!IS_INT(v) && !TYPE(v)->nb_index) {
        raise_TypeError("argument should be integer or None, not '%s'", TYPE_NAME(v));
        return -1;
    }
    return obj_as_ssize(v, out, E(OverflowError));
}

int io_size_arg(const char *name, const Value *args, size_t nargs, Value kw, int64_t *out)
{
    if (args_count(name, nargs, 0, 1) < 0 || args_no_kw(name, kw) < 0) return -1;
    return io_ssize_or_none(nargs ? args[0] : 0, -1, out);
}

Value io_state_dict(Value self)
{
    InstanceTail *tl = obj_instance_tail(self);
    if (!tl || (!tl->dict && !tl->shape)) return NONE;
    Value d = instance_get_dict(self);
    return d ? dict_copy(d) : 0;
}

int io_set_state_dict(Value self, Value d)
{
    int64_t i = 0;
    Value k, v;
    while (dict_next(d, &i, &k, &v))
        if (obj_setattr(self, k, v) < 0) return -1;
    return 0;
}

void io_trace_instance(Object *o, Visitor visit, void *ctx)
{
    Instance *in = (Instance *)o;
    visit(OBJ_VAL(in->shape), ctx);
    visit(in->dict, ctx);
    visit(OBJ_VAL(in->slots), ctx);
    visit(in->weaklist, ctx);
}

void io_finalize_none(Object *o) { (void)o; }

int io_int_arg(Value v, int *out)
{
    Value i = obj_index(v);
    if (!i) return -1;
    int64_t n;
    if (int_as_i64(i, &n) < 0 || n < INT_MIN || n > INT_MAX) {
        exc_clear();
        raise_OverflowError("Python int too large to convert to C int");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* -- _IOBase ------------------------------------------------------------------- */

static Value iob_new(Type *t, const Value *args, size_t nargs, Value kw) { return instance_new(t); }

FN(iob_seek) { return io_unsupported("seek"); }
FN(iob_truncate) { return io_unsupported("truncate"); }
FN(iob_fileno) { return io_unsupported("fileno"); }
FN(iob_false) { return FALSE_V; }

FN(iob_tell)
{
    Value a[2] = { MKSMALL(0), MKSMALL(1) };
    return obj_call_method(self, S(seek), a, 2);
}

FN(iob_flush)
{
    int closed = io_base_is_closed(self);
    if (closed < 0) return 0;
    return closed ? io_closed_error() : NONE;
}

FN(iob_close) { return io_base_close(self); }

static Value closed_get(Value self)
{
    int closed = io_base_is_closed(self);
    return closed < 0 ? 0 : BOOL_V(closed);
}

FN(iob_check_closed) { return io_check_closed(self) < 0 ? 0 : NONE; }
FN(iob_check_readable) { return io_check_readable(self) < 0 ? 0 : TRUE_V; }
FN(iob_check_writable) { return io_check_writable(self) < 0 ? 0 : TRUE_V; }
FN(iob_check_seekable) { return io_check_seekable(self) < 0 ? 0 : TRUE_V; }

FN(iob_isatty) { return io_check_closed(self) < 0 ? 0 : FALSE_V; }
FN(iob_enter) { return io_check_closed(self) < 0 ? 0 : self; }
FN(iob_exit) { return obj_call_method(self, S(close), NULL, 0); }

/* readline(size=-1, /): one byte at a time, or up to the newline peek() shows. */
FN(iob_readline)
{
    if (nargs > 1) return raise_TypeError("readline expected at most 1 argument, got %zu", nargs);
    if (args_no_kw("readline", kw) < 0) return 0;
    int64_t limit;
    if (io_ssize_or_none(nargs ? args[0] : 0, -1, &limit) < 0) return 0;
    Value peek = obj_lookup_attr(self, S(peek));
    if (!peek && exc_pending()) return 0;
    StrBuf b;
    sb_init(&b);
    while (limit < 0 || (int64_t)b.len < limit) {
        int64_t nreadahead = 1;
        if (peek) {
            Value ahead = obj_call1(peek, MKSMALL(1));
            if (!ahead) goto fail;
            if (!IS_TYPE(ahead, bytes) && !type_is_subtype(TYPE(ahead), T(bytes))) {
                raise_fmt(E(OSError), "peek() should have returned a bytes object, not '%s'", TYPE_NAME(ahead));
                goto fail;
            }
            int64_t n = 0, size = BYTES_SIZE(ahead);
            const char *p = BYTES_DATA(ahead);
            while (n < size && (limit < 0 || n < limit))
                if (p[n++] == '\n') break;
            if (size > 0) nreadahead = n;
        }
        Value a = MKSMALL(nreadahead);
        Value r = obj_call_method(self, S(read), &a, 1);
        if (!r) goto fail;
        if (!IS_TYPE(r, bytes) && !type_is_subtype(TYPE(r), T(bytes))) {
            raise_fmt(E(OSError), "read() should have returned a bytes object, not '%s'", TYPE_NAME(r));
            goto fail;
        }
        if (BYTES_SIZE(r) == 0) break;
        sb_add(&b, BYTES_DATA(r), (size_t)BYTES_SIZE(r));
        if (b.data[b.len - 1] == '\n') break;
    }
    Value res = bytes_new(b.data, b.len);
    sb_free(&b);
    return res;
fail:
    sb_free(&b);
    return 0;
}

static Value iob_iter(Value self) { return io_check_closed(self) < 0 ? 0 : self; }

static Value iob_next(Value self)
{
    Value line = obj_call_method(self, S(readline), NULL, 0);
    if (!line) return 0;
    int64_t n = obj_len(line);
    return n <= 0 ? 0 : line;
}

FN(iob_readlines)
{
    if (nargs > 1) return raise_TypeError("readlines expected at most 1 argument, got %zu", nargs);
    if (args_no_kw("readlines", kw) < 0) return 0;
    int64_t hint;
    if (io_ssize_or_none(nargs ? args[0] : 0, -1, &hint) < 0) return 0;
    Value result = list_new(0);
    if (hint <= 0) return list_extend(result, self) < 0 ? 0 : result;
    Value it = obj_iter(self);
    if (!it) return 0;
    int64_t length = 0;
    for (;;) {
        Value line = obj_next(it);
        if (!line) {
            if (exc_pending()) return 0;
            break;
        }
        if (list_append(result, line) < 0) return 0;
        int64_t n = obj_len(line);
        if (n < 0) return 0;
        if (n > hint - length) break;
        length += n;
    }
    return result;
}

FN(iob_writelines)
{
    if (io_check_closed(self) < 0) return 0;
    Value it = obj_iter(args[0]);
    if (!it) return 0;
    for (;;) {
        Value line = obj_next(it);
        if (!line) return exc_pending() ? 0 : NONE;
        if (!obj_call_method(self, S(write), &line, 1)) return 0;
    }
}

/* CPython's iobase_finalize: close a collected stream that is still open. */
FN(iob_del)
{
    Value saved = exc_fetch();
    Value c = obj_lookup_attr(self, S(closed));
    int closed = c ? obj_truthy(c) : -1;
    exc_clear();
    if (closed == 0) {
        if (obj_setattr(self, S(_finalizing), TRUE_V) < 0) exc_clear();
        if (!obj_call_method(self, S(close), NULL, 0)) exc_clear();
    }
    if (saved) exc_restore(saved);
    return NONE;
}

static Value dict_get_(Value self) { return instance_get_dict(self); }

static const MethodDef iob_methods[] = {
    { "seek", iob_seek, 0, "Change the stream position to the given byte offset." },
    { "tell", iob_tell, METH_NOARGS, "Return current stream position." },
    { "truncate", iob_truncate, 0, "Truncate file to size bytes." },
    { "flush", iob_flush, METH_NOARGS, "Flush write buffers, if applicable." },
    { "close", iob_close, METH_NOARGS, "Flush and close the IO object." },
    { "seekable", iob_false, METH_NOARGS, "Return whether object supports random access." },
    { "readable", iob_false, METH_NOARGS, "Return whether object was opened for reading." },
    { "writable", iob_false, METH_NOARGS, "Return whether object was opened for writing." },
    { "_checkClosed", iob_check_closed, METH_NOARGS, NULL },
    { "_checkSeekable", iob_check_seekable, METH_NOARGS, NULL },
    { "_checkReadable", iob_check_readable, METH_NOARGS, NULL },
    { "_checkWritable", iob_check_writable, METH_NOARGS, NULL },
    { "fileno", iob_fileno, METH_NOARGS, "Returns underlying file descriptor if one exists." },
    { "isatty", iob_isatty, METH_NOARGS, "Return whether this is an 'interactive' stream." },
    { "__enter__", iob_enter, METH_NOARGS, NULL },
    { "__exit__", iob_exit, 0, NULL },
    { "readline", iob_readline, 0, "Read and return a line from the stream." },
    { "readlines", iob_readlines, 0, "Return a list of lines from the stream." },
    { "writelines", iob_writelines, METH_O, "Write a list of lines to stream." },
    { "__del__", iob_del, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const GetSetDef iob_getsets[] = {
    { "__dict__", dict_get_, NULL, NULL },
    { "closed", closed_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec io_base_spec = {
    .name = "_io._IOBase", .base = -1, .basicsize = sizeof(Instance), .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .doc = "The abstract base class for all I/O classes.\n\n"
           "This class provides dummy implementations for many methods that\n"
           "derived classes can override selectively; the default implementations\n"
           "represent a file that cannot be read, written or seeked.",
    .new_ = iob_new, .iter = iob_iter, .next = iob_next, .finalize = del_finalize,
    .methods = iob_methods, .getsets = iob_getsets,
};

/* -- _RawIOBase ---------------------------------------------------------------- */

FN(raw_read)
{
    if (args_count("read", nargs, 0, 1) < 0 || args_no_kw("read", kw) < 0) return 0;
    int64_t n = -1;
    if (nargs && obj_ssize_arg(args[0], &n) < 0) return 0;
    if (n < 0) return obj_call_method(self, S(readall), NULL, 0);
    if (heap_too_big(n, 1)) return 0;
    char *zeros = calloc((size_t)n + 1, 1);
    if (!zeros) return raise_memory();
    Value b = bytearray_new(zeros, (size_t)n);
    free(zeros);
    ByteArray *ba = (ByteArray *)b;
    Value r = obj_call_method(self, S(readinto), &b, 1);
    if (!r || r == NONE) return r;
    int64_t got;
    if (obj_as_ssize(r, &got, E(ValueError)) < 0) return 0;
    if (got < 0) return raise_SystemError("Negative size passed to PyBytes_FromStringAndSize");
    if (got > ba->size) got = ba->size;
    return bytes_new(ba->buf->data, (size_t)got);
}

FN(raw_readall)
{
    Value chunks = list_new(0);
    for (;;) {
        Value a = MKSMALL(IO_DEFAULT_BUFFER_SIZE);
        Value data = obj_call_method(self, S(read), &a, 1);
        if (!data) return 0;
        if (data == NONE) {
            if (LIST_SIZE(chunks) == 0) return NONE;
            break;
        }
        if (!IS_TYPE(data, bytes) && !type_is_subtype(TYPE(data), T(bytes)))
            return raise_TypeError("read() should return bytes");
        if (BYTES_SIZE(data) == 0) break;
        if (list_append(chunks, data) < 0) return 0;
    }
    if (LIST_SIZE(chunks) == 1 && IS_TYPE(LIST_ITEMS(chunks)[0], bytes)) return LIST_ITEMS(chunks)[0];
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < LIST_SIZE(chunks); i++) {
        Value c = LIST_ITEMS(chunks)[i];
        sb_add(&b, BYTES_DATA(c), (size_t)BYTES_SIZE(c));
    }
    Value out = bytes_new(b.data, b.len);
    sb_free(&b);
    return out;
}

FN(raw_notimpl) { return raise_type_noargs(E(NotImplementedError)); }

static const MethodDef raw_methods[] = {
    { "read", raw_read, 0, NULL },
    { "readall", raw_readall, METH_NOARGS, "Read until EOF, using multiple read() call." },
    { "readinto", raw_notimpl, 0, NULL },
    { "write", raw_notimpl, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const TypeSpec io_rawbase_spec = {
    .name = "_io._RawIOBase", .base = TYPE_ID_io_base, .basicsize = sizeof(Instance),
    .flags = TF_BASETYPE | TF_HAS_SHAPE, .doc = "Base class for raw binary I/O.", .methods = raw_methods,
};

/* -- _BufferedIOBase ----------------------------------------------------------- */

FN(buf_read) { return io_unsupported("read"); }
FN(buf_read1) { return io_unsupported("read1"); }
FN(buf_write) { return io_unsupported("write"); }
FN(buf_detach) { return io_unsupported("detach"); }

/* readinto(buffer) / readinto1(buffer) through read(len) / read1(len). */
static Value readinto_generic(Value self, Value buffer, bool one)
{
    char *data;
    int64_t size;
    if (!writable_buffer(buffer, &data, &size))
        return raise_TypeError("%s() argument must be read-write bytes-like object, not %T",
                               one ? "readinto1" : "readinto", buffer);
    Value a = int_from_i64(size);
    Value r = obj_call_method(self, one ? S(read1) : S(read), &a, 1);
    if (!r) return 0;
    if (!IS_TYPE(r, bytes) && !type_is_subtype(TYPE(r), T(bytes)))
        return raise_TypeError("read() should return bytes");
    int64_t n = BYTES_SIZE(r);
    if (n > size)
        return raise_ValueError("read() returned too much data: %lld bytes requested, %lld returned",
                                (long long)size, (long long)n);
    /* the buffer may have moved (or shrunk) while read() ran */
    if (!writable_buffer(buffer, &data, &size)) size = 0;
    memcpy(data, BYTES_DATA(r), (size_t)(n < size ? n : size));
    return int_from_i64(n);
}

FN(buf_readinto) { return readinto_generic(self, args[0], false); }
FN(buf_readinto1) { return readinto_generic(self, args[0], true); }

static const MethodDef buf_methods[] = {
    { "detach", buf_detach, METH_NOARGS, "Disconnect this buffer from its underlying raw stream and return it." },
    { "read", buf_read, 0, "Read and return up to n bytes." },
    { "read1", buf_read1, 0, "Read and return up to n bytes, with at most one read() call to the underlying raw stream." },
    { "readinto", buf_readinto, METH_O, NULL },
    { "readinto1", buf_readinto1, METH_O, NULL },
    { "write", buf_write, 0, "Write the given buffer to the IO stream." },
    { NULL, NULL, 0, NULL },
};

const TypeSpec io_bufferedbase_spec = {
    .name = "_io._BufferedIOBase", .base = TYPE_ID_io_base, .basicsize = sizeof(Instance),
    .flags = TF_BASETYPE | TF_HAS_SHAPE, .doc = "Base class for buffered IO objects.", .methods = buf_methods,
};

/* -- _TextIOBase --------------------------------------------------------------- */

FN(text_detach) { return io_unsupported("detach"); }
FN(text_read) { return io_unsupported("read"); }
FN(text_readline) { return io_unsupported("readline"); }
FN(text_write) { return io_unsupported("write"); }
static Value none_get(Value self) { return NONE; }

static const MethodDef text_methods[] = {
    { "detach", text_detach, METH_NOARGS, "Separate the underlying buffer from the TextIOBase and return it." },
    { "read", text_read, 0, "Read at most n characters from stream." },
    { "readline", text_readline, 0, "Read until newline or EOF." },
    { "write", text_write, 0, "Write string to stream." },
    { NULL, NULL, 0, NULL },
};

static const GetSetDef text_getsets[] = {
    { "encoding", none_get, NULL, "Encoding of the text stream.\n\nSubclasses should override." },
    { "newlines", none_get, NULL, "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses should override." },
    { "errors", none_get, NULL, "The error setting of the decoder or encoder.\n\nSubclasses should override." },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec io_textbase_spec = {
    .name = "_io._TextIOBase", .base = TYPE_ID_io_base, .basicsize = sizeof(Instance),
    .flags = TF_BASETYPE | TF_HAS_SHAPE, .doc = "Base class for text I/O.", .methods = text_methods,
    .getsets = text_getsets,
};

/* -- open() -------------------------------------------------------------------- */

/* A str argument of open() (None allowed when nullable): 0 with *out NULL for None. */
static int str_arg(Value v, const char *what, bool nullable, const char **out)
{
    *out = NULL;
    if (!v || (nullable && v == NONE)) return 0;
    if (!IS_STR(v)) {
        raise_TypeError("open() argument '%s' must be str%s, not %A", what, nullable ? " or None" : "", v);
        return -1;
    }
    if (strlen(STR_DATA(v)) != (size_t)STR_NBYTES(v)) { raise_ValueError("embedded null character"); return -1; }
    *out = STR_DATA(v);
    return 0;
}

/* An int result of a call (PyLong_AsLong: no __index__ for non-ints but bools). */
static int long_result(Value v, int64_t *out)
{
    if (!IS_INT(v)) {
        Value i = obj_index(v);
        if (!i) return -1;
        v = i;
    }
    return int_as_i64(int_value_of(v), out);
}

static bool is_number(Value v)
{
    Type *t = TYPE(v);
    return IS_SMALL(v) || t->nb_index || t->nb_int || t->nb_float || type_is_subtype(t, T(complex));
}

static Value io_open_impl(Value module, Value file, const char *mode, Value modeobj, int buffering,
                          Value encoding, Value errors, Value newline, bool closefd, Value opener)
{
    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
    Value path_or_fd = file;
    if (!is_number(file)) {
        path_or_fd = posix_fspath(file);
        if (!path_or_fd) return 0;
        if (!IS_STR(path_or_fd) && !IS_TYPE(path_or_fd, bytes)) return raise_TypeError("invalid file: %R", file);
    }
    for (size_t i = 0; mode[i]; i++) {
        char c = mode[i];
        switch (c) {
        case 'x': creating = true; break;
        case 'r': reading = true; break;
        case 'w': writing = true; break;
        case 'a': appending = true; break;
        case '+': updating = true; break;
        case 't': text = true; break;
        case 'b': binary = true; break;
        default: return raise_ValueError("invalid mode: '%s'", mode);
        }
        if (strchr(mode + i + 1, c)) return raise_ValueError("invalid mode: '%s'", mode);
    }
    char rawmode[6], *m = rawmode;
    if (creating) *m++ = 'x';
    if (reading) *m++ = 'r';
    if (writing) *m++ = 'w';
    if (appending) *m++ = 'a';
    if (updating) *m++ = '+';
    *m = 0;
    if (text && binary) return raise_ValueError("can't have text and binary mode at once");
    if (creating + reading + writing + appending > 1)
        return raise_ValueError("must have exactly one of create/read/write/append mode");
    if (binary && encoding != NONE) return raise_ValueError("binary mode doesn't take an encoding argument");
    if (binary && errors != NONE) return raise_ValueError("binary mode doesn't take an errors argument");
    if (binary && newline != NONE) return raise_ValueError("binary mode doesn't take a newline argument");
    if (binary && buffering == 1 &&
        exc_warn(E(RuntimeWarning), "line buffering (buffering=1) isn't supported in binary mode, "
                                    "the default buffer size will be used", 1) < 0)
        return 0;

    Value cls = io_module_class("FileIO");
    if (!cls) return 0;
    Value fa[4] = { path_or_fd, str_from_cstr(rawmode), BOOL_V(closefd), opener };
    Value raw = obj_call(cls, fa, 4, 0);
    if (!raw) return 0;
    Value result = raw;
    bool line_buffering = false;
    int64_t isatty = 0, bufsize = buffering;
    if (bufsize < 0) {
        Value r = obj_call_method(raw, S(isatty), NULL, 0);
        if (!r || long_result(r, &isatty) < 0) goto error;
    }
    if (bufsize == 1 || isatty) {
        bufsize = -1;
        line_buffering = true;
    }
    if (bufsize < 0) {
        Value r = obj_getattr(raw, S(_blksize));
        if (!r || long_result(r, &bufsize) < 0) goto error;
    }
    if (bufsize < 0) { raise_ValueError("invalid buffering size"); goto error; }
    if (bufsize == 0) {
        if (!binary) { raise_ValueError("can't have unbuffered text I/O"); goto error; }
        return result;
    }
    const char *bname = updating ? "BufferedRandom" : (creating || writing || appending) ? "BufferedWriter"
                      : reading ? "BufferedReader" : NULL;
    if (!bname) { raise_ValueError("unknown mode: '%s'", mode); goto error; }
    cls = io_module_class(bname);
    if (!cls) goto error;
    Value ba[2] = { raw, int_from_i64(bufsize) };
    Value buffer = obj_call(cls, ba, 2, 0);
    if (!buffer) goto error;
    result = buffer;
    if (binary) return result;
    cls = io_module_class("TextIOWrapper");
    if (!cls) goto error;
    Value ta[5] = { buffer, encoding, errors, newline, BOOL_V(line_buffering) };
    Value wrapper = obj_call(cls, ta, 5, 0);
    if (!wrapper) goto error;
    result = wrapper;
    if (obj_setattr(wrapper, S(mode), modeobj) < 0) goto error;
    return result;
error: {
        Value exc = exc_fetch();
        if (!obj_call_method(result, S(close), NULL, 0)) exc_set_context_cause(TS->exc, exc);
        else exc_restore(exc);
        return 0;
    }
}

FN(io_open)
{
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors", "newline",
                                         "closefd", "opener", NULL };
    Value a[8];
    if (args_parse("open", args, nargs, kw, names, 1, a) < 0) return 0;
    const char *mode = "r", *s;
    int buffering = -1, closefd = 1;
    if (a[1] && str_arg(a[1], "mode", false, &mode) < 0) return 0;
    if (a[2] && io_int_arg(a[2], &buffering) < 0) return 0;
    for (int i = 3; i < 6; i++)
        if (str_arg(a[i], names[i], true, &s) < 0) return 0;
    if (a[6] && io_int_arg(a[6], &closefd) < 0) return 0;
    return io_open_impl(self, a[0], mode, a[1] ? a[1] : str_intern_cstr("r"), buffering, a[3] ? a[3] : NONE,
                        a[4] ? a[4] : NONE, a[5] ? a[5] : NONE, closefd != 0, a[7] ? a[7] : NONE);
}

FN(io_open_code)
{
    static const char *const names[] = { "path", NULL };
    Value a[1];
    if (args_parse("open_code", args, nargs, kw, names, 1, a) < 0) return 0;
    if (!IS_STR(a[0])) return raise_TypeError("open_code() argument 'path' must be str, not %A", a[0]);
    return io_open_impl(self, a[0], "rb", str_intern_cstr("rb"), -1, NONE, NONE, NONE, true, NONE);
}

/* sys.flags.<name> as a C int (0 when missing). */
static int sys_flag(const char *name, int64_t *out)
{
    *out = 0;
    Value flags = obj_lookup_attr(R->sys, str_intern_cstr("flags"));
    Value v = flags ? obj_lookup_attr(flags, str_intern_cstr(name)) : 0;
    if (!v) return exc_pending() ? -1 : 0;
    int t = obj_truthy(v);
    if (t < 0) return -1;
    *out = t;
    return 0;
}

FN(io_text_encoding)
{
    if (args_no_kw("text_encoding", kw) < 0) return 0;
    if (nargs < 1) return raise_TypeError("text_encoding expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) return raise_TypeError("text_encoding expected at most 2 arguments, got %zu", nargs);
    int stacklevel = 2;
    if (nargs > 1 && io_int_arg(args[1], &stacklevel) < 0) return 0;
    if (args[0] != NONE) return args[0];
    int64_t warn, utf8;
    if (sys_flag("warn_default_encoding", &warn) < 0) return 0;
    if (warn && exc_warn(E(EncodingWarning), "'encoding' argument not specified", stacklevel) < 0) return 0;
    if (sys_flag("utf8_mode", &utf8) < 0) return 0;
    return str_intern_cstr(utf8 ? "utf-8" : "locale");
}

static const MethodDef io_methods[] = {
    { "open", io_open, 0,
      "Open file and return a stream.  Raise OSError upon failure.\n\n"
      "file is a path (str, bytes or os.PathLike) or an integer file descriptor;\n"
      "mode is made of 'r', 'w', 'x', 'a', '+', 'b' and 't' (default 'rt').\n"
      "Text mode returns a TextIOWrapper (encoding, errors and newline apply),\n"
      "binary mode a buffered reader/writer/random, or a FileIO when buffering is 0." },
    { "open_code", io_open_code, 0,
      "Opens the provided file with the intent to import the contents.\n\n"
      "The same as open(path, 'rb'); a runtime may validate the file further." },
    { "text_encoding", io_text_encoding, 0,
      "A helper function to choose the text encoding.\n\n"
      "When encoding is not None, it is returned; else \"locale\", or \"utf-8\" in\n"
      "UTF-8 mode, with an EncodingWarning when sys.flags.warn_default_encoding is set." },
    { NULL, NULL, 0, NULL },
};

/* builtins.open is _io.open, one object, as in CPython.  Start-up does not
 * import _io, so builtins makes the object (self 0, __module__ 'io') and
 * keeps it in the state dict; _io's init binds it to the module and puts it
 * in its dict. */
Value io_open_builtin(void)
{
    Value st = kiln_state_dict();
    Value f = dict_get_cstr(st, "io_open");
    if (f) return f;
    f = builtin_function_new(&io_methods[0], 0, str_intern_cstr("io"));
    return dict_set_cstr(st, "io_open", f) < 0 ? 0 : f;
}

/* The module's functions: __module__ 'io' (CPython's _io is named io), open the shared one. */
static int io_add_functions(Value m)
{
    Value d = AS(Module, m)->dict, open = io_open_builtin();
    if (!open) return -1;
    STORE(AS(BuiltinFunction, open), self, m);
    if (dict_set_cstr(d, "open", open) < 0) return -1;
    for (const MethodDef *md = io_methods + 1; md->name; md++)
        if (dict_set_cstr(d, md->name, builtin_function_new(md, m, str_intern_cstr("io"))) < 0) return -1;
    return 0;
}

/* -- The module ---------------------------------------------------------------- */

static int io_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    Value st = kiln_state_dict();
    Value unsup = dict_get_cstr(st, "io_unsupported");
    if (!unsup) {
        Value ns = dict_new();
        if (!ns || dict_set(ns, S(__module__), str_intern_cstr("io")) < 0) return -1;
        unsup = type_new_class(OBJ_VAL(T(type)), str_intern_cstr("UnsupportedOperation"),
                               tuple_pack(2, OBJ_VAL(E(OSError)), OBJ_VAL(E(ValueError))), ns, 0);
        if (!unsup || dict_set_cstr(st, "io_unsupported", unsup) < 0) return -1;
    }
    del_enable();
    if (dict_set_cstr(d, "DEFAULT_BUFFER_SIZE", MKSMALL(IO_DEFAULT_BUFFER_SIZE)) < 0 ||
        dict_set_cstr(d, "UnsupportedOperation", unsup) < 0 ||
        dict_set_cstr(d, "BlockingIOError", OBJ_VAL(E(BlockingIOError))) < 0 ||
        dict_set_cstr(d, "_IOBase", OBJ_VAL(T(io_base))) < 0 ||
        dict_set_cstr(d, "_RawIOBase", OBJ_VAL(T(io_rawbase))) < 0 ||
        dict_set_cstr(d, "_BufferedIOBase", OBJ_VAL(T(io_bufferedbase))) < 0 ||
        dict_set_cstr(d, "_TextIOBase", OBJ_VAL(T(io_textbase))) < 0 ||
        dict_set_cstr(d, "BytesIO", OBJ_VAL(T(io_bytesio))) < 0 ||
        dict_set_cstr(d, "StringIO", OBJ_VAL(T(io_stringio))) < 0 ||
        io_file_add_types(d) < 0 || io_text_init(m) < 0 || io_add_functions(m) < 0)
        return -1;
    return 0;
}

const ModuleDef _io_module = {
    "_io",
    "The io module provides the Python interfaces to stream handling. The\n"
    "builtin open function is defined in this module.\n",
    io_methods, io_exec,
};
