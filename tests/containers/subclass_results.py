class D(dict): pass
class L(list): pass
class T(tuple): pass
print(type(D(a=1) | {}).__name__, type(D(a=1).copy()).__name__, type(L([1]) + [2]).__name__, type(L([1]) * 2).__name__, type(L([1])[:]).__name__)
print(type(T((1,)) + (2,)).__name__, type(T((1,)) * 1).__name__, type(T((1,))[:]).__name__, type(tuple(T((1,)))).__name__)
l = L([1, 2])
l += [3]
print(type(l).__name__, l)
d = D(a=1)
d |= {'b': 2}
print(type(d).__name__, d)
print(repr(L()), repr(T()), repr(D()), D.fromkeys('ab'), type(D.fromkeys('a')).__name__)
print(list.__repr__(L([3])), dict.__repr__(D(x=1)))
print(L([1]) == [1], T((1,)) == (1,), D(a=1) == {'a': 1}, [1] == L([1]))
print(sorted(L([3, 1, 2])), reversed(L([1])).__class__.__name__)
print(hash(T((1, 2))) == hash((1, 2)), {T((1,)): 1}[(1,)])
