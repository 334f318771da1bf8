class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner, self.name = owner, name
class A:
    x = Named()
    y = Named()
print(A.x.name, A.y.owner is A)
class B:
    pass
B.z = Named()
print(hasattr(B.z, "name"))
T = type("T", (), {"w": Named()})
print(T.w.name)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class C:
        b = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class Field:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, t=None):
        return getattr(obj, self.private, "default")
    def __set__(self, obj, v):
        setattr(obj, self.private, v)
class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 1
print(m.a, m.b, m.__dict__)
