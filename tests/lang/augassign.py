x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
l = [1, 2]
l2 = l
l += [3]
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t is t2)
class C:
    v = 1
c = C()
c.v += 10
print(c.v, C.v)
d = {"k": 1}
d["k"] += 5
print(d)
m = [[0, 0]]
m[0][1] += 7
print(m)
calls = []
def key():
    calls.append("key")
    return 0
arr = [10]
arr[key()] += 1
print(arr, calls)
s = "a"
s *= 3
print(s)
def f():
    n = 0
    def g():
        nonlocal n
        n += 1
    g(); g()
    return n
print(f())
