"""Parity check (not part of the suite: no .exp): for every .py under a
directory (default /usr/lib/python3.11) that CPython parses, compare
ast.dump(ast.parse(src), include_attributes=True) under kiln and CPython.
Run with /usr/bin/python3: parity_check.py KILN [DIR]."""
import ast, os, subprocess, sys, tempfile

CHILD = r'''
import ast, sys
with open(sys.argv[1]) as f:
    paths = f.read().split("\n")
out_f = open(sys.argv[3], "wb")
for path in paths[int(sys.argv[2]):]:
    if not path:
        break
    try:
        with open(path, "rb") as f:
            src = f.read()
        out = ast.dump(ast.parse(src), include_attributes=True)
    except BaseException as e:
        out = "!!%s: %s" % (type(e).__name__, e)
    out = out.encode("utf-8", "surrogatepass")
    out_f.write(b"%d\n" % len(out) + out)
    out_f.flush()
out_f.close()
'''

def main():
    kiln = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/python3.11"
    files = []
    for d, dirs, fs in os.walk(root):
        dirs.sort()
        files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".py")]
    expected = {}
    for p in files:
        try:
            with open(p, "rb") as f:
                expected[p] = ast.dump(ast.parse(f.read()), include_attributes=True).encode("utf-8", "surrogatepass")
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            pass
    todo = [p for p in files if p in expected]
    tmp = tempfile.mkdtemp()
    child, listfile, outfile = (os.path.join(tmp, n) for n in ("child.py", "files.txt", "out.bin"))
    with open(child, "w") as f:
        f.write(CHILD)
    with open(listfile, "w") as f:
        f.write("".join(p + "\n" for p in todo))
    same, diff, fail = 0, [], []
    i = 0
    while i < len(todo):
        rc = subprocess.run([kiln, child, listfile, str(i), outfile], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE).returncode
        with open(outfile, "rb") as f:
            data = f.read()
        pos = 0
        while pos < len(data) and i < len(todo):
            nl = data.index(b"\n", pos)
            n = int(data[pos:nl])
            got = data[nl + 1:nl + 1 + n]
            pos = nl + 1 + n
            if got == expected[todo[i]]:
                same += 1
            elif got.startswith(b"!!"):
                fail.append((todo[i], got[:200].decode("utf-8", "replace")))
            else:
                diff.append(todo[i])
            i += 1
        if i < len(todo):
            fail.append((todo[i], "kiln died (rc %s)" % rc))
            i += 1
    for p, why in fail:
        print("FAIL", p, why)
    for p in diff:
        print("DIFF", p)
    print("identical %d / %d (different %d, kiln errors %d)" % (same, len(todo), len(diff), len(fail)))

main()
