class Node:
    __match_args__ = ("left", "op", "right")
    def __init__(self, left, op, right):
        self.left, self.op, self.right = left, op, right
def ev(n):
    match n:
        case int() | float():
            return n
        case Node(l, "+", r):
            return ev(l) + ev(r)
        case Node(l, "*", r):
            return ev(l) * ev(r)
        case Node(left=l, op="-", right=r):
            return ev(l) - ev(r)
        case {"neg": inner}:
            return -ev(inner)
        case [*items]:
            return [ev(i) for i in items]
print(ev(Node(1, "+", Node(2, "*", 3))))
print(ev(Node(10, "-", {"neg": 4})))
print(ev([1, Node(2, "+", 2), [3]]))
def sing(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case 1.0:
            return "one-ish"
    return "nothing"
print([sing(v) for v in (None, True, False, 0, 1, 0.0, 2)])
import_free_consts = {"RED": 1}
class Color:
    RED = 1
    GREEN = 2
def col(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case _:
            return "other"
print(col(1), col(2), col(3))
def rest_map(v):
    match v:
        case {"x": 1, **rest}:
            return sorted(rest.items())
print(rest_map({"x": 1, "y": 2, "z": 3}), rest_map({"x": 2}))
