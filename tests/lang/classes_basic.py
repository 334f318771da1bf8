class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
p = Point(1, 2) + Point(3, 4)
print(p, p.dims, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
class P3(Point):
    dims = 3
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = P3(1, 2, 3)
print(q.x, q.z, q.dims, isinstance(q, Point))
class Empty:
    pass
print(Empty.__doc__)
def outer():
    class Local:
        def m(self):
            pass
    return Local
L = outer()
print(L.__qualname__, L.m.__qualname__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["made_by"] = "Meta" + str(kw)
        return super().__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta, flag=1):
    pass
print(WithMeta.made_by)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
