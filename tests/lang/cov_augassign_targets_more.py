# augmented assignment on every target type, and with mutable/immutable values
g = 1
g += 1
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 2
lst[1:2] += [20, 21]
print(g, lst)
d = {"k": [1]}
d["k"] += [2]
d["n"] = 0
d["n"] -= 5
print(d)
class O: pass
o = O()
o.v = "a"
o.v += "b"
o.v *= 2
print(o.v)
t = (1, 2)
t += (3,)
t *= 2
print(t)
s = {1}
s |= {2}
s &= {2, 3}
s ^= {4}
s -= {4}
print(s)
fs = frozenset({1})
orig = fs
fs |= {2}
print(fs, orig, fs is orig)
st = "x"
st += "y"
st *= 3
b = b"ab"
b += b"c"
ba = bytearray(b"ab")
ba_alias = ba
ba += b"c"
print(st, b, ba, ba is ba_alias)
l2 = [1]
alias = l2
l2 += (2, 3)
l2 *= 2
print(l2, alias is l2)
try:
    l3 = [1]
    l3 = l3 + (2,)
except TypeError as e:
    print("TypeError", e)
n = 7
n //= 2
n **= 3
n %= 5
n <<= 4
n >>= 1
n &= 0b1110
n |= 1
n ^= 0b100
print(n)
f = 1.5
f /= 0.5
f //= 2
f **= 0.5
print(f)
c = 1j
c *= 1j
c += 1
print(c)
x = 10
try:
    x @= 1
except TypeError as e:
    print("TypeError", e)
# augmented assignment to a name evaluates the name once
calls = []
class Cnt:
    def __getitem__(self, k):
        calls.append(("get", k))
        return 0
    def __setitem__(self, k, v):
        calls.append(("set", k, v))
def key():
    calls.append("key")
    return "K"
c2 = Cnt()
c2[key()] += 1
print(calls)
# augmented assignment with a starred or tuple target is a syntax error; parenthesised names are fine
(paren) = 1
(paren) += 1
print(paren)
for src in ["a, b += 1", "[a] += 1", "*a += 1", "a += yield", "f() += 1", "a.b.c += 1", "a[1:2] += 1", "(a) += 1",
            "((a)) += 1", "a += b += 1", "a += 1, 2", "a += *b", "a += *b, c", "None += 1", "a if b else c += 1"]:
    try:
        compile(src, "<aug>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
