# and/or return operands, not booleans; truthiness calls __bool__ then __len__ once
calls = []
class T:
    def __init__(self, v, name): self.v, self.name = v, name
    def __bool__(self):
        calls.append(self.name)
        return self.v
    def __repr__(self): return self.name
a, b, c = T(True, "a"), T(False, "b"), T(True, "c")
print(a and b, calls); calls.clear()
print(b or c, calls); calls.clear()
print(a and b or c, calls); calls.clear()
print(not b, calls); calls.clear()
r = b if a else c
print(r, calls); calls.clear()
print([] or {} or 0 or "" or None, 0 and 1, 1 and "x", "" or "default")
# chained comparison result is the last comparison's value
class Cmp:
    def __lt__(self, o): return "lt-result"
print(Cmp() < 1, 1 < 2 < Cmp() if False else "skip")
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0)
# if/elif chains evaluate conditions lazily
def cond(name, v):
    calls.append(name)
    return v
if cond("first", False):
    pass
elif cond("second", True):
    pass
elif cond("third", True):
    pass
print(calls)
# truthiness of builtins
print([bool(v) for v in (0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, ..., 1, " ", [0])])
