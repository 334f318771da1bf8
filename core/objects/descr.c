/* kiln: the descriptor types written in C that classes use — property,
 * classmethod, staticmethod, super — plus mappingproxy (type.__dict__) and
 * types.SimpleNamespace.  CPython 3.11 semantics and messages. */
#include "core.h"
#include <string.h>

/* -- property --------------------------------------------------------------- */

typedef struct Property {
    Object hdr;
    Value fget, fset, fdel, doc, name;   /* None when absent; name 0 until __set_name__ */
    bool getter_doc;
} Property;

static Value qualname_of(Value obj)
{
    return TYPE(obj)->qualname;
}

static Value prop_name_err(Property *p, Value obj, const char *what)
{
    if (p->name && p->name != NONE)
        return raise_AttributeError("property %R of '%U' object has no %s", p->name, qualname_of(obj), what);
    return raise_AttributeError("property of '%U' object has no %s", qualname_of(obj), what);
}

static Value property_get(Value self, Value obj, Value type)
{
    Property *p = AS(Property, self);
    if (!obj || obj == NONE) return self;
    if (p->fget == NONE || !p->fget) return prop_name_err(p, obj, "getter");
    return obj_call1(p->fget, obj);
}

static int property_set(Value self, Value obj, Value v)
{
    Property *p = AS(Property, self);
    Value f = v ? p->fset : p->fdel;
    if (!f || f == NONE) {
        prop_name_err(p, obj, v ? "setter" : "deleter");
        return -1;
    }
    Value r = v ? obj_call2(f, obj, v) : obj_call1(f, obj);
    return r ? 0 : -1;
}

static int property_fill(Property *p, Value fget, Value fset, Value fdel, Value doc)
{
    p->fget = fget ? fget : NONE;
    p->fset = fset ? fset : NONE;
    p->fdel = fdel ? fdel : NONE;
    p->getter_doc = false;
    if ((!doc || doc == NONE) && fget && fget != NONE) {
        Value d = obj_lookup_attr(fget, S(__doc__));
        if (!d && exc_pending()) return -1;
        if (d) { doc = d; p->getter_doc = true; }
    }
    p->doc = doc ? doc : NONE;
    if (TYPE(OBJ_VAL(p)) != T(property) && p->getter_doc) {
        /* subclasses keep the doc in their instance dict, as CPython */
        if (instance_setattr_raw(OBJ_VAL(p), S(__doc__), p->doc) < 0) exc_clear();
    }
    return 0;
}

Value property_new(Value fget, Value fset, Value fdel, Value doc)
{
    Property *p = (Property *)gc_alloc_kind(T(property), sizeof(Property), HEAP_FROZEN);
    if (property_fill(p, fget, fset, fdel, doc) < 0) return 0;
    return OBJ_VAL(p);
}

static Value property_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    Property *p = (Property *)gc_alloc(t, t->basicsize);
    p->fget = p->fset = p->fdel = p->doc = NONE;
    return OBJ_VAL(p);
}

static int property_init(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc", NULL };
    Value out[4];
    if (args_parse("property", args, nargs, kw, names, 0, out) < 0) return -1;
    return property_fill(AS(Property, self), out[0], out[1], out[2], out[3]);
}

/* getter/setter/deleter: a copy with one function replaced. */
static Value property_copy(Value self, Value fget, Value fset, Value fdel)
{
    Property *p = AS(Property, self);
    if (!fget) fget = p->fget;
    if (!fset) fset = p->fset;
    if (!fdel) fdel = p->fdel;
    Value doc = p->getter_doc && fget != NONE ? NONE : p->doc;
    Value args[4] = { fget, fset, fdel, doc };
    Value np = obj_call(OBJ_VAL(TYPE(self)), args, 4, 0);
    if (np && IS_OBJ(np) && type_is_subtype(TYPE(np), T(property)) && p->name)
        STORE(AS(Property, np), name, p->name);
    return np;
}
static Value prop_getter_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("getter", n, 1, 1) < 0) return 0;
    return property_copy(self, a[0], 0, 0);
}
static Value prop_setter_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("setter", n, 1, 1) < 0) return 0;
    return property_copy(self, 0, a[0], 0);
}
static Value prop_deleter_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("deleter", n, 1, 1) < 0) return 0;
    return property_copy(self, 0, 0, a[0]);
}
static Value prop_set_name_m(Value self, const Value *a, size_t n, Value kw)
{
    if (n != 2) return raise_TypeError("__set_name__() takes 2 positional arguments but %zu were given", n);
    STORE(AS(Property, self), name, a[1]);
    return NONE;
}
static Value pg_fget(Value self) { return AS(Property, self)->fget; }
static Value pg_fset(Value self) { return AS(Property, self)->fset; }
static Value pg_fdel(Value self) { return AS(Property, self)->fdel; }
static Value pg_doc(Value self)
{
    if (TYPE(self) != T(property)) {
        Value d = instance_getattr_raw(self, S(__doc__));
        if (d) return d;
    }
    return AS(Property, self)->doc;
}
static int ps_doc(Value self, Value v)
{
    STORE(AS(Property, self), doc, v ? v : NONE);
    return 0;
}
static Value abstract_of(Value f)
{
    if (!f || f == NONE) return FALSE_V;
    Value r = obj_lookup_attr(f, S(__isabstractmethod__));
    if (!r) return exc_pending() ? 0 : FALSE_V;
    int b = obj_truthy(r);
    return b < 0 ? 0 : BOOL_V(b);
}
static Value pg_isabstract(Value self)
{
    Property *p = AS(Property, self);
    Value fs[3] = { p->fget, p->fset, p->fdel };
    for (int i = 0; i < 3; i++) {
        Value r = abstract_of(fs[i]);
        if (r != FALSE_V) return r;
    }
    return FALSE_V;
}

static const MethodDef property_methods[] = {
    { "getter", prop_getter_m, METH_O, "Descriptor to obtain a copy of the property with a different getter." },
    { "setter", prop_setter_m, METH_O, "Descriptor to obtain a copy of the property with a different setter." },
    { "deleter", prop_deleter_m, METH_O, "Descriptor to obtain a copy of the property with a different deleter." },
    { "__set_name__", prop_set_name_m, 0, "Method to set name of a property." },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef property_getsets[] = {
    { "fget", pg_fget, NULL, NULL, true },
    { "fset", pg_fset, NULL, NULL, true },
    { "fdel", pg_fdel, NULL, NULL, true },
    { "__doc__", pg_doc, ps_doc, NULL },
    { "__isabstractmethod__", pg_isabstract, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec property_spec = {
    .name = "property",
    .base = -1,
    .basicsize = sizeof(Property),
    .flags = TF_BASETYPE,
    .doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n"
           "  fset\n    function to be used for setting an attribute value\n"
           "  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n",
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new_slot,
    .init = property_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* -- classmethod / staticmethod ----------------------------------------------- */

typedef struct FuncWrap { Object hdr; Value func; Value dict; } FuncWrap;

static Value funcwrap_alloc(Type *t, Value func)
{
    FuncWrap *w = (FuncWrap *)gc_alloc(t, t->basicsize);
    w->func = func;
    return OBJ_VAL(w);
}

Value staticmethod_new(Value func) { return funcwrap_alloc(T(staticmethod), func); }
Value classmethod_new(Value func) { return funcwrap_alloc(T(classmethod), func); }

static Value funcwrap_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    return funcwrap_alloc(t, NONE);
}

static Value fw_dict(Value self);

/* functools.wraps(wrapper)(func), as CPython 3.10+: copies __module__,
 * __name__, __qualname__, __doc__ and __annotations__ into the wrapper's dict. */
static int funcwrap_wraps(Value self, Value func)
{
    static const char *const names[] = { "__module__", "__name__", "__qualname__", "__doc__", "__annotations__", NULL };
    Value d = fw_dict(self);
    for (const char *const *p = names; *p; p++) {
        Value v = obj_getattr_cstr(func, *p);
        if (!v) {
            if (!exc_matches(E(AttributeError))) return -1;
            exc_clear();
            continue;
        }
        if (dict_set(d, str_intern_cstr(*p), v) < 0) return -1;
    }
    return 0;
}

static int funcwrap_init(Value self, const Value *args, size_t nargs, Value kw, const char *name)
{
    if (args_no_kw(name, kw) < 0) return -1;
    if (nargs != 1) {
        raise_TypeError("%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    STORE(AS(FuncWrap, self), func, args[0]);
    return funcwrap_wraps(self, args[0]);
}
static int classmethod_init(Value self, const Value *args, size_t nargs, Value kw)
{
    return funcwrap_init(self, args, nargs, kw, "classmethod");
}
static int staticmethod_init(Value self, const Value *args, size_t nargs, Value kw)
{
    return funcwrap_init(self, args, nargs, kw, "staticmethod");
}

static Value classmethod_get(Value self, Value obj, Value type)
{
    Value f = AS(FuncWrap, self)->func;
    if (!type || type == NONE) type = OBJ_VAL(TYPE(obj));
    DescrGetFn g = TYPE(f)->descr_get;
    if (g) return g(f, type, type);
    return method_new(f, type);
}

Value funcwrap_func(Value w) { return AS(FuncWrap, w)->func; }

static Value staticmethod_get(Value self, Value obj, Value type)
{
    return AS(FuncWrap, self)->func;
}

static Value staticmethod_call(Value self, const Value *args, size_t nargs, Value kw)
{
    return obj_call(AS(FuncWrap, self)->func, args, nargs, kw);
}

/* Attributes: the type's data descriptors, then the instance dict (filled by
 * __init__ from the wrapped function, 3.10+), then the type's other attributes. */
static Value funcwrap_getattr(Value self, Value name)
{
    Value descr = type_lookup(TYPE(self), name);
    if (descr && TYPE(descr)->descr_set) return obj_generic_getattr(self, name);
    Value d = AS(FuncWrap, self)->dict;
    if (d) {
        Value v = dict_get(d, name);
        if (v || exc_pending()) return v;
    }
    return obj_generic_getattr(self, name);
}

static int funcwrap_setattr(Value self, Value name, Value v)
{
    Value descr = type_lookup(TYPE(self), name);
    if (descr && TYPE(descr)->descr_set) return obj_generic_setattr(self, name, v);
    Value d = fw_dict(self);
    if (v) return dict_set(d, name, v);
    Value old = dict_get(d, name);
    if (old) return dict_del(d, name);
    if (!exc_pending()) raise_AttributeError("'%T' object has no attribute '%U'", self, name);
    return -1;
}

static Value funcwrap_repr(Value self)
{
    return str_fmt("<%s(%R)>", TYPE_NAME(self), AS(FuncWrap, self)->func);
}

static Value fw_func(Value self) { return AS(FuncWrap, self)->func; }
static Value fw_isabstract(Value self) { return abstract_of(AS(FuncWrap, self)->func); }
static Value fw_dict(Value self)
{
    FuncWrap *w = AS(FuncWrap, self);
    if (!w->dict) { Value d = dict_new(); STORE(w, dict, d); }
    return w->dict;
}
static const GetSetDef funcwrap_getsets[] = {
    { "__func__", fw_func, NULL, NULL, true },
    { "__wrapped__", fw_func, NULL, NULL, true },
    { "__isabstractmethod__", fw_isabstract, NULL, NULL },
    { "__dict__", fw_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec classmethod_spec = {
    .name = "classmethod",
    .base = -1,
    .basicsize = sizeof(FuncWrap),
    .flags = TF_BASETYPE,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .repr = funcwrap_repr,
    .getattr = funcwrap_getattr,
    .setattr = funcwrap_setattr,
    .descr_get = classmethod_get,
    .new_ = funcwrap_new_slot,
    .init = classmethod_init,
    .getsets = funcwrap_getsets,
};

const TypeSpec staticmethod_spec = {
    .name = "staticmethod",
    .base = -1,
    .basicsize = sizeof(FuncWrap),
    .flags = TF_BASETYPE,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .repr = funcwrap_repr,
    .getattr = funcwrap_getattr,
    .setattr = funcwrap_setattr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .new_ = funcwrap_new_slot,
    .init = staticmethod_init,
    .getsets = funcwrap_getsets,
};

/* -- super --------------------------------------------------------------------- */

typedef struct Super { Object hdr; Value type, obj, obj_type; } Super;   /* obj/obj_type 0: unbound */

static Value super_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    return OBJ_VAL(gc_alloc(t, t->basicsize));
}

/* The type to search the MRO of, or 0 + TypeError. */
static Value supercheck(Value type, Value obj)
{
    Type *t = AS(Type, type);
    if (IS_TYPEOBJ(obj) && type_is_subtype(AS(Type, obj), t)) return obj;
    if (type_is_subtype(TYPE(obj), t)) return OBJ_VAL(TYPE(obj));
    Value c = obj_lookup_attr(obj, S(__class__));
    if (c && IS_TYPEOBJ(c) && c != OBJ_VAL(TYPE(obj)) && type_is_subtype(AS(Type, c), t)) return c;
    if (exc_pending()) return 0;
    return raise_TypeError("super(type, obj): obj must be an instance or subtype of type");
}

static int super_init(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("super", kw) < 0) return -1;
    if (nargs > 2) { raise_TypeError("super() expected at most 2 arguments, got %zu", nargs); return -1; }
    Value type, obj = 0;
    if (nargs == 0) {
        if (vm_super_args(&type, &obj) < 0) return -1;
    } else {
        type = args[0];
        if (nargs > 1) obj = args[1];
    }
    if (!IS_TYPEOBJ(type)) {
        raise_TypeError("super() argument 1 must be a type, not %A", type);
        return -1;
    }
    if (obj == NONE) obj = 0;
    Value ot = 0;
    if (obj) {
        ot = supercheck(type, obj);
        if (!ot) return -1;
    }
    Super *s = AS(Super, self);
    STORE(s, type, type);
    STORE(s, obj, obj);
    STORE(s, obj_type, ot);
    return 0;
}

static Value super_getattro(Value self, Value name)
{
    Super *s = AS(Super, self);
    if (s->obj_type && !str_eq(name, S(__class__))) {
        Value mro = AS(Type, s->obj_type)->mro;
        int64_t n = TUPLE_SIZE(mro), i;
        for (i = 0; i + 1 < n; i++)
            if (TUPLE_ITEMS(mro)[i] == s->type) break;
        for (i++; i < n; i++) {
            Value r = dict_get_str(AS(Type, TUPLE_ITEMS(mro)[i])->dict, name);
            if (!r) continue;
            DescrGetFn g = TYPE(r)->descr_get;
            if (g) return g(r, s->obj == s->obj_type ? 0 : s->obj, s->obj_type);
            return r;
        }
    }
    return obj_generic_getattr(self, name);
}

static Value super_descr_get(Value self, Value obj, Value type)
{
    Super *s = AS(Super, self);
    if (!obj || s->obj) return self;
    Value args[2] = { s->type, obj };
    return obj_call(OBJ_VAL(TYPE(self)), args, 2, 0);
}

static Value super_repr(Value self)
{
    Super *s = AS(Super, self);
    Value tn = s->type ? AS(Type, s->type)->name : str_from_cstr("NULL");
    if (s->obj_type) return str_fmt("<super: <class '%U'>, <%U object>>", tn, AS(Type, s->obj_type)->name);
    return str_fmt("<super: <class '%U'>, NULL>", tn);
}

static Value sg_thisclass(Value self) { Value v = AS(Super, self)->type; return v ? v : NONE; }
static Value sg_self(Value self) { Value v = AS(Super, self)->obj; return v ? v : NONE; }
static Value sg_selfclass(Value self) { Value v = AS(Super, self)->obj_type; return v ? v : NONE; }
static const GetSetDef super_getsets[] = {
    { "__thisclass__", sg_thisclass, NULL, "the class invoking super()" },
    { "__self__", sg_self, NULL, "the instance invoking super(); may be None" },
    { "__self_class__", sg_selfclass, NULL, "the type of the instance invoking super(); may be None" },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec super_spec = {
    .name = "super",
    .base = -1,
    .basicsize = sizeof(Super),
    .flags = TF_BASETYPE,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .repr = super_repr,
    .getattr = super_getattro,
    .descr_get = super_descr_get,
    .new_ = super_new_slot,
    .init = super_init,
    .getsets = super_getsets,
};

/* -- mappingproxy ---------------------------------------------------------------- */

typedef struct MappingProxy { Object hdr; Value mapping; } MappingProxy;
#define MP(v) (AS(MappingProxy, v)->mapping)

Value mappingproxy_new(Value mapping)
{
    MappingProxy *m = (MappingProxy *)gc_alloc(T(mappingproxy), sizeof(MappingProxy));
    m->mapping = mapping;
    return OBJ_VAL(m);
}

static Value mp_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "mapping", NULL };
    Value m;
    if (args_parse("mappingproxy", args, nargs, kw, names, 1, &m) < 0) return 0;
    if (!TYPE(m)->getitem || IS_LIST(m) || IS_TUPLE(m))
        return raise_TypeError("mappingproxy() argument must be a mapping, not %s", TYPE_NAME(m));
    return mappingproxy_new(m);
}
static Value mp_getitem(Value self, Value k) { return obj_getitem(MP(self), k); }
static int64_t mp_len(Value self) { return obj_len(MP(self)); }
static Value mp_iter(Value self) { return obj_iter(MP(self)); }
static int mp_contains(Value self, Value k)
{
    if (IS_DICT(MP(self))) {
        Value r = dict_get(MP(self), k);
        if (r) return 1;
        return exc_pending() ? -1 : 0;
    }
    return obj_contains(MP(self), k);
}
static Value mp_repr(Value self) { return str_fmt("mappingproxy(%R)", MP(self)); }
static Value mp_str(Value self) { return obj_str(MP(self)); }
static Value mp_richcompare(Value self, Value other, int op)
{
    return obj_richcompare(MP(self), other, op);
}
static Value mp_fwd(Value self, const char *name, const Value *a, size_t n)
{
    return obj_call_method(MP(self), str_intern_cstr(name), a, n);
}
static Value mp_keys_m(Value self, const Value *a, size_t n, Value kw) { return mp_fwd(self, "keys", a, 0); }
static Value mp_values_m(Value self, const Value *a, size_t n, Value kw) { return mp_fwd(self, "values", a, 0); }
static Value mp_items_m(Value self, const Value *a, size_t n, Value kw) { return mp_fwd(self, "items", a, 0); }
static Value mp_copy_m(Value self, const Value *a, size_t n, Value kw) { return mp_fwd(self, "copy", a, 0); }
static Value mp_get_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("get", n, 1, 2) < 0) return 0;
    return mp_fwd(self, "get", a, n);
}
static Value mp_reversed_m(Value self, const Value *a, size_t n, Value kw)
{
    return mp_fwd(self, "__reversed__", a, 0);
}
static Value mp_or(Value a, Value b)
{
    if (IS_TYPE(a, mappingproxy)) a = MP(a);
    if (IS_TYPE(b, mappingproxy)) b = MP(b);
    return obj_binop(a, b, BINOP_OR);
}
static Value mp_ior(Value a, Value b)
{
    return raise_TypeError("'|=' is not supported by %s; use '|' instead", TYPE_NAME(a));
}
static const MethodDef mp_methods[] = {
    { "__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585" },
    { "keys", mp_keys_m, METH_NOARGS, NULL },
    { "values", mp_values_m, METH_NOARGS, NULL },
    { "items", mp_items_m, METH_NOARGS, NULL },
    { "get", mp_get_m, METH_NOKW, NULL },
    { "copy", mp_copy_m, METH_NOARGS, NULL },
    { "__reversed__", mp_reversed_m, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

const TypeSpec mappingproxy_spec = {
    .name = "mappingproxy",
    .base = -1,
    .basicsize = sizeof(MappingProxy),
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .new_ = mp_new_slot,
    .nb_or = mp_or,
    .nb_ior = mp_ior,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .methods = mp_methods,
};

/* -- types.SimpleNamespace --------------------------------------------------------- */
/* Laid out as an Instance (TF_HAS_SHAPE): attributes live in its shape/dict. */

static Value ns_new_slot(Type *t, const Value *args, size_t nargs, Value kw)
{
    return instance_new(t);
}

static int ns_init(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs) { raise_TypeError("no positional arguments expected"); return -1; }
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    for (size_t i = 0; i < nk; i++)
        if (obj_setattr(self, TUPLE_ITEMS(kw)[i], args[i]) < 0) return -1;
    return 0;
}

static Value ns_repr(Value self)
{
    const char *name = TYPE(self) == T(simple_namespace) ? "namespace" : TYPE_NAME(self);
    Value d = instance_get_dict(self);
    if (!d) return 0;
    int rc = repr_enter(self);
    if (rc) return rc < 0 ? 0 : str_fmt("%s(...)", name);
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, name);
    sb_addc(&b, '(');
    int64_t pos = 0;
    Value k, v;
    bool first = true;
    while (dict_next(d, &pos, &k, &v)) {
        if (!IS_STR(k)) continue;
        Value r = obj_repr(v);
        if (!r) { sb_free(&b); repr_leave(self); return 0; }
        if (!first) sb_adds(&b, ", ");
        first = false;
        sb_add(&b, STR_DATA(k), STR_NBYTES(k));
        sb_addc(&b, '=');
        sb_add(&b, STR_DATA(r), STR_NBYTES(r));
    }
    sb_addc(&b, ')');
    repr_leave(self);
    return sb_finish(&b);
}

static Value ns_richcompare(Value a, Value b, int op)
{
    if (!IS_OBJ(b) || !type_is_subtype(TYPE(b), T(simple_namespace))) return NOTIMPL;
    Value da = instance_get_dict(a), db = instance_get_dict(b);
    if (!da || !db) return 0;
    return obj_richcompare(da, db, op);
}

static Value ns_reduce_m(Value self, const Value *a, size_t n, Value kw)
{
    Value d = instance_get_dict(self);
    if (!d) return 0;
    return tuple_pack(3, OBJ_VAL(TYPE(self)), R->empty_tuple, d);
}

static Value ns_dict_get(Value self) { return instance_get_dict(self); }
static const GetSetDef ns_getsets[] = {
    { "__dict__", ns_dict_get, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};
static const MethodDef ns_methods[] = {
    { "__reduce__", ns_reduce_m, METH_NOARGS, "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

const TypeSpec simple_namespace_spec = {
    .name = "types.SimpleNamespace",
    .base = -1,
    .basicsize = sizeof(Instance),
    .flags = TF_BASETYPE | TF_HAS_SHAPE,
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .repr = ns_repr,
    .richcompare = ns_richcompare,
    .new_ = ns_new_slot,
    .init = ns_init,
    .methods = ns_methods,
    .getsets = ns_getsets,
};

/* For the VM's attribute caches (core/perf.h). */
Value property_fget_of(Value p)
{
    return p && IS_OBJ(p) && TYPE(p) == T(property) ? ((Property *)AS_OBJ(p))->fget : 0;
}

Value property_fset_of(Value p)
{
    return p && IS_OBJ(p) && TYPE(p) == T(property) ? ((Property *)AS_OBJ(p))->fset : 0;
}
