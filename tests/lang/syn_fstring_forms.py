x, y, name = 10, 2.5, "kiln"
print(f"{x}", f"{x!r}", f"{name!s}", f"{name!a}", f"{'é'!a}")
print(f"{x=}", f"{x = }", f"{x + 1=}", f"{name=!s}", f"{y=:.3f}", f"{name = !r:>8}")
print(f"{x:>5}|{x:<5}|{x:^5}|{x:05}|{x:+}|{x:x}|{x:#o}|{x:,}|{1e6:_.0f}")
w, p = 10, 3
print(f"{y:{w}.{p}f}|{name:{'*'}^{w}}|{x:{'>'}{w}}")
print(f"{'nested'}", f"{f'{x}'}", f'''{f"{f'{x}'}"}''')
print(f"{{literal}}", f"{{{x}}}", f"}}{{", f"a{{b}}c")
print(f"{x}{y}{name}", f"{x} {y} {name}")
print(f"{3.14159:.2f}", f"{12345678:,d}", f"{0.25:%}", f"{255:#x}", f"{255:08b}")
print(f"{'a' if x > 5 else 'b'}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }", f"{(lambda: 7)()}")
print(f"{x:{'' if x else 'x'}}")
d = {"key": "v"}
print(f"{d['key']}", f'{d["key"]}', f"""{d["key"]}""")
print(F"upper {x}", rf"raw \n {x}", fR"raw2 \t{x}", Rf"{x}\d")
print(f"""triple
{x}
quoted""")
print(f"{x!r:>{w}}", f"{name!r:^{w}}")
print(f"" == "", f"{''}" == "")
print(f"{3:{4}}", f"{'ab':3}", f"{x}" + f"{y}")
import datetime
dt = datetime.date(2024, 1, 2)
print(f"{dt:%Y/%m/%d}", f"{dt!r}")
class T:
    def __format__(self, spec): return f"<{spec}>"
print(f"{T()}", f"{T():abc}", f"{T():{x}}")
print(f"{x}" f"{y}" "plain" f"{name}")
