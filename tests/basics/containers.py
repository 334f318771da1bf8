l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0)
print(l, len(l), l[0], l[-1], l[1:3], l[::2], sorted(l), sorted(l, reverse=True))
l.sort(); l.reverse(); print(l, l.pop(), l.pop(0), l.index(3), l.count(2), 3 in l)
t = (1, "two", 3.0, None)
print(t, t[1], t[1:], len(t), t + (5,), t * 2 if len(t) < 3 else t.count(None))
d = {"a": 1, "b": 2}
d["c"] = 3; del d["a"]
print(d, len(d), d.get("b"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()))
print({k: v * 2 for k, v in d.items()}, [x * x for x in range(5)], {x % 3 for x in range(10)})
s = {1, 2, 3}
print(s | {4}, s & {2, 3, 9}, s - {1}, s ^ {3, 4}, 2 in s, sorted(s))
print(list(range(10, 0, -3)), list(zip("ab", [1, 2])), list(enumerate("xy", 1)), list(map(str, [1, 2])))
print([1, [2, [3]]], {"nested": {"d": [1, 2]}}, (), (1,), [], {}, set())
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
print(list(reversed([1, 2, 3])), any([0, 1]), all([1, 0]), list(filter(None, [0, 1, 2])))
