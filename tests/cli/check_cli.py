#!/usr/bin/env python3
"""Command-line behaviour: run the same command lines under python3 and kiln
and compare stdout, stderr (program name and paths normalised) and exit status.
Run by tests/run.sh with CPython; prints 'N passed, M failed'."""
import os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KILN = os.path.join(ROOT, "build", "kiln")
PY = "/usr/bin/python3"

tmp = tempfile.mkdtemp(prefix="kiln-cli-")
def script(name, text):
    p = os.path.join(tmp, name)
    with open(p, "w") as f:
        f.write(text)
    return p

ok_py = script("ok.py", "import sys\nprint('args', sys.argv[1:])\nprint(__name__)\n")
exit3 = script("exit3.py", "import sys\nsys.exit(3)\n")
exitmsg = script("exitmsg.py", "raise SystemExit('bye')\n")
boom = script("boom.py", "def f():\n    return 1 / 0\n\ndef g():\n    f()\n\ng()\n")
chain = script("chain.py", "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n")
ctx = script("ctx.py", "try:\n    1/0\nexcept ZeroDivisionError:\n    raise RuntimeError('during')\n")
syntax = script("syntax.py", "x = (1,\ny = 2\n")
indent = script("indent.py", "if True:\nprint(1)\n")
custom = script("custom.py", "class AppError(Exception):\n    pass\nraise AppError('custom message')\n")
warn = script("warn.py", "import warnings, sys\n"
              "def f():\n    warnings.warn('repeated')\n"
              "for i in range(3):\n    f()\n"
              "warnings.warn('dep', DeprecationWarning)\n"
              "warnings.warn('pending', PendingDeprecationWarning)\n"
              "warnings.warn('runtime', RuntimeWarning)\n"
              "print(sys.warnoptions)\nprint('done')\n")
os.makedirs(os.path.join(tmp, "pkg"), exist_ok=True)
script("pkg/__init__.py", "")
script("pkg/__main__.py", "import sys\nfrom . import mod\nprint('pkg main', __package__, sys.argv[1:])\n")
script("pkg/mod.py", "import sys\nprint('mod', __name__, __package__, sys.argv[1:])\n")

BUFFERING = "import sys, os; sys.stdout.write('a'); os.write(1, b'b'); sys.stdout.write('c\\n')"

CASES = [
    (["-c", "print(2**100, 7//2, -7//2, 1/3, 'héllo'[1], [1,2]+[3], {'a':1})"], None),
    (["-c", "import sys; print(sys.argv)", "a", "b"], None),
    ([ok_py, "x", "--y"], None),
    (["-"], "print('from stdin')\n"),
    ([], "print('implicit stdin')\n"),
    ([exit3], None),
    ([exitmsg], None),
    ([boom], None),
    ([chain], None),
    ([ctx], None),
    ([syntax], None),
    ([indent], None),
    ([custom], None),
    (["-c", "raise KeyError('k')"], None),
    (["-c", "import sys; sys.exit()"], None),
    (["-c", "import sys; sys.exit(None)"], None),
    (["-c", "print(__name__)"], None),
    (["-c"], None),
    (["-Z"], None),
    ([os.path.join(tmp, "missing.py")], None),
    (["--version"], None),
    (["-V"], None),
    (["-m", "pkg", "q"], None),
    (["-m", "pkg.mod", "r"], None),
    (["-c", "import no_such_module_xyz"], None),
    (["-c", "x = undefined"], None),
    (["-O", "-c", "assert False; print('asserts off')"], None),
    (["-c", "assert False, 'msg'"], None),
    # -W and PYTHONWARNINGS (the third item: environment variables)
    ([warn], None),
    (["-W", "error", warn], None),
    (["-W", "ignore", warn], None),
    (["-Walways", warn], None),
    (["-Wd", warn], None),
    (["-W", "error::DeprecationWarning", "-W", "ignore::UserWarning", warn], None),
    (["-W", "ignore::UserWarning", "-W", "error::UserWarning:__main__:3", warn], None),
    (["-W", "module", "-W", "once::RuntimeWarning", warn], None),
    (["-W", "bogus", "-W", "ignore::NoSuchWarning", "-W", "error:::x:y", warn], None),
    ([warn], None, {"PYTHONWARNINGS": "always"}),
    (["-W", "error::RuntimeWarning", warn], None, {"PYTHONWARNINGS": "error::UserWarning,,ignore::RuntimeWarning"}),
    (["-E", warn], None, {"PYTHONWARNINGS": "error"}),
    (["-W", "error", "-c", "import warnings; warnings.warn('x', stacklevel=2)"], None),
    # buffering: a direct write to fd 1 overtakes what sys.stdout buffers
    (["-c", BUFFERING], None, {"PYTHONUNBUFFERED": ""}),
    (["-c", BUFFERING], None, {"PYTHONUNBUFFERED": "1"}),
    (["-u", "-c", BUFFERING], None, {"PYTHONUNBUFFERED": ""}),
    (["-E", "-c", BUFFERING], None, {"PYTHONUNBUFFERED": "1"}),
]

def norm(b, exe):
    s = b.decode("utf-8", "replace")
    s = s.replace(exe, "PROG").replace(tmp, "TMP")
    s = s.replace("kiln:", "PROG:")
    return s

def run(exe, args, stdin, env=None):
    p = subprocess.run([exe] + args, input=(stdin or "").encode(), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, cwd=tmp, timeout=60, env=dict(os.environ, **(env or {})))
    return p.returncode, norm(p.stdout, exe), norm(p.stderr, exe)

passed = failed = 0
for args, stdin, *env in CASES:
    want = run(PY, args, stdin, *env)
    got = run(KILN, args, stdin, *env)
    # The help/usage text is kiln's own; compare only the status and first line there.
    if args and args[0] in ("-Z", "-c") and len(args) == 1:
        want = (want[0], want[1], want[2].splitlines()[0] if want[2] else "")
        got = (got[0], got[1], got[2].splitlines()[0] if got[2] else "")
    if want == got:
        passed += 1
    else:
        failed += 1
        print("FAIL kiln %s\n  want %r\n  got  %r" % (" ".join(args), want, got))
print("cli: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
