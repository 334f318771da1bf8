# operator precedence and associativity
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(not 1 == 2, not (1 == 2), (not 1) == 2, not 1 < 2 < 3)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4))
print(1 << 2 + 1, (1 << 2) + 1, 1 | 2 ^ 3 & 4, ((1 | 2) ^ 3) & 4, 6 & 3 << 1, ~1 + 1, -~1, ~-1)
print(1 < 2 == True, (1 < 2) == True, 1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 0 else 3)
print(True or False and False, (True or False) and False, 0 or 1 and 2, (0 or 1) and 2, 0 and 1 or 2)
print((lambda: 1 if False else "lambda body includes conditional")())
x = 5
print(x if x > 3 else -x, -x if x < 3 else x * 2, [i for i in range(3) if i if i > 0])
print(1 in [1] == True, (1 in [1]) == True, "a" in "abc" in ["abc", True] if False else "skip")
print(-3 % 5, -(3 % 5), 2 ** 2 ** 0, 5 // 2 * 2, 5 // (2 * 2), 2 * 3 ** 2, -1 ** 0.5 if False else "")
print(not not 0, - - 3, + - + 3, ~~5, not -0)
print(1 + 2 if True else 3 + 4, (a := 1 + 2), a)
import operator
print(3 @ operator.matmul.__class__ if False else "matmul", [1, 2] * 2 + [3], "ab" * 2 * 2)
print((1, 2) < (1, 3) < (2,), [1] + [2] == [1, 2], {1} | {2} & {2, 3} - {3} ^ {4})
print(2 ** -1 ** 2, 4 ** 0.5 ** 2, (-8) ** (1 / 3) == 2 if False else "neg root")
class M:
    def __matmul__(self, o): return "M@"
    def __rmatmul__(self, o): return "@M"
print(M() @ 1, 1 @ M(), M() @ M() if False else "")
d = {"k": [lambda v: v * 2]}
print(d["k"][0](3) ** 2, -d["k"][0](3), await_ if False else "await not used")
print(f"{1 + 2 * 3}", f"{(lambda: 7)()}", f"{3 if 0 else 4}")
print(1, *[2, 3], *(), 4)
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(not 1 in [2], not (1 in [2]), 1 not in [2], x is not None, not x is None)
