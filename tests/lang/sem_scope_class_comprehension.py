# Comprehensions in a class body cannot see class-level names (except the first iterable).
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v + k for v in vals for k in vals]
    except NameError as e:
        err = str(e)
print(A.doubled, A.err)

class B:
    n = 3
    try:
        lst = [n for _ in range(2)]
    except NameError as e:
        lst = str(e)
    ok = [i for i in range(n)]
print(B.lst, B.ok)

n = "global n"
class C:
    n = "class n"
    got = [n for _ in range(1)]
    gen = list(n for _ in range(1))
    dct = {k: n for k in "a"}
    st = {n for _ in "a"}
print(C.got, C.gen, C.dct, C.st)

def f():
    m = "local m"
    class D:
        m = "class m"
        got = [m for _ in range(1)]
    return D.got
print(f())
