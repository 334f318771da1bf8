"""chaos game: random affine maps plotted into a grid (floats, method calls)."""
from benchutil import run

class Rng:
    """A small LCG so every interpreter draws the same points."""
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return self.state / 2147483648.0

class Map:
    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f

MAPS = [Map(0.0, 0.0, 0.0, 0.16, 0.0, 0.0), Map(0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
        Map(0.2, -0.26, 0.23, 0.22, 0.0, 1.6), Map(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)]
WEIGHTS = [0.01, 0.86, 0.93, 1.0]

def bench():
    w, h = 256, 256
    grid = [[0] * w for _ in range(h)]
    rng = Rng(1234)
    x = y = 0.0
    for _ in range(200000):
        r = rng.random()
        for i, limit in enumerate(WEIGHTS):
            if r < limit:
                x, y = MAPS[i].apply(x, y)
                break
        col = int((x + 2.75) / 5.5 * (w - 1))
        row = int(y / 10.0 * (h - 1))
        if 0 <= col < w and 0 <= row < h:
            grid[row][col] += 1
    return sum(1 for r in grid for c in r if c)

run(bench)
