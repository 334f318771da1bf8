# large products (Karatsuba range) and their consistency with division
vals = [3**5000, 7**4321 - 1, 2**20000 - 1, 10**3000 + 12345, -(5**3333), 2**1279 - 1, 11**999]
M = 2**127 - 1
for a in vals:
    for b in vals:
        p = a * b
        print(p % M, p.bit_length(), p // a == b, (p + 1) % b == 1 % b)
x = 3**100000
print(x.bit_length(), x % M, (x * x) % M == pow(3, 200000, M), (x * (x + 1)) % M)
print(sum(i * 7**i for i in range(300)) % M)
