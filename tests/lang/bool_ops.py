print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", [] and "x")
print(not 0, not 1, not [], not "a")
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), calls); calls.clear()
print(t(1) or t(2), calls); calls.clear()
print(t(1) and t(2) and t(3), calls); calls.clear()
print(t(0) or t("") or t(None), calls); calls.clear()
x = 5
if x > 3 and x < 10 or x == 100:
    print("complex condition true")
if not (x > 3 and x < 4):
    print("negated")
print((x > 3) + (x > 4))
print([v for v in range(10) if v % 2 and v > 4 or v == 0])
y = x > 1 and "yes" or "no"
print(y)
