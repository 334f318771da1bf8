# nested f-strings and quoting rules in 3.11 (inner quotes must differ from the outer ones)
name = "world"
items = {"key": "value"}
print(f"{f'{name}'}", f'{f"{name}"}', f"""{f'''{name}'''}""", f'''{f"{f'{name}'}"}''')
print(f"{items['key']}", f'{items["key"]}', f"{'nested ' + f'{name!r}'}")
print(f"{'{'}{'}'}", f"{{{name}}}", f"{'{name}'}")
width = 10
print(f"{f'{name:>{width}}':*^20}")
print(f"{'a' if name else 'b'}", f"{(lambda: 'lam')()}", f"{[c for c in 'ab']}", f"{dict(x=1)['x']}")
print(f"{name!r:^15}|", f"{3.14159:.{1 + 1}f}", f"{'x':{'<'}{5}}|")
print(f"""multi
line {name}
{'end'}""")
for src in ['f"{"nested same quotes"}"', "f'{'x'}'", 'f"{f"{1}"}"', "f'{\"ok\"}'", 'f"{x!r:{y}}"', 'f"{{}}"',
            'f"{x:{{}}}"', 'f"{1:{2:{3}}}"', 'f"{"a" "b"}"', "f'''{'''x'''}'''", 'f"{\'\'}"']:
    try:
        compile(src, "<f>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
