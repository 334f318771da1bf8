/* kiln: types.GenericAlias (list[int]) and types.UnionType (int | str), as
 * CPython 3.11's genericaliasobject.c and unionobject.c: builtin types whose
 * instances hold their origin/args in fields; parameters (the TypeVars among the
 * args) are computed on first use. */
#include "../core.h"

typedef struct GenericAlias {
    Object hdr;
    Value origin, args;
    Value parameters;    /* 0 until first needed */
    bool starred;        /* *tuple[int] */
} GenericAlias;

typedef struct Union {
    Object hdr;
    Value args;          /* flattened, deduplicated members (NoneType for None) */
    Value parameters;    /* 0 until first needed */
} Union;

#define GA(v) AS(GenericAlias, v)
#define UN(v) AS(Union, v)

static bool is_ga(Value v) { return IS_OBJ(v) && type_is_subtype(TYPE(v), T(generic_alias)); }
bool union_check(Value v) { return IS_TYPE(v, union_type); }
Value union_args_of(Value u) { return UN(u)->args; }

static void ga_trace(Object *o, Visitor visit, void *ctx)
{
    GenericAlias *g = (GenericAlias *)o;
    visit(g->origin, ctx); visit(g->args, ctx); visit(g->parameters, ctx);
}

static void union_trace(Object *o, Visitor visit, void *ctx)
{
    visit(((Union *)o)->args, ctx); visit(((Union *)o)->parameters, ctx);
}

/* -- shared by both: parameters, substitution, repr ------------------------------- */

static int64_t tuple_index_of(Value t, Value x)
{
    for (int64_t i = 0; i < TUPLE_SIZE(t); i++)
        if (TUPLE_ITEMS(t)[i] == x) return i;
    return -1;
}

/* The TypeVar-like members of args (objects with __typing_subst__) and the
 * parameters of nested generics, deduplicated in order (_Py_make_parameters). */
static Value make_parameters(Value args)
{
    Value l = list_new(0);
    Value subst = str_intern_cstr("__typing_subst__"), params = str_intern_cstr("__parameters__");
    for (int64_t i = 0; i < TUPLE_SIZE(args); i++) {
        Value a = TUPLE_ITEMS(args)[i];
        if (IS_TYPEOBJ(a)) continue;
        Value ps;
        if (obj_lookup_attr(a, subst)) {
            ps = tuple_from(&a, 1);
        } else {
            if (exc_pending()) return 0;
            ps = obj_lookup_attr(a, params);
            if (!ps) { if (exc_pending()) return 0; continue; }
            if (!IS_TUPLE(ps)) continue;
        }
        for (int64_t j = 0; j < TUPLE_SIZE(ps); j++) {
            Value p = TUPLE_ITEMS(ps)[j];
            bool dup = false;
            for (int64_t k = 0; k < LIST_SIZE(l) && !dup; k++) dup = LIST_ITEMS(l)[k] == p;
            if (!dup && list_append(l, p) < 0) return 0;
        }
    }
    return list_as_tuple(l);
}

/* *tuple[int, str] -> (int, str); None (0) for anything else. */
static Value unpacked_tuple_args(Value a)
{
    if (is_ga(a) && GA(a)->starred && GA(a)->origin == OBJ_VAL(T(tuple))) return GA(a)->args;
    Value r = obj_lookup_attr(a, str_intern_cstr("__typing_unpacked_tuple_args__"));
    return r == NONE ? 0 : r;
}

/* The subscript as a tuple, with unpacked tuples (*tuple[int, str]) spliced in. */
static Value unpack_args(Value item)
{
    Value l = list_new(0);
    bool is_tuple = IS_TUPLE(item);
    int64_t n = is_tuple ? TUPLE_SIZE(item) : 1;
    for (int64_t i = 0; i < n; i++) {
        Value x = is_tuple ? TUPLE_ITEMS(item)[i] : item;
        if (!IS_TYPEOBJ(x)) {
            Value sub = unpacked_tuple_args(x);
            if (sub && IS_TUPLE(sub) &&
                !(TUPLE_SIZE(sub) && TUPLE_ITEMS(sub)[TUPLE_SIZE(sub) - 1] == ELLIPSIS_V)) {
                if (list_extend(l, sub) < 0) return 0;
                continue;
            }
            if (exc_pending()) return 0;
        }
        if (list_append(l, x) < 0) return 0;
    }
    return list_as_tuple(l);
}

/* obj[...] with the parameters of obj replaced by their arguments. */
static Value subs_tvars(Value obj, Value params, const Value *argitems)
{
    Value sub = obj_lookup_attr(obj, str_intern_cstr("__parameters__"));
    if (!sub) return exc_pending() ? 0 : obj;
    if (!IS_TUPLE(sub) || !TUPLE_SIZE(sub)) return obj;
    Value l = list_new(0);
    for (int64_t i = 0; i < TUPLE_SIZE(sub); i++) {
        Value a = TUPLE_ITEMS(sub)[i];
        int64_t ip = tuple_index_of(params, a);
        if (ip >= 0) {
            Value p = TUPLE_ITEMS(params)[ip];
            a = argitems[ip];
            if (TYPE(p)->iter && IS_TUPLE(a)) {     /* a TypeVarTuple */
                if (list_extend(l, a) < 0) return 0;
                continue;
            }
        }
        if (list_append(l, a) < 0) return 0;
    }
    return obj_getitem(obj, list_as_tuple(l));
}

/* The new args of self[item] (_Py_subs_parameters). */
static Value subs_parameters(Value self, Value args, Value params, Value item)
{
    int64_t np = TUPLE_SIZE(params);
    if (np == 0) return raise_TypeError("%R is not a generic class", self);
    if (!(item = unpack_args(item))) return 0;
    Value prep_name = str_intern_cstr("__typing_prepare_subst__");
    for (int64_t i = 0; i < np; i++) {
        Value prep = obj_lookup_attr(TUPLE_ITEMS(params)[i], prep_name);
        if (!prep) { if (exc_pending()) return 0; continue; }
        if (prep == NONE) continue;
        Value it = IS_TUPLE(item) ? item : tuple_from(&item, 1);
        if (!(item = obj_call2(prep, self, it))) return 0;
    }
    bool is_tuple = IS_TUPLE(item);
    int64_t ni = is_tuple ? TUPLE_SIZE(item) : 1;
    const Value *argitems = is_tuple ? TUPLE_ITEMS(item) : &item;
    if (ni != np)
        return raise_TypeError("Too %s arguments for %R; actual %lld, expected %lld",
                               ni > np ? "many" : "few", self, (long long)ni, (long long)np);
    Value out = list_new(0);
    Value subst_name = str_intern_cstr("__typing_subst__");
    Value unpacked_name = str_intern_cstr("__typing_is_unpacked_typevartuple__");
    for (int64_t i = 0; i < TUPLE_SIZE(args); i++) {
        Value a = TUPLE_ITEMS(args)[i];
        if (IS_TYPEOBJ(a)) {
            if (list_append(out, a) < 0) return 0;
            continue;
        }
        int unpack = 0;
        Value u = obj_lookup_attr(a, unpacked_name);
        if (u) { if ((unpack = obj_truthy(u)) < 0) return 0; }
        else if (exc_pending()) return 0;
        Value subst = obj_lookup_attr(a, subst_name);
        if (subst) {
            int64_t ip = tuple_index_of(params, a);
            a = obj_call1(subst, argitems[ip < 0 ? 0 : ip]);
        } else {
            if (exc_pending()) return 0;
            a = subs_tvars(a, params, argitems);
        }
        if (!a) return 0;
        if (unpack && IS_TUPLE(a) ? list_extend(out, a) < 0 : list_append(out, a) < 0) return 0;
    }
    return list_as_tuple(out);
}

/* One member in a GenericAlias/Union repr: module.qualname for classes. */
static int repr_item(StrBuf *b, Value p)
{
    if (p == ELLIPSIS_V) { sb_adds(b, "..."); return 0; }
    Value r = 0;
    Value t = obj_lookup_attr(p, S(__origin__));
    if (t) t = obj_lookup_attr(p, S(__args__));
    if (exc_pending()) return -1;
    if (!t) {
        Value q = obj_lookup_attr(p, S(__qualname__));
        Value m = q ? obj_lookup_attr(p, S(__module__)) : 0;
        if (exc_pending()) return -1;
        if (q && m && m != NONE) {
            r = IS_STR(m) && str_eq_cstr(m, "builtins") ? obj_str(q) : str_fmt("%S.%S", m, q);
        }
    }
    if (!r && !(r = obj_repr(p))) return -1;
    sb_add(b, STR_DATA(r), (size_t)STR_NBYTES(r));
    return 0;
}

/* -- GenericAlias --------------------------------------------------------------- */

static Value ga_make(Type *t, Value origin, Value args, bool starred)
{
    if (!IS_TUPLE(args)) args = tuple_from(&args, 1);
    GenericAlias *g = (GenericAlias *)gc_alloc(t, t->basicsize);
    g->origin = origin;
    g->args = args;
    g->starred = starred;
    return OBJ_VAL(g);
}

Value generic_alias_new(Value origin, Value args) { return ga_make(T(generic_alias), origin, args, false); }

Value list_class_getitem(Value cls, const Value *args, size_t nargs, Value kw)
{
    if (args_count("__class_getitem__", nargs, 1, 1) < 0) return 0;
    return generic_alias_new(cls, args[0]);
}

static Value ga_new(Type *t, const Value *a, size_t n, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) return raise_TypeError("GenericAlias() takes no keyword arguments");
    if (n != 2) return raise_TypeError("GenericAlias expected 2 arguments, got %d", (int)n);
    return ga_make(t, a[0], a[1], false);
}

static Value ga_params(Value self)
{
    GenericAlias *g = GA(self);
    if (!g->parameters) {
        Value p = make_parameters(g->args);
        if (!p) return 0;
        STORE(g, parameters, p);
    }
    return g->parameters;
}

static Value ga_repr(Value self)
{
    GenericAlias *g = GA(self);
    StrBuf b;
    sb_init(&b);
    if (g->starred) sb_addc(&b, '*');
    if (repr_item(&b, g->origin) < 0) goto fail;
    sb_addc(&b, '[');
    if (TUPLE_SIZE(g->args) == 0) sb_adds(&b, "()");
    for (int64_t i = 0; i < TUPLE_SIZE(g->args); i++) {
        if (i) sb_adds(&b, ", ");
        Value x = TUPLE_ITEMS(g->args)[i];
        if (IS_LIST(x)) {
            sb_addc(&b, '[');
            for (int64_t j = 0; j < LIST_SIZE(x); j++) {
                if (j) sb_adds(&b, ", ");
                if (repr_item(&b, LIST_ITEMS(x)[j]) < 0) goto fail;
            }
            sb_addc(&b, ']');
        } else if (repr_item(&b, x) < 0) {
            goto fail;
        }
    }
    sb_addc(&b, ']');
    return sb_finish(&b);
fail:
    sb_free(&b);
    return 0;
}

static Value ga_richcompare(Value a, Value b, int op)
{
    if (!is_ga(b) || (op != CMP_EQ && op != CMP_NE)) return NOTIMPL;
    int eq = GA(a)->starred == GA(b)->starred;
    if (eq) eq = obj_eq(GA(a)->origin, GA(b)->origin);
    if (eq > 0) eq = obj_eq(GA(a)->args, GA(b)->args);
    if (eq < 0) return 0;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static int ga_hash(Value self, int64_t *out)
{
    int64_t h0, h1;
    if (obj_hash(GA(self)->origin, &h0) < 0 || obj_hash(GA(self)->args, &h1) < 0) return -1;
    *out = (h0 ^ h1) == -1 ? -2 : h0 ^ h1;
    return 0;
}

static Value ga_call(Value self, const Value *a, size_t n, Value kw)
{
    Value r = obj_call(GA(self)->origin, a, n, kw);
    if (r && obj_setattr(r, str_intern_cstr("__orig_class__"), self) < 0) {
        if (!exc_matches(E(AttributeError)) && !exc_matches(E(TypeError))) return 0;
        exc_clear();
    }
    return r;
}

static Value ga_getitem(Value self, Value item)
{
    Value params = ga_params(self);
    if (!params) return 0;
    Value args = subs_parameters(self, GA(self)->args, params, item);
    if (!args) return 0;
    return ga_make(T(generic_alias), GA(self)->origin, args, GA(self)->starred);
}

/* iter(list[int]) yields *list[int] once (PEP 646 unpacking). */
typedef struct GaIter { Object hdr; Value alias; } GaIter;   /* alias 0 once exhausted */

static Value ga_iter(Value self)
{
    GaIter *it = (GaIter *)gc_alloc(T(generic_alias_iter), sizeof(GaIter));
    it->alias = self;
    return OBJ_VAL(it);
}

static Value gai_next(Value self)
{
    GaIter *it = (GaIter *)self;
    if (!it->alias) return 0;
    Value r = ga_make(T(generic_alias), GA(it->alias)->origin, GA(it->alias)->args, true);
    STORE(it, alias, 0);
    return r;
}

static Value gai_iter(Value self) { return self; }

static Value builtin_named(const char *name) { return dict_get_str(R->builtins_dict, str_intern_cstr(name)); }

static Value gai_reduce_m(Value self, const Value *a, size_t n, Value kw)
{
    Value al = ((GaIter *)self)->alias;
    return tuple_pack(2, builtin_named("iter"), al ? tuple_from(&al, 1) : tuple_pack(1, R->empty_tuple));
}

static const MethodDef gai_methods[] = {
    {"__reduce__", gai_reduce_m, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec generic_alias_iter_spec = {
    .name = "generic_alias_iterator",
    .base = -1,
    .basicsize = sizeof(GaIter),
    .flags = TF_IMMUTABLE,
    .iter = gai_iter,
    .next = gai_next,
    .methods = gai_methods,
};

static Value ga_or(Value a, Value b) { return union_or(a, b); }

/* Looked up on the alias itself; every other name comes from the origin. */
static const char *const ga_own_attrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL };

static Value ga_getattro(Value self, Value name)
{
    if (IS_STR(name)) {
        for (const char *const *p = ga_own_attrs; *p; p++)
            if (str_eq_cstr(name, *p)) return obj_generic_getattr(self, name);
        return obj_getattr(GA(self)->origin, name);
    }
    return obj_generic_getattr(self, name);
}

static Value ga_mro_entries_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("__mro_entries__", n, 1, 1) < 0) return 0;
    return tuple_from(&GA(self)->origin, 1);
}

static Value ga_instancecheck_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("__instancecheck__", n, 1, 1) < 0) return 0;
    return raise_TypeError("isinstance() argument 2 cannot be a parameterized generic");
}

static Value ga_subclasscheck_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("__subclasscheck__", n, 1, 1) < 0) return 0;
    return raise_TypeError("issubclass() argument 2 cannot be a parameterized generic");
}

static Value ga_reduce_m(Value self, const Value *a, size_t n, Value kw)
{
    GenericAlias *g = GA(self);
    if (g->starred) {
        Value it = ga_iter(generic_alias_new(g->origin, g->args));
        return tuple_pack(2, builtin_named("next"), tuple_from(&it, 1));
    }
    return tuple_pack(2, OBJ_VAL(TYPE(self)), tuple_pack(2, g->origin, g->args));
}

static Value ga_dir_m(Value self, const Value *a, size_t n, Value kw)
{
    Value d = obj_dir(GA(self)->origin);
    if (!d) return 0;
    for (const char *const *p = ga_own_attrs; *p; p++) {
        Value s = str_intern_cstr(*p);
        int r = obj_contains(d, s);
        if (r < 0 || (!r && list_append(d, s) < 0)) return 0;
    }
    return d;
}

static Value gg_origin(Value self) { return GA(self)->origin; }
static Value gg_args(Value self) { return GA(self)->args; }
static Value gg_unpacked(Value self) { return BOOL_V(GA(self)->starred); }
static Value gg_unpacked_tuple_args(Value self)
{
    GenericAlias *g = GA(self);
    return g->starred && g->origin == OBJ_VAL(T(tuple)) ? g->args : NONE;
}

static const GetSetDef ga_getsets[] = {
    {"__origin__", gg_origin, NULL, NULL},
    {"__args__", gg_args, NULL, NULL},
    {"__unpacked__", gg_unpacked, NULL, NULL},
    {"__parameters__", ga_params, NULL, "Type variables in the GenericAlias."},
    {"__typing_unpacked_tuple_args__", gg_unpacked_tuple_args, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries_m, METH_O, NULL},
    {"__instancecheck__", ga_instancecheck_m, METH_O, NULL},
    {"__subclasscheck__", ga_subclasscheck_m, METH_O, NULL},
    {"__reduce__", ga_reduce_m, METH_NOARGS, NULL},
    {"__dir__", ga_dir_m, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec generic_alias_spec = {
    .name = "types.GenericAlias",
    .base = -1,
    .basicsize = sizeof(GenericAlias),
    .flags = TF_BASETYPE,
    .doc = "Represent a PEP 585 generic type\n\n"
           "E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .trace = ga_trace,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattro,
    .call = ga_call,
    .iter = ga_iter,
    .new_ = ga_new,
    .nb_or = ga_or,
    .getitem = ga_getitem,
    .methods = ga_methods,
    .getsets = ga_getsets,
};

/* -- UnionType ------------------------------------------------------------------ */

static bool unionable(Value v)
{
    return v == NONE || IS_TYPEOBJ(v) || is_ga(v) || union_check(v);
}

/* Append v's members (a union's args, NoneType for None) to l, dropping
 * duplicates: identical objects, or equal GenericAliases. */
static int union_add(Value l, Value v)
{
    Value one = v == NONE ? OBJ_VAL(T(none)) : v;
    Value items = union_check(v) ? UN(v)->args : tuple_from(&one, 1);
    for (int64_t i = 0; i < TUPLE_SIZE(items); i++) {
        Value x = TUPLE_ITEMS(items)[i];
        int dup = 0;
        for (int64_t j = 0; j < LIST_SIZE(l) && !dup; j++) {
            Value y = LIST_ITEMS(l)[j];
            dup = is_ga(x) && is_ga(y) ? obj_eq(x, y) : x == y;
            if (dup < 0) return -1;
        }
        if (!dup && list_append(l, x) < 0) return -1;
    }
    return 0;
}

static Value make_union(Value l)
{
    if (LIST_SIZE(l) == 1) return LIST_ITEMS(l)[0];
    Union *u = (Union *)gc_alloc(T(union_type), sizeof(Union));
    u->args = list_as_tuple(l);
    return OBJ_VAL(u);
}

Value union_or(Value a, Value b)
{
    if (!unionable(a) || !unionable(b)) return NOTIMPL;
    Value l = list_new(0);
    if (union_add(l, a) < 0 || union_add(l, b) < 0) return 0;
    return make_union(l);
}

static Value union_params(Value self)
{
    Union *u = UN(self);
    if (!u->parameters) {
        Value p = make_parameters(u->args);
        if (!p) return 0;
        STORE(u, parameters, p);
    }
    return u->parameters;
}

static Value union_repr(Value self)
{
    Value args = UN(self)->args;
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < TUPLE_SIZE(args); i++) {
        if (i) sb_adds(&b, " | ");
        Value x = TUPLE_ITEMS(args)[i];
        if (x == OBJ_VAL(T(none))) sb_adds(&b, "None");
        else if (repr_item(&b, x) < 0) { sb_free(&b); return 0; }
    }
    return sb_finish(&b);
}

static Value args_frozenset(Value args)
{
    Value s = frozenset_new();
    for (int64_t i = 0; i < TUPLE_SIZE(args); i++)
        if (set_add(s, TUPLE_ITEMS(args)[i]) < 0) return 0;
    return s;
}

static Value union_richcompare(Value a, Value b, int op)
{
    if (!union_check(b) || (op != CMP_EQ && op != CMP_NE)) return NOTIMPL;
    Value x = args_frozenset(UN(a)->args), y = x ? args_frozenset(UN(b)->args) : 0;
    return y ? obj_richcompare(x, y, op) : 0;
}

static int union_hash(Value self, int64_t *out)
{
    Value s = args_frozenset(UN(self)->args);
    return s ? obj_hash(s, out) : -1;
}

static Value union_getitem(Value self, Value item)
{
    Value params = union_params(self);
    if (!params) return 0;
    Value args = subs_parameters(self, UN(self)->args, params, item);
    if (!args) return 0;
    if (TUPLE_SIZE(args) == 0) {
        Union *u = (Union *)gc_alloc(T(union_type), sizeof(Union));
        u->args = args;
        return OBJ_VAL(u);
    }
    Value r = TUPLE_ITEMS(args)[0];
    for (int64_t i = 1; r && i < TUPLE_SIZE(args); i++) r = obj_binop(r, TUPLE_ITEMS(args)[i], BINOP_OR);
    return r;
}

/* (int | str).__module__ is the type's, as CPython (typing relies on it). */
static Value union_getattro(Value self, Value name)
{
    if (IS_STR(name) && str_eq_cstr(name, "__module__")) return obj_getattr(OBJ_VAL(TYPE(self)), name);
    return obj_generic_getattr(self, name);
}

static Value ug_args(Value self) { return UN(self)->args; }

static const GetSetDef union_getsets[] = {
    {"__args__", ug_args, NULL, NULL},
    {"__parameters__", union_params, NULL, "Type variables in the types.UnionType."},
    {NULL, NULL, NULL, NULL},
};

const TypeSpec union_type_spec = {
    .name = "types.UnionType",
    .base = -1,
    .basicsize = sizeof(Union),
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .trace = union_trace,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattr = union_getattro,
    .nb_or = ga_or,
    .getitem = union_getitem,
    .getsets = union_getsets,
};
