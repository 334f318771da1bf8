/* kiln: the _pickle module, reduced to pickle.PickleBuffer (protocol 5's
 * wrapper of a buffer for out-of-band data).  pickle.py's own Pickler and
 * Unpickler do the rest, as for any Python without the C accelerator. */
#include "core.h"

/* A PickleBuffer holds an export of its object's buffer until released; views
 * made from it (memoryview, raw()) count as exports of the object itself, so
 * they outlive a release. */
typedef struct PickleBuf { Object hdr; Value obj; bool released; } PickleBuf;

#define PB(v) ((PickleBuf *)(v))

static void pb_trace(Object *o, Visitor visit, void *ctx) { visit(((PickleBuf *)o)->obj, ctx); }

static void pb_finalize(Object *o)
{
    PickleBuf *p = (PickleBuf *)o;
    if (!p->released) obj_buffer_export(p->obj, -1);
    p->released = true;
}

static Value pb_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "", NULL };
    Value a[1];
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if (nargs == 0) return raise_TypeError("PickleBuffer() takes exactly 1 positional argument (0 given)");
    if (nargs + nkw > 1 && nargs > 1) return raise_TypeError("PickleBuffer() takes at most 1 argument (%d given)", (int)(nargs + nkw));
    if (args_parse("PickleBuffer", args, nargs, kw, names, 1, a) < 0) return 0;
    BufferView bv;
    if (!obj_getbuffer(a[0], &bv)) return raise_TypeError("a bytes-like object is required, not '%T'", a[0]);
    PickleBuf *p = (PickleBuf *)gc_alloc(t, t->basicsize);
    STORE(p, obj, a[0]);
    obj_buffer_export(a[0], 1);
    return OBJ_VAL(p);
}

static bool pb_getbuffer(Value self, BufferView *view)
{
    return !PB(self)->released && obj_getbuffer(PB(self)->obj, view);
}

static void pb_export(Value self, int delta)
{
    obj_buffer_export(PB(self)->obj, delta);
}

static Value pb_released(void)
{
    return raise_ValueError("operation forbidden on released PickleBuffer object");
}

/* raw(): a one-dimensional memoryview of the bytes, format 'B'. */
static Value pb_raw(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("raw", nargs, 0, 0) < 0) return 0;
    if (PB(self)->released) return pb_released();
    Value m = obj_call1(OBJ_VAL(T(memoryview)), self);
    if (!m) return 0;
    Value fmt = str_from_cstr("B");
    Value r = obj_call_method(m, str_intern_cstr("cast"), &fmt, 1);
    if (!obj_call_method(m, str_intern_cstr("release"), NULL, 0)) return 0;   /* the cast holds its own export */
    return r;
}

static Value pb_release(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("release", nargs, 0, 0) < 0) return 0;
    pb_finalize(AS_OBJ(self));
    return NONE;
}

static const MethodDef pb_methods[] = {
    { "raw", pb_raw, 0, "Return a memoryview of the raw memory underlying this buffer.\nWill raise BufferError is the buffer isn't contiguous." },
    { "release", pb_release, 0, "Release the underlying buffer exposed by the PickleBuffer object." },
    { NULL, NULL, 0, NULL },
};

const TypeSpec picklebuffer_spec = {
    .name = "pickle.PickleBuffer", .base = -1, .basicsize = sizeof(PickleBuf),
    .doc = "Wrapper for potentially out-of-band buffers",
    .trace = pb_trace, .new_ = pb_new, .finalize = pb_finalize,
    .getbuffer = pb_getbuffer, .buffer_export = pb_export, .methods = pb_methods,
};

static int pickle_exec(Value m)
{
    return dict_set_cstr(AS(Module, m)->dict, "PickleBuffer", OBJ_VAL(T(picklebuffer)));
}

const ModuleDef _pickle_module = { "_pickle", "Optimized C implementation for the Python pickle module.", NULL, pickle_exec };
