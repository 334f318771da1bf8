import collections, itertools, functools, operator
d = collections.deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, d.pop(), d.popleft(), list(d))
c = collections.Counter("abracadabra")
print(c.most_common(2), c["a"], sorted(c.elements())[:4])
dd = collections.defaultdict(list)
dd["x"].append(1)
print(dd, dict(dd))
P = collections.namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x + p.y, p._replace(x=5), p._asdict())
od = collections.OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
print(list(itertools.islice(itertools.count(10, 2), 4)), list(itertools.chain("ab", [1])),
      list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2))[:3],
      [(k, len(list(g))) for k, g in itertools.groupby("aabccc")], list(itertools.accumulate([1, 2, 3])))
print(functools.reduce(operator.add, [1, 2, 3]), functools.partial(pow, 2)(10))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)
print(sorted(["b", "A", "c"], key=str.lower), operator.itemgetter(1)([5, 6]), operator.attrgetter("x")(p))
