v = 3.14159
w = 10
p = 3
print(f"{v:{w}.{p}f}|{v:<{w}}|{'s':>{w}}|")
print(f"{v!r:>12}|{'x'!r:^7}|")
print(f"{12345:,}", f"{0.25:%}", f"{255:#x}", f"{255:08b}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items)} items")
print(f"{'{'}{'}'}")
n = None
print(f"{n}", f"{n!s}", f"{n!r}")
class T:
    def __format__(self, spec):
        return "T<" + spec + ">"
    def __repr__(self):
        return "T()"
    def __str__(self):
        return "str-T"
t = T()
print(f"{t}", f"{t:abc}", f"{t!r}", f"{t!s}", f"{t:{'x' * 2}}")
print(f"{w:{'>' if w else '<'}5}")
print(f"""multi
{w}
line""")
print(f"{w}" f"{p}" "plain" f"{v:.1f}")
x = 5
print(f"{x = }", f"{x*2 = :>4}", f"{x = !r}")
