def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [x, *rest] if len(rest) > 3:
            return f"long {x} {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", {1: 2}]:
    print(repr(v), f(v))
def g(v):
    match v:
        case (1, (2, x)):
            return "nested", x
        case [*_]:
            return "any seq"
        case _:
            return "not seq"
print(g((1, (2, 3))), g([5]), g("str"), g(5))
def h(v):
    match v:
        case [a, b, *c]:
            return a, b, c
        case [*a, 0]:
            return "ends with zero", a
print(h([1, 2]), h([1, 2, 3, 4]), h([0]))
def stars(v):
    match v:
        case [*a, b, c]:
            return a, b, c
print(stars([1, 2, 3, 4]), stars([1, 2]))
