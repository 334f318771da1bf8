/* kiln: the `object` type and the abstract object protocol (obj_*): attribute
 * access, calls, operators with CPython's reflection rules, comparisons,
 * hashing, truth, iteration, isinstance, and C-level argument parsing.
 * Every message here is CPython 3.11's. */
#include "core.h"
#include <string.h>

/* -- Argument parsing -------------------------------------------------------- */

int args_no_kw(const char *fname, Value kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames)) {
        raise_TypeError("%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int args_count(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        raise_TypeError("%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at least ",
                        min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        raise_TypeError("%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at most ",
                        max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int args_parse(const char *fname, const Value *args, size_t nargs, Value kwnames,
               const char *const *names, int nrequired, Value *out)
{
    size_t n = 0;
    while (names[n]) n++;
    size_t nk = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    if (n == 0 && nargs) {
        raise_TypeError("%s() takes no arguments (%zu given)", fname, nargs);
        return -1;
    }
    /* CPython's argument parsers: the total count first, then the required
     * arguments, then keywords given twice or unknown. */
    if (nargs + nk > n) {
        raise_TypeError("%s() takes at most %zu %sargument%s (%zu given)", fname, n, nargs ? "" : "keyword ",
                        n == 1 ? "" : "s", nargs + nk);
        return -1;
    }
    for (size_t i = 0; i < n; i++) out[i] = i < nargs ? args[i] : 0;
    Value bad = 0;       /* the first unknown keyword */
    size_t twice = n;    /* the first parameter given by name and position */
    for (size_t k = 0; k < nk; k++) {
        Value key = TUPLE_ITEMS(kwnames)[k];
        size_t i;
        for (i = 0; i < n; i++)
            if (names[i][0] && str_eq_cstr(key, names[i])) break;
        if (i == n) { if (!bad) bad = key; continue; }
        if (i < nargs) { if (i < twice) twice = i; continue; }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < nrequired; i++) {
        if (!out[i]) {
            if (names[i][0])
                raise_TypeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            else
                raise_TypeError("%s() takes %s %d positional argument%s (%zu given)", fname,
                                (size_t)nrequired < n ? "at least" : "exactly", nrequired,
                                nrequired == 1 ? "" : "s", nargs);
            return -1;
        }
    }
    if (twice < n) {
        raise_TypeError("argument for %s() given by name ('%s') and position (%zu)", fname, names[twice], twice + 1);
        return -1;
    }
    if (bad) {
        raise_TypeError("'%U' is an invalid keyword argument for %s()", bad, fname);
        return -1;
    }
    return 0;
}

/* -- repr / str / format ------------------------------------------------------ */

static Value object_repr(Value self)
{
    Value q = type_qualified_name(TYPE(self));
    if (!q) return 0;
    return str_fmt("<%U object at %p>", q, (void *)self);
}

Value obj_repr(Value v)
{
    UnaryFn f = TYPE(v)->repr;
    if (!f) return object_repr(v);
    /* C reprs that recurse into their contents without a guard end here */
    if (UNLIKELY(c_stack_exhausted()))
        return raise_fmt(E(RecursionError), "maximum recursion depth exceeded while getting the repr of an object");
    Value r = f(v);
    if (r && !IS_STR(r)) return raise_TypeError("__repr__ returned non-string (type %s)", TYPE_NAME(r));
    return r;
}

Value obj_str(Value v)
{
    if (IS_TYPE(v, str)) return v;
    UnaryFn f = TYPE(v)->str;
    if (!f) return obj_repr(v);
    Value r = f(v);
    if (r && !IS_STR(r)) return raise_TypeError("__str__ returned non-string (type %s)", TYPE_NAME(r));
    return r;
}

static Value object_str(Value self)
{
    return obj_repr(self);
}

Value obj_ascii(Value v)
{
    Value r = obj_repr(v);
    if (!r) return 0;
    if (((Str *)r)->flags & STR_ASCII) return r;
    const unsigned char *s = (const unsigned char *)STR_DATA(r);
    size_t n = STR_NBYTES(r);
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        if (c < 0x80) { sb_addc(&b, (char)c); i++; continue; }
        uint32_t cp;
        int len;
        if (c >= 0xf0) { cp = c & 7; len = 4; }
        else if (c >= 0xe0) { cp = c & 15; len = 3; }
        else { cp = c & 31; len = 2; }
        for (int k = 1; k < len && i + k < n; k++) cp = (cp << 6) | (s[i + k] & 63);
        i += len;
        if (cp < 0x100) sb_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000) sb_printf(&b, "\\u%04x", cp);
        else sb_printf(&b, "\\U%08x", cp);
    }
    return sb_finish(&b);
}

Value obj_format(Value v, Value spec)
{
    if (!spec) spec = R->empty_str;
    if (STR_NBYTES(spec) == 0) {
        if (IS_TYPE(v, str)) return v;
        /* int.__format__ and float.__format__ with no spec are str() (CPython's shortcut) */
        if (IS_SMALL(v) || TYPE(v) == T(int) || TYPE(v) == T(float)) return obj_str(v);
    }
    Value f = obj_lookup_special(v, S(__format__));
    if (!f) {
        if (exc_pending()) return 0;
        return raise_TypeError("Type %s doesn't define __format__", TYPE_NAME(v));
    }
    Value r = obj_call1(f, spec);
    if (r && !IS_STR(r)) return raise_TypeError("__format__ must return a str, not %s", TYPE_NAME(r));
    return r;
}

/* -- hash, truth, comparison ------------------------------------------------- */

static int object_hash(Value self, int64_t *out)
{
    uint64_t y = (uint64_t)self;
    int64_t h = (int64_t)((y >> 4) | (y << 60));
    if (h == -1) h = -2;
    *out = h;
    return 0;
}

int obj_hash(Value v, int64_t *out)
{
    if (IS_SMALL(v)) {
        int64_t i = SMALL_VAL(v);
        const int64_t M = ((int64_t)1 << 61) - 1;
        if (i > -M && i < M) { *out = i == -1 ? -2 : i; return 0; }
        *out = int_hash_of(v);
        return 0;
    }
    HashFn f = TYPE(v)->hash;
    if (!f) { raise_TypeError("unhashable type: '%T'", v); return -1; }
    return f(v, out);
}

int obj_truthy(Value v)
{
    if (v == TRUE_V) return 1;
    if (v == FALSE_V || v == NONE) return 0;
    if (IS_SMALL(v)) return SMALL_VAL(v) != 0;
    Type *t = TYPE(v);
    if (t->nb_bool) return t->nb_bool(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static const int swapped_op[6] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const op_sym[6] = { "<", "<=", "==", "!=", ">", ">=" };

Value obj_richcompare(Value a, Value b, int op)
{
    Type *ta = TYPE(a), *tb = TYPE(b);
    bool checked = false;
    Value r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NOTIMPL) return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != NOTIMPL) return r;
    }
    if (!checked && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NOTIMPL) return r;
    }
    if (op == CMP_EQ) return BOOL_V(a == b);
    if (op == CMP_NE) return BOOL_V(a != b);
    return raise_TypeError("'%s' not supported between instances of '%T' and '%T'", op_sym[op], a, b);
}

int obj_compare_bool(Value a, Value b, int op)
{
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    Value r = obj_richcompare(a, b, op);
    if (!r) return -1;
    if (r == TRUE_V) return 1;
    if (r == FALSE_V) return 0;
    return obj_truthy(r);
}

int obj_eq(Value a, Value b)
{
    if (a == b) return 1;
    if (IS_SMALL(a) && IS_SMALL(b)) return 0;
    if (IS_TYPE(a, str) && IS_TYPE(b, str)) return str_eq(a, b);
    return obj_compare_bool(a, b, CMP_EQ);
}

static Value object_richcompare(Value self, Value other, int op)
{
    switch (op) {
    case CMP_EQ:
        return self == other ? TRUE_V : NOTIMPL;
    case CMP_NE: {
        RichCmpFn f = TYPE(self)->richcompare;
        if (!f) return NOTIMPL;
        Value r = f(self, other, CMP_EQ);
        if (!r || r == NOTIMPL) return r;
        int t = obj_truthy(r);
        if (t < 0) return 0;
        return BOOL_V(!t);
    }
    default:
        return NOTIMPL;
    }
}

/* -- attributes ------------------------------------------------------------ */

/* object.__getattribute__; with suppress, a missing attribute gives 0 and no
 * exception (the __getattr__ hook then needs no AttributeError object). */
Value obj_generic_getattr_ex(Value v, Value name, bool suppress)
{
    Type *t = TYPE(v);
    Value descr = type_lookup(t, name);
    DescrGetFn f = NULL;
    if (descr) {
        Type *dt = TYPE(descr);
        f = dt->descr_get;
        if (f && dt->descr_set) return f(descr, v, OBJ_VAL(t));
    }
    if (IS_OBJ(v)) {
        Value r = instance_getattr_raw(v, name);
        if (r) return r;
        if (UNLIKELY(t->flags & TF_MODULE_SUB)) {
            r = dict_get(((Module *)v)->dict, name);
            if (r) return r;
            if (exc_pending()) return 0;
        }
    }
    if (f) return f(descr, v, OBJ_VAL(t));
    if (descr) return descr;
    if (suppress) return 0;
    return raise_AttributeError("'%T' object has no attribute '%U'", v, name);
}

Value obj_generic_getattr(Value v, Value name)
{
    return obj_generic_getattr_ex(v, name, false);
}

int obj_generic_setattr(Value v, Value name, Value val)
{
    Type *t = TYPE(v);
    Value descr = type_lookup(t, name);
    if (descr) {
        DescrSetFn f = TYPE(descr)->descr_set;
        if (f) return f(descr, v, val);
    }
    InstanceTail *tl = obj_instance_tail(v);
    if (!tl || (t->flags & TF_NO_DICT)) {
        if (descr && val)
            raise_AttributeError("'%T' object attribute '%U' is read-only", v, name);
        else
            raise_AttributeError("'%T' object has no attribute '%U'", v, name);
        return -1;
    }
    return instance_setattr_raw(v, name, val);
}

Value obj_getattr(Value v, Value name)
{
    if (UNLIKELY(!IS_STR(name)))
        return raise_TypeError("attribute name must be string, not '%s'", TYPE_NAME(name));
    GetAttrFn f = TYPE(v)->getattr;
    Value r = LIKELY(f != NULL) ? f(v, name) : obj_generic_getattr(v, name);
    if (UNLIKELY(!r)) exc_attribute_context(v, name);
    return r;
}

Value obj_getattr_cstr(Value v, const char *name)
{
    return obj_getattr(v, str_intern_cstr(name));
}

/* getattr that says "missing" with 0 and no exception.  The common getattr
 * slots answer that without building an AttributeError (its message and
 * object cost more than the lookup: hasattr() and getattr(o, n, default) are
 * hot in library code); other slots raise it and it is dropped here. */
Value obj_lookup_attr(Value v, Value name)
{
    GetAttrFn f = TYPE(v)->getattr;
    Value r;
    if (UNLIKELY(!IS_STR(name))) r = obj_getattr(v, name);
    else if (LIKELY(!f || f == obj_generic_getattr)) r = obj_generic_getattr_ex(v, name, true);
    else if (f == type_getattr) r = type_getattr_ex(v, name, true);
    else if (f == module_getattr) r = module_getattr_ex(v, name, true);
    else r = f(v, name);
    if (!r && TS->exc && exc_matches(E(AttributeError))) exc_clear();
    return r;
}

int obj_hasattr(Value v, Value name)
{
    Value r = obj_lookup_attr(v, name);
    if (r) return 1;
    return TS->exc ? -1 : 0;
}

int obj_setattr(Value v, Value name, Value val)
{
    if (UNLIKELY(!IS_STR(name))) {
        raise_TypeError("attribute name must be string, not '%s'", TYPE_NAME(name));
        return -1;
    }
    SetAttrFn f = TYPE(v)->setattr;
    if (!f) {
        raise_TypeError("'%s' object has no attributes (%s .%U)", TYPE_NAME(v), val ? "assign to" : "del", name);
        return -1;
    }
    return f(v, name, val);
}

Value obj_lookup_special(Value obj, Value name)
{
    Type *t = TYPE(obj);
    Value f = type_lookup(t, name);
    if (!f) return 0;
    DescrGetFn g = TYPE(f)->descr_get;
    if (g) return g(f, obj, OBJ_VAL(t));
    return f;
}

/* -- calls ---------------------------------------------------------------- */

Value obj_call(Value f, const Value *args, size_t nargs, Value kwnames)
{
    CallFn c = TYPE(f)->call;
    if (LIKELY(c != NULL)) return c(f, args, nargs, kwnames);
    return raise_TypeError("'%s' object is not callable", TYPE_NAME(f));
}

Value obj_call0(Value f) { return obj_call(f, NULL, 0, 0); }
Value obj_call1(Value f, Value a) { return obj_call(f, &a, 1, 0); }
Value obj_call2(Value f, Value a, Value b)
{
    Value x[2] = { a, b };
    return obj_call(f, x, 2, 0);
}

Value obj_call_tuple_dict(Value f, Value args, Value kwargs)
{
    int64_t n = args ? TUPLE_SIZE(args) : 0;
    int64_t nk = kwargs ? dict_size(kwargs) : 0;
    if (!nk) return obj_call(f, n ? TUPLE_ITEMS(args) : NULL, n, 0);
    Value a[n + nk + 1];
    for (int64_t i = 0; i < n; i++) a[i] = TUPLE_ITEMS(args)[i];
    Value names = tuple_new(nk);
    int64_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(kwargs, &pos, &k, &v)) {
        if (!IS_STR(k)) return raise_TypeError("keywords must be strings");
        TUPLE_ITEMS(names)[i] = k;
        a[n + i] = v;
        i++;
    }
    return obj_call(f, a, n, names);
}

Value obj_call_method(Value obj, Value name, const Value *args, size_t nargs)
{
    Type *t = TYPE(obj);
    if (t->getattr == obj_generic_getattr) {
        Value f = type_lookup(t, name);
        if (f && (TYPE(f) == T(function) || TYPE(f) == T(method_descriptor) || TYPE(f) == T(wrapper_descriptor)) &&
            !(IS_OBJ(obj) && instance_getattr_raw(obj, name))) {
            Value a[nargs + 1];
            a[0] = obj;
            if (nargs) memcpy(a + 1, args, nargs * sizeof(Value));
            return obj_call(f, a, nargs + 1, 0);
        }
    }
    Value m = obj_getattr(obj, name);
    if (!m) return 0;
    return obj_call(m, args, nargs, 0);
}

Value obj_type_call(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (t == T(type) && nargs == 1 && (!kwnames || TUPLE_SIZE(kwnames) == 0))
        return OBJ_VAL(TYPE(args[0]));
    if (!t->new_) return raise_TypeError("cannot create '%U' instances", type_qualified_name(t));
    Value o = t->new_(t, args, nargs, kwnames);
    if (!o) return 0;
    Type *ot = TYPE(o);
    if (ot != t && !type_is_subtype(ot, t)) return o;
    if (ot->init && ot->init(o, args, nargs, kwnames) < 0) return 0;
    return o;
}

bool obj_is_callable(Value v)
{
    return TYPE(v)->call != NULL;
}

/* -- containers and iteration ------------------------------------------------ */

Value obj_getitem(Value o, Value k)
{
    BinaryFn f = TYPE(o)->getitem;
    if (LIKELY(f != NULL)) return f(o, k);
    if (IS_TYPEOBJ(o)) {
        if (AS(Type, o) == T(type)) return generic_alias_new(o, k);   /* type[int], as CPython */
        Value m = obj_lookup_attr(o, S(__class_getitem__));
        if (m) return obj_call1(m, k);
        if (exc_pending()) return 0;
        return raise_TypeError("type '%U' is not subscriptable", AS(Type, o)->name);
    }
    return raise_TypeError("'%s' object is not subscriptable", TYPE_NAME(o));
}

int obj_setitem(Value o, Value k, Value v)
{
    SetItemFn f = TYPE(o)->setitem;
    if (LIKELY(f != NULL)) return f(o, k, v);
    raise_TypeError("'%s' object does not support item assignment", TYPE_NAME(o));
    return -1;
}

int obj_delitem(Value o, Value k)
{
    SetItemFn f = TYPE(o)->setitem;
    if (LIKELY(f != NULL)) return f(o, k, 0);
    /* CPython: PySequence_DelItem's wording for an index into a sequence type */
    Type *t = TYPE(o);
    bool seq = t->len || t->contains || t->getitem;
    bool index = IS_INT(k) || (IS_OBJ(k) && TYPE(k)->nb_index && !IS_FLOAT(k));
    raise_TypeError(seq && index ? "'%s' object doesn't support item deletion"
                                 : "'%s' object does not support item deletion", TYPE_NAME(o));
    return -1;
}

int64_t obj_len(Value v)
{
    LenFn f = TYPE(v)->len;
    if (LIKELY(f != NULL)) return f(v);
    raise_TypeError("object of type '%s' has no len()", TYPE_NAME(v));
    return -1;
}

int64_t obj_length_hint(Value v, int64_t dflt)
{
    if (TYPE(v)->len) {
        int64_t n = obj_len(v);
        if (n >= 0) return n;
        if (!exc_matches(E(TypeError))) return -1;
        exc_clear();
    }
    Value hint = obj_lookup_special(v, S(__length_hint__));
    if (!hint) return exc_pending() ? -1 : dflt;
    Value r = obj_call0(hint);
    if (!r) {
        if (!exc_matches(E(TypeError))) return -1;
        exc_clear();
        return dflt;
    }
    if (r == NOTIMPL) return dflt;
    if (!IS_INT(r)) { raise_TypeError("__length_hint__ must be an integer, not %T", r); return -1; }
    int64_t n;
    if (int_as_i64(int_value_of(r), &n) < 0) {
        exc_clear();
        raise_OverflowError("Python int too large to convert to C ssize_t");
        return -1;
    }
    if (n < 0) { raise_ValueError("__length_hint__() should return >= 0"); return -1; }
    return n;
}

Value obj_iter(Value v)
{
    Type *t = TYPE(v);
    if (t->iter) {
        Value r = t->iter(v);
        if (r && !TYPE(r)->next)
            return raise_TypeError("iter() returned non-iterator of type '%s'", TYPE_NAME(r));
        return r;
    }
    if (t->getitem && !(t->flags & TF_DICT_SUB)) return seq_iter_new(v);
    return raise_TypeError("'%s' object is not iterable", TYPE_NAME(v));
}

Value obj_next(Value it)
{
    UnaryFn f = TYPE(it)->next;
    if (LIKELY(f != NULL)) return f(it);
    return raise_TypeError("'%s' object is not an iterator", TYPE_NAME(it));
}

int obj_contains(Value container, Value item)
{
    Type *t = TYPE(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        raise_TypeError("argument of type '%s' is not iterable", TYPE_NAME(container));
        return -1;
    }
    Value it = obj_iter(container);
    if (!it) return -1;
    for (;;) {
        Value x = obj_next(it);
        if (!x) return exc_pending() ? -1 : 0;
        int r = obj_eq(x, item);
        if (r != 0) return r;
    }
}

/* -- isinstance / issubclass ------------------------------------------------- */

/* True when v.__class__ is certainly type(v): no override anywhere. */
static bool plain_class(Value v)
{
    Type *t = TYPE(v);
    if (t->getattr != obj_generic_getattr && t->getattr != type_getattr) return false;
    /* no builtin type but object defines __class__, and their dicts are fixed */
    return !(t->flags & TF_HEAPTYPE) || type_lookup(t, S(__class__)) == type_lookup(T(object), S(__class__));
}

static int recursive_isinstance(Value v, Value cls)
{
    if (IS_TYPEOBJ(cls)) {
        if (type_is_subtype(TYPE(v), AS(Type, cls))) return 1;
        if (plain_class(v)) return 0;
        Value c = obj_lookup_attr(v, S(__class__));
        if (!c) return exc_pending() ? -1 : 0;
        if (c != OBJ_VAL(TYPE(v)) && IS_TYPEOBJ(c)) return type_is_subtype(AS(Type, c), AS(Type, cls));
        return 0;
    }
    Value b = obj_lookup_attr(cls, S(__bases__));
    if (!b || !IS_TUPLE(b)) {
        if (exc_pending()) return -1;
        raise_TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    Value c = obj_lookup_attr(v, S(__class__));
    if (!c) return exc_pending() ? -1 : 0;
    return obj_issubclass(c, cls);
}

int obj_isinstance(Value v, Value cls)
{
    if (OBJ_VAL(TYPE(v)) == cls) return 1;
    if (IS_TYPE(cls, type)) return recursive_isinstance(v, cls);
    if (union_check(cls)) cls = union_args_of(cls);
    if (IS_TUPLE(cls)) {
        for (int64_t i = 0; i < TUPLE_SIZE(cls); i++) {
            int r = obj_isinstance(v, TUPLE_ITEMS(cls)[i]);
            if (r != 0) return r;
        }
        return 0;
    }
    Value chk = obj_lookup_special(cls, S(__instancecheck__));
    if (chk) {
        Value r = obj_call1(chk, v);
        if (!r) return -1;
        return obj_truthy(r);
    }
    if (exc_pending()) return -1;
    return recursive_isinstance(v, cls);
}

static int abstract_issubclass(Value derived, Value cls)
{
    for (;;) {
        if (derived == cls) return 1;
        Value b = obj_lookup_attr(derived, S(__bases__));
        if (!b) return exc_pending() ? -1 : 0;
        if (!IS_TUPLE(b)) return 0;
        int64_t n = TUPLE_SIZE(b);
        if (n == 0) return 0;
        if (n == 1) { derived = TUPLE_ITEMS(b)[0]; continue; }
        for (int64_t i = 0; i < n; i++) {
            int r = abstract_issubclass(TUPLE_ITEMS(b)[i], cls);
            if (r != 0) return r;
        }
        return 0;
    }
}

static bool has_bases(Value v)
{
    Value b = obj_lookup_attr(v, S(__bases__));
    return b && IS_TUPLE(b);
}

static int recursive_issubclass(Value c, Value cls)
{
    if (IS_TYPEOBJ(cls) && IS_TYPEOBJ(c)) return type_is_subtype(AS(Type, c), AS(Type, cls));
    if (!IS_TYPEOBJ(c) && !has_bases(c)) {
        if (exc_pending()) return -1;
        raise_TypeError("issubclass() arg 1 must be a class");
        return -1;
    }
    if (!IS_TYPEOBJ(cls) && !has_bases(cls)) {
        if (exc_pending()) return -1;
        raise_TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return abstract_issubclass(c, cls);
}

int obj_issubclass(Value c, Value cls)
{
    if (IS_TYPE(cls, type)) {
        if (c == cls) return 1;
        return recursive_issubclass(c, cls);
    }
    if (union_check(cls)) cls = union_args_of(cls);
    if (IS_TUPLE(cls)) {
        for (int64_t i = 0; i < TUPLE_SIZE(cls); i++) {
            int r = obj_issubclass(c, TUPLE_ITEMS(cls)[i]);
            if (r != 0) return r;
        }
        return 0;
    }
    Value chk = obj_lookup_special(cls, S(__subclasscheck__));
    if (chk) {
        Value r = obj_call1(chk, c);
        if (!r) return -1;
        return obj_truthy(r);
    }
    if (exc_pending()) return -1;
    return recursive_issubclass(c, cls);
}

/* -- numbers ------------------------------------------------------------------ */

Value obj_index(Value v)
{
    if (IS_SMALL(v) || TYPE(v) == T(int)) return v;
    if (TYPE(v)->flags & TF_INT_SUB) return v;
    UnaryFn f = TYPE(v)->nb_index;
    if (!f) return raise_TypeError("'%s' object cannot be interpreted as an integer", TYPE_NAME(v));
    Value r = f(v);
    if (r && !IS_INT(r)) return raise_TypeError("__index__ returned non-int (type %s)", TYPE_NAME(r));
    return r;
}

/* v.__index__() as an int64 into *out: 0, 1 if it doesn't fit (*out clamped), -1 on error. */
static int index_i64(Value v, int64_t *out)
{
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return 0; }
    Value i = obj_index(v);
    if (!i) return -1;
    if (IS_SMALL(i)) { *out = SMALL_VAL(i); return 0; }
    if (int_as_i64(i, out) == 0) return 0;
    if (!exc_matches(E(OverflowError))) return -1;
    exc_clear();
    *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    return 1;
}

int obj_as_ssize(Value v, int64_t *out, Type *overflow_exc)
{
    int r = index_i64(v, out);
    if (r <= 0 || !overflow_exc) return r < 0 ? -1 : 0;
    raise_fmt(overflow_exc, "cannot fit '%s' into an index-sized integer", TYPE_NAME(v));
    return -1;
}

int obj_ssize_arg(Value v, int64_t *out)
{
    int r = index_i64(v, out);
    if (r > 0) raise_OverflowError("Python int too large to convert to C ssize_t");
    return r ? -1 : 0;
}

typedef struct BinopInfo { size_t off, ioff; const char *sym, *isym; } BinopInfo;
#define BINOP_ROW(n, s, f, fi, d, r, i) { offsetof(Type, f), offsetof(Type, fi), s, s "=" },
static const BinopInfo binops[] = { BINOPS(BINOP_ROW) };
#define SLOT_BIN(t, off) (*(BinaryFn *)((char *)(t) + (off)))

/* CPython's binary_op1: NotImplemented when neither operand handles it. */
static Value binary_op1(Value a, Value b, size_t off)
{
    Type *ta = TYPE(a), *tb = TYPE(b);
    BinaryFn fa = SLOT_BIN(ta, off);
    BinaryFn fb = ta != tb ? SLOT_BIN(tb, off) : NULL;
    if (fb == fa) fb = NULL;
    Value r;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            r = fb(a, b);
            if (r != NOTIMPL) return r;
            fb = NULL;
        }
        r = fa(a, b);
        if (r != NOTIMPL) return r;
    }
    if (fb) return fb(a, b);
    return NOTIMPL;
}

static Value ternary_op(Value a, Value b, Value c)
{
    Type *ta = TYPE(a), *tb = TYPE(b);
    TernaryFn fa = ta->nb_pow;
    TernaryFn fb = ta != tb ? tb->nb_pow : NULL;
    if (fb == fa) fb = NULL;
    Value r;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            r = fb(a, b, c);
            if (r != NOTIMPL) return r;
            fb = NULL;
        }
        r = fa(a, b, c);
        if (r != NOTIMPL) return r;
    }
    if (fb) {
        r = fb(a, b, c);
        if (r != NOTIMPL) return r;
    }
    if (c != NONE) {
        TernaryFn fc = TYPE(c)->nb_pow;
        if (fc && fc != fa && fc != fb) {
            r = fc(a, b, c);
            if (r != NOTIMPL) return r;
        }
    }
    return NOTIMPL;
}

Value obj_pow(Value a, Value b, Value mod)
{
    if (!mod) mod = NONE;
    Value r = ternary_op(a, b, mod);
    if (r != NOTIMPL) return r;
    if (mod == NONE)
        return raise_TypeError("unsupported operand type(s) for ** or pow(): '%T' and '%T'", a, b);
    return raise_TypeError("unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, mod);
}

Value obj_binop(Value a, Value b, int op)
{
    if (op == BINOP_POWER) return obj_pow(a, b, NONE);
    const BinopInfo *bi = &binops[op];
    Value r = binary_op1(a, b, bi->off);
    if (r != NOTIMPL) return r;
    return raise_TypeError("unsupported operand type(s) for %s: '%T' and '%T'", bi->sym, a, b);
}

Value obj_inplace_binop(Value a, Value b, int op)
{
    const BinopInfo *bi = &binops[op];
    BinaryFn fi = SLOT_BIN(TYPE(a), bi->ioff);
    Value r;
    if (fi) {
        r = fi(a, b);
        if (r != NOTIMPL) return r;
    }
    if (op == BINOP_POWER) {
        r = ternary_op(a, b, NONE);
        if (r != NOTIMPL) return r;
        return raise_TypeError("unsupported operand type(s) for **=: '%T' and '%T'", a, b);
    }
    r = binary_op1(a, b, bi->off);
    if (r != NOTIMPL) return r;
    return raise_TypeError("unsupported operand type(s) for %s: '%T' and '%T'", bi->isym, a, b);
}

Value obj_neg(Value v)
{
    UnaryFn f = TYPE(v)->nb_neg;
    if (f) return f(v);
    return raise_TypeError("bad operand type for unary -: '%s'", TYPE_NAME(v));
}
Value obj_pos(Value v)
{
    UnaryFn f = TYPE(v)->nb_pos;
    if (f) return f(v);
    return raise_TypeError("bad operand type for unary +: '%s'", TYPE_NAME(v));
}
Value obj_invert(Value v)
{
    UnaryFn f = TYPE(v)->nb_invert;
    if (f) return f(v);
    return raise_TypeError("bad operand type for unary ~: '%s'", TYPE_NAME(v));
}
Value obj_abs(Value v)
{
    UnaryFn f = TYPE(v)->nb_abs;
    if (f) return f(v);
    return raise_TypeError("bad operand type for abs(): '%s'", TYPE_NAME(v));
}

Value obj_dir(Value v)
{
    Value f = obj_lookup_special(v, S(__dir__));
    if (!f) {
        if (exc_pending()) return 0;
        return raise_TypeError("object does not provide __dir__");
    }
    Value r = obj_call0(f);
    if (!r) return 0;
    Value l = list_from_iter(r);
    if (!l) return 0;
    if (list_sort(l, 0, false) < 0) return 0;
    return l;
}

/* -- object's slots and methods ---------------------------------------------- */

static int object_init(Value self, const Value *args, size_t nargs, Value kw);

static Value object_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs || (kw && TUPLE_SIZE(kw))) {
        if (t->new_ != object_new)
            return raise_TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->init == object_init) return raise_TypeError("%U() takes no arguments", t->name);
    }
    if (UNLIKELY(t->flags & TF_ABSTRACT)) {
        Value am = obj_getattr(OBJ_VAL(t), S(__abstractmethods__));
        if (!am) return 0;
        Value l = list_from_iter(am);
        if (!l || list_sort(l, 0, false) < 0) return 0;
        Value joined = str_join(str_from_cstr(", "), l);
        if (!joined) return 0;
        return raise_TypeError("Can't instantiate abstract class %U with abstract method%s %U", t->name,
                               LIST_SIZE(l) > 1 ? "s" : "", joined);
    }
    return instance_new(t);
}

static int object_init(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs || (kw && TUPLE_SIZE(kw))) {
        Type *t = TYPE(self);
        if (t->init != object_init) {
            raise_TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            raise_TypeError("%U.__init__() takes exactly one argument (the instance to initialize)", t->name);
            return -1;
        }
    }
    return 0;
}

static Value object_format_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("__format__", n, 1, 1) < 0) return 0;
    if (!IS_STR(a[0]))
        return raise_TypeError("__format__() argument must be str, not %A", a[0]);
    if (STR_NBYTES(a[0]) > 0)
        return raise_TypeError("unsupported format string passed to %U.__format__", TYPE(self)->name);
    return obj_str(self);
}

static Value object_dir_m(Value self, const Value *a, size_t n, Value kw)
{
    Value d = dict_new();
    Value own = obj_lookup_attr(self, S(__dict__));
    if (own && IS_DICT(own)) { if (dict_update(d, own) < 0) return 0; }
    else if (exc_pending()) return 0;
    Value cls = obj_lookup_attr(self, S(__class__));
    if (!cls) { if (exc_pending()) return 0; cls = OBJ_VAL(TYPE(self)); }
    if (IS_TYPEOBJ(cls)) {
        Value mro = AS(Type, cls)->mro;
        for (int64_t i = TUPLE_SIZE(mro) - 1; i >= 0; i--)
            if (dict_update(d, AS(Type, TUPLE_ITEMS(mro)[i])->dict) < 0) return 0;
    }
    return list_from_iter(d);
}

static Value object_sizeof_m(Value self, const Value *a, size_t n, Value kw)
{
    Type *t = TYPE(self);
    return MKSMALL(t->basicsize);
}

static Value object_init_subclass_m(Value self, const Value *a, size_t n, Value kw)
{
    if (n || (kw && TUPLE_SIZE(kw)))
        return raise_TypeError("%U.__init_subclass__() takes no keyword arguments", AS(Type, self)->name);
    return NONE;
}

static Value object_subclasshook_m(Value self, const Value *a, size_t n, Value kw)
{
    return NOTIMPL;
}

/* True when instances of t carry state in a C layout that Python can't see:
 * CPython's "tp_basicsize bigger than object's plus __dict__, __weakref__ and
 * __slots__".  In kiln that is a builtin (nearest non-class) base larger than a
 * bare header, builtins laid out as an Instance (TF_HAS_SHAPE) counting only
 * what goes beyond the Instance (CPython's dict and weakref pointers). */
static bool hidden_c_state(Type *t)
{
    while (t->flags & TF_HEAPTYPE) t = t->base;
    size_t plain = (t->flags & TF_HAS_SHAPE) ? sizeof(Instance) : T(object)->basicsize;
    return t->basicsize > plain;
}

/* object.__getstate__: the instance dict (None when empty), plus slot values.
 * required (pickling by __reduce_ex__ without __getnewargs__, not a list or
 * dict): refuse objects whose layout holds hidden state, as CPython. */
static Value object_getstate_default(Value self, bool required)
{
    Value state = NONE;
    Type *t = TYPE(self);
    if (required && hidden_c_state(t))
        return raise_TypeError("cannot pickle '%T' object", self);
    InstanceTail *tl = obj_instance_tail(self);
    if (tl && !(t->flags & TF_NO_DICT)) {
        Value d = instance_get_dict(self);
        if (!d) return 0;
        if (dict_size(d)) state = dict_copy(d);
    }
    Value slots = 0;
    Value mro = t->mro;
    for (int64_t i = 0; i < TUPLE_SIZE(mro); i++) {
        Type *b = AS(Type, TUPLE_ITEMS(mro)[i]);
        if (!b->slots_names) continue;
        for (int64_t j = 0; j < TUPLE_SIZE(b->slots_names); j++) {
            Value nm = TUPLE_ITEMS(b->slots_names)[j];
            Value v = instance_getattr_raw(self, str_intern(str_fmt(" %U", nm)));
            if (!v) continue;
            if (!slots) slots = dict_new();
            dict_set(slots, nm, v);
        }
    }
    if (slots) return tuple_pack(2, state, slots);
    return state;
}

static Value object_getstate_m(Value self, const Value *a, size_t n, Value kw)
{
    return object_getstate_default(self, false);
}

/* CPython's object_getstate: the default state only when __getstate__ is not overridden. */
static Value object_getstate(Value self, bool required)
{
    Value mine = dict_get_str(T(object)->dict, S(__getstate__));
    if (type_lookup(TYPE(self), S(__getstate__)) == mine) return object_getstate_default(self, required);
    return obj_call_method(self, S(__getstate__), NULL, 0);
}

static Value reduce_newobj(Value self)
{
    Value copyreg = import_module(S(copyreg));
    if (!copyreg) return 0;
    Value newobj = obj_getattr(copyreg, S(__newobj__));
    if (!newobj) return 0;
    Value args = 0;
    Value gna = obj_lookup_special(self, S(__getnewargs__));
    if (gna) {
        args = obj_call0(gna);
        if (!args) return 0;
        if (!IS_TUPLE(args))
            return raise_TypeError("__getnewargs__ should return a tuple, not '%s'", TYPE_NAME(args));
    } else if (exc_pending()) return 0;
    int64_t n = args ? TUPLE_SIZE(args) : 0;
    Value full = tuple_new(n + 1);
    TUPLE_ITEMS(full)[0] = OBJ_VAL(TYPE(self));
    for (int64_t i = 0; i < n; i++) TUPLE_ITEMS(full)[i + 1] = TUPLE_ITEMS(args)[i];
    Value state = object_getstate(self, !(args || IS_LIST(self) || IS_DICT(self)));
    if (!state) return 0;
    Value listitems = NONE, dictitems = NONE;
    if (IS_LIST(self)) { listitems = obj_iter(self); if (!listitems) return 0; }
    if (IS_DICT(self)) {
        Value it = obj_call_method(self, S(items), NULL, 0);
        if (!it) return 0;
        dictitems = obj_iter(it);
        if (!dictitems) return 0;
    }
    return tuple_pack(5, newobj, full, state, listitems, dictitems);
}

static Value object_reduce_ex_m(Value self, const Value *a, size_t n, Value kw)
{
    if (args_count("__reduce_ex__", n, 1, 1) < 0) return 0;
    Value mine = dict_get_str(T(object)->dict, S(__reduce__));
    Value theirs = type_lookup(TYPE(self), S(__reduce__));
    if (theirs && theirs != mine) return obj_call_method(self, S(__reduce__), NULL, 0);
    int64_t proto;
    if (obj_as_ssize(a[0], &proto, E(OverflowError)) < 0) return 0;
    if (proto >= 2) return reduce_newobj(self);
    Value copyreg = import_module(S(copyreg));
    if (!copyreg) return 0;
    Value args[2] = { self, a[0] };
    Value f = obj_getattr_cstr(copyreg, "_reduce_ex");
    if (!f) return 0;
    return obj_call(f, args, 2, 0);
}

static Value object_reduce_m(Value self, const Value *a, size_t n, Value kw)
{
    Value copyreg = import_module(S(copyreg));
    if (!copyreg) return 0;
    Value f = obj_getattr_cstr(copyreg, "_reduce_ex");
    if (!f) return 0;
    return obj_call2(f, self, MKSMALL(0));
}

static Value object_get_class(Value self) { return OBJ_VAL(TYPE(self)); }

/* The class that last changed the instance layout of t (added a dict, a
 * weakref or named slots): CPython's "newbase" in compatible_for_assignment. */
static Type *layout_root(Type *t)
{
    while ((t->base->flags & TF_HEAPTYPE) && !(t->slots_names && TUPLE_SIZE(t->slots_names)) &&
           (t->flags & (TF_NO_DICT | TF_NO_WEAKREF)) == (t->base->flags & (TF_NO_DICT | TF_NO_WEAKREF)))
        t = t->base;
    return t;
}

/* The __slots__ names a class adds, sorted (CPython compares its sorted ht_slots). */
static Value sorted_slots(Type *t)
{
    Value s = t->slots_names ? list_from(TUPLE_ITEMS(t->slots_names), TUPLE_SIZE(t->slots_names)) : list_new(0);
    return list_sort(s, 0, false) < 0 ? 0 : s;
}

static Type *ob_builtin(Type *t)
{
    while (t->flags & TF_HEAPTYPE) t = t->base;
    return t;
}

/* Instances of heap classes a and b can switch class: 1, 0, -1 + exception. */
static int same_layout(Type *a, Type *b)
{
    Type *ra = layout_root(a), *rb = layout_root(b), *bb = ob_builtin(a);
    if (ra == rb) return 1;
    /* int, bytes and tuple keep the dict after their items: one layout per class */
    if (ra->base != rb->base || bb == T(int) || bb == T(bytes) || bb == T(tuple)) return 0;
    if ((ra->flags & (TF_NO_DICT | TF_NO_WEAKREF)) != (rb->flags & (TF_NO_DICT | TF_NO_WEAKREF))) return 0;
    Value sa = sorted_slots(ra), sb = sa ? sorted_slots(rb) : 0;
    return sb ? obj_eq(sa, sb) : -1;
}

static int object_set_class(Value self, Value v)
{
    if (!v) { raise_TypeError("can't delete __class__ attribute"); return -1; }
    if (!IS_TYPEOBJ(v)) {
        raise_TypeError("__class__ must be set to a class, not '%s' object", TYPE_NAME(v));
        return -1;
    }
    Type *old = TYPE(self), *nt = AS(Type, v);
    if (IS_SMALL(self) || !(old->flags & TF_HEAPTYPE) || !(nt->flags & TF_HEAPTYPE)) {
        if (!(IS_OBJ(self) && type_is_subtype(old, T(module)) && type_is_subtype(nt, T(module)))) {
            raise_TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            return -1;
        }
    }
    Type *ob = ob_builtin(old), *nb = ob_builtin(nt);
    int same = ob == nb && old->basicsize == nt->basicsize &&
               (old->flags & (TF_NO_DICT | TF_NO_WEAKREF)) == (nt->flags & (TF_NO_DICT | TF_NO_WEAKREF));
    if (same && (old->flags & TF_HEAPTYPE) && (nt->flags & TF_HEAPTYPE) && (same = same_layout(old, nt)) < 0) return -1;
    if (!same) {
        raise_TypeError("__class__ assignment: '%U' object layout differs from '%U'", nt->name, old->name);
        return -1;
    }
    /* shapes belong to a class: rebuild the storage under the new one */
    return instance_retype(self, nt);
}

static const GetSetDef object_getsets[] = {
    { "__class__", object_get_class, object_set_class, "the object's class" },
    { NULL, NULL, NULL, NULL },
};

static const MethodDef object_methods[] = {
    { "__format__", object_format_m, METH_O, "Default object formatter." },
    { "__dir__", object_dir_m, METH_NOARGS, "Default dir() implementation." },
    { "__sizeof__", object_sizeof_m, METH_NOARGS, "Size of object in memory, in bytes." },
    { "__init_subclass__", object_init_subclass_m, METH_CLASS | METH_NOARGS,
      "This method is called when a class is subclassed." },
    { "__subclasshook__", object_subclasshook_m, METH_CLASS, "Abstract classes can override this to customize issubclass()." },
    { "__getstate__", object_getstate_m, METH_NOARGS, "Helper for pickle." },
    { "__reduce_ex__", object_reduce_ex_m, METH_O, "Helper for pickle." },
    { "__reduce__", object_reduce_m, METH_NOARGS, "Helper for pickle." },
    { NULL, NULL, 0, NULL },
};

const TypeSpec object_spec = {
    .name = "object",
    .base = -1,
    .basicsize = sizeof(Object),
    .flags = TF_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
    .trace = trace_leaf,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};
