/* kiln bytecode: every instruction listed once, with its stack effect.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in the
 * high 24 bits (INSN_OP / INSN_ARG); no EXTENDED_ARG.  Jump arguments are
 * ABSOLUTE instruction indexes.  "TOS" is the top of the value stack, TOS1 the
 * one below.  Unless noted, semantics are those of the CPython 3.10 opcode of
 * the same name (dis documentation), with these kiln differences:
 *   - exception handlers are entered with 2 values pushed, not 6 (see below);
 *   - BINARY_OP replaces all BINARY_x / INPLACE_x (3.11 style);
 *   - MAKE_FUNCTION takes only the code object (its qualname is in the code);
 *   - JUMP_BACKWARD is the only backward jump (loop counters hang off it).
 *
 * Exceptions (the block stack, as in CPython 3.10).  SETUP_FINALLY(h) pushes
 * a block {handler h, stack level L}.  POP_BLOCK pops it.  When an exception E
 * is raised, the VM pops blocks until it finds a SETUP_FINALLY/SETUP_WITH/
 * SETUP_ASYNC_WITH block (an EXCEPT_HANDLER block found on the way is
 * unwound: stack cut to its level + 1, TS->handled = the value at its level,
 * stack cut to its level).  For the found block at level L: the stack is cut
 * to L, an EXCEPT_HANDLER block at level L is pushed, then the previously
 * handled exception (TS->handled, or None) is pushed, then E; TS->handled = E;
 * jump to h.  So a handler starts with  [... prev_handled, E].
 * POP_EXCEPT pops the EXCEPT_HANDLER block, pops one value (prev_handled) and
 * restores TS->handled from it (None -> 0).  The handler must have popped E
 * (or have it stored) before POP_EXCEPT.  RERAISE pops E and raises it again
 * without adding a traceback entry.  If no block is found the frame returns 0
 * (the exception propagates to the caller).
 *
 * Compilation patterns (the compiler and the VM both follow these):
 *   try: BODY except T as n: H        try: BODY finally: F
 *     SETUP_FINALLY L1                  SETUP_FINALLY L1
 *     BODY                              BODY
 *     POP_BLOCK                         POP_BLOCK
 *     JUMP Lelse                        F            (normal path copy)
 *   L1: LOAD T                          JUMP Lend
 *     CHECK_EXC_MATCH                 L1: F          (exception path copy)
 *     POP_JUMP_IF_FALSE Lnext           RERAISE      ([prev, E]: E re-raised,
 *                                                     POP_EXCEPT not reached:
 *     STORE n   (or POP_TOP)                          the unwinder restores)
 *     SETUP_FINALLY Lclean  (only with "as n": deletes n on the way out)
 *     H
 *     POP_BLOCK
 *     POP_EXCEPT
 *     n = None; del n
 *     JUMP Lend
 *   Lclean: n = None; del n; RERAISE
 *   Lnext: RERAISE
 *   Lelse: ELSE ... Lend:
 *   (return/break/continue inside handlers/finally: the compiler emits
 *    POP_BLOCK / POP_EXCEPT / the finally body copies before the jump,
 *    exactly as CPython 3.10's compiler does.)
 *
 *   with CM as x: BODY
 *     CM; SETUP_WITH L1   -> pushes bound __exit__, pushes __enter__() result,
 *                            and a SETUP_FINALLY-style block (level = below
 *                            the __enter__ result, i.e. exit stays on stack)
 *     STORE x (or POP_TOP); BODY; POP_BLOCK
 *     LOAD_CONST None; DUP_TOP; DUP_TOP; CALL_FUNCTION 3; POP_TOP   (exit(None,None,None))
 *     JUMP Lend
 *   L1: WITH_EXCEPT_START  -> stack [.. exit, prev, E]: calls exit(type(E), E, E.__traceback__), pushes result
 *     POP_JUMP_IF_TRUE Lsupp
 *     RERAISE
 *   Lsupp: POP_TOP (E); POP_EXCEPT; POP_TOP (exit); Lend:
 *
 * String building (ADD_FAST).  For `s += e` and `s = s + e` on a fast local s
 * (index < 32, not a cell) the compiler emits LOAD_FAST s; e; ADD_FAST s, and
 * turns every other LOAD_FAST/STORE_FAST of s in the code object into the
 * _DISOWN variants.  Frame.owned has bit s set only while the str or bytes in
 * slot s was made by ADD_FAST and nothing else refers to it: ADD_FAST sets the
 * bit when it stores a fresh result; the _DISOWN loads and stores, locals(),
 * f_locals and super() clear it.  So ADD_FAST may append to an owned string in
 * place (into spare room of its cell, grown geometrically) and `s += x` in a
 * loop is linear, with no change visible to Python (CPython gets the same
 * from its refcount == 1 resize).
 *
 * Generators: the code object has CO_GENERATOR/CO_COROUTINE/CO_ASYNC_GENERATOR;
 * calling it creates the generator without running.  GEN_START(kind) is the
 * first instruction (pops the initial sent value, must be None).
 */
#ifndef KILN_OPCODES_H
#define KILN_OPCODES_H

#define INSN_OP(w)   ((w) & 0xff)
#define INSN_ARG(w)  ((w) >> 8)
#define INSN(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))

/* X(name, stack effect description) */
#define OPCODES(X) \
    X(NOP,              "")                                                              \
    X(POP_TOP,          "x ->")                                                          \
    X(ROT_TWO,          "a b -> b a")                                                    \
    X(ROT_THREE,        "a b c -> c a b")                                                \
    X(ROT_FOUR,         "a b c d -> d a b c")                                            \
    X(ROT_N,            "arg=n: lifts TOS to position n (CPython 3.10 ROT_N)")           \
    X(DUP_TOP,          "x -> x x")                                                      \
    X(DUP_TOP_TWO,      "a b -> a b a b")                                                \
    X(LOAD_CONST,       "-> consts[arg]")                                                \
    X(LOAD_FAST,        "-> locals[arg] (UnboundLocalError if empty)")                   \
    X(STORE_FAST,       "x -> ; locals[arg] = x")                                        \
    X(DELETE_FAST,      "locals[arg] = empty (UnboundLocalError if empty)")              \
    X(LOAD_DEREF,       "-> cell[arg].v; cells are cellvars then freevars")              \
    X(STORE_DEREF,      "x -> ; cell[arg].v = x")                                        \
    X(DELETE_DEREF,     "cell[arg].v = empty")                                           \
    X(LOAD_CLOSURE,     "-> cell[arg] (the cell object itself)")                         \
    X(LOAD_CLASSDEREF,  "-> locals-dict[name of cell arg] or cell[arg].v (class bodies)")\
    X(LOAD_NAME,        "-> locals/globals/builtins[names[arg]] (NameError)")            \
    X(STORE_NAME,       "x -> ; locals[names[arg]] = x")                                 \
    X(DELETE_NAME,      "del locals[names[arg]]")                                        \
    X(LOAD_GLOBAL,      "-> globals/builtins[names[arg]] (NameError)")                   \
    X(STORE_GLOBAL,     "x -> ; globals[names[arg]] = x")                                \
    X(DELETE_GLOBAL,    "del globals[names[arg]]")                                       \
    X(LOAD_ATTR,        "obj -> obj.names[arg]")                                         \
    X(STORE_ATTR,       "value obj -> ; obj.names[arg] = value")                         \
    X(DELETE_ATTR,      "obj -> ; del obj.names[arg]")                                   \
    X(LOAD_METHOD,      "obj -> meth self  |  NULL(0) bound  (CPython 3.10)")            \
    X(CALL_METHOD,      "meth self a1..an -> result; arg=n  (or 0 f a1..an)")            \
    X(CALL_FUNCTION,    "f a1..an -> f(a1..an); arg=n")                                  \
    X(CALL_FUNCTION_KW, "f a1..an kwnames_tuple -> result; arg=n (incl. keyword values)")\
    X(CALL_FUNCTION_EX, "f args_tuple [kwargs_dict if arg&1] -> f(*args, **kwargs)")     \
    X(BINARY_OP,        "a b -> a op b; arg = BINOP_x, or BINOP_COUNT + BINOP_x for in-place") \
    X(UNARY_POSITIVE,   "x -> +x")                                                       \
    X(UNARY_NEGATIVE,   "x -> -x")                                                       \
    X(UNARY_NOT,        "x -> not x")                                                    \
    X(UNARY_INVERT,     "x -> ~x")                                                       \
    X(COMPARE_OP,       "a b -> a cmp b; arg = CMP_LT..CMP_GE (core.h)")                 \
    X(IS_OP,            "a b -> (a is b) ^ arg")                                         \
    X(CONTAINS_OP,      "a b -> (a in b) ^ arg")                                         \
    X(BINARY_SUBSCR,    "o k -> o[k]")                                                   \
    X(STORE_SUBSCR,     "v o k -> ; o[k] = v")                                           \
    X(DELETE_SUBSCR,    "o k -> ; del o[k]")                                             \
    X(JUMP,             "jump to arg (forward)")                                         \
    X(JUMP_BACKWARD,    "jump to arg (backward: loop edge)")                             \
    X(POP_JUMP_IF_FALSE,"x -> ; jump if not x")                                          \
    X(POP_JUMP_IF_TRUE, "x -> ; jump if x")                                              \
    X(POP_JUMP_IF_NONE, "x -> ; jump if x is None")                                      \
    X(POP_JUMP_IF_NOT_NONE, "x -> ; jump if x is not None")                              \
    X(JUMP_IF_FALSE_OR_POP, "x -> x (jump) | -> (no jump)")                              \
    X(JUMP_IF_TRUE_OR_POP,  "x -> x (jump) | -> (no jump)")                              \
    X(GET_ITER,         "o -> iter(o)")                                                  \
    X(FOR_ITER,         "it -> it next(it) | exhausted: -> (pop it, jump to arg)")       \
    X(GET_YIELD_FROM_ITER, "o -> iter(o) (or o itself if a generator/coroutine)")        \
    X(BUILD_TUPLE,      "a1..an -> (a1..an)")                                            \
    X(BUILD_LIST,       "a1..an -> [a1..an]")                                            \
    X(BUILD_SET,        "a1..an -> {a1..an}")                                            \
    X(BUILD_MAP,        "k1 v1 .. kn vn -> {..}; arg=n")                                 \
    X(BUILD_CONST_KEY_MAP, "v1..vn keys_tuple -> {..}")                                  \
    X(BUILD_STRING,     "s1..sn -> s1+..+sn (all str)")                                  \
    X(BUILD_SLICE,      "start stop [step if arg==3] -> slice")                          \
    X(LIST_APPEND,      "(list at stack[-arg-1]) x -> ; list.append(x)  (comprehensions)") \
    X(SET_ADD,          "(set at stack[-arg-1]) x -> ; set.add(x)")                      \
    X(MAP_ADD,          "(dict at stack[-arg-2]) k v -> ; dict[k] = v")                  \
    X(LIST_EXTEND,      "(list at stack[-arg-1]) it -> ; list.extend(it)")               \
    X(SET_UPDATE,       "(set at stack[-arg-1]) it -> ; set.update(it)")                 \
    X(DICT_UPDATE,      "(dict at stack[-arg-1]) m -> ; dict.update(m)")                 \
    X(DICT_MERGE,       "(dict at stack[-arg-1]) m -> ; like update but duplicate keys raise (f(**a, **b)); stack[-arg-3] is the callee, for the message") \
    X(LIST_TO_TUPLE,    "list -> tuple(list)")                                           \
    X(UNPACK_SEQUENCE,  "seq -> xn .. x1 (x1 on top); arg=n")                            \
    X(UNPACK_EX,        "seq -> ...; arg = before | after << 8 (CPython)")               \
    X(FORMAT_VALUE,     "x [spec if arg&4] -> formatted str; arg&3: 0 none, 1 str, 2 repr, 3 ascii") \
    X(MAKE_FUNCTION,    "[defaults if arg&1] [kwdefaults if arg&2] [annotations if arg&4] [closure tuple if arg&8] code -> function") \
    X(RETURN_VALUE,     "x -> (return x)")                                               \
    X(LOAD_BUILD_CLASS, "-> builtins.__build_class__")                                   \
    X(IMPORT_NAME,      "level fromlist -> module; names[arg]")                          \
    X(IMPORT_FROM,      "module -> module module.names[arg] (ImportError 'cannot import name')") \
    X(IMPORT_STAR,      "module -> ; (copies public names into locals)")                 \
    X(SETUP_FINALLY,    "push block (handler=arg, level=stack depth)")                   \
    X(POP_BLOCK,        "pop block")                                                     \
    X(POP_EXCEPT,       "prev -> ; pop EXCEPT_HANDLER block; TS->handled = prev")        \
    X(RERAISE,          "exc -> (raise exc again; arg unused)")                          \
    X(RAISE_VARARGS,    "arg=0: re-raise TS->handled; 1: exc ->; 2: exc cause ->")       \
    X(CHECK_EXC_MATCH,  "exc type -> exc bool (TypeError if type is not an exception class/tuple)") \
    X(CHECK_EG_MATCH,   "eg type -> rest match (except*; CPython 3.11)")                 \
    X(PREP_RERAISE_STAR,"orig list -> exc_or_None (CPython 3.11)")                       \
    X(SETUP_WITH,       "cm -> exit enter_result; push block(handler=arg)")              \
    X(BEFORE_ASYNC_WITH,"cm -> aexit aenter_awaitable")                                  \
    X(SETUP_ASYNC_WITH, "push block(handler=arg) (after awaiting __aenter__)")           \
    X(WITH_EXCEPT_START,"exit prev E -> exit prev E result")                             \
    X(LOAD_ASSERTION_ERROR, "-> AssertionError")                                         \
    X(GEN_START,        "x -> (first insn of generators; arg: 0 gen, 1 coro, 2 async gen)") \
    X(YIELD_VALUE,      "x -> sent (suspends the frame)")                                \
    X(YIELD_FROM,       "it v -> it | result (CPython 3.10 YIELD_FROM: repeats until StopIteration)") \
    X(GET_AWAITABLE,    "o -> awaitable iter (arg: 0 await, 1 __aenter__, 2 __aexit__)")\
    X(GET_AITER,        "o -> o.__aiter__()")                                            \
    X(GET_ANEXT,        "ait -> ait awaitable(ait.__anext__())")                         \
    X(END_ASYNC_FOR,    "ait prev E -> ; StopAsyncIteration ends the loop, else reraise")\
    X(ASYNC_GEN_WRAP,   "x -> wrapped (value yielded by an async generator)")           \
    X(PRINT_EXPR,       "x -> ; sys.displayhook(x) (interactive)")                       \
    X(SETUP_ANNOTATIONS,"create __annotations__ in locals if absent")                    \
    X(GET_LEN,          "o -> o len(o)")                                                 \
    X(MATCH_MAPPING,    "o -> o bool")                                                   \
    X(MATCH_SEQUENCE,   "o -> o bool")                                                   \
    X(MATCH_KEYS,       "o keys -> o keys values_tuple_or_None")                         \
    X(MATCH_CLASS,      "o cls names -> attrs_tuple_or_None; arg = count of positional")\
    X(COPY_DICT_WITHOUT_KEYS, "o keys -> o keys rest_dict")                              \
    X(COPY,             "copy stack[-arg] to the top (arg >= 1)")                        \
    X(SWAP,             "swap TOS with stack[-arg]")                                     \
    X(DELETE_LOCALS_NAME_IF, "reserved")                                                 \
    X(ADD_FAST,         "a b -> ; locals[arg>>1] = a + b (a += b if arg&1); see below")  \
    X(LOAD_FAST_DISOWN, "-> locals[arg]; the slot stops owning its value (see ADD_FAST)")\
    X(STORE_FAST_DISOWN,"x -> ; locals[arg] = x, not owned (see ADD_FAST)")

#define OP_ENUM(n, d) OP_##n,
enum { OPCODES(OP_ENUM) OP_COUNT };
_Static_assert(OP_COUNT <= 256, "opcodes fit in a byte");

/* Code object flags (as CPython's co_flags). */
enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
    CO_FUTURE_BARRY_AS_BDFL = 0x400000, CO_FUTURE_ANNOTATIONS = 0x1000000,
};

/* A code object (code.c).  All Value fields are tuples of str unless noted. */
typedef struct Code {
    Object hdr;
    Value bytecode;       /* RawBytes: uint32_t instructions (ncode of them) */
    int64_t ncode;
    Value consts;         /* tuple */
    Value names;          /* tuple of str: attribute/global/import names */
    Value varnames;       /* tuple: arguments first, then other locals */
    Value cellvars;       /* tuple: locals captured by inner functions */
    Value freevars;       /* tuple: variables captured from outer functions */
    Value cell2arg;       /* 0, or tuple of ints: for each cellvar, the arg index it copies from, or -1 */
    Value filename, name, qualname;
    Value linetable;      /* RawBytes: int32_t line number per instruction (ncode of them); -1 = none */
    Value exctable;       /* reserved (0) */
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t nlocals;      /* == len(varnames) */
    int32_t stacksize;    /* max value-stack depth */
    int32_t blocksize;    /* max block-stack depth */
    int32_t flags;        /* CO_* */
    int32_t firstlineno;
    Value docstring;      /* unused: the docstring is consts[0] as in CPython when present */
    Value cache;          /* 0, or a ValueArray of per-instruction inline caches (the VM's; traced) */
    Value positions;      /* 0, or RawBytes of CodePosition per instruction (tracebacks' carets) */
} Code;

/* Source range of an instruction (CPython's co_positions): the start line is
 * in linetable; columns are 0-based UTF-8 byte offsets, -1 when unknown. */
typedef struct CodePosition { int32_t end_line; int16_t col, end_col; } CodePosition;

/* code.c */
Value code_new(void);   /* a zeroed Code; the compiler fills the fields */
int code_line_of(Code *c, int64_t insn_index);

#endif
