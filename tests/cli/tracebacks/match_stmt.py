def f(p):
    match p:
        case {"k": v}:
            return v / 0
f({"k": 1})
