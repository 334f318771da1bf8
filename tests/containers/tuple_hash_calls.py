class H:
    n = 0
    def __hash__(self):
        H.n += 1
        return 7
t = (1, H(), 'a')
d = {t: 1}
d[t]
hash(t)
print(H.n, hash((1, 2)) == hash((1, 2)))
