# super() corners
class A:
    def who(self): return "A"
    @classmethod
    def cm(cls): return "A.cm(%s)" % cls.__name__
    @staticmethod
    def sm(): return "A.sm"
    @property
    def prop(self): return "A.prop"
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cm(cls): return "B>" + super().cm()
    @staticmethod
    def sm():
        try:
            return super().sm()
        except RuntimeError as e:
            return "RuntimeError: %s" % e
    @property
    def prop(self): return "B>" + super().prop
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), D.cm(), B.sm(), D().prop)
# explicit two-argument forms
d = D()
print(super(B, d).who(), super(C, d).who(), super(D, D).who(d), super(B, D).cm())
# unbound super
u = super(B)
print(type(u).__name__, u.__thisclass__.__name__, u.__self__, u.__self_class__)
# errors
try:
    super(B, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(5, d)
except TypeError as e:
    print("TypeError", e)
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
class E(A):
    def noarg():
        return super().who()
try:
    E.noarg()
except RuntimeError as e:
    print("RuntimeError", e)
class F(A):
    def deleted_self(self):
        del self
        return super().who()
try:
    F().deleted_self()
except RuntimeError as e:
    print("RuntimeError", e)
# super() with reassigned first argument uses the new value
class G(A):
    def m(self):
        self = B()
        return super().who()
try:
    print(G().m())
except TypeError as e:
    print("TypeError", e)
# super in nested functions and lambdas needs __class__ cell and self
class H(A):
    def m(self):
        def inner():
            return super(H, self).who()
        f = lambda: super(H, self).who()
        return inner(), f()
print(H().m())
class H2(A):
    def m(self):
        def inner():
            return super().who()
        try:
            return inner()
        except (RuntimeError, TypeError) as e:
            return type(e).__name__ + ": " + str(e)
print(H2().m())
# super attribute lookup skips the instance dict and data descriptors
class I(A):
    def __init__(self):
        self.who = "instance attr"
    def call(self):
        return super().who()
print(I().call(), I().who)
try:
    super(I, I()).missing
except AttributeError as e:
    print("AttributeError", e)
# setting attributes through super is not allowed
try:
    super(I, I()).x = 1
except AttributeError as e:
    print("AttributeError", e)
# super().__init__ with __init_subclass__ and __new__
class N:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
class N2(N):
    def __new__(cls, *a):
        return super().__new__(cls, *a, "extra")
print(N2(1).args)
try:
    object.__new__(N2, 1) if False else super(N, N2).__new__(N2, 1)
except TypeError as e:
    print("TypeError", e)
# __class__ cell refers to the defining class
class J:
    def cls(self): return __class__
class K(J): pass
print(K().cls().__name__)
print(repr(super(B, d))[:40])
