/* kiln: what the _io files share (iomodule.c, io_bytes.c, io_string.c,
 * io_file.c, io_buffered.c, io_text.c).
 *
 * Layout.  Every _io object starts like an Instance (TF_HAS_SHAPE): the
 * shape/dict/slots/weaklist words after the header hold the attributes that
 * CPython keeps in the object's __dict__ (__IOBase_closed, _finalizing, a
 * subclass's own), so _io objects have a __dict__ and weak references.  A
 * type's own C fields follow:  typedef struct { Instance inst; int fd; ... } X;
 * with .basicsize = sizeof(X) and .flags = TF_BASETYPE | TF_HAS_SHAPE in its
 * TypeSpec.  Leave .trace NULL (every word scanned) or visit the Instance words
 * too (io_trace_instance).
 *
 * Finalization.  _IOBase's TypeSpec has .finalize = del_finalize: an
 * unreachable _io object is kept alive by the collector and its __del__ (the
 * C one closes it when `closed` is false, as CPython's iobase_finalize) runs
 * at the next safe point.  A type inherits it when its .finalize is NULL; one
 * that must not be closed when collected (BytesIO, StringIO, as CPython's
 * deallocators) sets .finalize = io_finalize_none.
 *
 * Flushing at exit.  kiln calls _io._flush_at_exit() at the end of a run
 * (core/main.c): the writers nobody closed are flushed from the registry
 * io_text.c and io_buffered.c keep. */
#pragma once
#include "core.h"

#define IO_DEFAULT_BUFFER_SIZE 8192   /* _io.DEFAULT_BUFFER_SIZE (CPython uses the constant, not the attribute) */

Value io_unsupported(const char *msg);       /* raise io.UnsupportedOperation(msg); returns 0 */
Value io_unsupported_class(void);            /* io.UnsupportedOperation (imports _io if needed), 0 + exception */
Value io_closed_error(void);                 /* raise ValueError("I/O operation on closed file."); returns 0 */
/* self.closed is true -> ValueError "I/O operation on closed file." (-1); 0 if open or no `closed` attribute. */
int io_check_closed(Value self);
/* self.readable()/writable()/seekable() is not True -> io.UnsupportedOperation
 * "File or stream is not readable." (...); -1 on error, 0 when it is. */
int io_check_readable(Value self);
int io_check_writable(Value self);
int io_check_seekable(Value self);
/* _IOBase's own closed state (the __IOBase_closed attribute): 1/0, -1 error. */
int io_base_is_closed(Value self);
/* _IOBase.close(self): flush(), then mark closed (for subclasses calling up). */
Value io_base_close(Value self);
/* A class of the _io module by name ("FileIO", "BufferedReader", ...): the
 * module dict's current value, so the pure-Python fallbacks io.py put there
 * serve until the C classes exist. */
Value io_module_class(const char *name);
/* Size-like arguments: None or an int (Py_ssize_t(accept={int, NoneType})):
 * "argument should be integer or None, not 'str'"; v == 0 or None -> dflt. */
int io_ssize_or_none(Value v, int64_t dflt, int64_t *out);
/* The one optional size argument of read(size=-1, /) and the like. */
int io_size_arg(const char *name, const Value *args, size_t nargs, Value kw, int64_t *out);
/* Pickling state: a copy of the instance dict (None when it has none); merge one back. */
Value io_state_dict(Value self);
int io_set_state_dict(Value self, Value d);
/* A positional int argument as CPython's clinic converts it (Py_ssize_t ones:
 * obj_ssize_arg): __index__, "Python int too large to convert to C int". */
int io_int_arg(Value v, int *out);
void io_trace_instance(Object *o, Visitor visit, void *ctx);   /* the Instance words of an _io object */
void io_finalize_none(Object *o);            /* .finalize of a type whose instances are not closed when collected */
int io_text_init(Value module);              /* io_text.c: TextIOWrapper and IncrementalNewlineDecoder into _io */
/* io_buffered.c: streams to flush at exit (_io._flush_at_exit, newest first;
 * a weak registry in kiln_state_dict()["io_exit"]). */
int io_exit_register(Value obj);
/* io_file.c: finalization order.  The collector finalizes a dead stack of
 * wrappers (TextIOWrapper -> BufferedWriter -> FileIO) in no particular order,
 * but the outermost must close first (it flushes into the inner ones and
 * issues the ResourceWarning).  So a wrapper tells its inner stream who it is
 * (an inverted address the collector does not see: the inner stream does not
 * keep its wrapper alive), and an inner C stream closed by its finalizer
 * first closes a wrapper still alive and open over it.  inner: any stream
 * (only the C FileIO and buffered classes keep it). */
void io_set_owner(Value inner, Value outer);
void io_drop_owner(Value inner, Value outer);  /* detach: forget outer if it is the owner */
