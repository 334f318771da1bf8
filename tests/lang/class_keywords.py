class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class A(Base, tag="a"):
    pass
class B(Base):
    pass
print(A.tag, B.tag)
bases = (Base,)
kw = {"tag": "star"}
class C(*bases, **kw):
    pass
print(C.tag, C.__bases__)
class Outer:
    class Inner:
        class Deep:
            v = "deep"
print(Outer.Inner.Deep.v, Outer.Inner.Deep.__qualname__)
def deco(tag):
    def d(c):
        c.deco_tag = tag
        return c
    return d
@deco("first")
class D(Base, tag="d"):
    x = [i for i in range(3)]
print(D.deco_tag, D.tag, D.x)
class E:
    a = 1
    b = a + 1
    def m(self, v=b):
        return v
print(E().m())
