# hash(obj) of a __hash__ that returns an int: the value itself when it fits
# in 64 bits (as str hashes always do), int's hash of it otherwise
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v

for v in (0, 5, -1, -2, 2**61 - 1, 2**61, 2**62 - 1, 2**62, 2**62 + 5, 2**63 - 1, -2**62 - 1,
          -2**63 + 1, -2**63, 2**63, 2**64 + 1, -2**64 - 7, 10**30):
    print(v, hash(H(v)))

# str hashes use all 64 bits: a __hash__ returning one keeps it
names = ["k%d" % i for i in range(300)]
print(all(hash(H(hash(s))) == hash(s) for s in names))
