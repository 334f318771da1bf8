# starred expressions in returns, yields, subscripts, for targets and comprehensions
def ret():
    rest = [2, 3]
    return 1, *rest
print(ret())
def gen():
    yield 0, *"ab"
print(list(gen()))
d = {(1, 2, 3): "tuple key"}
t = (2, 3)
print(d[1, *t])
for a, *b in [[1], [2, 3, 4]]:
    print(a, b)
print([*range(2), *[x * 10 for x in range(2)]])
print({*"aa", *"b"} == {"a", "b"})
print(*[1, 2], sep="|")
# starred in a bare tuple assignment value
x = *range(3),
print(x)
try:
    compile("*a = [1]", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("a, *b, *c = [1]", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("print(*)", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
