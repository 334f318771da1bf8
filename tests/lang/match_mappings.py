def f(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest.items())}"
        case {"k": [a, b]}:
            return f"list {a} {b}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
print(f({"type": "point", "x": 1, "y": 2, "extra": 0}))
print(f({"type": "circle", "r": 5, "c": 0}))
print(f({"k": [1, 2]}))
print(f({"z": 1}))
print(f([1]))
class M(dict):
    pass
print(f(M(type="point", x=0, y=0)))
class K:
    KEY = "key"
def g(v):
    match v:
        case {K.KEY: val}:
            return val
    return None
print(g({"key": 42}), g({}))
