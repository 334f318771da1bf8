/* kiln: the builtins module — every builtin function of CPython 3.11, with its
 * argument handling and messages, plus the builtin types and exceptions put in
 * the module namespace. */
#include "core.h"
#include "opcodes.h"
#include <math.h>
#include <string.h>

#define FN(name) static Value bi_##name(Value self, const Value *args, size_t nargs, Value kw)

static int no_kw(const char *name, Value kw) { return args_no_kw(name, kw); }

/* A METH_O builtin's argument check, with CPython's messages. */
static int meth_o(const char *name, size_t nargs, Value kw)
{
    if (no_kw(name, kw) < 0) return -1;
    if (nargs != 1) {
        raise_TypeError("%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

/* A METH_NOARGS builtin's argument check, with CPython's messages. */
static int meth_noargs(const char *name, size_t nargs, Value kw)
{
    if (no_kw(name, kw) < 0) return -1;
    if (nargs) {
        raise_TypeError("%s() takes no arguments (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

FN(abs)
{
    if (meth_o("abs", nargs, kw) < 0) return 0;
    return obj_abs(args[0]);
}

static Value all_any(const char *name, Value iterable, bool want)
{
    Value it = obj_iter(iterable);
    if (!it) return 0;
    for (;;) {
        Value x = obj_next(it);
        if (!x) return exc_pending() ? 0 : BOOL_V(!want);
        int t = obj_truthy(x);
        if (t < 0) return 0;
        if (t == want) return BOOL_V(want);
    }
}

FN(all)
{
    if (meth_o("all", nargs, kw) < 0) return 0;
    return all_any("all", args[0], false);
}

FN(any)
{
    if (meth_o("any", nargs, kw) < 0) return 0;
    return all_any("any", args[0], true);
}

FN(ascii)
{
    if (meth_o("ascii", nargs, kw) < 0) return 0;
    return obj_ascii(args[0]);
}

static Value int_base(const char *name, Value v, int base)
{
    Value i = obj_index(v);
    if (!i) return 0;
    return int_to_base_str(i, base);
}

FN(bin) { if (meth_o("bin", nargs, kw) < 0) return 0; return int_base("bin", args[0], 2); }
FN(oct) { if (meth_o("oct", nargs, kw) < 0) return 0; return int_base("oct", args[0], 8); }
FN(hex) { if (meth_o("hex", nargs, kw) < 0) return 0; return int_base("hex", args[0], 16); }

FN(callable)
{
    if (meth_o("callable", nargs, kw) < 0) return 0;
    return BOOL_V(obj_is_callable(args[0]));
}

FN(chr)
{
    if (meth_o("chr", nargs, kw) < 0) return 0;
    Value v = args[0];
    if (IS_FLOAT(v)) return raise_TypeError("'float' object cannot be interpreted as an integer");
    int64_t c;
    if (obj_as_ssize(v, &c, E(OverflowError)) < 0) {
        if (exc_matches(E(OverflowError))) { exc_clear(); return raise_OverflowError("Python int too large to convert to C int"); }
        return 0;
    }
    if (c < 0 || c > 0x10ffff) return raise_ValueError("chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)c);
}

FN(ord)
{
    if (meth_o("ord", nargs, kw) < 0) return 0;
    Value v = args[0];
    if (IS_STR(v)) {
        if (STR_LEN(v) != 1)
            return raise_TypeError("ord() expected a character, but string of length %lld found", (long long)STR_LEN(v));
        return MKSMALL(str_char_at(v, 0));
    }
    const char *data;
    int64_t size;
    if (bytes_like(v, &data, &size) && !IS_TYPE(v, memoryview)) {
        if (size != 1) return raise_TypeError("ord() expected a character, but string of length %lld found", (long long)size);
        return MKSMALL((unsigned char)data[0]);
    }
    return raise_TypeError("ord() expected string of length 1, but %T found", v);
}

FN(delattr)
{
    if (no_kw("delattr", kw) < 0 || args_count("delattr", nargs, 2, 2) < 0) return 0;
    if (!IS_STR(args[1])) return raise_TypeError("attribute name must be string, not '%T'", args[1]);
    return obj_setattr(args[0], args[1], 0) < 0 ? 0 : NONE;
}

FN(setattr)
{
    if (no_kw("setattr", kw) < 0 || args_count("setattr", nargs, 3, 3) < 0) return 0;
    if (!IS_STR(args[1])) return raise_TypeError("attribute name must be string, not '%T'", args[1]);
    return obj_setattr(args[0], args[1], args[2]) < 0 ? 0 : NONE;
}

FN(getattr)
{
    if (no_kw("getattr", kw) < 0) return 0;
    if (nargs < 2) return raise_TypeError("getattr expected at least 2 arguments, got %zu", nargs);
    if (nargs > 3) return raise_TypeError("getattr expected at most 3 arguments, got %zu", nargs);
    if (!IS_STR(args[1])) return raise_TypeError("attribute name must be string, not '%T'", args[1]);
    if (nargs == 3) {
        Value v = obj_lookup_attr(args[0], args[1]);
        if (v || exc_pending()) return v;
        return args[2];
    }
    return obj_getattr(args[0], args[1]);
}

FN(hasattr)
{
    if (no_kw("hasattr", kw) < 0 || args_count("hasattr", nargs, 2, 2) < 0) return 0;
    if (!IS_STR(args[1])) return raise_TypeError("attribute name must be string, not '%T'", args[1]);
    Value v = obj_lookup_attr(args[0], args[1]);
    if (v) return TRUE_V;
    return exc_pending() ? 0 : FALSE_V;
}

FN(dir)
{
    if (no_kw("dir", kw) < 0 || args_count("dir", nargs, 0, 1) < 0) return 0;
    if (nargs == 0) {
        Value l = vm_current_locals();
        if (!l) return list_new(0);
        Value keys = obj_call_method(l, S(keys), NULL, 0);
        if (!keys) return 0;
        Value lst = list_from_iter(keys);
        if (!lst || list_sort(lst, 0, false) < 0) return 0;
        return lst;
    }
    return obj_dir(args[0]);
}

FN(divmod)
{
    if (no_kw("divmod", kw) < 0 || args_count("divmod", nargs, 2, 2) < 0) return 0;
    Type *ta = TYPE(args[0]), *tb = TYPE(args[1]);
    if (ta->nb_divmod) {
        Value r = ta->nb_divmod(args[0], args[1]);
        if (!r || r != NOTIMPL) return r;
    }
    if (tb != ta && tb->nb_divmod) {
        Value r = tb->nb_divmod(args[0], args[1]);
        if (!r || r != NOTIMPL) return r;
    }
    return raise_TypeError("unsupported operand type(s) for divmod(): '%T' and '%T'", args[0], args[1]);
}

FN(format)
{
    if (no_kw("format", kw) < 0 || args_count("format", nargs, 1, 2) < 0) return 0;
    Value spec = nargs == 2 ? args[1] : R->empty_str;
    if (!IS_STR(spec)) return raise_TypeError("format() argument 2 must be str, not %A", spec);
    return obj_format(args[0], spec);
}

FN(hash)
{
    if (meth_o("hash", nargs, kw) < 0) return 0;
    int64_t h;
    if (obj_hash(args[0], &h) < 0) return 0;
    return int_from_i64(h);
}

FN(id)
{
    if (meth_o("id", nargs, kw) < 0) return 0;
    if (IS_SMALL(args[0])) {
        /* small ints have no address: give a stable number outside the arena */
        return int_from_u64((uint64_t)args[0] ^ 0x8000000000000000ULL);
    }
    return int_from_u64((uint64_t)args[0]);
}

FN(isinstance)
{
    if (no_kw("isinstance", kw) < 0 || args_count("isinstance", nargs, 2, 2) < 0) return 0;
    int r = obj_isinstance(args[0], args[1]);
    return r < 0 ? 0 : BOOL_V(r);
}

FN(issubclass)
{
    if (no_kw("issubclass", kw) < 0 || args_count("issubclass", nargs, 2, 2) < 0) return 0;
    int r = obj_issubclass(args[0], args[1]);
    return r < 0 ? 0 : BOOL_V(r);
}

FN(iter)
{
    if (no_kw("iter", kw) < 0 || args_count("iter", nargs, 1, 2) < 0) return 0;
    if (nargs == 1) return obj_iter(args[0]);
    if (!obj_is_callable(args[0])) return raise_TypeError("iter(v, w): v must be callable");
    return callable_iter_new(args[0], args[1]);
}

FN(next)
{
    if (no_kw("next", kw) < 0 || args_count("next", nargs, 1, 2) < 0) return 0;
    Type *t = TYPE(args[0]);
    if (!t->next) return raise_TypeError("'%T' object is not an iterator", args[0]);
    /* a generator's return value travels in StopIteration.value (the next slot drops it) */
    Value v = t == T(generator) ? gen_next(args[0]) : t->next(args[0]);
    if (v) return v;
    if (exc_pending()) {
        if (nargs == 2 && exc_matches(E(StopIteration))) { exc_clear(); return args[1]; }
        return 0;
    }
    if (nargs == 2) return args[1];
    return raise_value(OBJ_VAL(E(StopIteration)));
}

FN(aiter)
{
    if (meth_o("aiter", nargs, kw) < 0) return 0;
    Value f = obj_lookup_special(args[0], S(__aiter__));
    if (!f) return exc_pending() ? 0 : raise_TypeError("'%T' object is not an async iterable", args[0]);
    return obj_call0(f);
}

FN(anext)
{
    if (no_kw("anext", kw) < 0 || args_count("anext", nargs, 1, 2) < 0) return 0;
    Value f = obj_lookup_special(args[0], S(__anext__));
    if (!f) return exc_pending() ? 0 : raise_TypeError("'%T' object is not an async iterator", args[0]);
    Value aw = obj_call0(f);
    if (!aw || nargs == 1) return aw;
    /* anext(it, default): an awaitable turning StopAsyncIteration into default,
     * written in Python once and kept in the state dict. */
    Value st = kiln_state_dict();
    Value helper = dict_get_cstr(st, "anext_default");
    if (!helper) {
        static const char src[] =
            "async def anext(awaitable, default):\n"
            "    try:\n"
            "        return await awaitable\n"
            "    except StopAsyncIteration:\n"
            "        return default\n";
        Value code = compile_source(src, sizeof src - 1, str_from_cstr("<anext>"), "exec", 0, 0);
        Value g = dict_new();
        if (!code || dict_set(g, S(__builtins__), R->builtins) < 0 || !vm_run_code(code, g, g)) return 0;
        helper = dict_get_cstr(g, "anext");
        if (!helper || dict_set_cstr(st, "anext_default", helper) < 0) return 0;
    }
    return obj_call2(helper, aw, args[1]);
}

FN(len)
{
    if (meth_o("len", nargs, kw) < 0) return 0;
    int64_t n = obj_len(args[0]);
    return n < 0 ? 0 : int_from_i64(n);
}

/* min()/max(): one iterable or several arguments, key=, default=. */
static Value minmax(const char *name, const Value *args, size_t nargs, Value kw, int op)
{
    Value key = 0, dflt = 0;
    if (nargs == 0) return raise_TypeError("%s expected at least 1 argument, got 0", name);
    if (kw) {
        for (int64_t i = 0; i < TUPLE_SIZE(kw); i++) {
            Value k = TUPLE_ITEMS(kw)[i];
            if (str_eq_cstr(k, "key")) key = args[nargs + i];
            else if (str_eq_cstr(k, "default")) dflt = args[nargs + i];
            else return raise_TypeError("%s() got an unexpected keyword argument '%U'", name, k);
        }
    }
    if (key == NONE) key = 0;
    Value it;
    if (nargs == 1) {
        it = obj_iter(args[0]);
    } else {
        if (dflt) return raise_TypeError("Cannot specify a default for %s() with multiple positional arguments", name);
        it = obj_iter(tuple_from(args, (int64_t)nargs));
    }
    if (!it) return 0;
    Value best = 0, bestkey = 0;
    for (;;) {
        Value x = obj_next(it);
        if (!x) {
            if (exc_pending()) return 0;
            break;
        }
        Value k = key ? obj_call1(key, x) : x;
        if (!k) return 0;
        if (!best) { best = x; bestkey = k; continue; }
        int c = obj_compare_bool(k, bestkey, op);
        if (c < 0) return 0;
        if (c) { best = x; bestkey = k; }
    }
    if (!best) {
        if (dflt) return dflt;
        return raise_ValueError("%s() arg is an empty sequence", name);
    }
    return best;
}

FN(min) { return minmax("min", args, nargs, kw, CMP_LT); }
FN(max) { return minmax("max", args, nargs, kw, CMP_GT); }

FN(pow)
{
    static const char *const names[] = { "base", "exp", "mod", NULL };
    Value a[3];
    if (args_parse("pow", args, nargs, kw, names, 2, a) < 0) return 0;
    return obj_pow(a[0], a[1], a[2] ? a[2] : NONE);
}

Value builtin_print(Value self, const Value *args, size_t nargs, Value kw)
{
    Value sep = NONE, end = NONE, file = NONE, flush = FALSE_V;
    if (kw) {
        for (int64_t i = 0; i < TUPLE_SIZE(kw); i++) {
            Value k = TUPLE_ITEMS(kw)[i], v = args[nargs + i];
            if (str_eq_cstr(k, "sep")) sep = v;
            else if (str_eq_cstr(k, "end")) end = v;
            else if (str_eq_cstr(k, "file")) file = v;
            else if (str_eq_cstr(k, "flush")) flush = v;
            else return raise_TypeError("'%U' is an invalid keyword argument for print()", k);
        }
    }
    if (sep != NONE && !IS_STR(sep)) return raise_TypeError("sep must be None or a string, not %T", sep);
    if (end != NONE && !IS_STR(end)) return raise_TypeError("end must be None or a string, not %T", end);
    if (file == NONE) {
        file = obj_getattr(R->sys, S(stdout));
        if (!file) return 0;
        if (file == NONE) return NONE;
    }
    if (TYPE(file) != T(stdprinter)) {
        /* any other file sees CPython's writes: each item, separator and end on its own */
        Value w = obj_getattr(file, S(write));
        if (!w) return 0;
        Value space = str_from_cstr(" "), nl = str_from_cstr("\n");
        for (size_t i = 0; i < nargs; i++) {
            if (i && !obj_call1(w, sep == NONE ? space : sep)) return 0;
            Value s = IS_TYPE(args[i], str) ? args[i] : obj_str(args[i]);
            if (!s || !obj_call1(w, s)) return 0;
        }
        if (!obj_call1(w, end == NONE ? nl : end)) return 0;
    } else {
        /* the builtin standard stream: build the whole line, then one write (nobody can tell) */
        StrBuf b;
        sb_init(&b);
        for (size_t i = 0; i < nargs; i++) {
            if (i) {
                if (sep == NONE) sb_addc(&b, ' ');
                else sb_add(&b, STR_DATA(sep), (size_t)STR_NBYTES(sep));
            }
            Value s = IS_TYPE(args[i], str) ? args[i] : obj_str(args[i]);
            if (!s) { sb_free(&b); return 0; }
            sb_add(&b, STR_DATA(s), (size_t)STR_NBYTES(s));
        }
        if (end == NONE) sb_addc(&b, '\n');
        else sb_add(&b, STR_DATA(end), (size_t)STR_NBYTES(end));
        Value line = sb_finish(&b);
        if (!line) return 0;
        Value w = obj_getattr(file, S(write));
        if (!w || !obj_call1(w, line)) return 0;
    }
    int fl = obj_truthy(flush);
    if (fl < 0) return 0;
    if (fl && !obj_call_method(file, S(flush), NULL, 0)) return 0;
    return NONE;
}

FN(input)
{
    if (no_kw("input", kw) < 0 || args_count("input", nargs, 0, 1) < 0) return 0;
    Value out = obj_getattr(R->sys, S(stdout));
    if (!out) return 0;
    if (nargs) {
        Value p = obj_str(args[0]);
        if (!p || !obj_call_method(out, S(write), &p, 1)) return 0;
    }
    if (!obj_call_method(out, S(flush), NULL, 0)) return 0;
    Value in = obj_getattr(R->sys, S(stdin));
    if (!in) return 0;
    Value line = obj_call_method(in, S(readline), NULL, 0);
    if (!line) return 0;
    if (!IS_STR(line)) return raise_TypeError("object.readline() returned non-string");
    if (STR_NBYTES(line) == 0) return raise_type_noargs(E(EOFError));
    if (STR_DATA(line)[STR_NBYTES(line) - 1] == '\n') return str_new(STR_DATA(line), (size_t)STR_NBYTES(line) - 1);
    return line;
}

FN(repr)
{
    if (meth_o("repr", nargs, kw) < 0) return 0;
    return obj_repr(args[0]);
}

FN(round)
{
    static const char *const names[] = { "number", "ndigits", NULL };
    Value a[2];
    if (args_parse("round", args, nargs, kw, names, 1, a) < 0) return 0;
    Value f = obj_lookup_special(a[0], S(__round__));
    if (!f) {
        if (exc_pending()) return 0;
        return raise_TypeError("type %T doesn't define __round__ method", a[0]);
    }
    if (!a[1] || a[1] == NONE) return obj_call0(f);
    return obj_call1(f, a[1]);
}

FN(sorted)
{
    if (nargs != 1) return raise_TypeError("sorted expected 1 argument, got %zu", nargs);
    Value l = list_from_iter(args[0]);
    if (!l) return 0;
    /* list.sort does the keyword checking, with CPython's messages */
    return list_sort_call(l, args + 1, 0, kw) ? l : 0;
}

FN(sum)
{
    static const char *const names[] = { "", "start", NULL };
    Value a[2];
    if (args_parse("sum", args, nargs, kw, names, 1, a) < 0) return 0;
    Value acc = a[1] ? a[1] : MKSMALL(0);
    if (IS_STR(acc)) return raise_TypeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (IS_TYPE(acc, bytes)) return raise_TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (IS_TYPE(acc, bytearray)) return raise_TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = obj_iter(a[0]);
    if (!it) return 0;
    /* Float accumulation uses plain double adds like CPython's fast path. */
    for (;;) {
        Value x = obj_next(it);
        if (!x) return exc_pending() ? 0 : acc;
        if (IS_SMALL(acc) && IS_SMALL(x)) {
            int64_t r;
            if (!__builtin_add_overflow(SMALL_VAL(acc), SMALL_VAL(x), &r) && SMALL_FITS(r)) {
                acc = MKSMALL(r);
                continue;
            }
        }
        if (IS_TYPE(acc, float) && (IS_TYPE(x, float) || IS_SMALL(x))) {
            double d = IS_SMALL(x) ? (double)SMALL_VAL(x) : FLOAT_VAL(x);
            acc = float_new(FLOAT_VAL(acc) + d);
            continue;
        }
        acc = obj_binop(acc, x, BINOP_ADD);
        if (!acc) return 0;
    }
}

FN(vars)
{
    if (no_kw("vars", kw) < 0 || args_count("vars", nargs, 0, 1) < 0) return 0;
    if (nargs == 0) {
        Value l = vm_current_locals();
        return l ? l : NONE;
    }
    Value d = obj_lookup_attr(args[0], S(__dict__));
    if (!d) return exc_pending() ? 0 : raise_TypeError("vars() argument must have __dict__ attribute");
    return d;
}

FN(globals)
{
    if (meth_noargs("globals", nargs, kw) < 0) return 0;
    Value g = vm_current_globals();
    return g ? g : NONE;
}

FN(locals)
{
    if (meth_noargs("locals", nargs, kw) < 0) return 0;
    Value l = vm_current_locals();
    return l ? l : NONE;
}

/* Source text of compile/exec/eval arguments: str, bytes-like. */
static int source_text(const char *fname, Value src, const char **text, int64_t *n)
{
    if (IS_STR(src)) { *text = STR_DATA(src); *n = STR_NBYTES(src); }
    else if (!bytes_like(src, text, n)) {
        raise_TypeError("%s() arg 1 must be a string, bytes or code object", fname);
        return -1;
    }
    if (memchr(*text, 0, (size_t)*n)) {
        raise_ValueError("source code string cannot contain null bytes");   /* 3.11 */
        return -1;
    }
    return 0;
}

/* The __future__ flags of the calling Python code (compile/exec/eval inherit them). */
static int inherited_future_flags(void)
{
    Value fr = vm_getframe(0);
    if (!fr) { exc_clear(); return 0; }
    Value co = obj_getattr_cstr(fr, "f_code");
    Value fl = co ? obj_getattr_cstr(co, "co_flags") : 0;
    int64_t v = 0;
    if (!fl || int_as_i64(fl, &v) < 0) { exc_clear(); return 0; }
    return (int)(v & (CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL));
}

FN(compile)
{
    static const char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", "_feature_version", NULL };
    Value a[7];
    if (args_parse("compile", args, nargs, kw, names, 3, a) < 0) return 0;
    Value fn = a[1];
    if (!IS_STR(fn)) {
        Value f = obj_call_method(fn, S(__fspath__), NULL, 0);
        if (!f) { exc_clear(); return raise_TypeError("expected str, bytes or os.PathLike object, not %T", fn); }
        fn = f;
    }
    if (!IS_STR(a[2])) return raise_TypeError("compile() argument 'mode' must be str, not %A", a[2]);
    const char *mode = STR_DATA(a[2]);
    int64_t flags = 0, opt = -1;
    if (a[3] && int_as_i64(a[3], &flags) < 0) return 0;
    if (a[5] && int_as_i64(a[5], &opt) < 0) return 0;
    /* CPython's PyCF_MASK (the __future__ flags), PyCF_MASK_OBSOLETE and PyCF_COMPILE_MASK */
    if (flags & ~(int64_t)(0x1FE0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000))
        return raise_ValueError("compile(): unrecognised flags");
    if (flags & 0x400) {  /* PyCF_ONLY_AST: _ast builds the tree (and checks the mode, func_type included) */
        Value astmod = import_module(str_from_cstr("_ast"));
        if (!astmod) return 0;
        Value parse = obj_getattr_cstr(astmod, "_kiln_parse");
        if (!parse) return 0;
        Value pa[4] = { a[0], fn, a[2], int_from_i64(flags) };
        return obj_call(parse, pa, 4, 0);
    }
    if (!strcmp(mode, "func_type"))
        return raise_ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    if (strcmp(mode, "exec") && strcmp(mode, "eval") && strcmp(mode, "single"))
        return raise_ValueError("compile() mode must be 'exec', 'eval' or 'single'");
    const char *text;
    int64_t n;
    if (!IS_STR(a[0]) && !bytes_like(a[0], &text, &n) && dict_get_cstr(R->modules, "_ast")) {
        /* an ast.AST tree: the _ast module compiles it (stdlib/astmodule.c) */
        Value cf = obj_getattr_cstr(dict_get_cstr(R->modules, "_ast"), "_kiln_compile_ast");
        if (!cf) return 0;
        Value ca[5] = { a[0], fn, a[2], int_from_i64(flags), int_from_i64(opt) };
        return obj_call(cf, ca, 5, 0);
    }
    if (source_text("compile", a[0], &text, &n) < 0) return 0;
    int dont_inherit = a[4] ? obj_truthy(a[4]) : 0;
    if (dont_inherit < 0) return 0;
    if (!dont_inherit) flags |= inherited_future_flags();
    return compile_source(text, (size_t)n, fn, mode, (int)flags, opt < 0 ? R->flag_optimize : (int)opt);
}

/* exec/eval: globals default to the caller's; __builtins__ is added. */
static Value exec_eval(const char *fname, const Value *args, size_t nargs, Value kw, const char *mode)
{
    /* CPython: eval(source, globals=None, locals=None) takes positional arguments only;
     * exec(source, globals=None, locals=None, /, *, closure=None) */
    bool is_exec = !strcmp(fname, "exec");
    Value a[4] = {0};
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if (!is_exec) {
        if (args_no_kw("eval", kw) < 0) return 0;
        if (nargs < 1) return raise_TypeError("eval expected at least 1 argument, got 0");
        if (nargs > 3) return raise_TypeError("eval expected at most 3 arguments, got %zu", nargs);
    } else {
        if (nargs + nkw > 4) return raise_TypeError("exec() takes at most 4 arguments (%zu given)", nargs + nkw);
        if (nargs < 1) return raise_TypeError("exec() takes at least 1 positional argument (0 given)");
        if (nargs > 3) return raise_TypeError("exec() takes at most 3 positional arguments (%zu given)", nargs);
        for (size_t i = 0; i < nkw; i++) {
            Value k = TUPLE_ITEMS(kw)[i];
            if (!str_eq_cstr(k, "closure"))
                return raise_TypeError("'%U' is an invalid keyword argument for exec()", k);
            a[3] = args[nargs + i];
        }
    }
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    Value g = a[1] && a[1] != NONE ? a[1] : 0, l = a[2] && a[2] != NONE ? a[2] : 0;
    if (g && !IS_DICT(g)) {
        if (!strcmp(fname, "exec")) return raise_TypeError("exec() globals must be a dict, not %T", g);
        return raise_TypeError("globals must be a dict");
    }
    if (!g) {
        g = vm_current_globals();
        if (!l) l = vm_current_locals();
        if (!g) return raise_SystemError("%s(): no globals", fname);
    }
    if (l && !IS_DICT(l) && !type_lookup(TYPE(l), S(__getitem__)))
        return raise_TypeError("locals must be a mapping");
    if (!l) l = g;
    if (!dict_get_str(g, S(__builtins__))) {
        if (exc_pending()) return 0;
        /* CPython's PyEval_GetBuiltins(): the caller's builtins dict, not the module */
        if (dict_set(g, S(__builtins__), vm_current_builtins()) < 0) return 0;
    }
    Value code = a[0];
    Value closure = a[3] && a[3] != NONE ? a[3] : 0;
    if (closure && !IS_TYPE(code, code))
        return raise_TypeError("closure can only be used when source is a code object");
    if (!IS_TYPE(code, code)) {
        const char *text;
        int64_t n;
        if (!strcmp(fname, "eval") && !IS_STR(code) && !bytes_like(code, &text, &n))
            return raise_TypeError("eval() arg 1 must be a string, bytes or code object");
        if (source_text(fname, code, &text, &n) < 0) return 0;
        if (!strcmp(fname, "eval")) while (n > 0 && (*text == ' ' || *text == '\t')) { text++; n--; }
        code = compile_source(text, (size_t)n, str_from_cstr("<string>"), mode, inherited_future_flags(),
                              R->flag_optimize);
        if (!code) return 0;
    }
    {
        int64_t nfree = TUPLE_SIZE(((Code *)code)->freevars);
        if (!is_exec && nfree) return raise_TypeError("code object passed to eval() may not contain free variables");
        if (!nfree && closure) return raise_TypeError("cannot use a closure with this code object");
        if (nfree) {
            bool ok = closure && IS_TYPE(closure, tuple) && TUPLE_SIZE(closure) == nfree;
            for (int64_t i = 0; ok && i < nfree; i++) ok = IS_TYPE(TUPLE_ITEMS(closure)[i], cell);
            if (!ok) return raise_TypeError("code object requires a closure of exactly length %lld", (long long)nfree);
        }
    }
    Value r = vm_run_code_closure(code, g, l, closure);
    if (!r) return 0;
    return is_exec ? NONE : r;
}

FN(exec) { return exec_eval("exec", args, nargs, kw, "exec"); }
FN(eval) { return exec_eval("eval", args, nargs, kw, "eval"); }

/* __build_class__(func, name, *bases, metaclass=None, **kwds) */
FN(__build_class__)
{
    if (nargs < 2) return raise_TypeError("__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!IS_TYPE(func, function)) return raise_TypeError("__build_class__: func must be a function");
    if (!IS_STR(name)) return raise_TypeError("__build_class__: name is not a string");
    Value orig_bases = tuple_from(args + 2, (int64_t)nargs - 2);
    /* PEP 560: __mro_entries__ */
    Value bases = orig_bases;
    bool changed = false;
    Value nb = list_new(0);
    for (int64_t i = 0; i < TUPLE_SIZE(orig_bases); i++) {
        Value b = TUPLE_ITEMS(orig_bases)[i];
        if (!IS_TYPEOBJ(b)) {
            Value me = obj_lookup_attr(b, S(__mro_entries__));
            if (me) {
                Value r = obj_call1(me, orig_bases);
                if (!r) return 0;
                if (!IS_TUPLE(r)) return raise_TypeError("__mro_entries__ must return a tuple");
                for (int64_t j = 0; j < TUPLE_SIZE(r); j++) list_append(nb, TUPLE_ITEMS(r)[j]);
                changed = true;
                continue;
            }
            if (exc_pending()) return 0;
        }
        list_append(nb, b);
    }
    if (changed) bases = tuple_from_iter(nb);
    Value meta = 0;
    Value kwd = dict_new();
    if (kw) {
        for (int64_t i = 0; i < TUPLE_SIZE(kw); i++) {
            Value k = TUPLE_ITEMS(kw)[i];
            if (str_eq(k, S(metaclass))) meta = args[nargs + i];
            else if (dict_set(kwd, k, args[nargs + i]) < 0) return 0;
        }
    }
    bool is_class = false;
    if (!meta) {
        meta = TUPLE_SIZE(bases) ? OBJ_VAL(TYPE(TUPLE_ITEMS(bases)[0])) : OBJ_VAL(T(type));
        is_class = true;
    } else {
        is_class = IS_TYPEOBJ(meta);
    }
    if (is_class) {
        /* the most derived metaclass */
        Type *winner = AS(Type, meta);
        for (int64_t i = 0; i < TUPLE_SIZE(bases); i++) {
            Type *bt = TYPE(TUPLE_ITEMS(bases)[i]);
            if (type_is_subtype(winner, bt)) continue;
            if (type_is_subtype(bt, winner)) { winner = bt; continue; }
            return raise_TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                   "subclass of the metaclasses of all its bases");
        }
        meta = OBJ_VAL(winner);
    }
    Value ns;
    Value prep = obj_lookup_attr(meta, S(__prepare__));
    if (prep) {
        Value pa[2] = { name, bases };
        Value kn = dict_size(kwd) ? tuple_from_iter(kwd) : 0;
        Value call_args[2 + 64];
        size_t nk = 0;
        call_args[0] = name;
        call_args[1] = bases;
        if (kn) {
            nk = (size_t)TUPLE_SIZE(kn);
            if (nk > 64) return raise_TypeError("too many class keywords");
            for (size_t i = 0; i < nk; i++) call_args[2 + i] = dict_get(kwd, TUPLE_ITEMS(kn)[i]);
        }
        (void)pa;
        ns = obj_call(prep, call_args, 2, kn);
        if (!ns) return 0;
    } else {
        if (exc_pending()) return 0;
        ns = dict_new();
    }
    if (!IS_DICT(ns) && !obj_lookup_attr(ns, S(__getitem__))) {
        exc_clear();
        return raise_TypeError("%U.__prepare__() must return a mapping, not %T",
                               IS_TYPEOBJ(meta) ? AS(Type, meta)->name : str_from_cstr("<metaclass>"), ns);
    }
    /* Run the class body with ns as its locals. */
    Value cell = vm_call_with_locals(func, ns);
    if (!cell) return 0;
    if (changed && obj_setitem(ns, S(__orig_bases__), orig_bases) < 0) return 0;
    Value kn = dict_size(kwd) ? tuple_from_iter(kwd) : 0;
    Value call_args[3 + 64];
    call_args[0] = name;
    call_args[1] = bases;
    call_args[2] = ns;
    size_t nk = 0;
    if (kn) {
        nk = (size_t)TUPLE_SIZE(kn);
        if (nk > 64) return raise_TypeError("too many class keywords");
        for (size_t i = 0; i < nk; i++) call_args[3 + i] = dict_get(kwd, TUPLE_ITEMS(kn)[i]);
    }
    Value cls = obj_call(meta, call_args, 3, kn);
    if (!cls) return 0;
    if (IS_TYPE(cell, cell)) {
        Value cv = AS(Cell, cell)->v;
        if (cv != cls) {
            if (!cv)
                return raise_RuntimeError("__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                                          name, cls);
            return raise_TypeError("__class__ set to %R defining %R as %R", cv, name, cls);
        }
    }
    return cls;
}

FN(__import__)
{
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    Value a[5];
    if (args_parse("__import__", args, nargs, kw, names, 1, a) < 0) return 0;
    if (!IS_STR(a[0])) return raise_TypeError("__import__() argument 1 must be str, not %A", a[0]);
    int64_t level = 0;
    if (a[4] && int_as_i64(a[4], &level) < 0) return 0;
    if (level < 0) return raise_ValueError("level must be >= 0");
    return import_name(a[0], a[1] ? a[1] : NONE, a[3] ? a[3] : NONE, (int)level);
}

FN(breakpoint)
{
    return raise_RuntimeError("breakpoint() is not supported by kiln");
}

static const MethodDef builtin_methods[] = {
    { "__build_class__", bi___build_class__, 0, NULL },
    { "__import__", bi___import__, 0, NULL },
    { "abs", bi_abs, 0, NULL }, { "all", bi_all, 0, NULL }, { "any", bi_any, 0, NULL },
    { "ascii", bi_ascii, 0, NULL }, { "bin", bi_bin, 0, NULL }, { "breakpoint", bi_breakpoint, 0, NULL },
    { "callable", bi_callable, 0, NULL }, { "chr", bi_chr, 0, NULL }, { "compile", bi_compile, 0, NULL },
    { "delattr", bi_delattr, 0, NULL }, { "dir", bi_dir, 0, NULL }, { "divmod", bi_divmod, 0, NULL },
    { "eval", bi_eval, 0, NULL }, { "exec", bi_exec, 0, NULL }, { "format", bi_format, 0, NULL },
    { "getattr", bi_getattr, 0, NULL }, { "globals", bi_globals, 0, NULL },
    { "hasattr", bi_hasattr, 0, NULL }, { "hash", bi_hash, 0, NULL }, { "hex", bi_hex, 0, NULL },
    { "id", bi_id, 0, NULL }, { "input", bi_input, 0, NULL }, { "isinstance", bi_isinstance, 0, NULL },
    { "issubclass", bi_issubclass, 0, NULL }, { "iter", bi_iter, 0, NULL }, { "aiter", bi_aiter, 0, NULL },
    { "anext", bi_anext, 0, NULL }, { "len", bi_len, 0, NULL }, { "locals", bi_locals, 0, NULL },
    { "max", bi_max, 0, NULL }, { "min", bi_min, 0, NULL }, { "next", bi_next, 0, NULL },
    { "oct", bi_oct, 0, NULL }, { "ord", bi_ord, 0, NULL },
    { "pow", bi_pow, 0, NULL }, { "print", builtin_print, 0, NULL }, { "repr", bi_repr, 0, NULL },
    { "round", bi_round, 0, NULL }, { "setattr", bi_setattr, 0, NULL }, { "sorted", bi_sorted, 0, NULL },
    { "sum", bi_sum, 0, NULL }, { "vars", bi_vars, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static int builtins_exec(Value m)
{
    Value d = AS(Module, m)->dict, open;
    static const struct { const char *name; int id; } types[] = {
        { "bool", TYPE_ID_bool }, { "bytearray", TYPE_ID_bytearray }, { "bytes", TYPE_ID_bytes },
        { "classmethod", TYPE_ID_classmethod }, { "complex", TYPE_ID_complex }, { "dict", TYPE_ID_dict },
        { "enumerate", TYPE_ID_enumerate }, { "filter", TYPE_ID_filter }, { "float", TYPE_ID_float },
        { "frozenset", TYPE_ID_frozenset }, { "int", TYPE_ID_int }, { "list", TYPE_ID_list },
        { "map", TYPE_ID_map }, { "memoryview", TYPE_ID_memoryview }, { "object", TYPE_ID_object },
        { "property", TYPE_ID_property }, { "range", TYPE_ID_range }, { "reversed", TYPE_ID_reversed },
        { "set", TYPE_ID_set }, { "slice", TYPE_ID_slice }, { "staticmethod", TYPE_ID_staticmethod },
        { "str", TYPE_ID_str }, { "super", TYPE_ID_super }, { "tuple", TYPE_ID_tuple },
        { "type", TYPE_ID_type }, { "zip", TYPE_ID_zip },
    };
    Type *all[] = {
#define TYPEP(c, f) &R->t_##c,
        BUILTIN_TYPES(TYPEP)
#undef TYPEP
    };
    for (size_t i = 0; i < ARRAY_LEN(types); i++)
        if (dict_set(d, str_intern_cstr(types[i].name), OBJ_VAL(all[types[i].id])) < 0) return -1;
#define EXCSET(n, b) if (dict_set(d, str_intern_cstr(#n), OBJ_VAL(E(n))) < 0) return -1;
    EXCEPTIONS(EXCSET)
#undef EXCSET
    if (dict_set_cstr(d, "EnvironmentError", OBJ_VAL(E(OSError))) < 0 ||
        dict_set_cstr(d, "IOError", OBJ_VAL(E(OSError))) < 0 ||
        dict_set_cstr(d, "None", NONE) < 0 || dict_set_cstr(d, "Ellipsis", ELLIPSIS_V) < 0 ||
        dict_set_cstr(d, "NotImplemented", NOTIMPL) < 0 || dict_set_cstr(d, "False", FALSE_V) < 0 ||
        dict_set_cstr(d, "True", TRUE_V) < 0 ||
        dict_set(d, S(__debug__), BOOL_V(R->flag_optimize == 0)) < 0 ||
        !(open = io_open_builtin()) || dict_set_cstr(d, "open", open) < 0)
        return -1;
    return 0;
}

const ModuleDef builtins_module = { "builtins", "Built-in functions, types, exceptions, and other objects.",
                                    builtin_methods, builtins_exec };

int builtins_init(void)
{
    Value m = module_from_def(&builtins_module);
    if (!m) return -1;
    R->builtins = m;
    R->builtins_dict = AS(Module, m)->dict;
    return dict_set(R->modules, str_intern_cstr("builtins"), m);
}
