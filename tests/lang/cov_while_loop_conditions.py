# while loops: condition evaluation count, else with break/continue, walrus conditions, infinite loops with return
log = []
class Cond:
    def __init__(self, n): self.n = n
    def __bool__(self):
        log.append("bool")
        self.n -= 1
        return self.n >= 0
c = Cond(2)
while c:
    log.append("body")
else:
    log.append("else")
print(log); log.clear()
def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            return "found at %d" % i
        i += 1
    else:
        return "searched %d items" % i
print(find([1, 2, 3], 3), find([], 1))
def first_negative(xs):
    it = iter(xs)
    while (x := next(it, None)) is not None:
        if x < 0:
            break
    else:
        return None
    return x
print(first_negative([3, -2, -5]), first_negative([1]))
def loop_forever():
    n = 0
    while True:
        n += 1
        if n > 4:
            return n
print(loop_forever())
def while_1():
    n = 0
    while 1:
        n += 1
        if n == 3:
            break
    return n
print(while_1())
# continue skips the rest but re-evaluates the condition
n = 0
evens = []
while n < 8:
    n += 1
    if n % 2:
        continue
    evens.append(n)
print(evens)
# nested while with flags, and else clauses on both
out = []
i = 0
while i < 3:
    j = 0
    while j < 3:
        if i == j == 1:
            break
        out.append((i, j))
        j += 1
    else:
        out.append("inner done %d" % i)
    i += 1
else:
    out.append("outer done")
print(out)
# exceptions from the condition propagate
class Bad:
    def __bool__(self): raise KeyError("cond")
try:
    while Bad():
        pass
except KeyError as e:
    print("KeyError", e)
# while with a constant false condition never runs, else still runs
while 0:
    print("never")
else:
    print("else of while 0")
while None:
    pass
print("done")
