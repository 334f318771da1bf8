"""float churn: many small objects with float attributes (allocation, GC)."""
from benchutil import run
from math import sin, cos, sqrt

class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt

def bench():
    points = [Point(i) for i in range(100000)]
    for p in points:
        p.normalize()
    m = maximize(points)
    return (round(m.x, 9), round(m.y, 9), round(m.z, 9))

run(bench)
