/* kiln _io: what FileIO (io_file.c) and the buffered classes (io_buffered.c)
 * share.  A FileIO is laid out as every _io object (iomodule.h): an Instance
 * (its name and other attributes live in the instance's shape, as in
 * CPython's instance __dict__), followed by the descriptor and the mode bits.
 * The buffered classes read and write an exact FileIO raw stream through
 * these fields directly, without method calls. */
#pragma once
#include "iomodule.h"

typedef struct FileIO {
    Instance inst;          /* attributes (name, __IOBase_closed, ...) and weak references */
    int fd;                 /* -1 once closed */
    int blksize;            /* _blksize: st_blksize of the file, or DEFAULT_BUFFER_SIZE */
    bool created, readable, writable, appending, closefd, finalizing;
    signed char seekable;   /* -1: not known yet */
    uintptr_t owner_inv;    /* ~address of the object wrapping this one (io_set_owner), or 0 */
} FileIO;

bool fileio_check(Value v);                  /* an exact FileIO (its methods not overridden) */
Value fileio_closed_error(void);             /* FileIO's ValueError "I/O operation on closed file" */
Value fileio_readall(FileIO *f);             /* FileIO.readall() */
/* read(2)/write(2) on fd without the GIL, retried on EINTR (signal handlers
 * run; -1 if one raised); -1 with errno set (no exception) for EAGAIN, -1 +
 * OSError for other errors; else the count. */
int64_t io_sys_read(int fd, char *buf, int64_t n);
int64_t io_sys_write(int fd, const char *buf, int64_t n);
int64_t io_sys_lseek(int fd, int64_t pos, int whence); /* -1 + OSError */
Value io_reduce_ex(Value self, const Value *args, size_t nargs, Value kw); /* __reduce_ex__: pickling refused */
/* Exact BufferedWriter/BufferedRandom/BufferedReader; write n bytes through a
 * writer (TextIOWrapper's fast path): the count, or -1 with an exception. */
bool buffered_check(Value v);
int64_t buffered_write_bytes(Value self, const char *data, int64_t n);
Value buffered_raw(Value v);                 /* the raw stream of a buffered object (a subclass's too), or 0 */
/* Finalization order (iomodule.h): where inner keeps its owner, or NULL; and
 * the owner closed first by a finalizing close(). */
uintptr_t *io_owner_slot(Value inner);
void io_close_owner(Value self);              /* from close() with _finalizing set */
/* Put FileIO, the buffered classes and _flush_at_exit into _io's dict. */
int io_file_add_types(Value d);
