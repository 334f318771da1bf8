/* _contextvars: Context, ContextVar and Token (PEP 567), as CPython's
 * Python/context.c.  Each thread has a current Context (TS->context, made
 * empty on first use; new threads do not inherit one).
 *
 * Invariant: a Context's variables live in a dict that is never changed while
 * more than one holder can see it.  Copying a context (copy_context, asyncio's
 * per-task copies) shares the dict and sets `shared` on both contexts; so do
 * the views and iterators handed out by keys()/values()/items()/iter.  The
 * first write to a shared context copies the dict (copy-on-write), so a copy
 * is O(1) and a write after a copy costs one dict copy. */
#include "core.h"

typedef struct Context {
    Object hdr;
    Value vars;      /* dict ContextVar -> value */
    Value prev;      /* the context that was current before run() entered this one */
    bool entered, shared;
} Context;

typedef struct ContextVar { Object hdr; Value name; Value dflt; /* 0: no default */ } ContextVar;
typedef struct Token { Object hdr; Value ctx, var, old; /* old 0: MISSING */ bool used; } Token;

static void context_trace(Object *o, Visitor visit, void *ctx)
{
    Context *c = (Context *)o;
    visit(c->vars, ctx); visit(c->prev, ctx);
}

static void contextvar_trace(Object *o, Visitor visit, void *ctx)
{
    ContextVar *v = (ContextVar *)o;
    visit(v->name, ctx); visit(v->dflt, ctx);
}

static void token_trace(Object *o, Visitor visit, void *ctx)
{
    Token *t = (Token *)o;
    visit(t->ctx, ctx); visit(t->var, ctx); visit(t->old, ctx);
}

static Value context_new_empty(void)
{
    Context *c = (Context *)gc_alloc(T(context), sizeof(Context));
    STORE(c, vars, dict_new());
    return OBJ_VAL(c);
}

/* This thread's current context, made on first use. */
static Context *current(void)
{
    if (!TS->context) {
        Value c = context_new_empty();
        STORE(TS, context, c);
    }
    return AS(Context, TS->context);
}

/* The dict of c, copied first if others may see it. */
static Value writable_vars(Context *c)
{
    if (c->shared) {
        Value d = dict_copy(c->vars);
        if (!d) return 0;
        STORE(c, vars, d);
        c->shared = false;
    }
    return c->vars;
}

/* The dict of c for a holder that outlives this call (a view, a copy). */
static Value shared_vars(Context *c)
{
    c->shared = true;
    return c->vars;
}

static Value context_copy_of(Context *src)
{
    Context *c = (Context *)gc_alloc(T(context), sizeof(Context));
    STORE(c, vars, shared_vars(src));
    c->shared = true;
    return OBJ_VAL(c);
}

/* -- Context ------------------------------------------------------------------ */

static Value context_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs || (kw && TUPLE_SIZE(kw))) return raise_TypeError("Context() does not accept any arguments");
    return context_new_empty();
}

static int check_var(Value key)
{
    if (IS_TYPE(key, context_var)) return 0;
    raise_TypeError("a ContextVar key was expected, got %R", key);
    return -1;
}

static Value ctx_run(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1) return raise_TypeError("run() missing 1 required positional argument");
    Context *c = AS(Context, self);
    if (c->entered) return raise_RuntimeError("cannot enter context: %R is already entered", self);
    Value prev = OBJ_VAL(current());
    STORE(c, prev, prev);
    c->entered = true;
    STORE(TS, context, self);
    Value r = obj_call(args[0], args + 1, nargs - 1, kw);
    if (TS->context != self) {
        /* CPython leaves the context entered in this case */
        if (!r) return 0;
        return raise_RuntimeError("cannot exit context: thread state references a different context object");
    }
    STORE(TS, context, c->prev);
    STORE(c, prev, 0);
    c->entered = false;
    return r;
}

static Value ctx_copy(Value self, const Value *args, size_t nargs, Value kw)
{
    return context_copy_of(AS(Context, self));
}

static Value ctx_get(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("get", nargs, 1, 2) < 0 || check_var(args[0]) < 0) return 0;
    Value v = dict_get(AS(Context, self)->vars, args[0]);
    if (v || exc_pending()) return v;
    return nargs > 1 ? args[1] : NONE;
}

static Value ctx_view(Value self, Value method)
{
    return obj_call_method(shared_vars(AS(Context, self)), method, NULL, 0);
}
static Value ctx_keys(Value self, const Value *args, size_t nargs, Value kw) { return ctx_view(self, S(keys)); }
static Value ctx_values(Value self, const Value *args, size_t nargs, Value kw) { return ctx_view(self, S(values)); }
static Value ctx_items(Value self, const Value *args, size_t nargs, Value kw) { return ctx_view(self, S(items)); }

static Value ctx_iter(Value self) { return obj_iter(shared_vars(AS(Context, self))); }
static int64_t ctx_len(Value self) { return dict_size(AS(Context, self)->vars); }

static Value ctx_getitem(Value self, Value key)
{
    if (check_var(key) < 0) return 0;
    Value v = dict_get(AS(Context, self)->vars, key);
    if (v || exc_pending()) return v;
    return raise_KeyError(key);
}

static int ctx_contains(Value self, Value key)
{
    if (check_var(key) < 0) return -1;
    return dict_contains(AS(Context, self)->vars, key);
}

static Value ctx_richcompare(Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_TYPE(a, context) || !IS_TYPE(b, context)) return NOTIMPL;
    return obj_richcompare(AS(Context, a)->vars, AS(Context, b)->vars, op);
}

static const MethodDef context_methods[] = {
    { "run", ctx_run, 0, NULL },
    { "copy", ctx_copy, METH_NOARGS, "Return a shallow copy of the context object." },
    { "get", ctx_get, METH_NOKW, "Return the value for `key` if `key` has the value in the context object.\n\n"
                                 "If `key` does not exist, return `default`. If `default` is not given,\nreturn None." },
    { "keys", ctx_keys, METH_NOARGS, "Return a list of all variables in the context object." },
    { "values", ctx_values, METH_NOARGS, "Return a list of all variables' values in the context object." },
    { "items", ctx_items, METH_NOARGS, "Return all variables and their values in the context object.\n\n"
                                       "The result is returned as a list of 2-tuples (variable, value)." },
    { NULL, NULL, 0, NULL },
};

const TypeSpec context_spec = {
    .name = "_contextvars.Context", .base = -1, .basicsize = sizeof(Context), .trace = context_trace,
    .new_ = context_new, .iter = ctx_iter, .len = ctx_len, .getitem = ctx_getitem, .contains = ctx_contains,
    .richcompare = ctx_richcompare, .methods = context_methods,
};

/* -- ContextVar ------------------------------------------------------------------- */

static Value contextvar_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if (nargs > 1) return raise_TypeError("ContextVar() takes at most 1 positional argument (%zu given)", nargs);
    if (nargs < 1) return raise_TypeError("ContextVar() takes exactly 1 positional argument (0 given)");
    Value dflt = 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = TUPLE_ITEMS(kw)[i];
        if (!str_eq_cstr(k, "default"))
            return raise_TypeError("'%U' is an invalid keyword argument for ContextVar()", k);
        dflt = args[nargs + i];
    }
    if (!IS_STR(args[0])) return raise_TypeError("context variable name must be a str");
    ContextVar *v = (ContextVar *)gc_alloc(T(context_var), sizeof(ContextVar));
    STORE(v, name, args[0]);
    STORE(v, dflt, dflt);
    return OBJ_VAL(v);
}

static Value cv_get(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("get", nargs, 0, 1) < 0) return 0;
    Value v = dict_get(current()->vars, self);
    if (v || exc_pending()) return v;
    if (nargs) return args[0];
    if (AS(ContextVar, self)->dflt) return AS(ContextVar, self)->dflt;
    return raise_fmt(E(LookupError), "%R", self);
}

static Value cv_set(Value self, const Value *args, size_t nargs, Value kw)
{
    Context *c = current();
    Value old = dict_get(c->vars, self);
    if (!old && exc_pending()) return 0;
    Value d = writable_vars(c);
    if (!d || dict_set(d, self, args[0]) < 0) return 0;
    Token *t = (Token *)gc_alloc(T(context_token), sizeof(Token));
    STORE(t, ctx, OBJ_VAL(c));
    STORE(t, var, self);
    STORE(t, old, old);
    return OBJ_VAL(t);
}

static Value cv_reset(Value self, const Value *args, size_t nargs, Value kw)
{
    Value tv = args[0];
    if (!IS_TYPE(tv, context_token)) return raise_TypeError("expected an instance of Token, got %R", tv);
    Token *t = AS(Token, tv);
    if (t->used) return raise_RuntimeError("%R has already been used once", tv);
    if (t->var != self) return raise_ValueError("%R was created by a different ContextVar", tv);
    Context *c = current();
    if (t->ctx != OBJ_VAL(c)) return raise_ValueError("%R was created in a different Context", tv);
    t->used = true;
    if (t->old) {
        Value d = writable_vars(c);
        if (!d || dict_set(d, self, t->old) < 0) return 0;
        return NONE;
    }
    int has = dict_contains(c->vars, self);
    if (has < 0) return 0;
    if (!has) return raise_fmt(E(LookupError), "%R", self);
    Value d = writable_vars(c);
    if (!d || dict_del(d, self) < 0) return 0;
    return NONE;
}

static Value cv_repr(Value self)
{
    ContextVar *v = AS(ContextVar, self);
    if (v->dflt) return str_fmt("<ContextVar name=%R default=%R at %p>", v->name, v->dflt, (void *)self);
    return str_fmt("<ContextVar name=%R at %p>", v->name, (void *)self);
}

static Value cv_name(Value self) { return AS(ContextVar, self)->name; }

static const MethodDef contextvar_methods[] = {
    { "get", cv_get, METH_NOKW,
      "Return a value for the context variable for the current context.\n\n"
      "If there is no value for the variable in the current context, the method will:\n"
      " * return the value of the default argument of the method, if provided; or\n"
      " * return the default value for the context variable, if it was created\n   with one; or\n"
      " * raise a LookupError." },
    { "set", cv_set, METH_O,
      "Call to set a new value for the context variable in the current context.\n\n"
      "The required value argument is the new value for the context variable.\n\n"
      "Returns a Token object that can be used to restore the variable to its previous\n"
      "value via the `ContextVar.reset()` method." },
    { "reset", cv_reset, METH_O,
      "Reset the context variable.\n\nThe variable is reset to the value it had before the "
      "`ContextVar.set()` that\ncreated the token was used." },
    { "__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef contextvar_getsets[] = {
    { "name", cv_name, NULL, NULL, true }, { NULL, NULL, NULL, NULL, false },
};

const TypeSpec context_var_spec = {
    .name = "_contextvars.ContextVar", .base = -1, .basicsize = sizeof(ContextVar), .trace = contextvar_trace,
    .new_ = contextvar_new, .repr = cv_repr, .methods = contextvar_methods, .getsets = contextvar_getsets,
};

/* -- Token ------------------------------------------------------------------------ */

static Value token_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return raise_RuntimeError("Tokens can only be created by ContextVars");
}

static Value token_missing(void) { return dict_get_cstr(T(context_token)->dict, "MISSING"); }

static Value token_repr(Value self)
{
    Token *t = AS(Token, self);
    return str_fmt("<Token%s var=%R at %p>", t->used ? " used" : "", t->var, (void *)self);
}

static Value token_var(Value self) { return AS(Token, self)->var; }
static Value token_old(Value self) { return AS(Token, self)->old ? AS(Token, self)->old : token_missing(); }

static const MethodDef token_methods[] = {
    { "__class_getitem__", list_class_getitem, METH_CLASS | METH_O, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef token_getsets[] = {
    { "var", token_var, NULL, NULL, false }, { "old_value", token_old, NULL, NULL, false },
    { NULL, NULL, NULL, NULL, false },
};

const TypeSpec context_token_spec = {
    .name = "_contextvars.Token", .base = -1, .basicsize = sizeof(Token), .trace = token_trace,
    .new_ = token_new, .repr = token_repr, .methods = token_methods, .getsets = token_getsets,
};

/* Token.MISSING's type: one instance, made with the module. */
static Value missing_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    return raise_TypeError("cannot create 'Token.MISSING' instances");
}
static Value missing_repr(Value self) { return str_from_cstr("<Token.MISSING>"); }

const TypeSpec context_missing_spec = {
    .name = "Token.MISSING", .base = -1, .basicsize = sizeof(Object), .trace = trace_leaf,
    .new_ = missing_new, .repr = missing_repr,
};

/* -- The module ---------------------------------------------------------------------- */

static Value m_copy_context(Value self, const Value *args, size_t nargs, Value kw)
{
    return context_copy_of(current());
}

static int contextvars_exec(Value m)
{
    if (!token_missing()) {
        Value miss = OBJ_VAL(gc_alloc_noscan(T(context_missing), sizeof(Object)));
        if (dict_set_cstr(T(context_token)->dict, "MISSING", miss) < 0) return -1;
        type_modified(T(context_token));
    }
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "Context", OBJ_VAL(T(context))) < 0 ||
        dict_set_cstr(d, "ContextVar", OBJ_VAL(T(context_var))) < 0 ||
        dict_set_cstr(d, "Token", OBJ_VAL(T(context_token))) < 0)
        return -1;
    return 0;
}

static const MethodDef contextvars_functions[] = {
    { "copy_context", m_copy_context, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _contextvars_module = { "_contextvars", "Context Variables", contextvars_functions, contextvars_exec };
