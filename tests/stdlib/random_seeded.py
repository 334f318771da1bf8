import random, _random
r = random.Random(12345)
print([r.random() for _ in range(5)])
print([r.getrandbits(k) for k in range(0, 201, 7)])
print([r.randrange(1000) for _ in range(10)])
l = list(range(20)); r.shuffle(l); print(l)
print(r.choices('abcdef', k=10))
print([r.gauss(0, 1) for _ in range(3)])
for s in [0, 1, -1, 2**32, 2**32-1, 2**64+5, -(2**100), 3.5, 'abc', b'xyz', True]:
    r.seed(s); print(repr(s), r.random())
r.seed('abc', version=1); print(r.random())
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
print(_random.Random(7).random(), _random.Random(2**80).getrandbits(100))
# sample / uniform / triangular / expovariate ride on random() and getrandbits()
r = random.Random(2024)
print(r.sample(range(1000), 8), r.uniform(1, 2), r.triangular(), r.expovariate(2.0))
print(r.randbytes(9), r.getrandbits(1000) % 1000003, r.randint(-10**30, 10**30))
random.seed(99); print(random.random(), random.choice('xyz'))
class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom(3).choice('abcde'), MyRandom(3).randrange(100))
