# conditional expressions: laziness, nesting, precedence against lambda, yield, comprehension filters
log = []
def ev(tag, v):
    log.append(tag)
    return v
r = ev("a", 1) if ev("cond", False) else ev("b", 2)
print(r, log); log.clear()
r = ev("a", 1) if ev("c1", 0) else ev("b", 2) if ev("c2", 1) else ev("c", 3)
print(r, log); log.clear()
r = (ev("a", 1) if ev("c1", 1) else ev("b", 2)) if ev("c0", 0) else ev("z", 9)
print(r, log); log.clear()
f = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print(f(1), f(-1), f(0))
g = (lambda: 1) if True else (lambda: 2)
print(g())
print([x if x % 2 else -x for x in range(5) if x != 3])
print([x for x in range(6) if (x if x > 2 else 0)])
def gen():
    v = yield 1 if True else 2
    yield "got %r" % (v,)
it = gen()
print(next(it), it.send("sent"))
x = 5
print("big" if x > 3 else "small", not x if x else "zero", -x if x else 0, (x if x else 0) + 1)
print(1 if [] else 2 if {} else 3 if () else 4)
# truthiness of the condition uses __bool__ once
class B:
    n = 0
    def __bool__(self):
        B.n += 1
        return False
print("t" if B() else "f", B.n)
# conditional expression as assignment target is an error; in augmented value it's fine
y = 1
y += 10 if y else 20
print(y)
for src in ["a if b else c = 1", "a if b", "a if b else", "if a else b", "a if b else c if d", "(a if b else c) = 1",
            "x = a if b else *c", "x = *a if b else c", "lambda: a if b else c", "a if (yield) else b", "a if b else lambda: c"]:
    try:
        compile(src, "<c>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
