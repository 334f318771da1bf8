x = "module"
class A:
    x = "class"
    y = x
    def f(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().f(), A.z, A.w)
def func():
    x = "function"
    class B:
        y = x
        x = "class-level"
        z = x
    return B
B = func()
print(B.y, B.z)
def func2():
    v = "free"
    class C:
        def get(self):
            return v
        u = v
    return C
C = func2()
print(C().get(), C.u)
class D:
    __private = 1
    def get(self):
        return self.__private
    def __mangled(self):
        return "mangled"
    def call(self):
        return self.__mangled()
print(D().get(), D._D__private, D().call())
print(sorted(k for k in vars(D) if "private" in k or "mangled" in k))
class E:
    items = [1, 2]
    total = sum(items)
print(E.total)
