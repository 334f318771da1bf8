class A:
    __x = "private"
    def get(self):
        return self.__x, A.__x
    def __priv(self):
        return "priv method"
    def call(self):
        return self.__priv()
    def set(self):
        self.__y = 5
        return self.__dict__
    def ns(self, __arg=1):
        return __arg
print(A().get(), A().call(), A().set(), A().ns())
print([k for k in vars(A) if k.startswith("_A")])
class _Under:
    def m(self):
        self.__z = 1
        return list(self.__dict__)
print(_Under().m())
class B:
    def __init__(self):
        self.__dunder__ = "not mangled"
print(list(B().__dict__))
class C:
    def f(self):
        __local = 3
        return __local
print(C().f())
