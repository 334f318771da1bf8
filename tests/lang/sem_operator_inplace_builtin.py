# in-place operators on builtin types: identity, mutability and fallbacks
l = [1]; l2 = l
l += [2]
print(l, l is l2)
l *= 2
print(l2, l is l2)
t = (1,); t2 = t
t += (2,)
print(t, t2, t is t2)
s = {1}; s2 = s
s |= {2}; s &= {1, 2, 3}; s -= {3}; s ^= {4}
print(s, s is s2)
d = {"a": 1}; d2 = d
d |= {"b": 2}
print(d, d is d2)
st = "a"; st2 = st
st += "b"
print(st, st2)
b = bytearray(b"x"); b2 = b
b += b"y"; b *= 2
print(b, b is b2)
n = 5
n **= 2; n //= 3; n %= 5; n <<= 3; n >>= 1; n &= 0xF; n |= 1; n ^= 2
print(n)
f = 1.5
f /= 2; f -= 0.25
print(f)
# list += accepts any iterable, list + requires a list
l = [1]
l += "ab"
l += range(2)
print(l)
try:
    l = l + "cd"
except TypeError as e:
    print(e)
# set |= needs a set, dict |= accepts pairs
s = {1}
try:
    s |= [2]
except TypeError as e:
    print(e)
d = {}
d |= [("k", "v")]
print(d)
# immutable types create new objects
fs = frozenset({1}); fs2 = fs
fs |= {2}
print(fs, fs2, fs is fs2)
