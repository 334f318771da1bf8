if True: print("a"); print("b")
for i in range(2): print("loop", i)
while False: pass
def f(): return "f"
class C: x = 1; y = 2
print(f(), C.x + C.y)
try: 1 / 0
except ZeroDivisionError: print("zde")
finally: print("fin")
class N:
    def __enter__(self): return "n"
    def __exit__(self, *a): pass
with N() as n: print("with", n)
x = 1; y = 2; z = x + y; print(z)
if x: pass
elif y: pass
else: pass
print("done")
