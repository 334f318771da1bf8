class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("both", x, y)
with (CM("p") as p, CM("q")):
    print("paren", p)
with CM("s", swallow=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def f():
    with CM("r"):
        return "returned"
print(f())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
with CM("t") if False else CM("u") as z:
    print(z)
class Tgt:
    pass
t = Tgt()
with CM("attr") as t.v:
    pass
print(t.v)
