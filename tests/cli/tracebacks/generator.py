def gen(n):
    for i in range(n):
        yield 10 / (i - 2)
for v in gen(5):
    print(v)
