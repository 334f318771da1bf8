def f():
    def g():
        def h():
            pass
        return h
    return g
print(f.__qualname__, f().__qualname__, f()().__qualname__)
class A:
    def m(self):
        class B:
            def n(self):
                pass
        return B
    class Inner:
        def x(self):
            pass
print(A.m.__qualname__, A().m().__qualname__, A().m().n.__qualname__)
print(A.Inner.__qualname__, A.Inner.x.__qualname__)
def outer():
    return lambda: None
print(outer().__qualname__, (lambda: 0).__qualname__)
def gl():
    global Gcls
    class Gcls:
        pass
    def inner():
        pass
    return inner
print(gl().__qualname__, Gcls.__qualname__)
print([c for c in [1]].__class__.__name__)
def comp():
    return [(lambda: 1) for _ in range(1)][0]
print(comp().__qualname__)
print(f.__name__, A.m.__name__, outer().__name__)
print(f.__module__)
