# __class__ cell, zero-argument super, and class-scope closures
class A:
    def who(self):
        return __class__.__name__
    def sup(self):
        return "A"
class B(A):
    def sup(self):
        return "B>" + super().sup()
    def inner(self):
        def f():
            return __class__
        return f()
    def lam(self):
        try:
            return (lambda: super().sup())()
        except RuntimeError as e:
            return str(e)
    def comp(self):
        try:
            return [super().sup() for _ in range(1)]
        except TypeError as e:
            return str(e)
print(B().who(), B().sup(), B().inner().__name__, B().lam(), B().comp())

# super() in a classmethod / staticmethod
class C(A):
    @classmethod
    def cm(cls):
        return super().sup(cls())
    @staticmethod
    def sm():
        try:
            return super().sup()
        except RuntimeError as e:
            return str(e)
print(C.cm(), C.sm())

# super() with no arguments outside a method
def free():
    return super()
try:
    free()
except RuntimeError as e:
    print(e)

# __class__ cell is set after the class is created; __classcell__ in namespace
captured = []
class Meta(type):
    def __new__(mcls, name, bases, ns):
        captured.append("__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class D(metaclass=Meta):
    def m(self):
        return __class__
print(captured, D().m() is D)

# rebinding the first argument does not break super (it uses the cell + first local)
class E(A):
    def sup(self):
        self = None
        try:
            return super().sup()
        except (TypeError, AttributeError) as e:
            return type(e).__name__ + ": " + str(e)
print(E().sup())

# class-level name referenced from a method's default vs body
class F:
    val = "class val"
    def m(self, v=val):
        try:
            return v, val
        except NameError as e:
            return v, str(e)
print(F().m())

# name mangling inside class, including in nested functions and comprehensions
class G:
    __secret = 1
    def get(self):
        return self.__secret, [self.__secret for _ in range(1)], (lambda: G.__secret)()
print(G().get(), hasattr(G, "_G__secret"))
