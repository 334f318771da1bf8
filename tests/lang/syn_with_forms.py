class CM:
    def __init__(self, n, log): self.n, self.log = n, log
    def __enter__(self): self.log.append("enter%d" % self.n); return self.n
    def __exit__(self, *a): self.log.append("exit%d" % self.n); return False
log = []
with CM(1, log): pass
with CM(1, log) as a, CM(2, log) as b: log.append(a + b)
with (CM(1, log) as a, CM(2, log) as b): log.append(a * b)
with (CM(1, log) as a,
      CM(2, log),
      CM(3, log) as c,): log.append(c)
with (CM(4, log)): pass
with (CM(5, log)) as five: log.append(five)
with (CM(6, log), CM(7, log)): pass
with CM(8, log) as z: log.append(z)
print(log)
log.clear()
d = {}
with CM(1, log) as d["k"]: pass
class O: pass
o = O()
with CM(2, log) as o.attr: pass
print(d, o.attr, log)
t = (CM(9, log), CM(10, log))
with t[0] as t0, t[1]: pass
print(log[-4:])
errs = ["with:\n  pass\n", "with a as:\n  pass\n", "with a as b c:\n  pass\n", "with (a as b:\n  pass\n",
        "with a as 1:\n  pass\n", "with a as f():\n  pass\n", "with a as (b, c):\n  pass\n", "with a, :\n  pass\n",
        "with (a, b) as c:\n  pass\n", "with (a as b, c as d) as e:\n  pass\n", "with a\n  pass\n",
        "with (a as b) as c:\n  pass\n", "with a as b, *c:\n  pass\n", "with *a:\n  pass\n",
        "with (yield) as x:\n  pass\n", "with a as (yield):\n  pass\n", "with ():\n  pass\n", "with a as b:\npass\n", "with a as [p, *q] if x else y: pass\n", "with a as b + c, d: pass", "with a as b if c else d:\n  pass"]
for src in errs:
    try:
        compile(src, "<w>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
