/* kiln: the atexit module.  Callbacks live in kiln_state_dict()["atexit"] as
 * (func, args, kwargs) tuples; main.c calls atexit_run_callbacks() when the
 * program ends, before the standard streams are flushed. */
#include "core.h"

static Value callbacks(void)
{
    Value d = kiln_state_dict();
    Value l = dict_get_cstr(d, "atexit");
    if (!l) {
        l = list_new(0);
        if (dict_set_cstr(d, "atexit", l) < 0) return 0;
    }
    return l;
}

static Value a_register(Value self, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1) return raise_TypeError("register() takes at least 1 argument (0 given)");
    if (!obj_is_callable(args[0])) return raise_TypeError("the first argument must be callable");
    Value kwargs = NONE;
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if (nkw) {
        kwargs = dict_new();
        for (size_t i = 0; i < nkw; i++)
            if (dict_set(kwargs, TUPLE_ITEMS(kw)[i], args[nargs + i]) < 0) return 0;
    }
    Value l = callbacks();
    if (!l || list_append(l, tuple_pack(3, args[0], tuple_from(args + 1, (int64_t)nargs - 1), kwargs)) < 0) return 0;
    return args[0];
}

static Value a_unregister(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("unregister", nargs, 1, 1) < 0) return 0;
    Value l = callbacks();
    if (!l) return 0;
    /* As CPython 3.11: the slot is emptied, _ncallbacks() still counts it. */
    for (int64_t i = 0; i < LIST_SIZE(l); i++) {
        Value t = LIST_ITEMS(l)[i];
        if (t == NONE) continue;
        int eq = obj_eq(TUPLE_ITEMS(t)[0], args[0]);
        if (eq < 0) return 0;
        if (eq) STORE_AT(AS(List, l)->items, &LIST_ITEMS(l)[i], NONE);
    }
    return NONE;
}

/* Run and clear the callbacks, last registered first; errors are reported, not raised. */
void atexit_run_callbacks(void)
{
    Value d = kiln_state_dict();
    Value l = d ? dict_get_cstr(d, "atexit") : 0;
    if (!l || !IS_LIST(l)) { exc_clear(); return; }
    Value saved = exc_fetch();
    while (LIST_SIZE(l) > 0) {
        Value t = LIST_ITEMS(l)[LIST_SIZE(l) - 1];
        AS(List, l)->size--;
        if (t == NONE) continue;
        Value f = TUPLE_ITEMS(t)[0], kwargs = TUPLE_ITEMS(t)[2];
        if (!obj_call_tuple_dict(f, TUPLE_ITEMS(t)[1], kwargs == NONE ? 0 : kwargs)) {
            Value exc = exc_fetch();
            Value out = dict_get_cstr(AS(Module, R->sys)->dict, "stdout");
            if (out && out != NONE && !obj_call_method(out, S(flush), NULL, 0)) exc_clear();
            fflush(stdout);
            Value r = obj_repr(f);
            if (!r) exc_clear();
            fprintf(stderr, "Exception ignored in atexit callback: %s\n", r ? STR_DATA(r) : "<object>");
            exc_print(exc, stderr);
            fflush(stderr);
        }
    }
    if (saved) exc_restore(saved);
}

static Value a_run_exitfuncs(Value self, const Value *args, size_t nargs, Value kw)
{
    atexit_run_callbacks();
    return NONE;
}

static Value a_clear(Value self, const Value *args, size_t nargs, Value kw)
{
    if (dict_set_cstr(kiln_state_dict(), "atexit", list_new(0)) < 0) return 0;
    return NONE;
}

static Value a_ncallbacks(Value self, const Value *args, size_t nargs, Value kw)
{
    Value l = callbacks();
    return l ? MKSMALL(LIST_SIZE(l)) : 0;
}

static const MethodDef atexit_methods[] = {
    { "register", a_register, 0, NULL }, { "unregister", a_unregister, 0, NULL },
    { "_run_exitfuncs", a_run_exitfuncs, 0, NULL }, { "_clear", a_clear, 0, NULL },
    { "_ncallbacks", a_ncallbacks, 0, NULL }, { NULL, NULL, 0, NULL },
};

const ModuleDef atexit_module = { "atexit", "allow programmer to define multiple exit functions to be executed\n"
                                  "upon normal program termination.", atexit_methods, NULL };
