"""DeltaBlue-style constraint solving: a chain of equality constraints and a
projection, re-planned as inputs change (object graphs, virtual calls)."""
from benchutil import run

REQUIRED, STRONG, MEDIUM, WEAK = 0, 1, 2, 3

class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAK
        self.stay = True
        self.mark = 0

class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add(self, planner):
        for v in self.inputs() + self.outputs():
            v.constraints.append(self)
        planner.constraints.append(self)

class Equal(Constraint):
    def __init__(self, a, b, strength):
        Constraint.__init__(self, strength)
        self.a, self.b = a, b

    def inputs(self): return [self.a]
    def outputs(self): return [self.b]
    def execute(self): self.b.value = self.a.value

class Scale(Constraint):
    def __init__(self, src, scale, offset, dst, strength):
        Constraint.__init__(self, strength)
        self.src, self.scale, self.offset, self.dst = src, scale, offset, dst

    def inputs(self): return [self.src, self.scale, self.offset]
    def outputs(self): return [self.dst]
    def execute(self): self.dst.value = self.src.value * self.scale.value + self.offset.value

class Planner:
    def __init__(self):
        self.constraints = []
        self.mark = 0

    def plan(self, sources):
        """Order the constraints reachable from sources (a topological walk)."""
        self.mark += 1
        mark = self.mark
        order = []
        todo = list(sources)
        while todo:
            v = todo.pop()
            if v.mark == mark:
                continue
            v.mark = mark
            for c in v.constraints:
                if v in c.inputs() and c.strength <= MEDIUM:
                    order.append(c)
                    for out in c.outputs():
                        out.walk_strength = min(out.walk_strength, c.strength)
                        todo.append(out)
        return order

def chain_test(n):
    planner = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        Equal(vs[i], vs[i + 1], REQUIRED).add(planner)
    total = 0
    for i in range(60):
        vs[0].value = i
        for c in planner.plan([vs[0]]):
            c.execute()
        total += vs[n].value
    return total

def projection_test(n):
    planner = Planner()
    scale, offset = Variable("scale", 10), Variable("offset", 1000)
    srcs, dsts = [], []
    for i in range(n):
        src, dst = Variable("src", i), Variable("dst", i)
        srcs.append(src)
        dsts.append(dst)
        Scale(src, scale, offset, dst, REQUIRED).add(planner)
    total = 0
    for k in range(5):
        offset.value = k
        for c in planner.plan(srcs):
            c.execute()
        total += sum(d.value for d in dsts)
    return total

def bench():
    return chain_test(400) + projection_test(2000)

run(bench)
