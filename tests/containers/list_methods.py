# list methods and operators
a = [3, 1, 2]
a.append(4)
print(a, len(a))
a.extend((5, 6))
a.extend(x * 10 for x in range(2))
print(a)
a.insert(0, -1)
a.insert(100, 99)
a.insert(-2, 'mid')
print(a)
print(a.pop(), a.pop(0), a.pop(-3))
print(a)
a.remove('mid')
print(a)
print(a.index(2), a.index(5, 2), a.count(1), [1, 1, 2, 1].count(1))
b = a.copy()
b.reverse()
print(b, a)
b.clear()
print(b, len(b))
print([1, 2] + [3], [1, 2] * 3, 2 * [0], [5] * 0, [5] * -1)
c = [1]
c += [2, 3]
c += (4,)
c += 'ab'
print(c)
c *= 2
print(c)
d = c
d *= 0
print(c)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [])
print(3 in [1, 2, 3], 'x' not in ['x'], [1, [2]] == [1, [2]])
print(list(), list('abc'), list(range(4)), list({'a': 1, 'b': 2}), list((1, 2)))
x = [1, 2]
x.append(x)
print(x)
print(repr([]), str([None, True, 'a', 1.5]))
print(list(reversed([1, 2, 3])), list(reversed([])))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print([i * i for i in [1, 2, 3]])
l = [0] * 5
l[1] = 'one'
l[-1] = 'last'
print(l)
del l[0]
print(l)
del l[-1]
print(l)
print(bool([]), bool([0]))
e = []
for i in range(20):
    e.append(i)
print(e[::3], sum(e), max(e), min(e), sorted(e, reverse=True)[:3])
print([1, 2, 3].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(1))
print(list.__name__, type([]) is list, isinstance([], list))
