def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fib(i) for i in range(15)], fact(30))
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print("odd", i)
else:
    print("not reached")
for x in range(3):
    pass
else:
    print("for-else", x)

def kw(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6))
print((lambda x, y=10: x + y)(5))

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter(); c(); c()
print(c())
if None: print("no")
elif 0: print("no")
else: print("else branch")
one = 1
print(None is None, one is not None, not [], not [0])
