/* kiln: the exception hierarchy, raising helpers and traceback printing.
 *
 * Every builtin exception type is a Type embedded in the Root (R->e_Name),
 * built by exc_init_types() from the EXCEPTIONS list in core.h.  Instances are
 * ExcObjects; subclass-specific attributes live in ExcObject.extra[] at the
 * indexes named below; other attributes live in ExcObject.tail (type.c). */
#include "core.h"
#include "vm.h"
#include "opcodes.h"
#include "ast.h"
#include <errno.h>
#include <string.h>
#include <stdlib.h>

/* Indexes into ExcObject.extra for each family. */
enum { X_VALUE = 0 };                                   /* StopIteration, StopAsyncIteration */
enum { X_CODE = 0 };                                    /* SystemExit */
enum { X_IMP_MSG = 0, X_IMP_NAME, X_IMP_PATH };         /* ImportError */
enum { X_ATTR_NAME = 0, X_ATTR_OBJ };                   /* AttributeError, NameError */
enum { X_ERRNO = 0, X_STRERROR, X_FILENAME, X_FILENAME2, X_WRITTEN }; /* OSError (X_WRITTEN: None when unset) */
enum { X_SE_MSG = 0, X_SE_FILENAME, X_SE_LINENO, X_SE_OFFSET, X_SE_TEXT,
       X_SE_END_LINENO, X_SE_END_OFFSET, X_SE_PFL };    /* SyntaxError */
enum { X_UC_ENCODING = 0, X_UC_OBJECT, X_UC_START, X_UC_END, X_UC_REASON }; /* UnicodeError */
enum { X_EG_MSG = 0, X_EG_EXCS };                      /* BaseExceptionGroup */

#define EXC(v) ((ExcObject *)(v))

static bool is_sub(Value v, Type *t) { return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, t); }
static Value or_none(Value v) { return v ? v : NONE; }

/* -- Construction ------------------------------------------------------------ */

static Value exc_alloc(Type *t)
{
    ExcObject *e = (ExcObject *)gc_alloc(t, t->basicsize);
    e->args = R->empty_tuple;
    for (size_t i = 0; i < ARRAY_LEN(e->extra); i++) e->extra[i] = NONE;
    if (type_is_subtype(t, E(AttributeError))) e->extra[X_ATTR_OBJ] = 0;   /* unset (CPython's NULL), not None */
    return OBJ_VAL(e);
}

static Value BaseException_new(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    Value self = exc_alloc(t);
    STORE(EXC(self), args, tuple_from(args, (int64_t)nargs));
    return self;
}

/* Set fields shared by the families from the positional arguments. */
static int oserror_fill(Value self, const Value *args, size_t nargs);
static int syntaxerror_fill(Value self, const Value *args, size_t nargs);
static int unicodeerror_fill(Value self, const Value *args, size_t nargs);
static int exceptiongroup_fill(Value self, const Value *args, size_t nargs);

static int kw_lookup(const Value *args, size_t nargs, Value kwnames, const char *name, Value *out)
{
    if (!kwnames) return 0;
    for (int64_t i = 0; i < TUPLE_SIZE(kwnames); i++)
        if (str_eq_cstr(TUPLE_ITEMS(kwnames)[i], name)) { *out = args[nargs + i]; return 1; }
    return 0;
}

static int kw_check_only(const char *tname, Value kwnames, const char *const *allowed)
{
    if (!kwnames) return 0;
    for (int64_t i = 0; i < TUPLE_SIZE(kwnames); i++) {
        Value k = TUPLE_ITEMS(kwnames)[i];
        bool ok = false;
        for (const char *const *a = allowed; a && *a; a++) if (str_eq_cstr(k, *a)) ok = true;
        if (!ok) {
            if (!allowed) { raise_TypeError("%s() takes no keyword arguments", tname); return -1; }
            raise_TypeError("'%U' is an invalid keyword argument for %s()", k, tname);
            return -1;
        }
    }
    return 0;
}

static int BaseException_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Type *t = AS_OBJ(self)->type;
    Type *b = t;
    while (b->flags & TF_HEAPTYPE) b = b->base;     /* the builtin exception it derives from */
    static const char *const imp_kw[] = { "name", "path", NULL };
    static const char *const name_kw[] = { "name", NULL };
    static const char *const attr_kw[] = { "name", "obj", NULL };
    const char *tname = STR_DATA(t->name);
    if (type_is_subtype(b, E(ImportError))) {
        if (kw_check_only("ImportError", kwnames, imp_kw) < 0) return -1;
    } else if (type_is_subtype(b, E(AttributeError))) {
        if (kw_check_only("AttributeError", kwnames, attr_kw) < 0) return -1;
    } else if (type_is_subtype(b, E(NameError))) {
        if (kw_check_only("NameError", kwnames, name_kw) < 0) return -1;
    } else if (!(t->flags & TF_HEAPTYPE)) {
        if (kw_check_only(tname, kwnames, NULL) < 0) return -1;
    }
    ExcObject *e = EXC(self);
    STORE(e, args, tuple_from(args, (int64_t)nargs));
    Value v;
    if (type_is_subtype(b, E(StopIteration)) || type_is_subtype(b, E(StopAsyncIteration))) {
        STORE(e, extra[X_VALUE], nargs ? args[0] : NONE);
    } else if (type_is_subtype(b, E(SystemExit))) {
        STORE(e, extra[X_CODE], nargs == 0 ? NONE : nargs == 1 ? args[0] : e->args);
    } else if (type_is_subtype(b, E(ImportError))) {
        STORE(e, extra[X_IMP_MSG], nargs == 1 ? args[0] : NONE);
        if (kw_lookup(args, nargs, kwnames, "name", &v)) STORE(e, extra[X_IMP_NAME], v);
        if (kw_lookup(args, nargs, kwnames, "path", &v)) STORE(e, extra[X_IMP_PATH], v);
    } else if (type_is_subtype(b, E(AttributeError)) || type_is_subtype(b, E(NameError))) {
        if (kw_lookup(args, nargs, kwnames, "name", &v)) STORE(e, extra[X_ATTR_NAME], v);
        if (kw_lookup(args, nargs, kwnames, "obj", &v)) STORE(e, extra[X_ATTR_OBJ], v);
    } else if (type_is_subtype(b, E(OSError))) {
        return oserror_fill(self, args, nargs);
    } else if (type_is_subtype(b, E(SyntaxError))) {
        return syntaxerror_fill(self, args, nargs);
    } else if (type_is_subtype(b, E(UnicodeError)) && b != E(UnicodeError)) {
        return unicodeerror_fill(self, args, nargs);
    }
    /* BaseExceptionGroup: __new__ took the message and exceptions; __init__ keeps any args */
    return 0;
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): picks the
 * subclass from errno when called as OSError itself. */
static Type *oserror_subclass(int err)
{
    switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return E(BlockingIOError);
    case ECHILD: return E(ChildProcessError);
    case EPIPE: case ESHUTDOWN: return E(BrokenPipeError);
    case ECONNABORTED: return E(ConnectionAbortedError);
    case ECONNREFUSED: return E(ConnectionRefusedError);
    case ECONNRESET: return E(ConnectionResetError);
    case EEXIST: return E(FileExistsError);
    case ENOENT: return E(FileNotFoundError);
    case EINTR: return E(InterruptedError);
    case EISDIR: return E(IsADirectoryError);
    case ENOTDIR: return E(NotADirectoryError);
    case EACCES: case EPERM: return E(PermissionError);
    case ESRCH: return E(ProcessLookupError);
    case ETIMEDOUT: return E(TimeoutError);
    default: return NULL;
    }
}

static Value OSError_new(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (t == E(OSError) && nargs >= 2 && nargs <= 5 && IS_SMALL(args[0])) {
        Type *sub = oserror_subclass((int)SMALL_VAL(args[0]));
        if (sub) t = sub;
    }
    return BaseException_new(t, args, nargs, kwnames);
}

static int oserror_fill(Value self, const Value *args, size_t nargs)
{
    ExcObject *e = EXC(self);
    if (nargs >= 2 && nargs <= 5) {
        STORE(e, extra[X_ERRNO], args[0]);
        STORE(e, extra[X_STRERROR], args[1]);
        /* BlockingIOError's third argument may be the number of characters written */
        if (nargs >= 3 && AS_OBJ(self)->type == E(BlockingIOError) && args[2] != NONE &&
            TYPE(args[2])->nb_index) {
            Value w = obj_index(args[2]);
            int64_t n;
            if (!w || obj_as_ssize(w, &n, E(ValueError)) < 0) return -1;
            STORE(e, extra[X_WRITTEN], w);
            return 0;
        }
        if (nargs >= 3) STORE(e, extra[X_FILENAME], args[2]);
        if (nargs >= 5) STORE(e, extra[X_FILENAME2], args[4]);
        if (nargs >= 3) STORE(e, args, tuple_from(args, 2));
    }
    return 0;
}

static int syntaxerror_fill(Value self, const Value *args, size_t nargs)
{
    ExcObject *e = EXC(self);
    if (nargs >= 1) STORE(e, extra[X_SE_MSG], args[0]);
    if (nargs == 2) {
        Value info = args[1];
        if (!IS_TUPLE(info)) { raise_TypeError("SyntaxError() argument 2 must be a tuple"); return -1; }
        int64_t n = TUPLE_SIZE(info);
        if (n < 4 || n > 6) {
            raise_IndexError("tuple index out of range");
            return -1;
        }
        static const int idx[] = { X_SE_FILENAME, X_SE_LINENO, X_SE_OFFSET, X_SE_TEXT,
                                   X_SE_END_LINENO, X_SE_END_OFFSET };
        for (int64_t i = 0; i < n; i++) STORE(e, extra[idx[i]], TUPLE_ITEMS(info)[i]);
    }
    return 0;
}

static int unicodeerror_fill(Value self, const Value *args, size_t nargs)
{
    ExcObject *e = EXC(self);
    Type *t = AS_OBJ(self)->type;
    bool translate = type_is_subtype(t, E(UnicodeTranslateError));
    size_t need = translate ? 4 : 5;
    if (nargs != need) {
        raise_TypeError("function takes exactly %zu arguments (%zu given)", need, nargs);
        return -1;
    }
    size_t i = 0;
    if (!translate) STORE(e, extra[X_UC_ENCODING], args[i++]);
    STORE(e, extra[X_UC_OBJECT], args[i++]);
    STORE(e, extra[X_UC_START], args[i++]);
    STORE(e, extra[X_UC_END], args[i++]);
    STORE(e, extra[X_UC_REASON], args[i++]);
    return 0;
}

static int exceptiongroup_fill(Value self, const Value *args, size_t nargs)
{
    ExcObject *e = EXC(self);
    const char *tn = STR_DATA(AS_OBJ(self)->type->name);
    if (nargs != 2) {
        raise_TypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
        return -1;
    }
    if (!IS_STR(args[0])) { raise_TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %A", args[0]); return -1; }
    Value excs = tuple_from_iter(args[1]);
    if (!excs) {
        exc_clear();
        raise_TypeError("second argument (exceptions) must be a sequence");
        return -1;
    }
    if (TUPLE_SIZE(excs) == 0) {
        raise_ValueError("second argument (exceptions) must be a non-empty sequence");
        return -1;
    }
    for (int64_t i = 0; i < TUPLE_SIZE(excs); i++) {
        Value x = TUPLE_ITEMS(excs)[i];
        if (!IS_EXC(x)) {
            raise_ValueError("Item %lld of second argument (exceptions) is not an exception", (long long)i);
            return -1;
        }
        if (type_is_subtype(AS_OBJ(self)->type, E(Exception)) && !is_sub(x, E(Exception))) {
            raise_TypeError("Cannot nest BaseExceptions in an %s", tn);
            return -1;
        }
    }
    STORE(e, extra[X_EG_MSG], args[0]);
    STORE(e, extra[X_EG_EXCS], excs);
    return 0;
}

static Value BaseExceptionGroup_new(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    /* BaseExceptionGroup(msg, [Exception...]) is an ExceptionGroup. */
    if (t == E(BaseExceptionGroup) && nargs == 2) {
        Value excs = tuple_from_iter(args[1]);
        if (excs) {
            bool all = TUPLE_SIZE(excs) > 0;
            for (int64_t i = 0; i < TUPLE_SIZE(excs); i++)
                if (!is_sub(TUPLE_ITEMS(excs)[i], E(Exception))) all = false;
            if (all) t = E(ExceptionGroup);
        } else {
            exc_clear();
        }
    }
    Value self = BaseException_new(t, args, nargs, kwnames);
    if (self && exceptiongroup_fill(self, args, nargs) < 0) return 0;
    return self;
}

Value exc_new(Type *t, const Value *args, size_t nargs)
{
    return obj_call(OBJ_VAL(t), args, nargs, 0);
}

/* -- repr / str ------------------------------------------------------------- */

static Value BaseException_repr(Value self)
{
    Type *t = AS_OBJ(self)->type;
    Value args = EXC(self)->args;
    if (TUPLE_SIZE(args) == 1) return str_fmt("%U(%R)", t->name, TUPLE_ITEMS(args)[0]);
    if (TUPLE_SIZE(args) == 0) return str_fmt("%U()", t->name);
    return str_fmt("%U%R", t->name, args);
}

static Value BaseException_str(Value self)
{
    Value args = EXC(self)->args;
    if (TUPLE_SIZE(args) == 0) return R->empty_str;
    if (TUPLE_SIZE(args) == 1) return obj_str(TUPLE_ITEMS(args)[0]);
    return obj_str(args);
}

static Value KeyError_str(Value self)
{
    Value args = EXC(self)->args;
    if (TUPLE_SIZE(args) == 1) return obj_repr(TUPLE_ITEMS(args)[0]);
    return BaseException_str(self);
}

static Value ImportError_str(Value self)
{
    Value m = EXC(self)->extra[X_IMP_MSG];
    if (m != NONE) return obj_str(m);
    return BaseException_str(self);
}

static Value OSError_str(Value self)
{
    ExcObject *e = EXC(self);
    if (e->extra[X_FILENAME] != NONE) {
        if (e->extra[X_FILENAME2] != NONE)
            return str_fmt("[Errno %S] %S: %R -> %R", e->extra[X_ERRNO], e->extra[X_STRERROR],
                           e->extra[X_FILENAME], e->extra[X_FILENAME2]);
        return str_fmt("[Errno %S] %S: %R", e->extra[X_ERRNO], e->extra[X_STRERROR], e->extra[X_FILENAME]);
    }
    if (e->extra[X_ERRNO] != NONE && e->extra[X_STRERROR] != NONE)
        return str_fmt("[Errno %S] %S", e->extra[X_ERRNO], e->extra[X_STRERROR]);
    return BaseException_str(self);
}

static Value SyntaxError_str(Value self)
{
    ExcObject *e = EXC(self);
    Value msg = obj_str(e->extra[X_SE_MSG]);      /* "None" when there is no message, as in CPython */
    if (!msg) return 0;
    Value fn = e->extra[X_SE_FILENAME], ln = e->extra[X_SE_LINENO];
    bool have_fn = IS_STR(fn), have_ln = IS_SMALL(ln);
    if (have_fn) {
        /* CPython prints only the last path component */
        const char *s = STR_DATA(fn), *slash = strrchr(s, '/');
        Value base = slash ? str_from_cstr(slash + 1) : fn;
        if (have_ln) return str_fmt("%U (%U, line %S)", msg, base, ln);
        return str_fmt("%U (%U)", msg, base);
    }
    if (have_ln) return str_fmt("%U (line %S)", msg, ln);
    return msg;
}

static Value unicode_char_desc(Value obj, int64_t pos, bool *is_byte)
{
    (void)is_byte;
    return obj_getitem(obj, MKSMALL(pos));
}

static Value UnicodeError_str(Value self)
{
    ExcObject *e = EXC(self);
    Type *t = AS_OBJ(self)->type;
    Value obj = e->extra[X_UC_OBJECT], st = e->extra[X_UC_START], en = e->extra[X_UC_END];
    if (!IS_SMALL(st) || !IS_SMALL(en) || obj == NONE) return BaseException_str(self);
    int64_t s = SMALL_VAL(st), n = SMALL_VAL(en);
    Value reason = e->extra[X_UC_REASON];
    if (type_is_subtype(t, E(UnicodeDecodeError))) {
        if (n == s + 1) {
            Value b = unicode_char_desc(obj, s, NULL);
            if (!b) return 0;
            return str_fmt("'%S' codec can't decode byte 0x%02x in position %lld: %S",
                           e->extra[X_UC_ENCODING], (unsigned)SMALL_VAL(b), (long long)s, reason);
        }
        return str_fmt("'%S' codec can't decode bytes in position %lld-%lld: %S",
                       e->extra[X_UC_ENCODING], (long long)s, (long long)(n - 1), reason);
    }
    const char *what = type_is_subtype(t, E(UnicodeTranslateError)) ? "can't translate" : "can't encode";
    Value prefix = type_is_subtype(t, E(UnicodeTranslateError)) ? str_from_cstr("")
                   : str_fmt("'%S' codec ", e->extra[X_UC_ENCODING]);
    if (n == s + 1) {
        Value ch = unicode_char_desc(obj, s, NULL);
        if (!ch) return 0;
        Value cpv = obj_call1(obj_getattr_cstr(R->builtins, "ord"), ch);
        if (!cpv) return 0;
        int64_t cp = SMALL_VAL(cpv);
        const char *fmt = cp < 0x100 ? "%U%s character '\\x%02llx' in position %lld: %S"
                        : cp < 0x10000 ? "%U%s character '\\u%04llx' in position %lld: %S"
                        : "%U%s character '\\U%08llx' in position %lld: %S";
        return str_fmt(fmt, prefix, what, (long long)cp, (long long)s, reason);
    }
    return str_fmt("%U%s characters in position %lld-%lld: %S", prefix, what, (long long)s,
                   (long long)(n - 1), reason);
}

static Value BaseExceptionGroup_str(Value self)
{
    ExcObject *e = EXC(self);
    int64_t n = IS_TUPLE(e->extra[X_EG_EXCS]) ? TUPLE_SIZE(e->extra[X_EG_EXCS]) : 0;
    return str_fmt("%S (%lld sub-exception%s)", e->extra[X_EG_MSG], (long long)n, n == 1 ? "" : "s");
}

/* -- Attributes ----------------------------------------------------------- */

#define FIELD_GET(fname, idx) static Value get_##fname(Value self) { return EXC(self)->extra[idx]; }
#define FIELD_GETSET(fname, idx) FIELD_GET(fname, idx)                               \
    static int set_##fname(Value self, Value v) { STORE(EXC(self), extra[idx], v ? v : NONE); return 0; }
FIELD_GETSET(value, X_VALUE)
FIELD_GETSET(code, X_CODE)
FIELD_GETSET(imp_msg, X_IMP_MSG)
FIELD_GETSET(imp_name, X_IMP_NAME)
FIELD_GETSET(imp_path, X_IMP_PATH)
FIELD_GETSET(attr_name, X_ATTR_NAME)
/* AttributeError.obj reads None when unset; deleting unsets it (a T_OBJECT member). */
static Value get_attr_obj(Value self) { return or_none(EXC(self)->extra[X_ATTR_OBJ]); }
static int set_attr_obj(Value self, Value v) { STORE(EXC(self), extra[X_ATTR_OBJ], v); return 0; }
FIELD_GETSET(errno_, X_ERRNO)
FIELD_GETSET(strerror, X_STRERROR)
FIELD_GETSET(filename, X_FILENAME)
FIELD_GETSET(filename2, X_FILENAME2)
static Value get_written(Value self)
{
    Value v = EXC(self)->extra[X_WRITTEN];
    return v == NONE ? raise_AttributeError("characters_written") : v;
}
static int set_written(Value self, Value v)
{
    if (!v) {
        if (EXC(self)->extra[X_WRITTEN] == NONE) { raise_AttributeError("characters_written"); return -1; }
        STORE(EXC(self), extra[X_WRITTEN], NONE);
        return 0;
    }
    int64_t n;
    if (obj_as_ssize(v, &n, E(ValueError)) < 0) return -1;
    STORE(EXC(self), extra[X_WRITTEN], int_from_i64(n));
    return 0;
}
FIELD_GETSET(se_msg, X_SE_MSG)
FIELD_GETSET(se_filename, X_SE_FILENAME)
FIELD_GETSET(se_lineno, X_SE_LINENO)
FIELD_GETSET(se_offset, X_SE_OFFSET)
FIELD_GETSET(se_text, X_SE_TEXT)
FIELD_GETSET(se_end_lineno, X_SE_END_LINENO)
FIELD_GETSET(se_end_offset, X_SE_END_OFFSET)
FIELD_GETSET(se_pfl, X_SE_PFL)
FIELD_GETSET(uc_encoding, X_UC_ENCODING)
FIELD_GETSET(uc_object, X_UC_OBJECT)
FIELD_GETSET(uc_start, X_UC_START)
FIELD_GETSET(uc_end, X_UC_END)
FIELD_GETSET(uc_reason, X_UC_REASON)
FIELD_GET(eg_msg, X_EG_MSG)
FIELD_GET(eg_excs, X_EG_EXCS)

static Value get_args(Value self) { return EXC(self)->args; }
static int set_args(Value self, Value v)
{
    if (!v) { raise_TypeError("args may not be deleted"); return -1; }
    Value t = tuple_from_iter(v);
    if (!t) return -1;
    STORE(EXC(self), args, t);
    return 0;
}
static Value get_tb(Value self) { return or_none(EXC(self)->traceback); }
static int set_tb(Value self, Value v)
{
    if (!v) { raise_TypeError("__traceback__ may not be deleted"); return -1; }
    if (v != NONE && !IS_TYPE(v, traceback)) {
        raise_TypeError("__traceback__ must be a traceback or None");
        return -1;
    }
    STORE(EXC(self), traceback, v == NONE ? 0 : v);
    return 0;
}
static Value get_context(Value self) { return or_none(EXC(self)->context); }
static int set_context(Value self, Value v)
{
    if (!v) { raise_TypeError("__context__ may not be deleted"); return -1; }
    if (v != NONE && !IS_EXC(v)) {
        raise_TypeError("exception context must be None or derive from BaseException");
        return -1;
    }
    STORE(EXC(self), context, v == NONE ? 0 : v);
    return 0;
}
static Value get_cause(Value self) { return or_none(EXC(self)->cause); }
static int set_cause(Value self, Value v)
{
    if (!v) { raise_TypeError("__cause__ may not be deleted"); return -1; }
    if (v != NONE && !IS_EXC(v)) {
        raise_TypeError("exception cause must be None or derive from BaseException");
        return -1;
    }
    STORE(EXC(self), cause, v == NONE ? 0 : v);
    EXC(self)->suppress_context = true;
    return 0;
}
static Value get_suppress(Value self) { return BOOL_V(EXC(self)->suppress_context); }
static int set_suppress(Value self, Value v)
{
    /* a T_BOOL member in CPython: only True/False, never deleted */
    if (!v) { raise_TypeError("can't delete numeric/char attribute"); return -1; }
    if (v != TRUE_V && v != FALSE_V) { raise_TypeError("attribute value type must be bool"); return -1; }
    EXC(self)->suppress_context = v == TRUE_V;
    return 0;
}
static Value get_dict(Value self) { return instance_get_dict(self); }

static Value BaseException_with_traceback(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("with_traceback", nargs, 1, 1) < 0) return 0;
    if (set_tb(self, args[0]) < 0) return 0;
    return self;
}

static Value BaseException_add_note(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("add_note", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("note must be a str, not '%T'", args[0]);
    Value notes = obj_lookup_attr(self, S(__notes__));
    if (!notes) {
        if (exc_pending()) return 0;
        notes = list_new(0);
        if (obj_setattr(self, S(__notes__), notes) < 0) return 0;
    } else if (!IS_LIST(notes)) {
        return raise_TypeError("Cannot add note: __notes__ is not a list");
    }
    if (list_append(notes, args[0]) < 0) return 0;
    return NONE;
}

static Value BaseException_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Value d = EXC(self)->tail.dict;
    if (!d && EXC(self)->tail.shape) {   /* attributes still in the shape: the __dict__ view */
        d = instance_get_dict(self);
        if (!d) return 0;
    }
    if (d && dict_size(d)) return tuple_pack(3, OBJ_VAL(AS_OBJ(self)->type), EXC(self)->args, d);
    return tuple_pack(2, OBJ_VAL(AS_OBJ(self)->type), EXC(self)->args);
}

static Value BaseException_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__setstate__", nargs, 1, 1) < 0) return 0;
    if (args[0] != NONE) {
        if (!IS_DICT(args[0])) return raise_TypeError("state is not a dictionary");
        int64_t pos = 0;
        Value k, v;
        while (dict_next(args[0], &pos, &k, &v))
            if (obj_setattr(self, k, v) < 0) return 0;
    }
    return NONE;
}

/* ExceptionGroup.derive/split/subgroup: enough for except* and user code. */
static Value eg_derive(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("derive", nargs, 1, 1) < 0) return 0;
    Value a[2] = { EXC(self)->extra[X_EG_MSG], args[0] };
    return obj_call(OBJ_VAL(E(BaseExceptionGroup)), a, 2, 0);
}

static int eg_match(Value exc, Value cond)
{
    if (IS_TYPEOBJ(cond) || IS_TUPLE(cond)) return exc_given_matches(exc, cond);
    Value r = obj_call1(cond, exc);
    if (!r) return -1;
    return obj_truthy(r);
}

/* A part of group self made by derive(excs), carrying self's traceback,
   cause, context and a copy of its __notes__. */
static Value eg_subset(Value self, Value derive, Value excs)
{
    Value eg = obj_call1(derive, excs);
    if (!eg) return 0;
    if (!is_sub(eg, E(BaseExceptionGroup)))
        return raise_TypeError("derive must return an instance of BaseExceptionGroup");
    STORE(EXC(eg), traceback, EXC(self)->traceback);
    STORE(EXC(eg), context, EXC(self)->context);
    STORE(EXC(eg), cause, EXC(self)->cause);
    Value notes = obj_lookup_attr(self, S(__notes__));
    if (!notes) {
        if (exc_pending()) return 0;
        return eg;
    }
    Value copy = list_from_iter(notes);
    if (!copy) return 0;
    if (obj_setattr(eg, S(__notes__), copy) < 0) return 0;
    return eg;
}

/* Split self into (match, rest) by cond; either may be None. */
static int eg_split_rec(Value self, Value cond, Value *match, Value *rest)
{
    int m = eg_match(self, cond);
    if (m < 0) return -1;
    if (m) { *match = self; *rest = NONE; return 0; }
    if (!is_sub(self, E(BaseExceptionGroup))) { *match = NONE; *rest = self; return 0; }
    Value excs = EXC(self)->extra[X_EG_EXCS];
    Value ml = list_new(0), rl = list_new(0);
    for (int64_t i = 0; i < TUPLE_SIZE(excs); i++) {
        Value sm, sr;
        if (eg_split_rec(TUPLE_ITEMS(excs)[i], cond, &sm, &sr) < 0) return -1;
        if (sm != NONE) list_append(ml, sm);
        if (sr != NONE) list_append(rl, sr);
    }
    Value derive = obj_getattr_cstr(self, "derive");
    if (!derive) return -1;
    *match = NONE;
    *rest = NONE;
    if (LIST_SIZE(ml)) {
        if (!(*match = eg_subset(self, derive, ml))) return -1;
    }
    if (LIST_SIZE(rl)) {
        if (!(*rest = eg_subset(self, derive, rl))) return -1;
    }
    return 0;
}

static Value eg_split(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("split", nargs, 1, 1) < 0) return 0;
    Value m, r;
    if (eg_split_rec(self, args[0], &m, &r) < 0) return 0;
    return tuple_pack(2, m, r);
}

static Value eg_subgroup(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("subgroup", nargs, 1, 1) < 0) return 0;
    Value m, r;
    if (eg_split_rec(self, args[0], &m, &r) < 0) return 0;
    return m;
}

/* -- Type tables ---------------------------------------------------------- */

static const MethodDef BaseException_methods[] = {
    { "with_traceback", BaseException_with_traceback, METH_O, NULL },
    { "add_note", BaseException_add_note, METH_O, NULL },
    { "__reduce__", BaseException_reduce, METH_NOARGS, NULL },
    { "__setstate__", BaseException_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};
static const MethodDef EG_methods[] = {
    { "derive", eg_derive, 0, NULL },
    { "split", eg_split, 0, NULL },
    { "subgroup", eg_subgroup, 0, NULL },
    { "__class_getitem__", list_class_getitem, METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

#define GS(n, f) { n, get_##f, set_##f, NULL }
static const GetSetDef BaseException_getsets[] = {
    GS("args", args), GS("__traceback__", tb), GS("__context__", context),
    GS("__cause__", cause), GS("__suppress_context__", suppress),
    { "__dict__", get_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};
static const GetSetDef StopIteration_getsets[] = { GS("value", value), { NULL, NULL, NULL, NULL } };
static const GetSetDef SystemExit_getsets[] = { GS("code", code), { NULL, NULL, NULL, NULL } };
static const GetSetDef ImportError_getsets[] = {
    GS("msg", imp_msg), GS("name", imp_name), GS("path", imp_path), { NULL, NULL, NULL, NULL } };
static const GetSetDef AttributeError_getsets[] = {
    GS("name", attr_name), GS("obj", attr_obj), { NULL, NULL, NULL, NULL } };
static const GetSetDef NameError_getsets[] = { GS("name", attr_name), { NULL, NULL, NULL, NULL } };
static const GetSetDef OSError_getsets[] = {
    GS("errno", errno_), GS("strerror", strerror), GS("filename", filename),
    GS("filename2", filename2), GS("characters_written", written), { NULL, NULL, NULL, NULL } };
static const GetSetDef SyntaxError_getsets[] = {
    GS("msg", se_msg), GS("filename", se_filename), GS("lineno", se_lineno),
    GS("offset", se_offset), GS("text", se_text), GS("end_lineno", se_end_lineno),
    GS("end_offset", se_end_offset), GS("print_file_and_line", se_pfl), { NULL, NULL, NULL, NULL } };
static const GetSetDef UnicodeError_getsets[] = {
    GS("encoding", uc_encoding), GS("object", uc_object), GS("start", uc_start),
    GS("end", uc_end), GS("reason", uc_reason), { NULL, NULL, NULL, NULL } };
static const GetSetDef EG_getsets[] = {
    { "message", get_eg_msg, NULL, NULL }, { "exceptions", get_eg_excs, NULL, NULL },
    { NULL, NULL, NULL, NULL } };
#undef GS

static void exc_trace(Object *o, Visitor visit, void *ctx)
{
    ExcObject *e = (ExcObject *)o;
    visit(e->args, ctx);
    visit(e->traceback, ctx);
    visit(e->context, ctx);
    visit(e->cause, ctx);
    visit(e->notes, ctx);
    visit(OBJ_VAL(e->tail.shape), ctx);
    visit(e->tail.dict, ctx);
    visit(OBJ_VAL(e->tail.slots), ctx);
    visit(e->tail.weaklist, ctx);
    for (size_t i = 0; i < ARRAY_LEN(e->extra); i++) visit(e->extra[i], ctx);
}

/* BaseException's spec; every other exception starts from an empty spec of
 * its own name and inherits from its parent, family roots adding their slots. */
static const TypeSpec BaseException_spec = {
    .name = "BaseException", .base = -1, .basicsize = sizeof(ExcObject),
    .flags = TF_BASETYPE | TF_EXC_SUB, .trace = exc_trace, .repr = BaseException_repr,
    .str = BaseException_str, .new_ = BaseException_new, .init = BaseException_init,
    .methods = BaseException_methods, .getsets = BaseException_getsets,
};

/* Family slots, applied after the generic spec (and inherited by subclasses). */
typedef struct ExcFamily {
    Type *(*root)(void);
    UnaryFn str;
    NewFn new_;
    const GetSetDef *getsets;
    const MethodDef *methods;
} ExcFamily;

#define ROOTFN(n) static Type *root_##n(void) { return E(n); }
ROOTFN(StopIteration) ROOTFN(SystemExit) ROOTFN(ImportError)
ROOTFN(AttributeError) ROOTFN(NameError) ROOTFN(OSError) ROOTFN(SyntaxError)
ROOTFN(UnicodeDecodeError) ROOTFN(UnicodeEncodeError) ROOTFN(UnicodeTranslateError)
ROOTFN(KeyError) ROOTFN(BaseExceptionGroup)
#undef ROOTFN

static const ExcFamily families[] = {
    { root_StopIteration, NULL, NULL, StopIteration_getsets, NULL },
    { root_SystemExit, NULL, NULL, SystemExit_getsets, NULL },
    { root_ImportError, ImportError_str, NULL, ImportError_getsets, NULL },
    { root_AttributeError, NULL, NULL, AttributeError_getsets, NULL },
    { root_NameError, NULL, NULL, NameError_getsets, NULL },
    { root_OSError, OSError_str, OSError_new, OSError_getsets, NULL },
    { root_SyntaxError, SyntaxError_str, NULL, SyntaxError_getsets, NULL },
    { root_UnicodeDecodeError, UnicodeError_str, NULL, UnicodeError_getsets, NULL },
    { root_UnicodeEncodeError, UnicodeError_str, NULL, UnicodeError_getsets, NULL },
    { root_UnicodeTranslateError, UnicodeError_str, NULL, UnicodeError_getsets, NULL },
    { root_KeyError, KeyError_str, NULL, NULL, NULL },
    { root_BaseExceptionGroup, BaseExceptionGroup_str, BaseExceptionGroup_new, EG_getsets, EG_methods },
};

/* Build every exception type in the Root, after the builtin types exist. */
void exc_init_types(void)
{
    static const char *const names[] = {
#define NAMESTR(n, b) #n,
        EXCEPTIONS(NAMESTR)
#undef NAMESTR
    };
    Type *parent_of[] = {
#define PARENT(n, b) &R->e_##b,
        EXCEPTIONS(PARENT)
#undef PARENT
    };
    Type *types[] = {
#define SELF(n, b) &R->e_##n,
        EXCEPTIONS(SELF)
#undef SELF
    };
    for (size_t i = 0; i < ARRAY_LEN(types); i++) {
        Type *t = types[i];
        if (i == 0) {
            type_init_builtin(t, &BaseException_spec, T(type));
            continue;
        }
        TypeSpec spec = { .name = names[i], .base = -1, .basicsize = sizeof(ExcObject),
                          .flags = TF_BASETYPE | TF_EXC_SUB };
        for (size_t f = 0; f < ARRAY_LEN(families); f++) {
            if (families[f].root() != t) continue;
            spec.str = families[f].str;
            spec.new_ = families[f].new_;
            spec.getsets = families[f].getsets;
            spec.methods = families[f].methods;
        }
        /* type_init_builtin inherits from a preset base; ExceptionGroup takes its
         * layout and slots from BaseExceptionGroup and is also an Exception */
        t->base = t == E(ExceptionGroup) ? E(BaseExceptionGroup) : parent_of[i];
        type_init_builtin(t, &spec, T(type));
        if (t == E(ExceptionGroup)) {
            t->bases = tuple_pack(2, OBJ_VAL(E(BaseExceptionGroup)), OBJ_VAL(E(Exception)));
            t->mro = tuple_pack(5, OBJ_VAL(t), OBJ_VAL(E(BaseExceptionGroup)), OBJ_VAL(E(Exception)),
                                OBJ_VAL(E(BaseException)), OBJ_VAL(T(object)));
            /* CPython makes it as a class: it has __module__ and __weakref__ of its own */
            dict_set(t->dict, S(__module__), str_intern_cstr("builtins"));
            dict_set(t->dict, S(__weakref__), type_weakref_descr(t));
        }
    }
    R->memory_error = exc_alloc(E(MemoryError));
}

/* -- Raising ------------------------------------------------------------------ */

static void print_tb(FILE *f, Value tb);
static void print_exc_only(FILE *f, Value exc);

/* sys.unraisablehook's default output: "Exception ignored in: <repr of obj>"
 * (or "<err_msg>: <repr>") then exc's traceback, on sys.stderr. */
void exc_print_unraisable(Value e, Value obj, Value err_msg)
{
    if (obj == NONE) obj = 0;
    if (err_msg == NONE) err_msg = 0;
    Value r = obj ? obj_repr(obj) : 0;
    if (obj && !r) exc_clear();
    Value m = err_msg ? obj_str(err_msg) : 0;
    if (err_msg && !m) exc_clear();
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) return;
    if (obj) fprintf(f, "%s: %s\n", m ? STR_DATA(m) : "Exception ignored in", r ? STR_DATA(r) : "<object repr() failed>");
    else if (m) fprintf(f, "%s:\n", STR_DATA(m));
    if (e && IS_EXC(e)) {            /* the traceback, not the chain, as CPython's hook */
        print_tb(f, ((ExcObject *)e)->traceback);
        print_exc_only(f, e);
    } else if (e && e != NONE) {
        exc_print(e, f);
    }
    fclose(f);
    /* to sys.stderr, as CPython's default sys.unraisablehook */
    Value err = R->sys ? dict_get_cstr(AS(Module, R->sys)->dict, "stderr") : 0;
    Value s = err && err != NONE ? str_new(text, len) : 0;
    if (!s || !obj_call_method(err, str_intern_cstr("write"), &s, 1)) {
        exc_clear();
        fflush(stdout);
        fwrite(text, 1, len, stderr);
        fflush(stderr);
    }
    free(text);
}

/* Report the pending exception, raised in obj (a finalizer, a callback) where
 * it cannot propagate, to sys.unraisablehook (cleared). */
void exc_write_unraisable(Value obj)
{
    Value e = exc_fetch();
    Value hook = R->sys ? dict_get_cstr(AS(Module, R->sys)->dict, "unraisablehook") : 0;
    Value cls = R->extra_roots ? dict_get_cstr(kiln_state_dict(), "UnraisableHookArgs") : 0;
    if (!hook || hook == NONE || !cls) { exc_print_unraisable(e, obj, 0); return; }
    Value tb = e && IS_EXC(e) ? ((ExcObject *)e)->traceback : 0;
    Value items = tuple_pack(5, e ? OBJ_VAL(TYPE(e)) : NONE, e ? e : NONE, tb ? tb : NONE, NONE, obj ? obj : NONE);
    Value args = items ? obj_call1(cls, items) : 0;
    if (args && obj_call1(hook, args)) return;
    Value e2 = exc_fetch();
    exc_print_unraisable(e2, hook, str_from_cstr("Exception ignored in sys.unraisablehook"));
}

/* warnings.warn(msg, category, stacklevel); -1 if the warning was turned into an error. */
int exc_warn(Type *category, const char *msg, int stacklevel)
{
    Value m = str_from_cstr(msg);
    return m ? warnings_warn(m, OBJ_VAL(category), stacklevel, 0) : -1;
}

bool exc_pending(void) { return TS->exc != 0; }
Value exc_fetch(void) { Value e = TS->exc; TS->exc = 0; return e; }
void exc_restore(Value e) { TS->exc = e; }
void exc_clear(void) { TS->exc = 0; }
bool exc_matches(Type *t) { return TS->exc && is_sub(TS->exc, t); }

/* CPython's set_attribute_error_context(): the AttributeError of a failed lookup of `name` on
 * `obj` gets its .name and .obj, unless it already has one of them. */
void exc_attribute_context(Value obj, Value name)
{
    Value e = TS->exc;
    if (!e || !is_sub(e, E(AttributeError))) return;
    ExcObject *x = EXC(e);
    if (x->extra[X_ATTR_NAME] != NONE || x->extra[X_ATTR_OBJ]) return;
    STORE(x, extra[X_ATTR_NAME], name);
    STORE(x, extra[X_ATTR_OBJ], obj);
}

bool exc_given_matches(Value exc, Value cls)
{
    if (IS_TUPLE(cls)) {
        for (int64_t i = 0; i < TUPLE_SIZE(cls); i++)
            if (exc_given_matches(exc, TUPLE_ITEMS(cls)[i])) return true;
        return false;
    }
    if (!IS_TYPEOBJ(cls)) return false;
    Type *et = IS_TYPEOBJ(exc) ? AS(Type, exc) : TYPE(exc);
    return type_is_subtype(et, AS(Type, cls));
}

/* Implicit chaining: the exception being handled becomes the new one's
 * __context__, breaking any cycle that would form (as CPython does). */
void exc_set_context_cause(Value exc, Value context)
{
    if (!context || context == exc || !IS_EXC(exc)) return;
    /* the chain may already hold a cycle (e.__context__ = e): Floyd's
     * tortoise walks at half speed and meeting it ends the walk */
    Value o = context, slow = context;
    bool step_slow = false;
    for (;;) {
        Value c = EXC(o)->context;
        if (!c || !IS_EXC(c)) break;
        if (c == exc) { STORE(EXC(o), context, 0); break; }
        o = c;
        if (o == slow) break;
        if (step_slow) slow = EXC(slow)->context;
        step_slow = !step_slow;
    }
    STORE(EXC(exc), context, context);
}

/* A request of count items of size bytes that the heap can never hold: raise
 * MemoryError, as CPython does when malloc fails, and return true. */
bool heap_too_big(int64_t count, size_t size)
{
    if (count <= 0 || size == 0 || (uint64_t)count < (KILN_ARENA_SIZE / 4) / size) return false;
    Value e = exc_new(E(MemoryError), NULL, 0);
    if (e) raise_value(e);
    return true;
}

Value raise_value(Value exc)
{
    if (IS_TYPEOBJ(exc)) {
        if (!type_is_subtype(AS(Type, exc), E(BaseException)))
            return raise_TypeError("exceptions must derive from BaseException");
        Value inst = obj_call0(exc);
        if (!inst) return 0;
        exc = inst;
    }
    if (!IS_EXC(exc)) return raise_TypeError("exceptions must derive from BaseException");
    exc_set_context_cause(exc, exc_topmost_handled());
    TS->exc = exc;
    return 0;
}

Value raise_type_noargs(Type *t) { return raise_value(OBJ_VAL(t)); }

Value raise_fmt(Type *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) return 0;
    Value exc = exc_new(t, &msg, 1);
    if (!exc) return 0;
    return raise_value(exc);
}

Value raise_KeyError(Value key)
{
    Value exc = exc_new(E(KeyError), &key, 1);
    return exc ? raise_value(exc) : 0;
}

Value raise_StopIteration(Value v)
{
    Value exc = exc_new(E(StopIteration), &v, v ? 1 : 0);
    return exc ? raise_value(exc) : 0;
}

Value raise_errno(Type *t, int err, Value filename)
{
    Value a[3] = { MKSMALL(err), str_from_cstr(strerror(err)), filename };
    Value exc = exc_new(t ? t : E(OSError), a, filename && filename != NONE ? 3 : 2);
    return exc ? raise_value(exc) : 0;
}

Value raise_memory(void)
{
    TS->exc = R->memory_error;
    return 0;
}

/* -- Printing ---------------------------------------------------------------- */

static void put_str(FILE *f, Value s)
{
    if (s && IS_STR(s)) fwrite(STR_DATA(s), 1, (size_t)STR_NBYTES(s), f);
}

/* The source line `lineno` of `filename` (malloc'd, newline stripped), or NULL. */
char *exc_source_line(const char *filename, int64_t lineno)
{
    FILE *src = fopen(filename, "r");
    if (!src) return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int64_t no = 0;
    char *found = NULL;
    while ((n = getline(&line, &cap, src)) >= 0) {
        if (++no == lineno) {
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
            found = line;
            line = NULL;
            break;
        }
    }
    free(line);
    fclose(src);
    return found;
}

/* Characters in the first `bytes` bytes of UTF-8 text. */
static int64_t char_count(const char *s, int64_t bytes)
{
    int64_t n = 0;
    for (int64_t i = 0; i < bytes && s[i]; i++) n += ((unsigned char)s[i] & 0xc0) != 0x80;
    return n;
}

/* CPython 3.11's anchors inside a segment that is a binary operation
 * (`~~^~~`: the operator) or a subscript (`~~^^^`: the brackets), as byte
 * offsets into the segment; false when the segment is neither. */
static bool caret_anchors(const char *seg, int64_t *left, int64_t *right)
{
    AstPool *pool = ast_pool_new();
    SyntaxErrorInfo err;
    Mod *m = ast_parse(pool, seg, strlen(seg), "<segment>", PARSE_FILE, 0, &err);
    bool ok = false;
    if (m && m->kind == Mod_Module && m->v.Module.body.n == 1 &&
        m->v.Module.body.items[0]->kind == Stmt_Expr) {
        Expr *e = m->v.Module.body.items[0]->v.Expr.value;
        if (e->kind == Expr_BinOp) {
            Expr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
            for (int i = l->end_col_offset; i < r->col_offset; i++) {
                if (seg[i] == ' ' || seg[i] == '\t' || seg[i] == '\f' || seg[i] == '\n') continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < r->col_offset && !(seg[i + 1] == ' ' || seg[i + 1] == '\t')) ++*right;
                break;   /* 3.11.2 does not skip a closing parenthesis (3.12 does) */
            }
            ok = true;
        } else if (e->kind == Expr_Subscript) {
            /* 3.11.2: from the end of the value to one past the slice (3.12 looks for the brackets) */
            *left = e->v.Subscript.value->end_col_offset;
            *right = e->v.Subscript.slice->end_col_offset + 1;
            ok = true;
        }
    }
    ast_pool_free(pool);
    return ok;
}

/* The caret line under a traceback entry, from the instruction's source range. */
static void print_carets(FILE *f, const char *line, int64_t lineno, Value code, Value lastiv)
{
    if (R->flag_no_debug_ranges || !IS_TYPE(code, code) || !IS_SMALL(lastiv)) return;
    Code *c = (Code *)code;
    int64_t lasti = SMALL_VAL(lastiv) / 4;   /* tb_lasti is in bytes: 4 per instruction */
    if (!c->positions || lasti < 0 || lasti >= c->ncode) return;
    CodePosition pos = ((const CodePosition *)((RawBytes *)c->positions)->data)[lasti];
    if (pos.col < 0 || pos.end_col < 0 || pos.end_line < lineno) return;
    int64_t nbytes = (int64_t)strlen(line);
    int64_t lead = 0;
    while (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f') lead++;
    int64_t tail = nbytes;
    while (tail > lead && (line[tail - 1] == ' ' || line[tail - 1] == '\t')) tail--;
    int64_t truncation = char_count(line, lead);
    int64_t stripped_len = char_count(line + lead, tail - lead);
    if (pos.col > nbytes) return;
    int64_t start = char_count(line, pos.col);
    int64_t end;
    int64_t left = -1, right = -1;
    if (pos.end_line != lineno) {
        end = truncation + stripped_len;
    } else {
        if (pos.end_col > nbytes) return;
        end = char_count(line, pos.end_col);
        if (end <= start) return;
        size_t seglen = (size_t)(pos.end_col - pos.col);
        char *seg = malloc(seglen + 2);
        memcpy(seg, line + pos.col, seglen);
        seg[seglen] = '\n';
        seg[seglen + 1] = 0;
        int64_t la, ra;
        if (caret_anchors(seg, &la, &ra)) {
            left = start + char_count(seg, la);
            right = start + char_count(seg, ra);
        }
        free(seg);
    }
    bool secondary = left != -1 || right != -1;
    if (end - start >= stripped_len && !secondary) return;
    fputs("    ", f);
    for (int64_t i = truncation; i < start; i++) fputc(' ', f);
    for (int64_t i = start; i < end; i++) fputc(secondary && (i < left || i >= right) ? '~' : '^', f);
    fputc('\n', f);
}

/* Read a traceback through its Python attributes, so this file needs no
 * knowledge of the VM's frame layout. */
static Value attr_or_none(Value o, const char *name)
{
    Value v = obj_getattr_cstr(o, name);
    if (!v) { exc_clear(); return NONE; }
    return v;
}

static void print_tb(FILE *f, Value tb)
{
    if (!tb || tb == NONE) return;
    fputs("Traceback (most recent call last):\n", f);
    Value last_file = 0, last_name = 0;
    int64_t last_line = -1, repeat = 0;
    for (; tb && tb != NONE; tb = attr_or_none(tb, "tb_next")) {
        Value code = attr_or_none(attr_or_none(tb, "tb_frame"), "f_code");
        Value filename = attr_or_none(code, "co_filename"), name = attr_or_none(code, "co_name");
        Value lv = attr_or_none(tb, "tb_lineno");
        int64_t line = IS_SMALL(lv) ? SMALL_VAL(lv) : -1;
        if (!IS_STR(filename) || !IS_STR(name)) continue;
        if (last_file && str_eq(filename, last_file) && str_eq(name, last_name) && line == last_line) {
            if (++repeat > 3) continue;
        } else {
            if (repeat > 3)
                fprintf(f, "  [Previous line repeated %lld more time%s]\n", (long long)(repeat - 3),
                        repeat - 3 == 1 ? "" : "s");
            repeat = 1;
        }
        last_file = filename;
        last_name = name;
        last_line = line;
        fputs("  File \"", f);
        put_str(f, filename);
        fprintf(f, "\", line %lld, in ", (long long)line);
        put_str(f, name);
        fputc('\n', f);
        char *text = exc_source_line(STR_DATA(filename), line);
        if (text) {
            const char *t = text;
            while (*t == ' ' || *t == '\t' || *t == '\f') t++;
            size_t tl = strlen(t);
            while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\t')) tl--;
            if (tl) {
                fprintf(f, "    %.*s\n", (int)tl, t);
                print_carets(f, text, line, code, attr_or_none(tb, "tb_lasti"));
            }
            free(text);
        }
    }
    if (repeat > 3)
        fprintf(f, "  [Previous line repeated %lld more time%s]\n", (long long)(repeat - 3),
                repeat - 3 == 1 ? "" : "s");
}

/* -- "Did you mean" (CPython 3.11's Python/suggestions.c) ------------------------ */

enum { SUGGEST_MAX_ITEMS = 750, SUGGEST_MAX_STRING = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t row[SUGGEST_MAX_STRING];
    while (an && bn && a[0] == b[0]) { a++; an--; b++; bn--; }
    while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
    if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
    if (an > SUGGEST_MAX_STRING || bn > SUGGEST_MAX_STRING) return max_cost + 1;
    if (bn < an) { const char *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
    if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
    for (size_t i = 0; i < an; i++) row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + substitution_cost(b[bi], a[i]);
            distance = row[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest name in `names` (a list of str), or 0. */
static Value closest_name(Value names, Value name)
{
    if (!names || !IS_LIST(names) || LIST_SIZE(names) >= SUGGEST_MAX_ITEMS) return 0;
    Value best = 0;
    size_t best_dist = SIZE_MAX, nn = (size_t)STR_NBYTES(name);
    for (int64_t i = 0; i < LIST_SIZE(names); i++) {
        Value item = LIST_ITEMS(names)[i];
        if (!IS_STR(item) || str_eq(item, name)) continue;
        size_t in = (size_t)STR_NBYTES(item);
        size_t max = (nn + in + 3) * MOVE_COST / 6;
        if (best && best_dist - 1 < max) max = best_dist - 1;
        size_t d = levenshtein(STR_DATA(name), nn, STR_DATA(item), in, max);
        if (d > max) continue;
        if (!best || d < best_dist) { best = item; best_dist = d; }
    }
    return best;
}

/* CPython's _Py_Offer_Suggestions: for exactly AttributeError (dir of .obj) and NameError
 * (the failing frame's variables, then its globals, then builtins). 0: none. */
static Value offer_suggestion(Value exc)
{
    Type *t = TYPE(exc);
    Value name = EXC(exc)->extra[X_ATTR_NAME];
    if (!IS_TYPE(name, str)) return 0;
    if (t == E(AttributeError)) {
        Value obj = EXC(exc)->extra[X_ATTR_OBJ];
        if (!obj) return 0;              /* not set; None itself is a source, as in CPython */
        return closest_name(obj_dir(obj), name);
    }
    if (t != E(NameError)) return 0;
    Value tb = obj_lookup_attr(exc, S(__traceback__));
    if (!tb || tb == NONE) return 0;
    for (;;) {
        Value next = obj_lookup_attr(tb, str_intern_cstr("tb_next"));
        if (!next || next == NONE) break;
        tb = next;
    }
    Value frame = obj_lookup_attr(tb, str_intern_cstr("tb_frame"));
    Value code = frame ? obj_lookup_attr(frame, str_intern_cstr("f_code")) : 0;
    Value vars = code ? obj_lookup_attr(code, str_intern_cstr("co_varnames")) : 0;
    Value s = vars && IS_TUPLE(vars) ? closest_name(list_from_iter(vars), name) : 0;
    static const char *const scopes[] = { "f_globals", "f_builtins" };
    for (int i = 0; !s && frame && i < 2; i++) {
        Value d = obj_lookup_attr(frame, str_intern_cstr(scopes[i]));
        if (d && IS_DICT(d)) s = closest_name(dict_keys_list(d), name);
    }
    return s;
}

/* "Type: message" (module-qualified unless builtins/__main__). */
static void print_exc_only(FILE *f, Value exc)
{
    Type *t = TYPE(exc);
    if (type_is_subtype(t, E(SyntaxError))) {
        ExcObject *e = EXC(exc);
        Value fn = e->extra[X_SE_FILENAME], ln = e->extra[X_SE_LINENO];
        if (IS_STR(fn) || IS_SMALL(ln)) {
            fputs("  File \"", f);
            put_str(f, IS_STR(fn) ? fn : str_from_cstr("<string>"));
            fputs("\"", f);
            if (IS_SMALL(ln)) fprintf(f, ", line %lld", (long long)SMALL_VAL(ln));
            fputc('\n', f);
            Value text = e->extra[X_SE_TEXT];
            if (IS_STR(text)) {
                const char *s = STR_DATA(text);
                int64_t len = STR_NBYTES(text);
                /* CPython keeps only the last line of a multi-line text */
                const char *nl;
                while ((nl = memchr(s, '\n', (size_t)len)) && nl < s + len - 1) { len -= nl + 1 - s; s = nl + 1; }
                int64_t lead = 0;
                while (lead < len && (s[lead] == ' ' || s[lead] == '\t' || s[lead] == '\f')) lead++;
                int64_t end = len;
                while (end > lead && (s[end - 1] == '\n' || s[end - 1] == '\r')) end--;
                fprintf(f, "    %.*s\n", (int)(end - lead), s + lead);
                /* CPython 3.11's caret rules: offsets are 1-based; no caret left of
                 * the text; one caret for IndentationError or an empty range; to
                 * the end of the line when the error spans lines. */
                Value off = e->extra[X_SE_OFFSET], eoff = e->extra[X_SE_END_OFFSET];
                Value eln = e->extra[X_SE_END_LINENO];
                int64_t width = end - lead;
                if (IS_SMALL(off) && SMALL_VAL(off) - 1 - lead >= 0) {
                    int64_t col = SMALL_VAL(off) - 1 - lead, n = 1;
                    if (col > width) col = width;
                    if (!type_is_subtype(t, E(IndentationError))) {
                        if (IS_SMALL(eln) && IS_SMALL(ln) && SMALL_VAL(eln) > SMALL_VAL(ln))
                            n = width - col;
                        else if (IS_SMALL(eoff) && SMALL_VAL(eoff) > SMALL_VAL(off)) {
                            int64_t ecol = SMALL_VAL(eoff) - 1 - lead;
                            if (ecol > width) ecol = width;
                            n = ecol - col;
                        }
                    }
                    if (n < 1) n = 1;
                    fprintf(f, "    %*s", (int)col, "");
                    for (int64_t i = 0; i < n; i++) fputc('^', f);
                    fputc('\n', f);
                }
            }
        }
    }
    Value mod = dict_get_str(t->dict, S(__module__));
    if (mod && IS_STR(mod) && !str_eq_cstr(mod, "builtins") && !str_eq_cstr(mod, "__main__")) {
        put_str(f, mod);
        fputc('.', f);
    }
    Value qn = t->qualname ? t->qualname : t->name;
    put_str(f, qn);
    Value s = type_is_subtype(t, E(SyntaxError)) && EXC(exc)->extra[X_SE_MSG] != NONE
              ? obj_str(EXC(exc)->extra[X_SE_MSG]) : obj_str(exc);
    if (!s) {
        exc_clear();
        fputs(": <exception str() failed>", f);
    } else if (STR_NBYTES(s)) {
        fputs(": ", f);
        put_str(f, s);
    }
    Value suggestion = offer_suggestion(exc);
    if (exc_pending()) exc_clear();
    if (suggestion) {
        fputs(". Did you mean: '", f);
        put_str(f, suggestion);
        fputs("'?", f);
    }
    fputc('\n', f);
    Value notes = obj_lookup_attr(exc, S(__notes__));
    if (!notes) exc_clear();
    if (notes && IS_LIST(notes)) {
        for (int64_t i = 0; i < LIST_SIZE(notes); i++) {
            Value n = IS_STR(LIST_ITEMS(notes)[i]) ? LIST_ITEMS(notes)[i] : obj_repr(LIST_ITEMS(notes)[i]);
            if (n) { put_str(f, n); fputc('\n', f); } else exc_clear();
        }
    }
}

/* Causes and contexts first; an exception already shown (a cycle in the
 * chain) is not followed again, as CPython's seen-set does. */
#define CHAIN_MAX 100
static bool chain_seen(const Value *seen, int n, Value e)
{
    for (int i = 0; i < n; i++)
        if (seen[i] == e) return true;
    return false;
}

static void print_chain(FILE *f, Value exc, Value *seen, int n)
{
    ExcObject *e = EXC(exc);
    seen[n++] = exc;
    if (n < CHAIN_MAX) {
        if (e->cause && IS_EXC(e->cause)) {
            if (!chain_seen(seen, n, e->cause)) {
                print_chain(f, e->cause, seen, n);
                fputs("\nThe above exception was the direct cause of the following exception:\n\n", f);
            }
        } else if (e->context && IS_EXC(e->context) && !e->suppress_context) {
            if (!chain_seen(seen, n, e->context)) {
                print_chain(f, e->context, seen, n);
                fputs("\nDuring handling of the above exception, another exception occurred:\n\n", f);
            }
        }
    }
    print_tb(f, e->traceback);
    print_exc_only(f, exc);
}

void exc_print(Value exc, FILE *f)
{
    Value saved = exc_fetch();
    fflush(stdout);
    if (!IS_EXC(exc)) {
        Value r = obj_repr(exc);
        fputs("TypeError: print_exception(): Exception expected for value, ", f);
        if (r) put_str(f, r);
        fputc('\n', f);
    } else {
        Value seen[CHAIN_MAX];
        print_chain(f, exc, seen, 0);
    }
    fflush(f);
    exc_restore(saved);
}
