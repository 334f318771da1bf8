# capture binding order, or-patterns, guards, and as-patterns
def f(v):
    match v:
        case [x, y] | (x, y, _) if x < y:
            return "pair", x, y
        case [x, *rest] as whole:
            return "star", x, rest, whole
        case {"k": (1 | 2) as n}:
            return "or-literal", n
        case str() | bytes() as sb:
            return "text", sb
        case _:
            return "nothing"
for v in ([1, 2], (1, 2, 3), [5, 1], [9], {"k": 2}, {"k": 3}, "s", b"b", 1.0):
    print(f(v))

# names bound by a failed pattern may remain bound (CPython binds on success only for the whole case)
x = "unchanged"
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
print("x after failed case:", x)

# guards see bindings, and are evaluated after the pattern
log = []
def g(n):
    log.append(n)
    return n > 1
match [3]:
    case [n] if g(n):
        print("guard passed", n)
print(log)

# guard raising propagates
try:
    match 1:
        case n if 1 / 0:
            pass
except ZeroDivisionError:
    print("guard raised")

# or-pattern alternatives must bind the same names
try:
    compile("match x:\n case [a] | [b]: pass", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("match x:\n case a:\n  pass\n case 1: pass", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("match x:\n case [a, a]: pass", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)

# value patterns (dotted names) compare with ==
class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__ called with", o)
        return True
class NS:
    e = Eq()
match 42:
    case NS.e:
        print("matched by __eq__")

# None/True/False compare by identity
match 1:
    case True: print("1 is True?")
    case _: print("1 is not True")
match 0.0:
    case False: print("0.0 is False?")
    case 0: print("0.0 == 0")
