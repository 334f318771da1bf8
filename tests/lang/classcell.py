class A:
    def who(self):
        return __class__.__name__
    def sup(self):
        return super()
print(A().who(), type(A().sup()).__name__)
class Meta(type):
    def __new__(m, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(m, name, bases, ns)
class B(metaclass=Meta):
    def f(self):
        return __class__
class C(metaclass=Meta):
    def f(self):
        return 1
print(B().f() is B)
class D:
    x = 1
    def get():
        return __class__
print(D.get() is D)
class E:
    def m(self):
        def inner():
            return __class__
        return inner()
print(E().m() is E)
