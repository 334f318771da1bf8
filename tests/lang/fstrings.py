name = "world"
n = 42
pi = 3.14159
print(f"hello {name}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{pi:.2f} {pi!r} {name!r} {name!s} {'é'!a}")
print(f"{n + 1} {n * 2:x} {[1, 2][0]}")
width = 8
print(f"{pi:{width}.{3}}|")
print(f"{{literal}} {n}")
print(f"{'nested ' + f'{n}'}")
print(f"")
print(f"{n=}")
print(f"{name = !r}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"multi {n} and {name} and {pi:.1f} end")
print(F"upper {n}")
print(rf"raw \n {n}")
x = 10
print(f"{x if x > 5 else 0}")
print(f"{(lambda: 7)()}")
