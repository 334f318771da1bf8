/* White-box test of the type system before the VM runs: build classes with
 * type_new_class, poke attributes through shapes, call slot wrappers. */
#include "core.h"
#include <string.h>

__attribute__((weak)) Value vm_current_globals(void) { return 0; }
static int fails;
static void show(const char *what, Value v)
{
    if (!v) {
        Value e = exc_fetch();
        Value s = e ? obj_str(e) : 0;
        printf("%s -> EXC %s: %s\n", what, e ? TYPE_NAME(e) : "?", s ? STR_DATA(s) : "?");
        return;
    }
    Value r = obj_repr(v);
    printf("%s -> %s\n", what, r ? STR_DATA(r) : "<repr failed>");
    if (!r) exc_clear();
}
#define SHOW(e) show(#e, (e))
static Value str(const char *s) { return str_intern_cstr(s); }
static Value cls(const char *name, Value bases, Value ns)
{
    if (!ns) ns = dict_new();
    dict_set(ns, S(__module__), str("__main__"));
    return type_new_class(OBJ_VAL(T(type)), str(name), bases, ns, 0);
}

int main(void)
{
    volatile int marker = 0;
    heap_init();
    R->ts.c_stack_base = (void *)&marker;
    genesis();
    Value A = cls("A", tuple_new(0), 0);
    SHOW(A);
    Value a = obj_call0(A);
    SHOW(a);
    SHOW(obj_setattr(a, str("x"), MKSMALL(1)) < 0 ? 0 : NONE);
    SHOW(obj_setattr(a, str("y"), MKSMALL(2)) < 0 ? 0 : NONE);
    SHOW(obj_getattr(a, str("x")));
    SHOW(obj_getattr(a, str("y")));
    SHOW(obj_getattr(a, str("z")));
    Value a2 = obj_call0(A);
    obj_setattr(a2, str("x"), MKSMALL(10));
    obj_setattr(a2, str("y"), MKSMALL(20));
    printf("same shape: %d\n", ((InstanceTail *)((char *)a + 8))->shape == ((InstanceTail *)((char *)a2 + 8))->shape);
    SHOW(obj_getattr(a, S(__dict__)));
    SHOW(obj_getattr(a, str("x")));
    SHOW(obj_setattr(a, str("x"), 0) < 0 ? 0 : NONE);
    SHOW(obj_getattr(a, S(__dict__)));
    SHOW(obj_getattr(a2, S(__class__)));
    SHOW(obj_call1(A, MKSMALL(1)));
    Value B = cls("B", tuple_pack(1, A), 0);
    Value C = cls("C", tuple_pack(1, A), 0);
    Value D = cls("D", tuple_pack(2, B, C), 0);
    SHOW(obj_getattr(D, S(__mro__)));
    SHOW(cls("E", tuple_pack(2, A, B), 0));
    SHOW(obj_getattr(A, S(__dict__)));
    SHOW(obj_getattr(OBJ_VAL(T(int)), S(__add__)));
    Value add = obj_getattr(OBJ_VAL(T(int)), S(__add__));
    SHOW(obj_call2(add, MKSMALL(3), MKSMALL(4)));
    SHOW(obj_getattr(MKSMALL(3), S(__add__)));
    SHOW(obj_call_method(MKSMALL(3), S(__add__), (Value[]){ MKSMALL(5) }, 1));
    SHOW(obj_call_method(list_new(2), S(__len__), NULL, 0));
    SHOW(obj_binop(MKSMALL(1), str("a"), BINOP_ADD));
    SHOW(obj_richcompare(a, a2, CMP_LT));
    SHOW(obj_richcompare(a, a2, CMP_NE));
    SHOW(obj_getitem(a, MKSMALL(0)));
    SHOW(obj_call0(a));
    SHOW(obj_iter(a));
    SHOW(obj_setattr(OBJ_VAL(T(int)), str("x"), MKSMALL(1)) < 0 ? 0 : NONE);
    SHOW(obj_getattr(A, str("nope")));
    SHOW(obj_getattr(OBJ_VAL(T(int)), S(__mro__)));
    Value boolt = OBJ_VAL(T(bool));
    SHOW(obj_getattr(boolt, S(__mro__)));
    SHOW(obj_call1(OBJ_VAL(T(type)), MKSMALL(1)));
    SHOW(obj_dir(a2));
    Value sl = dict_new();
    dict_set(sl, S(__slots__), tuple_pack(2, str("p"), str("q")));
    Value P = cls("P", tuple_new(0), sl);
    Value p = obj_call0(P);
    SHOW(obj_getattr(p, str("p")));
    obj_setattr(p, str("p"), MKSMALL(5));
    SHOW(obj_getattr(p, str("p")));
    SHOW(obj_setattr(p, str("r"), MKSMALL(5)) < 0 ? 0 : NONE);
    SHOW(obj_getattr(p, S(__dict__)));
    Value L = cls("L", tuple_pack(1, OBJ_VAL(T(list))), 0);
    Value l = obj_call0(L);
    SHOW(l);
    obj_setattr(l, str("tag"), str("hello"));
    SHOW(obj_getattr(l, str("tag")));
    SHOW(obj_call_method(l, S(append), (Value[]){ MKSMALL(7) }, 1));
    SHOW(l);
    SHOW(obj_isinstance(l, OBJ_VAL(T(list))) ? TRUE_V : FALSE_V);
    SHOW(obj_isinstance(l, MKSMALL(3)) < 0 ? 0 : NONE);
    SHOW(obj_call0(OBJ_VAL(T(object))));
    SHOW(obj_setattr(obj_call0(OBJ_VAL(T(object))), str("x"), MKSMALL(1)) < 0 ? 0 : NONE);
    int64_t h;
    printf("hash(a)=%d\n", obj_hash(a, &h));
    SHOW(obj_call(OBJ_VAL(T(type)), (Value[]){ str("Z"), tuple_new(0), dict_new() }, 3, 0));
    SHOW(obj_call(OBJ_VAL(T(simple_namespace)), (Value[]){ MKSMALL(1), str("s") }, 2, tuple_pack(2, str("a"), str("b"))));
    SHOW(obj_getattr(OBJ_VAL(T(object)), S(__eq__)));
    SHOW(obj_getattr(OBJ_VAL(T(none)), S(__repr__)));
    SHOW(obj_call0(OBJ_VAL(T(none))));
    SHOW(obj_format(a, str("x")));
    SHOW(obj_format(MKSMALL(5), str("")));
    Value u = obj_binop(OBJ_VAL(T(int)), NONE, BINOP_OR);
    SHOW(u);
    SHOW(obj_binop(u, OBJ_VAL(T(str)), BINOP_OR));
    SHOW(obj_binop(NONE, OBJ_VAL(T(str)), BINOP_OR));
    SHOW(obj_isinstance(MKSMALL(1), u) ? TRUE_V : FALSE_V);
    SHOW(obj_isinstance(str("s"), u) ? TRUE_V : FALSE_V);
    SHOW(obj_getattr(u, S(__args__)));
    SHOW(OBJ_VAL(TYPE(u)));
    SHOW(obj_richcompare(u, obj_binop(NONE, OBJ_VAL(T(int)), BINOP_OR), CMP_EQ));
    SHOW(obj_binop(OBJ_VAL(T(int)), MKSMALL(1), BINOP_OR));
    return fails;
}
