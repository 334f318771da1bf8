/* kiln: the types of the singletons None, NotImplemented and Ellipsis.  The
 * objects themselves live in the Root (R->none ...); calling a type gives the
 * singleton back. */
#include "core.h"

static Value none_repr(Value self) { return str_intern_cstr("None"); }
static int none_bool(Value self) { return 0; }
static Value none_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs || (kw && TUPLE_SIZE(kw))) return raise_TypeError("NoneType takes no arguments");
    return NONE;
}

const TypeSpec none_spec = {
    .name = "NoneType",
    .base = -1,
    .basicsize = sizeof(Object),
    .trace = trace_leaf,
    .repr = none_repr,
    .new_ = none_new,
    .nb_bool = none_bool,
};

static Value notimpl_repr(Value self) { return str_intern_cstr("NotImplemented"); }
static Value notimpl_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs || (kw && TUPLE_SIZE(kw))) return raise_TypeError("NotImplementedType takes no arguments");
    return NOTIMPL;
}
static Value notimpl_reduce(Value self, const Value *a, size_t n, Value kw)
{
    return str_intern_cstr("NotImplemented");
}
static int notimpl_bool(Value self)
{
    if (exc_warn(E(DeprecationWarning), "NotImplemented should not be used in a boolean context", 1) < 0)
        return -1;
    return 1;
}
static const MethodDef notimpl_methods[] = {
    { "__reduce__", notimpl_reduce, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const TypeSpec notimplemented_spec = {
    .name = "NotImplementedType",
    .base = -1,
    .basicsize = sizeof(Object),
    .trace = trace_leaf,
    .repr = notimpl_repr,
    .new_ = notimpl_new,
    .nb_bool = notimpl_bool,
    .methods = notimpl_methods,
};

static Value ellipsis_repr(Value self) { return str_intern_cstr("Ellipsis"); }
static Value ellipsis_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs || (kw && TUPLE_SIZE(kw))) return raise_TypeError("EllipsisType takes no arguments");
    return ELLIPSIS_V;
}
static Value ellipsis_reduce(Value self, const Value *a, size_t n, Value kw)
{
    return str_intern_cstr("Ellipsis");
}
static const MethodDef ellipsis_methods[] = {
    { "__reduce__", ellipsis_reduce, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const TypeSpec ellipsis_spec = {
    .name = "ellipsis",
    .base = -1,
    .basicsize = sizeof(Object),
    .trace = trace_leaf,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
    .methods = ellipsis_methods,
};
