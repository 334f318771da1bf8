/* kiln VM: private layouts of frames, functions, generators and tracebacks.
 * Only the VM's files (vm.c, code.c, function.c, frame.c, generator.c) and
 * exceptions.c (which reads traceback objects) include this header.
 *
 * Frames (DESIGN.md §6).  A Frame record lives on the per-thread frame stack
 * (a chain of heap chunks traced word by word, TS->frame_stack) or, for a
 * generator/coroutine, inside the generator object.  A record is
 *   Frame header | localsplus[nlocals + ncells + stacksize] | Block[blocksize]
 * localsplus holds the fast locals, then the cells (cellvars then freevars),
 * then the value stack.  A Python-visible frame object (FrameObject) is made
 * lazily (tracebacks, sys._getframe, gi_frame) and points back at the record
 * while it is live; when the record dies the frame object keeps a copy of
 * what it needs (lineno, locals snapshot, f_back). */
#ifndef KILN_VM_H
#define KILN_VM_H

#include "core.h"
#include "opcodes.h"

enum { BLOCK_FINALLY = 1, BLOCK_EXCEPT_HANDLER = 2 };
typedef struct Block { int32_t type, handler, level; } Block;

enum {
    FRAME_ENTRY = 1,       /* returning from this frame returns from eval() to C */
    FRAME_NEWCHUNK = 2,    /* this record opened a new frame-stack chunk */
    FRAME_YIELDED = 4,     /* eval() returned because the frame yielded */
    FRAME_GEN = 8,         /* the record lives in a generator object */
    FRAME_INIT = 16,       /* an inline __init__: the caller keeps the instance, the result must be None */
};

struct Frame {
    Code *code;
    Value globals, builtins;
    Value locals;          /* locals mapping (module/class/exec frames) or 0 */
    Value func;            /* the Function being run, or 0 */
    Frame *prev;           /* caller */
    Value frameobj;        /* FrameObject or 0 */
    Value gen;             /* owning generator or 0 */
    const uint32_t *ip;    /* next instruction (the current one is ip[-1]) */
    Value *sp;             /* value-stack top, saved while not executing */
    Value *stack;          /* value-stack base */
    Block *blocks;
    int32_t nblocks;
    int32_t flags;         /* FRAME_* */
    int32_t size;          /* bytes of the whole record */
    uint32_t owned;        /* bit i: fast local i owns its str/bytes (ADD_FAST, opcodes.h) */
    Value localsplus[];
};

static inline const uint32_t *frame_code_start(Frame *f) {
    return (const uint32_t *)((RawBytes *)f->code->bytecode)->data;
}
/* Index of the instruction being executed (or last executed). */
static inline int frame_lasti(Frame *f) { return (int)(f->ip - frame_code_start(f)) - 1; }
static inline int frame_ncells(Code *c) {
    return (int)(TUPLE_SIZE(c->cellvars) + TUPLE_SIZE(c->freevars));
}
static inline size_t frame_record_size(Code *c) {
    return sizeof(Frame) + (size_t)(c->nlocals + frame_ncells(c) + c->stacksize) * sizeof(Value)
           + (size_t)c->blocksize * sizeof(Block);
}
/* Lay out a record for code c at f (pointers to its stack and blocks). */
static inline void frame_layout(Frame *f, Code *c) {
    f->code = c;
    f->stack = f->localsplus + c->nlocals + frame_ncells(c);
    f->blocks = (Block *)(f->stack + c->stacksize);
    f->size = (int32_t)frame_record_size(c);
}

/* Python-visible frame object (frame.c). */
typedef struct FrameObject {
    Object hdr;
    Frame *frame;          /* live record, or NULL once it died */
    Value code, globals, builtins, locals;
    Value back;            /* f_back once detached (FrameObject or 0) */
    Value fast;            /* ValueArray copy of localsplus (fast locals + cells) once detached */
    Value gen;
    int32_t lasti, lineno; /* valid once detached */
    Value locals_dict;     /* cached f_locals dict of a function frame */
} FrameObject;
Value frame_object_of(Frame *f);     /* make (or find) f's frame object */
void frame_detach(Frame *f);         /* f's record is about to die: copy state into its frame object */
Value frame_locals_dict(Frame *f);   /* locals() of a live record */

typedef struct Traceback {
    Object hdr;
    Value next;            /* Traceback or 0 */
    Value frame;           /* FrameObject */
    int32_t lasti, lineno;
} Traceback;
Value traceback_new(Value next, Value frame, int lasti, int lineno);

/* Functions and friends (function.c). */
typedef struct Function {
    Object hdr;
    Value code, globals, builtins;
    Value name, qualname, doc, module;
    Value defaults;        /* tuple or 0 */
    Value kwdefaults;      /* dict or 0 */
    Value closure;         /* tuple of cells or 0 */
    Value annotations;     /* dict or 0 */
    Value dict;            /* __dict__ or 0 */
} Function;
typedef struct Method { Object hdr; Value func, self; } Method;
typedef struct BuiltinFunction { Object hdr; const MethodDef *def; Value self; Value module; } BuiltinFunction;
/* method_descriptor / classmethod_descriptor */
typedef struct MethodDescr { Object hdr; Type *type; const MethodDef *def; Value name; } MethodDescr;
typedef struct GetSetDescr { Object hdr; Type *type; const GetSetDef *def; Value name; } GetSetDescr;
typedef struct MemberDescr {
    Object hdr; Type *type; Value name; int64_t offset; int32_t kind, readonly;
    Value key;             /* a __slots__ entry: its key in the instance's shape (" name"), else 0 */
} MemberDescr;
enum { MEMBER_OBJECT_EX = 0, MEMBER_OBJECT = 1 };  /* MemberDescr.kind: unset reads raise / read None */
typedef SlotWrapperFn WrapperFn;
typedef struct WrapperDescr {
    Object hdr; Type *type; Value name; WrapperFn wrapper; void *slot; const char *doc;
} WrapperDescr;
typedef struct MethodWrapper { Object hdr; Value descr; Value self; } MethodWrapper;

Value function_new(Value code, Value globals, Value builtins, Value qualname);

/* Generators, coroutines, async generators (generator.c). */
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };
typedef struct Gen {
    Object hdr;
    Value name, qualname, code;
    Value exc_state;       /* the handled exception saved while suspended */
    Value finalizer;       /* async generators: the finalizer hook recorded at the first
                              iteration (None if none, 0 before); called when collected */
    Value fin_link;        /* the collector's pending-finalizer list (type.c's del_*): 0 when
                              not on it, else the next one or an end/done mark */
    int32_t state;         /* GEN_* */
    int32_t kind;          /* 0 generator, 1 coroutine, 2 async generator */
    int32_t ag_running_async, ag_closed;
    int32_t fin_noted;     /* registered with the collector for finalization (gen_note_finalizer) */
    Frame *frame;          /* points into this object, right after the header */
} Gen;
/* The exception being handled as sys.exc_info() sees it: the innermost
   handled one, else the one its caller handled around the innermost running
   generator (whose own state is empty).  vm_gen_outer_enter(caller's handled)
   returns the value to give back to vm_gen_outer_leave() when it stops. */
Value exc_topmost_handled(void);
Value vm_gen_outer_enter(Value caller_handled);
void vm_gen_outer_leave(Value prev);
/* One helper layout serves the awaitable/iterator helpers (types
 * coroutine_wrapper, async_generator_asend and async_generator_athrow):
 * kind CW_CORO: coroutine.__await__() wrapper; CW_ASEND/CW_ATHROW/CW_ACLOSE:
 * an async generator's asend()/athrow()/aclose() awaitables; CW_WRAPPED: a
 * value yielded by an async generator (ASYNC_GEN_WRAP), never seen by Python. */
enum { CW_CORO, CW_ASEND, CW_ATHROW, CW_ACLOSE, CW_WRAPPED };
enum { AW_INIT, AW_ITER, AW_CLOSED };
typedef struct CoroWrapper {
    Object hdr;
    Value target;          /* coroutine / async generator / wrapped value */
    Value arg;             /* asend: the value to send; athrow: the exception */
    int32_t kind, state;
} CoroWrapper;

Value gen_new_from_frame(Frame *f, int kind);   /* copy a bound frame record into a new generator */
/* Resume g: send value v (or throw when exc != 0).  Returns the yielded value
 * with *yielded = 1, the return value with *yielded = 0, or 0 with an
 * exception pending (StopIteration is NOT raised for a plain return). */
Value gen_send_ex(Value g, Value v, Value exc, int *yielded);
Value gen_yieldfrom(Gen *g);                   /* the delegate of a suspended yield from, or 0 */
/* Finalization when collected (CPython's tp_finalize): a generator that may
 * run code on close() (suspended in a try/with block or a yield from), a
 * coroutine never started (the "never awaited" warning) and an async
 * generator with a finalizer hook are noted with the collector; gen_wants_finalizer
 * says whether a dead one still needs its __del__ (gen_finalize). */
bool gen_wants_finalizer(Gen *g);
void gen_finalize(Value g);
bool gen_is_async_wrapped(Value v);
Value gen_async_wrap(Value v);
Value gen_async_unwrap(Value v);

/* vm.c */
Value vm_eval_frame(Frame *f, Value throwflag_exc); /* run a record until it returns/yields */
Frame *vm_push_frame(Code *c);                      /* allocate a zeroed record on the frame stack */
void vm_pop_frame(Frame *f);
/* With no Python frame running: let the collector have this thread's frame
 * stack (before an image is written: a restored process would otherwise
 * write into the image's copy with its first call). */
void vm_drop_frame_stack(void);
int vm_bind_args(Frame *f, Function *fn, const Value *args, size_t nargs, Value kwnames);
Value vm_fetch_stopiteration_value(void);           /* pending StopIteration -> its value (cleared), 0 if another error */

#endif
