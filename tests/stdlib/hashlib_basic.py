import hashlib, hmac, random, copy, warnings
warnings.simplefilter("ignore")

rng = random.Random(2024)
names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
         "sha3_384", "sha3_512", "blake2b", "blake2s"]
for n in names:
    h = hashlib.new(n)
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest())
print(type(hashlib.blake2b()).__name__)
# random inputs, fed in random pieces
for trial in range(40):
    n = rng.choice([0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 135, 136, 137, 200, 1000, 5000])
    data = bytes(rng.randrange(256) for _ in range(n))
    line = []
    for name in names:
        h = hashlib.new(name)
        i = 0
        while i < n:
            k = rng.randrange(1, 150)
            h.update(data[i:i + k])
            i += k
        c = h.copy()
        c.update(b"x")
        assert h.digest() == hashlib.new(name, data).digest()
        line.append(h.hexdigest()[:12])
        line.append(c.hexdigest()[:6])
    print(n, " ".join(line))
for n in (0, 10, 100, 500):
    print(hashlib.shake_128(b"abc").hexdigest(n)[:40], hashlib.shake_256(b"abc" * 100).hexdigest(n)[-40:])
print(hashlib.shake_128().name, hashlib.shake_128().digest_size, hashlib.shake_256().block_size, len(hashlib.shake_128(b"x").digest(33)))
# blake2 parameters
print(hashlib.blake2b(b"data", digest_size=20).hexdigest())
print(hashlib.blake2b(b"data", key=b"secret key", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"data", digest_size=16, key=b"k" * 32, salt=b"12345678", person=b"p").hexdigest())
print(hashlib.blake2b(b"x" * 300, fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b"x" * 300, fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1, inner_size=16, last_node=True).hexdigest())
print(hashlib.blake2b(key=b"k" * 64).hexdigest()[:32], hashlib.blake2b(b"a" * 128, key=b"k").hexdigest()[:32])
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
for f in [lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33),
          lambda: hashlib.blake2b(salt=b"s" * 17), lambda: hashlib.blake2s(person=b"p" * 9),
          lambda: hashlib.md5("text"), lambda: hashlib.sha1().update("x"), lambda: hashlib.sha256(5),
          lambda: hashlib.blake2b(depth=0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# hmac
print(hmac.new(b"key", b"message", "sha256").hexdigest())
print(hmac.new(b"key" * 50, b"message", hashlib.md5).hexdigest())
print(hmac.digest(b"k", b"m", "sha1").hex(), hmac.compare_digest(b"a", b"a"))
h = hmac.new(b"key", digestmod="sha512")
h.update(b"part1"); h2 = h.copy(); h2.update(b"part2")
print(h.hexdigest()[:20], h2.hexdigest()[:20], h.name, h.digest_size, h.block_size)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 100).hex())
print(copy.copy(hashlib.sha1(b"abc")).hexdigest() if hasattr(hashlib.sha1(), "__copy__") else "nocopy")
print(sorted(hashlib.algorithms_guaranteed))
