class A:
    def m(self, x=1):
        return ("m", x)
    @staticmethod
    def s(x):
        return ("s", x)
    def __call__(self, *a):
        return ("call", a)
a = A()
print(a.m(), a.m(5), a.m(x=7), A.m(a, 3), a.s(2), A.s(3), a(1, 2))
print("a,b".split(","), " x ".strip(), [3, 1, 2].index(1))
l = []
l.append(1); l.extend([2, 3]); l.insert(0, 0)
print(l, l.pop(), l)
a.m2 = lambda y: ("instance attr", y)
print(a.m2(4))
print(a.m(*[9]), a.m(**{"x": 8}))
d = {"k": 1}
print(d.get("k"), d.get("z", "default"))
class B(A):
    def m(self, x=2):
        return ("B.m", super().m(x))
print(B().m())
print((1).__add__(2), "abc".upper())
obj = [1, [2, 3]]
print(obj[1].count(2))
