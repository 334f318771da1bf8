# loop control flow: else clauses, nested break/continue, loop variables after loops
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return "not found"
    return "found at %d" % i
print(search([1, 2, 3], 2), search([], 1), search([1], 5))

n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    if n == 4:
        break
else:
    print("while-else not run")
print("n =", n)

while False:
    pass
else:
    print("while-else runs when the condition is false at once")

# nested loops: break only leaves the innermost
out = []
for i in range(3):
    for j in range(3):
        if j == i:
            break
        out.append((i, j))
    else:
        out.append("inner else %d" % i)
print(out)

# the loop variable keeps its last value; an empty loop leaves it unbound
for k in range(4):
    pass
print(k)
def unbound():
    for q in []:
        pass
    try:
        return q
    except UnboundLocalError as e:
        return str(e)
print(unbound())

# continue in a try/except inside a loop
res = []
for v in ["1", "x", "3"]:
    try:
        num = int(v)
    except ValueError:
        res.append("bad " + v)
        continue
    res.append(num)
print(res)

# modifying the loop variable does not affect iteration
for i in range(3):
    i *= 10
    print(i, end=" ")
print()

# iterating over a changing range object is safe: range is immutable
r = range(3)
for i in r:
    r = range(100)
print(i)

# while with walrus and else
data = iter([3, 2, 1, 0, 5])
while (x := next(data)) != 0:
    print("x", x)
else:
    print("stopped at", x)
