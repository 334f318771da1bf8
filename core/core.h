/* kiln core: the value model, the object header, the runtime root and the API
 * every subsystem uses.  Read this page before writing core code.
 *
 * Value model (DESIGN.md §3).  A Value is one machine word.  Low bit 1: a small
 * int (63-bit signed, value = word >> 1).  Low bit 0: a pointer to an 8-byte
 * aligned heap object whose first word is its Type*.  The word 0 is not a
 * Python value: API functions return 0 to say "an exception is pending" (set in
 * TS->exc), exactly as CPython's C API returns NULL.  Functions returning int
 * return -1 with an exception pending.
 *
 * Memory.  Every object lives in the arena at KILN_ARENA_BASE; the runtime Root
 * sits at the very start of the arena, so R (below) is a constant address and
 * the runtime needs no writable C globals.  The GC is a non-moving mark-sweep
 * that scans C stacks conservatively: a Value held in a C local or argument is
 * safe.  A Value stored INSIDE a heap object must be written with STORE() (the
 * write barrier) and must be reachable by the type's trace function.  Never keep
 * a Value in malloc'd memory or a C static across an allocation: the collector
 * cannot see it (use a heap object, or gc_pause()/gc_resume()).
 *
 * Calling convention (CPython's vectorcall): a callable receives
 *   (Value self, const Value *args, size_t nargs, Value kwnames)
 * args[0..nargs) are positional, followed by len(kwnames) keyword values;
 * kwnames is a tuple of str, or 0 when there are no keywords.
 */
#pragma once   /* (helpers append declarations at the end of this file) */

#include "def.h"
#include <stdarg.h>
#include <stdio.h>

typedef uintptr_t Value;
typedef struct Type Type;
typedef struct Object { Type *type; } Object;

/* -- Tagged small ints ------------------------------------------------------ */
#define IS_SMALL(v)   (((v) & 1) != 0)
#define IS_OBJ(v)     (((v) & 1) == 0)
#define SMALL_VAL(v)  ((int64_t)(v) >> 1)
#define MKSMALL(i)    ((Value)(((uint64_t)(int64_t)(i) << 1) | 1))
#define SMALL_MAX     ((int64_t)(((uint64_t)1 << 62) - 1))
#define SMALL_MIN     (-SMALL_MAX - 1)
#define SMALL_FITS(i) ((i) >= SMALL_MIN && (i) <= SMALL_MAX)
#define AS_OBJ(v)     ((Object *)(v))
#define OBJ_VAL(p)    ((Value)(p))
#define AS(T, v)      ((T *)(v))

/* -- Tracing ---------------------------------------------------------------- */
/* visit(v, ctx) for every Value (small ints and 0 are allowed; they are skipped). */
typedef void (*Visitor)(Value v, void *ctx);
/* A type's trace function.  NULL means "scan every word of the cell
 * conservatively" (safe default); trace_leaf means "no Values inside". */
typedef void (*TraceFn)(Object *o, Visitor visit, void *ctx);
void trace_leaf(Object *o, Visitor visit, void *ctx);

/* -- Function pointer types of the slots ----------------------------------- */
typedef Value (*CallFn)(Value self, const Value *args, size_t nargs, Value kwnames);
typedef Value (*UnaryFn)(Value a);
typedef Value (*BinaryFn)(Value a, Value b);          /* may return NotImplemented */
typedef Value (*TernaryFn)(Value a, Value b, Value c);
typedef Value (*RichCmpFn)(Value a, Value b, int op); /* may return NotImplemented */
typedef int (*HashFn)(Value a, int64_t *out);         /* -1: error */
typedef Value (*GetAttrFn)(Value self, Value name);   /* 0 + AttributeError if missing */
typedef int (*SetAttrFn)(Value self, Value name, Value v); /* v == 0: delete */
typedef Value (*DescrGetFn)(Value descr, Value obj, Value type); /* obj may be 0 */
typedef int (*DescrSetFn)(Value descr, Value obj, Value v);     /* v == 0: delete */
typedef Value (*NewFn)(Type *t, const Value *args, size_t nargs, Value kwnames);
typedef int (*InitFn)(Value self, const Value *args, size_t nargs, Value kwnames);
typedef int64_t (*LenFn)(Value self);                /* -1: error */
typedef int (*SetItemFn)(Value self, Value key, Value v); /* v == 0: delete */
typedef int (*InquiryFn)(Value self);                /* 0/1, -1 error */
/* The buffer protocol (CPython's bf_getbuffer, for one C-contiguous dimension):
 * getbuffer fills a BufferView of the object's memory and returns true, or false
 * (no exception) when the object cannot export one now.  format is a struct
 * code ('B' for bytes; array's typecode, 'w' for wchar_t).  The view is valid
 * until the exporter next changes; holders of a lasting view (memoryview) call
 * buffer_export(obj, +1) / (obj, -1), and while exports are live the exporter
 * refuses to resize (BufferError). */
typedef struct BufferView { char *data; int64_t len; int itemsize; char format; bool readonly; } BufferView;
typedef bool (*GetBufferFn)(Value self, BufferView *view);
typedef void (*ExportFn)(Value self, int delta);

enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Method tables: const, in the binary, never in the heap.  Every C method uses
 * the vectorcall signature; self is the bound object (or the module). */
enum { METH_STATIC = 1, METH_CLASS = 2,
       METH_NOARGS = 4, METH_O = 8,     /* no arguments / exactly one: checked by the callers (meth_args_ok) */
       METH_NOKW = 16 };                /* positional arguments only: the callers refuse keywords */
typedef struct MethodDef {
    const char *name;
    CallFn fn;
    int flags;
    const char *doc;
} MethodDef;
typedef struct GetSetDef {
    const char *name;
    Value (*get)(Value self);
    int (*set)(Value self, Value v);   /* NULL: read-only; v == 0: delete */
    const char *doc;
    bool member;                       /* CPython has a READONLY member: "readonly attribute" */
} GetSetDef;

/* -- Types ------------------------------------------------------------------- */
enum {
    TF_BASETYPE   = 1 << 0,  /* may be subclassed */
    TF_HEAPTYPE   = 1 << 1,  /* created by a class statement */
    TF_HAS_SHAPE  = 1 << 2,  /* instances are Instance objects with shape slots */
    TF_INT_SUB    = 1 << 3,  /* fast subclass checks, as CPython's tp_flags */
    TF_STR_SUB    = 1 << 4,
    TF_TUPLE_SUB  = 1 << 5,
    TF_LIST_SUB   = 1 << 6,
    TF_DICT_SUB   = 1 << 7,
    TF_TYPE_SUB   = 1 << 8,
    TF_EXC_SUB    = 1 << 9,  /* BaseException subclass */
    TF_ABSTRACT   = 1 << 10,
    TF_IMMUTABLE  = 1 << 11, /* builtin: attributes can't be set on the type */
    TF_ITEMS      = 1 << 12, /* instances carry a variable part (itemsize) */
};

/* A type object.  Builtin types are embedded in the Root (R->t_list ...) and
 * filled at start-up from their const TypeSpec; classes are heap objects with
 * the same layout.  Slots left NULL are inherited from the base at creation,
 * except where noted.  For heap types, slots are filled with generic functions
 * that look up the dunder in the MRO (type.c). */
struct Type {
    Object hdr;
    Value name;        /* str: __name__ */
    Value qualname;    /* str */
    Value module;      /* str or 0 (builtins) */
    Value doc;         /* str or None */
    Type *base;        /* solid base (NULL only for object) */
    Value bases;       /* tuple of types */
    Value mro;         /* tuple of types, starting with this type */
    Value dict;        /* dict: the namespace (methods, descriptors, ...) */
    Value subclasses;  /* list of subclasses (for cache invalidation), or 0 */
    Value slots_names; /* tuple of __slots__ names or 0 */
    size_t basicsize;  /* bytes of a fixed-size instance (including the header) */
    size_t itemsize;   /* bytes per item in the variable part, 0 if none */
    uint32_t flags;
    uint32_t version;  /* bumped whenever the type or an ancestor changes */
    Value cached_shape;/* root Shape for instances (TF_HAS_SHAPE) */

    TraceFn trace;
    UnaryFn repr, str;
    HashFn hash;            /* NULL in a type that defines __eq__ but not __hash__: unhashable */
    RichCmpFn richcompare;
    GetAttrFn getattr;      /* default: obj_generic_getattr */
    SetAttrFn setattr;      /* default: obj_generic_setattr */
    CallFn call;            /* instances are callable */
    UnaryFn iter;
    UnaryFn next;           /* returns 0 WITHOUT an exception when exhausted */
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    NewFn new_;             /* t.__new__ */
    InitFn init;
    void (*finalize)(Object *o); /* run when an unreachable object is swept (files, sockets) */

    /* number protocol (binary slots follow CPython: called with the operands in
       order; either may be of this type) */
    BinaryFn nb_add, nb_sub, nb_mul, nb_truediv, nb_floordiv, nb_mod, nb_divmod,
             nb_lshift, nb_rshift, nb_and, nb_or, nb_xor, nb_matmul;
    TernaryFn nb_pow;       /* third argument None when absent */
    BinaryFn nb_iadd, nb_isub, nb_imul, nb_itruediv, nb_ifloordiv, nb_imod,
             nb_ilshift, nb_irshift, nb_iand, nb_ior, nb_ixor, nb_imatmul, nb_ipow;
    UnaryFn nb_neg, nb_pos, nb_abs, nb_invert, nb_int, nb_float, nb_index;
    InquiryFn nb_bool;

    /* container protocol */
    LenFn len;
    BinaryFn getitem;
    SetItemFn setitem;
    int (*contains)(Value self, Value item); /* 0/1, -1 error */
    GetBufferFn getbuffer;      /* buffer protocol: NULL for objects that are not bytes-like */
    ExportFn buffer_export;     /* counts live exports (memoryviews) of the buffer */

    const MethodDef *methods;   /* NULL-terminated, copied into dict at creation */
    const GetSetDef *getsets;   /* NULL-terminated */
};

/* The const description of a builtin type; genesis (type.c) turns it into the
 * Type embedded in the Root.  `base` names another builtin type's Root field
 * offset through the BUILTIN_TYPES list (see TYPE_ID below). */
typedef struct TypeSpec {
    const char *name;      /* "list", "collections.OrderedDict" -> module prefix */
    int base;              /* TYPE_ID of the base, or -1 for object */
    size_t basicsize, itemsize;
    uint32_t flags;
    const char *doc;
    TraceFn trace;
    UnaryFn repr, str;
    HashFn hash;
    RichCmpFn richcompare;
    GetAttrFn getattr;
    SetAttrFn setattr;
    CallFn call;
    UnaryFn iter, next;
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    NewFn new_;
    InitFn init;
    void (*finalize)(Object *o);
    BinaryFn nb_add, nb_sub, nb_mul, nb_truediv, nb_floordiv, nb_mod, nb_divmod,
             nb_lshift, nb_rshift, nb_and, nb_or, nb_xor, nb_matmul;
    TernaryFn nb_pow;
    BinaryFn nb_iadd, nb_isub, nb_imul, nb_itruediv, nb_ifloordiv, nb_imod,
             nb_ilshift, nb_irshift, nb_iand, nb_ior, nb_ixor, nb_imatmul, nb_ipow;
    UnaryFn nb_neg, nb_pos, nb_abs, nb_invert, nb_int, nb_float, nb_index;
    InquiryFn nb_bool;
    LenFn len;
    BinaryFn getitem;
    SetItemFn setitem;
    int (*contains)(Value self, Value item);
    GetBufferFn getbuffer;
    ExportFn buffer_export;
    const MethodDef *methods;
    const GetSetDef *getsets;
} TypeSpec;

/* Every builtin type: X(cname, owner file).  Each generates a Root field
 * R->t_<cname> and requires `const TypeSpec <cname>_spec` in the owner file.
 * Exceptions are separate (EXCEPTIONS below).  Order matters: a base comes
 * before its subclasses. */
#define BUILTIN_TYPES(X) \
    X(object, object.c) X(type, type.c) \
    X(int, int.c) X(bool, int.c) X(float, float.c) X(complex, complex.c) \
    X(str, str.c) X(str_iter, str.c) X(str_uiter, str.c) X(bytes, bytes.c) X(bytes_iter, bytes.c) \
    X(bytearray, bytearray.c) X(bytearray_iter, bytearray.c) X(memoryview, bytearray.c) \
    X(tuple, tuple.c) X(tuple_iter, tuple.c) \
    X(list, list.c) X(list_iter, list.c) X(list_reviter, list.c) \
    X(dict, dict.c) X(dict_keys, dict.c) X(dict_values, dict.c) X(dict_items, dict.c) \
    X(dict_keyiter, dict.c) X(dict_valueiter, dict.c) X(dict_itemiter, dict.c) \
    X(dict_revkeyiter, dict.c) X(dict_revvalueiter, dict.c) X(dict_revitemiter, dict.c) \
    X(set, set.c) X(frozenset, set.c) X(set_iter, set.c) \
    X(range, range.c) X(range_iter, range.c) X(longrange_iter, range.c) X(slice, range.c) \
    X(enumerate, iter.c) X(zip, iter.c) X(map, iter.c) X(filter, iter.c) \
    X(reversed, iter.c) X(seq_iter, iter.c) X(callable_iter, iter.c) \
    X(none, singletons.c) X(notimplemented, singletons.c) X(ellipsis, singletons.c) \
    X(function, function.c) X(method, function.c) X(builtin_function, function.c) \
    X(method_descriptor, function.c) X(classmethod_descriptor, function.c) \
    X(getset_descriptor, function.c) X(member_descriptor, function.c) \
    X(wrapper_descriptor, function.c) X(method_wrapper, function.c) \
    X(cell, function.c) X(code, code.c) X(frame, frame.c) X(traceback, frame.c) \
    X(generator, generator.c) X(coroutine, generator.c) X(async_generator, generator.c) \
    X(coroutine_wrapper, generator.c) X(async_generator_asend, generator.c) X(async_generator_athrow, generator.c) \
    X(property, descr.c) X(classmethod, descr.c) X(staticmethod, descr.c) X(super, descr.c) \
    X(module, module.c) X(instance_dict, type.c) X(shape, type.c) \
    X(mappingproxy, descr.c) X(simple_namespace, descr.c) \
    X(generic_alias, genericalias.c) X(generic_alias_iter, genericalias.c) X(union_type, genericalias.c) \
    X(value_array, heap.c) X(byte_array_raw, heap.c) X(stdprinter, sysmodule.c) \
    X(weakref, weakrefmodule.c) X(weakproxy, weakrefmodule.c) X(weakcallableproxy, weakrefmodule.c) \
    X(sre_pattern, sremodule.c) X(sre_match, sremodule.c) X(sre_scanner, sremodule.c) \
    X(sha512, sha512module.c) \
    X(zlib_compress, zlibmodule.c) X(zlib_decompress, zlibmodule.c) X(md5, md5module.c) X(sha1, sha1module.c) X(sha224, sha256module.c) X(sha256, sha256module.c) \
    X(sha3_224, sha3module.c) X(sha3_256, sha3module.c) X(sha3_384, sha3module.c) X(sha3_512, sha3module.c) X(shake_128, sha3module.c) X(shake_256, sha3module.c) X(blake2b, blake2module.c) X(blake2s, blake2module.c) X(socket_obj, socketmodule.c) X(csv_dialect, csvmodule.c) X(csv_reader, csvmodule.c) X(csv_writer, csvmodule.c) \
    X(struct_obj, structmodule.c) X(array, arraymodule.c) X(array_iter, arraymodule.c) \
    X(thread_lock, _thread.c) X(thread_rlock, _thread.c) X(thread_local, _thread.c) X(thread_state, _thread.c) \
    X(picklebuffer, picklemodule.c) \
    X(random, randommodule.c) \
    X(context, contextvarsmodule.c) X(context_var, contextvarsmodule.c) X(context_token, contextvarsmodule.c) X(context_missing, contextvarsmodule.c) \
    X(string_formatter_iter, stringmodule.c) X(string_fieldname_iter, stringmodule.c) \
    X(io_base, iomodule.c) X(io_rawbase, iomodule.c) X(io_bufferedbase, iomodule.c) X(io_textbase, iomodule.c) \
    X(io_nldecoder, io_text.c) X(io_textwrapper, io_text.c) \
    X(io_fileio, io_file.c) X(io_bufferedreader, io_buffered.c) X(io_bufferedwriter, io_buffered.c) \
    X(io_bufferedrandom, io_buffered.c) X(io_bufferedrwpair, io_buffered.c) \
    X(io_bytesio, io_bytes.c) X(io_bytesio_buf, io_bytes.c) X(io_stringio, io_string.c) \
    X(op_itemgetter, operatormodule.c) X(op_attrgetter, operatormodule.c) X(op_methodcaller, operatormodule.c) \
    X(it_count, itertoolsmodule.c) X(it_cycle, itertoolsmodule.c) X(it_repeat, itertoolsmodule.c) X(it_accumulate, itertoolsmodule.c) \
    X(it_chain, itertoolsmodule.c) X(it_compress, itertoolsmodule.c) X(it_dropwhile, itertoolsmodule.c) X(it_takewhile, itertoolsmodule.c) \
    X(it_filterfalse, itertoolsmodule.c) X(it_starmap, itertoolsmodule.c) X(it_groupby, itertoolsmodule.c) X(it_grouper, itertoolsmodule.c) \
    X(it_islice, itertoolsmodule.c) X(it_teedata, itertoolsmodule.c) X(it_tee, itertoolsmodule.c) X(it_zip_longest, itertoolsmodule.c) \
    X(it_pairwise, itertoolsmodule.c) X(it_product, itertoolsmodule.c) X(it_combinations, itertoolsmodule.c) X(it_cwr, itertoolsmodule.c) \
    X(it_permutations, itertoolsmodule.c) \
    X(deque, collectionsmodule.c) X(deque_iter, collectionsmodule.c) X(deque_reviter, collectionsmodule.c) \
    X(defaultdict, collectionsmodule.c) X(tuplegetter, collectionsmodule.c) \
    X(simplequeue, queuemodule.c) \
    X(abc_data, abcmodule.c) \
    X(ft_partial, functoolsmodule.c) X(ft_keywrapper, functoolsmodule.c) X(ft_lru_list_elem, functoolsmodule.c) X(ft_lru_cache_wrapper, functoolsmodule.c)

#define TYPE_FIELD(c, f) Type t_##c;
#define TYPE_ENUM(c, f) TYPE_ID_##c,
enum { BUILTIN_TYPES(TYPE_ENUM) TYPE_ID_COUNT };
#define TYPE_SPEC_DECL(c, f) extern const TypeSpec c##_spec;
BUILTIN_TYPES(TYPE_SPEC_DECL)

/* The exception hierarchy: X(Name, BaseName, owner struct) -> R->e_Name.  The
 * owner struct says which C layout instances use (exceptions.c). */
#define EXCEPTIONS(X) \
    X(BaseException, BaseException) /* the root: its base is object */ \
    X(SystemExit, BaseException) X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) X(BaseExceptionGroup, BaseException) \
    X(Exception, BaseException) \
    X(ExceptionGroup, Exception) \
    X(StopIteration, Exception) X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) X(AttributeError, Exception) \
    X(BufferError, Exception) X(EOFError, Exception) \
    X(ImportError, Exception) X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) X(IndexError, LookupError) X(KeyError, LookupError) \
    X(MemoryError, Exception) X(NameError, Exception) X(UnboundLocalError, NameError) \
    X(OSError, Exception) X(BlockingIOError, OSError) X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) X(ProcessLookupError, OSError) X(TimeoutError, OSError) \
    X(ReferenceError, Exception) X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError) \
    X(SystemError, Exception) X(TypeError, Exception) \
    X(ValueError, Exception) X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) X(DeprecationWarning, Warning) \
    X(PendingDeprecationWarning, Warning) X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) X(UserWarning, Warning) X(FutureWarning, Warning) \
    X(ImportWarning, Warning) X(UnicodeWarning, Warning) X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) X(EncodingWarning, Warning)
#define EXC_FIELD(n, b) Type e_##n;

/* Interned names: X(ident) gives S(ident), an interned str Value of the same
 * spelling.  Add names freely (one per line in core/names.def). */
#define NAME(n) NAME_##n,
enum {
#include "names.def"
    NAME_COUNT
};
#undef NAME
#define S(n) (R->names[NAME_##n])

/* -- Well-known object layouts -------------------------------------------- */
typedef struct Float { Object hdr; double v; } Float;
typedef struct Complex { Object hdr; double re, im; } Complex;
typedef struct BigInt {          /* ints outside the small range; sign-magnitude */
    Object hdr;
    int64_t size;                /* number of digits; negative for negative ints */
    uint32_t digits[];           /* base 2^32, least significant first */
} BigInt;
typedef struct Str {             /* immutable UTF-8 string */
    Object hdr;
    int64_t length;              /* in code points */
    int64_t nbytes;              /* UTF-8 bytes, excluding the trailing NUL */
    int64_t hash;                /* -1: not computed yet */
    uint32_t flags;              /* STR_ASCII, STR_INTERNED */
    uint32_t pad_;
    Value index;                 /* 0, or a byte_array_raw of code point -> byte offsets every 64 chars */
    char data[];                 /* nbytes + 1 bytes, NUL-terminated */
} Str;
enum { STR_ASCII = 1, STR_INTERNED = 2 };
typedef struct Bytes { Object hdr; int64_t size; int64_t hash; char data[]; } Bytes;
typedef struct ValueArray { Object hdr; int64_t cap; Value items[]; } ValueArray;
typedef struct RawBytes { Object hdr; int64_t cap; char data[]; } RawBytes;
typedef struct Tuple { Object hdr; int64_t size; int64_t hash; Value items[]; } Tuple;
typedef struct List { Object hdr; int64_t size; ValueArray *items; } List;
typedef struct Cell { Object hdr; Value v; } Cell;   /* v == 0: empty */

/* Compact insertion-ordered dict (DESIGN.md §3).  Layout private to dict.c. */
typedef struct Dict Dict;

/* Instances of classes: a shape maps names to slot indices (type.c). */
typedef struct Shape Shape;
typedef struct Instance {
    Object hdr;
    Shape *shape;        /* attribute layout; NULL once a real __dict__ dict took over */
    Value dict;          /* 0, or the materialised __dict__ (an instance_dict/dict) */
    ValueArray *slots;   /* attribute values, indexed by the shape */
    Value weaklist;      /* reserved for weak references */
} Instance;
/* A builtin-subclass instance (class D(dict)) starts with the builtin layout and
 * has an Instance-like tail at type->basicsize - sizeof(InstanceTail). */
typedef struct InstanceTail { Shape *shape; Value dict; ValueArray *slots; Value weaklist; } InstanceTail;

typedef struct Module {
    Object hdr;
    Value dict;          /* its globals (a dict) */
    Value name;
    const struct ModuleDef *def; /* C module description or NULL */
    Value state;         /* for C modules: a heap object of their choosing, or 0 */
} Module;

/* Builtin C modules register a const ModuleDef; the import system finds it by name. */
typedef struct ModuleDef {
    const char *name;
    const char *doc;
    const MethodDef *methods;
    int (*exec)(Value module);   /* fills the module dict; -1 error */
} ModuleDef;
/* Every C builtin module: X(cname, "dotted name"), each file defines
 * `const ModuleDef <cname>_module`. */
#define BUILTIN_MODULES(X) \
    X(builtins, "builtins") X(sys, "sys") X(kiln, "kiln") X(time, "time") X(math, "math") \
    X(posix, "posix") X(errno, "errno") X(_sha512, "_sha512") X(_signal, "_signal") X(gc, "gc") X(atexit, "atexit") X(_stat, "_stat") \
    X(_posixsubprocess, "_posixsubprocess") X(select, "select") X(fcntl, "fcntl") X(pwd, "pwd") X(resource, "resource") \
    X(_json, "_json") \
    X(zlib, "zlib") X(_md5, "_md5") X(_sha1, "_sha1") X(_sha256, "_sha256") X(_sha3, "_sha3") X(_blake2, "_blake2") X(binascii, "binascii") X(_socket, "_socket") X(_csv, "_csv") \
    X(_weakref, "_weakref") X(_sre, "_sre") X(_struct, "_struct") X(array, "array") X(_ast, "_ast") X(marshal, "marshal") X(unicodedata, "unicodedata") \
    X(_thread, "_thread") X(_locale, "_locale") X(_pickle, "_pickle") \
    X(_random, "_random") \
    X(_contextvars, "_contextvars") \
    X(_string, "_string") X(_codecs, "_codecs") \
    X(_operator, "_operator") X(_collections, "_collections") \
    X(_io, "_io") \
    X(_warnings, "_warnings") \
    X(_bisect, "_bisect") X(_heapq, "_heapq") X(cmath, "cmath") \
    X(itertools, "itertools") \
    X(grp, "grp") \
    X(_queue, "_queue") \
    X(termios, "termios") \
    X(_abc, "_abc") \
    X(_functools, "_functools") \
    X(faulthandler, "faulthandler")
#define MODULE_DECL(c, n) extern const ModuleDef c##_module;
BUILTIN_MODULES(MODULE_DECL)

/* Exceptions: a BaseException instance (exceptions.c owns the layout details). */
typedef struct ExcObject {
    Object hdr;
    Value args;          /* tuple */
    Value traceback;     /* traceback object or None/0 */
    Value context, cause;/* exception or 0 */
    Value notes;         /* list or 0 */
    bool suppress_context;
    InstanceTail tail;   /* user attributes (subclasses, e.errno ...) */
    Value extra[8];      /* per-subclass fields: StopIteration.value, OSError errno/strerror/filename/filename2, SyntaxError fields, ... (exceptions.c documents) */
} ExcObject;

/* -- Thread state ------------------------------------------------------------ */
typedef struct Frame Frame;       /* vm.c */
typedef struct ThreadState {
    Object hdr;
    Value exc;            /* pending (being raised) exception object, or 0 */
    Value handled;        /* sys.exc_info()[1]: the exception being handled, or 0 */
    Frame *frame;         /* innermost executing Python frame */
    int depth;            /* Python recursion depth */
    int recursion_limit;
    void *c_stack_base;   /* for the conservative scan (process-local, set at start) */
    Value frame_stack;    /* vm.c: the heap object holding this thread's frames and value stacks */
    Value vm_state;       /* vm.c: any other per-thread VM state (a heap object of its choosing) */
    struct ThreadState *next; /* gil.c: every live thread's state, chained from R->ts */
    void *c_stack_sp;     /* gil.c: while this thread has let go of the GIL, its stack pointer (the GC scans sp..base) */
    uintptr_t regs[6];    /* gil.c: ... and its callee-saved registers (scanned with the state) */
    Value context;        /* _contextvars: the thread's current Context, 0 until first used */
    uint64_t ident;       /* pthread_self() of the thread (_thread.get_ident()): faulthandler's dumps */
} ThreadState;

/* -- The runtime root: at KILN_ARENA_BASE, every GC root is a field here ---- */
typedef struct Root {
    Object hdr;
    uint64_t magic;
    BUILTIN_TYPES(TYPE_FIELD)
    EXCEPTIONS(EXC_FIELD)
    Object none, notimplemented, ellipsis;   /* singletons */
    struct { Object hdr; int64_t v; } false_, true_; /* bools: layout of a 0/1 int (see int.c) */
    Value names[NAME_COUNT];                 /* interned identifiers */
    Value interned;                          /* dict str -> str: the intern table */
    Value empty_str, empty_tuple, empty_bytes;
    Value char_cache[256];                   /* 1-char strings for code points < 256 */
    Value byte_cache[256];                   /* 1-byte bytes objects */
    Value builtins;                          /* the builtins module */
    Value builtins_dict;
    Value sys;                               /* the sys module */
    Value modules;                           /* sys.modules dict */
    Value main_module;
    Value argv;                              /* list */
    Value memory_error;                      /* preallocated MemoryError instance */
    uint64_t hash_k0, hash_k1;               /* siphash secret (per image) */
    ThreadState ts;                          /* the main thread */
    ThreadState *cur_ts;
    Value extra_roots;                       /* list: module-level C state holders */
    int flag_optimize, flag_verbose, flag_no_site, flag_isolated, flag_ignore_env, flag_unbuffered;
    int flag_no_debug_ranges;                /* -X no_debug_ranges / PYTHONNODEBUGRANGES: no caret lines */
    int flag_dont_write_bytecode;            /* -B / PYTHONDONTWRITEBYTECODE: initial sys.dont_write_bytecode */
    int restored;                            /* a process restored from an image (kiln.is_restored()) */
    int locale_pending;                      /* localemodule.c: a restore's LC_CTYPE is still to be set */
    int nss_ready;                           /* main.c: a static kiln's name services are set up (this process) */
    Value import_state;                      /* import.c */
    uintptr_t weak_head_inv;                 /* weakrefmodule.c: ~(first weakref); inverted so no scan sees it */
    Value gil;                               /* gil.c: the global interpreter lock (raw bytes), 0 until needed */
    Value faulthandler;                      /* faulthandlermodule.c: its state, read by its signal handlers; 0 until imported */
    int gc_collecting;                       /* nonzero while the finalizers a collection found run (faulthandler's reports) */
    Value cstr_cache;                        /* str.c: raw bytes, str_intern_cstr's results by C pointer (untraced: interned strs live on) */
} Root;

#define R   ((Root *)KILN_ARENA_BASE)
#define TS  (R->cur_ts)
#define NONE        OBJ_VAL(&R->none)
#define TRUE_V      OBJ_VAL(&R->true_)
#define FALSE_V     OBJ_VAL(&R->false_)
#define NOTIMPL     OBJ_VAL(&R->notimplemented)
#define ELLIPSIS_V  OBJ_VAL(&R->ellipsis)
#define BOOL_V(c)   ((c) ? TRUE_V : FALSE_V)
#define T(c)        (&R->t_##c)          /* builtin type: T(list) */
#define E(n)        (&R->e_##n)          /* builtin exception type: E(TypeError) */

static ALWAYS_INLINE Type *TYPE(Value v) { return IS_SMALL(v) ? T(int) : AS_OBJ(v)->type; }
#define IS_TYPE(v, c)  (IS_OBJ(v) && AS_OBJ(v)->type == T(c))  /* exact builtin type */
#define IS_INT(v)      (IS_SMALL(v) || type_is_subtype(TYPE(v), T(int)))
#define IS_STR(v)      (IS_OBJ(v) && (AS_OBJ(v)->type == T(str) || (AS_OBJ(v)->type->flags & TF_STR_SUB)))
#define IS_TUPLE(v)    (IS_OBJ(v) && (AS_OBJ(v)->type == T(tuple) || (AS_OBJ(v)->type->flags & TF_TUPLE_SUB)))
#define IS_LIST(v)     (IS_OBJ(v) && (AS_OBJ(v)->type == T(list) || (AS_OBJ(v)->type->flags & TF_LIST_SUB)))
#define IS_DICT(v)     (IS_OBJ(v) && (AS_OBJ(v)->type == T(dict) || (AS_OBJ(v)->type->flags & TF_DICT_SUB)))
#define IS_TYPEOBJ(v)  (IS_OBJ(v) && (AS_OBJ(v)->type == T(type) || (AS_OBJ(v)->type->flags & TF_TYPE_SUB)))
#define IS_EXC(v)      (IS_OBJ(v) && (AS_OBJ(v)->type->flags & TF_EXC_SUB))
#define IS_FLOAT(v)    (IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, T(float)))
#define IS_BOOL(v)     ((v) == TRUE_V || (v) == FALSE_V)
#define TYPE_NAME(v)   (((Str *)TYPE(v)->name)->data)   /* const char *, for messages */
#define STR_DATA(v)    (((Str *)(v))->data)
#define STR_NBYTES(v)  (((Str *)(v))->nbytes)
#define TUPLE_SIZE(v)  (((Tuple *)(v))->size)
#define TUPLE_ITEMS(v) (((Tuple *)(v))->items)
#define LIST_SIZE(v)   (((List *)(v))->size)
#define LIST_ITEMS(v)  (((List *)(v))->items->items)
#define FLOAT_VAL(x)   (((Float *)(x))->v)

/* -- Heap and GC (core/heap.c, core/arena.c) ------------------------------- */
void heap_init(void);                      /* map the arena; the Root page(s) zeroed */
Object *gc_alloc(Type *t, size_t nbytes);  /* zeroed, header set; never NULL (fatal / MemoryError path) */
Object *gc_alloc_noscan(Type *t, size_t nbytes); /* same, for objects with no Values inside */
/* Allocation kinds: HEAP_NOSCAN, no Values inside (the marker never reads
 * the object); HEAP_FROZEN, rarely written once built (str, bytes, tuple,
 * numbers, functions, classes, descriptors, bytecode): such objects fill 2 MiB chunks of their
 * own, so the chunks of an image that a restored process only reads stay
 * mapped by huge pages (a write breaks a huge mapping up). */
enum { HEAP_NOSCAN = 1, HEAP_FROZEN = 2 };
Object *gc_alloc_kind(Type *t, size_t nbytes, unsigned kind);
void gc_collect(void);
void gc_pause(void);                       /* nestable: no collection until resumed */
void gc_resume(void);
size_t gc_cell_size(const void *p);
bool heap_contains(const void *p);         /* p points at the start of a live object */
/* The write barrier records nothing yet (no generations): inline, so a STORE costs a store. */
static ALWAYS_INLINE void gc_write_barrier(Object *o) { (void)o; }
/* The write barrier: every store of a Value into a heap object goes through it. */
#define STORE(obj, field, val) do { Value v__ = (val); gc_write_barrier((Object *)(obj)); (obj)->field = v__; } while (0)
#define STORE_AT(obj, ptr, val) do { Value v__ = (val); gc_write_barrier((Object *)(obj)); *(ptr) = v__; } while (0)
ValueArray *value_array_new(int64_t cap);  /* items zeroed */
RawBytes *raw_bytes_new(int64_t cap);
RawBytes *raw_bytes_frozen(int64_t cap);   /* the same, HEAP_FROZEN (bytecode and its tables) */

/* -- Errors (exceptions.c) -------------------------------------------------- */
/* Format: printf-like with extras: %S = str() of a Value, %R = repr() of a
 * Value, %T = type name of a Value (CPython's tp_name), %A = the same but
 * "None" for None (argument-parser messages: "must be str, not None"), %U = a str Value's text, %N = name of a
 * Type*.  %s %d %i %u %ld %lld %zd %zu %c %x %p %% as in printf. */
Value raise_fmt(Type *exc, const char *fmt, ...);   /* always returns 0 */
Value raise_value(Value exc);                       /* exc: instance or class; returns 0 */
Value raise_type_noargs(Type *exc);                 /* raise E() */
#define raise_TypeError(...)      raise_fmt(E(TypeError), __VA_ARGS__)
#define raise_ValueError(...)     raise_fmt(E(ValueError), __VA_ARGS__)
#define raise_IndexError(...)     raise_fmt(E(IndexError), __VA_ARGS__)
#define raise_AttributeError(...) raise_fmt(E(AttributeError), __VA_ARGS__)
#define raise_OverflowError(...)  raise_fmt(E(OverflowError), __VA_ARGS__)
#define raise_ZeroDivisionError(...) raise_fmt(E(ZeroDivisionError), __VA_ARGS__)
#define raise_RuntimeError(...)   raise_fmt(E(RuntimeError), __VA_ARGS__)
#define raise_NameError(...)      raise_fmt(E(NameError), __VA_ARGS__)
#define raise_SystemError(...)    raise_fmt(E(SystemError), __VA_ARGS__)
#define raise_NotImplementedError(...) raise_fmt(E(NotImplementedError), __VA_ARGS__)
Value raise_KeyError(Value key);                    /* KeyError(key) */
Value raise_StopIteration(Value v);                 /* StopIteration(v), v may be 0 */
Value raise_errno(Type *exc_or_null, int err, Value filename); /* OSError subclass chosen from errno when NULL */
Value raise_memory(void);
bool exc_pending(void);
bool exc_matches(Type *t);            /* pending exception is an instance of t */
void exc_attribute_context(Value obj, Value name);  /* a pending AttributeError learns .name/.obj */
Value exc_fetch(void);                /* take the pending exception (0 if none) */
void exc_restore(Value exc);          /* set it pending again */
void exc_clear(void);
bool exc_given_matches(Value exc, Value cls);  /* cls: type or tuple of types */
Value exc_new(Type *t, const Value *args, size_t nargs);
void exc_set_context_cause(Value exc, Value context); /* implicit chaining */
void exc_print(Value exc, FILE *f);   /* traceback + "Type: msg" as CPython, with chains */
int exc_attach_traceback(Value exc, Frame *f, int lasti); /* vm.c calls when unwinding */

/* -- Abstract object protocol (object.c) ------------------------------------- */
Value obj_repr(Value v);             /* str */
Value obj_str(Value v);              /* str */
Value obj_ascii(Value v);
Value obj_format(Value v, Value spec);
int obj_hash(Value v, int64_t *out);
int obj_truthy(Value v);             /* 0/1, -1 error */
Value obj_richcompare(Value a, Value b, int op);
int obj_eq(Value a, Value b);        /* 0/1/-1; identity shortcut first */
int obj_compare_bool(Value a, Value b, int op);
Value obj_getattr(Value v, Value name);          /* name is a str */
Value obj_getattr_cstr(Value v, const char *name);
Value obj_lookup_attr(Value v, Value name);      /* like getattr but returns 0 with NO exception if AttributeError */
int obj_setattr(Value v, Value name, Value val); /* val == 0 -> del */
int obj_hasattr(Value v, Value name);
Value obj_generic_getattr(Value v, Value name);  /* object.__getattribute__ */
int obj_generic_setattr(Value v, Value name, Value val);
Value obj_call(Value f, const Value *args, size_t nargs, Value kwnames);
Value obj_call0(Value f);
Value obj_call1(Value f, Value a);
Value obj_call2(Value f, Value a, Value b);
Value obj_call_tuple_dict(Value f, Value args, Value kwargs); /* f(*args, **kwargs); kwargs may be 0 */
Value obj_call_method(Value obj, Value name, const Value *args, size_t nargs); /* obj.name(*args) */
Value obj_lookup_special(Value obj, Value name); /* type(obj).name bound to obj, or 0 without exception */
Value obj_getitem(Value o, Value k);
int obj_setitem(Value o, Value k, Value v);
int obj_delitem(Value o, Value k);
int obj_contains(Value container, Value item);   /* 0/1/-1 ('in') */
int64_t obj_len(Value v);                        /* -1 error; "object of type 'X' has no len()" */
/* PyObject_LengthHint: len(), else __length_hint__(), else dflt (>= 0); -1 error
 * (TypeError from either counts as "no hint"). */
int64_t obj_length_hint(Value v, int64_t dflt);
Value obj_iter(Value v);
Value obj_next(Value it);       /* 0 and no exception: exhausted; 0 with exception: error */
int obj_isinstance(Value v, Value cls);          /* cls: type, tuple, or __instancecheck__ */
int obj_issubclass(Value c, Value cls);
Value obj_index(Value v);                        /* __index__ -> int */
int obj_as_ssize(Value v, int64_t *out, Type *overflow_exc); /* via __index__ */
int obj_ssize_arg(Value v, int64_t *out);       /* a Py_ssize_t argument: "Python int too large to convert to C ssize_t" */
Value obj_binop(Value a, Value b, int op);       /* op: an OP_ number from BINOPS below */
Value obj_inplace_binop(Value a, Value b, int op);
Value obj_neg(Value v), obj_pos(Value v), obj_invert(Value v), obj_abs(Value v);
Value obj_pow(Value a, Value b, Value mod);      /* mod: NONE if absent */
Value obj_dir(Value v);
bool obj_is_callable(Value v);
Value obj_type_call(Type *t, const Value *args, size_t nargs, Value kwnames); /* t(...) */

/* Binary operators, in CPython 3.11's NB_ order (BINARY_OP's oparg). */
#define BINOPS(X) \
    X(ADD, "+", nb_add, nb_iadd, __add__, __radd__, __iadd__) \
    X(AND, "&", nb_and, nb_iand, __and__, __rand__, __iand__) \
    X(FLOOR_DIVIDE, "//", nb_floordiv, nb_ifloordiv, __floordiv__, __rfloordiv__, __ifloordiv__) \
    X(LSHIFT, "<<", nb_lshift, nb_ilshift, __lshift__, __rlshift__, __ilshift__) \
    X(MATRIX_MULTIPLY, "@", nb_matmul, nb_imatmul, __matmul__, __rmatmul__, __imatmul__) \
    X(MULTIPLY, "*", nb_mul, nb_imul, __mul__, __rmul__, __imul__) \
    X(REMAINDER, "%", nb_mod, nb_imod, __mod__, __rmod__, __imod__) \
    X(OR, "|", nb_or, nb_ior, __or__, __ror__, __ior__) \
    X(POWER, "**", nb_pow, nb_ipow, __pow__, __rpow__, __ipow__) \
    X(RSHIFT, ">>", nb_rshift, nb_irshift, __rshift__, __rrshift__, __irshift__) \
    X(SUBTRACT, "-", nb_sub, nb_isub, __sub__, __rsub__, __isub__) \
    X(TRUE_DIVIDE, "/", nb_truediv, nb_itruediv, __truediv__, __rtruediv__, __itruediv__) \
    X(XOR, "^", nb_xor, nb_ixor, __xor__, __rxor__, __ixor__)
#define BINOP_ENUM(n, s, f, fi, d, r, i) BINOP_##n,
enum { BINOPS(BINOP_ENUM) BINOP_COUNT };

/* -- Argument parsing (object.c) ------------------------------------------- */
/* Parse vectorcall arguments of a C function named fname.  names[] lists the
 * parameter names (NULL-terminated; "" for positional-only).  The first
 * `nrequired` are required.  Missing optional ones are left 0 in out[].
 * Raises CPython's messages ("f() takes at most 2 arguments (3 given)",
 * "'x' is an invalid keyword argument for f()", "f() missing required argument
 * 'x' (pos 1)").  Returns -1 on error. */
int args_parse(const char *fname, const Value *args, size_t nargs, Value kwnames,
               const char *const *names, int nrequired, Value *out);
int args_no_kw(const char *fname, Value kwnames);        /* "f() takes no keyword arguments" */
int args_count(const char *fname, size_t nargs, size_t min, size_t max); /* CPython's messages */

/* -- int (int.c) ------------------------------------------------------------ */
Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_double(double d);                   /* raises on inf/nan like int(float) */
Value int_from_str(const char *s, size_t len, int base);  /* int('..', base) semantics incl. errors */
int64_t int_max_str_digits(void);                  /* sys.get_int_max_str_digits() (0: no limit) */
int int_as_i64(Value v, int64_t *out);             /* OverflowError "Python int too large to convert to C long" */
double int_as_double(Value v, int *overflow);      /* correctly rounded */
int int_sign(Value v);
Value int_repr(Value v);
Value int_to_base_str(Value v, int base);          /* bin/oct/hex/str with 0b/0o/0x prefixes */
int int_compare(Value a, Value b);                 /* -1/0/1; both ints */
int64_t int_hash_of(Value v);                      /* CPython's numeric hash (mod 2^61-1) */
/* -- float (float.c) ------------------------------------------------------ */
Value float_new(double d);
Value float_repr_of(double d);                     /* CPython's shortest repr */
int float_as_double(Value v, double *out);         /* int/float/__float__ -> double, -1 error */
int64_t float_hash_of(double d);
/* -- str (str.c) ------------------------------------------------------------ */
Value str_new(const char *utf8, size_t nbytes);    /* validates nothing: caller gives valid UTF-8 */
Value str_from_cstr(const char *s);
Value str_fmt(const char *fmt, ...);               /* same format as raise_fmt */
Value str_vfmt(const char *fmt, va_list ap);
Value str_intern(Value s);                         /* the interned copy */
Value str_intern_cstr(const char *s);
Value str_concat(Value a, Value b);
bool str_eq(Value a, Value b);                      /* both str */
bool str_eq_cstr(Value a, const char *s);
int64_t str_hash_of(Value s);
Value str_repr(Value s);
Value str_from_codepoint(uint32_t cp);
Value str_join(Value sep, Value iterable);
Value str_format_percent(Value fmt, Value args);   /* fmt % args */
Value str_format_spec(Value v, Value spec);        /* format() for str */
/* A growable UTF-8 buffer for building strings (malloc-backed; contains no Values). */
typedef struct StrBuf { char *data; size_t len, cap; } StrBuf;
void sb_init(StrBuf *b);
void sb_free(StrBuf *b);
void sb_add(StrBuf *b, const char *s, size_t n);
void sb_adds(StrBuf *b, const char *s);
void sb_addc(StrBuf *b, char c);
void sb_add_cp(StrBuf *b, uint32_t cp);            /* encode a code point */
void sb_printf(StrBuf *b, const char *fmt, ...) PRINTF(2, 3);
Value sb_finish(StrBuf *b);                        /* -> str, frees the buffer */
int sb_add_call_args(StrBuf *b, Value args, Value kwds); /* ", a, k=v" reprs of a call; -1 error */
/* -- bytes (bytes.c) -------------------------------------------------------- */
Value bytes_new(const char *data, size_t n);
Value bytes_repr_of(const char *data, size_t n, char quote_prefix);
/* -- tuple, list (tuple.c, list.c) ------------------------------------------- */
Value tuple_new(int64_t n);                        /* items 0: fill with STORE-free init before publishing */
Value tuple_from(const Value *items, int64_t n);
Value tuple_pack(int64_t n, ...);
Value list_new(int64_t n);                         /* n items, all None */
Value list_from(const Value *items, int64_t n);
int list_append(Value list, Value v);
Value list_from_iter(Value iterable);              /* list(iterable) */
Value tuple_from_iter(Value iterable);
int list_sort(Value list, Value key, bool reverse);
/* -- dict (dict.c) ----------------------------------------------------------- */
Value dict_new(void);
Value dict_get(Value d, Value key);                 /* 0 without exception if missing; 0 + exc on error */
Value dict_get_str(Value d, Value key);             /* key is an exact str: no error possible */
Value dict_get_cstr(Value d, const char *key);
int dict_set(Value d, Value key, Value v);
int dict_set_cstr(Value d, const char *key, Value v);
int dict_del(Value d, Value key);                   /* KeyError if missing */
int64_t dict_size(Value d);
bool dict_next(Value d, int64_t *pos, Value *key, Value *val);  /* iterate: pos starts at 0 */
Value dict_copy(Value d);
int dict_update(Value d, Value other);              /* mapping or iterable of pairs */
int dict_merge_kwargs(Value d, Value mapping);      /* for f(**m): "keywords must be strings" */
uint64_t dict_version(Value d);                     /* changes on every mutation (for inline caches) */
/* Known-hash variants (h = hash(key), computed once by the caller: lru_cache) */
Value dict_get_hashed(Value d, Value key, int64_t h);        /* 0 without exception if missing */
int dict_set_hashed(Value d, Value key, int64_t h, Value v);
Value dict_pop_hashed(Value d, Value key, int64_t h, Value dflt); /* dflt when missing; 0 on error */
/* -- set (set.c) ------------------------------------------------------------- */
Value set_new(void);
Value frozenset_new(void);
int set_add(Value s, Value v);
int set_contains(Value s, Value v);
bool set_next(Value s, int64_t *pos, Value *key);
/* -- range, slice (range.c) ------------------------------------------------- */
Value slice_new(Value start, Value stop, Value step);
/* Normalise a slice against a length: CPython's PySlice_GetIndicesEx; -1 error. */
int slice_indices(Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen);
/* -- types and classes (type.c) -------------------------------------------- */
bool type_is_subtype(Type *a, Type *b);             /* via mro */
Value type_lookup(Type *t, Value name);             /* MRO lookup of a str name: 0 (no exception) if missing */
Value type_new_class(Value metatype, Value name, Value bases, Value ns, Value kwds); /* type(name, bases, ns) */
Value instance_new(Type *t);                        /* bare instance of a class, no __init__ */
void type_modified(Type *t);                        /* bump version, notify subclasses */
/* -- functions and builtins (function.c) ----------------------------------- */
Value builtin_function_new(const MethodDef *def, Value self, Value module);
Value method_new(Value func, Value self);           /* bound method */
Value cell_new(Value v);
/* -- modules (module.c, import.c) ------------------------------------------- */
Value module_new(Value name);
Value module_from_def(const ModuleDef *def);
bool module_spec_initializing(Value spec);          /* spec._initializing is true (errors cleared) */
Value io_open_builtin(void);                         /* iomodule.c: builtins.open, the object _io.open is */
Value import_module(Value name);                    /* absolute import, returns the module */
Value import_name(Value name, Value globals, Value fromlist, int level); /* __import__ */
/* -- the VM (vm.c) ----------------------------------------------------------- */
Value vm_run_code(Value code, Value globals, Value locals);  /* exec a module/eval code object */
Value vm_run_code_closure(Value code, Value globals, Value locals, Value closure); /* exec(code, closure=) */
int vm_run_prelude(Value d, const char *src, size_t len, const char *name); /* a C module's Python part, in its dict */
#define RUN_PRELUDE(d, src, name) vm_run_prelude((d), (src), sizeof(src) - 1, (name))
Value vm_call_function(Value func, const Value *args, size_t nargs, Value kwnames);
/* -- compiling (compile.c) -------------------------------------------------- */
/* Compile source to a code object: mode "exec"/"eval"/"single".  On a syntax
 * error raises SyntaxError (with filename, lineno, offset, text, end_*). */
Value compile_source(const char *src, size_t len, Value filename, const char *mode, int flags, int optimize);
/* -- genesis and start-up (genesis.c, main.c) ------------------------------- */
void genesis(void);             /* build the Root: types, singletons, names, builtins, sys */
void type_init_builtin(Type *t, const TypeSpec *spec, Type *meta);
int builtins_init(void);        /* fill the builtins module */
int sys_init(int argc, char **argv);
int sys_set_executable(void);                 /* sys.executable from /proc/self/exe */

/* -- added by strings part (str.c, unicode_db.c, bytes.c, bytearray.c) -- */
/* Unicode database (unicode_db.c, generated by tools/gen_unicode.py). */
enum { UNI_ALPHA = 1, UNI_DECIMAL = 2, UNI_DIGIT = 4, UNI_NUMERIC = 8, UNI_SPACE = 16,
       UNI_PRINTABLE = 32, UNI_LOWER = 64, UNI_UPPER = 128, UNI_TITLE = 256,
       UNI_CASE_IGN = 512, UNI_XID_START = 1024, UNI_XID_CONT = 2048 };
unsigned uni_props(uint32_t cp);                   /* UNI_* flags of a code point */
int uni_decimal(uint32_t cp);                      /* decimal digit value or -1 */
int uni_digit(uint32_t cp);                        /* digit value or -1 */
int uni_case_full(uint32_t cp, int kind, uint32_t out[3]); /* kind 0 lower 1 upper 2 title 3 fold; returns count */
uint32_t uni_case_simple(uint32_t cp, int kind);
int uninames_lookup(const char *name, size_t n, bool aliases); /* uninames.c: code point of a character name (any case), or -1 */
int uninames_name(uint32_t cp, char *out, size_t cap);          /* uninames.c: cp's name into out (cap >= 128): length, or -1 */
/* str helpers */
void str_init_caches(void);                        /* empty str/bytes, 1-char caches (genesis calls) */
#define STR_LEN(v)     (((Str *)(v))->length)
int utf8_decode1(const unsigned char *p, const unsigned char *end, uint32_t *cp); /* bytes used; generalized UTF-8 (surrogates ok) */
uint32_t str_char_at(Value s, int64_t i);          /* code point at index 0 <= i < len */
int64_t str_byte_offset(Value s, int64_t i);       /* byte offset of code point i (0 <= i <= len) */
Value str_substr(Value s, int64_t start, int64_t end); /* code point indices, clamped by caller */
Value str_from_utf8_checked(const char *s, size_t n); /* strict UTF-8 decode -> str, UnicodeDecodeError */
Value str_decode(const char *data, size_t n, const char *encoding, const char *errors); /* bytes.decode */
Value str_encode(Value s, const char *encoding, const char *errors);   /* str.encode -> bytes */
Value str_decode_ex(const char *data, size_t n, const char *encoding, const char *errors, bool final, size_t *consumed); /* incremental: stops before an incomplete tail when !final */
/* str.c: the handler registered as `errors` (codecs.register_error) applied to the Unicode{En,De}codeError exc
 * of an input of len items: its replacement (str, or bytes when encoding) and where to go on (checked); -1 error */
int codec_error_handler(const char *errors, Value exc, int64_t len, bool encode, Value *repl, int64_t *pos);
/* str.c: a decoding error of codec enc at d[st:e] (of n bytes) given to the handler `errors`: its text
 * appended to b, *pos where to go on; -1 error ("strict" raises the UnicodeDecodeError) */
int codec_decode_error(const char *errors, const char *enc, const unsigned char *d, size_t n, size_t st, size_t e,
                       const char *reason, StrBuf *b, size_t *pos);
int64_t kiln_siphash(const void *data, size_t n);   /* keyed hash of bytes, never -1 */
void init_hash_secret(void);                       /* genesis.c: a new secret (R->hash_k0/k1) */
enum { PF_LEFT = 1, PF_SIGN = 2, PF_SPACE = 4, PF_ALT = 8, PF_ZERO = 16 }; /* %-format flags */
int pct_format_int(StrBuf *b, Value v, char c, int flags, int64_t width, int64_t prec);   /* % d i u x X o; shared with bytes */
int pct_format_float(StrBuf *b, Value v, char c, int flags, int64_t width, int64_t prec); /* % e f g E F G */
void str_forget_hash(Value s);                     /* --rehash: drop a str's cached hash (bytes_forget_hash too) */
void bytes_forget_hash(Value b);
Value str_ascii_of(Value s);                       /* ascii() of a str */
/* bytes-like objects */
typedef struct ByteArray { Object hdr; int64_t size; RawBytes *buf; int64_t exports; } ByteArray;
typedef struct MemoryView { Object hdr; Value obj; int64_t start, size, stride0; bool released, readonly; char fmt; Value shape; } MemoryView; /* fmt 0: 'B'; shape: tuple of ints, 0 for 1-D; size: nbytes; stride0: byte stride of dimension 0 (0: C-contiguous), start: offset of the first item */
bool bytes_like(Value v, const char **data, int64_t *size); /* any buffer exporter (bytes, bytearray, memoryview, array): no exception */
bool obj_getbuffer(Value v, BufferView *view);  /* Type.getbuffer of v: false (no exception) if v is no buffer */
void obj_buffer_export(Value v, int delta);     /* Type.buffer_export of v, if any */
bool writable_buffer(Value v, char **data, int64_t *size); /* a buffer that is not read-only: no exception */
/* An exporter about to resize with *exports live views: true + BufferError(msg) if
 * some are still referenced.  Unreferenced views release only when collected
 * (CPython frees them at once), so this collects before refusing. */
bool buffer_resize_refused(int64_t *exports, const char *msg);
Value bytearray_new(const char *data, size_t n);
Value bytes_format_percent(Value fmt, Value args, bool is_bytearray);
#define BYTES_SIZE(v)  (((Bytes *)(v))->size)
#define BYTES_DATA(v)  (((Bytes *)(v))->data)

/* -- added by numbers part (int.c, float.c, complex.c, dtoa.c) -- */
/* int subclass instances (class I(int)) are {hdr, Value v, InstanceTail} with v a
 * plain int (small or exact BigInt); bools are R->true_/R->false_.  int_value_of
 * unwraps any int (bool, subclass) to a plain int Value. */
typedef struct IntSub { Object hdr; Value v; } IntSub;
Value int_value_of(Value v);
Value int_add(Value a, Value b);                   /* plain-int arithmetic, no type checks */
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);
Value int_floordiv(Value a, Value b);              /* ZeroDivisionError */
Value int_mod(Value a, Value b);
Value int_neg(Value a);
Value int_lshift(Value a, int64_t n);
Value int_pow(Value a, Value b, Value mod);         /* mod: NONE if absent */
int64_t int_bit_length(Value v);
Value int_from_bytes(const unsigned char *p, size_t n, bool little, bool is_signed);
int int_to_bytes(Value v, unsigned char *p, size_t n, bool little, bool is_signed); /* OverflowError */
double int_true_divide(Value a, Value b, int *err); /* correctly rounded a/b; err set + exception on failure */
Value int_from_str_obj(Value s, int base);        /* int(s, base) for str/bytes-like s */
Value float_from_str_obj(Value s);                /* float(s) for str/bytes-like s */
Value complex_new(double re, double im);
int complex_as_parts(Value v, double *re, double *im); /* complex/float/int -> parts; 1 ok, 0 not a number, -1 error */
/* Format mini-language shared by the numeric types (dtoa.c). */
typedef struct FmtSpec {
    char fill[4]; int fill_len; bool fill_given;
    char align, sign, type, grouping;
    bool z, alt, zero;
    int64_t width, prec;              /* -1: absent */
} FmtSpec;
int fmt_parse(Value spec, FmtSpec *f, const char *tname);
int fmt_unknown(char type, const char *tname);
Value fmt_number(const FmtSpec *f, bool neg, const char *prefix, const char *digits,
                 int64_t nd, const char *rest, int group);
Value fmt_pad_str(const FmtSpec *f, const char *s, size_t n, int64_t nchars, char default_align);
int fmt_float_text(double d, const FmtSpec *f, char *buf, size_t cap, bool *neg, bool complex_part);
Value fmt_float(double d, const FmtSpec *f);
char *num_fold_ascii(const char *s, size_t n, size_t *outlen); /* malloc'd: Unicode digits/spaces -> ASCII */
bool num_isspace(char c);
int num_parse_float(const char *s, size_t n, double *out);  /* Python float syntax, -1 if invalid */
int num_shortest_digits(double d, char *dig, int *dexp);
void num_repr_buf(double d, char *buf, bool add_dot0);   /* float repr text (buf >= 32 bytes) */
int num_i64_text(int64_t v, char *buf);                  /* decimal, buf >= 21 bytes, unterminated */
int num_fixed_text(double a, int prec, char *buf);      /* "%.*f" of finite a >= 0, buf >= 40; -1: use printf */

/* -- added by types part (type.c, object.c, descr.c, singletons.c) -- */
/* Implemented in function.c: descriptors put in builtin type dicts by type_init_builtin. */
Value descr_new_method(Type *owner, const MethodDef *def);       /* method_descriptor */
Value descr_new_classmethod(Type *owner, const MethodDef *def);  /* classmethod_descriptor */
Value descr_new_getset(Type *owner, const GetSetDef *def);       /* getset_descriptor */
/* Implemented in iter.c: the old sequence-protocol iterator (obj_iter on a __getitem__ object). */
Value seq_iter_new(Value seq);
/* Implemented in vm.c: zero-argument super(): the __class__ cell's type and the first
 * argument of the innermost Python frame; -1 + RuntimeError ("super(): no arguments",
 * "super(): __class__ cell not found", "super(): empty __class__ cell"). */
int vm_super_args(Value *type_out, Value *obj_out);
/* TypeSpec.base may also name an exception: EXC_ID_<Name> (>= TYPE_ID_COUNT) -> R->e_<Name>. */
#define EXC_ENUM_(n, b) EXC_ID_##n,
enum { EXC_ID_FIRST_ = TYPE_ID_COUNT - 1, EXCEPTIONS(EXC_ENUM_) EXC_ID_END_ };
/* Instance attribute storage (type.c).  Instances of classes keep attributes in an
 * InstanceTail: at offset 8 for TF_HAS_SHAPE (Instance), ExcObject.tail for
 * exceptions, and for heap subclasses of other builtins at the END of the object:
 * type->basicsize - sizeof(InstanceTail) (fixed-size) or gc_cell_size(o) -
 * sizeof(InstanceTail) (TF_ITEMS types).  So a builtin's __new__ called with a
 * subtype t must allocate t->basicsize (+ n * itemsize) bytes, zeroed. */
enum { TF_NO_DICT = 1 << 16,   /* class with __slots__ and no __dict__ */
       TF_MODULE_SUB = 1 << 17,   /* module and its subclasses: attributes live in Module.dict */
       TF_NO_WEAKREF = 1 << 18 }; /* class whose __slots__ leave out __weakref__: not weakly referenceable */
/* CPython's Py_TPFLAGS_SEQUENCE / _MAPPING for classes (match's sequence and
 * mapping patterns): set by _abc (collections.abc's __abc_tpflags__, register())
 * and inherited from the base; builtins are recognised by type in vm.c. */
enum { TF_SEQUENCE = 1 << 19, TF_MAPPING = 1 << 20 };
InstanceTail *obj_instance_tail(Value v);      /* NULL: the object has no attribute storage */
Value instance_getattr_raw(Value obj, Value name);       /* the instance's own attribute or 0 (no exception) */
int instance_setattr_raw(Value obj, Value name, Value v); /* v == 0: delete (AttributeError if missing) */
Value instance_get_dict(Value obj);           /* obj.__dict__ (materialised), or 0 + AttributeError */
int instance_retype(Value obj, Type *nt);     /* __class__ assignment: move attribute storage to class nt */
int64_t shape_lookup(Shape *s, Value name);   /* slot index of name in shape s, or -1 */
Value type_repr_of(Type *t);                  /* "<class 'mod.X'>" */
Value type_qualified_name(Type *t);           /* "mod.X" (just "X" for builtins) */

/* -- added by containers part (tuple.c, list.c, dict.c, set.c, range.c, iter.c) -- */
/* Repr recursion guard (list.c), as CPython's Py_ReprEnter/Py_ReprLeave: returns
 * 1 if obj is already being repr'd on this thread (print "[...]"), 0 if entered
 * (call repr_leave after), -1 on error.  The per-thread stacks live in a dict
 * under the key "repr_guard" of the state dict kiln_state_dict() (list.c). */
int repr_enter(Value obj);
void repr_leave(Value obj);
/* A dict reachable from R->extra_roots for C state of any part, keyed by str
 * (created lazily: R->extra_roots is that dict, or a list holding it). */
Value kiln_state_dict(void);
int list_extend(Value list, Value iterable);        /* list.extend */
int list_insert(Value list, int64_t i, Value v);    /* list.insert (clamped) */
Value list_pop(Value list);                         /* list.pop(): the last item */
Value list_as_tuple(Value list);
Value list_getslice(Value list, int64_t lo, int64_t hi); /* clamped, step 1 */
Value tuple_getslice(Value t, int64_t lo, int64_t hi);   /* clamped, step 1 */
int dict_contains(Value d, Value key);              /* 0/1, -1 error */
Value dict_pop(Value d, Value key, Value dflt);     /* dflt 0: KeyError when missing */
Value dict_setdefault(Value d, Value key, Value dflt);
Value dict_keys_list(Value d);                      /* list(d) */
Value dict_getitem(Value d, Value key);             /* d[key] incl. __missing__ for subclasses, KeyError */
int set_update(Value s, Value iterable);            /* set.update (also for frozensets under construction) */
int set_discard(Value s, Value key);                /* 1 removed, 0 absent, -1 error */
int64_t set_size(Value s);
Value set_from_iter(Value iterable);                /* set(iterable) */
Value frozenset_from_iter(Value iterable);
Value range_new(int64_t start, int64_t stop, int64_t step);
Value callable_iter_new(Value callable, Value sentinel); /* iter(callable, sentinel) */
Value enumerate_new(Value iterable, Value start);   /* start may be 0: from 0 */

/* -- added by vm part (vm.c, code.c, function.c, frame.c, generator.c; layouts in core/vm.h) -- */
Value vm_getframe(int depth);          /* sys._getframe(depth): ValueError "call stack is not deep enough" */
Value vm_current_globals(void);        /* globals of the innermost Python frame; 0 (no exception) if none */
Value vm_current_builtins(void);       /* builtins dict of the innermost frame (R->builtins_dict if none) */
Value vm_current_locals(void);         /* locals(): the mapping, or a fresh snapshot dict for function frames */
Value vm_call_with_locals(Value func, Value locals); /* run func's code with a locals mapping (class bodies; returns the body's result) */
Value vm_run_code_builtins(Value code, Value globals, Value locals, Value builtins); /* exec with explicit builtins */
/* Slot wrappers (<slot wrapper '__add__' of 'int' objects>): wrapper(self, args, nargs, kwnames, slot). */
typedef Value (*SlotWrapperFn)(Value self, const Value *args, size_t nargs, Value kwnames, void *slot);
Value descr_new_wrapper(Type *owner, Value name, SlotWrapperFn wrapper, void *slot, const char *doc);
/* member_descriptor: a Value stored at a byte offset of the instance (__slots__). */
Value descr_new_member(Type *owner, Value name, int64_t offset, bool readonly);
/* Generators: obj_next() on a generator works through Type.next; these are for C callers. */
Value gen_send(Value gen, Value v);    /* gen.send(v): StopIteration raised when it returns */
Value gen_throw(Value gen, Value exc); /* gen.throw(exc) */
int gen_close(Value gen);              /* gen.close() */
Value gen_next(Value gen);             /* next(gen) for builtins.next: StopIteration(value) when it returns (Type.next drops the value) */
/* The eval breaker: ask thread ts's interpreter to call fn() at its next safe
 * point (function entry or loop back-edge); fn returns -1 with an exception
 * pending to raise it there (signal handlers -> KeyboardInterrupt, GIL drops).
 * Async-signal-safe once ts has run Python code; -1 if the table is full. */
int vm_add_pending_call(ThreadState *ts, int (*fn)(void));
int vm_pending_keyboard_interrupt(void); /* a pending call raising KeyboardInterrupt (for a SIGINT handler) */
int vm_check_pending(void);              /* run pending calls now (after EINTR in a blocking call); -1 if one raised */
void vm_clear_dead_stack(const Value *args, size_t n); /* a builtin's args from the innermost frame: clear the dead slots above (gc.collect) */

/* -- added by the lead (genesis.c, main.c, sysmodule.c, bltinmodule.c, import.c, exceptions.c) -- */
Value vm_getframe(int depth);                      /* sys._getframe(depth) (vm.c) */
Value vm_current_globals(void);                    /* globals() of the innermost Python frame, or 0 */
Value vm_current_locals(void);                     /* locals() of the innermost Python frame, or 0 */
void exc_init_types(void);                         /* exceptions.c: build R->e_* */
int sys_init_late(void);                           /* sysmodule.c: the Python half of sys */
void sys_write_stderr(const char *s);
void exc_print_sys_stderr(Value exc);               /* sysmodule.c: report an unhandled exception on sys.stderr */
bool heap_too_big(int64_t count, size_t size);      /* exceptions.c: count*size can never fit: MemoryError raised */
Value import_find_builtin(Value name);             /* import.c: a new module from BUILTIN_MODULES, or 0 */
int import_init_path(const char *script_dir);      /* import.c: sys.path for this process */
Value builtin_print(Value self, const Value *args, size_t nargs, Value kwnames);

/* -- added by heap part (heap.c, arena.c) -- */
Object *gc_alloc_try(Type *t, size_t nbytes, bool noscan); /* like gc_alloc, but NULL when the heap cannot hold it (raise MemoryError) */
Value property_new(Value fget, Value fset, Value fdel, Value doc);  /* descr.c */
Value staticmethod_new(Value func);           /* descr.c */
Value classmethod_new(Value func);            /* descr.c */
Value mappingproxy_new(Value mapping);        /* descr.c: read-only view (type.__dict__) */
/* bytes/bytearray methods shared by both types (bytes.c): bm_<name>; self is either.
 * X(name, flags): the MethodDef flags (METH_NOARGS / METH_O as CPython declares them). */
#define BYTES_COMMON_METHODS(X) \
    X(capitalize, METH_NOARGS) X(center, 0) X(count, 0) X(decode, 0) X(endswith, 0) \
    X(expandtabs, 0) X(find, 0) X(hex, 0) X(index, 0) X(isalnum, METH_NOARGS) \
    X(isalpha, METH_NOARGS) X(isascii, METH_NOARGS) X(isdigit, METH_NOARGS) X(islower, METH_NOARGS) \
    X(isspace, METH_NOARGS) X(istitle, METH_NOARGS) X(isupper, METH_NOARGS) X(join, METH_O) \
    X(ljust, 0) X(lower, METH_NOARGS) X(lstrip, 0) X(partition, METH_O) X(removeprefix, METH_O) \
    X(removesuffix, METH_O) X(replace, 0) X(rfind, 0) X(rindex, 0) X(rjust, 0) \
    X(rpartition, METH_O) X(rsplit, 0) X(rstrip, 0) X(split, 0) X(splitlines, 0) \
    X(startswith, 0) X(strip, 0) X(swapcase, METH_NOARGS) X(title, METH_NOARGS) X(translate, 0) \
    X(upper, METH_NOARGS) X(zfill, METH_O)
#define BM_DECL_(n, f) Value bm_##n(Value self, const Value *args, size_t nargs, Value kwnames);
BYTES_COMMON_METHODS(BM_DECL_)
Value bm_fromhex(Value cls, const Value *args, size_t nargs, Value kwnames);   /* classmethod */
Value bm_maketrans(Value self, const Value *args, size_t nargs, Value kwnames); /* staticmethod */
Value bytes_repr_ex(const char *data, size_t n, char quote_prefix, bool always_escape_squote); /* bytearray escapes every quote */
Value bytes_from_object(Value v);               /* bytes(x) for a single argument x */
int bytes_iter_ints(Value it, StrBuf *out);     /* append each int (0..255) of an iterable; -1 error */
Value bytes_richcompare_any(Value a, Value b, int op); /* compare two bytes-likes (NotImplemented otherwise) */
int import_exec_file(Value m, const char *path);         /* import.c: run a source file in module m */
void compile_dis(Value code, FILE *f);                /* compile.c: disassembler (-X dis) */
/* type_lookup() caches by type version: C code that changes a type's dict or mro
 * directly (not through setattr) must call type_modified(t) afterwards. */
Type *type_c_class(int which, const char *module, const char *name, const MethodDef *methods); /* type.c: class made from C once */
bool union_check(Value v);                     /* genericalias.c: v is a types.UnionType */
Value union_args_of(Value u);                 /* genericalias.c: its __args__ tuple */
Value union_or(Value a, Value b);             /* genericalias.c: X | Y for types -> types.UnionType (or NotImplemented) */
Value generic_alias_new(Value origin, Value args);  /* genericalias.c: types.GenericAlias */
Value list_class_getitem(Value cls, const Value *args, size_t nargs, Value kwnames); /* genericalias.c: METH_CLASS __class_getitem__ -> GenericAlias */
void weakref_gc_hook(void);                        /* weakrefmodule.c: marking done, before the sweep */
void weakref_after_gc(void);                       /* weakrefmodule.c: run callbacks of cleared refs */
Value weakref_new_ref(Value obj);                  /* weakrefmodule.c: weakref.ref(obj) without callback (obj weakly referenceable) */
Value weakref_target(Value w);                     /* weakrefmodule.c: a weakref's referent, 0 once dead */
void type_gc_hook(void);                           /* type.c: marking done, before the sweep: drop method cache entries of dying objects */
void type_cache_go_local(void);                    /* type.c: a restored process fills a method cache of its own */
bool c_stack_exhausted(void);                       /* vm.c: C stack nearly exhausted (raise RecursionError) */
Value obj_generic_getattr_ex(Value v, Value name, bool suppress); /* object.c: suppress -> 0 without AttributeError */
/* Re-keying hashed containers after the str hash secret changed (--rehash): first
 * drop cached hashes (str's, tuple_forget_hash, set_rehash drops a frozenset's),
 * then rebuild every dict and set/frozenset table (nested frozensets innermost first). */
void tuple_forget_hash(Value t);
void dict_rehash(Value d);
void set_rehash(Value s);

/* -- added by os part (posixmodule.c, signalmodule.c, gcmodule.c, atexitmodule.c, ...) -- */
void atexit_run_callbacks(void);                   /* atexitmodule.c: run atexit callbacks (main.c at exit) */
int signal_send_self(int sig);                     /* signalmodule.c: kill(getpid(), sig); a Python handler runs before it returns */
void name_services_ready(void);                    /* main.c: before a user, group, host or service lookup */
Value posix_fspath(Value v);                       /* posixmodule.c: os.fspath(v) */
void faulthandler_init(bool forced);                /* faulthandlermodule.c: enable it at start-up for -X faulthandler (forced) or PYTHONFAULTHANDLER */
void faulthandler_after_restore(void);             /* faulthandlermodule.c: the main thread's ident; handlers and watchdog set again */

/* -- added by types part (iter.c): pickling of index-based iterators -- */
/* (fn, (seq,), index), or (fn, (empty,)) once exhausted (seq == 0); fn is a
 * builtins name ("iter"), or NULL for the iterator's own type (reversed). */
Value iter_reduce_seq(Value self, const char *fn, Value seq, Value index, Value empty);
/* The int argument of an iterator's __setstate__ (TypeError/OverflowError as CPython). */
int iter_setstate_arg(Value self, const Value *args, size_t nargs, Value kw, int64_t *out);
Value type_weakref_descr(Type *t);           /* type.c: a class's __weakref__ getset descriptor */
void exc_write_unraisable(Value obj);         /* exceptions.c: report the pending exception as unraisable in obj (cleared) to sys.unraisablehook */
void exc_print_unraisable(Value exc, Value obj, Value err_msg); /* exceptions.c: the default hook's output */
int exc_warn(Type *category, const char *msg, int stacklevel); /* exceptions.c: warnings.warn(); -1 if it raised */
char *exc_source_line(const char *filename, int64_t lineno);   /* line of a source file (malloc'd, no newline) or NULL */
/* _warnings (warningsmodule.c): warnings.warn() and the compiler's warn_explicit(); -1 if it raised */
int warnings_warn(Value message, Value category, int64_t stacklevel, Value source);
int warnings_warn_explicit(Type *category, Value message, Value filename, int64_t lineno);
Value descr_new_slot_member(Type *owner, Value name, Value key); /* function.c: member_descriptor of a __slots__ entry kept in the shape under key */
void func_init_members(Type *t);              /* function.c: function's member descriptors (__globals__ ...) */
/* __del__ (type.c): the collector keeps unreachable instances of classes with
 * __del__ alive (del_gc_resurrect, during a collection) and del_after_gc asks the
 * interpreter to run their finalizers; del_run_pending runs them now (gc.collect, exit). */
bool del_gc_resurrect(Object *o);
void del_note_finalizer(Object *o);          /* offer o to del_gc_resurrect when it dies (generators) */
void del_after_gc(void);
int del_run_pending(void);
void del_at_exit(void);                      /* type.c: finalize __main__'s objects at exit (main.c) */
void del_finalize(Object *o);                /* type.c: Type.finalize of a builtin whose C __del__ runs when collected (_io) */
void del_enable(void);                       /* type.c: turn the __del__ machinery on (before such objects die) */

/* -- added by pyc part (stdlib/marshalmodule.c, import.c's compiled-code cache) -- */
Value marshal_dumps(Value v, int version);         /* marshal.dumps: bytes; ValueError "unmarshallable object" */
Value marshal_loads(const char *data, size_t n);   /* marshal.loads: EOFError/ValueError/TypeError as CPython */
Value import_source_code(const char *path);        /* import.c: a source file's code object, through the __pycache__ cache */
Value import_lock_enter(Value name);               /* import.c: take name's module lock (waits for another thread's load); a token */
void import_lock_exit(Value name, Value token);    /* import.c: give it back */

/* -- added by threads part (gil.c, _thread.c) -- */
/* The global interpreter lock (DESIGN.md §6): only its holder runs Python code,
 * allocates or touches heap objects; TS is the holder's state.  A blocking call
 * lets other threads run:
 *     ThreadState *ts = gil_release();  r = read(fd, buf, n);  gil_acquire(ts);
 * Between the two, no allocation and no Value stores; Values the caller keeps
 * stay alive (its stack and registers are scanned).  Both are no-ops while one
 * thread runs. */
ThreadState *gil_release(void);
void gil_acquire(ThreadState *ts);
/* Run a blocking statement without the GIL (errno is kept). */
#define GIL_BLOCKING(stmt) do { ThreadState *gil_ts_ = gil_release(); stmt; int gil_e_ = errno; \
                                gil_acquire(gil_ts_); errno = gil_e_; } while (0)
int gil_threads(void);                    /* live threads (1 when single-threaded) */
void gil_set_interval(int64_t us);        /* sys.setswitchinterval */
int64_t gil_get_interval(void);
void gil_count_thread(int delta);         /* _thread.c: +1 before a thread is created (-1 if that failed) */
void gil_enter(ThreadState *ts);          /* a new thread's first acquire */
void gil_exit(void);                      /* a finished thread (already unlinked) lets go for good */
void gil_after_restore(void);             /* image.c: the lock's process-local state, one thread */
int thread_shutdown(void);                /* _thread.c: threading._shutdown() if threading was imported */
int thread_join_nondaemon(void);          /* _thread.c: before a bake, join the non-daemon threads */
int thread_after_restore(void);           /* _thread.c: threading's table of threads after a restore */
void thread_before_snapshot(void);        /* _thread.c: keep what thread_after_restore needs (image.c, before writing) */
void kiln_environ_before_snapshot(void);  /* kilnmodule.c: keep os.environ's entries (image.c, before writing) */
int kiln_refresh_environ(void);           /* kilnmodule.c: os.environ from the restored process's environment */
void signal_after_restore(void);          /* signalmodule.c: set again the handlers set from Python */
Value thread_lock_new(bool locked);       /* _thread.c: a _thread.lock (for import.c's module locks) */
int thread_lock_wait(Value lock);         /* acquire, blocking without the GIL; -1 if a signal handler raised */
void thread_lock_post(Value lock);        /* release */
int obj_as_fileno(Value v, int *out);     /* termiosmodule.c: PyObject_AsFileDescriptor (int or .fileno()), CPython's errors */
int thread_lock_wait_us(Value lock, int64_t us); /* _thread.c: acquire within us microseconds (-1: forever, 0: try) without the GIL: 1, 0 timed out, -1 a signal handler raised */

/* -- added by perf part (ADD_FAST string building, opcodes.h) -- */
Value str_add_owned(Value a, Value b, bool owned);   /* str.c: a + b, in place when owned and it fits */
Value bytes_add_owned(Value a, Value b, bool owned); /* bytes.c: the same for bytes */

/* -- added by types part (function.c): arity of METH_NOARGS / METH_O C methods -- */
/* Every caller of a MethodDef's fn checks this first; meth_args_error raises
 * CPython's "list.append() takes exactly one argument (2 given)" (owner: the
 * descriptor's type, or NULL to name it after self as a bound method does). */
Value meth_args_error(const MethodDef *d, Type *owner, Value self, size_t nargs, Value kwnames);
Value text_signature_of(const char *owner, const char *name);  /* textsig.c: CPython's __text_signature__, or None */
static ALWAYS_INLINE bool meth_args_ok(const MethodDef *d, size_t nargs, Value kwnames)
{
    int f = d->flags & (METH_NOARGS | METH_O | METH_NOKW);
    return LIKELY(!f) || ((!kwnames || TUPLE_SIZE(kwnames) == 0) &&
                          (f == METH_NOKW || nargs == ((f & METH_O) ? 1u : 0u)));
}

/* -- added by perf part: getattr slots that can skip building the AttributeError -- */
Value type_getattr(Value self, Value name);          /* type.c: type.__getattribute__ */
Value type_getattr_ex(Value self, Value name, bool suppress); /* suppress: missing -> 0, no exception */
Value module_getattr(Value self, Value name);        /* module.c: module.__getattribute__ (+ module __getattr__) */
Value module_getattr_ex(Value self, Value name, bool suppress);
Value funcwrap_func(Value w);                        /* descr.c: the callable a staticmethod/classmethod wraps */
Value str_build(const Value *items, int64_t n);      /* str.c: concatenation of n exact strs (BUILD_STRING) */
Value list_sort_call(Value self, const Value *args, size_t nargs, Value kw); /* list.c: list.sort(**kw) (sorted()) */
