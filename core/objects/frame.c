/* kiln: Python-visible frame objects and tracebacks.  Frame objects are made
 * lazily for a Frame record (vm.h) and outlive it by keeping a copy of what
 * introspection needs. */
#include "vm.h"

/* -- frame -------------------------------------------------------------------- */

static void fo_trace(Object *o, Visitor visit, void *ctx) {
    FrameObject *f = (FrameObject *)o;
    visit(f->code, ctx); visit(f->globals, ctx); visit(f->builtins, ctx);
    visit(f->locals, ctx); visit(f->back, ctx); visit(f->fast, ctx);
    visit(f->gen, ctx); visit(f->locals_dict, ctx);
    /* a live record on the frame stack is kept by the thread; a generator's by gen */
}

Value frame_object_of(Frame *f) {
    if (f->frameobj) return f->frameobj;
    FrameObject *fo = (FrameObject *)gc_alloc(T(frame), sizeof(FrameObject));
    fo->frame = f;
    fo->code = OBJ_VAL(f->code);
    fo->globals = f->globals;
    fo->builtins = f->builtins;
    fo->locals = f->locals;
    fo->gen = f->gen;
    fo->lasti = -1;
    f->frameobj = OBJ_VAL(fo);
    return f->frameobj;
}

void frame_detach(Frame *f) {
    FrameObject *fo = (FrameObject *)f->frameobj;
    if (!fo) return;
    Code *c = f->code;
    int lasti = frame_lasti(f);
    fo->lasti = lasti;
    fo->lineno = lasti < 0 ? c->firstlineno : code_line_of(c, lasti);
    if (f->prev && !(f->flags & FRAME_GEN)) STORE(fo, back, frame_object_of(f->prev));
    int n = c->nlocals + frame_ncells(c);
    if (!f->locals && n > 0) {
        ValueArray *a = value_array_new(n);
        for (int i = 0; i < n; i++) a->items[i] = f->localsplus[i];
        STORE(fo, fast, OBJ_VAL(a));
    }
    fo->frame = NULL;
    fo->gen = 0;            /* a finished generator's frame does not keep it alive */
    f->frameobj = 0;
}

/* Build the locals dict of a function frame from its fast locals and cells. */
static Value locals_from_fast(Code *c, const Value *lp, Value d) {
    int64_t nl = c->nlocals;
    for (int64_t i = 0; i < nl; i++) {
        Value name = TUPLE_ITEMS(c->varnames)[i];
        Value v = lp[i];
        if (v) { if (dict_set(d, name, v) < 0) return 0; }
        else if (dict_get_str(d, name) && dict_del(d, name) < 0) return 0;
    }
    int64_t nc = TUPLE_SIZE(c->cellvars), nf = TUPLE_SIZE(c->freevars);
    for (int64_t i = 0; i < nc + nf; i++) {
        Value name = i < nc ? TUPLE_ITEMS(c->cellvars)[i] : TUPLE_ITEMS(c->freevars)[i - nc];
        Value cell = lp[nl + i];
        Value v = cell && IS_TYPE(cell, cell) ? ((Cell *)cell)->v : 0;
        /* CPython shows free variables in locals() of functions, not of class bodies */
        if (v) { if (dict_set(d, name, v) < 0) return 0; }
        else if (dict_get_str(d, name) && dict_del(d, name) < 0) return 0;
    }
    return d;
}

/* locals() of a function frame is one dict per frame, refreshed on each call (CPython 3.11). */
Value frame_locals_dict(Frame *f) {
    if (f->locals) return f->locals;
    f->owned = 0;   /* the locals escape into the dict (ADD_FAST, opcodes.h) */
    FrameObject *fo = (FrameObject *)frame_object_of(f);
    if (!fo->locals_dict) STORE(fo, locals_dict, dict_new());
    return locals_from_fast(f->code, f->localsplus, fo->locals_dict);
}

#define FO(v) ((FrameObject *)(v))
static Value fog_code(Value s) { return FO(s)->code; }
static Value fog_globals(Value s) { return FO(s)->globals; }
static Value fog_builtins(Value s) { return FO(s)->builtins; }
static Value fog_lineno(Value s) {
    FrameObject *fo = FO(s);
    if (fo->frame) {
        int lasti = frame_lasti(fo->frame);
        return MKSMALL(lasti < 0 ? ((Code *)fo->code)->firstlineno : code_line_of((Code *)fo->code, lasti));
    }
    return MKSMALL(fo->lineno);
}
static Value fog_lasti(Value s) {
    FrameObject *fo = FO(s);
    int l = fo->frame ? frame_lasti(fo->frame) : fo->lasti;
    return MKSMALL(l < 0 ? 0 : l * 4);
}
static Value fog_back(Value s) {
    FrameObject *fo = FO(s);
    if (fo->frame) {
        Frame *p = fo->frame->prev;
        if (fo->frame->flags & FRAME_GEN && ((Gen *)fo->frame->gen)->state != GEN_RUNNING) p = NULL;
        return p ? frame_object_of(p) : NONE;
    }
    return fo->back ? fo->back : NONE;
}
static Value fog_locals(Value s) {
    FrameObject *fo = FO(s);
    if (fo->frame) return frame_locals_dict(fo->frame);
    if (fo->locals) return fo->locals;
    if (!fo->locals_dict) STORE(fo, locals_dict, dict_new());
    if (fo->fast) return locals_from_fast((Code *)fo->code, ((ValueArray *)fo->fast)->items, fo->locals_dict);
    return fo->locals_dict;
}
static Value fog_trace(Value s) { return NONE; }
static int fos_trace(Value s, Value v) { return 0; }
/* Tracing is not supported: f_trace_lines/f_trace_opcodes read as CPython's defaults. */
static Value fog_trace_lines(Value s) { return TRUE_V; }
static Value fog_trace_opcodes(Value s) { return FALSE_V; }
static int fos_trace_flag(Value s, Value v)
{
    if (!v) { raise_TypeError("can't delete numeric/char attribute"); return -1; }
    if (!IS_BOOL(v)) { raise_TypeError("attribute value type must be bool"); return -1; }
    return 0;
}

static const GetSetDef fo_getsets[] = {
    {"f_code", fog_code, NULL, NULL},
    {"f_globals", fog_globals, NULL, NULL},
    {"f_builtins", fog_builtins, NULL, NULL},
    {"f_lineno", fog_lineno, NULL, NULL},
    {"f_lasti", fog_lasti, NULL, NULL},
    {"f_back", fog_back, NULL, NULL},
    {"f_locals", fog_locals, NULL, NULL},
    {"f_trace", fog_trace, fos_trace, NULL},
    {"f_trace_lines", fog_trace_lines, fos_trace_flag, NULL},
    {"f_trace_opcodes", fog_trace_opcodes, fos_trace_flag, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value fo_repr(Value v) {
    FrameObject *fo = FO(v);
    Code *c = (Code *)fo->code;
    Value ln = fog_lineno(v);
    return str_fmt("<frame at %p, file %R, line %d, code %U>", (void *)fo, c->filename,
                   (int)SMALL_VAL(ln), c->name);
}

static Value fo_clear(Value self, const Value *args, size_t nargs, Value kw) {
    FrameObject *fo = FO(self);
    if (fo->frame) {
        if (fo->gen && ((Gen *)fo->gen)->state == GEN_SUSPENDED) {
            if (gen_close(fo->gen) < 0) return 0;
            return NONE;
        }
        return raise_RuntimeError("cannot clear an executing frame");
    }
    fo->fast = 0;
    fo->locals_dict = 0;
    return NONE;
}

static const MethodDef fo_methods[] = {
    {"clear", fo_clear, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec frame_spec = {
    .name = "frame",
    .base = -1,
    .basicsize = sizeof(FrameObject),
    .flags = TF_IMMUTABLE,
    .trace = fo_trace,
    .repr = fo_repr,
    .methods = fo_methods,
    .getsets = fo_getsets,
};

/* -- traceback ---------------------------------------------------------------- */

static void tb_trace(Object *o, Visitor visit, void *ctx) {
    visit(((Traceback *)o)->next, ctx); visit(((Traceback *)o)->frame, ctx);
}

Value traceback_new(Value next, Value frame, int lasti, int lineno) {
    Traceback *tb = (Traceback *)gc_alloc(T(traceback), sizeof(Traceback));
    tb->next = next;
    tb->frame = frame;
    tb->lasti = lasti;
    tb->lineno = lineno;
    return OBJ_VAL(tb);
}

int exc_attach_traceback(Value exc, Frame *f, int lasti) {
    if (!IS_EXC(exc)) return 0;
    ExcObject *e = (ExcObject *)exc;
    Value fo = frame_object_of(f);
    Value next = e->traceback == NONE ? 0 : e->traceback;
    int line = lasti < 0 ? f->code->firstlineno : code_line_of(f->code, lasti);
    Value tb = traceback_new(next, fo, lasti, line);
    STORE(e, traceback, tb);
    return 0;
}

#define TB(v) ((Traceback *)(v))
static Value tbg_next(Value s) { return TB(s)->next ? TB(s)->next : NONE; }
static int tbs_next(Value s, Value v) {
    if (!v) { raise_TypeError("can't delete tb_next attribute"); return -1; }
    if (v == NONE) v = 0;
    if (v && !IS_TYPE(v, traceback)) {
        raise_TypeError("expected traceback object or None, got '%T'", v);
        return -1;
    }
    for (Value c = v; c; c = TB(c)->next)
        if (c == s) { raise_ValueError("traceback loop detected"); return -1; }
    STORE(TB(s), next, v);
    return 0;
}
static Value tbg_frame(Value s) { return TB(s)->frame; }
static Value tbg_lasti(Value s) { return MKSMALL(TB(s)->lasti < 0 ? -1 : TB(s)->lasti * 4); }
static Value tbg_lineno(Value s) { return MKSMALL(TB(s)->lineno); }

static const GetSetDef tb_getsets[] = {
    {"tb_next", tbg_next, tbs_next, NULL},
    {"tb_frame", tbg_frame, NULL, NULL},
    {"tb_lasti", tbg_lasti, NULL, NULL},
    {"tb_lineno", tbg_lineno, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) */
static Value tb_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    Value a[4] = {0};
    if (args_parse("TracebackType", args, nargs, kwnames, names, 4, a) < 0) return 0;
    if (a[0] != NONE && !IS_TYPE(a[0], traceback))
        return raise_TypeError("expected traceback object or None, got '%T'", a[0]);
    if (!IS_TYPE(a[1], frame))
        return raise_TypeError("TracebackType() argument 'tb_frame' must be frame, not %A", a[1]);
    int64_t lasti, lineno;
    if (int_as_i64(a[2], &lasti) < 0 || int_as_i64(a[3], &lineno) < 0) return 0;
    return traceback_new(a[0] == NONE ? 0 : a[0], a[1], (int)(lasti / 4), (int)lineno);
}

const TypeSpec traceback_spec = {
    .name = "traceback",
    .base = -1,
    .basicsize = sizeof(Traceback),
    .trace = tb_trace,
    .new_ = tb_tp_new,
    .getsets = tb_getsets,
};
