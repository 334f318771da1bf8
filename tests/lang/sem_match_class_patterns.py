# class patterns: __match_args__, keyword patterns, builtins matching self
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return "y-axis at %s" % y
        case Point(x, 0):
            return "x-axis at %s" % x
        case Point(x=x, y=y) if x == y:
            return "diagonal %s" % x
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in (Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 5), 7):
    print(where(p))

# too many positional sub-patterns
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)

# __match_args__ must be a tuple
class Bad:
    __match_args__ = ["a"]
    a = 1
try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print(e)

# no __match_args__: positional not allowed
class Plain:
    pass
try:
    match Plain():
        case Plain(1):
            pass
except TypeError as e:
    print(e)

# builtin types match the subject itself with one positional
for v in (5, "s", 3.5, [1], (2,), {1: 2}, b"b", True, frozenset()):
    match v:
        case bool(x): print("bool", x)
        case int(x): print("int", x)
        case str(x): print("str", x)
        case float(x): print("float", x)
        case list(x) | tuple(x): print("seq", x)
        case dict(x): print("dict", x)
        case bytes(x): print("bytes", x)
        case frozenset(x): print("frozenset", x)

# missing attribute makes the pattern fail without error
match Point(1, 2):
    case Point(z=1):
        print("no")
    case Point(x=1, y=2):
        print("keyword match")

# duplicate attribute in pattern via match_args and keyword
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(e)

# subclass inheriting __match_args__
class P3(Point):
    __match_args__ = Point.__match_args__ + ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y); self.z = z
match P3(1, 2, 3):
    case Point(a, b):
        print("as Point", a, b)
match P3(1, 2, 3):
    case P3(_, _, c):
        print("z", c)

# a non-class in a class pattern
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(e)
