# match: subject evaluated once, patterns tried in order, no fallthrough, side effects
log = []
def subject():
    log.append("subject")
    return [1, 2]
match subject():
    case [1]: pass
    case [1, 2]: log.append("case 2")
    case _: log.append("never")
print(log)

# capture patterns bind even in a partially failed sequence? bindings only from the winning case
match (1, 2):
    case (a, 3):
        print("no")
    case (b, c):
        print("b, c =", b, c)

# wildcard never binds
match 5:
    case _:
        pass
try:
    _
except NameError as e:
    print(e)

# literal patterns: equality for numbers/strings, identity for singletons
for v in (0, 0.0, False, None, "", b"", 1 + 0j):
    match v:
        case None: r = "None"
        case False: r = "False"
        case 0: r = "zero"
        case "": r = "empty str"
        case b"": r = "empty bytes"
        case _: r = "other"
    print(repr(v), r)

# negative numbers and complex literals
for v in (-1, 1j, -1.5, 2 - 3j):
    match v:
        case -1: print("minus one")
        case 1j: print("imag")
        case -1.5: print("neg float")
        case 2 - 3j: print("complex")

# string patterns with implicit concatenation
match "hello world":
    case "hello " "world": print("concatenated literal")

# as-patterns on sub-patterns and whole patterns
match {"k": [1, 2]}:
    case {"k": [_, _] as pair} as whole:
        print(pair, whole)

# matching does not call __getitem__ for mapping keys that are missing (uses get)
class M(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
match M(a=1):
    case {"b": _}: print("no")
    case {"a": x}: print("got", x)

# match on a generator is not a sequence
def gen():
    yield 1
match gen():
    case [x]: print("sequence")
    case _: print("generator is not a sequence")

# irrefutable patterns must be last: a SyntaxError otherwise
for src in ("match x:\n case y: pass\n case 1: pass", "match x:\n case _: pass\n case 1: pass",
            "match x:\n case 1 | y: pass"):
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print(e.msg)

# match is a soft keyword
match = [1]
match[0] = 2
print(match)
def case(x): return x
print(case(3))
