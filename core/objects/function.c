/* kiln: callables — Python functions, bound methods, builtin functions, the
 * descriptors that expose C methods/getsets/slots of builtin types, and cells.
 * Calling a Python function goes through the VM (vm_call_function). */
#include "vm.h"

/* -- helpers ------------------------------------------------------------- */

/* Attribute lookup for objects with an optional attribute dict (functions):
 * data descriptors of the type win, then the dict, then other class attributes. */
static Value getattr_with_dict(Value self, Value name, Value dict) {
    Type *t = TYPE(self);
    Value d = type_lookup(t, name);
    if (d && TYPE(d)->descr_get && TYPE(d)->descr_set)
        return TYPE(d)->descr_get(d, self, OBJ_VAL(t));
    if (dict) {
        Value v = dict_get(dict, name);
        if (v || exc_pending()) return v;
    }
    if (d) {
        if (TYPE(d)->descr_get) return TYPE(d)->descr_get(d, self, OBJ_VAL(t));
        return d;
    }
    return raise_AttributeError("'%s' object has no attribute '%U'", TYPE_NAME(self), name);
}

static const char *type_name_of(Type *t) { return ((Str *)t->name)->data; }

/* -- function ------------------------------------------------------------- */

static void func_trace(Object *o, Visitor visit, void *ctx) {
    Function *f = (Function *)o;
    visit(f->code, ctx); visit(f->globals, ctx); visit(f->builtins, ctx);
    visit(f->name, ctx); visit(f->qualname, ctx); visit(f->doc, ctx); visit(f->module, ctx);
    visit(f->defaults, ctx); visit(f->kwdefaults, ctx); visit(f->closure, ctx);
    visit(f->annotations, ctx); visit(f->dict, ctx);
}

Value function_new(Value code, Value globals, Value builtins, Value qualname) {
    Code *c = (Code *)code;
    Function *f = (Function *)gc_alloc_kind(T(function), sizeof(Function), HEAP_FROZEN);
    f->code = code;
    f->globals = globals;
    f->builtins = builtins;
    f->name = c->name;
    f->qualname = qualname ? qualname : c->qualname;
    f->doc = NONE;
    if (TUPLE_SIZE(c->consts) > 0 && IS_STR(TUPLE_ITEMS(c->consts)[0]) &&
        !(c->flags & 0x4000000) /* reserved: no-docstring marker */)
        f->doc = TUPLE_ITEMS(c->consts)[0];
    Value m = IS_DICT(globals) ? dict_get_str(globals, S(__name__)) : 0;
    f->module = m ? m : NONE;
    return OBJ_VAL(f);
}

static Value func_repr(Value v) {
    return str_fmt("<function %U at %p>", ((Function *)v)->qualname, (void *)v);
}

static Value func_descr_get(Value f, Value obj, Value type) {
    if (!obj) return f;
    return method_new(f, obj);
}

static Value func_getattr(Value self, Value name) {
    return getattr_with_dict(self, name, ((Function *)self)->dict);
}

static int func_setattr(Value self, Value name, Value v) {
    Function *f = (Function *)self;
    Value d = type_lookup(T(function), name);
    if (d && TYPE(d)->descr_set) return TYPE(d)->descr_set(d, self, v);
    if (!f->dict) {
        if (!v) { raise_AttributeError("'function' object has no attribute '%U'", name); return -1; }
        STORE(f, dict, dict_new());
    }
    if (!v) {
        int r = dict_del(f->dict, name);
        if (r < 0 && exc_matches(E(KeyError))) {
            exc_clear();
            raise_AttributeError("'function' object has no attribute '%U'", name);
        }
        return r;
    }
    return dict_set(f->dict, name, v);
}

#define FN(v) ((Function *)(v))
static Value fg_name(Value s) { return FN(s)->name; }
static int fs_name(Value s, Value v) {
    if (!v || !IS_STR(v)) { raise_TypeError("__name__ must be set to a string object"); return -1; }
    STORE(FN(s), name, v); return 0;
}
static Value fg_qualname(Value s) { return FN(s)->qualname; }
static int fs_qualname(Value s, Value v) {
    if (!v || !IS_STR(v)) { raise_TypeError("__qualname__ must be set to a string object"); return -1; }
    STORE(FN(s), qualname, v); return 0;
}
static Value fg_doc(Value s) { return FN(s)->doc; }
static int fs_doc(Value s, Value v) { STORE(FN(s), doc, v ? v : NONE); return 0; }
static Value fg_module(Value s) {
    Function *f = FN(s);
    if (f->dict) { Value m = dict_get_str(f->dict, S(__module__)); if (m) return m; }
    return f->module;
}
static int fs_module(Value s, Value v) { STORE(FN(s), module, v ? v : NONE); return 0; }
static Value fg_defaults(Value s) { return FN(s)->defaults ? FN(s)->defaults : NONE; }
static int fs_defaults(Value s, Value v) {
    if (v == NONE) v = 0;
    if (v && !IS_TUPLE(v)) { raise_TypeError("__defaults__ must be set to a tuple object"); return -1; }
    if (v && TUPLE_SIZE(v) == 0) v = 0;
    STORE(FN(s), defaults, v); return 0;
}
static Value fg_kwdefaults(Value s) { return FN(s)->kwdefaults ? FN(s)->kwdefaults : NONE; }
static int fs_kwdefaults(Value s, Value v) {
    if (v == NONE) v = 0;
    if (v && !IS_DICT(v)) { raise_TypeError("__kwdefaults__ must be set to a dict object"); return -1; }
    STORE(FN(s), kwdefaults, v); return 0;
}
static Value fg_code(Value s) { return FN(s)->code; }
static int fs_code(Value s, Value v) {
    if (!v || !IS_TYPE(v, code)) { raise_TypeError("__code__ must be set to a code object"); return -1; }
    Function *f = FN(s);
    int64_t nfree = TUPLE_SIZE(((Code *)v)->freevars), nclos = f->closure ? TUPLE_SIZE(f->closure) : 0;
    if (nfree != nclos) {
        raise_ValueError("%U() requires a code object with %lld free vars, not %lld",
                         f->name, (long long)nclos, (long long)nfree);
        return -1;
    }
    STORE(f, code, v); return 0;
}
static Value fg_annotations(Value s) {
    Function *f = FN(s);
    if (!f->annotations) STORE(f, annotations, dict_new());
    return f->annotations;
}
static int fs_annotations(Value s, Value v) {
    if (v == NONE) v = 0;
    if (v && !IS_DICT(v)) { raise_TypeError("__annotations__ must be set to a dict object"); return -1; }
    STORE(FN(s), annotations, v); return 0;
}
static Value fg_dict(Value s) {
    Function *f = FN(s);
    if (!f->dict) STORE(f, dict, dict_new());
    return f->dict;
}
static int fs_dict(Value s, Value v) {
    if (!v) { raise_TypeError("cannot delete __dict__"); return -1; }
    if (!IS_DICT(v)) { raise_TypeError("__dict__ must be set to a dictionary, not a '%T'", v); return -1; }
    STORE(FN(s), dict, v); return 0;
}

static const GetSetDef func_getsets[] = {
    {"__name__", fg_name, fs_name, NULL},
    {"__qualname__", fg_qualname, fs_qualname, NULL},
    {"__doc__", fg_doc, fs_doc, NULL},
    {"__module__", fg_module, fs_module, NULL},
    {"__defaults__", fg_defaults, fs_defaults, NULL},
    {"__kwdefaults__", fg_kwdefaults, fs_kwdefaults, NULL},
    {"__code__", fg_code, fs_code, NULL},
    {"__annotations__", fg_annotations, fs_annotations, NULL},
    {"__dict__", fg_dict, fs_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value func_get_method(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("__get__", nargs, 1, 2) < 0) return 0;
    Value obj = args[0] == NONE ? 0 : args[0];
    return func_descr_get(self, obj, nargs > 1 ? args[1] : 0);
}

static const MethodDef func_methods[] = {
    {"__get__", func_get_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* types.FunctionType(code, globals, name=None, argdefs=None, closure=None) */
static Value func_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    Value a[5] = {0};
    if (args_parse("function", args, nargs, kwnames, names, 2, a) < 0) return 0;
    if (!IS_TYPE(a[0], code)) return raise_TypeError("function() argument 'code' must be code, not %A", a[0]);
    if (!IS_DICT(a[1])) return raise_TypeError("function() argument 'globals' must be dict, not %A", a[1]);
    Value b = dict_get_str(a[1], S(__builtins__));
    if (b && IS_TYPE(b, module)) b = ((Module *)b)->dict;
    if (!b || !IS_DICT(b)) b = R->builtins_dict;
    if (a[2] && a[2] != NONE && !IS_STR(a[2])) return raise_TypeError("arg 3 (name) must be None or string");
    if (a[3] && a[3] != NONE && !IS_TUPLE(a[3])) return raise_TypeError("arg 4 (defaults) must be None or tuple");
    Code *code = (Code *)a[0];
    int64_t nfree = TUPLE_SIZE(code->freevars);
    if (a[4] && a[4] != NONE && !IS_TUPLE(a[4])) return raise_TypeError("arg 5 (closure) must be None or tuple");
    if (nfree && (!a[4] || a[4] == NONE)) return raise_TypeError("arg 5 (closure) must be tuple");
    int64_t nclosure = a[4] && a[4] != NONE ? TUPLE_SIZE(a[4]) : 0;
    if (nfree != nclosure)
        return raise_ValueError("%U requires closure of length %lld, not %lld", code->name,
                                (long long)nfree, (long long)nclosure);
    for (int64_t i = 0; i < nclosure; i++)
        if (!IS_TYPE(TUPLE_ITEMS(a[4])[i], cell))
            return raise_TypeError("arg 5 (closure) expected cell, found %s", TYPE_NAME(TUPLE_ITEMS(a[4])[i]));
    Value f = function_new(a[0], a[1], b, 0);
    if (a[2] && a[2] != NONE) STORE(FN(f), name, a[2]);
    if (a[3] && a[3] != NONE) STORE(FN(f), defaults, a[3]);
    if (a[4] && a[4] != NONE) STORE(FN(f), closure, a[4]);
    return f;
}

const TypeSpec function_spec = {
    .name = "function",
    .base = -1,
    .basicsize = sizeof(Function),
    .trace = func_trace,
    .repr = func_repr,
    .call = vm_call_function,
    .descr_get = func_descr_get,
    .getattr = func_getattr,
    .setattr = func_setattr,
    .new_ = func_tp_new,
    .methods = func_methods,
    .getsets = func_getsets,
};

/* -- bound method ------------------------------------------------------------ */

static void meth_trace(Object *o, Visitor visit, void *ctx) {
    visit(((Method *)o)->func, ctx); visit(((Method *)o)->self, ctx);
}

Value method_new(Value func, Value self) {
    Method *m = (Method *)gc_alloc(T(method), sizeof(Method));
    m->func = func;
    m->self = self;
    return OBJ_VAL(m);
}

static Value meth_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    Method *m = (Method *)self;
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    size_t n = nargs + nkw;
    Value small[8];
    Value *buf = n + 1 <= 8 ? small : (Value *)__builtin_alloca((n + 1) * sizeof(Value));
    buf[0] = m->self;
    for (size_t i = 0; i < n; i++) buf[i + 1] = args[i];
    return obj_call(m->func, buf, nargs + 1, kwnames);
}

static Value meth_repr(Value v) {
    Method *m = (Method *)v;
    Value name = obj_lookup_attr(m->func, S(__qualname__));
    if (!name) {
        if (exc_pending()) return 0;
        name = obj_lookup_attr(m->func, S(__name__));
        if (!name) { if (exc_pending()) return 0; name = str_from_cstr("?"); }
    }
    Value r = obj_repr(m->self);
    if (!r) return 0;
    if (IS_STR(name)) return str_fmt("<bound method %U of %U>", name, r);
    return str_fmt("<bound method %S of %U>", name, r);
}

static Value meth_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_TYPE(b, method)) return NOTIMPL;
    Method *x = (Method *)a, *y = (Method *)b;
    int eq = x->self == y->self;
    if (eq) { eq = obj_eq(x->func, y->func); if (eq < 0) return 0; }
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int meth_hash(Value v, int64_t *out) {
    Method *m = (Method *)v;
    int64_t h1 = (int64_t)(m->self >> 4), h2;
    if (obj_hash(m->func, &h2) < 0) return -1;
    int64_t h = h1 ^ h2;
    if (h == -1) h = -2;
    *out = h;
    return 0;
}

static Value meth_getattr(Value self, Value name) {
    Type *t = T(method);
    Value d = type_lookup(t, name);
    if (d) {
        if (TYPE(d)->descr_get) return TYPE(d)->descr_get(d, self, OBJ_VAL(t));
        return d;
    }
    return obj_getattr(((Method *)self)->func, name);
}

static Value mg_self(Value s) { return ((Method *)s)->self; }
static Value mg_func(Value s) { return ((Method *)s)->func; }
static Value mg_doc(Value s) { return obj_getattr(((Method *)s)->func, S(__doc__)); }

static const GetSetDef meth_getsets[] = {
    {"__self__", mg_self, NULL, NULL, true},
    {"__func__", mg_func, NULL, NULL, true},
    {"__doc__", mg_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value meth_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("method", kwnames) < 0 || args_count("method", nargs, 2, 2) < 0) return 0;
    if (!obj_is_callable(args[0])) return raise_TypeError("first argument must be callable");
    if (args[1] == NONE) return raise_TypeError("instance must not be None");
    return method_new(args[0], args[1]);
}

const TypeSpec method_spec = {
    .name = "method",
    .base = -1,
    .basicsize = sizeof(Method),
    .flags = TF_IMMUTABLE,
    .trace = meth_trace,
    .repr = meth_repr,
    .hash = meth_hash,
    .richcompare = meth_richcompare,
    .call = meth_call,
    .getattr = meth_getattr,
    .new_ = meth_tp_new,
    .getsets = meth_getsets,
};

/* -- builtin_function_or_method -------------------------------------------- */

static void bf_trace(Object *o, Visitor visit, void *ctx) {
    visit(((BuiltinFunction *)o)->self, ctx); visit(((BuiltinFunction *)o)->module, ctx);
}

Value builtin_function_new(const MethodDef *def, Value self, Value module) {
    BuiltinFunction *b = (BuiltinFunction *)gc_alloc_kind(T(builtin_function), sizeof(BuiltinFunction), HEAP_FROZEN);
    b->def = def;
    b->self = self;
    b->module = module;
    return OBJ_VAL(b);
}

/* The function as CPython's messages name it: "list.append", "math.sqrt", "len". */
/* The class defining method d bound to self (str for a str subclass's instance), as CPython's d_type. */
static Type *def_owner(const MethodDef *d, Value self) {
    Value mro = TYPE(self)->mro;
    for (int64_t i = 0; mro && i < TUPLE_SIZE(mro); i++) {
        Type *b = AS(Type, TUPLE_ITEMS(mro)[i]);
        Value v = (b->flags & TF_HEAPTYPE) ? 0 : dict_get_cstr(b->dict, d->name);
        if (v && IS_TYPE(v, method_descriptor) && ((MethodDescr *)AS_OBJ(v))->def == d) return b;
    }
    return TYPE(self);
}

static Value func_str(const MethodDef *d, Type *owner, Value self) {
    if (!owner && self && !IS_TYPE(self, module)) owner = IS_TYPEOBJ(self) ? (Type *)self : def_owner(d, self);
    if (owner) return str_fmt("%U.%s", owner->qualname ? owner->qualname : owner->name, d->name);
    if (self && !str_eq_cstr(((Module *)self)->name, "builtins")) return str_fmt("%U.%s", ((Module *)self)->name, d->name);
    return str_from_cstr(d->name);
}

Value meth_args_error(const MethodDef *d, Type *owner, Value self, size_t nargs, Value kwnames) {
    Value fs = func_str(d, owner, self);
    if (!fs) return 0;
    if (kwnames && TUPLE_SIZE(kwnames)) return raise_TypeError("%U() takes no keyword arguments", fs);
    if (d->flags & METH_NOKW) return raise_SystemError("bad METH_NOKW check");
    if (d->flags & METH_O) return raise_TypeError("%U() takes exactly one argument (%zu given)", fs, nargs);
    return raise_TypeError("%U() takes no arguments (%zu given)", fs, nargs);
}

static Value bf_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    BuiltinFunction *b = (BuiltinFunction *)self;
    if (!meth_args_ok(b->def, nargs, kwnames)) return meth_args_error(b->def, NULL, b->self, nargs, kwnames);
    return b->def->fn(b->self, args, nargs, kwnames);
}

static bool bf_is_method(BuiltinFunction *b) {
    return b->self && !IS_TYPE(b->self, module);
}

static Value bf_repr(Value v) {
    BuiltinFunction *b = (BuiltinFunction *)v;
    if (!bf_is_method(b)) return str_fmt("<built-in function %s>", b->def->name);
    return str_fmt("<built-in method %s of %s object at %p>", b->def->name, TYPE_NAME(b->self),
                   (void *)b->self);
}

static Value bg_name(Value s) { return str_from_cstr(((BuiltinFunction *)s)->def->name); }
static Value bg_qualname(Value s) {
    BuiltinFunction *b = (BuiltinFunction *)s;
    if (!bf_is_method(b)) return str_from_cstr(b->def->name);
    Type *t = IS_TYPEOBJ(b->self) ? (Type *)b->self : TYPE(b->self);
    return str_fmt("%U.%s", t->qualname ? t->qualname : t->name, b->def->name);
}
static Value bg_self(Value s) {
    BuiltinFunction *b = (BuiltinFunction *)s;
    /* builtins.open is _io.open, made before _io is imported: its module is _io */
    if (!b->self && s == dict_get_cstr(kiln_state_dict(), "io_open") && !import_module(str_intern_cstr("_io")))
        return 0;
    return b->self && !(b->def->flags & METH_STATIC) ? b->self : NONE;
}
static Value bg_module(Value s) {
    BuiltinFunction *b = (BuiltinFunction *)s;
    if (b->module) return b->module;
    if (b->self && IS_TYPE(b->self, module)) return ((Module *)b->self)->name;
    return NONE;
}
static Value bg_doc(Value s) {
    const char *d = ((BuiltinFunction *)s)->def->doc;
    return d ? str_from_cstr(d) : NONE;
}
static Value bg_text_signature(Value s) {
    BuiltinFunction *b = (BuiltinFunction *)s;
    if (!bf_is_method(b)) {
        Value m = bg_module(s);
        return text_signature_of(IS_STR(m) ? STR_DATA(m) : "builtins", b->def->name);
    }
    Type *t = IS_TYPEOBJ(b->self) ? (Type *)b->self : TYPE(b->self);
    for (int64_t i = 0; t->mro && i < TUPLE_SIZE(t->mro); i++) {
        Value r = text_signature_of(STR_DATA(AS(Type, TUPLE_ITEMS(t->mro)[i])->name), b->def->name);
        if (r != NONE) return r;
    }
    return b->def->name[0] == '_' ? text_signature_of(NULL, b->def->name) : NONE;  /* T.__new__ */
}

/* __reduce__: the name of a function (pickled as a global), getattr(self, name) for a method. */
static Value bf_reduce(Value self, const Value *args, size_t nargs, Value kw) {
    BuiltinFunction *b = (BuiltinFunction *)self;
    if (!b->self || IS_TYPE(b->self, module)) return str_from_cstr(b->def->name);
    Value ga = dict_get_cstr(R->builtins_dict, "getattr");
    if (!ga) return raise_AttributeError("module 'builtins' has no attribute 'getattr'");
    return tuple_pack(2, ga, tuple_pack(2, b->self, str_from_cstr(b->def->name)));
}
static const MethodDef bf_methods[] = {
    {"__reduce__", bf_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef bf_getsets[] = {
    {"__name__", bg_name, NULL, NULL},
    {"__qualname__", bg_qualname, NULL, NULL},
    {"__self__", bg_self, NULL, NULL},
    {"__module__", bg_module, NULL, NULL},
    {"__doc__", bg_doc, NULL, NULL},
    {"__text_signature__", bg_text_signature, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value bf_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_TYPE(b, builtin_function)) return NOTIMPL;
    BuiltinFunction *x = (BuiltinFunction *)a, *y = (BuiltinFunction *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int bf_hash(Value v, int64_t *out) {
    BuiltinFunction *b = (BuiltinFunction *)v;
    /* a module function's self is left out: builtins.open's is bound when _io is imported */
    Value self = bf_is_method(b) ? b->self : 0;
    int64_t h = (int64_t)((uintptr_t)b->def >> 3) ^ (int64_t)(self >> 4);
    *out = h == -1 ? -2 : h;
    return 0;
}

const TypeSpec builtin_function_spec = {
    .name = "builtin_function_or_method",
    .base = -1,
    .basicsize = sizeof(BuiltinFunction),
    .flags = TF_IMMUTABLE,
    .trace = bf_trace,
    .repr = bf_repr,
    .hash = bf_hash,
    .richcompare = bf_richcompare,
    .call = bf_call,
    .methods = bf_methods,
    .getsets = bf_getsets,
};

/* -- method_descriptor / classmethod_descriptor --------------------------- */

static void md_trace(Object *o, Visitor visit, void *ctx) {
    MethodDescr *d = (MethodDescr *)o;
    visit(OBJ_VAL(d->type), ctx); visit(d->name, ctx);
}

static Value md_alloc(Type *dt, Type *owner, const MethodDef *def) {
    MethodDescr *d = (MethodDescr *)gc_alloc_kind(dt, sizeof(MethodDescr), HEAP_FROZEN);
    d->type = owner;
    d->def = def;
    d->name = str_intern_cstr(def->name);
    return OBJ_VAL(d);
}

Value descr_new_method(Type *owner, const MethodDef *def) { return md_alloc(T(method_descriptor), owner, def); }
Value descr_new_classmethod(Type *owner, const MethodDef *def) { return md_alloc(T(classmethod_descriptor), owner, def); }

static Value md_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    MethodDescr *d = (MethodDescr *)self;
    if (nargs < 1)
        return raise_TypeError("unbound method %s.%s() needs an argument", type_name_of(d->type), d->def->name);
    if (!type_is_subtype(TYPE(args[0]), d->type))
        return raise_TypeError("descriptor '%s' for '%N' objects doesn't apply to a '%T' object",
                               d->def->name, d->type, args[0]);
    if (!meth_args_ok(d->def, nargs - 1, kwnames)) return meth_args_error(d->def, d->type, 0, nargs - 1, kwnames);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Value md_descr_get(Value self, Value obj, Value type) {
    MethodDescr *d = (MethodDescr *)self;
    if (!obj) return self;
    if (!type_is_subtype(TYPE(obj), d->type))
        return raise_TypeError("descriptor '%s' for '%N' objects doesn't apply to a '%T' object",
                               d->def->name, d->type, obj);
    return builtin_function_new(d->def, obj, 0);
}

static Value md_repr(Value v) {
    MethodDescr *d = (MethodDescr *)v;
    return str_fmt("<method '%s' of '%N' objects>", d->def->name, d->type);
}

static Value cmd_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    MethodDescr *d = (MethodDescr *)self;
    if (nargs < 1)
        return raise_TypeError("descriptor '%s' of '%N' object needs an argument", d->def->name,
                               d->type);
    if (!IS_TYPEOBJ(args[0]))
        return raise_TypeError("descriptor '%s' for type '%N' needs a type, not a '%T' as arg 2",
                               d->def->name, d->type, args[0]);
    if (!type_is_subtype((Type *)args[0], d->type))
        return raise_TypeError("descriptor '%s' requires a subtype of '%N' but received '%N'",
                               d->def->name, d->type, (Type *)args[0]);
    if (!meth_args_ok(d->def, nargs - 1, kwnames)) return meth_args_error(d->def, d->type, 0, nargs - 1, kwnames);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Value cmd_descr_get(Value self, Value obj, Value type) {
    MethodDescr *d = (MethodDescr *)self;
    if (!type || type == NONE) type = OBJ_VAL(TYPE(obj));
    if (!IS_TYPEOBJ(type))
        return raise_TypeError("descriptor '%s' for type '%N' needs a type, not a '%T' as arg 2",
                               d->def->name, d->type, type);
    return builtin_function_new(d->def, type, 0);
}

static Value cmd_repr(Value v) {
    MethodDescr *d = (MethodDescr *)v;
    return str_fmt("<method '%s' of '%N' objects>", d->def->name, d->type);
}

static Value mdg_name(Value s) { return ((MethodDescr *)s)->name; }
static Value mdg_qualname(Value s) {
    MethodDescr *d = (MethodDescr *)s;
    return str_fmt("%U.%s", d->type->qualname ? d->type->qualname : d->type->name, d->def->name);
}
static Value mdg_objclass(Value s) { return OBJ_VAL(((MethodDescr *)s)->type); }
static Value mdg_doc(Value s) {
    const char *d = ((MethodDescr *)s)->def->doc;
    return d ? str_from_cstr(d) : NONE;
}
static Value mdg_text_signature(Value s) {
    MethodDescr *d = (MethodDescr *)s;
    return text_signature_of(STR_DATA(d->type->name), d->def->name);
}

static const GetSetDef md_getsets[] = {
    {"__name__", mdg_name, NULL, NULL},
    {"__qualname__", mdg_qualname, NULL, NULL},
    {"__objclass__", mdg_objclass, NULL, NULL},
    {"__doc__", mdg_doc, NULL, NULL},
    {"__text_signature__", mdg_text_signature, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec method_descriptor_spec = {
    .name = "method_descriptor",
    .base = -1,
    .basicsize = sizeof(MethodDescr),
    .flags = TF_IMMUTABLE,
    .trace = md_trace,
    .repr = md_repr,
    .call = md_call,
    .descr_get = md_descr_get,
    .getsets = md_getsets,
};

const TypeSpec classmethod_descriptor_spec = {
    .name = "classmethod_descriptor",
    .base = -1,
    .basicsize = sizeof(MethodDescr),
    .flags = TF_IMMUTABLE,
    .trace = md_trace,
    .repr = cmd_repr,
    .call = cmd_call,
    .descr_get = cmd_descr_get,
    .getsets = md_getsets,
};

/* -- getset_descriptor -------------------------------------------------------- */

Value descr_new_getset(Type *owner, const GetSetDef *def) {
    GetSetDescr *d = (GetSetDescr *)gc_alloc_kind(T(getset_descriptor), sizeof(GetSetDescr), HEAP_FROZEN);
    d->type = owner;
    d->def = def;
    d->name = str_intern_cstr(def->name);
    return OBJ_VAL(d);
}

static int descr_check(Type *owner, Value name, Value obj) {
    if (type_is_subtype(TYPE(obj), owner)) return 0;
    raise_TypeError("descriptor '%U' for '%N' objects doesn't apply to a '%T' object",
                    name, owner, obj);
    return -1;
}

static Value gs_descr_get(Value self, Value obj, Value type) {
    GetSetDescr *d = (GetSetDescr *)self;
    if (!obj) return self;
    if (descr_check(d->type, d->name, obj) < 0) return 0;
    if (!d->def->get)
        return raise_AttributeError("attribute '%U' of '%N' objects is not readable", d->name,
                                    d->type);
    return d->def->get(obj);
}

static int gs_descr_set(Value self, Value obj, Value v) {
    GetSetDescr *d = (GetSetDescr *)self;
    if (descr_check(d->type, d->name, obj) < 0) return -1;
    if (!d->def->set) {
        if (d->def->member) raise_AttributeError("readonly attribute");   /* CPython's READONLY member */
        else raise_AttributeError("attribute '%U' of '%N' objects is not writable", d->name, d->type);
        return -1;
    }
    return d->def->set(obj, v);
}

static Value gs_repr(Value v) {
    GetSetDescr *d = (GetSetDescr *)v;
    return str_fmt("<attribute '%U' of '%N' objects>", d->name, d->type);
}

static void gs_trace(Object *o, Visitor visit, void *ctx) {
    GetSetDescr *d = (GetSetDescr *)o;
    visit(OBJ_VAL(d->type), ctx); visit(d->name, ctx);
}
static Value gsg_name(Value s) { return ((GetSetDescr *)s)->name; }
static Value gsg_qualname(Value s) {
    GetSetDescr *d = (GetSetDescr *)s;
    return str_fmt("%U.%U", d->type->qualname ? d->type->qualname : d->type->name, d->name);
}
static Value gsg_objclass(Value s) { return OBJ_VAL(((GetSetDescr *)s)->type); }
static Value gsg_doc(Value s) {
    const char *d = ((GetSetDescr *)s)->def->doc;
    return d ? str_from_cstr(d) : NONE;
}
static const GetSetDef gs_getsets[] = {
    {"__name__", gsg_name, NULL, NULL},
    {"__qualname__", gsg_qualname, NULL, NULL},
    {"__objclass__", gsg_objclass, NULL, NULL},
    {"__doc__", gsg_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value descr_get_m(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("__get__", nargs, 1, 2) < 0) return 0;
    Value obj = args[0] == NONE ? 0 : args[0];
    Value type = nargs > 1 ? args[1] : 0;
    if (!obj && (!type || type == NONE))
        return raise_TypeError("__get__(None, None) is invalid");
    return TYPE(self)->descr_get(self, obj, type);
}
static Value descr_set_m(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("__set__", nargs, 2, 2) < 0) return 0;
    if (TYPE(self)->descr_set(self, args[0], args[1]) < 0) return 0;
    return NONE;
}
static Value descr_delete_m(Value self, const Value *args, size_t nargs, Value kw) {
    if (args_count("__delete__", nargs, 1, 1) < 0) return 0;
    if (TYPE(self)->descr_set(self, args[0], 0) < 0) return 0;
    return NONE;
}
static const MethodDef data_descr_methods[] = {
    {"__get__", descr_get_m, 0, NULL},
    {"__set__", descr_set_m, 0, NULL},
    {"__delete__", descr_delete_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef nondata_descr_methods[] = {
    {"__get__", descr_get_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec getset_descriptor_spec = {
    .name = "getset_descriptor",
    .base = -1,
    .basicsize = sizeof(GetSetDescr),
    .flags = TF_IMMUTABLE,
    .trace = gs_trace,
    .repr = gs_repr,
    .descr_get = gs_descr_get,
    .descr_set = gs_descr_set,
    .methods = data_descr_methods,
    .getsets = gs_getsets,
};

/* -- member_descriptor (__slots__ entries): a Value at a byte offset ---------- */

static void mem_trace(Object *o, Visitor visit, void *ctx) {
    MemberDescr *d = (MemberDescr *)o;
    visit(OBJ_VAL(d->type), ctx); visit(d->name, ctx); visit(d->key, ctx);
}

/* function's read-only members (CPython's T_OBJECT: None when unset), added to
 * T(function)'s dict by type_init_builtin. */
void func_init_members(Type *t) {
    static const struct { const char *name; size_t off; } m[] = {
        {"__globals__", offsetof(Function, globals)}, {"__builtins__", offsetof(Function, builtins)},
        {"__closure__", offsetof(Function, closure)},
    };
    for (size_t i = 0; i < ARRAY_LEN(m); i++) {
        Value name = str_intern_cstr(m[i].name);
        Value d = descr_new_member(t, name, (int64_t)m[i].off, true);
        ((MemberDescr *)d)->kind = MEMBER_OBJECT;
        dict_set(t->dict, name, d);
    }
}

/* A __slots__ entry of class owner: the value lives in the instance's shape under key. */
Value descr_new_slot_member(Type *owner, Value name, Value key) {
    Value v = descr_new_member(owner, name, 0, false);
    STORE((MemberDescr *)v, key, key);
    return v;
}

Value descr_new_member(Type *owner, Value name, int64_t offset, bool readonly) {
    MemberDescr *d = (MemberDescr *)gc_alloc_kind(T(member_descriptor), sizeof(MemberDescr), HEAP_FROZEN);
    d->type = owner;
    d->name = name;
    d->offset = offset;
    d->readonly = readonly;
    return OBJ_VAL(d);
}

static Value mem_descr_get(Value self, Value obj, Value type) {
    MemberDescr *d = (MemberDescr *)self;
    if (!obj) return self;
    if (descr_check(d->type, d->name, obj) < 0) return 0;
    Value v = d->key ? instance_getattr_raw(obj, d->key) : *(Value *)((char *)obj + d->offset);
    if (!v && d->kind == MEMBER_OBJECT) return NONE;
    if (!v) {
        return raise_AttributeError("'%s' object has no attribute '%U'", TYPE_NAME(obj), d->name);
    }
    return v;
}

static int mem_descr_set(Value self, Value obj, Value v) {
    MemberDescr *d = (MemberDescr *)self;
    if (descr_check(d->type, d->name, obj) < 0) return -1;
    if (d->readonly) { raise_AttributeError("readonly attribute"); return -1; }
    if (d->key) {
        if (!v && !instance_getattr_raw(obj, d->key)) { raise_AttributeError("%U", d->name); return -1; }
        return instance_setattr_raw(obj, d->key, v);
    }
    Value *p = (Value *)((char *)obj + d->offset);
    if (!v && !*p) {
        raise_AttributeError("'%s' object has no attribute '%U'", TYPE_NAME(obj), d->name);
        return -1;
    }
    STORE_AT(AS_OBJ(obj), p, v);
    return 0;
}

static Value mem_repr(Value v) {
    MemberDescr *d = (MemberDescr *)v;
    return str_fmt("<member '%U' of '%N' objects>", d->name, d->type);
}

static Value memg_name(Value s) { return ((MemberDescr *)s)->name; }
static Value memg_objclass(Value s) { return OBJ_VAL(((MemberDescr *)s)->type); }
static Value memg_qualname(Value s) {
    MemberDescr *d = (MemberDescr *)s;
    return str_fmt("%U.%U", d->type->qualname ? d->type->qualname : d->type->name, d->name);
}
static Value memg_doc(Value s) { return NONE; }
static const GetSetDef mem_getsets[] = {
    {"__name__", memg_name, NULL, NULL},
    {"__qualname__", memg_qualname, NULL, NULL},
    {"__objclass__", memg_objclass, NULL, NULL},
    {"__doc__", memg_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec member_descriptor_spec = {
    .name = "member_descriptor",
    .base = -1,
    .basicsize = sizeof(MemberDescr),
    .flags = TF_IMMUTABLE,
    .trace = mem_trace,
    .repr = mem_repr,
    .descr_get = mem_descr_get,
    .descr_set = mem_descr_set,
    .methods = data_descr_methods,
    .getsets = mem_getsets,
};

/* -- wrapper_descriptor (slot wrappers) and method-wrapper ------------------ */

static void wd_trace(Object *o, Visitor visit, void *ctx) {
    WrapperDescr *d = (WrapperDescr *)o;
    visit(OBJ_VAL(d->type), ctx); visit(d->name, ctx);
}

Value descr_new_wrapper(Type *owner, Value name, WrapperFn wrapper, void *slot, const char *doc) {
    WrapperDescr *d = (WrapperDescr *)gc_alloc_kind(T(wrapper_descriptor), sizeof(WrapperDescr), HEAP_FROZEN);
    d->type = owner;
    d->name = name;
    d->wrapper = wrapper;
    d->slot = slot;
    d->doc = doc;
    return OBJ_VAL(d);
}

static Value wd_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    WrapperDescr *d = (WrapperDescr *)self;
    if (nargs < 1)
        return raise_TypeError("descriptor '%U' of '%N' object needs an argument", d->name,
                               d->type);
    if (!type_is_subtype(TYPE(args[0]), d->type))
        return raise_TypeError("descriptor '%U' requires a '%N' object but received a '%T'", d->name,
                               d->type, args[0]);
    return d->wrapper(args[0], args + 1, nargs - 1, kwnames, d->slot);
}

static Value wd_descr_get(Value self, Value obj, Value type) {
    WrapperDescr *d = (WrapperDescr *)self;
    if (!obj) return self;
    if (descr_check(d->type, d->name, obj) < 0) return 0;
    MethodWrapper *m = (MethodWrapper *)gc_alloc(T(method_wrapper), sizeof(MethodWrapper));
    m->descr = self;
    m->self = obj;
    return OBJ_VAL(m);
}

static Value wd_repr(Value v) {
    WrapperDescr *d = (WrapperDescr *)v;
    return str_fmt("<slot wrapper '%U' of '%N' objects>", d->name, d->type);
}

static Value wdg_name(Value s) { return ((WrapperDescr *)s)->name; }
static Value wdg_qualname(Value s) {
    WrapperDescr *d = (WrapperDescr *)s;
    return str_fmt("%U.%U", d->type->qualname ? d->type->qualname : d->type->name, d->name);
}
static Value wdg_objclass(Value s) { return OBJ_VAL(((WrapperDescr *)s)->type); }
static Value wdg_doc(Value s) {
    const char *d = ((WrapperDescr *)s)->doc;
    return d ? str_from_cstr(d) : NONE;
}
static Value wdg_text_signature(Value s) { return text_signature_of(NULL, STR_DATA(((WrapperDescr *)s)->name)); }

static const GetSetDef wd_getsets[] = {
    {"__name__", wdg_name, NULL, NULL},
    {"__qualname__", wdg_qualname, NULL, NULL},
    {"__objclass__", wdg_objclass, NULL, NULL},
    {"__doc__", wdg_doc, NULL, NULL},
    {"__text_signature__", wdg_text_signature, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec wrapper_descriptor_spec = {
    .name = "wrapper_descriptor",
    .base = -1,
    .basicsize = sizeof(WrapperDescr),
    .flags = TF_IMMUTABLE,
    .trace = wd_trace,
    .repr = wd_repr,
    .call = wd_call,
    .descr_get = wd_descr_get,
    .methods = nondata_descr_methods,
    .getsets = wd_getsets,
};

static void mw_trace(Object *o, Visitor visit, void *ctx) {
    visit(((MethodWrapper *)o)->descr, ctx); visit(((MethodWrapper *)o)->self, ctx);
}

static Value mw_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    MethodWrapper *m = (MethodWrapper *)self;
    WrapperDescr *d = (WrapperDescr *)m->descr;
    return d->wrapper(m->self, args, nargs, kwnames, d->slot);
}

static Value mw_repr(Value v) {
    MethodWrapper *m = (MethodWrapper *)v;
    WrapperDescr *d = (WrapperDescr *)m->descr;
    return str_fmt("<method-wrapper '%U' of %s object at %p>", d->name, TYPE_NAME(m->self),
                   (void *)m->self);
}

static Value mwg_name(Value s) { return ((WrapperDescr *)((MethodWrapper *)s)->descr)->name; }
static Value mwg_qualname(Value s) { return wdg_qualname(((MethodWrapper *)s)->descr); }
static Value mwg_self(Value s) { return ((MethodWrapper *)s)->self; }
static Value mwg_objclass(Value s) { return wdg_objclass(((MethodWrapper *)s)->descr); }
static Value mwg_doc(Value s) { return wdg_doc(((MethodWrapper *)s)->descr); }
static Value mwg_text_signature(Value s) { return wdg_text_signature(((MethodWrapper *)s)->descr); }
static const GetSetDef mw_getsets[] = {
    {"__name__", mwg_name, NULL, NULL},
    {"__qualname__", mwg_qualname, NULL, NULL},
    {"__self__", mwg_self, NULL, NULL},
    {"__objclass__", mwg_objclass, NULL, NULL},
    {"__doc__", mwg_doc, NULL, NULL},
    {"__text_signature__", mwg_text_signature, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value mw_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_TYPE(b, method_wrapper)) return NOTIMPL;
    MethodWrapper *x = (MethodWrapper *)a, *y = (MethodWrapper *)b;
    bool eq = x->descr == y->descr && x->self == y->self;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int mw_hash(Value v, int64_t *out) {
    MethodWrapper *m = (MethodWrapper *)v;
    int64_t h = (int64_t)(m->descr >> 4) ^ (int64_t)(m->self >> 4);
    *out = h == -1 ? -2 : h;
    return 0;
}

const TypeSpec method_wrapper_spec = {
    .name = "method-wrapper",
    .base = -1,
    .basicsize = sizeof(MethodWrapper),
    .flags = TF_IMMUTABLE,
    .trace = mw_trace,
    .repr = mw_repr,
    .hash = mw_hash,
    .richcompare = mw_richcompare,
    .call = mw_call,
    .getsets = mw_getsets,
};

/* -- cell -------------------------------------------------------------------- */

static void cell_trace(Object *o, Visitor visit, void *ctx) { visit(((Cell *)o)->v, ctx); }

Value cell_new(Value v) {
    Cell *c = (Cell *)gc_alloc(T(cell), sizeof(Cell));
    c->v = v;
    return OBJ_VAL(c);
}

static Value cell_repr(Value v) {
    Cell *c = (Cell *)v;
    if (!c->v) return str_fmt("<cell at %p: empty>", (void *)c);
    return str_fmt("<cell at %p: %s object at %p>", (void *)c, TYPE_NAME(c->v), (void *)c->v);
}

static Value cg_contents(Value s) {
    Cell *c = (Cell *)s;
    if (!c->v) return raise_ValueError("Cell is empty");
    return c->v;
}
static int cs_contents(Value s, Value v) { STORE((Cell *)s, v, v); return 0; }

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cg_contents, cs_contents, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value cell_richcompare(Value a, Value b, int op) {
    if (!IS_TYPE(b, cell)) return NOTIMPL;
    Value x = ((Cell *)a)->v, y = ((Cell *)b)->v;
    if (x && y) return obj_richcompare(x, y, op);
    int c = (x != 0) - (y != 0);
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return BOOL_V(r);
}

static Value cell_tp_new(Type *t, const Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("cell", kwnames) < 0 || args_count("cell", nargs, 0, 1) < 0) return 0;
    return cell_new(nargs ? args[0] : 0);
}

const TypeSpec cell_spec = {
    .name = "cell",
    .base = -1,
    .basicsize = sizeof(Cell),
    .trace = cell_trace,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .new_ = cell_tp_new,
    .getsets = cell_getsets,
};
