/* kiln _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair,
 * as CPython's Modules/_io/bufferedio.c: the same buffer arithmetic (pos,
 * raw_pos, read_end, write_pos, write_end), the same messages and reprs.
 *
 * The buffer is a byte_array_raw in the heap (so it goes into an image with
 * its object).  Over an exact FileIO the raw reads, writes and seeks are
 * system calls on its descriptor; over any other raw stream they are method
 * calls (readinto() receives a memoryview, write() a memoryview of a copy).
 *
 * Threads: each object has an owner (the ThreadState inside an operation); a
 * second thread waits for it without the GIL, the owner's own nested call is
 * "reentrant call inside <...>".
 *
 * Writers still open at exit are flushed (_io._flush_at_exit, which io.py's
 * _flush_at_exit calls): every writer is in a weak registry.  One collected
 * while open is closed (so flushed) by _IOBase's __del__ (iomodule.h). */
#define _GNU_SOURCE
#include "io_file.h"
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct Buffered {
    Instance inst;
    Value raw;                  /* the raw stream; 0 before __init__ and once detached */
    RawBytes *buf;              /* buffer_size bytes */
    ThreadState *owner;         /* the thread inside an operation, or NULL */
    int64_t buffer_size, buffer_mask;
    int64_t abs_pos;            /* raw stream position, -1 if unknown */
    int64_t pos;                /* logical position in the buffer */
    int64_t raw_pos;            /* position of the raw stream in the buffer, -1 if unknown */
    int64_t read_end;           /* end of valid read data, -1: no read buffer */
    int64_t write_pos, write_end; /* range of pending writes; write_end -1: none */
    bool ok, detached, readable, writable, finalizing, fast_closed_checks;
    uintptr_t owner_inv;        /* io_set_owner (io_file.h) */
} Buffered;

typedef struct RWPair {
    Instance inst;
    Value reader, writer;       /* BufferedReader, BufferedWriter */
} RWPair;

#define B(v) ((Buffered *)(v))
#define BUF(b) ((b)->buf->data)

#define VALID_READ_BUFFER(b) ((b)->readable && (b)->read_end != -1)
#define VALID_WRITE_BUFFER(b) ((b)->writable && (b)->write_end != -1)
#define READAHEAD(b) (VALID_READ_BUFFER(b) ? (b)->read_end - (b)->pos : 0)
#define RAW_OFFSET(b) (((VALID_READ_BUFFER(b) || VALID_WRITE_BUFFER(b)) && (b)->raw_pos >= 0) ? (b)->raw_pos - (b)->pos : 0)
#define MINUS_LAST_BLOCK(b, size) ((b)->buffer_mask ? ((size) & ~(b)->buffer_mask) : (b)->buffer_size * ((size) / (b)->buffer_size))

static void adjust_position(Buffered *b, int64_t np)
{
    b->pos = np;
    if (VALID_READ_BUFFER(b) && b->read_end < b->pos) b->read_end = b->pos;
}
static void reader_reset_buf(Buffered *b) { b->read_end = -1; }
static void writer_reset_buf(Buffered *b) { b->write_pos = 0; b->write_end = -1; }

static Value intern(const char *s) { return str_intern_cstr(s); }

/* -- Checks and the lock --------------------------------------------------------- */

static bool check_init(Buffered *b)
{
    if (LIKELY(b->ok)) return true;
    raise_ValueError(b->detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
    return false;
}
#define CHECK_INIT(b) do { if (!check_init(b)) return 0; } while (0)

static bool raw_is_fileio(Buffered *b) { return fileio_check(b->raw); }
#define RAWF(b) ((FileIO *)(b)->raw)

/* raw.closed: 1/0, -1 error */
static int is_closed(Buffered *b)
{
    if (!b->buf) return 1;                /* close() dropped the buffer */
    if (b->fast_closed_checks) return RAWF(b)->fd < 0;
    if (!check_init(b)) return -1;
    Value c = obj_getattr(b->raw, S(closed));
    return c ? obj_truthy(c) : -1;
}

/* CPython's CHECK_CLOSED: an error only when nothing is left in the read buffer. */
static bool check_closed(Buffered *b, const char *msg)
{
    int c = is_closed(b);
    if (c < 0) return false;
    if (c && READAHEAD(b) == 0) { raise_ValueError("%s", msg); return false; }
    return true;
}
#define CHECK_CLOSED(b, msg) do { if (!check_closed(b, msg)) return 0; } while (0)

static NOINLINE bool enter_busy(Buffered *b)
{
    if (b->owner == TS) {
        raise_RuntimeError("reentrant call inside %R", OBJ_VAL(b));
        return false;
    }
    long ns = 20000;
    while (b->owner) {
        struct timespec ts = { 0, ns };
        GIL_BLOCKING(nanosleep(&ts, NULL));
        if (ns < 1000000) ns *= 2;
    }
    b->owner = TS;
    return true;
}
static ALWAYS_INLINE bool enter(Buffered *b)
{
    if (LIKELY(!b->owner)) { b->owner = TS; return true; }
    return enter_busy(b);
}
static ALWAYS_INLINE void leave(Buffered *b) { b->owner = NULL; }

/* -- Raw stream access ------------------------------------------------------------ */

/* An OSError(EINTR) pending: clear it and say so (retry the call). */
static bool trap_eintr(void)
{
    if (!exc_matches(E(OSError))) return false;
    Value e = exc_fetch();
    Value en = obj_lookup_attr(e, intern("errno"));
    if (en && IS_SMALL(en) && SMALL_VAL(en) == EINTR) return true;
    exc_clear();
    exc_restore(e);
    return false;
}

static int64_t raw_result_pos(Buffered *b, Value res)
{
    if (!res) return -1;
    int64_t n;
    if (obj_as_ssize(res, &n, E(ValueError)) < 0) return -1;
    if (n < 0) { raise_fmt(E(OSError), "Raw stream returned invalid position %lld", (long long)n); return -1; }
    b->abs_pos = n;
    return n;
}

static int64_t raw_tell(Buffered *b)
{
    if (raw_is_fileio(b)) {
        if (RAWF(b)->fd < 0) { fileio_closed_error(); return -1; }
        int64_t n = io_sys_lseek(RAWF(b)->fd, 0, SEEK_CUR);
        if (n >= 0) b->abs_pos = n;
        return n;
    }
    return raw_result_pos(b, obj_call_method(b->raw, S(tell), NULL, 0));
}

static int64_t raw_seek(Buffered *b, int64_t target, int whence)
{
    if (raw_is_fileio(b)) {
        if (RAWF(b)->fd < 0) { fileio_closed_error(); return -1; }
        int64_t n = io_sys_lseek(RAWF(b)->fd, target, whence);
        if (n >= 0) b->abs_pos = n;
        return n;
    }
    Value a[2] = { int_from_i64(target), MKSMALL(whence) };
    return raw_result_pos(b, obj_call_method(b->raw, S(seek), a, 2));
}

#define RAW_TELL(b) ((b)->abs_pos != -1 ? (b)->abs_pos : raw_tell(b))

/* Read up to len bytes into start: the count, 0 at EOF, -2 if it would block, -1 error. */
static int64_t raw_read(Buffered *b, char *start, int64_t len)
{
    int64_t n;
    if (raw_is_fileio(b)) {
        FileIO *f = RAWF(b);
        if (f->fd < 0) { fileio_closed_error(); return -1; }
        if (!f->readable) { io_unsupported("File not open for reading"); return -1; }
        n = io_sys_read(f->fd, start, len);
        if (n < 0) return exc_pending() ? -1 : -2;
    } else {
        /* readinto() fills a memoryview of a scratch bytearray */
        Value ba = bytearray_new(start, (size_t)len), res = 0;
        if (!ba) return -1;
        Value mv = obj_type_call(T(memoryview), &ba, 1, 0);
        if (!mv) return -1;
        do res = obj_call_method(b->raw, S(readinto), &mv, 1);
        while (!res && trap_eintr());
        if (!res) return -1;
        if (res == NONE) return -2;
        if (obj_as_ssize(res, &n, E(ValueError)) < 0) {
            Value cause = exc_fetch();
            raise_fmt(E(OSError), "raw readinto() failed");
            Value e = exc_fetch();
            exc_set_context_cause(e, cause);
            if (obj_setattr(e, intern("__cause__"), cause) < 0) exc_clear();
            exc_restore(e);
            return -1;
        }
        if (n < 0 || n > len) {
            raise_fmt(E(OSError), "raw readinto() returned invalid length %lld (should have been between 0 and %lld)",
                      (long long)n, (long long)len);
            return -1;
        }
        memcpy(start, ((ByteArray *)ba)->buf->data, (size_t)n);
    }
    if (n > 0 && b->abs_pos != -1) b->abs_pos += n;
    return n;
}

/* Write up to len bytes: the count, -2 if it would block (errno kept), -1 error. */
static int64_t raw_write(Buffered *b, const char *start, int64_t len)
{
    int64_t n;
    if (raw_is_fileio(b)) {
        FileIO *f = RAWF(b);
        if (f->fd < 0) { fileio_closed_error(); return -1; }
        if (!f->writable) { io_unsupported("File not open for writing"); return -1; }
        n = io_sys_write(f->fd, start, len);
        if (n < 0) return exc_pending() ? -1 : -2;
    } else {
        Value data = bytes_new(start, (size_t)len);
        Value mv = data ? obj_type_call(T(memoryview), &data, 1, 0) : 0;
        if (!mv) return -1;
        Value res;
        int errnum;
        do { errno = 0; res = obj_call_method(b->raw, S(write), &mv, 1); errnum = errno; }
        while (!res && trap_eintr());
        if (!res) return -1;
        if (res == NONE) { errno = errnum; return -2; }
        if (obj_as_ssize(res, &n, E(ValueError)) < 0) return -1;
        if (n < 0 || n > len) {
            raise_fmt(E(OSError), "raw write() returned invalid length %lld (should have been between 0 and %lld)",
                      (long long)n, (long long)len);
            return -1;
        }
    }
    if (n > 0 && b->abs_pos != -1) b->abs_pos += n;
    return n;
}

static void set_blocking_error(const char *msg, int64_t written)
{
    exc_clear();
    Value a[3] = { MKSMALL(errno), str_from_cstr(msg), int_from_i64(written) };
    Value e = exc_new(E(BlockingIOError), a, 3);
    if (e) raise_value(e);
}

/* The characters_written of a pending BlockingIOError, or -1 if another error is pending. */
static int64_t blocking_error_written(void)
{
    if (!exc_matches(E(BlockingIOError))) return -1;
    Value e = exc_fetch();
    Value w = obj_lookup_attr(e, intern("characters_written"));
    int64_t n = 0;
    if (!w || !IS_SMALL(w)) exc_clear();
    else n = SMALL_VAL(w);
    exc_restore(e);
    return n;
}

/* -- Reading --------------------------------------------------------------------- */

static int64_t fill_buffer(Buffered *b)
{
    int64_t start = VALID_READ_BUFFER(b) ? b->read_end : 0;
    int64_t n = raw_read(b, BUF(b) + start, b->buffer_size - start);
    if (n <= 0) return n;
    b->read_end = start + n;
    b->raw_pos = start + n;
    return n;
}

static Value writer_flush_unlocked(Buffered *b);

static int flush_and_rewind_unlocked(Buffered *b)
{
    if (!writer_flush_unlocked(b)) return -1;
    if (b->readable) {
        int64_t n = raw_seek(b, -RAW_OFFSET(b), 1);
        reader_reset_buf(b);
        if (n == -1) return -1;
    }
    return 0;
}

static Value read_fast(Buffered *b, int64_t n)
{
    if (n > READAHEAD(b)) return NONE;
    Value res = bytes_new(BUF(b) + b->pos, (size_t)n);
    if (res) b->pos += n;
    return res;
}

/* A bytes object of n bytes to fill, cut later (bytes_cut). */
static Bytes *bytes_fresh(int64_t n)
{
    if (heap_too_big(n, 1)) return NULL;
    Bytes *r = (Bytes *)gc_alloc_try(T(bytes), sizeof(Bytes) + (size_t)n + 1, true);
    if (!r) { raise_memory(); return NULL; }
    r->size = n;
    r->hash = -1;
    return r;
}

static Value bytes_cut(Bytes *r, int64_t n)
{
    if (n <= 1 || n < r->size / 2) return bytes_new(r->data, (size_t)n);
    r->size = n;
    r->data[n] = 0;
    return OBJ_VAL(r);
}

static Value read_generic(Buffered *b, int64_t n)
{
    int64_t current = READAHEAD(b);
    if (n <= current) return read_fast(b, n);
    Bytes *res = bytes_fresh(n);
    if (!res) return 0;
    char *out = res->data;
    int64_t remaining = n, written = 0;
    if (current > 0) {
        memcpy(out, BUF(b) + b->pos, (size_t)current);
        remaining -= current;
        written += current;
        b->pos += current;
    }
    if (b->writable && flush_and_rewind_unlocked(b) < 0) return 0;
    reader_reset_buf(b);
    while (remaining > 0) {
        int64_t r = MINUS_LAST_BLOCK(b, remaining);
        if (r == 0) break;
        r = raw_read(b, out + written, r);
        if (r == -1) return 0;
        if (r == 0 || r == -2) {
            if (r == 0 || written > 0) return bytes_cut(res, written);
            return NONE;
        }
        remaining -= r;
        written += r;
    }
    b->pos = 0;
    b->raw_pos = 0;
    b->read_end = 0;
    while (remaining > 0 && b->read_end < b->buffer_size) {
        int64_t r = fill_buffer(b);
        if (r == -1) return 0;
        if (r == 0 || r == -2) {
            if (r == 0 || written > 0) return bytes_cut(res, written);
            return NONE;
        }
        int64_t k = remaining > r ? r : remaining;
        memcpy(out + written, BUF(b) + b->pos, (size_t)k);
        written += k;
        b->pos += k;
        remaining -= k;
    }
    return bytes_cut(res, written);
}

static Value read_all(Buffered *b)
{
    int64_t current = READAHEAD(b);
    Value data = 0;
    if (current) {
        data = bytes_new(BUF(b) + b->pos, (size_t)current);
        if (!data) return 0;
        b->pos += current;
    }
    if (b->writable && flush_and_rewind_unlocked(b) < 0) return 0;
    reader_reset_buf(b);
    if (raw_is_fileio(b)) {
        Value tmp = fileio_readall(RAWF(b));
        b->abs_pos = -1;
        if (!tmp) return 0;
        if (!current) return tmp;
        return tmp == NONE ? data : bytes_add_owned(data, tmp, false);
    }
    Value readall = obj_lookup_attr(b->raw, S(readall));
    if (!readall && exc_pending()) return 0;
    if (readall) {
        Value tmp = obj_call0(readall);
        if (!tmp) return 0;
        if (tmp != NONE && !IS_TYPE(tmp, bytes) && !type_is_subtype(TYPE(tmp), T(bytes)))
            return raise_TypeError("readall() should return bytes");
        if (!current) return tmp;
        return tmp == NONE ? data : bytes_add_owned(data, tmp, false);
    }
    Value chunks = list_new(0);
    if (!chunks) return 0;
    for (;;) {
        if (data) { if (list_append(chunks, data) < 0) return 0; data = 0; }
        data = obj_call_method(b->raw, S(read), NULL, 0);
        if (!data) return 0;
        if (data != NONE && !IS_TYPE(data, bytes) && !type_is_subtype(TYPE(data), T(bytes)))
            return raise_TypeError("read() should return bytes");
        if (data == NONE || BYTES_SIZE(data) == 0) {
            if (current == 0) return data;
            return obj_call_method(R->empty_bytes, intern("join"), &chunks, 1);
        }
        current += BYTES_SIZE(data);
        if (b->abs_pos != -1) b->abs_pos += BYTES_SIZE(data);
    }
}

static Value peek_unlocked(Buffered *b)
{
    int64_t have = READAHEAD(b);
    if (have > 0) return bytes_new(BUF(b) + b->pos, (size_t)have);
    reader_reset_buf(b);
    int64_t r = fill_buffer(b);
    if (r == -1) return 0;
    if (r == -2) r = 0;
    b->pos = 0;
    return bytes_new(BUF(b), (size_t)r);
}

static int size_arg(Value v, int64_t dflt, int64_t *out)
{
    *out = dflt;
    if (!v) return 0;
    return obj_as_ssize(v, out, E(OverflowError));
}

static Value b_read(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    int64_t n;
    if (args_count("read", nargs, 0, 1) < 0 || io_ssize_or_none(nargs ? args[0] : 0, -1, &n) < 0) return 0;
    CHECK_INIT(b);
    if (n < -1) return raise_ValueError("read length must be non-negative or -1");
    CHECK_CLOSED(b, "read of closed file");
    Value res;
    if (n == -1) {
        if (!enter(b)) return 0;
        res = read_all(b);
    } else {
        res = read_fast(b, n);
        if (res != NONE) return res;
        if (!enter(b)) return 0;
        res = read_generic(b, n);
    }
    leave(b);
    return res;
}

static Value b_read1(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    int64_t n;
    if (args_count("read1", nargs, 0, 1) < 0 || size_arg(nargs ? args[0] : 0, -1, &n) < 0) return 0;
    CHECK_INIT(b);
    if (n < 0) n = b->buffer_size;
    CHECK_CLOSED(b, "read of closed file");
    if (n == 0) return R->empty_bytes;
    int64_t have = READAHEAD(b);
    if (have > 0) return read_fast(b, n < have ? n : have);
    Bytes *res = bytes_fresh(n);
    if (!res) return 0;
    if (!enter(b)) return 0;
    reader_reset_buf(b);
    int64_t r = raw_read(b, res->data, n);
    leave(b);
    if (r == -1) return 0;
    if (r == -2) r = 0;
    return bytes_cut(res, r);
}

static Value b_peek(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    int64_t n;
    if (args_count("peek", nargs, 0, 1) < 0 || size_arg(nargs ? args[0] : 0, 0, &n) < 0) return 0;
    CHECK_INIT(b);
    CHECK_CLOSED(b, "peek of closed file");
    if (!enter(b)) return 0;
    Value res = b->writable && flush_and_rewind_unlocked(b) < 0 ? 0 : peek_unlocked(b);
    leave(b);
    return res;
}

static Value readinto_generic(Value self, const Value *args, size_t nargs, bool one)
{
    Buffered *b = B(self);
    const char *name = one ? "readinto1" : "readinto";
    if (args_count(name, nargs, 1, 1) < 0) return 0;
    char *data;
    int64_t len;
    if (!writable_buffer(args[0], &data, &len))
        return raise_TypeError("%s() argument must be read-write bytes-like object, not %T", name, args[0]);
    CHECK_INIT(b);
    CHECK_CLOSED(b, "readinto of closed file");
    int64_t n = READAHEAD(b), written = 0;
    if (n > 0) {
        if (n >= len) {
            memcpy(data, BUF(b) + b->pos, (size_t)len);
            b->pos += len;
            return int_from_i64(len);
        }
        memcpy(data, BUF(b) + b->pos, (size_t)n);
        b->pos += n;
        written = n;
    }
    if (!enter(b)) return 0;
    Value res = 0;
    obj_buffer_export(args[0], 1);
    if (b->writable && flush_and_rewind_unlocked(b) < 0) goto end;
    reader_reset_buf(b);
    b->pos = 0;
    for (int64_t remaining = len - written; remaining > 0; written += n, remaining -= n) {
        if (remaining > b->buffer_size) {
            n = raw_read(b, data + written, remaining);
        } else if (!(one && written)) {
            n = fill_buffer(b);
            if (n > 0) {
                if (n > remaining) n = remaining;
                memcpy(data + written, BUF(b) + b->pos, (size_t)n);
                b->pos += n;
                continue;
            }
        } else {
            n = 0;
        }
        if (n == 0 || (n == -2 && written > 0)) break;
        if (n < 0) {
            if (n == -2) res = NONE;
            goto end;
        }
        if (one) { written += n; break; }
    }
    res = int_from_i64(written);
end:
    obj_buffer_export(args[0], -1);
    leave(b);
    return res;
}

static Value b_readinto(Value self, const Value *args, size_t nargs, Value kw) { return readinto_generic(self, args, nargs, false); }
static Value b_readinto1(Value self, const Value *args, size_t nargs, Value kw) { return readinto_generic(self, args, nargs, true); }

/* readline with a limit (-1: none).  The line is looked for in the buffer first. */
static Value readline_impl(Buffered *b, int64_t limit)
{
    CHECK_CLOSED(b, "readline of closed file");
    int64_t n = READAHEAD(b);
    if (limit >= 0 && n > limit) n = limit;
    char *start = BUF(b) + b->pos;
    char *s = memchr(start, '\n', (size_t)n);
    if (s) {
        Value res = bytes_new(start, (size_t)(s - start + 1));
        if (res) b->pos += s - start + 1;
        return res;
    }
    if (n == limit) {
        Value res = bytes_new(start, (size_t)n);
        if (res) b->pos += n;
        return res;
    }
    if (!enter(b)) return 0;
    /* the pieces, gathered in a growing bytes object */
    Bytes *acc = bytes_fresh(n > 256 ? 2 * n : 512);
    int64_t got = 0;
    Value res = 0;
    if (!acc) goto end;
    if (n > 0) {
        memcpy(acc->data, start, (size_t)n);
        got = n;
        b->pos += n;
        if (limit >= 0) limit -= n;
    }
    if (b->writable && flush_and_rewind_unlocked(b) < 0) goto end;
    for (;;) {
        reader_reset_buf(b);
        n = fill_buffer(b);
        if (n == -1) goto end;
        if (n <= 0) break;
        if (limit >= 0 && n > limit) n = limit;
        start = BUF(b);
        s = memchr(start, '\n', (size_t)n);
        int64_t take = s ? s - start + 1 : n;
        if (got + take > acc->size) {
            int64_t cap = (got + take) * 2;
            Bytes *na = bytes_fresh(cap);
            if (!na) goto end;
            memcpy(na->data, acc->data, (size_t)got);
            acc = na;
        }
        memcpy(acc->data + got, start, (size_t)take);
        got += take;
        b->pos = take;
        if (s || take == limit) break;
        if (limit >= 0) limit -= take;
    }
    res = bytes_cut(acc, got);
end:
    leave(b);
    return res;
}

static Value b_readline(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t limit;
    if (args_count("readline", nargs, 0, 1) < 0 || io_ssize_or_none(nargs ? args[0] : 0, -1, &limit) < 0) return 0;
    CHECK_INIT(B(self));
    return readline_impl(B(self), limit);
}

static Value b_next(Value self)
{
    Buffered *b = B(self);
    CHECK_INIT(b);
    Value line;
    if (TYPE(self) == T(io_bufferedreader) || TYPE(self) == T(io_bufferedrandom)) {
        line = readline_impl(b, -1);
    } else {
        line = obj_call_method(self, S(readline), NULL, 0);
        if (line && !IS_TYPE(line, bytes) && !type_is_subtype(TYPE(line), T(bytes)))
            return raise_fmt(E(OSError), "readline() should have returned a bytes object, not '%s'", TYPE_NAME(line));
    }
    if (!line || BYTES_SIZE(line) == 0) return 0;
    return line;
}

/* -- Writing --------------------------------------------------------------------- */

static Value writer_flush_unlocked(Buffered *b)
{
    if (!VALID_WRITE_BUFFER(b) || b->write_pos == b->write_end) goto end;
    int64_t rewind = RAW_OFFSET(b) + (b->pos - b->write_pos);
    if (rewind != 0) {
        if (raw_seek(b, -rewind, 1) < 0) return 0;
        b->raw_pos -= rewind;
    }
    while (b->write_pos < b->write_end) {
        int64_t n = raw_write(b, BUF(b) + b->write_pos, b->write_end - b->write_pos);
        if (n == -1) return 0;
        if (n == -2) { set_blocking_error("write could not complete without blocking", 0); return 0; }
        b->write_pos += n;
        b->raw_pos = b->write_pos;
        if (vm_check_pending() < 0) return 0;
    }
end:
    writer_reset_buf(b);
    return NONE;
}

/* Write n bytes from data (held by the caller): the count, or -1. */
static int64_t write_unlocked(Buffered *b, const char *data, int64_t len)
{
    if (!VALID_READ_BUFFER(b) && !VALID_WRITE_BUFFER(b)) {
        b->pos = 0;
        b->raw_pos = 0;
    }
    int64_t avail = b->buffer_size - b->pos;
    if (len <= avail) {
        memcpy(BUF(b) + b->pos, data, (size_t)len);
        if (!VALID_WRITE_BUFFER(b) || b->write_pos > b->pos) b->write_pos = b->pos;
        adjust_position(b, b->pos + len);
        if (b->pos > b->write_end) b->write_end = b->pos;
        return len;
    }
    if (!writer_flush_unlocked(b)) {
        if (blocking_error_written() < 0) return -1;
        if (b->readable) reader_reset_buf(b);
        memmove(BUF(b), BUF(b) + b->write_pos, (size_t)(b->write_end - b->write_pos));
        b->write_end -= b->write_pos;
        b->raw_pos -= b->write_pos;
        b->pos -= b->write_pos;
        b->write_pos = 0;
        avail = b->buffer_size - b->write_end;
        if (len <= avail) {
            exc_clear();
            memcpy(BUF(b) + b->write_end, data, (size_t)len);
            b->write_end += len;
            b->pos += len;
            return len;
        }
        memcpy(BUF(b) + b->write_end, data, (size_t)avail);
        b->write_end += avail;
        b->pos += avail;
        set_blocking_error("write could not complete without blocking", avail);
        return -1;
    }
    int64_t offset = RAW_OFFSET(b);
    if (offset != 0) {
        if (raw_seek(b, -offset, 1) < 0) return -1;
        b->raw_pos -= offset;
    }
    int64_t remaining = len, written = 0;
    while (remaining > b->buffer_size) {
        int64_t n = raw_write(b, data + written, len - written);
        if (n == -1) return -1;
        if (n == -2) {
            if (remaining > b->buffer_size) {
                memcpy(BUF(b), data + written, (size_t)b->buffer_size);
                b->raw_pos = 0;
                adjust_position(b, b->buffer_size);
                b->write_end = b->buffer_size;
                written += b->buffer_size;
                set_blocking_error("write could not complete without blocking", written);
                return -1;
            }
            exc_clear();
            break;
        }
        written += n;
        remaining -= n;
        if (vm_check_pending() < 0) return -1;
    }
    if (b->readable) reader_reset_buf(b);
    if (remaining > 0) {
        memcpy(BUF(b), data + written, (size_t)remaining);
        written += remaining;
    }
    b->write_pos = 0;
    b->write_end = remaining;
    adjust_position(b, remaining);
    b->raw_pos = 0;
    return written;
}

static Value b_write(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    if (args_count("write", nargs, 1, 1) < 0) return 0;
    const char *data;
    int64_t len;
    if (!bytes_like(args[0], &data, &len))
        return raise_TypeError("a bytes-like object is required, not '%s'", TYPE_NAME(args[0]));
    CHECK_INIT(b);
    if (!enter(b)) return 0;
    int c = is_closed(b);
    if (c) {
        if (c > 0) raise_ValueError("write to closed file");
        leave(b);
        return 0;
    }
    obj_buffer_export(args[0], 1);
    int64_t n = write_unlocked(b, data, len);
    obj_buffer_export(args[0], -1);
    leave(b);
    return n < 0 ? 0 : int_from_i64(n);
}

static bool is_buffered(Value v)
{
    Type *t = TYPE(v);
    return type_is_subtype(t, T(io_bufferedreader)) || type_is_subtype(t, T(io_bufferedwriter)) ||
           type_is_subtype(t, T(io_bufferedrandom));
}

/* TextIOWrapper's fast path: b.write(data[0..len)) on an exact BufferedWriter or
 * BufferedRandom, without a bytes object. */
int64_t buffered_write_bytes(Value self, const char *data, int64_t len)
{
    Buffered *b = B(self);
    if (!check_init(b) || !enter(b)) return -1;
    int c = is_closed(b);
    int64_t n = -1;
    if (c > 0) raise_ValueError("write to closed file");
    else if (c == 0) n = write_unlocked(b, data, len);
    leave(b);
    return n;
}

Value buffered_raw(Value v) { return IS_OBJ(v) && is_buffered(v) ? B(v)->raw : 0; }

uintptr_t *io_owner_slot(Value v)
{
    if (!IS_OBJ(v)) return NULL;
    if (type_is_subtype(TYPE(v), T(io_fileio))) return &((FileIO *)v)->owner_inv;
    return is_buffered(v) ? &B(v)->owner_inv : NULL;
}

bool buffered_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == T(io_bufferedwriter) || AS_OBJ(v)->type == T(io_bufferedrandom) ||
                         AS_OBJ(v)->type == T(io_bufferedreader));
}

static Value buffered_flush(Buffered *b)
{
    CHECK_INIT(b);
    CHECK_CLOSED(b, "flush of closed file");
    if (!enter(b)) return 0;
    int r = flush_and_rewind_unlocked(b);
    leave(b);
    return r < 0 ? 0 : NONE;
}

static Value b_flush(Value self, const Value *args, size_t nargs, Value kw) { return buffered_flush(B(self)); }

static Value b_simple_flush(Value self, const Value *args, size_t nargs, Value kw)
{
    CHECK_INIT(B(self));
    return obj_call_method(B(self)->raw, S(flush), NULL, 0);
}

/* -- Positioning ------------------------------------------------------------------- */

static Value b_tell(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    CHECK_INIT(b);
    int64_t pos = raw_tell(b);
    if (pos == -1) return 0;
    pos -= RAW_OFFSET(b);
    return int_from_i64(pos);
}

static int check_raw(Value raw, const char *meth, const char *msg)
{
    Value r = obj_call_method(raw, intern(meth), NULL, 0);
    if (!r) return -1;
    if (r != TRUE_V) { io_unsupported(msg); return -1; }
    return 0;
}

static Value b_seek(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    if (args_count("seek", nargs, 1, 2) < 0) return 0;
    int64_t w = 0;
    if (nargs > 1) {
        if (obj_as_ssize(args[1], &w, E(OverflowError)) < 0) return 0;
        if (w < INT32_MIN || w > INT32_MAX) return raise_OverflowError("Python int too large to convert to C int");
    }
    int whence = (int)w;
    CHECK_INIT(b);
    if ((whence < 0 || whence > 2) && whence != SEEK_HOLE && whence != SEEK_DATA)
        return raise_ValueError("whence value %d unsupported", whence);
    CHECK_CLOSED(b, "seek of closed file");
    if (!(raw_is_fileio(b) && RAWF(b)->seekable > 0) &&
        check_raw(b->raw, "seekable", "File or stream is not seekable.") < 0) return 0;
    int64_t target;
    if (obj_as_ssize(args[0], &target, E(ValueError)) < 0) return 0;
    if ((whence == 0 || whence == 1) && b->readable) {
        int64_t current = RAW_TELL(b);
        if (current == -1) return 0;
        int64_t avail = READAHEAD(b);
        if (avail > 0) {
            int64_t offset = whence == 0 ? target - (current - RAW_OFFSET(b)) : target;
            if (offset >= -b->pos && offset <= avail) {
                b->pos += offset;
                return int_from_i64(current - avail + offset);
            }
        }
    }
    if (!enter(b)) return 0;
    Value res = 0;
    if (b->writable && !writer_flush_unlocked(b)) goto end;
    if (whence == 1) target -= RAW_OFFSET(b);
    int64_t n = raw_seek(b, target, whence);
    if (n == -1) goto end;
    b->raw_pos = -1;
    res = int_from_i64(n);
    if (res && b->readable) reader_reset_buf(b);
end:
    leave(b);
    return res;
}

static Value b_truncate(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    if (args_count("truncate", nargs, 0, 1) < 0) return 0;
    Value pos = nargs ? args[0] : NONE;
    CHECK_INIT(b);
    CHECK_CLOSED(b, "truncate of closed file");
    if (!b->writable) return io_unsupported("truncate");
    if (!enter(b)) return 0;
    Value res = 0;
    if (flush_and_rewind_unlocked(b) < 0) goto end;
    res = obj_call_method(b->raw, intern("truncate"), &pos, 1);
    if (res && raw_tell(b) == -1) exc_clear();
end:
    leave(b);
    return res;
}

/* -- Closing, detaching, inquiries ------------------------------------------------ */

static Value b_dealloc_warn(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    if (b->ok && b->raw) {
        Value src = args[0];
        if (!obj_call_method(b->raw, intern("_dealloc_warn"), &src, 1)) exc_clear();
    }
    return NONE;
}

static Value b_close(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    CHECK_INIT(b);
    if (b->finalizing && b->owner_inv) {   /* a text wrapper first: it flushes into this one and closes it */
        b->finalizing = false;
        io_close_owner(self);
        b->finalizing = true;
    }
    if (!enter(b)) return 0;
    Value res = 0;
    int r = is_closed(b);
    if (r < 0) goto end;
    if (r > 0) { res = NONE; goto end; }
    if (b->finalizing) b_dealloc_warn(self, &self, 1, 0);
    leave(b);
    res = obj_call_method(self, S(flush), NULL, 0);
    if (!enter(b)) return 0;
    Value exc = res ? 0 : exc_fetch();
    res = obj_call_method(b->raw, S(close), NULL, 0);
    gc_write_barrier((Object *)b);
    b->buf = NULL;                        /* what was buffered is gone, as in CPython */
    b->read_end = 0;
    b->pos = 0;
    if (exc) {
        if (!res) { Value e2 = exc_fetch(); exc_set_context_cause(e2, exc); exc_restore(e2); }
        else exc_restore(exc);
        res = 0;
    }
end:
    leave(b);
    return res;
}

static Value b_detach(Value self, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = B(self);
    CHECK_INIT(b);
    if (!obj_call_method(self, S(flush), NULL, 0)) return 0;
    Value raw = b->raw;
    io_drop_owner(raw, self);
    b->raw = 0;
    b->detached = true;
    b->ok = false;
    return raw;
}

static Value raw_call0(Value self, const char *name)
{
    CHECK_INIT(B(self));
    return obj_call_method(B(self)->raw, intern(name), NULL, 0);
}
static Value b_seekable(Value self, const Value *a, size_t n, Value kw) { return raw_call0(self, "seekable"); }
static Value b_readable(Value self, const Value *a, size_t n, Value kw) { return raw_call0(self, "readable"); }
static Value b_writable(Value self, const Value *a, size_t n, Value kw) { return raw_call0(self, "writable"); }
static Value b_fileno(Value self, const Value *a, size_t n, Value kw) { return raw_call0(self, "fileno"); }
static Value b_isatty(Value self, const Value *a, size_t n, Value kw) { return raw_call0(self, "isatty"); }

static Value b_sizeof(Value self, const Value *a, size_t n, Value kw)
{
    return int_from_i64((int64_t)TYPE(self)->basicsize + (B(self)->buf ? B(self)->buffer_size : 0));
}

static Value raw_attr(Value self, const char *name)
{
    CHECK_INIT(B(self));
    return obj_getattr(B(self)->raw, intern(name));
}
static Value b_closed_get(Value self) { return raw_attr(self, "closed"); }
static Value b_name_get(Value self) { return raw_attr(self, "name"); }
static Value b_mode_get(Value self) { return raw_attr(self, "mode"); }
static Value b_raw_get(Value self) { return B(self)->raw ? B(self)->raw : NONE; }
static Value b_finalizing_get(Value self) { return BOOL_V(B(self)->finalizing); }
static int b_finalizing_set(Value self, Value v)
{
    if (!v) { raise_TypeError("can't delete numeric/char attribute"); return -1; }
    if (!IS_BOOL(v)) { raise_TypeError("attribute value type must be bool"); return -1; }
    B(self)->finalizing = v == TRUE_V;
    return 0;
}

static Value b_repr(Value self)
{
    Value name = obj_lookup_attr(self, S(name));
    if (!name && exc_pending()) {
        if (!exc_matches(E(ValueError))) return 0;
        exc_clear();
    }
    Value tn = TYPE(self)->flags & TF_HEAPTYPE ? TYPE(self)->name : type_qualified_name(TYPE(self));
    if (!tn) return 0;
    if (!name) return str_fmt("<%U>", tn);
    int st = repr_enter(self);
    if (st < 0) return 0;
    if (st > 0) return raise_RuntimeError("reentrant call inside %U.__repr__", tn);
    Value r = str_fmt("<%U name=%R>", tn, name);
    repr_leave(self);
    return r;
}

/* -- Construction, the exit registry, finalization --------------------------------- */

/* The writers to flush at exit: kiln_state_dict()["io_exit"], a list of weak
 * references, rid of the dead ones whenever it has doubled since. */
int io_exit_register(Value obj)
{
    Value st = kiln_state_dict();
    Value l = dict_get_cstr(st, "io_exit");
    if (!l) {
        l = list_new(0);
        if (!l || dict_set_cstr(st, "io_exit", l) < 0 || dict_set_cstr(st, "io_exit_mark", MKSMALL(16)) < 0) return -1;
    }
    Value mark = dict_get_cstr(st, "io_exit_mark");
    if (mark && LIST_SIZE(l) >= SMALL_VAL(mark)) {
        int64_t j = 0;
        for (int64_t i = 0; i < LIST_SIZE(l); i++)
            if (weakref_target(LIST_ITEMS(l)[i])) STORE_AT(AS(List, l)->items, &LIST_ITEMS(l)[j++], LIST_ITEMS(l)[i]);
        AS(List, l)->size = j;
        if (dict_set_cstr(st, "io_exit_mark", MKSMALL(j < 8 ? 16 : 2 * j)) < 0) return -1;
    }
    Value w = weakref_new_ref(obj);
    return w ? list_append(l, w) : -1;
}

/* _io._flush_at_exit(): flush the streams nobody closed, newest first. */
static Value m_flush_at_exit(Value self, const Value *args, size_t nargs, Value kw)
{
    Value l = dict_get_cstr(kiln_state_dict(), "io_exit");
    if (!l) return NONE;
    l = list_getslice(l, 0, LIST_SIZE(l));
    if (!l) return 0;
    Value saved = exc_fetch();
    for (int64_t i = LIST_SIZE(l) - 1; i >= 0; i--) {
        Value o = weakref_target(LIST_ITEMS(l)[i]);
        if (!o || (buffered_check(o) && (!B(o)->ok || !B(o)->writable))) continue;
        Value c = obj_lookup_attr(o, S(closed));
        int closed = c ? obj_truthy(c) : 1;
        if (closed == 0 && !obj_call_method(o, S(flush), NULL, 0)) exc_clear();
        exc_clear();
    }
    if (saved) exc_restore(saved);
    return NONE;
}

static Value b_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    Buffered *b = (Buffered *)gc_alloc(t, t->basicsize);
    b->abs_pos = -1;
    b->raw_pos = -1;
    b->read_end = -1;
    b->write_end = -1;
    return OBJ_VAL(b);
}

static int b_init_common(Value self, const Value *args, size_t nargs, Value kw, const char *fname,
                         bool readable, bool writable)
{
    static const char *const names[] = { "raw", "buffer_size", NULL };
    Value a[2] = { 0 };
    if (args_parse(fname, args, nargs, kw, names, 1, a) < 0) return -1;
    Buffered *b = B(self);
    int64_t size = IO_DEFAULT_BUFFER_SIZE;
    if (a[1] && obj_as_ssize(a[1], &size, E(OverflowError)) < 0) return -1;
    b->ok = false;
    b->detached = false;
    Value raw = a[0];
    if (readable && writable && check_raw(raw, "seekable", "File or stream is not seekable.") < 0) return -1;
    if (readable && check_raw(raw, "readable", "File or stream is not readable.") < 0) return -1;
    if (writable && check_raw(raw, "writable", "File or stream is not writable.") < 0) return -1;
    STORE(b, raw, raw);
    b->buffer_size = size;
    b->readable = readable;
    b->writable = writable;
    if (size <= 0) { raise_ValueError("buffer size must be strictly positive"); return -1; }
    if (heap_too_big(size, 1)) return -1;
    RawBytes *buf = raw_bytes_new(size);
    gc_write_barrier((Object *)b);
    b->buf = buf;
    b->owner = NULL;
    b->buffer_mask = (size & (size - 1)) == 0 ? size - 1 : 0;
    b->abs_pos = -1;
    if (raw_tell(b) == -1) exc_clear();
    reader_reset_buf(b);
    writer_reset_buf(b);
    b->pos = 0;
    b->raw_pos = -1;
    Type *exact = readable && writable ? T(io_bufferedrandom) : readable ? T(io_bufferedreader) : T(io_bufferedwriter);
    b->fast_closed_checks = TYPE(self) == exact && fileio_check(raw);
    if (writable && io_exit_register(self) < 0) return -1;
    io_set_owner(raw, self);
    b->ok = true;
    return 0;
}

static int br_init(Value self, const Value *args, size_t nargs, Value kw)
{
    return b_init_common(self, args, nargs, kw, "BufferedReader", true, false);
}
static int bw_init(Value self, const Value *args, size_t nargs, Value kw)
{
    return b_init_common(self, args, nargs, kw, "BufferedWriter", false, true);
}
static int brand_init(Value self, const Value *args, size_t nargs, Value kw)
{
    return b_init_common(self, args, nargs, kw, "BufferedRandom", true, true);
}

/* -- BufferedRWPair ------------------------------------------------------------------ */

#define P(v) ((RWPair *)(v))

static Value rw_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return OBJ_VAL(gc_alloc(t, t->basicsize));
}

static int rw_init(Value self, const Value *args, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("BufferedRWPair() takes no keyword arguments"); return -1; }
    if (nargs < 2) { raise_TypeError("BufferedRWPair expected at least 2 arguments, got %zu", nargs); return -1; }
    if (nargs > 3) { raise_TypeError("BufferedRWPair expected at most 3 arguments, got %zu", nargs); return -1; }
    Value size = nargs > 2 ? args[2] : MKSMALL(IO_DEFAULT_BUFFER_SIZE);
    int64_t n;
    if (obj_as_ssize(size, &n, E(OverflowError)) < 0) return -1;
    if (check_raw(args[0], "readable", "File or stream is not readable.") < 0) return -1;
    if (check_raw(args[1], "writable", "File or stream is not writable.") < 0) return -1;
    Value ra[2] = { args[0], int_from_i64(n) };
    Value r = obj_type_call(T(io_bufferedreader), ra, 2, 0);
    if (!r) return -1;
    Value wa[2] = { args[1], int_from_i64(n) };
    Value w = obj_type_call(T(io_bufferedwriter), wa, 2, 0);
    if (!w) return -1;
    STORE(P(self), reader, r);
    STORE(P(self), writer, w);
    return 0;
}

static Value forward(Value target, const char *name, const Value *args, size_t nargs, Value kw)
{
    if (!target) return raise_ValueError("I/O operation on uninitialized object");
    Value f = obj_getattr(target, intern(name));
    if (!f) return 0;
    return obj_call(f, args, nargs, kw);
}

#define RW_FWD(fn, side, name) \
    static Value fn(Value self, const Value *args, size_t nargs, Value kw) \
    { return forward(P(self)->side, name, args, nargs, kw); }
RW_FWD(rw_read, reader, "read")
RW_FWD(rw_peek, reader, "peek")
RW_FWD(rw_read1, reader, "read1")
RW_FWD(rw_readinto, reader, "readinto")
RW_FWD(rw_readinto1, reader, "readinto1")
RW_FWD(rw_write, writer, "write")
RW_FWD(rw_flush, writer, "flush")
RW_FWD(rw_readable, reader, "readable")
RW_FWD(rw_writable, writer, "writable")

static Value rw_close(Value self, const Value *args, size_t nargs, Value kw)
{
    Value r = forward(P(self)->writer, "close", NULL, 0, 0);
    Value exc = r ? 0 : exc_fetch();
    r = forward(P(self)->reader, "close", NULL, 0, 0);
    if (exc) {
        if (!r) { Value e2 = exc_fetch(); exc_set_context_cause(e2, exc); exc_restore(e2); }
        else exc_restore(exc);
        return 0;
    }
    return r;
}

static Value rw_isatty(Value self, const Value *args, size_t nargs, Value kw)
{
    Value r = forward(P(self)->writer, "isatty", NULL, 0, 0);
    if (r != FALSE_V) return r;
    return forward(P(self)->reader, "isatty", NULL, 0, 0);
}

static Value rw_closed_get(Value self)
{
    if (!P(self)->writer) return raise_RuntimeError("the BufferedRWPair object is being garbage-collected");
    return obj_getattr(P(self)->writer, S(closed));
}

/* -- Type objects ---------------------------------------------------------------------- */

#define COMMON_METHODS \
    { "__reduce_ex__", io_reduce_ex, METH_O, NULL }, \
    { "detach", b_detach, METH_NOARGS, NULL }, \
    { "close", b_close, METH_NOARGS, NULL }, \
    { "seekable", b_seekable, METH_NOARGS, NULL }, \
    { "fileno", b_fileno, METH_NOARGS, NULL }, \
    { "isatty", b_isatty, METH_NOARGS, NULL }, \
    { "_dealloc_warn", b_dealloc_warn, METH_O, NULL }, \
    { "seek", b_seek, 0, NULL }, \
    { "tell", b_tell, METH_NOARGS, NULL }, \
    { "truncate", b_truncate, 0, NULL }, \
    { "__sizeof__", b_sizeof, METH_NOARGS, NULL },
#define READ_METHODS \
    { "readable", b_readable, METH_NOARGS, NULL }, \
    { "read", b_read, 0, NULL }, \
    { "peek", b_peek, 0, NULL }, \
    { "read1", b_read1, 0, NULL }, \
    { "readinto", b_readinto, 0, NULL }, \
    { "readinto1", b_readinto1, 0, NULL }, \
    { "readline", b_readline, 0, NULL },
#define WRITE_METHODS \
    { "writable", b_writable, METH_NOARGS, NULL }, \
    { "write", b_write, 0, NULL }, \
    { "flush", b_flush, METH_NOARGS, NULL },

static const MethodDef br_methods[] = {
    COMMON_METHODS READ_METHODS
    { "flush", b_simple_flush, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};
static const MethodDef bw_methods[] = { COMMON_METHODS WRITE_METHODS { NULL, NULL, 0, NULL } };
static const MethodDef brand_methods[] = { COMMON_METHODS READ_METHODS WRITE_METHODS { NULL, NULL, 0, NULL } };

static const GetSetDef b_getsets[] = {
    { "closed", b_closed_get, NULL, NULL },
    { "name", b_name_get, NULL, NULL },
    { "mode", b_mode_get, NULL, NULL },
    { "raw", b_raw_get, NULL, NULL, true },
    { "_finalizing", b_finalizing_get, b_finalizing_set, NULL },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec io_bufferedreader_spec = {
    .name = "_io.BufferedReader", .base = TYPE_ID_io_bufferedbase, .basicsize = sizeof(Buffered),
    .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .doc = "BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
           "Create a new buffered reader using the given readable raw IO object.",
    .new_ = b_new, .init = br_init, .repr = b_repr, .next = b_next,
    .methods = br_methods, .getsets = b_getsets,
};

const TypeSpec io_bufferedwriter_spec = {
    .name = "_io.BufferedWriter", .base = TYPE_ID_io_bufferedbase, .basicsize = sizeof(Buffered),
    .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .doc = "BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
           "A buffer for a writeable sequential RawIO object.\n\n"
           "The constructor creates a BufferedWriter for the given writeable raw\n"
           "stream. If the buffer_size is not given, it defaults to\n"
           "DEFAULT_BUFFER_SIZE.",
    .new_ = b_new, .init = bw_init, .repr = b_repr,
    .methods = bw_methods, .getsets = b_getsets,
};

const TypeSpec io_bufferedrandom_spec = {
    .name = "_io.BufferedRandom", .base = TYPE_ID_io_bufferedbase, .basicsize = sizeof(Buffered),
    .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .doc = "BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
           "A buffered interface to random access streams.\n\n"
           "The constructor creates a reader and writer for a seekable stream,\n"
           "raw, given in the first argument. If the buffer_size is omitted it\n"
           "defaults to DEFAULT_BUFFER_SIZE.",
    .new_ = b_new, .init = brand_init, .repr = b_repr, .next = b_next,
    .methods = brand_methods, .getsets = b_getsets,
};

static const MethodDef rw_methods[] = {
    { "__reduce_ex__", io_reduce_ex, METH_O, NULL },
    { "read", rw_read, 0, NULL }, { "peek", rw_peek, 0, NULL }, { "read1", rw_read1, 0, NULL },
    { "readinto", rw_readinto, 0, NULL }, { "readinto1", rw_readinto1, 0, NULL },
    { "write", rw_write, 0, NULL }, { "flush", rw_flush, METH_NOARGS, NULL },
    { "readable", rw_readable, METH_NOARGS, NULL }, { "writable", rw_writable, METH_NOARGS, NULL },
    { "close", rw_close, METH_NOARGS, NULL }, { "isatty", rw_isatty, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef rw_getsets[] = {
    { "closed", rw_closed_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec io_bufferedrwpair_spec = {
    .name = "_io.BufferedRWPair", .base = TYPE_ID_io_bufferedbase, .basicsize = sizeof(RWPair),
    .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .doc = "BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)\n--\n\n"
           "A buffered reader and writer object together.\n\n"
           "A buffered reader object and buffered writer object put together to\n"
           "form a sequential IO object that can read and write. This is typically\n"
           "used with a socket or two-way pipe.\n\n"
           "reader and writer are RawIOBase objects that are readable and\n"
           "writeable respectively. If the buffer_size is omitted it defaults to\n"
           "DEFAULT_BUFFER_SIZE.",
    .new_ = rw_new, .init = rw_init, .methods = rw_methods, .getsets = rw_getsets,
};

static const MethodDef flush_def = { "_flush_at_exit", m_flush_at_exit, METH_NOARGS, NULL };

int io_file_add_types(Value d)
{
    Value f = builtin_function_new(&flush_def, 0, dict_get_cstr(d, "__name__"));
    if (!f || dict_set_cstr(d, "FileIO", OBJ_VAL(T(io_fileio))) < 0 ||
        dict_set_cstr(d, "BufferedReader", OBJ_VAL(T(io_bufferedreader))) < 0 ||
        dict_set_cstr(d, "BufferedWriter", OBJ_VAL(T(io_bufferedwriter))) < 0 ||
        dict_set_cstr(d, "BufferedRandom", OBJ_VAL(T(io_bufferedrandom))) < 0 ||
        dict_set_cstr(d, "BufferedRWPair", OBJ_VAL(T(io_bufferedrwpair))) < 0 ||
        dict_set_cstr(d, "_flush_at_exit", f) < 0)
        return -1;
    return 0;
}
