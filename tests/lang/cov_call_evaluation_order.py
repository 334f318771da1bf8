# evaluation order of call expressions with *args, **kwargs and keywords
log = []
def ev(tag, v):
    log.append(tag)
    return v
def f(*a, **k):
    return a, k
def show(label, thunk):
    log.clear()
    try:
        r = thunk()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, r, log)
show("positional", lambda: ev("func", f)(ev("a", 1), ev("b", 2)))
show("star", lambda: f(ev("a", 1), *ev("star", [2, 3]), ev("c", 4)))
show("keywords", lambda: f(x=ev("x", 1), y=ev("y", 2)))
show("mixed", lambda: f(ev("p", 0), *ev("s", (1,)), k=ev("k", 2), **ev("d", {"z": 3}), j=ev("j", 4)))
show("double star twice", lambda: f(**ev("d1", {"a": 1}), **ev("d2", {"b": 2})))
show("dup kw from dicts", lambda: f(**ev("d1", {"a": 1}), **ev("d2", {"a": 2})))
show("dup kw explicit", lambda: f(a=ev("a", 1), **ev("d", {"a": 2})))
show("bad star", lambda: f(ev("a", 1), *ev("s", 5), ev("c", 3)))
show("bad dstar", lambda: f(**ev("d", [1])))
show("method", lambda: ev("obj", "abc").replace(ev("old", "a"), ev("new", "z")))
show("attr chain", lambda: ev("o", {"k": [10]}).get(ev("key", "k"))[ev("idx", 0)])
# keyword argument dict preserves call order; **kwargs receives a new dict
def kw(**k): return list(k)
print(kw(b=1, a=2, **{"d": 3, "c": 4}, e=5))
src = {"x": 1}
def mutate(**k):
    k["y"] = 2
    return k
print(mutate(**src), src)
# keyword names must be strings; mapping protocol for ** (keys() + __getitem__)
class Mapping:
    def keys(self):
        log.append("keys")
        return ["m", "n"]
    def __getitem__(self, k):
        log.append("getitem " + k)
        return k.upper()
log.clear()
print(f(**Mapping()), log)
class NoKeys:
    def __getitem__(self, k): return 1
try:
    f(**NoKeys())
except TypeError as e:
    print("TypeError", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
# iterables for * are consumed once and in full before the call
def gen():
    log.append("gen start")
    yield 1
    log.append("gen end")
log.clear()
print(f(*gen(), ev("after", 2)), log)
# arguments are all evaluated before the call raises about arity
def two(a, b): pass
log.clear()
try:
    two(ev("1", 1), ev("2", 2), ev("3", 3))
except TypeError as e:
    print("TypeError", e, log)
