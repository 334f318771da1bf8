/* kiln: the bytecode interpreter (DESIGN.md §6).
 *
 * Invariants:
 *  - Frame records live on the per-thread frame stack, a chain of heap chunks
 *    (TS->frame_stack) whose live part is scanned word by word, so a Value on a
 *    value stack or in a fast local is always seen by the GC, even while the
 *    interpreter keeps the stack pointer in a register.  Generator frames live
 *    inside their generator object (also scanned conservatively).
 *  - A call from Python to a Python function pushes a record and continues in
 *    the same C loop; only calls from C (obj_call -> vm_call_function) and
 *    generator resumptions enter vm_eval_frame recursively.  TS->depth counts
 *    every live Python frame and is checked against the recursion limit on
 *    every push, and the C stack is checked on every C-level entry.
 *  - f->ip is stored at every dispatch: frame_lasti() of any frame is exact,
 *    which tracebacks, f_lineno and sys._getframe rely on.
 *  - Exceptions follow the block-stack protocol of opcodes.h.
 *  - Code.cache is a ValueArray (traced) of CACHE_W words per instruction,
 *    filled lazily by the quickened paths (LOAD_GLOBAL, LOAD_ATTR,
 *    STORE_ATTR, LOAD_METHOD); each entry is validated by versions.
 */
#include "vm.h"
#include "heap.h"
#include "perf.h"
#include <math.h>
#include <string.h>
#include <sys/resource.h>

/* -- The frame stack -------------------------------------------------------- */

typedef struct Chunk {
    Object hdr;
    Value prev;          /* the chunk below */
    Value spare;         /* a popped chunk kept for reuse */
    char *top, *limit;
    Value pad_;
    char data[];
} Chunk;

#define CHUNK_BYTES ((size_t)256 << 10)
#define C_STACK_LIMIT ((size_t)8 << 20)

/* Per-thread VM state (TS->vm_state): a ValueArray of VMS_SIZE words.
 *   [VMS_CHUNK_TYPE]  the type of frame-stack chunks: a private heap type whose
 *                     trace scans the live records word by word;
 *   [VMS_PENDING]     MKSMALL(1) when pending calls wait (the eval breaker);
 *   [VMS_GEN_OUTER]   the exception handled around the innermost running
 *                     generator, or 0 (exc_topmost_handled);
 *   [VMS_CALLS...]    pending C calls, MKSMALL(function address) or 0. */
enum { VMS_CHUNK_TYPE, VMS_PENDING, VMS_GEN_OUTER, VMS_CALLS, VMS_SIZE = VMS_CALLS + 14 };

/* Chunks are traced up to their top only: the words of live frame records
 * (the visitor tolerates non-Value words, as for a conservative scan). */
static void chunk_trace(Object *o, Visitor visit, void *ctx) {
    Chunk *c = (Chunk *)o;
    visit(c->prev, ctx);
    visit(c->spare, ctx);
    for (const Value *w = (const Value *)c->data; (const char *)w < c->top; w++) visit(*w, ctx);
}

static NOINLINE ValueArray *vm_state_init(ThreadState *ts) {
    ValueArray *a = value_array_new(VMS_SIZE);
    Type *t = (Type *)gc_alloc(T(type), sizeof(Type));
    t->name = str_from_cstr("frame_stack");
    t->qualname = t->name;
    t->basicsize = sizeof(Chunk);
    t->trace = chunk_trace;
    a->items[VMS_CHUNK_TYPE] = OBJ_VAL(t);
    a->items[VMS_PENDING] = MKSMALL(0);
    ts->vm_state = OBJ_VAL(a);
    return a;
}

static inline ValueArray *vm_state(ThreadState *ts) {
    return ts->vm_state ? (ValueArray *)ts->vm_state : vm_state_init(ts);
}

Value exc_topmost_handled(void) {
    ThreadState *ts = TS;
    if (ts->handled && ts->handled != NONE) return ts->handled;
    return ts->vm_state ? ((ValueArray *)ts->vm_state)->items[VMS_GEN_OUTER] : 0;
}

Value vm_gen_outer_enter(Value caller_handled) {
    ValueArray *a = vm_state(TS);
    Value prev = a->items[VMS_GEN_OUTER];
    if (caller_handled && caller_handled != NONE) STORE_AT(a, &a->items[VMS_GEN_OUTER], caller_handled);
    return prev;
}

void vm_gen_outer_leave(Value prev) {
    ValueArray *a = vm_state(TS);
    STORE_AT(a, &a->items[VMS_GEN_OUTER], prev);
}

static Type *chunk_type(void) { return (Type *)vm_state(TS)->items[VMS_CHUNK_TYPE]; }

int vm_add_pending_call(ThreadState *ts, int (*fn)(void)) {
    if (!ts->vm_state) return -1;
    ValueArray *a = (ValueArray *)ts->vm_state;
    Value want = MKSMALL((intptr_t)fn);
    /* a signal handler or a thread waiting for the GIL may call this while
       the owner runs: claim a slot atomically, then raise the flag */
    for (int i = VMS_CALLS; i < VMS_SIZE; i++) {
        Value cur = __atomic_load_n(&a->items[i], __ATOMIC_ACQUIRE);
        if (cur == want) break;
        if ((!cur || cur == MKSMALL(0)) &&
            __atomic_compare_exchange_n(&a->items[i], &cur, want, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) break;
        if (i == VMS_SIZE - 1) return -1;
    }
    __atomic_store_n(&a->items[VMS_PENDING], MKSMALL(1), __ATOMIC_RELEASE);
    return 0;
}

/* A pending call raising KeyboardInterrupt: the default SIGINT handler does
 * vm_add_pending_call(&R->ts, vm_pending_keyboard_interrupt). */
int vm_pending_keyboard_interrupt(void) {
    raise_type_noargs(E(KeyboardInterrupt));
    return -1;
}

/* Run the pending calls of this thread; -1 if one raised. */
static NOINLINE int run_pending(ThreadState *ts) {
    ValueArray *a = (ValueArray *)ts->vm_state;
    __atomic_store_n(&a->items[VMS_PENDING], MKSMALL(0), __ATOMIC_SEQ_CST);
    for (int i = VMS_CALLS; i < VMS_SIZE; i++) {
        Value v = __atomic_exchange_n(&a->items[i], MKSMALL(0), __ATOMIC_ACQ_REL);
        if (!v || v == MKSMALL(0)) continue;
        int (*fn)(void) = (int (*)(void))(intptr_t)SMALL_VAL(v);
        if (fn() < 0) return -1;
    }
    return 0;
}

/* Run pending calls now (a blocking C call interrupted by a signal); -1 if one raised. */
int vm_check_pending(void) {
    ThreadState *ts = TS;
    if (!ts->vm_state || ((ValueArray *)ts->vm_state)->items[VMS_PENDING] != MKSMALL(1)) return 0;
    return run_pending(ts);
}

/* Clear the dead value-stack slots of the running frames, which the frame
 * stack's word-by-word scan would take for roots (what earlier calls left
 * there: next(g)'s argument keeps g alive).  A builtin called from Python code
 * got args[0..n) from the innermost frame's stack (unless called from C): the
 * slots above are dead.  A frame that called the next one inline (that one is
 * no FRAME_ENTRY) saved its stack top before the call: above it is dead too.
 * gc.collect() uses this. */
static void clear_above(Frame *f, Value *from) {
    Value *end = f->stack + f->code->stacksize;
    if (from < f->stack || from > end) return;
    for (Value *p = from; p < end; p++) *p = 0;
}

void vm_clear_dead_stack(const Value *args, size_t n) {
    Frame *f = TS->frame;
    if (!f) return;
    if (args && args >= f->stack && args + n <= f->stack + f->code->stacksize) clear_above(f, (Value *)args + n);
    for (; f->prev && !(f->flags & FRAME_ENTRY); f = f->prev) clear_above(f->prev, f->prev->sp);
}

static Chunk *chunk_new(size_t need) {
    size_t sz = sizeof(Chunk) + (need > CHUNK_BYTES ? need : CHUNK_BYTES);
    Chunk *c = (Chunk *)gc_alloc(chunk_type(), sz);
    c->top = c->data;
    c->limit = (char *)c + sz;
    return c;
}

static NOINLINE Chunk *chunk_grow(Chunk *ch, size_t size) {
    Chunk *n = 0;
    if (ch && ch->spare && ((Chunk *)ch->spare)->limit - ((Chunk *)ch->spare)->data >= (ptrdiff_t)size) {
        n = (Chunk *)ch->spare;
        ch->spare = 0;
        n->top = n->data;
    } else {
        n = chunk_new(size);
    }
    STORE(n, prev, OBJ_VAL(ch));
    TS->frame_stack = OBJ_VAL(n);
    return n;
}

static ALWAYS_INLINE Frame *push_frame(Code *c) {
    size_t nzero = (size_t)(c->nlocals + frame_ncells(c));
    size_t size = (frame_record_size(c) + 7) & ~(size_t)7;
    Chunk *ch = (Chunk *)TS->frame_stack;
    int flags = 0;
    if (UNLIKELY(!ch || ch->top + size > ch->limit)) {
        ch = chunk_grow(ch, size);
        flags = FRAME_NEWCHUNK;
    }
    Frame *f = (Frame *)ch->top;
    ch->top += size;
    /* every header field, without a call to memset */
    f->code = c;
    f->globals = f->builtins = f->locals = f->func = f->frameobj = f->gen = 0;
    f->prev = NULL;
    f->ip = (const uint32_t *)((RawBytes *)c->bytecode)->data;
    f->stack = f->sp = f->localsplus + nzero;
    f->blocks = (Block *)(f->stack + c->stacksize);
    f->nblocks = 0;
    f->flags = flags;
    f->size = (int32_t)size;
    f->owned = 0;
    STATIC_ASSERT(sizeof(Frame) == 14 * sizeof(Value), "push_frame sets every Frame field");
    for (size_t i = 0; i < nzero; i++) f->localsplus[i] = 0;
    return f;
}

Frame *vm_push_frame(Code *c) { return push_frame(c); }

void vm_drop_frame_stack(void) {
    if (!TS->frame) TS->frame_stack = 0;
}

void vm_pop_frame(Frame *f) {
    Chunk *ch = (Chunk *)TS->frame_stack;
    if (f->flags & FRAME_NEWCHUNK) {
        Chunk *p = (Chunk *)ch->prev;
        ch->top = ch->data;
        /* the bottom chunk stays, empty: a C caller with no Python frame
           (an atexit callback, a restore's fix-ups, a thread's run) would
           otherwise allocate a fresh 256 KiB chunk on every call */
        if (!p) return;
        STORE(p, spare, OBJ_VAL(ch));
        TS->frame_stack = OBJ_VAL(p);
    } else {
        ch->top = (char *)f;
    }
}

/* -- Argument binding -------------------------------------------------------- */

static Value join_names(Value *names, int n) {
    StrBuf b;
    sb_init(&b);
    for (int i = 0; i < n; i++) {
        sb_printf(&b, "'%s'", STR_DATA(names[i]));
        if (n == 2 && i == 0) sb_adds(&b, " and ");
        else if (n > 2 && i < n - 2) sb_adds(&b, ", ");
        else if (n > 2 && i == n - 2) sb_adds(&b, ", and ");
    }
    return sb_finish(&b);
}

static int missing_arguments(Function *fn, Code *c, Value *lp, int start, int end, const char *kind) {
    Value names[64];
    int n = 0;
    for (int i = start; i < end; i++)
        if (!lp[i] && n < 64) names[n++] = TUPLE_ITEMS(c->varnames)[i];
    Value s = join_names(names, n);
    raise_TypeError("%U() missing %d required %s argument%s: %U", fn->qualname, n, kind,
                    n == 1 ? "" : "s", s);
    return -1;
}

static int too_many_positional(Function *fn, Code *c, Value *lp, size_t given, int defcount) {
    int argc = c->argcount;
    int kwonly_given = 0;
    for (int i = argc; i < argc + c->kwonlyargcount; i++)
        if (lp[i]) kwonly_given++;
    Value sig;
    int plural;
    if (defcount) {
        plural = 1;
        sig = str_fmt("from %d to %d", argc - defcount, argc);
    } else {
        plural = argc != 1;
        sig = str_fmt("%d", argc);
    }
    Value kws = kwonly_given
        ? str_fmt(" positional argument%s (and %d keyword-only argument%s)", given != 1 ? "s" : "",
                  kwonly_given, kwonly_given != 1 ? "s" : "")
        : R->empty_str;
    raise_TypeError("%U() takes %U positional argument%s but %zu%U %s given", fn->qualname, sig,
                    plural ? "s" : "", given, kws, given == 1 && !kwonly_given ? "was" : "were");
    return -1;
}

static int posonly_as_kw(Function *fn, Code *c, Value kwnames) {
    StrBuf b;
    int n = 0;
    sb_init(&b);
    for (int i = 0; i < c->posonlyargcount; i++) {
        Value name = TUPLE_ITEMS(c->varnames)[i];
        for (int64_t k = 0; k < TUPLE_SIZE(kwnames); k++) {
            Value kn = TUPLE_ITEMS(kwnames)[k];
            if (kn == name || (IS_STR(kn) && str_eq(kn, name))) {
                if (n++) sb_adds(&b, ", ");
                sb_adds(&b, STR_DATA(name));
                break;
            }
        }
    }
    if (!n) { sb_free(&b); return 0; }
    Value s = sb_finish(&b);
    raise_TypeError("%U() got some positional-only arguments passed as keyword arguments: '%U'",
                    fn->qualname, s);
    return -1;
}

/* Set up cells: cellvars (copying captured arguments) and freevars (closure). */
static inline int init_cells(Frame *f, Value clo) {
    Code *c = f->code;
    int64_t ncell = TUPLE_SIZE(c->cellvars), nfree = TUPLE_SIZE(c->freevars);
    if (!ncell && !nfree) return 0;
    Value *lp = f->localsplus;
    Value *cells = lp + c->nlocals;
    for (int64_t i = 0; i < ncell; i++) {
        int64_t arg = -1;
        if (c->cell2arg) arg = SMALL_VAL(TUPLE_ITEMS(c->cell2arg)[i]);
        if (arg >= 0) {
            cells[i] = cell_new(lp[arg]);
            lp[arg] = 0;
        } else {
            cells[i] = cell_new(0);
        }
    }
    if (nfree) {
        if (!clo || TUPLE_SIZE(clo) < nfree) {
            raise_SystemError("code requires %lld free variables", (long long)nfree);
            return -1;
        }
        for (int64_t i = 0; i < nfree; i++) cells[ncell + i] = TUPLE_ITEMS(clo)[i];
    }
    return 0;
}

int vm_bind_args(Frame *f, Function *fn, const Value *args, size_t nargs, Value kwnames) {
    Code *c = f->code;
    Value *lp = f->localsplus;
    int argc = c->argcount, kwonly = c->kwonlyargcount, posonly = c->posonlyargcount;
    int total = argc + kwonly;
    int flags = c->flags;
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;

    if (LIKELY(nkw == 0 && nargs <= (size_t)argc && !(flags & (CO_VARARGS | CO_VARKEYWORDS)) && !kwonly)) {
        /* positional arguments, the missing ones from the defaults */
        int m = argc - (fn->defaults ? (int)TUPLE_SIZE(fn->defaults) : 0);
        if ((int)nargs >= m) {
            for (int i = 0; i < (int)nargs; i++) lp[i] = args[i];
            for (int i = (int)nargs; i < argc; i++) lp[i] = TUPLE_ITEMS(fn->defaults)[i - m];
            return init_cells(f, fn->closure);
        }
    }
    Value kwdict = 0;
    if (flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        lp[total + ((flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < (size_t)argc ? nargs : (size_t)argc;
    for (size_t i = 0; i < n; i++) lp[i] = args[i];
    if (flags & CO_VARARGS) {
        Value t = nargs > n ? tuple_from(args + n, (int64_t)(nargs - n)) : R->empty_tuple;
        if (!t) return -1;
        lp[total] = t;
    }
    Value *varnames = TUPLE_ITEMS(c->varnames);
    for (size_t i = 0; i < nkw; i++) {
        Value key = TUPLE_ITEMS(kwnames)[i], val = args[nargs + i];
        int j;
        for (j = posonly; j < total; j++)
            if (varnames[j] == key) goto found;
        if (IS_STR(key))
            for (j = posonly; j < total; j++)
                if (str_eq(varnames[j], key)) goto found;
        if (!kwdict) {
            if (posonly && posonly_as_kw(fn, c, kwnames) < 0) return -1;
            raise_TypeError("%U() got an unexpected keyword argument '%S'", fn->qualname, key);
            return -1;
        }
        if (dict_set(kwdict, key, val) < 0) return -1;
        continue;
    found:
        if (lp[j]) {
            raise_TypeError("%U() got multiple values for argument '%S'", fn->qualname, key);
            return -1;
        }
        lp[j] = val;
    }
    int defcount = fn->defaults ? (int)TUPLE_SIZE(fn->defaults) : 0;
    if (nargs > (size_t)argc && !(flags & CO_VARARGS))
        return too_many_positional(fn, c, lp, nargs, defcount);
    if (nargs < (size_t)argc) {
        int m = argc - defcount;
        for (int i = (int)nargs; i < m; i++)
            if (!lp[i]) return missing_arguments(fn, c, lp, (int)nargs < 0 ? 0 : 0, m, "positional");
        for (int i = m > (int)nargs ? m : (int)nargs; i < argc; i++)
            if (!lp[i]) lp[i] = TUPLE_ITEMS(fn->defaults)[i - m];
    }
    if (kwonly) {
        int missing = 0;
        for (int i = argc; i < total; i++) {
            if (lp[i]) continue;
            if (fn->kwdefaults) {
                Value v = dict_get(fn->kwdefaults, varnames[i]);
                if (v) { lp[i] = v; continue; }
                if (exc_pending()) return -1;
            }
            missing++;
        }
        if (missing) return missing_arguments(fn, c, lp, argc, total, "keyword-only");
    }
    return init_cells(f, fn->closure);
}

/* -- Recursion checks ---------------------------------------------------------- */

static NOINLINE Value recursion_error(void) {
    return raise_fmt(E(RecursionError), "maximum recursion depth exceeded");
}

/* Past 1 MiB of C stack, compare with the stack rlimit (capped at 8 MiB,
 * keeping a 256 KiB margin for the C code between two Python frames). */
static NOINLINE bool c_stack_low_slow(size_t used) {
    struct rlimit rl;
    size_t lim = C_STACK_LIMIT;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < lim)
        lim = rl.rlim_cur;
    return used + ((size_t)256 << 10) > lim;
}

static ALWAYS_INLINE bool c_stack_low(void) {
    char here;
    char *base = (char *)TS->c_stack_base;
    if (!base || base <= &here) return false;
    size_t used = (size_t)(base - &here);
    return used > ((size_t)1 << 20) && c_stack_low_slow(used);
}

/* The same check for C code that recurses without Python frames (repr, ==,
 * hash of nested containers, dunders calling each other through C): its
 * callers raise RecursionError instead of overflowing the C stack. */
bool c_stack_exhausted(void) { return c_stack_low(); }

/* -- Calls from C ----------------------------------------------------------- */

static inline Value frame_builtins_of(Value globals) {
    Value b = IS_DICT(globals) ? dict_get_str(globals, S(__builtins__)) : 0;
    if (b && IS_TYPE(b, module)) b = ((Module *)b)->dict;
    if (!b || !IS_DICT(b)) b = R->builtins_dict;
    return b;
}

Value vm_call_function(Value func, const Value *args, size_t nargs, Value kwnames) {
    Function *fn = (Function *)func;
    Code *c = (Code *)fn->code;
    if (UNLIKELY(TS->depth >= TS->recursion_limit || c_stack_low())) return recursion_error();
    Frame *f = vm_push_frame(c);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->func = func;
    if (vm_bind_args(f, fn, args, nargs, kwnames) < 0) {
        vm_pop_frame(f);
        return 0;
    }
    if (c->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        int kind = (c->flags & CO_COROUTINE) ? 1 : (c->flags & CO_ASYNC_GENERATOR) ? 2 : 0;
        Value g = gen_new_from_frame(f, kind);
        vm_pop_frame(f);
        return g;
    }
    f->flags |= FRAME_ENTRY;
    return vm_eval_frame(f, 0);
}

static Value run_code(Value code, Value globals, Value locals, Value builtins, Value closure) {
    Code *c = (Code *)code;
    if (UNLIKELY(TS->depth >= TS->recursion_limit || c_stack_low())) return recursion_error();
    Frame *f = vm_push_frame(c);
    f->globals = globals;
    f->builtins = builtins ? builtins : frame_builtins_of(globals);
    f->locals = (c->flags & CO_NEWLOCALS) ? 0 : (locals ? locals : globals);
    if (init_cells(f, closure) < 0) { vm_pop_frame(f); return 0; }
    f->flags |= FRAME_ENTRY;
    return vm_eval_frame(f, 0);
}

Value vm_run_code_builtins(Value code, Value globals, Value locals, Value builtins) {
    return run_code(code, globals, locals, builtins, 0);
}

Value vm_run_code(Value code, Value globals, Value locals) {
    return run_code(code, globals, locals, 0, 0);
}

/* Run a builtin module's Python part (src, as file `name`) in its dict d;
 * the builtins are there only while it runs. */
int vm_run_prelude(Value d, const char *src, size_t len, const char *name) {
    if (dict_set(d, S(__builtins__), R->builtins) < 0) return -1;
    Value code = compile_source(src, len, str_from_cstr(name), "exec", 0, 0);
    if (!code || !vm_run_code(code, d, d)) return -1;
    return dict_get(d, S(__builtins__)) ? dict_del(d, S(__builtins__)) : 0;
}

Value vm_run_code_closure(Value code, Value globals, Value locals, Value closure) {
    return run_code(code, globals, locals, 0, closure);
}

Value vm_call_with_locals(Value func, Value locals) {
    Function *fn = (Function *)func;
    Code *c = (Code *)fn->code;
    if (UNLIKELY(TS->depth >= TS->recursion_limit || c_stack_low())) return recursion_error();
    Frame *f = vm_push_frame(c);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->func = func;
    f->locals = locals;
    if (init_cells(f, fn->closure) < 0) { vm_pop_frame(f); return 0; }
    f->flags |= FRAME_ENTRY;
    return vm_eval_frame(f, 0);
}

/* -- Introspection ------------------------------------------------------------ */

Value vm_getframe(int depth) {
    Frame *f = TS->frame;
    while (f && depth > 0) { f = f->prev; depth--; }
    if (!f) return raise_ValueError("call stack is not deep enough");
    return frame_object_of(f);
}

Value vm_current_globals(void) { return TS->frame ? TS->frame->globals : 0; }
Value vm_current_builtins(void) { return TS->frame ? TS->frame->builtins : R->builtins_dict; }

Value vm_current_locals(void) {
    Frame *f = TS->frame;
    if (!f) return 0;
    return frame_locals_dict(f);
}

int vm_super_args(Value *type_out, Value *obj_out) {
    Frame *f = TS->frame;
    if (!f) { raise_RuntimeError("super(): no current frame"); return -1; }
    Code *c = f->code;
    if (c->argcount == 0) { raise_RuntimeError("super(): no arguments"); return -1; }
    Value obj = f->localsplus[0];
    f->owned &= ~1u;     /* obj escapes (ADD_FAST, opcodes.h) */
    if (!obj && c->cell2arg) {
        for (int64_t i = 0; i < TUPLE_SIZE(c->cellvars); i++)
            if (SMALL_VAL(TUPLE_ITEMS(c->cell2arg)[i]) == 0) {
                Value cell = f->localsplus[c->nlocals + i];
                obj = cell ? ((Cell *)cell)->v : 0;
                break;
            }
    }
    if (!obj) { raise_RuntimeError("super(): arg[0] deleted"); return -1; }
    int64_t ncell = TUPLE_SIZE(c->cellvars);
    for (int64_t i = 0; i < TUPLE_SIZE(c->freevars); i++) {
        Value name = TUPLE_ITEMS(c->freevars)[i];
        if (name == S(__class__) || str_eq(name, S(__class__))) {
            Value cell = f->localsplus[c->nlocals + ncell + i];
            if (!cell || !IS_TYPE(cell, cell)) { raise_RuntimeError("super(): bad __class__ cell"); return -1; }
            Value t = ((Cell *)cell)->v;
            if (!t) { raise_RuntimeError("super(): empty __class__ cell"); return -1; }
            if (!IS_TYPEOBJ(t)) {
                raise_RuntimeError("super(): __class__ is not a type (%T)", t);
                return -1;
            }
            *type_out = t;
            *obj_out = obj;
            return 0;
        }
    }
    raise_RuntimeError("super(): __class__ cell not found");
    return -1;
}

/* -- Helpers of the eval loop --------------------------------------------------- */

Value vm_fetch_stopiteration_value(void) {
    if (!exc_matches(E(StopIteration))) return 0;
    Value e = exc_fetch();
    Value v = obj_lookup_attr(e, S(value));
    if (!v) { if (exc_pending()) return 0; v = NONE; }
    return v;
}

/* "module.qualname()" of a callable, for call error messages (_PyObject_FunctionStr). */
static Value function_str(Value f) {
    Value q = obj_lookup_attr(f, S(__qualname__));
    if (!q) { exc_clear(); return str_fmt("%S", f); }
    Value m = obj_lookup_attr(f, S(__module__));
    if (!m) exc_clear();
    if (m && IS_STR(m) && !str_eq_cstr(m, "builtins")) return str_fmt("%S.%S()", m, q);
    return str_fmt("%S()", q);
}

static NOINLINE void unbound_local(Code *c, int i) {
    raise_fmt(E(UnboundLocalError),
              "cannot access local variable '%U' where it is not associated with a value",
              TUPLE_ITEMS(c->varnames)[i]);
}

static Value cell_name(Code *c, int i) {
    int64_t nc = TUPLE_SIZE(c->cellvars);
    return i < nc ? TUPLE_ITEMS(c->cellvars)[i] : TUPLE_ITEMS(c->freevars)[i - nc];
}

static NOINLINE void unbound_deref(Code *c, int i) {
    if (i < TUPLE_SIZE(c->cellvars))
        raise_fmt(E(UnboundLocalError),
                  "cannot access local variable '%U' where it is not associated with a value",
                  cell_name(c, i));
    else
        raise_NameError("cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                        cell_name(c, i));
}

/* NameError("name 'x' is not defined") with its .name attribute set. */
static NOINLINE void name_error(Value name) {
    raise_NameError("name '%U' is not defined", name);
    Value e = exc_fetch();
    if (!e) return;
    if (obj_setattr(e, S(name), name) < 0) exc_clear();
    exc_restore(e);
}

/* Truthiness with the common cases inline. */
static ALWAYS_INLINE int truthy(Value v) {
    if (v == TRUE_V) return 1;
    if (v == FALSE_V || v == NONE) return 0;
    if (IS_SMALL(v)) return SMALL_VAL(v) != 0;
    return obj_truthy(v);
}

static Value unpack_iterable_error(Value seq) {
    return raise_TypeError("cannot unpack non-iterable %T object", seq);
}

/* UNPACK_SEQUENCE / UNPACK_EX into out[0..before+after(+1)) in natural order. */
static int unpack(Value seq, int before, int after, bool star, Value *out) {
    int64_t n;
    const Value *items = 0;
    if (IS_TYPE(seq, tuple)) { n = TUPLE_SIZE(seq); items = TUPLE_ITEMS(seq); }
    else if (IS_TYPE(seq, list)) { n = LIST_SIZE(seq); items = LIST_ITEMS(seq); }
    if (items && !star) {
        if (n == before) { memcpy(out, items, (size_t)n * sizeof(Value)); return 0; }
        if (n < before) raise_ValueError("not enough values to unpack (expected %d, got %lld)", before, (long long)n);
        else raise_ValueError("too many values to unpack (expected %d)", before);
        return -1;
    }
    Value it = obj_iter(seq);
    if (!it) {
        if (exc_matches(E(TypeError)) && !TYPE(seq)->iter && !type_lookup(TYPE(seq), S(__getitem__))) {
            exc_clear();
            unpack_iterable_error(seq);
        }
        return -1;
    }
    int i;
    for (i = 0; i < before; i++) {
        Value v = obj_next(it);
        if (!v) {
            if (exc_pending()) return -1;
            if (star)
                raise_ValueError("not enough values to unpack (expected at least %d, got %d)", before + after, i);
            else
                raise_ValueError("not enough values to unpack (expected %d, got %d)", before, i);
            return -1;
        }
        out[i] = v;
    }
    if (!star) {
        Value v = obj_next(it);
        if (v) { raise_ValueError("too many values to unpack (expected %d)", before); return -1; }
        return exc_pending() ? -1 : 0;
    }
    Value rest = list_from_iter(it);
    if (!rest) return -1;
    int64_t rn = LIST_SIZE(rest);
    if (rn < after) {
        raise_ValueError("not enough values to unpack (expected at least %d, got %lld)", before + after,
                         (long long)(before + rn));
        return -1;
    }
    for (int k = 0; k < after; k++) out[before + 1 + k] = LIST_ITEMS(rest)[rn - after + k];
    ((List *)rest)->size = rn - after;
    out[before] = rest;
    return 0;
}

/* The awaitable iterator of o (GET_AWAITABLE), CPython's _PyCoro_GetAwaitableIter. */
static Value get_awaitable(Value o, int where) {
    if (IS_TYPE(o, coroutine)) {
        if (gen_yieldfrom((Gen *)o)) return raise_RuntimeError("coroutine is being awaited already");
        return o;
    }
    if (IS_TYPE(o, generator) && (((Code *)((Gen *)o)->code)->flags & CO_ITERABLE_COROUTINE)) return o;
    Value m = obj_lookup_special(o, S(__await__));
    if (!m) {
        if (exc_pending()) return 0;
        if (where == 1)
            return raise_TypeError("'async with' received an object from __aenter__ that does not implement __await__: %T", o);
        if (where == 2)
            return raise_TypeError("'async with' received an object from __aexit__ that does not implement __await__: %T", o);
        return raise_TypeError("object %T can't be used in 'await' expression", o);
    }
    Value r = obj_call0(m);
    if (!r) return 0;
    if (IS_TYPE(r, coroutine) ||
        (IS_TYPE(r, generator) && (((Code *)((Gen *)r)->code)->flags & CO_ITERABLE_COROUTINE)))
        return raise_TypeError("__await__() returned a coroutine");
    if (!TYPE(r)->next) return raise_TypeError("__await__() returned non-iterator of type '%T'", r);
    return r;
}

/* Send v into the iterator of a yield from / await.  Returns the value to
 * yield (*done = 0), the final result (*done = 1), or 0 on error. */
static Value yf_send(Value it, Value v, int *done) {
    if (IS_TYPE(it, generator) || IS_TYPE(it, coroutine)) {
        int yielded;
        Value r = gen_send_ex(it, v, 0, &yielded);
        if (!r) return 0;
        *done = !yielded;
        return r;
    }
    Value r;
    if (v == NONE && TYPE(it)->next && !(TYPE(it)->flags & TF_HEAPTYPE)) {
        r = TYPE(it)->next(it);
    } else if (v == NONE && TYPE(it)->next) {
        /* a class's __next__: its StopIteration carries the return value,
           which the next slot would discard */
        Value m = obj_lookup_special(it, S(__next__));
        if (!m) return 0;
        r = obj_call0(m);
    } else {
        Value m = obj_getattr(it, S(send));
        if (!m) return 0;
        r = obj_call1(m, v);
    }
    if (r) { *done = 0; return r; }
    if (!exc_pending()) { *done = 1; return NONE; }
    if (exc_matches(E(StopIteration))) {
        Value val = vm_fetch_stopiteration_value();
        if (!val) return 0;
        *done = 1;
        return val;
    }
    return 0;
}

static Value import_from(Value mod, Value name) {
    Value v = obj_lookup_attr(mod, name);
    if (v || exc_pending()) return v;
    Value pkg = obj_lookup_attr(mod, S(__name__));
    if (pkg && IS_STR(pkg)) {
        Value full = str_fmt("%U.%U", pkg, name);
        Value m = full ? dict_get(R->modules, full) : 0;
        if (m) return m;
        if (exc_pending()) return 0;
    }
    exc_clear();
    Value path = obj_lookup_attr(mod, S(__file__));
    exc_clear();
    if (!pkg || !IS_STR(pkg)) pkg = str_from_cstr("<unknown module name>");
    Value spec = obj_lookup_attr(mod, S(__spec__));
    exc_clear();
    const char *partial = module_spec_initializing(spec) ? "partially initialized module " : "";
    const char *circular = *partial ? " (most likely due to a circular import)" : "";
    if (path && IS_STR(path))
        raise_fmt(E(ImportError), "cannot import name '%U' from %s'%U'%s (%U)", name, partial, pkg, circular, path);
    else
        raise_fmt(E(ImportError), "cannot import name '%U' from %s'%U'%s (unknown location)", name, partial, pkg,
                  circular);
    Value e = exc_fetch();
    obj_setattr(e, S(name), pkg);
    exc_clear();
    if (path) { obj_setattr(e, S(path), path); exc_clear(); }
    exc_restore(e);
    return 0;
}

static int import_star(Frame *f, Value mod) {
    Value locals = f->locals;
    if (!locals) { raise_SystemError("no locals found during 'import *'"); return -1; }
    Value all = obj_lookup_attr(mod, S(__all__));
    bool skip_private = false;
    if (!all) {
        if (exc_pending()) return -1;
        Value d = obj_lookup_attr(mod, S(__dict__));
        if (!d) {
            if (!exc_pending())
                raise_fmt(E(ImportError), "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = obj_call_method(d, S(keys), 0, 0);
        if (!all) return -1;
        skip_private = true;
    }
    Value it = obj_iter(all);
    if (!it) return -1;
    Value name;
    while ((name = obj_next(it))) {
        if (!IS_STR(name)) {
            raise_TypeError("%s in %U.%s must be str, not %T", skip_private ? "Key" : "Item",
                            obj_lookup_attr(mod, S(__name__)) ? obj_lookup_attr(mod, S(__name__)) : R->empty_str,
                            skip_private ? "__dict__" : "__all__", name);
            return -1;
        }
        if (skip_private && STR_DATA(name)[0] == '_') continue;
        Value v = obj_getattr(mod, name);
        if (!v) return -1;
        int r = IS_TYPE(locals, dict) ? dict_set(locals, name, v) : obj_setitem(locals, name, v);
        if (r < 0) return -1;
    }
    return exc_pending() ? -1 : 0;
}

static Value build_class_missing(void) {
    return raise_NameError("__build_class__ not found");
}

/* except* support (CPython 3.11 exception_group_match). */
static int eg_match(Value exc, Value type, Value *match, Value *rest) {
    if (exc == NONE) { *match = NONE; *rest = NONE; return 0; }
    if (exc_given_matches(exc, type)) {
        bool is_eg = type_is_subtype(TYPE(exc), E(BaseExceptionGroup));
        if (is_eg) { *match = exc; *rest = NONE; return 0; }
        Value excs = tuple_pack(1, exc);
        if (!excs) return -1;
        Value args[2] = { R->empty_str, excs };
        Value eg = obj_call(OBJ_VAL(E(BaseExceptionGroup)), args, 2, 0);
        if (!eg) return -1;
        ExcObject *e = (ExcObject *)exc;
        if (e->traceback) STORE((ExcObject *)eg, traceback, e->traceback);
        *match = eg;
        *rest = NONE;
        return 0;
    }
    if (type_is_subtype(TYPE(exc), E(BaseExceptionGroup))) {
        Value pair = obj_call_method(exc, str_intern_cstr("split"), &type, 1);
        if (!pair) return -1;
        if (!IS_TUPLE(pair) || TUPLE_SIZE(pair) != 2) {
            raise_TypeError("%T.split must return a 2-tuple, got %T", exc, pair);
            return -1;
        }
        *match = TUPLE_ITEMS(pair)[0];
        *rest = TUPLE_ITEMS(pair)[1];
        return 0;
    }
    *match = NONE;
    *rest = NONE;
    return 0;
}

static int check_except_type(Value t, bool star) {
    if (IS_TUPLE(t)) {      /* one level only: a tuple inside the tuple is refused */
        for (int64_t i = 0; i < TUPLE_SIZE(t); i++)
            if (IS_TUPLE(TUPLE_ITEMS(t)[i]) || check_except_type(TUPLE_ITEMS(t)[i], star) < 0) {
                if (!exc_pending())
                    raise_TypeError("catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        return 0;
    }
    if (!IS_TYPEOBJ(t) || !type_is_subtype((Type *)t, E(BaseException))) {
        raise_TypeError("catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (star && type_is_subtype((Type *)t, E(BaseExceptionGroup))) {
        raise_TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

/* PREP_RERAISE_STAR (CPython's _PyExc_PrepReraiseStar): the exceptions the
 * except* clauses re-raised (same metadata as orig) are projected back onto
 * orig's tree; newly raised ones are grouped with that projection. */
static Value leaf_pred(Value self, const Value *args, size_t nargs, Value kw) {
    int r = set_contains(self, args[0]);
    return r < 0 ? 0 : BOOL_V(r);
}
static const MethodDef leaf_pred_def = { "_leaf_in", leaf_pred, 0, NULL };

static int collect_leaves(Value e, Value leaves) {
    if (type_is_subtype(TYPE(e), E(BaseExceptionGroup))) {
        Value xs = obj_getattr(e, str_intern_cstr("exceptions"));
        if (!xs) return -1;
        for (int64_t i = 0; i < TUPLE_SIZE(xs); i++)
            if (collect_leaves(TUPLE_ITEMS(xs)[i], leaves) < 0) return -1;
        return 0;
    }
    return set_add(leaves, e);
}

static bool same_exc_metadata(Value a, Value b) {
    ExcObject *x = (ExcObject *)a, *y = (ExcObject *)b;
    return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause &&
           x->context == y->context;
}

static Value prep_reraise_star(Value orig, Value excs) {
    if (!type_is_subtype(TYPE(orig), E(BaseExceptionGroup)))
        return LIST_SIZE(excs) > 0 ? LIST_ITEMS(excs)[0] : NONE;
    Value raised = list_new(0), reraised = list_new(0);
    if (!raised || !reraised) return 0;
    for (int64_t i = 0; i < LIST_SIZE(excs); i++) {
        Value e = LIST_ITEMS(excs)[i];
        if (e == NONE) continue;
        if (list_append(IS_EXC(e) && same_exc_metadata(e, orig) ? reraised : raised, e) < 0) return 0;
    }
    Value reraised_eg = NONE;
    if (LIST_SIZE(reraised) > 0) {
        Value leaves = set_new();
        if (!leaves) return 0;
        for (int64_t i = 0; i < LIST_SIZE(reraised); i++)
            if (collect_leaves(LIST_ITEMS(reraised)[i], leaves) < 0) return 0;
        Value pred = builtin_function_new(&leaf_pred_def, leaves, 0);
        Value pair = obj_call_method(orig, str_intern_cstr("split"), &pred, 1);
        if (!pair) return 0;
        reraised_eg = TUPLE_ITEMS(pair)[0];
    }
    if (LIST_SIZE(raised) == 0) return reraised_eg;
    if (reraised_eg != NONE && list_append(raised, reraised_eg) < 0) return 0;
    Value args[2] = { R->empty_str, raised };
    return obj_call(OBJ_VAL(E(BaseExceptionGroup)), args, 2, 0);
}

/* CPython decides by Py_TPFLAGS_MAPPING / _SEQUENCE: the builtins that carry
 * them, and classes flagged through collections.abc (TF_MAPPING / TF_SEQUENCE). */
static int match_mapping(Value o) {
    if (IS_DICT(o) || IS_TYPE(o, mappingproxy)) return 1;
    return (TYPE(o)->flags & TF_MAPPING) != 0;
}

static int match_sequence(Value o) {
    if (IS_LIST(o) || IS_TUPLE(o) || IS_TYPE(o, range) || IS_TYPE(o, memoryview)) return 1;
    Type *t = TYPE(o);
    return (t->flags & TF_SEQUENCE) || type_is_subtype(t, T(array)) || type_is_subtype(t, T(deque));
}

static Value match_keys(Value o, Value keys) {
    int64_t n = TUPLE_SIZE(keys);
    if (n == 0) return R->empty_tuple;
    Value get = obj_getattr(o, S(get));
    if (!get) return 0;
    Value dummy = OBJ_VAL(gc_alloc(T(object), sizeof(Object)));
    Value seen = set_new();
    Value vals = tuple_new(n);
    if (!vals) return 0;
    for (int64_t i = 0; i < n; i++) {
        Value k = TUPLE_ITEMS(keys)[i];
        int r = set_contains(seen, k);
        if (r < 0) return 0;
        if (r) return raise_ValueError("mapping pattern checks duplicate key (%R)", k);
        if (set_add(seen, k) < 0) return 0;
        Value v = obj_call2(get, k, dummy);
        if (!v) return 0;
        if (v == dummy) return NONE;
        TUPLE_ITEMS(vals)[i] = v;
    }
    return vals;
}

static Value match_class_attr(Value subject, Type *t, Value name, Value seen) {
    int r = set_contains(seen, name);
    if (r < 0) return 0;
    if (r) return raise_TypeError("%N() got multiple sub-patterns for attribute %R", t, name);
    if (set_add(seen, name) < 0) return 0;
    return obj_lookup_attr(subject, name);
}

static Value match_class(Value subject, Value type, int nargs, Value kwargs) {
    if (!IS_TYPEOBJ(type)) return raise_TypeError("called match pattern must be a type");
    int r = obj_isinstance(subject, type);
    if (r < 0) return 0;
    if (!r) return NONE;
    Type *t = (Type *)type;
    Value seen = set_new();
    int64_t nkw = TUPLE_SIZE(kwargs);
    Value out = tuple_new(nargs + nkw);
    if (!out) return 0;
    Value match_self = 0;
    if (nargs) {
        Value ma = obj_lookup_attr(type, str_intern_cstr("__match_args__"));
        if (!ma && exc_pending()) return 0;
        int64_t allowed;
        if (ma) {
            if (!IS_TUPLE(ma))
                return raise_TypeError("%N.__match_args__ must be a tuple (got %T)", t, ma);
            allowed = TUPLE_SIZE(ma);
        } else {
            Type *bt[] = { T(bool), T(bytearray), T(bytes), T(dict), T(float), T(frozenset), T(int),
                           T(list), T(set), T(str), T(tuple) };
            bool self_match = false;
            for (size_t i = 0; i < ARRAY_LEN(bt); i++)
                if (type_is_subtype(t, bt[i])) self_match = true;
            allowed = self_match ? 1 : 0;
            if (self_match) match_self = subject;
        }
        if (nargs > allowed)
            return raise_TypeError("%N() accepts %lld positional sub-pattern%s (%d given)", t,
                                   (long long)allowed, allowed == 1 ? "" : "s", nargs);
        for (int i = 0; i < nargs; i++) {
            Value v;
            if (match_self) v = subject;
            else {
                Value name = TUPLE_ITEMS(ma)[i];
                if (!IS_STR(name))
                    return raise_TypeError("__match_args__ elements must be strings (got %T)", name);
                v = match_class_attr(subject, t, name, seen);
                if (!v) return exc_pending() ? 0 : NONE;
            }
            TUPLE_ITEMS(out)[i] = v;
        }
    }
    for (int64_t i = 0; i < nkw; i++) {
        Value v = match_class_attr(subject, t, TUPLE_ITEMS(kwargs)[i], seen);
        if (!v) return exc_pending() ? 0 : NONE;
        TUPLE_ITEMS(out)[nargs + i] = v;
    }
    return out;
}

static Value copy_dict_without_keys(Value o, Value keys) {
    Value d = dict_new();
    if (!d || dict_update(d, o) < 0) return 0;
    for (int64_t i = 0; i < TUPLE_SIZE(keys); i++)
        if (dict_del(d, TUPLE_ITEMS(keys)[i]) < 0) return 0;
    return d;
}

static Value make_function(Frame *f, Value code, int flags, Value *sp) {
    /* sp points just past code: sp[-1] code, then closure, annotations, kwdefaults, defaults */
    Value *p = sp - 1;
    Value closure = 0, annotations = 0, kwdefaults = 0, defaults = 0;
    if (flags & 8) closure = *--p;
    if (flags & 4) annotations = *--p;
    if (flags & 2) kwdefaults = *--p;
    if (flags & 1) defaults = *--p;
    Value fv = function_new(code, f->globals, f->builtins, 0);
    Function *fn = (Function *)fv;
    if (defaults && IS_TUPLE(defaults) && TUPLE_SIZE(defaults) > 0) fn->defaults = defaults;
    if (kwdefaults && kwdefaults != NONE) fn->kwdefaults = kwdefaults;
    if (closure) fn->closure = closure;
    if (annotations) {
        if (IS_TUPLE(annotations)) {
            Value d = dict_new();
            for (int64_t i = 0; i + 1 < TUPLE_SIZE(annotations); i += 2)
                if (dict_set(d, TUPLE_ITEMS(annotations)[i], TUPLE_ITEMS(annotations)[i + 1]) < 0) return 0;
            annotations = d;
        }
        fn->annotations = annotations;
    }
    return fv;
}

static Value do_raise(Value exc, Value cause) {
    Value inst = exc;
    if (IS_TYPEOBJ(exc)) {
        if (!type_is_subtype((Type *)exc, E(BaseException)))
            return raise_TypeError("exceptions must derive from BaseException");
        inst = obj_call0(exc);
        if (!inst) return 0;
        if (!IS_EXC(inst))
            return raise_TypeError("calling %R should have returned an instance of BaseException, not %T",
                                   exc, inst);
    } else if (!IS_EXC(exc)) {
        return raise_TypeError("exceptions must derive from BaseException");
    }
    if (cause) {
        Value c = cause;
        if (cause == NONE) c = 0;
        else if (IS_TYPEOBJ(cause)) {
            if (!type_is_subtype((Type *)cause, E(BaseException)))
                return raise_TypeError("exception causes must derive from BaseException");
            c = obj_call0(cause);
            if (!c) return 0;
        } else if (!IS_EXC(cause)) {
            return raise_TypeError("exception causes must derive from BaseException");
        }
        ExcObject *e = (ExcObject *)inst;
        STORE(e, cause, c);
        e->suppress_context = true;
    }
    return raise_value(inst);
}

static Value call_exit(Value exit, Value e) {
    Value tb = ((ExcObject *)e)->traceback;
    Value args[3] = { OBJ_VAL(TYPE(e)), e, tb ? tb : NONE };
    return obj_call(exit, args, 3, 0);
}

/* Build vectorcall arguments for f(*args, **kwargs): returns a tuple holding
 * positional values then keyword values; *kwn gets the names tuple or 0. */
/* Build vectorcall arguments for f(*args, **kwargs) (with self first when
 * self != 0, for a bound method): returns a tuple holding the positional
 * values then the keyword values; *kwn gets the names tuple or 0. */
static Value ex_call_args(Value func, Value self, Value args, Value kwargs, Value *kwn, int64_t *npos) {
    if (!IS_TYPE(args, tuple)) {
        Value t = tuple_from_iter(args);
        if (!t) {
            if (exc_matches(E(TypeError)) && !TYPE(args)->iter && !type_lookup(TYPE(args), S(__getitem__))) {
                exc_clear();
                Value fs = function_str(func);
                return raise_TypeError("%U argument after * must be an iterable, not %T", fs, args);
            }
            return 0;
        }
        args = t;
    }
    int64_t na = TUPLE_SIZE(args), off = self ? 1 : 0;
    *npos = na + off;
    *kwn = 0;
    int64_t nk = kwargs ? dict_size(kwargs) : 0;
    if (nk == 0 && !self) return args;
    Value all = tuple_new(*npos + nk), names = nk ? tuple_new(nk) : 0;
    if (!all || (nk && !names)) return 0;
    if (self) TUPLE_ITEMS(all)[0] = self;
    for (int64_t i = 0; i < na; i++) TUPLE_ITEMS(all)[off + i] = TUPLE_ITEMS(args)[i];
    int64_t pos = 0, i = 0;
    Value k, v;
    while (nk && dict_next(kwargs, &pos, &k, &v)) {
        if (!IS_STR(k)) return raise_TypeError("keywords must be strings");
        TUPLE_ITEMS(names)[i] = k;
        TUPLE_ITEMS(all)[*npos + i] = v;
        i++;
    }
    *kwn = names;
    return all;
}

static int dict_merge_call(Value func, Value d, Value m) {
    if (!IS_DICT(m) && !obj_lookup_attr(OBJ_VAL(TYPE(m)), S(keys))) {
        exc_clear();
        Value fs = function_str(func);
        raise_TypeError("%U argument after ** must be a mapping, not %T", fs, m);
        return -1;
    }
    Value keys;
    if (IS_DICT(m)) {
        keys = dict_keys_list(m);
    } else {    /* PyMapping_Keys: m.keys(), as a list */
        Value km = obj_getattr(m, S(keys));
        Value kr = km ? obj_call0(km) : 0;
        keys = kr ? list_from_iter(kr) : 0;
    }
    if (!keys) return -1;
    for (int64_t i = 0; i < LIST_SIZE(keys); i++) {
        Value k = LIST_ITEMS(keys)[i];
        int r = dict_contains(d, k);
        if (r < 0) return -1;
        if (r) {
            Value fs = function_str(func);
            raise_TypeError("%U got multiple values for keyword argument '%U'", fs, k);
            return -1;
        }
        Value v = obj_getitem(m, k);
        if (!v || dict_set(d, k, v) < 0) return -1;
    }
    return 0;
}

static Value load_build_class(Frame *f) {
    Value b = IS_TYPE(f->builtins, dict) ? dict_get_str(f->builtins, S(__build_class__))
                                         : obj_getitem(f->builtins, S(__build_class__));
    if (!b) {
        if (exc_pending() && !exc_matches(E(KeyError))) return 0;
        exc_clear();
        return build_class_missing();
    }
    return b;
}

static Value do_import_name(Frame *f, Value name, Value fromlist, Value level) {
    Value imp = dict_get_str(f->builtins, S(__import__));
    if (!imp) return raise_fmt(E(ImportError), "__import__ not found");
    if (!IS_TYPE(imp, builtin_function)) {
        Value args[5] = { name, f->globals, f->locals ? f->locals : NONE, fromlist, level };
        return obj_call(imp, args, 5, 0);
    }
    int64_t lv = IS_SMALL(level) ? SMALL_VAL(level) : 0;
    return import_name(name, f->globals, fromlist, (int)lv);
}

static Value format_value(Value v, int conv, Value spec) {
    switch (conv) {
    case 1: v = obj_str(v); break;
    case 2: v = obj_repr(v); break;
    case 3: v = obj_ascii(v); break;
    default: break;
    }
    if (!v) return 0;
    if (!spec && IS_TYPE(v, str)) return v;
    return obj_format(v, spec ? spec : R->empty_str);
}

/* -- Inline caches ---------------------------------------------------------- */

enum { CACHE_W = 4 };
/* LOAD_ATTR entries {type, version, shape, x}: x is the slot index, or with
 * this bit in the version word, the class attribute's value itself. */
#define CACHE_CLASSATTR ((int64_t)1 << 40)
/* STORE_ATTR entries {type, version | CACHE_ADD | index << CACHE_ADD_SHIFT,
 * shape before, shape after}: a store adding an attribute (shape transition). */
#define CACHE_ADD ((int64_t)1 << 41)
#define CACHE_ADD_SHIFT 42

static NOINLINE Value *cache_alloc(Code *c) {
    ValueArray *a = value_array_new(c->ncode * CACHE_W);
    STORE(c, cache, OBJ_VAL(a));
    return a->items;
}

/* The third word of a cache entry for an attribute of one object (not of
 * its type's instances): a small int, never a shape. */
#define CACHE_MODULE MKSMALL(-1)
#define CACHE_TYPE_VALUE MKSMALL(-2)
#define CACHE_TYPE_STATIC MKSMALL(-3)
#define CACHE_TYPE_CLASS MKSMALL(-4)
#define CACHE_TYPE_PLAIN MKSMALL(-5)
/* The versions of class object o and of its metatype, in one word. */
static ALWAYS_INLINE Value type_attr_versions(Value o) {
    return MKSMALL(((int64_t)TYPE(o)->version << 32) | AS(Type, o)->version);
}

/* Entries hold what they name weakly: a heap reference x is kept as
 * CWEAK(x) = x ^ 1, which the collector takes for a small int (a small int
 * becomes an even word, which the collector's visitor tolerates and at worst
 * takes for a pointer).  So no cache keeps a class (or what its methods
 * reach) alive.  An entry is used only while the versions it records match,
 * and those pin what it names: versions are unique across types, a live
 * type keeps its shapes (a tree from its root shape) and its MRO's
 * attributes, and a class made later at a dead one's address has another
 * version.  Module entries keep the module (whose dict version pins the
 * value); LOAD_GLOBAL entries keep the globals dict and the value (it may
 * come from a builtins dict the entry does not pin). */
#define CWEAK(x) ((Value)(x) ^ 1)

/* A write into code c's cache array (the barrier is on the array). */
#define CSTORE(c, p, v) STORE_AT((ValueArray *)(c)->cache, p, v)

static ALWAYS_INLINE Value *cache_of(Code *c, int idx) {
    Value *base = c->cache ? ((ValueArray *)c->cache)->items : cache_alloc(c);
    return base + (size_t)idx * CACHE_W;
}

static Value load_global_slow(Frame *f, Value name, Value *ce) {
    Value v;
    if (IS_TYPE(f->globals, dict) && IS_TYPE(f->builtins, dict)) {
        v = dict_get_str(f->globals, name);
        if (!v) v = dict_get_str(f->builtins, name);
        if (!v) { name_error(name); return 0; }
        Code *c = f->code;
        CSTORE(c, &ce[0], f->globals);
        CSTORE(c, &ce[1], MKSMALL(dict_version(f->globals) & 0x3fffffffffffffffULL));
        CSTORE(c, &ce[2], MKSMALL(dict_version(f->builtins) & 0x3fffffffffffffffULL));
        CSTORE(c, &ce[3], v);
        return v;
    }
    v = dict_get(f->globals, name);
    if (v) return v;
    if (exc_pending()) return 0;
    v = IS_DICT(f->builtins) ? dict_get(f->builtins, name) : obj_getitem(f->builtins, name);
    if (v) return v;
    if (exc_pending() && !exc_matches(E(KeyError))) return 0;
    exc_clear();
    name_error(name);
    return 0;
}

/* Instance attribute at a known shape (LOAD_ATTR/STORE_ATTR quickening). */
static ALWAYS_INLINE bool is_plain_instance(Value o) {
    return IS_OBJ(o) && (AS_OBJ(o)->type->flags & TF_HAS_SHAPE) && ((Instance *)o)->shape;
}

/* A module's attribute, cached as {module, its dict's version, -1,
 * CWEAK(value)} (a module's dict is never replaced);
 * 0 (no exception) when it is not a plain entry of the module's dict. */
static Value module_attr_cached(Code *c, Value *ce, Value o, Value name) {
    if (!IS_TYPE(o, module) || type_lookup(T(module), name)) return 0;
    Value d = ((Module *)o)->dict;
    Value v = IS_TYPE(d, dict) ? dict_get_str(d, name) : 0;
    if (v) {
        CSTORE(c, &ce[0], o);
        CSTORE(c, &ce[1], MKSMALL(dict_version(d) & 0x3fffffffffffffffULL));
        CSTORE(c, &ce[2], CACHE_MODULE);
        CSTORE(c, &ce[3], CWEAK(v));
    }
    return v;
}

/* An attribute of a class object o: {o, type_attr_versions(o), kind, x}.
 * Kind CACHE_TYPE_VALUE: the attribute is x itself (a function, a method
 * or slot wrapper descriptor: their __get__(None, o) returns themselves);
 * CACHE_TYPE_PLAIN: x itself while its type has no __get__ (a class may gain
 * one); CACHE_TYPE_STATIC: x is a staticmethod; and for
 * LOAD_METHOD only, CACHE_TYPE_CLASS: x is a classmethod of a function,
 * called with o as self.  Only when the metatype has no attribute of that
 * name, or one that is no data descriptor and whose type can't become one
 * (a builtin type: type.__new__, type.mro): the class's attribute is then
 * what type.__getattribute__ finds.
 * Versions are unique across types, so the pair of versions also pins the
 * metatype (CWEAK: the entry keeps neither o nor x alive). */
static Value type_attr_cached(Code *c, Value *ce, Value o, Value name, bool method) {
    Type *meta = TYPE(o), *t = AS(Type, o);
    if (meta->getattr != type_getattr || meta->version >= (1u << 29)) return 0;
    Value ma = type_lookup(meta, name);
    if (ma && (TYPE(ma)->descr_set || (TYPE(ma)->flags & TF_HEAPTYPE))) return 0;
    Value a = type_lookup(t, name);
    if (!a) return 0;
    Type *at = TYPE(a);
    Value kind = CACHE_TYPE_VALUE, r = a;
    if (at == T(staticmethod)) {
        kind = CACHE_TYPE_STATIC;
        r = at->descr_get(a, 0, o);
    } else if (at == T(classmethod)) {
        if (!method || !IS_TYPE(funcwrap_func(a), function)) return 0;
        kind = CACHE_TYPE_CLASS;
        r = funcwrap_func(a);
    } else if (!at->descr_get) {
        kind = CACHE_TYPE_PLAIN;
    } else if (at != T(function) && at != T(method_descriptor) && at != T(wrapper_descriptor)) {
        return 0;
    }
    CSTORE(c, &ce[0], CWEAK(o));
    CSTORE(c, &ce[1], type_attr_versions(o));
    CSTORE(c, &ce[2], kind);
    CSTORE(c, &ce[3], CWEAK(a));
    return r;
}

static Value load_attr_slow(Code *c, Value *ce, Value o, Value name) {
    Value mv = module_attr_cached(c, ce, o, name);
    if (mv) return mv;
    if (IS_TYPEOBJ(o)) {
        Value tv = type_attr_cached(c, ce, o, name, false);
        if (tv) return tv;
    }
    if (is_plain_instance(o)) {
        Type *t = TYPE(o);
        Value d = t->getattr == obj_generic_getattr ? type_lookup(t, name) : 0;
        if (d && !TYPE(d)->descr_get && t->getattr == obj_generic_getattr) {
            /* a plain class attribute not shadowed by the instance */
            Instance *in = (Instance *)o;
            if (shape_lookup(in->shape, name) < 0) {
                CSTORE(c, &ce[0], CWEAK(t));
                CSTORE(c, &ce[1], MKSMALL((int64_t)t->version | CACHE_CLASSATTR));
                CSTORE(c, &ce[2], CWEAK(in->shape));
                CSTORE(c, &ce[3], CWEAK(d));
                return d;
            }
        }
        Value key = name;
        if (d && t->getattr == obj_generic_getattr) key = type_slot_member_key(d);
        if (t->getattr == obj_generic_getattr && key) {
            /* an instance attribute, or a __slots__ member (kept in the shape under " name") */
            Instance *in = (Instance *)o;
            int64_t idx = shape_lookup(in->shape, key);
            if (idx >= 0 && in->slots && idx < in->slots->cap && in->slots->items[idx]) {
                CSTORE(c, &ce[0], CWEAK(t));
                CSTORE(c, &ce[1], MKSMALL(t->version));
                CSTORE(c, &ce[2], CWEAK(in->shape));
                CSTORE(c, &ce[3], MKSMALL(idx));
                return in->slots->items[idx];
            }
        }
    }
    return obj_getattr(o, name);
}

/* STORE_ATTR adding an attribute at a cached shape transition (out of the
 * loop: the slot array is not left behind in the loop's own C frame, where
 * the collector's stack scan would keep it and what it holds alive). */
static NOINLINE int store_attr_add(Value o, const Value *ce, Value v) {
    ValueArray *sl = ((Instance *)o)->slots;
    int64_t ni = SMALL_VAL(ce[1]) >> CACHE_ADD_SHIFT;
    if (sl && ni < sl->cap) {
        STORE_AT(sl, &sl->items[ni], v);
        gc_write_barrier(AS_OBJ(o));
        ((Instance *)o)->shape = (Shape *)AS_OBJ(CWEAK(ce[3]));
        return 0;
    }
    return shape_store_child(o, (Shape *)AS_OBJ(CWEAK(ce[3])), v);
}

static int store_attr_slow(Code *c, Value *ce, Value o, Value name, Value v) {
    if (is_plain_instance(o)) {
        Type *t = TYPE(o);
        Value d = t->setattr == obj_generic_setattr ? type_lookup(t, name) : 0;
        Value key = d ? type_slot_member_key(d) : name;
        if (t->setattr == obj_generic_setattr && key) {
            Instance *in = (Instance *)o;
            int64_t idx = shape_lookup(in->shape, key);
            if (idx >= 0 && in->slots && idx < in->slots->cap) {
                CSTORE(c, &ce[0], CWEAK(t));
                CSTORE(c, &ce[1], MKSMALL(t->version));
                CSTORE(c, &ce[2], CWEAK(in->shape));
                CSTORE(c, &ce[3], MKSMALL(idx));
                STORE_AT(in->slots, &in->slots->items[idx], v);
                return 0;
            }
            if (idx < 0) {
                int64_t ni;
                Shape *ns = shape_store_transition(o, name, &ni);
                if (ns) {
                    /* an attribute added at this shape: cache the transition */
                    CSTORE(c, &ce[0], CWEAK(t));
                    CSTORE(c, &ce[1], MKSMALL((int64_t)t->version | CACHE_ADD | (ni << CACHE_ADD_SHIFT)));
                    CSTORE(c, &ce[2], CWEAK(in->shape));
                    CSTORE(c, &ce[3], CWEAK(ns));
                    return shape_store_child(o, ns, v);
                }
            }
        }
    }
    return obj_setattr(o, name, v);
}

/* LOAD_METHOD: push [meth, self] for a plain function/method descriptor found
 * on the type and not shadowed by the instance, else [0, bound attribute]. */
static int load_method(Code *c, Value *ce, Value o, Value name, Value *meth) {
    Type *t = TYPE(o);
    if (t->getattr == obj_generic_getattr) {
        Value d = type_lookup(t, name);
        if (d && (IS_TYPE(d, function) || IS_TYPE(d, method_descriptor))) {
            InstanceTail *tail = obj_instance_tail(o);
            bool shadowed = false;
            if (tail) {
                if (tail->shape || tail->dict) shadowed = instance_getattr_raw(o, name) != 0;
            }
            if (!shadowed) {
                if (is_plain_instance(o) || !tail) {
                    CSTORE(c, &ce[0], CWEAK(t));
                    CSTORE(c, &ce[1], MKSMALL(t->version));
                    CSTORE(c, &ce[2], tail ? CWEAK(((Instance *)o)->shape) : 0);
                    CSTORE(c, &ce[3], CWEAK(d));
                }
                *meth = d;
                return 1;
            }
        }
    }
    Value v = module_attr_cached(c, ce, o, name);
    if (!v && IS_TYPEOBJ(o)) {
        v = type_attr_cached(c, ce, o, name, true);
        if (v && ce[2] == CACHE_TYPE_CLASS) { *meth = v; return 1; }
    }
    if (!v) v = obj_getattr(o, name);
    if (!v) return -1;
    *meth = v;
    return 0;
}

/* -- The eval loop ------------------------------------------------------------- */

#define OP_LABEL(n, d) &&L_##n,

Value vm_eval_frame(Frame *f, Value throwexc) {
    static const void *const dispatch[256] = { OPCODES(OP_LABEL) };
    ThreadState *ts = TS;
    Code *code;
    const uint32_t *first, *ip;
    Value *sp, *lp;
    const Value *consts, *names;
    uint32_t insn;
    int oparg;
    Value retval;

    if (UNLIKELY(ts->depth >= ts->recursion_limit || c_stack_low())) {
        recursion_error();
        if (!(f->flags & FRAME_GEN)) vm_pop_frame(f);
        return 0;
    }
    ts->depth++;
    f->prev = ts->frame;
    ts->frame = f;
    volatile Value *pending = &vm_state(ts)->items[VMS_PENDING];

#define LOAD_REGS() do { \
        code = f->code; first = frame_code_start(f); ip = f->ip; sp = f->sp; \
        lp = f->localsplus; consts = TUPLE_ITEMS(code->consts); names = TUPLE_ITEMS(code->names); \
    } while (0)
#ifdef KILN_DEBUG
/* debug builds check the compiler's stack and block depths at every instruction */
#define CHECK_DEPTHS() (kiln_assert(sp >= f->stack && sp <= f->stack + code->stacksize), \
                        kiln_assert(f->nblocks >= 0 && f->nblocks <= code->blocksize))
#else
#define CHECK_DEPTHS() ((void)0)
#endif
#define DISPATCH() do { CHECK_DEPTHS(); insn = *ip++; f->ip = ip; oparg = (int)INSN_ARG(insn); goto *dispatch[INSN_OP(insn)]; } while (0)
#define TARGET(n) L_##n:
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define JUMPTO(x) (ip = first + (x))
#define LASTI() ((int)(ip - first) - 1)

    LOAD_REGS();
    if (throwexc) {
        ts->exc = throwexc;
        goto error;
    }
    if (UNLIKELY(*pending != MKSMALL(0)) && run_pending(ts) < 0) goto error;
    DISPATCH();

    TARGET(NOP) DISPATCH();
    TARGET(POP_TOP) { sp--; DISPATCH(); }
    TARGET(ROT_TWO) { Value a = TOP(); TOP() = SECOND(); SECOND() = a; DISPATCH(); }
    TARGET(ROT_THREE) {
        Value a = TOP(), b = SECOND(), c = THIRD();
        sp[-1] = b; sp[-2] = c; sp[-3] = a; DISPATCH();
    }
    TARGET(ROT_FOUR) {
        Value a = sp[-1];
        sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = a; DISPATCH();
    }
    TARGET(ROT_N) {
        Value a = sp[-1];
        memmove(sp - oparg + 1, sp - oparg, (size_t)(oparg - 1) * sizeof(Value));
        sp[-oparg] = a;
        DISPATCH();
    }
    TARGET(DUP_TOP) { Value a = TOP(); PUSH(a); DISPATCH(); }
    TARGET(DUP_TOP_TWO) { Value a = SECOND(), b = TOP(); PUSH(a); PUSH(b); DISPATCH(); }
    TARGET(COPY) { Value a = PEEK(oparg); PUSH(a); DISPATCH(); }
    TARGET(SWAP) { Value a = TOP(); TOP() = PEEK(oparg); PEEK(oparg) = a; DISPATCH(); }
    TARGET(LOAD_CONST) { PUSH(consts[oparg]); DISPATCH(); }
    TARGET(LOAD_FAST) {
        Value v = lp[oparg];
        if (UNLIKELY(!v)) { unbound_local(code, oparg); goto error; }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) { lp[oparg] = POP(); DISPATCH(); }
    TARGET(LOAD_FAST_DISOWN) {
        Value v = lp[oparg];
        if (UNLIKELY(!v)) { unbound_local(code, oparg); goto error; }
        f->owned &= ~(1u << oparg);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST_DISOWN) { lp[oparg] = POP(); f->owned &= ~(1u << oparg); DISPATCH(); }
    TARGET(ADD_FAST) {
        Value b = POP(), a = POP(), r;
        int i = oparg >> 1;
        uint32_t bit = 1u << i;
        /* numbers first (counters); a number was never owned */
        if (IS_SMALL(a) && IS_SMALL(b)) {
            if (SMALL_FITS(SMALL_VAL(a) + SMALL_VAL(b))) { lp[i] = MKSMALL(SMALL_VAL(a) + SMALL_VAL(b)); DISPATCH(); }
        } else if ((IS_SMALL(a) || AS_OBJ(a)->type == T(float)) && (IS_SMALL(b) || AS_OBJ(b)->type == T(float))) {
            double x = IS_SMALL(a) ? (double)SMALL_VAL(a) : FLOAT_VAL(a);
            double y = IS_SMALL(b) ? (double)SMALL_VAL(b) : FLOAT_VAL(b);
            lp[i] = heap_float_new(x + y);
            DISPATCH();
        } else if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a)->type == AS_OBJ(b)->type) {
            Type *t = AS_OBJ(a)->type;
            if (t == T(str) || t == T(bytes)) {
                bool owned = (f->owned & bit) && lp[i] == a;
                r = t == T(str) ? str_add_owned(a, b, owned) : bytes_add_owned(a, b, owned);
                if (!r) goto error;
                /* a keeps its state; a fresh result is owned; b is shared */
                if (r != a ? r != b : owned) f->owned |= bit;
                else f->owned &= ~bit;
                lp[i] = r;
                DISPATCH();
            }
        }
        r = (oparg & 1) ? obj_inplace_binop(a, b, BINOP_ADD) : obj_binop(a, b, BINOP_ADD);
        if (!r) goto error;
        lp[i] = r;
        f->owned &= ~bit;
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (!lp[oparg]) { unbound_local(code, oparg); goto error; }
        lp[oparg] = 0;
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value v = ((Cell *)lp[code->nlocals + oparg])->v;
        if (UNLIKELY(!v)) { unbound_deref(code, oparg); goto error; }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        Cell *c = (Cell *)lp[code->nlocals + oparg];
        STORE(c, v, POP());
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        Cell *c = (Cell *)lp[code->nlocals + oparg];
        if (!c->v) { unbound_deref(code, oparg); goto error; }
        c->v = 0;
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) { PUSH(lp[code->nlocals + oparg]); DISPATCH(); }
    TARGET(LOAD_CLASSDEREF) {
        Value name = cell_name(code, oparg);
        Value v = 0;
        if (f->locals) {
            if (IS_TYPE(f->locals, dict)) v = dict_get_str(f->locals, name);
            else {
                v = obj_getitem(f->locals, name);
                if (!v) {
                    if (!exc_matches(E(KeyError))) goto error;
                    exc_clear();
                }
            }
        }
        if (!v) {
            v = ((Cell *)lp[code->nlocals + oparg])->v;
            if (!v) { unbound_deref(code, oparg); goto error; }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Value name = names[oparg], v = 0, loc = f->locals;
        if (!loc) { raise_SystemError("no locals when loading %R", name); goto error; }
        if (IS_TYPE(loc, dict)) v = dict_get_str(loc, name);
        else {
            v = obj_getitem(loc, name);
            if (!v) {
                if (!exc_matches(E(KeyError))) goto error;
                exc_clear();
            }
        }
        if (!v) {
            v = dict_get(f->globals, name);
            if (!v) {
                if (exc_pending()) goto error;
                if (IS_TYPE(f->builtins, dict)) v = dict_get_str(f->builtins, name);
                else {
                    v = obj_getitem(f->builtins, name);
                    if (!v) {
                        if (!exc_matches(E(KeyError))) goto error;
                        exc_clear();
                    }
                }
                if (!v) { name_error(name); goto error; }
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Value name = names[oparg], v = POP(), loc = f->locals;
        if (!loc) { raise_SystemError("no locals found when storing %R", name); goto error; }
        int r = IS_TYPE(loc, dict) ? dict_set(loc, name, v) : obj_setitem(loc, name, v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        Value name = names[oparg], loc = f->locals;
        if (!loc) { raise_SystemError("no locals when deleting %R", name); goto error; }
        int r = IS_DICT(loc) ? dict_del(loc, name) : obj_delitem(loc, name);
        if (r < 0) {
            if (exc_matches(E(KeyError))) { exc_clear(); name_error(name); }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        Value *ce = cache_of(code, LASTI());
        if (LIKELY(ce[0] == f->globals && ce[3] &&
                   ce[1] == MKSMALL(dict_version_inline(f->globals) & 0x3fffffffffffffffULL) &&
                   ce[2] == MKSMALL(dict_version_inline(f->builtins) & 0x3fffffffffffffffULL))) {
            PUSH(ce[3]);
            DISPATCH();
        }
        Value v = load_global_slow(f, names[oparg], ce);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        if (dict_set(f->globals, names[oparg], POP()) < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        if (dict_del(f->globals, names[oparg]) < 0) {
            if (exc_matches(E(KeyError))) { exc_clear(); name_error(names[oparg]); }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Value o = TOP();
        Value *ce = cache_of(code, LASTI());
        if (IS_OBJ(o) && CWEAK(AS_OBJ(o)->type) == ce[0] && CWEAK(((Instance *)o)->shape) == ce[2]) {
            Type *t = AS_OBJ(o)->type;
            if (MKSMALL(t->version) == ce[1]) {
                Value v = ((Instance *)o)->slots->items[SMALL_VAL(ce[3])];
                if (LIKELY(v != 0)) { TOP() = v; DISPATCH(); }
            } else if (MKSMALL((int64_t)t->version | CACHE_CLASSATTR) == ce[1]) {
                TOP() = CWEAK(ce[3]);
                DISPATCH();
            }
        }
        if ((int64_t)ce[2] < 0) {
            if (ce[2] == CACHE_MODULE) {
                if (ce[0] == o && ce[1] == MKSMALL(dict_version(((Module *)o)->dict) & 0x3fffffffffffffffULL)) {
                    TOP() = CWEAK(ce[3]);
                    DISPATCH();
                }
            } else if (ce[0] == CWEAK(o) && IS_TYPEOBJ(o) && ce[1] == type_attr_versions(o) &&
                       (ce[2] != CACHE_TYPE_PLAIN || !TYPE(CWEAK(ce[3]))->descr_get)) {
                TOP() = ce[2] == CACHE_TYPE_STATIC ? funcwrap_func(CWEAK(ce[3])) : CWEAK(ce[3]);
                DISPATCH();
            }
        }
        Value v = load_attr_slow(code, ce, o, names[oparg]);
        if (!v) { exc_attribute_context(o, names[oparg]); goto error; }
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Value o = TOP(), v = SECOND();
        sp -= 2;
        Value *ce = cache_of(code, LASTI());
        if (IS_OBJ(o) && CWEAK(AS_OBJ(o)->type) == ce[0] &&
            MKSMALL(AS_OBJ(o)->type->version) == ce[1] && CWEAK(((Instance *)o)->shape) == ce[2]) {
            ValueArray *sl = ((Instance *)o)->slots;
            STORE_AT(sl, &sl->items[SMALL_VAL(ce[3])], v);
            DISPATCH();
        }
        if (IS_OBJ(o) && CWEAK(AS_OBJ(o)->type) == ce[0] &&
            CWEAK(((Instance *)o)->shape) == ce[2] && !((Instance *)o)->dict &&
            (SMALL_VAL(ce[1]) & (CACHE_ADD | 0xffffffffLL)) == ((int64_t)AS_OBJ(o)->type->version | CACHE_ADD)) {
            if (store_attr_add(o, ce, v) < 0) goto error;
            DISPATCH();
        }
        if (store_attr_slow(code, ce, o, names[oparg], v) < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Value o = POP();
        if (obj_setattr(o, names[oparg], 0) < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Value o = TOP();
        Value *ce = cache_of(code, LASTI());
        Type *t = TYPE(o);
        if (CWEAK(t) == ce[0] && MKSMALL(t->version) == ce[1] && ce[3] &&
            (ce[2] == 0 ? !(t->flags & TF_HAS_SHAPE) : CWEAK(((Instance *)o)->shape) == ce[2])) {
            TOP() = CWEAK(ce[3]);
            PUSH(o);
            DISPATCH();
        }
        if ((int64_t)ce[2] < 0) {
            /* a module's function, a class's attribute */
            if (ce[2] == CACHE_MODULE) {
                if (ce[0] == o && ce[1] == MKSMALL(dict_version(((Module *)o)->dict) & 0x3fffffffffffffffULL)) {
                    TOP() = 0;
                    PUSH(CWEAK(ce[3]));
                    DISPATCH();
                }
            } else if (ce[0] == CWEAK(o) && IS_TYPEOBJ(o) && ce[1] == type_attr_versions(o)) {
                Value a = CWEAK(ce[3]);
                if (ce[2] == CACHE_TYPE_CLASS) {
                    Value fn = funcwrap_func(a);
                    if (IS_TYPE(fn, function)) { TOP() = fn; PUSH(o); DISPATCH(); }
                } else if (ce[2] != CACHE_TYPE_PLAIN || !TYPE(a)->descr_get) {
                    TOP() = 0;
                    PUSH(ce[2] == CACHE_TYPE_STATIC ? funcwrap_func(a) : a);
                    DISPATCH();
                }
            }
        }
        Value m;
        int r = load_method(code, ce, o, names[oparg], &m);
        if (r < 0) { exc_attribute_context(o, names[oparg]); goto error; }
        if (r) { TOP() = m; PUSH(o); }
        else { TOP() = 0; PUSH(m); }
        DISPATCH();
    }
    {
        Value callable, kwn;
        Value *args, *base;
        size_t nargs;

    TARGET(CALL_METHOD) {
        base = sp - oparg - 2;
        if (base[0]) {
            callable = base[0];
            args = sp - oparg - 1;
            nargs = (size_t)oparg + 1;
        } else {
            callable = base[1];
            args = sp - oparg;
            nargs = (size_t)oparg;
            if (IS_TYPE(callable, method)) {
                Method *m = (Method *)callable;
                callable = m->func;
                base[1] = m->self;
                args = base + 1;
                nargs++;
            }
        }
        kwn = 0;
        goto do_call;
    }
    TARGET(CALL_FUNCTION) {
        base = sp - oparg - 1;
        callable = base[0];
        args = sp - oparg;
        nargs = (size_t)oparg;
        kwn = 0;
        if (IS_TYPE(callable, method)) {
            /* a bound method: put self in the callable's slot */
            Method *m = (Method *)callable;
            callable = m->func;
            base[0] = m->self;
            args = base;
            nargs++;
        }
        goto do_call;
    }
    TARGET(CALL_FUNCTION_KW) {
        kwn = POP();
        base = sp - oparg - 1;
        callable = base[0];
        args = sp - oparg;
        nargs = (size_t)oparg - (size_t)TUPLE_SIZE(kwn);
        if (IS_TYPE(callable, method)) {
            Method *m = (Method *)callable;
            callable = m->func;
            base[0] = m->self;
            args = base;
            nargs++;
        }
        goto do_call;
    }
    TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (oparg & 1) ? POP() : 0;
        Value cargs = POP();
        base = sp - 1;
        callable = base[0];
        int64_t npos;
        if (kwargs && !IS_DICT(kwargs)) {
            Value d = dict_new();
            if (dict_merge_call(callable, d, kwargs) < 0) goto error;
            kwargs = d;
        }
        Value self = 0;
        if (IS_TYPE(callable, method) && IS_TYPE(((Method *)callable)->func, function)) {
            self = ((Method *)callable)->self;
            callable = ((Method *)callable)->func;
        }
        Value all = ex_call_args(callable, self, cargs, kwargs, &kwn, &npos);
        if (!all) goto error;
        args = TUPLE_ITEMS(all);
        nargs = (size_t)npos;
        goto do_call;
    }

    do_call: {
        Value init_obj = 0;
        if (TYPE(callable) == T(type) && INSN_OP(insn) != OP_CALL_FUNCTION_EX) {
            /* C(...) of a plain class with a Python __init__: run __init__ inline */
            Type *t = (Type *)callable;
            if ((t->flags & TF_HEAPTYPE) && t->new_ == T(object)->new_) {
                Value init = type_lookup(t, S(__init__));
                if (init && IS_TYPE(init, function) &&
                    !(((Code *)((Function *)init)->code)->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                    Value o = t->new_(t, args, nargs, kwn);
                    if (!o) goto error;
                    if (TYPE(o) != t) {
                        sp = base;
                        PUSH(o);
                        DISPATCH();
                    }
                    init_obj = o;
                    callable = init;
                    args[-1] = o;
                    args--;
                    nargs++;
                }
            }
        }
        if (IS_TYPE(callable, function)) {
            Function *fn = (Function *)callable;
            Code *c = (Code *)fn->code;
            if (LIKELY(!(c->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)))) {
                if (UNLIKELY(ts->depth >= ts->recursion_limit)) { recursion_error(); goto error; }
                f->sp = base;
                Frame *nf = push_frame(c);
                nf->globals = fn->globals;
                nf->builtins = fn->builtins;
                nf->func = callable;
                if (vm_bind_args(nf, fn, args, nargs, kwn) < 0) {
                    vm_pop_frame(nf);
                    goto error;
                }
                if (init_obj) {
                    /* the new instance waits on the caller's stack for __init__ to return */
                    base[0] = init_obj;
                    f->sp = base + 1;
                    nf->flags |= FRAME_INIT;
                }
                nf->prev = f;
                ts->frame = nf;
                ts->depth++;
                f = nf;
                LOAD_REGS();
                if (UNLIKELY(*pending != MKSMALL(0)) && run_pending(ts) < 0) goto error;
                DISPATCH();
            }
        }
      }
        {
            Value r;
            if (IS_TYPE(callable, builtin_function) && meth_args_ok(((BuiltinFunction *)callable)->def, nargs, kwn)) {
                BuiltinFunction *b = (BuiltinFunction *)callable;
                r = b->def->fn(b->self, args, nargs, kwn);
            } else if (IS_TYPE(callable, method_descriptor) && nargs >= 1 &&
                       meth_args_ok(((MethodDescr *)callable)->def, nargs - 1, kwn) &&
                       type_is_subtype(TYPE(args[0]), ((MethodDescr *)callable)->type)) {
                r = ((MethodDescr *)callable)->def->fn(args[0], args + 1, nargs - 1, kwn);
            } else {
                r = obj_call(callable, args, nargs, kwn);
            }
            sp = base;
            if (!r) goto error;
            PUSH(r);
            DISPATCH();
        }
    }
    TARGET(BINARY_OP) {
        Value b = POP(), a = TOP(), r;
        if (IS_SMALL(a) && IS_SMALL(b)) {
            int64_t x = SMALL_VAL(a), y = SMALL_VAL(b), z;
            switch (oparg) {
            case BINOP_ADD: case BINOP_COUNT + BINOP_ADD:
                z = x + y;
                if (SMALL_FITS(z)) { TOP() = MKSMALL(z); DISPATCH(); }
                break;
            case BINOP_SUBTRACT: case BINOP_COUNT + BINOP_SUBTRACT:
                z = x - y;
                if (SMALL_FITS(z)) { TOP() = MKSMALL(z); DISPATCH(); }
                break;
            case BINOP_MULTIPLY: case BINOP_COUNT + BINOP_MULTIPLY:
                if (!__builtin_mul_overflow(x, y, &z) && SMALL_FITS(z)) { TOP() = MKSMALL(z); DISPATCH(); }
                break;
            case BINOP_AND: case BINOP_COUNT + BINOP_AND: TOP() = MKSMALL(x & y); DISPATCH();
            case BINOP_OR: case BINOP_COUNT + BINOP_OR: TOP() = MKSMALL(x | y); DISPATCH();
            case BINOP_XOR: case BINOP_COUNT + BINOP_XOR: TOP() = MKSMALL(x ^ y); DISPATCH();
            case BINOP_FLOOR_DIVIDE: case BINOP_COUNT + BINOP_FLOOR_DIVIDE:
                if (y > 0 || (y < 0 && x != SMALL_MIN)) {
                    z = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
                    TOP() = MKSMALL(z);
                    DISPATCH();
                }
                break;
            case BINOP_REMAINDER: case BINOP_COUNT + BINOP_REMAINDER:
                if (y != 0) {
                    z = x % y;
                    if (z != 0 && ((z < 0) != (y < 0))) z += y;
                    TOP() = MKSMALL(z);
                    DISPATCH();
                }
                break;
            case BINOP_RSHIFT: case BINOP_COUNT + BINOP_RSHIFT:
                if (y >= 0) { TOP() = MKSMALL(y >= 63 ? (x < 0 ? -1 : 0) : x >> y); DISPATCH(); }
                break;
            default: break;
            }
        } else if ((IS_SMALL(a) || AS_OBJ(a)->type == T(float)) && (IS_SMALL(b) || AS_OBJ(b)->type == T(float))) {
            /* float op float, or float with a small int (converted as int.__float__ would) */
            double x = IS_SMALL(a) ? (double)SMALL_VAL(a) : FLOAT_VAL(a);
            double y = IS_SMALL(b) ? (double)SMALL_VAL(b) : FLOAT_VAL(b);
            int op = oparg >= BINOP_COUNT ? oparg - BINOP_COUNT : oparg;
            switch (op) {
            case BINOP_ADD: TOP() = heap_float_new(x + y); DISPATCH();
            case BINOP_SUBTRACT: TOP() = heap_float_new(x - y); DISPATCH();
            case BINOP_MULTIPLY: TOP() = heap_float_new(x * y); DISPATCH();
            case BINOP_TRUE_DIVIDE:
                if (y != 0.0) { TOP() = heap_float_new(x / y); DISPATCH(); }
                break;
            case BINOP_POWER:
                /* a positive finite base: C's pow is float.__pow__ unless it overflows */
                if (x > 0.0 && x < INFINITY && isfinite(y)) {
                    double z = pow(x, y);
                    if (isfinite(z)) { TOP() = heap_float_new(z); DISPATCH(); }
                }
                break;
            default: break;
            }
        }
        if (oparg >= BINOP_COUNT) r = obj_inplace_binop(a, b, oparg - BINOP_COUNT);
        else r = obj_binop(a, b, oparg);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) { Value r = obj_pos(TOP()); if (!r) goto error; TOP() = r; DISPATCH(); }
    TARGET(UNARY_NEGATIVE) {
        Value a = TOP(), r;
        if (IS_SMALL(a) && SMALL_VAL(a) != SMALL_MIN) r = MKSMALL(-SMALL_VAL(a));
        else if (IS_TYPE(a, float)) r = heap_float_new(-FLOAT_VAL(a));
        else r = obj_neg(a);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        int t = truthy(TOP());
        if (t < 0) goto error;
        TOP() = BOOL_V(!t);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) { Value r = obj_invert(TOP()); if (!r) goto error; TOP() = r; DISPATCH(); }
    TARGET(COMPARE_OP) {
        Value b = POP(), a = TOP();
        if (IS_SMALL(a) && IS_SMALL(b)) {
            int64_t x = (int64_t)a, y = (int64_t)b;
            bool r;
            switch (oparg) {
            case CMP_LT: r = x < y; break;
            case CMP_LE: r = x <= y; break;
            case CMP_EQ: r = x == y; break;
            case CMP_NE: r = x != y; break;
            case CMP_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            TOP() = BOOL_V(r);
            DISPATCH();
        }
        if ((IS_SMALL(a) ? SMALL_VAL(a) >= -(1LL << 53) && SMALL_VAL(a) <= (1LL << 53) : AS_OBJ(a)->type == T(float)) &&
            (IS_SMALL(b) ? SMALL_VAL(b) >= -(1LL << 53) && SMALL_VAL(b) <= (1LL << 53) : AS_OBJ(b)->type == T(float))) {
            /* floats, or a float and a small int a double holds exactly */
            double x = IS_SMALL(a) ? (double)SMALL_VAL(a) : FLOAT_VAL(a);
            double y = IS_SMALL(b) ? (double)SMALL_VAL(b) : FLOAT_VAL(b);
            bool r;
            switch (oparg) {
            case CMP_LT: r = x < y; break;
            case CMP_LE: r = x <= y; break;
            case CMP_EQ: r = x == y; break;
            case CMP_NE: r = x != y; break;
            case CMP_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            TOP() = BOOL_V(r);
            DISPATCH();
        }
        Value r = obj_richcompare(a, b, oparg);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) { Value b = POP(); TOP() = BOOL_V((TOP() == b) ^ (oparg != 0)); DISPATCH(); }
    TARGET(CONTAINS_OP) {
        Value b = POP(), a = TOP();
        int r = obj_contains(b, a);
        if (r < 0) goto error;
        TOP() = BOOL_V(r ^ (oparg != 0));
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value k = POP(), o = TOP(), r;
        if (IS_SMALL(k)) {
            int64_t i = SMALL_VAL(k);
            if (IS_TYPE(o, list)) {
                if (i < 0) i += LIST_SIZE(o);
                if ((uint64_t)i < (uint64_t)LIST_SIZE(o)) { TOP() = LIST_ITEMS(o)[i]; DISPATCH(); }
            } else if (IS_TYPE(o, tuple)) {
                if (i < 0) i += TUPLE_SIZE(o);
                if ((uint64_t)i < (uint64_t)TUPLE_SIZE(o)) { TOP() = TUPLE_ITEMS(o)[i]; DISPATCH(); }
            }
        }
        r = obj_getitem(o, k);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value k = sp[-1], o = sp[-2], v = sp[-3];
        sp -= 3;
        if (IS_SMALL(k) && IS_TYPE(o, list)) {
            int64_t i = SMALL_VAL(k);
            if (i < 0) i += LIST_SIZE(o);
            if ((uint64_t)i < (uint64_t)LIST_SIZE(o)) {
                ValueArray *a = ((List *)o)->items;
                STORE_AT(a, &a->items[i], v);
                DISPATCH();
            }
        }
        if (obj_setitem(o, k, v) < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value k = sp[-1], o = sp[-2];
        sp -= 2;
        if (obj_delitem(o, k) < 0) goto error;
        DISPATCH();
    }
    TARGET(JUMP) { JUMPTO(oparg); DISPATCH(); }
    TARGET(JUMP_BACKWARD) {
        JUMPTO(oparg);
        if (UNLIKELY(*pending != MKSMALL(0))) {
            f->ip = ip;
            if (run_pending(ts) < 0) goto error;
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == FALSE_V) { JUMPTO(oparg); DISPATCH(); }
        if (v == TRUE_V) DISPATCH();
        int t = truthy(v);
        if (t < 0) goto error;
        if (!t) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == TRUE_V) { JUMPTO(oparg); DISPATCH(); }
        if (v == FALSE_V) DISPATCH();
        int t = truthy(v);
        if (t < 0) goto error;
        if (t) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) { if (POP() == NONE) JUMPTO(oparg); DISPATCH(); }
    TARGET(POP_JUMP_IF_NOT_NONE) { if (POP() != NONE) JUMPTO(oparg); DISPATCH(); }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = truthy(TOP());
        if (t < 0) goto error;
        if (!t) JUMPTO(oparg); else sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = truthy(TOP());
        if (t < 0) goto error;
        if (t) JUMPTO(oparg); else sp--;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Value it = obj_iter(TOP());
        if (!it) goto error;
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        if (*ip == INSN(OP_UNPACK_SEQUENCE, 2)) {
            /* for k, v in d.items() / enumerate(s) / zip(a, b): no tuple made to unpack */
            Value pair[2];
            int r = iter_next_pair(it, pair);
            if (r > 0) {
                PUSH(pair[1]);
                PUSH(pair[0]);
                ip++;
                DISPATCH();
            }
            if (r == 0) goto for_iter_end;
        }
        UnaryFn next = TYPE(it)->next;
        Value v = next ? next(it) : obj_next(it);
        if (LIKELY(v != 0)) { PUSH(v); DISPATCH(); }
    for_iter_end:
        if (exc_pending()) {
            if (!exc_matches(E(StopIteration))) goto error;
            exc_clear();
        }
        sp--;
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value o = TOP();
        if (IS_TYPE(o, coroutine)) {
            if (!(code->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                raise_TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
        } else if (!IS_TYPE(o, generator)) {
            Value it = obj_iter(o);
            if (!it) goto error;
            TOP() = it;
        }
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        Value t = tuple_from(sp - oparg, oparg);
        if (!t) goto error;
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Value l = list_from(sp - oparg, oparg);
        if (!l) goto error;
        sp -= oparg;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Value s = set_new();
        if (!s) goto error;
        for (int i = oparg; i > 0; i--)
            if (set_add(s, PEEK(i)) < 0) goto error;
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Value d = dict_new();
        if (!d) goto error;
        for (int i = oparg; i > 0; i--)
            if (dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) goto error;
        sp -= 2 * oparg;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        Value keys = TOP();
        Value d = dict_new();
        if (!d) goto error;
        for (int i = 0; i < oparg; i++)
            if (dict_set(d, TUPLE_ITEMS(keys)[i], sp[-1 - oparg + i]) < 0) goto error;
        sp -= oparg + 1;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        Value s = str_build(sp - oparg, oparg);
        if (!s) goto error;
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : NONE;
        Value stop = POP(), start = TOP();
        Value s = slice_new(start, stop, step);
        if (!s) goto error;
        TOP() = s;
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        if (list_append(PEEK(oparg), v) < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        if (set_add(PEEK(oparg), v) < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP(), k = POP();
        if (dict_set(PEEK(oparg), k, v) < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value it = POP();
        if (list_extend(PEEK(oparg), it) < 0) {
            if (exc_matches(E(TypeError)) && !TYPE(it)->iter && !type_lookup(TYPE(it), S(__getitem__))) {
                exc_clear();
                raise_TypeError("Value after * must be an iterable, not %T", it);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Value it = POP();
        if (set_update(PEEK(oparg), it) < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value m = POP();
        if (!IS_DICT(m) && !type_lookup(TYPE(m), S(keys))) {
            raise_TypeError("'%T' object is not a mapping", m);
            goto error;
        }
        if (dict_update(PEEK(oparg), m) < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value m = POP();
        if (dict_merge_call(PEEK(oparg + 2), PEEK(oparg), m) < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Value t = list_as_tuple(TOP());
        if (!t) goto error;
        TOP() = t;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        if (IS_TYPE(seq, tuple) && TUPLE_SIZE(seq) == oparg) {
            for (int i = oparg; i > 0; i--) PUSH(TUPLE_ITEMS(seq)[i - 1]);
            DISPATCH();
        }
        if (IS_TYPE(seq, list) && LIST_SIZE(seq) == oparg) {
            for (int i = oparg; i > 0; i--) PUSH(LIST_ITEMS(seq)[i - 1]);
            DISPATCH();
        }
        /* unpack straight into the free stack slots (no VLA: computed gotos
         * never release one), then reverse so the first item is on top */
        if (unpack(seq, oparg, 0, false, sp) < 0) goto error;
        for (int i = 0, j = oparg - 1; i < j; i++, j--) { Value t = sp[i]; sp[i] = sp[j]; sp[j] = t; }
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = oparg >> 8;
        Value seq = POP();
        int total = before + after + 1;
        if (unpack(seq, before, after, true, sp) < 0) goto error;
        for (int i = 0, j = total - 1; i < j; i++, j--) { Value t = sp[i]; sp[i] = sp[j]; sp[j] = t; }
        sp += total;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (oparg & 4) ? POP() : 0;
        Value r = format_value(TOP(), oparg & 3, spec);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Value fn = make_function(f, TOP(), oparg, sp);
        if (!fn) goto error;
        sp -= 1 + __builtin_popcount((unsigned)oparg & 15);
        PUSH(fn);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto exit_frame;
    }
    TARGET(LOAD_BUILD_CLASS) {
        Value b = load_build_class(f);
        if (!b) goto error;
        PUSH(b);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Value fromlist = POP(), level = TOP();
        Value m = do_import_name(f, names[oparg], fromlist, level);
        if (!m) goto error;
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Value v = import_from(TOP(), names[oparg]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Value m = POP();
        if (import_star(f, m) < 0) goto error;
        DISPATCH();
    }
    TARGET(SETUP_FINALLY) {
        Block *b = &f->blocks[f->nblocks++];
        b->type = BLOCK_FINALLY;
        b->handler = oparg;
        b->level = (int32_t)(sp - f->stack);
        DISPATCH();
    }
    TARGET(POP_BLOCK) { f->nblocks--; DISPATCH(); }
    TARGET(POP_EXCEPT) {
        f->nblocks--;
        Value prev = POP();
        ts->handled = prev == NONE ? 0 : prev;
        DISPATCH();
    }
    TARGET(RERAISE) {
        ts->exc = POP();
        goto exception_unwind;
    }
    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            Value h = exc_topmost_handled();
            if (!h || h == NONE) {
                raise_RuntimeError("No active exception to reraise");
                goto error;
            }
            ts->exc = h;
            goto exception_unwind;
        }
        Value cause = oparg == 2 ? POP() : 0;
        Value exc = POP();
        do_raise(exc, cause);
        goto error;
    }
    TARGET(CHECK_EXC_MATCH) {
        Value t = POP();
        if (check_except_type(t, false) < 0) goto error;
        Value m_ = BOOL_V(exc_given_matches(TOP(), t));
        PUSH(m_);
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        Value t = POP();
        if (check_except_type(t, true) < 0) goto error;
        Value match, rest;
        if (eg_match(TOP(), t, &match, &rest) < 0) goto error;
        if (match == NONE) {
            PUSH(NONE);
        } else {
            TOP() = rest;
            PUSH(match);
            ts->handled = match;
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        Value excs = POP(), orig = TOP();
        Value r = prep_reraise_star(orig, excs);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(SETUP_WITH) {
        Value cm = TOP();
        Value enter = obj_lookup_special(cm, S(__enter__));
        if (!enter) {
            if (!exc_pending())
                raise_TypeError("'%T' object does not support the context manager protocol", cm);
            goto error;
        }
        Value exit = obj_lookup_special(cm, S(__exit__));
        if (!exit) {
            if (!exc_pending())
                raise_TypeError("'%T' object does not support the context manager protocol (missed __exit__ method)", cm);
            goto error;
        }
        TOP() = exit;
        Value res = obj_call0(enter);
        if (!res) goto error;
        Block *b = &f->blocks[f->nblocks++];
        b->type = BLOCK_FINALLY;
        b->handler = oparg;
        b->level = (int32_t)(sp - f->stack);
        PUSH(res);
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        Value cm = TOP();
        Value enter = obj_lookup_special(cm, S(__aenter__));
        if (!enter) {
            if (!exc_pending())
                raise_TypeError("'%T' object does not support the asynchronous context manager protocol", cm);
            goto error;
        }
        Value exit = obj_lookup_special(cm, S(__aexit__));
        if (!exit) {
            if (!exc_pending())
                raise_TypeError("'%T' object does not support the asynchronous context manager protocol (missed __aexit__ method)", cm);
            goto error;
        }
        TOP() = exit;
        Value res = obj_call0(enter);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(SETUP_ASYNC_WITH) {
        Value res = POP();
        Block *b = &f->blocks[f->nblocks++];
        b->type = BLOCK_FINALLY;
        b->handler = oparg;
        b->level = (int32_t)(sp - f->stack);
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Value r = call_exit(THIRD(), TOP());
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) { PUSH(OBJ_VAL(E(AssertionError))); DISPATCH(); }
    TARGET(GEN_START) { sp--; DISPATCH(); }
    TARGET(YIELD_VALUE) {
        retval = POP();
        f->sp = sp;
        f->flags |= FRAME_YIELDED;
        ts->frame = f->prev;
        ts->depth--;
        return retval;
    }
    TARGET(YIELD_FROM) {
        Value v = POP(), it = TOP();
        int done;
        Value r = yf_send(it, v, &done);
        if (!r) goto error;
        if (done) { TOP() = r; DISPATCH(); }
        /* yield r; re-execute YIELD_FROM when resumed */
        ip--;
        f->ip = ip;
        f->sp = sp;
        f->flags |= FRAME_YIELDED;
        ts->frame = f->prev;
        ts->depth--;
        return r;
    }
    TARGET(GET_AWAITABLE) {
        Value it = get_awaitable(TOP(), oparg);
        if (!it) goto error;
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Value o = TOP();
        Value m = obj_lookup_special(o, S(__aiter__));
        if (!m) {
            if (!exc_pending())
                raise_TypeError("'async for' requires an object with __aiter__ method, got %T", o);
            goto error;
        }
        Value it = obj_call0(m);
        if (!it) goto error;
        if (!type_lookup(TYPE(it), S(__anext__))) {
            raise_TypeError("'async for' received an object from __aiter__ that does not implement __anext__: %T", it);
            goto error;
        }
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        Value ait = TOP();
        Value m = obj_lookup_special(ait, S(__anext__));
        if (!m) {
            if (!exc_pending())
                raise_TypeError("'async for' requires an iterator with __anext__ method, got %T", ait);
            goto error;
        }
        Value aw = obj_call0(m);
        if (!aw) goto error;
        if (!IS_TYPE(ait, async_generator)) {
            Value it = get_awaitable(aw, 0);
            if (!it) {
                if (exc_matches(E(TypeError))) {
                    exc_clear();
                    raise_TypeError("'async for' received an invalid object from __anext__: %T", aw);
                }
                goto error;
            }
            aw = it;
        }
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Value e = POP();
        if (exc_given_matches(e, OBJ_VAL(E(StopAsyncIteration)))) {
            Block *b = &f->blocks[--f->nblocks];
            sp = f->stack + b->level + 1;
            Value prev = POP();
            ts->handled = prev == NONE ? 0 : prev;
            sp = f->stack + b->level;
            sp--;               /* the async iterator */
            DISPATCH();
        }
        ts->exc = e;
        goto exception_unwind;
    }
    TARGET(ASYNC_GEN_WRAP) {
        Value w = gen_async_wrap(TOP());
        if (!w) goto error;
        TOP() = w;
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Value v = POP();
        Value hook = obj_lookup_attr(R->sys, S(displayhook));
        if (!hook) {
            if (!exc_pending()) raise_RuntimeError("lost sys.displayhook");
            goto error;
        }
        if (!obj_call1(hook, v)) goto error;
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        Value loc = f->locals;
        if (!loc) { raise_SystemError("no locals found when setting up annotations"); goto error; }
        if (IS_TYPE(loc, dict)) {
            if (!dict_get_str(loc, S(__annotations__)) && dict_set(loc, S(__annotations__), dict_new()) < 0)
                goto error;
        } else {
            Value v = obj_getitem(loc, S(__annotations__));
            if (!v) {
                if (!exc_matches(E(KeyError))) goto error;
                exc_clear();
                if (obj_setitem(loc, S(__annotations__), dict_new()) < 0) goto error;
            }
        }
        DISPATCH();
    }
    TARGET(GET_LEN) {
        int64_t n = obj_len(TOP());
        if (n < 0) goto error;
        PUSH(int_from_i64(n));
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) { Value m_ = BOOL_V(match_mapping(TOP())); PUSH(m_); DISPATCH(); }
    TARGET(MATCH_SEQUENCE) { Value m_ = BOOL_V(match_sequence(TOP())); PUSH(m_); DISPATCH(); }
    TARGET(MATCH_KEYS) {
        Value r = match_keys(SECOND(), TOP());
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        Value kw = POP(), cls = POP(), subj = TOP();
        Value r = match_class(subj, cls, oparg, kw);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(COPY_DICT_WITHOUT_KEYS) {
        Value r = copy_dict_without_keys(SECOND(), TOP());
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(DELETE_LOCALS_NAME_IF) {
        raise_SystemError("unknown opcode %d", (int)INSN_OP(insn));
        goto error;
    }

error:
    /* an exception is pending (TS->exc): record this frame in its traceback */
    if (UNLIKELY(!ts->exc)) raise_SystemError("error return without exception set");
    exc_attach_traceback(ts->exc, f, LASTI());
exception_unwind:
    while (f->nblocks > 0) {
        Block *b = &f->blocks[--f->nblocks];
        if (b->type == BLOCK_EXCEPT_HANDLER) {
            sp = f->stack + b->level + 1;
            Value prev = POP();
            ts->handled = prev == NONE ? 0 : prev;
            sp = f->stack + b->level;
            continue;
        }
        sp = f->stack + b->level;
        int handler = b->handler;
        Block *h = &f->blocks[f->nblocks++];
        h->type = BLOCK_EXCEPT_HANDLER;
        h->level = (int32_t)(sp - f->stack);
        h->handler = -1;
        Value e = exc_fetch();
        PUSH(ts->handled ? ts->handled : NONE);
        PUSH(e);
        ts->handled = e;
        JUMPTO(handler);
        DISPATCH();
    }
    retval = 0;

exit_frame:
    ts->depth--;
    {
        Frame *prev = f->prev;
        ts->frame = prev;
        if (f->flags & FRAME_GEN) {
            f->flags &= ~FRAME_YIELDED;
            f->sp = sp;
            return retval;
        }
        if (f->frameobj) frame_detach(f);
        if (f->flags & FRAME_ENTRY) {
            vm_pop_frame(f);
            return retval;
        }
        int was_init = f->flags & FRAME_INIT;
        vm_pop_frame(f);
        f = prev;
        LOAD_REGS();
        if (!retval) goto error;
        if (UNLIKELY(was_init)) {
            /* the instance is already on the stack; __init__ must return None */
            if (retval != NONE) {
                raise_TypeError("__init__() should return None, not '%s'", TYPE_NAME(retval));
                goto error;
            }
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }
}
