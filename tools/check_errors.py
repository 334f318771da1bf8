"""Compare the compiler's SyntaxErrors with CPython's for the strings in tests/lang/syntax_errors.py
(front half only: runs build/compile_check -e on each snippet)."""
import os, subprocess, sys, tempfile
src = open(os.path.join(os.path.dirname(__file__), "..", "tests", "lang", "syntax_errors.py")).read()
ns = {}
exec(src.split("for t in tests")[0], ns)
bad = 0
for t in ns["tests"]:
    try:
        compile(t, "<test>", "exec")
        want = "OK"
    except SyntaxError as e:
        want = "%s|%s|%s" % (e.msg, e.lineno, e.offset)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(t)
    got = subprocess.run([sys.argv[1] if len(sys.argv) > 1 else "build/compile_check", "-e", f.name],
                         capture_output=True, text=True).stdout.splitlines()[0]
    os.unlink(f.name)
    if got != want:
        bad += 1
        print("MISMATCH", repr(t), "\n   want", want, "\n   got ", got)
print("mismatches:", bad)
