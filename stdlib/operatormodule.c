/* kiln: _operator — CPython 3.11's C half of operator.py: the operator
 * functions (add, iadd, getitem, ...), length_hint, call, _compare_digest, and
 * the itemgetter / attrgetter / methodcaller types (hot as sort keys: their
 * call slots go straight to obj_getitem / obj_getattr). */
#include "core.h"

/* -- Functions of one or two operands ----------------------------------------- */

/* X(name, expression over a and b, doc): binary functions, positional only. */
#define OP_BINARY(X) \
    X(add, obj_binop(a, b, BINOP_ADD), "Same as a + b.") \
    X(sub, obj_binop(a, b, BINOP_SUBTRACT), "Same as a - b.") \
    X(mul, obj_binop(a, b, BINOP_MULTIPLY), "Same as a * b.") \
    X(matmul, obj_binop(a, b, BINOP_MATRIX_MULTIPLY), "Same as a @ b.") \
    X(floordiv, obj_binop(a, b, BINOP_FLOOR_DIVIDE), "Same as a // b.") \
    X(truediv, obj_binop(a, b, BINOP_TRUE_DIVIDE), "Same as a / b.") \
    X(mod, obj_binop(a, b, BINOP_REMAINDER), "Same as a % b.") \
    X(lshift, obj_binop(a, b, BINOP_LSHIFT), "Same as a << b.") \
    X(rshift, obj_binop(a, b, BINOP_RSHIFT), "Same as a >> b.") \
    X(and_, obj_binop(a, b, BINOP_AND), "Same as a & b.") \
    X(xor, obj_binop(a, b, BINOP_XOR), "Same as a ^ b.") \
    X(or_, obj_binop(a, b, BINOP_OR), "Same as a | b.") \
    X(pow, obj_pow(a, b, NONE), "Same as a ** b.") \
    X(iadd, obj_inplace_binop(a, b, BINOP_ADD), "Same as a += b.") \
    X(isub, obj_inplace_binop(a, b, BINOP_SUBTRACT), "Same as a -= b.") \
    X(imul, obj_inplace_binop(a, b, BINOP_MULTIPLY), "Same as a *= b.") \
    X(imatmul, obj_inplace_binop(a, b, BINOP_MATRIX_MULTIPLY), "Same as a @= b.") \
    X(ifloordiv, obj_inplace_binop(a, b, BINOP_FLOOR_DIVIDE), "Same as a //= b.") \
    X(itruediv, obj_inplace_binop(a, b, BINOP_TRUE_DIVIDE), "Same as a /= b.") \
    X(imod, obj_inplace_binop(a, b, BINOP_REMAINDER), "Same as a %= b.") \
    X(ilshift, obj_inplace_binop(a, b, BINOP_LSHIFT), "Same as a <<= b.") \
    X(irshift, obj_inplace_binop(a, b, BINOP_RSHIFT), "Same as a >>= b.") \
    X(iand, obj_inplace_binop(a, b, BINOP_AND), "Same as a &= b.") \
    X(ixor, obj_inplace_binop(a, b, BINOP_XOR), "Same as a ^= b.") \
    X(ior, obj_inplace_binop(a, b, BINOP_OR), "Same as a |= b.") \
    X(ipow, obj_inplace_binop(a, b, BINOP_POWER), "Same as a **= b.") \
    X(concat, seq_concat(a, b, false), "Same as a + b, for a and b sequences.") \
    X(iconcat, seq_concat(a, b, true), "Same as a += b, for a and b sequences.") \
    X(contains, bool_of(obj_contains(a, b)), "Same as b in a (note reversed operands).") \
    X(indexOf, seq_search(a, b, true), "Return the first index of b in a.") \
    X(countOf, seq_search(a, b, false), "Return the number of items in a which are, or which equal, b.") \
    X(getitem, obj_getitem(a, b), "Same as a[b].") \
    X(delitem, obj_delitem(a, b) < 0 ? 0 : NONE, "Same as del a[b].") \
    X(eq, obj_richcompare(a, b, CMP_EQ), "Same as a == b.") \
    X(ne, obj_richcompare(a, b, CMP_NE), "Same as a != b.") \
    X(lt, obj_richcompare(a, b, CMP_LT), "Same as a < b.") \
    X(le, obj_richcompare(a, b, CMP_LE), "Same as a <= b.") \
    X(gt, obj_richcompare(a, b, CMP_GT), "Same as a > b.") \
    X(ge, obj_richcompare(a, b, CMP_GE), "Same as a >= b.") \
    X(is_, BOOL_V(a == b), "Same as a is b.") \
    X(is_not, BOOL_V(a != b), "Same as a is not b.") \
    X(_compare_digest, compare_digest(a, b), \
      "Return 'a == b'.\n\nThis function uses an approach designed to prevent\n" \
      "timing analysis, making it appropriate for cryptography.\n\n" \
      "a and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\n" \
      "Note: If a and b are of different lengths, or if an error occurs,\n" \
      "a timing attack could theoretically reveal information about the\n" \
      "types and lengths of a and b--but not their values.")

/* X(name, expression over a, doc): functions of one operand (METH_O). */
#define OP_UNARY(X) \
    X(truth, bool_of(obj_truthy(a)), "Return True if a is true, False otherwise.") \
    X(not_, not_of(obj_truthy(a)), "Same as not a.") \
    X(index, obj_index(a), "Same as a.__index__()") \
    X(neg, obj_neg(a), "Same as -a.") \
    X(pos, obj_pos(a), "Same as +a.") \
    X(abs, obj_abs(a), "Same as abs(a).") \
    X(inv, obj_invert(a), "Same as ~a.") \
    X(invert, obj_invert(a), "Same as ~a.")

static Value bool_of(int r) { return r < 0 ? 0 : BOOL_V(r); }
static Value not_of(int r) { return r < 0 ? 0 : BOOL_V(!r); }

/* PySequence_Concat / InPlaceConcat: a must be a sequence (not a mapping). */
static Value seq_concat(Value a, Value b, bool inplace)
{
    if (IS_DICT(a) || !type_lookup(TYPE(a), S(__getitem__)))
        return raise_TypeError("'%T' object can't be concatenated", a);
    return inplace ? obj_inplace_binop(a, b, BINOP_ADD) : obj_binop(a, b, BINOP_ADD);
}

/* indexOf (first) or countOf over any iterable, identity or equality. */
static Value seq_search(Value a, Value b, bool first)
{
    Value it = obj_iter(a);
    if (!it) {
        if (exc_matches(E(TypeError))) {
            exc_clear();
            return raise_TypeError("argument of type '%T' is not iterable", a);
        }
        return 0;
    }
    int64_t i = 0, n = 0;
    Value x;
    while ((x = obj_next(it))) {
        int r = obj_eq(x, b);
        if (r < 0) return 0;
        if (r) {
            if (first) return int_from_i64(i);
            n++;
        }
        i++;
    }
    if (exc_pending()) return 0;
    if (first) return raise_ValueError("sequence.index(x): x not in sequence");
    return int_from_i64(n);
}

/* Constant-time comparison of two ASCII strs or two buffers (hmac.compare_digest). */
static Value compare_digest(Value a, Value b)
{
    const char *pa, *pb;
    int64_t na, nb;
    if (IS_STR(a) && IS_STR(b)) {
        if (STR_LEN(a) != STR_NBYTES(a) || STR_LEN(b) != STR_NBYTES(b))
            return raise_TypeError("comparing strings with non-ASCII characters is not supported");
        pa = STR_DATA(a); na = STR_NBYTES(a);
        pb = STR_DATA(b); nb = STR_NBYTES(b);
    } else {
        bool ba = bytes_like(a, &pa, &na), bb = bytes_like(b, &pb, &nb);
        if (!ba && !bb)
            return raise_TypeError("unsupported operand types(s) or combination of types: '%T' and '%T'", a, b);
        if (!ba) return raise_TypeError("a bytes-like object is required, not '%T'", a);
        if (!bb) return raise_TypeError("a bytes-like object is required, not '%T'", b);
    }
    /* the loop runs over b whatever a is; a length mismatch compares b with itself */
    volatile unsigned char result = na != nb;
    const volatile unsigned char *left = (const unsigned char *)(na == nb ? pa : pb);
    const volatile unsigned char *right = (const unsigned char *)pb;
    for (int64_t i = 0; i < nb; i++) result |= left[i] ^ right[i];
    return BOOL_V(result == 0);
}

#define BIN_FN(name, expr, doc) \
    static Value op_##name(Value self, const Value *args, size_t nargs, Value kw) \
    { \
        if (args_count(#name, nargs, 2, 2) < 0) return 0; \
        Value a = args[0], b = args[1]; \
        return expr; \
    }
OP_BINARY(BIN_FN)
#define UN_FN(name, expr, doc) \
    static Value op_##name(Value self, const Value *args, size_t nargs, Value kw) \
    { \
        Value a = args[0]; \
        return expr; \
    }
OP_UNARY(UN_FN)

static Value op_setitem(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("setitem", nargs, 3, 3) < 0) return 0;
    return obj_setitem(args[0], args[1], args[2]) < 0 ? 0 : NONE;
}

static Value op_call(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("call", nargs, 1, SIZE_MAX) < 0) return 0;
    return obj_call(args[0], args + 1, nargs - 1, kw);
}

/* PyObject_LengthHint: len() if defined, else __length_hint__, else the default. */
static Value op_length_hint(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("length_hint", nargs, 1, 2) < 0) return 0;
    Value obj = args[0];
    int64_t dflt = 0;
    if (nargs > 1 && obj_ssize_arg(args[1], &dflt) < 0) return 0;
    int64_t n = obj_length_hint(obj, dflt);
    if (n < 0 && exc_pending()) return 0;
    return int_from_i64(n);
}

/* -- itemgetter ------------------------------------------------------------------ */

typedef struct ItemGetter {
    Object hdr;
    Value item;       /* the one item, or the tuple of items */
    int64_t nitems;
    int64_t index;    /* item as a C index when it is one int >= 0, else -1 */
} ItemGetter;
#define IG(v) ((ItemGetter *)(v))

static void ig_trace(Object *o, Visitor visit, void *ctx) { visit(IG(o)->item, ctx); }

/* Both getters take their names as f(x) or f(x, y, ...); nargs 1: the one item. */
static int getter_args(const char *name, size_t nargs, Value kw)
{
    if (kw && TUPLE_SIZE(kw)) { raise_TypeError("%s() takes no keyword arguments", name); return -1; }
    if (nargs == 0) { raise_TypeError("%s expected 1 argument, got 0", name); return -1; }
    return 0;
}

static Value ig_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (getter_args("itemgetter", nargs, kw) < 0) return 0;
    Value item = nargs == 1 ? args[0] : tuple_from(args, (int64_t)nargs);
    ItemGetter *ig = (ItemGetter *)gc_alloc(t, sizeof(ItemGetter));
    STORE(ig, item, item);
    ig->nitems = (int64_t)nargs;
    ig->index = IS_SMALL(item) && SMALL_VAL(item) >= 0 ? SMALL_VAL(item) : -1;
    return OBJ_VAL(ig);
}

static Value ig_call(Value self, const Value *args, size_t nargs, Value kw)
{
    if (getter_args("itemgetter", nargs, kw) < 0 || args_count("itemgetter", nargs, 1, 1) < 0) return 0;
    ItemGetter *ig = IG(self);
    Value obj = args[0];
    if (ig->nitems == 1) {
        if (ig->index >= 0 && IS_OBJ(obj)) {
            Type *t = AS_OBJ(obj)->type;
            if (t == T(tuple) && ig->index < TUPLE_SIZE(obj)) return TUPLE_ITEMS(obj)[ig->index];
            if (t == T(list) && ig->index < LIST_SIZE(obj)) return LIST_ITEMS(obj)[ig->index];
        }
        return obj_getitem(obj, ig->item);
    }
    Value r = tuple_new(ig->nitems);
    for (int64_t i = 0; i < ig->nitems; i++) {
        Value v = obj_getitem(obj, TUPLE_ITEMS(ig->item)[i]);
        if (!v) return 0;
        TUPLE_ITEMS(r)[i] = v;
    }
    return r;
}

/* "operator.NAME(...)" for a getter already being repr'd (a recursive item). */
static Value getter_repr(Value self, Value args, bool one)
{
    int g = repr_enter(self);
    if (g < 0) return 0;
    if (g) return str_fmt("%T(...)", self);
    Value r = str_fmt(one ? "%T(%R)" : "%T%R", self, args);
    repr_leave(self);
    return r;
}

static Value ig_repr(Value self) { return getter_repr(self, IG(self)->item, IG(self)->nitems == 1); }

static Value ig_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Value items = IG(self)->nitems == 1 ? tuple_pack(1, IG(self)->item) : IG(self)->item;
    return tuple_pack(2, OBJ_VAL(TYPE(self)), items);
}

static const MethodDef ig_methods[] = {
    {"__reduce__", ig_reduce, METH_NOARGS, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec op_itemgetter_spec = {
    .name = "operator.itemgetter", .base = -1, .basicsize = sizeof(ItemGetter),
    .doc = "itemgetter(item, ...) --> itemgetter object\n\n"
           "Return a callable object that fetches the given item(s) from its operand.\n"
           "After f = itemgetter(2), the call f(r) returns r[2].\n"
           "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
    .trace = ig_trace, .repr = ig_repr, .call = ig_call, .new_ = ig_new, .methods = ig_methods,
};

/* -- attrgetter ------------------------------------------------------------------ */

typedef struct AttrGetter {
    Object hdr;
    Value attrs;      /* tuple: per name an interned str, or a tuple of them for "a.b.c" */
} AttrGetter;
#define AG(v) ((AttrGetter *)(v))

static void ag_trace(Object *o, Visitor visit, void *ctx) { visit(AG(o)->attrs, ctx); }

/* "a.b.c" -> ("a", "b", "c") interned; "a" -> "a" interned. */
static Value split_dotted(Value s)
{
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    int64_t dots = 0;
    for (const char *q = p; q < end; q++) dots += *q == '.';
    if (!dots) return str_intern(str_new(p, (size_t)(end - p)));
    Value parts = tuple_new(dots + 1);
    for (int64_t i = 0; i <= dots; i++) {
        const char *q = p;
        while (q < end && *q != '.') q++;
        TUPLE_ITEMS(parts)[i] = str_intern(str_new(p, (size_t)(q - p)));
        p = q + 1;
    }
    return parts;
}

static Value ag_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (getter_args("attrgetter", nargs, kw) < 0) return 0;
    Value attrs = tuple_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++) {
        if (!IS_STR(args[i])) return raise_TypeError("attribute name must be a string");
        TUPLE_ITEMS(attrs)[i] = split_dotted(args[i]);
    }
    AttrGetter *ag = (AttrGetter *)gc_alloc(t, sizeof(AttrGetter));
    STORE(ag, attrs, attrs);
    return OBJ_VAL(ag);
}

static Value dotted_getattr(Value obj, Value attr)
{
    if (IS_TYPE(attr, str)) return obj_getattr(obj, attr);
    for (int64_t i = 0; i < TUPLE_SIZE(attr) && obj; i++) obj = obj_getattr(obj, TUPLE_ITEMS(attr)[i]);
    return obj;
}

static Value ag_call(Value self, const Value *args, size_t nargs, Value kw)
{
    if (getter_args("attrgetter", nargs, kw) < 0 || args_count("attrgetter", nargs, 1, 1) < 0) return 0;
    Value attrs = AG(self)->attrs;
    int64_t n = TUPLE_SIZE(attrs);
    if (n == 1) return dotted_getattr(args[0], TUPLE_ITEMS(attrs)[0]);
    Value r = tuple_new(n);
    for (int64_t i = 0; i < n; i++) {
        Value v = dotted_getattr(args[0], TUPLE_ITEMS(attrs)[i]);
        if (!v) return 0;
        TUPLE_ITEMS(r)[i] = v;
    }
    return r;
}

/* The names as given: a tuple of dotted strs. */
static Value ag_names(Value self)
{
    Value attrs = AG(self)->attrs;
    int64_t n = TUPLE_SIZE(attrs);
    Value names = tuple_new(n);
    Value dot = str_from_cstr(".");
    for (int64_t i = 0; i < n; i++) {
        Value a = TUPLE_ITEMS(attrs)[i];
        Value s = IS_TYPE(a, str) ? a : str_join(dot, a);
        if (!s) return 0;
        TUPLE_ITEMS(names)[i] = s;
    }
    return names;
}

static Value ag_repr(Value self)
{
    Value names = ag_names(self);
    if (!names) return 0;
    bool one = TUPLE_SIZE(names) == 1;
    return getter_repr(self, one ? TUPLE_ITEMS(names)[0] : names, one);
}

static Value ag_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    Value names = ag_names(self);
    return names ? tuple_pack(2, OBJ_VAL(TYPE(self)), names) : 0;
}

static const MethodDef ag_methods[] = {
    {"__reduce__", ag_reduce, METH_NOARGS, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec op_attrgetter_spec = {
    .name = "operator.attrgetter", .base = -1, .basicsize = sizeof(AttrGetter),
    .doc = "attrgetter(attr, ...) --> attrgetter object\n\n"
           "Return a callable object that fetches the given attribute(s) from its operand.\n"
           "After f = attrgetter('name'), the call f(r) returns r.name.\n"
           "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
           "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
           "(r.name.first, r.name.last).",
    .trace = ag_trace, .repr = ag_repr, .call = ag_call, .new_ = ag_new, .methods = ag_methods,
};

/* -- methodcaller ---------------------------------------------------------------- */

typedef struct MethodCaller {
    Object hdr;
    Value name;       /* interned str */
    Value args;       /* tuple of the positional arguments */
    Value kwds;       /* dict of the keyword arguments, or 0 */
    Value callargs;   /* tuple: args, then the keyword values (the vectorcall layout) */
    Value kwnames;    /* tuple of the keyword names, or 0 */
} MethodCaller;
#define MC(v) ((MethodCaller *)(v))

static void mc_trace(Object *o, Visitor visit, void *ctx)
{
    MethodCaller *mc = MC(o);
    visit(mc->name, ctx); visit(mc->args, ctx); visit(mc->kwds, ctx);
    visit(mc->callargs, ctx); visit(mc->kwnames, ctx);
}

static Value mc_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1) return raise_TypeError("methodcaller needs at least one argument, the method name");
    if (!IS_STR(args[0])) return raise_TypeError("method name must be a string");
    int64_t npos = (int64_t)nargs - 1, nkw = kw ? TUPLE_SIZE(kw) : 0;
    Value kwds = 0;
    if (nkw) {
        kwds = dict_new();
        for (int64_t i = 0; i < nkw; i++)
            if (dict_set(kwds, TUPLE_ITEMS(kw)[i], args[nargs + i]) < 0) return 0;
    }
    MethodCaller *mc = (MethodCaller *)gc_alloc(t, sizeof(MethodCaller));
    STORE(mc, name, str_intern(args[0]));
    STORE(mc, args, tuple_from(args + 1, npos));
    STORE(mc, kwds, kwds);
    STORE(mc, callargs, tuple_from(args + 1, npos + nkw));
    STORE(mc, kwnames, nkw ? kw : 0);
    return OBJ_VAL(mc);
}

static Value mc_call(Value self, const Value *args, size_t nargs, Value kw)
{
    if (getter_args("methodcaller", nargs, kw) < 0 || args_count("methodcaller", nargs, 1, 1) < 0) return 0;
    MethodCaller *mc = MC(self);
    Value m = obj_getattr(args[0], mc->name);
    if (!m) return 0;
    int64_t nkw = mc->kwnames ? TUPLE_SIZE(mc->kwnames) : 0;
    return obj_call(m, TUPLE_ITEMS(mc->callargs), (size_t)(TUPLE_SIZE(mc->callargs) - nkw), mc->kwnames);
}

static Value mc_repr(Value self)
{
    MethodCaller *mc = MC(self);
    int g = repr_enter(self);
    if (g < 0) return 0;
    if (g) return str_fmt("%T(...)", self);
    StrBuf b;
    sb_init(&b);
    Value r = obj_repr(mc->name);
    if (!r) goto fail;
    sb_printf(&b, "%s(%s", STR_DATA(type_qualified_name(TYPE(self))), STR_DATA(r));
    if (sb_add_call_args(&b, mc->args, mc->kwds) < 0) goto fail;
    sb_addc(&b, ')');
    repr_leave(self);
    return sb_finish(&b);
fail:
    sb_free(&b);
    repr_leave(self);
    return 0;
}

/* (type, (name, *args)), or with keywords (partial(type, name, **kwds), args). */
static Value mc_reduce(Value self, const Value *args, size_t nargs, Value kw)
{
    MethodCaller *mc = MC(self);
    if (!mc->kwds || dict_size(mc->kwds) == 0) {
        int64_t n = TUPLE_SIZE(mc->args);
        Value newargs = tuple_new(n + 1);
        TUPLE_ITEMS(newargs)[0] = mc->name;
        for (int64_t i = 0; i < n; i++) TUPLE_ITEMS(newargs)[i + 1] = TUPLE_ITEMS(mc->args)[i];
        return tuple_pack(2, OBJ_VAL(TYPE(self)), newargs);
    }
    Value functools = import_module(str_from_cstr("functools"));
    Value partial = functools ? obj_getattr_cstr(functools, "partial") : 0;
    if (!partial) return 0;
    Value pargs = tuple_pack(2, OBJ_VAL(TYPE(self)), mc->name);
    Value ctor = obj_call_tuple_dict(partial, pargs, mc->kwds);
    return ctor ? tuple_pack(2, ctor, mc->args) : 0;
}

static const MethodDef mc_methods[] = {
    {"__reduce__", mc_reduce, METH_NOARGS, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec op_methodcaller_spec = {
    .name = "operator.methodcaller", .base = -1, .basicsize = sizeof(MethodCaller),
    .doc = "methodcaller(name, ...) --> methodcaller object\n\n"
           "Return a callable object that calls the given method on its operand.\n"
           "After f = methodcaller('name'), the call f(r) returns r.name().\n"
           "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
           "r.name('date', foo=1).",
    .trace = mc_trace, .repr = mc_repr, .call = mc_call, .new_ = mc_new, .methods = mc_methods,
};

/* -- The module ------------------------------------------------------------------- */

#define BIN_ROW(name, expr, doc) {#name, op_##name, METH_NOKW, doc},
#define UN_ROW(name, expr, doc) {#name, op_##name, METH_O, doc},
static const MethodDef operator_methods[] = {
    OP_UNARY(UN_ROW)
    OP_BINARY(BIN_ROW)
    {"setitem", op_setitem, METH_NOKW, "Same as a[b] = c."},
    {"length_hint", op_length_hint, METH_NOKW,
     "Return an estimate of the number of items in obj.\n\n"
     "This is useful for presizing containers when building from an iterable.\n\n"
     "If the object supports len(), the result will be exact.\n"
     "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
     "The result will be an integer >= 0."},
    {"call", op_call, 0, "Same as obj(*args, **kwargs)."},
    {NULL, NULL, 0, NULL},
};

static int operator_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "itemgetter", OBJ_VAL(T(op_itemgetter))) < 0 ||
        dict_set_cstr(d, "attrgetter", OBJ_VAL(T(op_attrgetter))) < 0 ||
        dict_set_cstr(d, "methodcaller", OBJ_VAL(T(op_methodcaller))) < 0)
        return -1;
    /* CPython makes these from a spec, so their dicts name the module */
    Type *types[] = { T(op_itemgetter), T(op_attrgetter), T(op_methodcaller) };
    for (size_t i = 0; i < ARRAY_LEN(types); i++) {
        if (dict_set(types[i]->dict, S(__module__), types[i]->module) < 0) return -1;
        type_modified(types[i]);
    }
    return 0;
}

const ModuleDef _operator_module = {
    "_operator",
    "Operator interface.\n\n"
    "This module exports a set of functions implemented in C corresponding\n"
    "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
    "is equivalent to the expression x+y.  The function names are those\n"
    "used for special methods; variants without leading and trailing\n"
    "'__' are also provided for convenience.",
    operator_methods, operator_exec,
};
