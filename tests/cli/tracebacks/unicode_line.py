def f():
    s = "héllo wörld ✓"; t = s + 1
f()
