# class body execution semantics
log = []
class A:
    log.append("body start")
    x = 1
    y = x + 1
    def f(self): return x if False else "f"
    log.append(sorted(k for k in locals() if not k.startswith("__")))
    z = [x for _ in range(1)] if False else None
    del y
print(log, hasattr(A, "y"), A.__dict__["z"])
# class body can return-free: return and yield are errors
for src in ["class C:\n    return 1\n", "class C:\n    yield 1\n", "class C:\n    await x\n", "class C:\n    x = yield\n",
            "class C:\n    break\n", "def f():\n    class C:\n        return 1\n", "class C:\n    nonlocal x\n"]:
    try:
        compile(src, "<c>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
# names in the class body are not visible in methods
class B:
    secret = "class level"
    def get(self):
        try:
            return secret
        except NameError as e:
            return "NameError: %s" % e
print(B().get())
# but they are visible in nested class bodies? no
class Outer:
    v = 1
    try:
        class Inner:
            w = v
    except NameError as e:
        err = str(e)
print(Outer.err)
# the class body sees enclosing function locals
def make(n):
    class K:
        val = n * 2
        def get(self): return n
    return K
K = make(5)
print(K.val, K().get())
# a class-body name shadowing a free variable: class body reads its own first (LOAD_CLASSDEREF)
def shadow():
    v = "function"
    class S:
        try:
            a = v
        except NameError as e:
            a = "NameError: %s" % e
        v = "class"
        b = v
        def m(self): return v
    class T:
        a = v
        def m(self): return v
    return S, T
S, T = shadow()
print(S.a, S.b, S().m(), T.a, T().m())
# __module__, __qualname__, __doc__ are set before the body runs
class Doc:
    "the docstring"
    seen = (__module__, __qualname__, __doc__)
print(Doc.seen)
class NoDoc:
    x = 1
print(NoDoc.__doc__, "__doc__" in NoDoc.__dict__)
# class statement returns the class after decorators; the name is bound last
try:
    class Recursive:
        ref = Recursive
except NameError as e:
    print("NameError", e)
# class bodies with global declarations
counter = 0
class G:
    global counter
    counter += 1
print(counter, hasattr(G, "counter"))
# redefining a class keeps identity separate
class R: pass
first = R
class R: pass
print(first is R, first.__name__ == R.__name__)
# exceptions inside the class body propagate and the name is not bound
try:
    class Broken:
        raise ValueError("in body")
except ValueError as e:
    print("ValueError", e, "Broken" in globals())
# locals() inside a class body is the namespace
class L:
    a = 1
    ns = locals()
    ns["injected"] = 2
print(L.injected)
# empty class body forms
class E1: pass
class E2: ...
class E3:
    "only a docstring"
print(E1.__name__, E2.__name__, E3.__doc__)
# bases can be arbitrary expressions
bases = {"b": (A,)}
class FromExpr(*bases["b"]): pass
print(FromExpr.__mro__[1].__name__)
class FromCall(type("Dyn", (), {"d": 1})): pass
print(FromCall.d, FromCall.__bases__[0].__name__)
try:
    class BadBase(5): pass
except TypeError as e:
    print("TypeError", e)
try:
    class DupBase(A, A): pass
except TypeError as e:
    print("TypeError", e)
try:
    class BadMRO(object, A): pass
except TypeError as e:
    print("TypeError", e)
