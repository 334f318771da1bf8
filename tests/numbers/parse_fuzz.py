# int()/float()/complex() of strings built from a fixed LCG over tricky pieces
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
pieces = ['0', '1', '7', '9', '_', '.', 'e', 'E', '+', '-', 'x', 'o', 'b', 'j', 'J', ' ', 'a', 'f', 'z', 'inf', 'nan',
          'infinity', '(', ')', '00', '12', '\u0663', '\u00a0', '\t', '0x', '0b', '0o', 'p', 'I', 'N']
for i in range(900):
    s = ''.join(pieces[rnd(len(pieces))] for _ in range(1 + rnd(6)))
    out = []
    for f in (int, float, complex, lambda t: int(t, 0), lambda t: int(t, 16), lambda t: int(t, 2), lambda t: int(t, 36),
              float.fromhex):
        try:
            out.append(repr(f(s)))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(s), ' '.join(out))
