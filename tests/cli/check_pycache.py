#!/usr/bin/env python3
"""The compiled-code cache: modules imported by kiln are cached as
__pycache__/NAME.kiln-311.pyc and the cached code behaves exactly as freshly
compiled code.  Every tests/cli/tracebacks/*.py is imported as a module under
python3, kiln with no cache, and kiln again from its cache: stdout, stderr
(tracebacks: line numbers, carets) and status must agree.  Then: an edited
source is recompiled even with the same size and mtime, damaged cache files
are ignored, -B / PYTHONDONTWRITEBYTECODE / sys.dont_write_bytecode write
nothing, PYTHONPYCACHEPREFIX moves the cache, a moved tree still names its
files.  Run by tests/run.sh with CPython; prints 'N passed, M failed'.

  check_pycache.py [--kiln PATH] [-v]
"""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TB = os.path.join(HERE, "tracebacks")
PY = "/usr/bin/python3"
KILN = os.path.join(ROOT, "build", "kiln")
if "--kiln" in sys.argv:
    KILN = os.path.abspath(sys.argv[sys.argv.index("--kiln") + 1])
VERBOSE = "-v" in sys.argv
TAG = "kiln-311"

tmp = tempfile.mkdtemp(prefix="kiln-pyc-")
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        if VERBOSE:
            print("ok", name)
    else:
        failed += 1
        detail = str(detail)
        print("FAIL", name, detail if VERBOSE or len(detail) < 2000 else detail[:2000] + "...")


def run(exe, args, cwd, **extra_env):
    env = dict(os.environ, PYTHONHASHSEED="0")
    for k in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONNODEBUGRANGES"):
        env.pop(k, None)
    env.update(extra_env)
    p = subprocess.run([exe] + args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, env=env, timeout=120)
    norm = lambda b: b.decode("utf-8", "replace").replace(cwd + "/", "")
    return p.returncode, norm(p.stdout), norm(p.stderr)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def cached(d, mod):
    return os.path.join(d, "__pycache__", "%s.%s.pyc" % (mod, TAG))


# 1. every traceback script, imported: python3 == kiln cold == kiln warm
# (two recurse to the limit: CPython's importlib frames count toward it, kiln's
# C importer has none, so those are compared between kiln runs only)
DEPTH = {"mutual_recursion.py", "recursion_deep.py"}
tbdir = os.path.join(tmp, "tb")
os.makedirs(tbdir)
for f in sorted(os.listdir(TB)):
    if not f.endswith(".py"):
        continue
    mod = "m_" + f[:-3]
    shutil.copy(os.path.join(TB, f), os.path.join(tbdir, mod + ".py"))
    args = ["-c", "import %s" % mod]
    want = run(PY, ["-B"] + args, tbdir)
    cold = run(KILN, args, tbdir)
    made = os.path.exists(cached(tbdir, mod))
    warm = run(KILN, args, tbdir)
    check("import %s: cache written" % f, made)
    check("import %s: cached code behaves as compiled code" % f, cold == warm,
          "\n  cold %r\n  warm %r" % (cold, warm))
    if f not in DEPTH:
        check("import %s: same as python3" % f, want == warm, "\n  want %r\n  got  %r" % (want, warm))

# 2. a module with everything the compiler produces, then edits
d = os.path.join(tmp, "app")
src = '''"""module doc"""
import sys
BIG = 2 ** 100
CONSTS = (1, 2.5, 3j, b'bytes', 'str', None, ..., frozenset({1, 2}), -0.0, 'é☃')
def outer(a, /, b=2, *args, c, d=4, **kw):
    """outer doc"""
    x = [a]
    def inner(y):
        nonlocal x
        x = x + [y]
        return x
    return inner(b), args, c, d, sorted(kw)
class C:
    "class doc"
    attr: int = 5
    def method(self):
        return [i * i for i in range(3)], {k: v for k, v in zip('ab', 'cd')}
    async def coro(self):
        return 1
def gen():
    yield from range(2)
    try:
        yield 1 / 0
    except ZeroDivisionError as e:
        yield type(e).__name__
def fails(v):
    return {'k': v}['missing'] + \\
        v
def report():
    print(__doc__, BIG, CONSTS)
    print(outer(1, c=3, z=9), outer.__doc__, outer.__code__.co_varnames, outer.__code__.co_argcount,
          outer.__code__.co_posonlyargcount, outer.__code__.co_kwonlyargcount, outer.__code__.co_flags,
          outer.__code__.co_firstlineno, outer.__code__.co_freevars, outer.__code__.co_cellvars,
          outer.__defaults__, outer.__kwdefaults__)
    print(C.__doc__, C.__qualname__, C().method(), C.__annotations__, list(gen()))
    print([k for k in C.method.__code__.co_consts if not hasattr(k, 'co_name')],
          [k.co_name for k in C.method.__code__.co_consts if hasattr(k, 'co_name')],
          C.method.__code__.co_names, C.method.__code__.co_qualname, C.method.__code__.co_filename == __file__)
    if len(sys.argv) > 1:   # kiln's own bytecode: compared between kiln runs only
        print(list(outer.__code__.co_lines()), list(outer.__code__.co_positions()), outer.__code__.co_code)
    print(sys._getframe().f_lineno, sys._getframe().f_code.co_name)
    fails(1)
'''
write(os.path.join(d, "mod.py"), src)
args = ["-c", "import mod; mod.report()"]
want = run(PY, ["-B"] + args, d)
cold = run(KILN, args, d)
check("rich module: cache written", os.path.exists(cached(d, "mod")))
warm = run(KILN, args, d)
check("rich module: same as python3", want == warm, "\n  want %r\n  got  %r" % (want, warm))
args = ["-c", "import sys; sys.argv.append('x'); import mod; mod.report()"]
os.remove(cached(d, "mod"))
cold = run(KILN, args, d)
warm = run(KILN, args, d)
check("rich module: cold == warm", cold == warm, "\n  cold %r\n  warm %r" % (cold, warm))
r = run(KILN, ["-c", "import mod, importlib.util, sys; print(sys.implementation.cache_tag); "
               "print(mod.__cached__ == importlib.util.cache_from_source(mod.__file__) == mod.__spec__.cached)"], d)
check("__cached__ agrees with importlib.util.cache_from_source", r == (0, "kiln-311\nTrue\n", ""), r)

# same size, same mtime, different text: recompiled (the cache is keyed by content)
p = os.path.join(d, "small.py")
write(p, "VALUE = 'aaaa'\n")
st = os.stat(p)
r1 = run(KILN, ["-c", "import small; print(small.VALUE)"], d)
write(p, "VALUE = 'bbbb'\n")
os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
r2 = run(KILN, ["-c", "import small; print(small.VALUE)"], d)
check("edited source (same size and mtime) is recompiled", (r1[1], r2[1]) == ("aaaa\n", "bbbb\n"), (r1, r2))
write(p, "VALUE = 'cccc'\n")
os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
r3 = run(KILN, ["-c", "import small; print(small.VALUE)"], d)
check("edited source (new mtime) is recompiled", r3[1] == "cccc\n", r3)
r4 = run(KILN, ["-c", "import importlib, small\nwith open(small.__file__, 'w') as f: f.write(\"VALUE = 'dddd'\\n\")\n"
                "importlib.reload(small); print(small.VALUE)"], d)
check("reload after an edit in the same process", r4[1] == "dddd\n", r4)

# damaged cache files are ignored (and replaced)
c = cached(d, "small")
good = open(c, "rb").read()
for label, data in (("truncated", good[:len(good) // 2]), ("header only", good[:40]), ("empty", b""),
                    ("garbage", b"\x00\xff" * 300), ("flipped byte", good[:-5] + bytes([good[-5] ^ 0x40]) + good[-4:])):
    with open(c, "wb") as f:
        f.write(data)
    r = run(KILN, ["-c", "import small; print(small.VALUE)"], d)
    check("%s cache file ignored" % label, r == (0, "dddd\n", ""), r)
    check("%s cache file rewritten" % label, open(c, "rb").read() == good)

# nothing written with -B, PYTHONDONTWRITEBYTECODE, sys.dont_write_bytecode
for label, args, env in (("-B", ["-B"], {}), ("PYTHONDONTWRITEBYTECODE", [], {"PYTHONDONTWRITEBYTECODE": "1"}),
                         ("sys.dont_write_bytecode", [], {})):
    dd = os.path.join(tmp, "nowrite" + str(len(args)) + str(len(env)) + label[0])
    write(os.path.join(dd, "nw.py"), "print('nw ran')\n")
    code = "import sys; sys.dont_write_bytecode = True; import nw" if label.startswith("sys") else "import nw"
    r = run(KILN, args + ["-c", code + "; import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)"],
            dd, **env)
    want = run(PY, args + ["-c", code + "; import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)"],
               dd, **env)
    check("%s: runs as python3" % label, r == want, (r, want))
    check("%s: no cache written" % label, not os.path.exists(os.path.join(dd, "__pycache__", "nw.%s.pyc" % TAG)))

# PYTHONPYCACHEPREFIX and -X pycache_prefix: the cache moves out of the tree
for label, args, env in (("PYTHONPYCACHEPREFIX", [], {"PYTHONPYCACHEPREFIX": os.path.join(tmp, "prefix1")}),
                         ("-X pycache_prefix", ["-X", "pycache_prefix=" + os.path.join(tmp, "prefix2")], {})):
    dd = os.path.join(tmp, "pfx" + label[0])
    write(os.path.join(dd, "pm.py"), "print('pm ran')\n")
    code = ("import pm, sys, importlib.util; print(sys.pycache_prefix is not None, "
            "pm.__cached__ == importlib.util.cache_from_source(pm.__file__))")
    r = run(KILN, args + ["-c", code], dd, **env)
    prefix = (env.get("PYTHONPYCACHEPREFIX") or args[1].split("=", 1)[1])
    where = os.path.join(prefix, dd.lstrip("/"), "pm.%s.pyc" % TAG)
    check("%s: runs" % label, r == (0, "pm ran\nTrue True\n", ""), r)
    check("%s: cache under the prefix" % label, os.path.exists(where), where)
    check("%s: nothing beside the source" % label, not os.path.exists(os.path.join(dd, "__pycache__")))

# packages: __init__ is cached too
write(os.path.join(d, "pkg", "__init__.py"), "from .sub import f\n")
write(os.path.join(d, "pkg", "sub.py"), "def f():\n    return __name__\n")
for i in range(2):
    r = run(KILN, ["-c", "import pkg; print(pkg.f(), pkg.__spec__.cached is not None)"], d)
    check("package import %d" % i, r == (0, "pkg.sub True\n", ""), r)
check("package __init__ cached", os.path.exists(cached(os.path.join(d, "pkg"), "__init__")))

# a moved tree (with its __pycache__) still names its own files in tracebacks
moved = os.path.join(tmp, "moved")
shutil.copytree(d, moved)
r = run(KILN, ["-c", "import mod; mod.fails(1)"], moved)
check("moved tree: traceback names the new path", 'File "mod.py", line 27, in fails' in r[2], r)
r = run(KILN, ["-c", "import mod; print(mod.outer.__code__.co_filename == mod.__file__)"], moved)
check("moved tree: co_filename is the new path", r == (0, "True\n", ""), r)

shutil.rmtree(tmp, ignore_errors=True)
print("pycache: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
