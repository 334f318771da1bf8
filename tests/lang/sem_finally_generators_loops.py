# finally interacting with loops, generators and with blocks
def g():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
for v in g():
    print("got", v)

# continue inside try with finally in while
i = 0
while i < 3:
    i += 1
    try:
        if i == 2:
            continue
        print("body", i)
    finally:
        print("fin", i)

# deeply nested finally on return
def deep(n):
    try:
        if n == 0:
            return "bottom"
        return deep(n - 1)
    finally:
        print("unwind", n)
print(deep(3))

# return inside except inside finally
def tricky():
    try:
        raise ValueError
    finally:
        try:
            raise KeyError
        except KeyError:
            return "from inner except"
print(tricky())

# finally runs after an exception from inside a with
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def withfin():
    try:
        with CM():
            return "with return"
    finally:
        print("outer finally")
print(withfin())

# for/else with break in try/finally
for k in range(2):
    try:
        pass
    finally:
        pass
else:
    print("for else ran")
