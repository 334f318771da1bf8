def f(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -1:
            return "minus one"
        case "s":
            return "string"
        case b"b":
            return "bytes"
        case 1.5:
            return "float"
        case None:
            return "None"
        case True:
            return "True"
        case _:
            return "other"
for v in [0, 1, 2, -1, "s", b"b", 1.5, None, True, False, 99]:
    print(repr(v), f(v))
def g(v):
    match v:
        case x if x > 10:
            return "big " + str(x)
        case x:
            return "small " + str(x)
print(g(5), g(50))
match 3:
    case 1:
        print("no")
print("no match falls through")
