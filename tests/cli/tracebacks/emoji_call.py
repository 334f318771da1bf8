def f(x): return x.upper()
label = "🎉🎉"; f(label); f(3)
