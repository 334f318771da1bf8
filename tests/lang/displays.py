print([], [1], [1, 2, 3], [[]])
print((), (1,), (1, 2), ((1,),))
print({}, {1: 2}, {"a": 1, "b": 2})
print(set(), {1}, sorted({3, 1, 2}))
keys = ["k%d" % i for i in range(40)]
big = {k: i for i, k in enumerate(keys)}
lit = {"a": 1, "b": 2, "c": 3, "a": 4}
print(lit)
many = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35]
print(len(many), sum(many))
x = 1
big_dict = {"k0": x, "k1": x, "k2": x, "k3": x, "k4": x, "k5": x, "k6": x, "k7": x, "k8": x, "k9": x, "k10": x, "k11": x, "k12": x, "k13": x, "k14": x, "k15": x, "k16": x, "k17": x, "k18": x, "k19": x}
print(len(big_dict))
print({1: "a", True: "b", 1.0: "c"})
print({**{}, **{"z": 0}})
print([*[], *()], (*[1],))
nested = {"l": [1, {"t": (2, 3)}], "s": {4}}
print(nested)
