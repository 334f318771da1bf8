# __slots__ layout rules: base conflicts, slots on variable-size builtins, __class__ assignment
def show(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class A: __slots__ = ('a',)
class B: __slots__ = ('b',)
class E: __slots__ = ()
class D: __slots__ = ('__dict__',)
class W: __slots__ = ('__weakref__',)
class P: pass
class A2(A): pass
class A3(A): __slots__ = ('c',)
def mk(*bases, **ns):
    return type('C', bases, dict(ns))
show("A,B", lambda: mk(A, B))
show("A,E", lambda: mk(A, E).__mro__)
show("A,P", lambda: mk(A, P).__mro__)
show("P,A", lambda: mk(P, A).__mro__)
show("D,W", lambda: mk(D, W).__mro__)
show("A,D", lambda: mk(A, D).__mro__)
show("A2,A", lambda: mk(A2, A).__mro__)
show("A2,B", lambda: mk(A2, B))
show("A3,A2", lambda: mk(A3, A2).__mro__)
show("A,int", lambda: mk(A, int))
show("A,dict", lambda: mk(A, dict))
show("E,int", lambda: mk(E, int).__mro__)
show("A,Exception", lambda: mk(A, Exception))
show("Exception,A", lambda: mk(Exception, A))
for base in (int, bytes, tuple, type, str, float, list, dict, frozenset, object):
    show(base.__name__ + " slots", lambda: mk(base, __slots__=('x',)).__name__)
    show(base.__name__ + " empty", lambda: mk(base, __slots__=()).__name__)
    show(base.__name__ + " dict", lambda: mk(base, __slots__=('__dict__',)).__name__)
class I(int): pass
show("I slots", lambda: mk(I, __slots__=('x',)))
show("I str slots", lambda: mk(I, __slots__='x'))
show("I bad", lambda: mk(I, __slots__=('1',)))
show("bool", lambda: mk(bool))
from collections import namedtuple
NT = namedtuple('NT', 'x y')
show("nt", lambda: mk(NT, __slots__=('z',)))
show("nt empty", lambda: mk(NT, __slots__=()).__name__)

# __class__ assignment
class X: pass
class Y: pass
class S1: __slots__ = ('a',)
class S2: __slots__ = ('a',)
class S3: __slots__ = ('b',)
class S4: __slots__ = ('a', 'b')
class S5(S1): pass
class S6(S1): __slots__ = ()
class XD(X): __slots__ = ('q',)
class L(list): pass
class L2(list): pass
class L3(list): __slots__ = ()
class II(int): pass
class IJ(int): pass
import types
class M1(types.ModuleType): pass
def setc(o, c):
    def f():
        o.__class__ = c
        return type(o).__name__
    return f
show("X->Y", setc(X(), Y))
show("X->S1", setc(X(), S1))
show("S1->X", setc(S1(), X))
show("S1->S2", setc(S1(), S2))
show("S1->S3", setc(S1(), S3))
show("S1->S4", setc(S1(), S4))
show("S1->S5", setc(S1(), S5))
show("S5->S1", setc(S5(), S1))
show("S1->S6", setc(S1(), S6))
show("X->XD", setc(X(), XD))
show("X->L", setc(X(), L))
show("L->L2", setc(L(), L2))
show("L->L3", setc(L(), L3))
show("L->list", setc(L(), list))
show("list->L", setc([], L))
show("II->IJ", setc(II(3), IJ))
show("II->int", setc(II(3), int))
show("1->bool", setc(1, bool))
show("obj->X", setc(object(), X))
show("X->int", setc(X(), int))
show("mod", setc(types.ModuleType('m'), M1))
show("mod->X", setc(types.ModuleType('m'), X))
show("X->1", setc(X(), 1))
s = S1(); s.a = 5; s.__class__ = S2; print(s.a)
for B in (int, tuple, bytes, str, float, dict, complex, frozenset):
    class A(B): pass
    class C(B): pass
    class D(A): pass
    class F(B): __slots__ = ()
    class G(F): pass
    print(B.__name__)
    for T in (C, D, F, G, A):
        show(T.__name__, setc(A(), T))
    show("F->G", setc(F(), G))
