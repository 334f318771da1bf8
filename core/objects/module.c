/* kiln: module objects.  A module is {dict, name}; attribute access goes to
 * its dict, with __getattr__ (PEP 562) and CPython's messages. */
#include "core.h"

Value module_new(Value name)
{
    Module *m = (Module *)gc_alloc(T(module), sizeof(Module));
    STORE(m, dict, dict_new());
    STORE(m, name, name);
    dict_set(m->dict, S(__name__), name);
    dict_set(m->dict, S(__doc__), NONE);
    dict_set(m->dict, S(__package__), NONE);
    dict_set(m->dict, S(__loader__), NONE);
    dict_set(m->dict, S(__spec__), NONE);
    return OBJ_VAL(m);
}

/* A C builtin module: its functions, then its exec hook. */
Value module_from_def(const ModuleDef *def)
{
    Value name = str_intern_cstr(def->name);
    Value m = module_new(name);
    AS(Module, m)->def = def;
    Value d = AS(Module, m)->dict;
    if (def->doc) dict_set(d, S(__doc__), str_from_cstr(def->doc));
    for (const MethodDef *md = def->methods; md && md->name; md++)
        if (dict_set(d, str_intern_cstr(md->name), builtin_function_new(md, m, name)) < 0) return 0;
    if (def->exec && def->exec(m) < 0) return 0;
    return m;
}

bool module_spec_initializing(Value spec)
{
    if (!spec) return false;
    Value v = obj_lookup_attr(spec, str_intern_cstr("_initializing"));
    int t = v ? obj_truthy(v) : 0;
    if (t < 0 || exc_pending()) exc_clear();
    return t > 0;
}

/* suppress: a missing attribute returns 0 without building the AttributeError
 * (a module __getattr__ still runs). */
Value module_getattr_ex(Value self, Value name, bool suppress)
{
    Module *m = AS(Module, self);
    Value v = obj_generic_getattr_ex(self, name, true);
    if (v) return v;
    if (exc_pending()) {
        if (!exc_matches(E(AttributeError))) return 0;
        exc_clear();
    }
    Value ga = dict_get_str(m->dict, S(__getattr__));
    if (ga) return obj_call1(ga, name);
    if (suppress) return 0;
    Value mn = dict_get_str(m->dict, S(__name__));
    if (mn && IS_STR(mn)) {
        if (module_spec_initializing(dict_get_str(m->dict, S(__spec__))))
            return raise_AttributeError("partially initialized module '%U' has no attribute '%U' "
                                        "(most likely due to a circular import)", mn, name);
        return raise_AttributeError("module '%U' has no attribute '%U'", mn, name);
    }
    return raise_AttributeError("module has no attribute '%U'", name);
}

Value module_getattr(Value self, Value name) { return module_getattr_ex(self, name, false); }

static int module_setattr(Value self, Value name, Value v)
{
    Value descr = type_lookup(TYPE(self), name);
    if (descr && TYPE(descr)->descr_set) return TYPE(descr)->descr_set(descr, self, v);
    Module *m = AS(Module, self);
    if (!v) {
        if (dict_get(m->dict, name)) return dict_del(m->dict, name);
        Value mn = dict_get_str(m->dict, S(__name__));
        raise_AttributeError("module '%U' has no attribute '%U'", mn && IS_STR(mn) ? mn : str_from_cstr("?"), name);
        return -1;
    }
    return dict_set(m->dict, name, v);
}

static Value module_repr(Value self)
{
    Module *m = AS(Module, self);
    Value name = dict_get_str(m->dict, S(__name__));
    if (!name) name = str_from_cstr("?");
    Value file = dict_get_str(m->dict, S(__file__));
    if (file && IS_STR(file)) return str_fmt("<module %R from %R>", name, file);
    if (m->def) return str_fmt("<module %R (built-in)>", name);
    return str_fmt("<module %R>", name);
}

static Value module_new_(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    Module *m = (Module *)gc_alloc(t, t->basicsize);
    STORE(m, dict, dict_new());
    return OBJ_VAL(m);
}

static int module_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = { "name", "doc", NULL };
    Value a[2];
    if (args_parse("module", args, nargs, kwnames, names, 1, a) < 0) return -1;
    if (!IS_STR(a[0])) { raise_TypeError("module() argument 'name' must be str, not %A", a[0]); return -1; }
    Module *m = AS(Module, self);
    STORE(m, name, a[0]);
    dict_set(m->dict, S(__name__), a[0]);
    dict_set(m->dict, S(__doc__), a[1] ? a[1] : NONE);
    dict_set(m->dict, S(__package__), NONE);
    dict_set(m->dict, S(__loader__), NONE);
    dict_set(m->dict, S(__spec__), NONE);
    return 0;
}

static Value module_get_dict(Value self) { return AS(Module, self)->dict; }

/* __annotations__: the module's own, created empty on first use (CPython 3.10+). */
static Value module_get_annotations(Value self)
{
    Value d = AS(Module, self)->dict;
    Value a = dict_get_str(d, S(__annotations__));
    if (a) return a;
    a = dict_new();
    if (dict_set(d, S(__annotations__), a) < 0) return 0;
    return a;
}
static int module_set_annotations(Value self, Value v)
{
    Value d = AS(Module, self)->dict;
    if (v) return dict_set(d, S(__annotations__), v);
    if (!dict_get_str(d, S(__annotations__))) { raise_AttributeError("__annotations__"); return -1; }
    return dict_pop(d, S(__annotations__), 0) ? 0 : -1;
}

static Value module_dir(Value self, const Value *args, size_t nargs, Value kw)
{
    Value d = AS(Module, self)->dict;
    Value f = dict_get_str(d, S(__dir__));
    if (f) return obj_call0(f);
    return dict_keys_list(d);
}

static void module_trace(Object *o, Visitor visit, void *ctx)
{
    Module *m = (Module *)o;
    visit(m->dict, ctx);
    visit(m->name, ctx);
    visit(m->state, ctx);
}

static const MethodDef module_methods[] = {
    { "__dir__", module_dir, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef module_getsets[] = {
    { "__dict__", module_get_dict, NULL, NULL },
    { "__annotations__", module_get_annotations, module_set_annotations, NULL },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec module_spec = {
    .name = "module", .base = -1, .basicsize = sizeof(Module), .flags = TF_BASETYPE,
    .trace = module_trace, .repr = module_repr, .getattr = module_getattr,
    .setattr = module_setattr, .new_ = module_new_, .init = module_init,
    .methods = module_methods, .getsets = module_getsets,
};
