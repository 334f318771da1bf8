def f(v):
    match v:
        case (1, x) | (2, x) | [3, x]:
            return "or-capture", x
        case {"a": x} | {"b": x}:
            return "mapping-or", x
        case [x, y] if x > y:
            return "desc", x, y
        case [x, y] if x < y:
            return "asc", x, y
        case [x, y]:
            return "equal", x
        case str(s) if s.startswith("p"):
            return "p-string", s
        case _:
            return "default"
for v in [(1, "a"), [2, "b"], (3, "c"), {"a": 1}, {"b": 2}, [5, 1], [1, 5], [4, 4], "pear", "apple"]:
    print(f(v))
def g(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "go " + d
        case ["take", *items] if items:
            return "take " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case other:
            return "unknown " + repr(other)
for c in ["go north", "go west", "take a b", "take", "exit", "quit now"]:
    print(g(c))
