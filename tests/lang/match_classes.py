class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    def __init__(self, r):
        self.r = r
def f(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis {x}"
        case Point(x=0, y=y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(r=r):
            return f"circle {r}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s}"
        case [Point(x=a), Point(x=b)]:
            return f"two points {a} {b}"
        case _:
            return "unknown"
for v in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(5), 7, 2.5, "s",
          [Point(1, 1), Point(2, 2)], None]:
    print(f(v))
try:
    match Circle(1):
        case Circle(1):
            pass
except TypeError as e:
    print("TypeError", e)
match (1, 2):
    case (a, b) as whole:
        print(a, b, whole)
match 5:
    case (1 | 2 | 5) as n:
        print("or-as", n)
