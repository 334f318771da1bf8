/* kiln: generators, coroutines and async generators.  A generator owns its
 * frame record (vm.h), copied into the object when the generator function is
 * called; every resumption re-enters vm_eval_frame on it. */
#include "vm.h"
#include <string.h>

static const char *kind_name(int kind) {
    return kind == 0 ? "generator" : kind == 1 ? "coroutine" : "async generator";
}

static void gen_note_finalizer(Gen *g) {
    if (g->fin_noted) return;
    g->fin_noted = 1;
    del_note_finalizer((Object *)g);
}

Value gen_new_from_frame(Frame *src, int kind) {
    Type *t = kind == 0 ? T(generator) : kind == 1 ? T(coroutine) : T(async_generator);
    size_t hdr = (sizeof(Gen) + 15) & ~(size_t)15;
    Gen *g = (Gen *)gc_alloc(t, hdr + (size_t)src->size);
    Frame *f = (Frame *)((char *)g + hdr);
    /* the cell is zero: copy only the record's live part (header, locals,
       the value stack up to sp, the open blocks), so the free stack slots
       stay zero without being written twice */
    memcpy(f, src, (size_t)((char *)src->sp - (char *)src));
    frame_layout(f, src->code);
    f->sp = f->stack + (src->sp - src->stack);
    memcpy(f->blocks, src->blocks, (size_t)src->nblocks * sizeof(Block));
    f->ip = src->ip;
    f->flags = FRAME_GEN | FRAME_ENTRY;
    f->gen = OBJ_VAL(g);
    f->frameobj = 0;
    f->prev = NULL;
    g->frame = f;
    g->code = OBJ_VAL(src->code);
    if (src->func) {
        g->name = ((Function *)src->func)->name;
        g->qualname = ((Function *)src->func)->qualname;
    } else {
        g->name = src->code->name;
        g->qualname = src->code->qualname;
    }
    g->kind = kind;
    g->state = GEN_CREATED;
    if (kind == 1) gen_note_finalizer(g);   /* warns if never awaited */
    return OBJ_VAL(g);
}

Value gen_yieldfrom(Gen *g) {
    if (g->state != GEN_SUSPENDED) return 0;
    Frame *f = g->frame;
    if (INSN_OP(*f->ip) != OP_YIELD_FROM) return 0;
    return f->sp[-1];
}

static Value running_error(Gen *g) {
    if (g->kind == 0) return raise_ValueError("generator already executing");
    return raise_ValueError("%s already executing", kind_name(g->kind));
}

Value gen_send_ex(Value gv, Value v, Value exc, int *yielded) {
    Gen *g = (Gen *)gv;
    Frame *f = g->frame;
    *yielded = 0;
    if (g->state == GEN_RUNNING) return running_error(g);
    if (g->state == GEN_CLOSED) {
        if (g->kind == 1 && !exc) return raise_RuntimeError("cannot reuse already awaited coroutine");
        if (exc) { exc_restore(exc); return 0; }
        return NONE;
    }
    if (g->state == GEN_CREATED && !exc && v != NONE)
        return raise_TypeError("can't send non-None value to a just-started %s", kind_name(g->kind));
    if (!exc) *f->sp++ = v;
    Value saved = TS->handled;
    Value outer = vm_gen_outer_enter(saved);
    TS->handled = g->exc_state;
    g->state = GEN_RUNNING;
    gc_write_barrier((Object *)g);      /* the frame inside is written without barriers while running */
    Value r = vm_eval_frame(f, exc);
    gc_write_barrier((Object *)g);
    g->exc_state = TS->handled;
    TS->handled = saved;
    vm_gen_outer_leave(outer);
    if (f->flags & FRAME_YIELDED) {
        f->flags &= ~FRAME_YIELDED;
        g->state = GEN_SUSPENDED;
        *yielded = 1;
        /* close() would run code: a finally/with/except block or a delegate */
        if (!g->fin_noted && (f->nblocks > 0 || gen_yieldfrom(g))) gen_note_finalizer(g);
        return r;
    }
    g->state = GEN_CLOSED;
    g->exc_state = 0;
    if (f->frameobj) frame_detach(f);
    /* drop the locals so a finished generator keeps nothing alive */
    memset(f->localsplus, 0, (size_t)((char *)f->blocks - (char *)f->localsplus));
    f->sp = f->stack;
    if (r) return r;
    if (exc_matches(E(StopIteration)) ||
        (g->kind == 2 && exc_matches(E(StopAsyncIteration)))) {
        bool async_stop = !exc_matches(E(StopIteration));
        Value e = exc_fetch();
        raise_RuntimeError("%s raised %s", kind_name(g->kind), async_stop ? "StopAsyncIteration" : "StopIteration");
        Value ne = TS->exc;
        if (ne && IS_EXC(ne)) {
            STORE((ExcObject *)ne, cause, e);
            STORE((ExcObject *)ne, context, e);
            ((ExcObject *)ne)->suppress_context = true;
        }
    }
    return 0;
}

Value gen_send(Value g, Value v) {
    int y;
    Value r = gen_send_ex(g, v, 0, &y);
    if (!r || y) return r;
    if (((Gen *)g)->kind == 2) return raise_type_noargs(E(StopAsyncIteration));
    return raise_StopIteration(r == NONE ? 0 : r);
}

/* Make the exception instance for throw(typ[, val[, tb]]). */
static Value make_throw_exc(Value typ, Value val, Value tb) {
    if (tb == NONE) tb = 0;
    if (tb && !IS_TYPE(tb, traceback)) return raise_TypeError("throw() third argument must be a traceback object");
    Value exc;
    if (IS_TYPEOBJ(typ) && type_is_subtype((Type *)typ, E(BaseException))) {
        if (val && val != NONE && IS_EXC(val) && type_is_subtype(TYPE(val), (Type *)typ)) exc = val;
        else if (!val || val == NONE) exc = obj_call0(typ);
        else if (IS_TUPLE(val)) exc = obj_call(typ, TUPLE_ITEMS(val), (size_t)TUPLE_SIZE(val), 0);
        else exc = obj_call1(typ, val);
        if (!exc) return 0;
        if (!IS_EXC(exc))
            return raise_TypeError("calling %R should have returned an instance of BaseException, not %T", typ, exc);
    } else if (IS_EXC(typ)) {
        if (val && val != NONE) return raise_TypeError("instance exception may not have a separate value");
        exc = typ;
    } else {
        return raise_TypeError("exceptions must be classes or instances deriving from BaseException, not %T", typ);
    }
    if (tb) STORE((ExcObject *)exc, traceback, tb);
    return exc;
}

static int close_iter(Value yf) {
    if (IS_TYPE(yf, generator) || IS_TYPE(yf, coroutine)) return gen_close(yf);
    Value m = obj_lookup_attr(yf, S(close));
    if (!m) return exc_pending() ? -1 : 0;
    return obj_call0(m) ? 0 : -1;
}

/* Throw exc into g, forwarding to a yield-from delegate first (CPython _gen_throw). */
static Value gen_throw_ex(Value gv, Value exc, bool close_on_genexit, int *yielded) {
    Gen *g = (Gen *)gv;
    Frame *f = g->frame;
    *yielded = 0;
    Value yf = gen_yieldfrom(g);
    if (yf) {
        Value ret;
        int y = 0;
        if (exc_given_matches(exc, OBJ_VAL(E(GeneratorExit))) && close_on_genexit) {
            g->state = GEN_RUNNING;
            int err = close_iter(yf);
            g->state = GEN_SUSPENDED;
            if (err < 0) return gen_send_ex(gv, NONE, exc_fetch(), yielded);
            return gen_send_ex(gv, NONE, exc, yielded);
        }
        if (IS_TYPE(yf, generator) || IS_TYPE(yf, coroutine)) {
            g->state = GEN_RUNNING;
            ret = gen_throw_ex(yf, exc, close_on_genexit, &y);
            g->state = GEN_SUSPENDED;
        } else {
            Value m = obj_lookup_attr(yf, S(throw));
            if (!m) {
                if (exc_pending()) return gen_send_ex(gv, NONE, exc_fetch(), yielded);
                return gen_send_ex(gv, NONE, exc, yielded);
            }
            g->state = GEN_RUNNING;
            Value tb = ((ExcObject *)exc)->traceback;
            Value args[3] = { OBJ_VAL(TYPE(exc)), exc, tb ? tb : NONE };
            ret = obj_call(m, args, 3, 0);
            g->state = GEN_SUSPENDED;
            y = ret != 0;
        }
        if (ret && y) { *yielded = 1; return ret; }
        /* the delegate finished: pop it and resume after the YIELD_FROM */
        f->sp--;
        f->ip++;
        if (ret) return gen_send_ex(gv, ret, 0, yielded);
        if (exc_matches(E(StopIteration))) {
            Value val = vm_fetch_stopiteration_value();
            if (!val) return gen_send_ex(gv, NONE, exc_fetch(), yielded);
            return gen_send_ex(gv, val, 0, yielded);
        }
        return gen_send_ex(gv, NONE, exc_fetch(), yielded);
    }
    return gen_send_ex(gv, NONE, exc, yielded);
}

Value gen_throw(Value g, Value exc) {
    int y;
    Value e = make_throw_exc(exc, 0, 0);
    if (!e) return 0;
    Value r = gen_throw_ex(g, e, true, &y);
    if (!r || y) return r;
    if (((Gen *)g)->kind == 2) return raise_type_noargs(E(StopAsyncIteration));
    return raise_StopIteration(r == NONE ? 0 : r);
}

int gen_close(Value gv) {
    Gen *g = (Gen *)gv;
    if (g->state == GEN_CREATED) { g->state = GEN_CLOSED; return 0; }
    if (g->state == GEN_CLOSED) return 0;
    if (g->state == GEN_RUNNING) { running_error(g); return -1; }
    Value yf = gen_yieldfrom(g);
    Value exc = 0;
    if (yf) {
        g->state = GEN_RUNNING;
        int err = close_iter(yf);
        g->state = GEN_SUSPENDED;
        if (err < 0) exc = exc_fetch();
    }
    if (!exc) exc = exc_new(E(GeneratorExit), NULL, 0);
    if (!exc) return -1;
    int y;
    Value r = gen_send_ex(gv, NONE, exc, &y);
    if (r) {
        if (y) {
            raise_RuntimeError("%s ignored GeneratorExit", kind_name(g->kind));
            return -1;
        }
        return 0;
    }
    if (exc_matches(E(StopIteration)) || exc_matches(E(GeneratorExit))) {
        exc_clear();
        return 0;
    }
    return -1;
}

/* -- Python-level methods ---------------------------------------------------- */

/* Type.next: 0 without exception when the generator returns (its value is
 * dropped, as list()/for do); gen_next keeps it for next(). */
static Value gen_iternext(Value gv) {
    int y;
    Value r = gen_send_ex(gv, NONE, 0, &y);
    if (!r || y) return r;
    return 0;
}

Value gen_next(Value gv) {
    int y;
    Value r = gen_send_ex(gv, NONE, 0, &y);
    if (!r || y) return r;
    return raise_StopIteration(r == NONE ? 0 : r);
}

static Value gen_iter_self(Value self) { return self; }

static Value m_send(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_no_kw("send", kw) < 0 || args_count("send", nargs, 1, 1) < 0) return 0;
    return gen_send(self, args[0]);
}

static Value m_throw(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_no_kw("throw", kw) < 0 || args_count("throw", nargs, 1, 3) < 0) return 0;
    Value e = make_throw_exc(args[0], nargs > 1 ? args[1] : 0, nargs > 2 ? args[2] : 0);
    if (!e) return 0;
    int y;
    Value r = gen_throw_ex(self, e, true, &y);
    if (!r || y) return r;
    return raise_StopIteration(r == NONE ? 0 : r);
}

static Value m_close(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("close", nargs, 0, 0) < 0) return 0;
    return gen_close(self) < 0 ? 0 : NONE;
}

/* -- Finalization (CPython's _PyGen_Finalize) ---------------------------------- */

bool gen_wants_finalizer(Gen *g) {
    if (g->state == GEN_CLOSED || g->state == GEN_RUNNING) return false;
    if (g->kind == 2 && g->finalizer && g->finalizer != NONE && !g->ag_closed) return true;
    if (g->state == GEN_CREATED) return g->kind == 1;
    return g->frame->nblocks > 0 || gen_yieldfrom(g) != 0;
}

/* RuntimeWarning "coroutine '...' was never awaited", through
   warnings._warn_unawaited_coroutine as in CPython (attributed to the
   running Python code). */
static void warn_unawaited(Value coro) {
    Value m = import_module(str_intern_cstr("warnings"));
    Value fn = m ? obj_lookup_attr(m, str_intern_cstr("_warn_unawaited_coroutine")) : 0;
    if (fn) {
        obj_call1(fn, coro);
    } else if (!exc_pending()) {
        Value msg = str_fmt("coroutine '%U' was never awaited", ((Gen *)coro)->qualname);
        if (msg) exc_warn(E(RuntimeWarning), STR_DATA(msg), 1);
    }
    if (exc_pending()) exc_write_unraisable(coro);
}

/* Finalize g (dead, or __del__ called): an async generator goes to its
   finalizer hook, a coroutine never started warns, others are closed; errors
   are reported as unraisable.  Leaves no exception pending. */
void gen_finalize(Value gv) {
    Gen *g = (Gen *)gv;
    if (g->state == GEN_CLOSED) return;
    Value saved = exc_fetch();
    if (g->kind == 2 && g->finalizer && g->finalizer != NONE && !g->ag_closed) {
        if (!obj_call1(g->finalizer, gv)) exc_write_unraisable(gv);
    } else if (g->kind == 1 && g->state == GEN_CREATED) {
        warn_unawaited(gv);
    } else if (gen_close(gv) < 0) {
        exc_write_unraisable(gv);
    }
    exc_restore(saved);
}

static Value m_del(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("__del__", nargs, 0, 0) < 0) return 0;
    gen_finalize(self);
    return NONE;
}

#define G(v) ((Gen *)(v))
static Value gg_frame(Value s) { return G(s)->state == GEN_CLOSED ? NONE : frame_object_of(G(s)->frame); }
static Value gg_running(Value s) { return BOOL_V(G(s)->state == GEN_RUNNING); }
static Value gg_suspended(Value s) { return BOOL_V(G(s)->state == GEN_SUSPENDED); }
static Value gg_code(Value s) { return G(s)->code; }
static Value gg_yieldfrom(Value s) { Value y = gen_yieldfrom(G(s)); return y ? y : NONE; }
static Value gg_name(Value s) { return G(s)->name; }
static int gs_name(Value s, Value v) {
    if (!v || !IS_STR(v)) { raise_TypeError("__name__ must be set to a string object"); return -1; }
    STORE(G(s), name, v); return 0;
}
static Value gg_qualname(Value s) { return G(s)->qualname; }
static int gs_qualname(Value s, Value v) {
    if (!v || !IS_STR(v)) { raise_TypeError("__qualname__ must be set to a string object"); return -1; }
    STORE(G(s), qualname, v); return 0;
}
static Value gg_origin(Value s) { return NONE; }
static Value gg_running_async(Value s) { return BOOL_V(G(s)->ag_running_async); }

static Value gen_repr(Value v) {
    const char *k = G(v)->kind == 0 ? "generator" : G(v)->kind == 1 ? "coroutine" : "async_generator";
    return str_fmt("<%s object %U at %p>", k, G(v)->qualname, (void *)v);
}

static Value m_next(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("__next__", nargs, 0, 0) < 0) return 0;
    return gen_next(self);
}

static const MethodDef gen_methods[] = {
    {"__next__", m_next, 0, NULL},
    {"send", m_send, METH_O, NULL},
    {"throw", m_throw, METH_NOKW, NULL},
    {"close", m_close, METH_NOARGS, NULL},
    {"__del__", m_del, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef gen_getsets[] = {
    {"gi_frame", gg_frame, NULL, NULL},
    {"gi_running", gg_running, NULL, NULL},
    {"gi_suspended", gg_suspended, NULL, NULL},
    {"gi_code", gg_code, NULL, NULL, true},
    {"gi_yieldfrom", gg_yieldfrom, NULL, NULL},
    {"__name__", gg_name, gs_name, NULL},
    {"__qualname__", gg_qualname, gs_qualname, NULL},
    {NULL, NULL, NULL, NULL},
};

/* Precise but while running: a suspended or new frame's value stack ends at
 * f->sp, and its prev pointer is stale (the caller's record of the last
 * resumption, perhaps inside another generator); a running frame's stack top
 * lives in the interpreter, so its whole stack is visited. */
static void gen_trace(Object *o, Visitor visit, void *ctx) {
    Gen *g = (Gen *)o;
    visit(g->name, ctx);
    visit(g->qualname, ctx);
    visit(g->code, ctx);
    visit(g->exc_state, ctx);
    visit(g->finalizer, ctx);
    visit(g->fin_link, ctx);
    Frame *f = g->frame;
    if (!f) return;
    visit(OBJ_VAL(f->code), ctx);
    visit(f->globals, ctx);
    visit(f->builtins, ctx);
    visit(f->locals, ctx);
    visit(f->func, ctx);
    visit(f->frameobj, ctx);
    Value *end = g->state == GEN_RUNNING ? f->stack + f->code->stacksize : f->sp;
    for (Value *p = f->localsplus; p < end; p++) visit(*p, ctx);
}

const TypeSpec generator_spec = {
    .name = "generator",
    .base = -1,
    .basicsize = sizeof(Gen),
    .flags = TF_IMMUTABLE,
    .trace = gen_trace,
    .repr = gen_repr,
    .iter = gen_iter_self,
    .next = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* -- coroutine ------------------------------------------------------------------ */

static Value cw_new(int kind, Value target, Value arg) {
    Type *t = kind == CW_ASEND ? T(async_generator_asend)
            : kind == CW_ATHROW || kind == CW_ACLOSE ? T(async_generator_athrow) : T(coroutine_wrapper);
    CoroWrapper *w = (CoroWrapper *)gc_alloc(t, sizeof(CoroWrapper));
    w->kind = kind;
    w->target = target;
    w->arg = arg;
    return OBJ_VAL(w);
}

static Value coro_await(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("__await__", nargs, 0, 0) < 0) return 0;
    return cw_new(CW_CORO, self, 0);
}

static const MethodDef coro_methods[] = {
    {"send", m_send, METH_O, NULL},
    {"throw", m_throw, METH_NOKW, NULL},
    {"close", m_close, METH_NOARGS, NULL},
    {"__await__", coro_await, 0, NULL},
    {"__del__", m_del, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef coro_getsets[] = {
    {"cr_frame", gg_frame, NULL, NULL},
    {"cr_running", gg_running, NULL, NULL},
    {"cr_suspended", gg_suspended, NULL, NULL},
    {"cr_code", gg_code, NULL, NULL},
    {"cr_await", gg_yieldfrom, NULL, NULL},
    {"cr_origin", gg_origin, NULL, NULL},
    {"__name__", gg_name, gs_name, NULL},
    {"__qualname__", gg_qualname, gs_qualname, NULL},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec coroutine_spec = {
    .name = "coroutine",
    .base = -1,
    .basicsize = sizeof(Gen),
    .flags = TF_IMMUTABLE,
    .trace = gen_trace,
    .repr = gen_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* -- async generator ------------------------------------------------------------ */

bool gen_is_async_wrapped(Value v) {
    return IS_TYPE(v, coroutine_wrapper) && ((CoroWrapper *)v)->kind == CW_WRAPPED;
}
Value gen_async_wrap(Value v) { return cw_new(CW_WRAPPED, v, 0); }
Value gen_async_unwrap(Value v) { return ((CoroWrapper *)v)->target; }

/* The result of resuming an async generator, seen from its awaitable. */
static Value ag_unwrap(Gen *g, Value r, int yielded) {
    if (!r) {
        if (exc_matches(E(StopAsyncIteration)) || exc_matches(E(GeneratorExit))) g->ag_closed = 1;
        g->ag_running_async = 0;
        return 0;
    }
    if (!yielded) {
        g->ag_running_async = 0;
        g->ag_closed = 1;
        return raise_type_noargs(E(StopAsyncIteration));
    }
    if (gen_is_async_wrapped(r)) {
        g->ag_running_async = 0;
        Value v = gen_async_unwrap(r);
        return raise_StopIteration(v == NONE ? 0 : v);
    }
    return r;
}

static Value asend_send(CoroWrapper *w, Value arg) {
    Gen *g = (Gen *)w->target;
    if (w->state == AW_CLOSED)
        return raise_RuntimeError("cannot reuse already awaited __anext__()/asend()");
    if (w->state == AW_INIT) {
        if (g->ag_running_async)
            return raise_RuntimeError("anext(): asynchronous generator is already running");
        if (!arg || arg == NONE) arg = w->arg;
        w->state = AW_ITER;
    }
    g->ag_running_async = 1;
    int y;
    Value r = gen_send_ex(w->target, arg, 0, &y);
    r = ag_unwrap(g, r, y);
    if (!r) w->state = AW_CLOSED;
    return r;
}

static Value athrow_send(CoroWrapper *w, Value arg) {
    Gen *g = (Gen *)w->target;
    bool aclose = w->kind == CW_ACLOSE;
    int y;
    Value r;
    if (w->state == AW_CLOSED)
        return raise_RuntimeError("cannot reuse already awaited aclose()/athrow()");
    if (g->state == GEN_CLOSED) {
        w->state = AW_CLOSED;
        return raise_StopIteration(0);
    }
    if (w->state == AW_INIT) {
        if (g->ag_running_async) {
            w->state = AW_CLOSED;
            return raise_RuntimeError(aclose ? "aclose(): asynchronous generator is already running"
                                             : "athrow(): asynchronous generator is already running");
        }
        if (g->ag_closed) {
            w->state = AW_CLOSED;
            return raise_type_noargs(E(StopAsyncIteration));
        }
        if (arg && arg != NONE) return raise_RuntimeError("can't send non-None value to a just-started coroutine");
        w->state = AW_ITER;
        g->ag_running_async = 1;
        if (aclose) {
            g->ag_closed = 1;
            Value ge = exc_new(E(GeneratorExit), NULL, 0);
            if (!ge) return 0;
            r = gen_throw_ex(w->target, ge, false, &y);
            if (r && y && gen_is_async_wrapped(r)) goto yield_close;
        } else {
            r = gen_throw_ex(w->target, w->arg, false, &y);
            return ag_unwrap(g, r, y);
        }
    } else {
        r = gen_send_ex(w->target, arg ? arg : NONE, 0, &y);
        if (!aclose) return ag_unwrap(g, r, y);
        if (r && y && gen_is_async_wrapped(r)) goto yield_close;
    }
    if (r && y) return r;
    /* finished or failed */
    g->ag_running_async = 0;
    w->state = AW_CLOSED;
    if (r || exc_matches(E(StopAsyncIteration)) || exc_matches(E(GeneratorExit))) {
        exc_clear();
        return raise_StopIteration(0);
    }
    return 0;
yield_close:
    g->ag_running_async = 0;
    w->state = AW_CLOSED;
    return raise_RuntimeError("async generator ignored GeneratorExit");
}

/* PEP 525: the first __anext__/asend/athrow/aclose of an async generator
   records sys.get_asyncgen_hooks().finalizer in it and calls the firstiter
   hook with it.  g->finalizer is 0 until then, None when there is no hook. */
static int ag_init_hooks(Value self) {
    Gen *g = (Gen *)self;
    if (g->finalizer) return 0;
    STORE(g, finalizer, NONE);
    Value sys = dict_get(R->modules, str_intern_cstr("sys"));
    Value get = sys ? obj_lookup_attr(sys, str_intern_cstr("get_asyncgen_hooks")) : 0;
    if (!get) return exc_pending() ? -1 : 0;
    Value hooks = obj_call0(get);
    if (!hooks) return -1;
    Value fin = obj_getattr_cstr(hooks, "finalizer");
    Value first = fin ? obj_getattr_cstr(hooks, "firstiter") : 0;
    if (!first) return -1;
    STORE(g, finalizer, fin);
    if (fin != NONE) gen_note_finalizer(g);
    if (first != NONE && !obj_call1(first, self)) return -1;
    return 0;
}

static Value ag_anext(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("__anext__", nargs, 0, 0) < 0) return 0;
    if (ag_init_hooks(self) < 0) return 0;
    return cw_new(CW_ASEND, self, NONE);
}
static Value ag_aiter(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("__aiter__", nargs, 0, 0) < 0) return 0;
    return self;
}
static Value ag_asend(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("asend", nargs, 1, 1) < 0 || ag_init_hooks(self) < 0) return 0;
    return cw_new(CW_ASEND, self, args[0]);
}
static Value ag_athrow(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("athrow", nargs, 1, 3) < 0 || ag_init_hooks(self) < 0) return 0;
    Value e = make_throw_exc(args[0], nargs > 1 ? args[1] : 0, nargs > 2 ? args[2] : 0);
    if (!e) return 0;
    return cw_new(CW_ATHROW, self, e);
}
static Value ag_aclose(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("aclose", nargs, 0, 0) < 0 || ag_init_hooks(self) < 0) return 0;
    return cw_new(CW_ACLOSE, self, 0);
}

static const MethodDef ag_methods[] = {
    {"__anext__", ag_anext, 0, NULL},
    {"__aiter__", ag_aiter, 0, NULL},
    {"asend", ag_asend, METH_O, NULL},
    {"athrow", ag_athrow, 0, NULL},
    {"aclose", ag_aclose, METH_NOARGS, NULL},
    {"__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585"},
    {"__del__", m_del, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef ag_getsets[] = {
    {"ag_frame", gg_frame, NULL, NULL},
    {"ag_running", gg_running_async, NULL, NULL},
    {"ag_code", gg_code, NULL, NULL},
    {"ag_await", gg_yieldfrom, NULL, NULL},
    {"__name__", gg_name, gs_name, NULL},
    {"__qualname__", gg_qualname, gs_qualname, NULL},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec async_generator_spec = {
    .name = "async_generator",
    .base = -1,
    .basicsize = sizeof(Gen),
    .flags = TF_IMMUTABLE,
    .trace = gen_trace,
    .repr = gen_repr,
    .methods = ag_methods,
    .getsets = ag_getsets,
};

/* -- coroutine_wrapper and the async generator awaitables --------------------- */

static void cw_trace(Object *o, Visitor visit, void *ctx) {
    visit(((CoroWrapper *)o)->target, ctx); visit(((CoroWrapper *)o)->arg, ctx);
}

static Value cw_send_impl(Value self, Value arg) {
    CoroWrapper *w = (CoroWrapper *)self;
    switch (w->kind) {
    case CW_CORO: return gen_send(w->target, arg);
    case CW_ASEND: return asend_send(w, arg);
    case CW_ATHROW: case CW_ACLOSE: return athrow_send(w, arg);
    default: return raise_TypeError("not an awaitable");
    }
}

static Value cw_next(Value self) {
    Value r = cw_send_impl(self, NONE);
    return r;
}

static Value cw_send(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("send", nargs, 1, 1) < 0) return 0;
    return cw_send_impl(self, args[0]);
}

static Value cw_throw(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("throw", nargs, 1, 3) < 0) return 0;
    CoroWrapper *w = (CoroWrapper *)self;
    if (w->kind == CW_CORO) return m_throw(w->target, args, nargs, kw);
    if (w->state == AW_CLOSED)
        return raise_RuntimeError(w->kind == CW_ASEND ? "cannot reuse already awaited __anext__()/asend()"
                                                      : "cannot reuse already awaited aclose()/athrow()");
    Value e = make_throw_exc(args[0], nargs > 1 ? args[1] : 0, nargs > 2 ? args[2] : 0);
    if (!e) return 0;
    Gen *g = (Gen *)w->target;
    int y;
    Value r = gen_throw_ex(w->target, e, true, &y);
    r = ag_unwrap(g, r, y);
    if (!r) w->state = AW_CLOSED;
    return r;
}

static Value cw_close(Value self, const Value *args, size_t nargs, Value kw) {
    CoroWrapper *w = (CoroWrapper *)self;
    if (w->kind == CW_CORO) return m_close(w->target, args, nargs, kw);
    w->state = AW_CLOSED;
    return NONE;
}

static Value cw_iter(Value self) { return self; }
static Value cw_await(Value self, const Value *args, size_t nargs, Value kw) { return self; }

static Value cw_repr(Value v) {
    static const char *const names[] = { "coroutine_wrapper", "async_generator_asend",
                                         "async_generator_athrow", "async_generator_athrow",
                                         "async_generator_wrapped_value" };
    CoroWrapper *w = (CoroWrapper *)v;
    return str_fmt("<%s object at %p>", names[w->kind], (void *)v);
}

static const MethodDef cw_methods[] = {
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* async_generator_asend/athrow: the same, and awaitable. */
static const MethodDef aw_methods[] = {
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {"__await__", cw_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define CW_SPEC(tname, meths) { .name = tname, .base = -1, .basicsize = sizeof(CoroWrapper), \
    .flags = TF_IMMUTABLE, .trace = cw_trace, .repr = cw_repr, .iter = cw_iter, .next = cw_next, .methods = meths }
const TypeSpec coroutine_wrapper_spec = CW_SPEC("coroutine_wrapper", cw_methods);
const TypeSpec async_generator_asend_spec = CW_SPEC("async_generator_asend", aw_methods);
const TypeSpec async_generator_athrow_spec = CW_SPEC("async_generator_athrow", aw_methods);
