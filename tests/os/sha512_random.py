# _sha512 and random (str seeds go through sha512).
import _sha512, random
for data in (b'', b'abc', b'x' * 111, b'y' * 112, b'z' * 1000):
    print(_sha512.sha512(data).hexdigest()[:32], _sha512.sha384(data).hexdigest()[:32])
h = _sha512.sha512(b'abc')
c = h.copy()
c.update(b'def')
print(h.name, h.digest_size, h.block_size, c.digest() == _sha512.sha512(b'abcdef').digest())
try:
    h.update('str')
except TypeError as e:
    print(e)
random.seed('hello')
print(random.random(), random.randint(1, 100), random.choice('abcdef'))
random.seed(b'bytes seed')
print(random.random())
random.seed(12345)
print([random.randrange(1000) for _ in range(5)], random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), round(random.gauss(0, 1), 10))
r = random.Random(7); print(r.random(), r.getrandbits(40))
print(len(random.randbytes(8)), type(random.SystemRandom().random()))
