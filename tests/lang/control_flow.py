for i in range(3):
    if i == 5:
        break
else:
    print("for-else ran")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
for x in []:
    pass
else:
    print("empty for else")
def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-1, 0, 5, 50)])
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("mult of 3:", i)
if 0:
    print("dead")
elif []:
    print("dead2")
else:
    print("else branch")
