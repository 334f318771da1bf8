class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return V(self.x * k, self.y * k)
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __contains__(self, v): return v in (self.x, self.y)
    def __iter__(self): return iter((self.x, self.y))
    def __call__(self, *a, **k): return ("called", a, k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k, m=None): return ("pow", k, m)
    def __lshift__(self, k): return ("lshift", k)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __index__(self): return 7
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __str__(self): return "<V %s,%s>" % (self.x, self.y)
    def __format__(self, spec): return "V[" + spec + "]"

a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, +a, abs(b), ~a)
print(a == V(1, 2), a != b, a == 1, hash(a) == hash(V(1, 2)))
print(bool(a), bool(V(0, 0)), len(a), a[0], a[1], 2 in a, 5 in a, list(a))
print(a(1, 2, k=3), a @ b, b / 2, b // 2, b % 2)
print(a ** 2, pow(a, 2, 5), a << 1, a & 1, a | 1, a ^ 1)
print([0, 1, 2, 3, 4, 5, 6, 7, 8][a], int(a), float(a), str(a), repr(a), "%s" % a, f"{a:>5}", format(a, "x"))
print(hex(a), bin(a))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - a
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self): return "Acc(%r)" % self.items
acc = Acc()
acc += 1
acc += 2
print(acc)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
x += 5
print(x.v)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
class Cont:
    def __len__(self): return 0
print(bool(Cont()), not Cont())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadRepr:
    def __repr__(self): return 1
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return 2
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class NoStr:
    def __repr__(self): return "NoStr!"
print(str(NoStr()), NoStr())
class Item:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
it = Item()
it["a"] = 1
it[1, 2] = "tuple"
print(it["a"], it[1, 2], it.d)
del it["a"]
print(it.d)
print(it[0:2] if False else "ok")
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1:2], s[::2], s[1, 2:3], s[...])
class Iter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Iter()), sum(Iter()), next(iter(Iter())))
class CallMe:
    def __call__(self, x): return x + 1
print(CallMe()(1), callable(CallMe()), callable(CallMe), callable(1))
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], "abc"[Idx()], range(10)[Idx()])
