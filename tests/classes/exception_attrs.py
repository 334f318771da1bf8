class E(Exception):
    pass
e = E("x")
e.code = 5
print(e.code, e.__dict__, e.args)
class F(ValueError):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
f = F(1, 2)
print(f.b, f.args, str(f), repr(f), vars(f))
class KV(KeyError, AttributeError): pass
print(KV.__mro__)
try:
    raise KV("k")
except AttributeError as x:
    print("caught", repr(x))
e2 = Exception()
e2.foo = 1
print(e2.foo, e2.__dict__)
