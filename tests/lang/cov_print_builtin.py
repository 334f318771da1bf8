# print(): sep, end, file, flush and their errors
import io, sys
print("a", "b", sep="-", end="!\n")
print("a", "b", sep=None, end=None)
print(sep="x")
print()
print("", end="")
print(1, 2, 3, sep="")
print(*[], sep="ignored")
buf = io.StringIO()
print("to buffer", 42, file=buf, sep="|")
print(repr(buf.getvalue()))
print("x", file=None)
print("flushed", flush=True)
for kw in [{"sep": 5}, {"end": 3}, {"file": 5}, {"flush": "yes"}, {"bogus": 1}]:
    try:
        print("v", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", "b", file=w)
print(w.parts)
class Str:
    def __str__(self): return "custom str"
    def __repr__(self): return "custom repr"
print(Str(), [Str()], (Str(),), {"k": Str()})
class BadStr:
    def __str__(self): raise ValueError("no str")
try:
    print(BadStr())
except ValueError as e:
    print("ValueError", e)
# a file whose write fails part way: earlier pieces are already written
class Failing:
    def __init__(self): self.parts = []
    def write(self, s):
        if s == "b":
            raise OSError("disk full")
        self.parts.append(s)
fw = Failing()
try:
    print("a", "b", "c", file=fw)
except OSError as e:
    print("OSError", e, fw.parts)
class Flushing(W):
    def flush(self): self.parts.append("<flush>")
fl = Flushing()
print("x", file=fl, flush=True, end="")
print(1, file=fl, sep="", end="E")
print(fl.parts)
# print writes str(obj) using the object's type
print(1.0, 1e20, 1e-5, 1.5e16, 0.1 + 0.2, -0.0, float("inf"), float("-nan"), 10 ** 20, True, None, b"x", "s")
# sys.stdout replaced
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
sys.stdout = None
print("goes nowhere")
sys.stdout = old
print("restored")
