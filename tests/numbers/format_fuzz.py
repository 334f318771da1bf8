# format() over pseudo-random specs (a fixed LCG, so CPython and kiln agree)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
parts = [['', '', '*<', '0>', '^', '=', '>', '<'], ['', '', '+', '-', ' '], ['', '', '', 'z'], ['', '', '#'],
         ['', '', '0'], ['', '', '1', '7', '12', '20'], ['', '', ',', '_'], ['', '', '.0', '.1', '.3', '.12', '.20'],
         ['', 'd', 'x', 'X', 'o', 'b', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r']]
vals = [0, 7, -42, 65, 1234567, -(2**70), True, 0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e16, 123456789.0,
        float('inf'), float('nan'), 2.5, 0.125, 1 + 2j, -0.5j]
for i in range(250):
    spec = ''.join(p[rnd(len(p))] for p in parts)
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e)[:60])
    print(repr(spec), '|'.join(out))
