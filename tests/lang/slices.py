s = list(range(10))
print(s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[1:8:3])
t = "abcdef"
print(t[1:-1], t[::-2], t[:])
s[2:4] = ["x", "y", "z"]
print(s)
del s[::2]
print(s)
class Show:
    def __getitem__(self, k):
        return k
o = Show()
print(o[1:2], o[::3], o[1:2, 3], o[..., 1], o[:, None])
lo, hi = 1, 3
print(t[lo:hi], t[lo:], t[:hi])
a = [1, 2, 3, 4]
a[1:3] += [9]
print(a)
