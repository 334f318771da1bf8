# dict/set displays: evaluation order, duplicate keys, unpacking precedence
log = []
def ev(tag, v):
    log.append(tag)
    return v
d = {ev("k1", "a"): ev("v1", 1), ev("k2", "b"): ev("v2", 2), **ev("u", {"c": 3}), ev("k3", "a"): ev("v3", 4)}
print(d, log)
log.clear()
s = {ev("a", 1), ev("b", 2), *ev("star", [3, 1]), ev("c", 2)}
print(sorted(s), log)
# duplicate keys: first key object kept, last value wins
d = {1: "int", 1.0: "float", True: "bool"}
print(d, type(list(d)[0]).__name__)
d = {"x": 1, **{"x": 2}, "x": 3}
print(d)
# a set keeps the first of equal elements
s = {1, 1.0, True}
print(s, type(next(iter(s))).__name__)
# dict comprehension: key evaluated before value (3.8+)
log.clear()
dc = {ev("key%d" % i, i): ev("val%d" % i, i * i) for i in range(2)}
print(dc, log)
# unhashable keys and elements
for src in ["{[]: 1}", "{1: 2, {}: 3}", "{[1]}", "{*[[1]]}", "{**{1: 2}, [3]: 4}", "{frozenset(): 1, set(): 2}"]:
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, "TypeError", e)
# ** with non-mapping and with mappings having non-str keys (allowed in displays)
print({**{1: "one"}, **{(2,): "tuple"}})
try:
    {**[("a", 1)]}
except TypeError as e:
    print("TypeError", e)
class KeysOnly:
    def keys(self): return ["k"]
    def __getitem__(self, k): return "from getitem"
print({**KeysOnly()})
# error in the middle of a display: earlier items evaluated, later ones not
log.clear()
try:
    {ev("ok", 1): 1, ev("bad", []): 2, ev("never", 3): 3}
except TypeError as e:
    print("TypeError", e, log)
log.clear()
try:
    [ev("first", 1), ev("boom", 1 / 0), ev("never", 2)]
except ZeroDivisionError:
    print("ZeroDivisionError", log)
# large literal displays
big = {i: str(i) for i in range(1000)}
lit = eval("{" + ", ".join("%d: %r" % (i, str(i)) for i in range(1000)) + "}")
print(big == lit, len(eval("[" + "1, " * 5000 + "]")), len(eval("{" + ", ".join(str(i) for i in range(300)) + "}")))
