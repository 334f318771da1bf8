# for/while else clauses, break/continue corner cases
def search(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            break
    else:
        return "not found"
    return "found at %d" % i
print(search([1, 2, 3], 2), search([1, 2, 3], 9), search([], 1))
def w(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        return "while finished, n=%d" % n
    return "broke at %d" % n
print(w(3), w(10))
# continue in the last iteration still runs else
def c():
    out = []
    for i in range(3):
        if i == 2:
            continue
        out.append(i)
    else:
        out.append("else")
    return out
print(c())
# else with an exception: not executed
def e():
    try:
        for i in range(3):
            if i == 1:
                raise ValueError(i)
        else:
            return "else"
    except ValueError as ex:
        return "raised %s" % ex
print(e())
# return from inside the loop skips else
def r():
    for i in range(3):
        return i
    else:
        return "else"
print(r())
# modifying the loop variable does not affect iteration
for k in range(3):
    k *= 10
print(k)
# assigning to the iterated list while looping
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
# while with else and a condition with side effects
it = iter(range(3))
count = 0
while next(it, None) is not None:
    count += 1
else:
    print("while else, count", count)
# break/continue outside loops and in wrong places
for src in ["break", "continue", "def f():\n    break\n", "for x in y:\n    def f():\n        break\n",
            "for x in y:\n    class C:\n        continue\n", "while 1:\n    try:\n        pass\n    finally:\n        continue\n",
            "for x in y:\n    pass\nelse:\n    break\n", "while 1:\n    pass\nelse:\n    continue\n", "if 1:\n    break\n",
            "for x in y:\n    lambda: (yield)\n    break\n", "for x in y:\n    with a:\n        break\n"]:
    try:
        compile(src, "<b>", "exec")
        print("ok", repr(src))
    except SyntaxError as ex:
        print(repr(src), "->", ex.msg, ex.lineno)
# for over various iterables with tuple targets and starred
for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
    print(a, b, c)
for x, in [(1,), (2,)]:
    print(x, end=" ")
print()
d = {}
for d["key"] in "ab":
    pass
print(d)
class O: pass
o = O()
for o.attr in range(2):
    pass
print(o.attr)
