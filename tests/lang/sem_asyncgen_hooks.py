# PEP 525 hooks: sys.set_asyncgen_hooks / get_asyncgen_hooks
import sys
h = sys.get_asyncgen_hooks()
print(h, h.firstiter, h.finalizer, tuple(h), len(h))
seen = []
def firstiter(agen):
    seen.append(("firstiter", agen.__name__))
def finalizer(agen):
    seen.append(("finalizer", agen.__name__))
sys.set_asyncgen_hooks(firstiter, finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks()[1] is finalizer)

async def agen():
    yield 1
    yield 2

def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

a = agen()
print(seen)               # creating the generator calls nothing
nx = a.__anext__()        # the first __anext__ calls firstiter
print(seen)
print(run(nx), run(a.__anext__()))
print(seen)               # only once per generator
b = agen()
run(b.asend(None))
c = agen()
run(c.aclose())
d = agen()
try:
    run(d.athrow(ValueError))
except ValueError:
    pass
print(seen)

# hooks installed later do not apply to generators already started
sys.set_asyncgen_hooks(firstiter=None)
e = agen()
run(e.__anext__())
print(len(seen), sys.get_asyncgen_hooks().finalizer is finalizer)

# a failing firstiter hook propagates from __anext__
def bad_first(agen):
    raise RuntimeError("hook failed")
sys.set_asyncgen_hooks(firstiter=bad_first)
try:
    agen().__anext__()
except RuntimeError as err:
    print(err)

# argument checking
for kw in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as err:
        print(err)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
print(sys.is_finalizing())
