# Dunders that recurse through C raise RecursionError instead of overflowing the C stack.
class A:
    pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("call:", e)

class Foo:
    pass
Foo.__repr__ = Foo.__str__
for f in (str, repr):
    try:
        f(Foo())
    except RecursionError as e:
        print(f.__name__, "RecursionError")
print("still alive")
