def deco(fn):
    raise RuntimeError("no decorating " + fn.__name__)
@deco
def f():
    pass
