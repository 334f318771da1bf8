# try/except/finally inside generators driven by for loops with break, and return values
def worker(items):
    done = []
    for it in items:
        try:
            if it == "skip":
                continue
            if it == "stop":
                return done
            if it == "boom":
                raise RuntimeError("boom")
            done.append(it)
            yield it
        except RuntimeError as e:
            yield "recovered from %s" % e
        finally:
            done.append("f:" + it)
    return done
def collect(items):
    g = worker(items)
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value
print(collect(["a", "skip", "b"]))
print(collect(["a", "boom", "c"]))
print(collect(["a", "stop", "never"]))

# finally runs when the consumer breaks and then closes
def counted():
    try:
        yield 1
        yield 2
    finally:
        print("counted finally")
c = counted()
for v in c:
    break
print("broke with", v)
c.close()

# exception thrown in at a yield inside finally
def fin_yield():
    try:
        yield "body"
    finally:
        try:
            yield "in finally"
        except KeyError:
            print("KeyError caught in finally")
f = fin_yield()
print(next(f), next(f))
try:
    f.throw(KeyError)
except StopIteration:
    print("generator ended after finally")
