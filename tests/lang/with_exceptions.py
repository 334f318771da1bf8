class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, repr(v), tb is not None)
        return isinstance(v, KeyError)
with CM():
    raise KeyError("swallowed")
print("continued")
try:
    with CM():
        raise ValueError("kept")
except ValueError as e:
    print("outer", e)
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Bad():
        print("never body")
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("exit error", e, "context:", repr(e.__context__))
def gen():
    with CM():
        yield 1
        yield 2
print(list(gen()))
try:
    with CM() as a, Bad() as b:
        pass
except RuntimeError as e:
    print("second item failed:", e)
