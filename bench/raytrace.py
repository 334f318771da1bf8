"""ray tracer: vectors as objects, spheres and planes, recursive reflection."""
from benchutil import run
import math

class Vec:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def scale(self, k): return Vec(self.x * k, self.y * k, self.z * k)
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def norm(self):
        m = math.sqrt(self.dot(self))
        return Vec(self.x / m, self.y / m, self.z / m)

class Sphere:
    def __init__(self, c, r, color, refl):
        self.c, self.r, self.color, self.refl = c, r, color, refl
    def hit(self, o, d):
        oc = o - self.c
        b = oc.dot(d)
        c = oc.dot(oc) - self.r * self.r
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None
    def normal(self, p):
        return (p - self.c).norm()

class Plane:
    def __init__(self, n, d, color, refl):
        self.n, self.d, self.color, self.refl = n, d, color, refl
    def hit(self, o, d):
        denom = self.n.dot(d)
        if abs(denom) < 1e-9:
            return None
        t = -(self.n.dot(o) + self.d) / denom
        return t if t > 1e-6 else None
    def normal(self, p):
        return self.n

SCENE = [Sphere(Vec(0, 1, 5), 1, (1.0, 0.2, 0.2), 0.3), Sphere(Vec(-2, 1, 6), 1, (0.2, 1.0, 0.2), 0.3),
         Sphere(Vec(2, 1, 6), 1, (0.2, 0.2, 1.0), 0.3), Plane(Vec(0, 1, 0), 0, (0.8, 0.8, 0.8), 0.1)]
LIGHT = Vec(5, 10, -5)

def trace(o, d, depth):
    best, obj = None, None
    for s in SCENE:
        t = s.hit(o, d)
        if t is not None and (best is None or t < best):
            best, obj = t, s
    if obj is None:
        return (0.1, 0.1, 0.2)
    p = o + d.scale(best)
    n = obj.normal(p)
    l = (LIGHT - p).norm()
    diff = max(n.dot(l), 0.0)
    for s in SCENE:
        if s is not obj and s.hit(p, l) is not None:
            diff *= 0.3
            break
    r, g, b = (c * (0.1 + 0.9 * diff) for c in obj.color)
    if depth < 2 and obj.refl > 0:
        rd = (d - n.scale(2 * d.dot(n))).norm()
        rr, rg, rb = trace(p, rd, depth + 1)
        k = obj.refl
        r, g, b = r * (1 - k) + rr * k, g * (1 - k) + rg * k, b * (1 - k) + rb * k
    return (r, g, b)

def bench():
    w = h = 64
    total = 0.0
    eye = Vec(0, 1.5, -2)
    for j in range(h):
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / h, 1).norm()
            r, g, b = trace(eye, d, 0)
            total += r + g + b
    return round(total, 6)

run(bench)
