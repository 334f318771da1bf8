# and/or return operands, evaluate each operand at most once, truth testing protocol
log = []
class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        log.append("bool " + self.name)
        return self.truth
    def __repr__(self): return self.name
def run(label, f):
    log.clear()
    print(label, f(), log)
a, b, c = T("a", True), T("b", False), T("c", True)
run("a and b", lambda: a and b)
run("b and a", lambda: b and a)
run("a or b", lambda: a or b)
run("b or c", lambda: b or c)
run("b or b", lambda: b or b)
run("a and b or c", lambda: a and b or c)
run("not a", lambda: not a)
run("if a and c", lambda: "yes" if a and c else "no")
run("all", lambda: all([a, b, c]))
run("any", lambda: any([b, c, a]))
run("chain", lambda: a and c and b and a)
# values returned, not booleans
print(0 or "", "" or 0, [] or {}, 1 and 2, 0 and 1, None or False or 0 or "last")
print(1 and [], "x" and "y" or "z", (0 or None) is None)
# __bool__ must return bool
class Bad:
    def __bool__(self): return 1
class Bad2:
    def __bool__(self): return None
class Raise:
    def __bool__(self): raise KeyError("no truth")
for obj in [Bad(), Bad2()]:
    try:
        not obj
    except TypeError as e:
        print("TypeError", e)
try:
    Raise() or 1
except KeyError as e:
    print("KeyError", e)
try:
    if Raise(): pass
except KeyError as e:
    print("KeyError in if", e)
try:
    while Raise(): pass
except KeyError as e:
    print("KeyError in while", e)
try:
    [x for x in [1] if Raise()]
except KeyError as e:
    print("KeyError in comprehension", e)
try:
    assert Raise()
except KeyError as e:
    print("KeyError in assert", e)
# truth of builtins
print([bool(x) for x in [0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, ...,
                         NotImplemented if False else 1, float("nan"), -0.0, " ", [0], (None,)]])
# __len__ used when no __bool__, with huge/negative lengths
class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Len(0)), bool(Len(3)))
for n in [-1, 2 ** 64, "3"]:
    try:
        bool(Len(n))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
# short-circuit in conditional expressions and comprehensions
def side(x):
    log.append(x)
    return x
log.clear()
r = side(0) and side(1)
r2 = side(2) or side(3)
r3 = side(4) if side(0) else side(5)
print(r, r2, r3, log)
