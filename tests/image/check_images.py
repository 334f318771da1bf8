#!/usr/bin/env python3
"""Images: bake programs, restore them, and feed the loader bad images.
Run by tests/run.sh with CPython; prints 'N passed, M failed'.
  check_images.py [KILN]    another kiln binary (build/kiln-static)"""
import hashlib, json, os, random, shutil, struct, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KILN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "kiln")
LABEL = "images" if len(sys.argv) < 2 else "images (%s)" % os.path.basename(KILN)
tmp = tempfile.mkdtemp(prefix="kiln-img-")
env = dict(os.environ, KILN_CACHE=os.path.join(tmp, "cache"))
passed = failed = 0

def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (name, detail))

def kiln(*args, stdin=None):
    p = subprocess.run([KILN] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp,
                       env=env, timeout=120, input=stdin)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

def write(name, text):
    p = os.path.join(tmp, name)
    with open(p, "w") as f:
        f.write(text)
    return p

app = write("app.py", """
import sys, kiln
STATE = {"loaded": [i * i for i in range(1000)]}
class Greeter:
    def __init__(self, word): self.word = word
    def greet(self, who): return "%s, %s (%d)" % (self.word, who, len(STATE["loaded"]))
G = Greeter("hello")
order = []
kiln.register_before_snapshot(lambda: order.append("before1"))
kiln.register_before_snapshot(lambda: order.append("before2"))
kiln.register_after_restore(lambda: order.append("after1"))
kiln.register_after_restore(lambda: order.append("after2"))
def main():
    print(G.greet(sys.argv[1] if len(sys.argv) > 1 else "world"))
    print("hooks", order, "restored", kiln.is_restored())
    print("argv", sys.argv[1:])
print("baking", kiln.is_baking())
""")

for raw in (True, False):
    tag = "raw" if raw else "zstd"
    img = os.path.join(tmp, "app-%s.kiln" % tag)
    rc, out, err = kiln("bake", *(["--raw"] if raw else []), "-o", img, "--main", "__main__:main", app)
    check(tag + " bake", rc == 0 and os.path.exists(img) and out == "baking True\n", repr((rc, out, err)))
    for attempt in range(2):   # the second zstd restore maps the raw cache
        rc, out, err = kiln("run", img, "kiln", "x")
        want = ("hello, kiln (1000)\nhooks ['before2', 'before1', 'after1', 'after2'] restored True\n"
                "argv ['kiln', 'x']\n")
        check("%s run #%d" % (tag, attempt + 1), rc == 0 and out == want, repr((rc, out, err)))
    rc, out, err = kiln(img, "direct")
    check(tag + " IMAGE as argv[1]", rc == 0 and out.startswith("hello, direct"), repr((rc, out, err)))
    rc, out, err = kiln("inspect", "--json", img)
    try:
        info = json.loads(out)
        check(tag + " inspect --json", rc == 0 and info["checksums_ok"] and
              info["compression"] == ("none" if raw else "zstd") and info["build_id_matches"], out)
    except ValueError:
        check(tag + " inspect --json", False, repr((rc, out, err)))
    rc, out, err = kiln("inspect", img)
    check(tag + " inspect", rc == 0 and "checksums:      ok" in out and "__main__" in out, repr((rc, out, err)))

# set_main, and a default image name
app2 = write("app2.py", "import kiln, sys\nCOUNT = sum(range(100))\ndef entry():\n    print('entry', COUNT, sys.argv[1:])\nkiln.set_main(entry)\n")
rc, out, err = kiln("bake", app2)
check("bake default name", rc == 0 and os.path.exists(os.path.join(tmp, "app2.kiln")), err)
rc, out, err = kiln("run", os.path.join(tmp, "app2.kiln"), "1")
check("set_main", out == "entry 4950 ['1']\n", repr((rc, out, err)))

# random is re-seeded per restore
app3 = write("app3.py", "import random\ndef main():\n    print(random.random())\n")
rc, out, err = kiln("bake", "--raw", app3)
if rc == 0:
    outs = {kiln("run", os.path.join(tmp, "app3.kiln"))[1] for _ in range(3)}
    check("random re-seeded", len(outs) == 3, repr(outs))
else:
    check("bake random app", False, err.strip().splitlines()[-1:] if err else rc)

# files open at bake time are re-opened at the same position; pipes refuse the bake
data_file = write("data.txt", "first line\nsecond line\nthird line\n")
app4 = write("app4.py", "import kiln\nF = open(%r)\nFIRST = F.readline()\n"
             "def main():\n    print(repr(FIRST), repr(F.readline()))\nkiln.set_main(main)\n" % data_file)
rc, out, err = kiln("bake", "--raw", app4)
rc, out, err = kiln("run", os.path.join(tmp, "app4.kiln"))
check("open file carried over", out == "'first line\\n' 'second line\\n'\n", repr((rc, out, err)))
app5 = write("app5.py", "import os\nR, W = os.pipe()\n")
rc, out, err = kiln("bake", "-o", os.path.join(tmp, "app5.kiln"), app5)
check("pipe refuses the bake", rc != 0 and "open pipe" in err and not os.path.exists(os.path.join(tmp, "app5.kiln")),
      repr((rc, err)))
app6 = write("app6.py", "import selectors\nSEL = selectors.DefaultSelector()\n")
rc, out, err = kiln("bake", "-o", os.path.join(tmp, "app6.kiln"), app6)
check("an epoll selector refuses the bake",
      rc != 0 and "open anon_inode:[eventpoll]" in err and not os.path.exists(os.path.join(tmp, "app6.kiln")),
      repr((rc, err)))

# os.environ is the restored process's, signal handlers set at bake time are set again
app6 = write("app6.py", """
import os, signal, kiln
signal.signal(signal.SIGUSR1, lambda s, f: print("usr1", s == signal.SIGUSR1))
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
def main():
    print(os.environ.get("KILN_T_A"), os.environ.get("KILN_T_B"), "KILN_T_GONE" in os.environ,
          os.environ.get("PATH") == os.getenv("PATH"))
    os.kill(os.getpid(), signal.SIGUSR2)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("after signals", signal.getsignal(signal.SIGUSR2) == signal.SIG_IGN)
kiln.set_main(main)
""")
env6 = dict(env, KILN_T_A="1", KILN_T_GONE="x")
p6 = subprocess.run([KILN, "bake", "--raw", app6], env=env6, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
for name, e, want in (("same environment", env6, "1 None True True\n"),
                      ("changed environment", dict(env, KILN_T_A="2", KILN_T_B="3"), "2 3 False True\n")):
    p6 = subprocess.run([KILN, "run", os.path.join(tmp, "app6.kiln")], env=e, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE, timeout=60)
    check("restore: " + name, p6.returncode == 0 and p6.stdout.decode() == want + "usr1 True\nafter signals True\n",
          repr(p6))


# faulthandler enabled, registered and armed at bake time works in the restored
# process: the report of a fatal signal, a user signal's dump, the watchdog
appf = write("appf.py", """
import faulthandler, os, signal, sys, time, kiln
faulthandler.enable(all_threads=False)
faulthandler.register(signal.SIGUSR1, all_threads=False)
def main():
    print("enabled", faulthandler.is_enabled(), flush=True)
    def usr1():
        os.kill(os.getpid(), signal.SIGUSR1)
    usr1()
    if sys.argv[1] == "crash":
        faulthandler._sigsegv()
    faulthandler.dump_traceback_later(0.05, exit=True)
    time.sleep(60)
kiln.set_main(main)
""")
rc, out, err = kiln("bake", "--raw", "-o", os.path.join(tmp, "appf.kiln"), appf)
check("faulthandler: bake", rc == 0, repr((rc, out, err)))
stack = 'Stack (most recent call first):\n  File "%s", line 8 in usr1\n  File "%s", line 9 in main\n' % (appf, appf)
rc, out, err = kiln("run", os.path.join(tmp, "appf.kiln"), "crash")
check("faulthandler: fatal signal after a restore", rc == -11 and out == "enabled True\n" and err == stack +
      'Fatal Python error: Segmentation fault\n\nStack (most recent call first):\n  File "%s", line 11 in main\n'
      % appf, repr((rc, out, err)))
rc, out, err = kiln("run", os.path.join(tmp, "appf.kiln"), "later")
check("faulthandler: watchdog after a restore", rc == 1 and out == "enabled True\n" and
      err.startswith(stack + "Timeout (0:00:00.050000)!\nThread 0x") and err.endswith(
      ' (most recent call first):\n  File "%s", line 13 in main\n' % appf), repr((rc, out, err)))

# PYTHONFAULTHANDLER enables it in a restored process too
appf2 = write("appf2.py", "import faulthandler, kiln\nkiln.set_main(lambda: print(faulthandler.is_enabled()))\n")
envf = {k: v for k, v in env.items() if k != "PYTHONFAULTHANDLER"}
subprocess.run([KILN, "bake", "--raw", "-o", os.path.join(tmp, "appf2.kiln"), appf2], env=envf, timeout=120)
for name, e, want in (("unset", envf, "False\n"), ("set", dict(envf, PYTHONFAULTHANDLER="1"), "True\n")):
    p = subprocess.run([KILN, "run", os.path.join(tmp, "appf2.kiln")], env=e, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    check("faulthandler: PYTHONFAULTHANDLER %s at restore" % name, p.returncode == 0 and p.stdout.decode() == want,
          repr(p))

# os.environ equals the restored process's environment whatever changed: a
# value set while baking (os.environ and putenv), entries added, removed,
# changed and moved; os.environb too; the mapping stays usable
app7 = write("app7.py", """
import os, kiln
os.environ["KILN_T_SET"] = "baked"
del os.environ["KILN_T_DEL"]
def main():
    with open("/proc/self/environ", "rb") as f:
        real = dict(e.split(b"=", 1) for e in f.read().split(b"\\0") if b"=" in e[1:])
    print(dict(os.environb) == real, sorted(k + "=" + v for k, v in os.environ.items() if k.startswith("KILN_T_")))
    os.environ["KILN_T_NEW"] = "n"
    print(os.environ["KILN_T_NEW"], os.getenv("KILN_T_NEW"))
kiln.set_main(main)
""")
env7 = dict(env, KILN_T_A="1", KILN_T_B="2", KILN_T_DEL="d")
subprocess.run([KILN, "bake", "--raw", app7], env=env7, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
moved = dict(env7)
moved["KILN_T_A"] = moved.pop("KILN_T_A")
for name, e, want in (("same environment as the bake", env7, "['KILN_T_A=1', 'KILN_T_B=2', 'KILN_T_DEL=d']"),
                      ("one entry added", dict(env7, KILN_T_C="3"),
                       "['KILN_T_A=1', 'KILN_T_B=2', 'KILN_T_C=3', 'KILN_T_DEL=d']"),
                      ("entries changed, removed, set at bake", dict(env, KILN_T_B="x", KILN_T_SET="y"),
                       "['KILN_T_B=x', 'KILN_T_SET=y']"),
                      ("an entry moved", moved, "['KILN_T_A=1', 'KILN_T_B=2', 'KILN_T_DEL=d']"),
                      ("empty environment", {}, "[]")):
    p7 = subprocess.run([KILN, "run", os.path.join(tmp, "app7.kiln")], env=e, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE, timeout=60)
    check("restore: os.environ, " + name, p7.returncode == 0 and p7.stdout.decode() == "True %s\nn n\n" % want,
          repr(p7))

# threading after a restore: the main thread has the new process's ident and
# native id, and is the only entry of the table of threads
app8 = write("app8.py", """
import threading, kiln
BAKED = threading.get_ident()
def main():
    t = threading.main_thread()
    print(t is threading.current_thread(), t.ident == threading.get_ident(), t.native_id == threading.get_native_id(),
          list(threading._active.values()) == [t], list(threading._active) == [t.ident], threading.active_count())
    w = threading.Thread(target=lambda: print("in thread", threading.current_thread() is not t))
    w.start()
    w.join()
kiln.set_main(main)
""")
# threading's shutdown at the end of a restored process, as in CPython: the
# main thread stopped before the atexit functions, a non-daemon thread still
# running is joined, threading's own atexit functions run
app9 = write("app9.py", """
import atexit, sys, threading, time, kiln
def at_exit():
    t = threading.main_thread()
    print("atexit", t.is_alive(), threading._SHUTTING_DOWN, len(threading._shutdown_locks), t._tstate_lock)
atexit.register(at_exit)
def main():
    mode = sys.argv[1]
    if mode == "running":
        def late():
            time.sleep(0.2)
            print("late thread done", flush=True)
        threading.Thread(target=late).start()
    elif mode == "joined":
        w = threading.Thread(target=lambda: None)
        w.start()
        w.join()
    elif mode == "threading-atexit":
        threading._register_atexit(lambda: print("threading atexit", flush=True))
    print("main", mode, threading.main_thread().is_alive(), flush=True)
kiln.set_main(main)
""")
rc, out, err = kiln("bake", "--raw", app9)
for mode, extra in (("plain", ""), ("running", "late thread done\n"), ("joined", ""),
                    ("threading-atexit", "threading atexit\n")):
    rc, out, err = kiln("run", os.path.join(tmp, "app9.kiln"), mode)
    check("restore: threading shutdown, " + mode,
          rc == 0 and out == "main %s True\n%satexit False True 0 None\n" % (mode, extra), repr((rc, out, err)))

rc, out, err = kiln("bake", "--raw", app8)
rc, out, err = kiln("run", os.path.join(tmp, "app8.kiln"))
check("restore: threading's main thread", rc == 0 and out == "True True True True True 1\nin thread True\n",
      repr((rc, out, err)))


# the locale (LC_CTYPE) is the restored process's environment's, set on first
# use of locale/_locale; one set while baking is not carried over
appl = write("appl.py", """
import locale, kiln
locale.setlocale(locale.LC_CTYPE, "C")
def main():
    print(locale.setlocale(locale.LC_CTYPE), locale.getencoding())
    print(locale.setlocale(locale.LC_CTYPE, "C"), locale.getencoding())
kiln.set_main(main)
""")
pl = subprocess.run([KILN, "bake", "--raw", appl], env=dict(env, LC_ALL="C.UTF-8"), stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE)
for lc, first in (("C.UTF-8", "C.UTF-8 UTF-8"), ("C", "C ANSI_X3.4-1968")):
    pl = subprocess.run([KILN, "run", os.path.join(tmp, "appl.kiln")], env=dict(env, LC_ALL=lc),
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    check("restore: locale from LC_ALL=" + lc,
          pl.returncode == 0 and pl.stdout.decode() == first + "\nC ANSI_X3.4-1968\n", repr(pl))
# threads: a bake waits for non-daemon threads, refuses while one still runs;
# a restored program starts threads again
appt1 = write("appt1.py", "import threading, time\nOUT = []\n"
             "def work(k):\n    time.sleep(0.01)\n    OUT.append(k)\n"
             "for k in range(3):\n    threading.Thread(target=work, args=(k,)).start()\n"
             "def main():\n    ts = [threading.Thread(target=work, args=(k,)) for k in (3, 4)]\n"
             "    [t.start() for t in ts]; [t.join() for t in ts]\n"
             "    print(sorted(OUT), threading.active_count())\n")
rc, out, err = kiln("bake", "--raw", appt1)
rc2, out, err2 = kiln("run", os.path.join(tmp, "appt1.kiln"))
check("threads joined before the bake, restored program runs threads", rc == 0 and out == "[0, 1, 2, 3, 4] 1\n",
      repr((rc, err, rc2, out, err2)))
appt2 = write("appt2.py", "import threading\nE = threading.Event()\n"
             "threading.Thread(target=E.wait, daemon=True).start()\n")
rc, out, err = kiln("bake", "-o", os.path.join(tmp, "appt2.kiln"), appt2)
check("running thread refuses the bake", rc != 0 and "threads are still running" in err
      and not os.path.exists(os.path.join(tmp, "appt2.kiln")), repr((rc, err)))

# the end of the programs below: run straight (CPython, kiln) they call
# main(); baked, main is what a restore calls
DUAL = """if __name__ == "__main__":
    try:
        import kiln
    except ImportError:
        kiln = None
    if kiln is not None and kiln.is_baking():
        kiln.set_main(main)
    else:
        main()
"""

# round trip: what a program prints after a restore equals a straight run (and CPython's)
rt = write("roundtrip.py", """
import sys
BIG = 3 ** 200
TABLE = {"k%d" % i: i * i for i in range(500)}
class Shape:
    def __init__(self, n): self.n = n
    def area(self): return self.n * self.n
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
INC = counter(); INC(); INC()
def gen():
    yield "a"
    yield "b"
    yield "c"
G = gen(); next(G)
class AppError(Exception): pass
def main():
    print(BIG % 1000007, len(str(BIG)))
    print(TABLE["k42"], sum(TABLE.values()), "k499" in TABLE, {"x": 1, "y": 2}["y"])
    TABLE["new"] = 1; print(len(TABLE), TABLE.get("new"), hash("k7") == hash("k" + str(7)))
    print(Shape(7).area(), INC(), next(G), list(G))
    try:
        raise AppError("after restore")
    except AppError as e:
        print("caught", repr(e))
    print(sorted({3, 1, 2}), [x * 2 for x in range(5)], "%s-%d" % ("fmt", 5))
""" + DUAL)
want = subprocess.run(["/usr/bin/python3", rt], stdout=subprocess.PIPE).stdout.decode()
rc, straight, err = kiln(rt)
check("roundtrip straight run = CPython", straight == want, repr((straight, want, err[-300:])))
for raw in (True, False):
    img = os.path.join(tmp, "rt-%d.kiln" % raw)
    kiln("bake", *(["--raw"] if raw else []), "-o", img, rt)
    rc, restored, err = kiln("run", img)
    check("roundtrip restored (%s) = CPython" % ("raw" if raw else "zstd"), restored == want,
          repr((restored, want, err[-300:])))

# the end of a restored run is a script's: non-daemon threads joined, atexit
# callbacks run, the standard streams flushed
ex = write("atexit_app.py", """
import atexit, sys, threading
GO = threading.Event()
def late():
    GO.wait()
    print("thread done")
def main():
    atexit.register(lambda: print("atexit 1"))
    atexit.register(print, "atexit 2")
    threading.Thread(target=late).start()
    sys.stdout.write("no newline")
    GO.set()
""" + DUAL)
want = subprocess.run(["/usr/bin/python3", ex], stdout=subprocess.PIPE).stdout.decode()
kiln("bake", "--raw", "-o", os.path.join(tmp, "atexit.kiln"), ex)
rc, out, err = kiln("run", os.path.join(tmp, "atexit.kiln"))
check("restored run: threads joined, atexit callbacks (= CPython)", rc == 0 and out == want,
      repr((rc, out, want, err[-300:])))

# files a restored run never closed are flushed at its end (no data lost),
# and sys.executable is the binary that restored the image
fl = write("flush_app.py", """
import os, sys
KEPT = []
def main():
    out = sys.argv[1]
    f = open(out + ".txt", "w")
    f.write("restored, never closed\\n" * 500)
    b = open(out + ".bin", "wb")
    b.write(bytes(range(256)))
    KEPT.append(b)
    print(os.path.basename(sys.executable))
""" + DUAL)
kiln("bake", "-o", os.path.join(tmp, "flush.kiln"), fl, os.path.join(tmp, "flush_bake"))
rc, out, err = kiln("run", os.path.join(tmp, "flush.kiln"), os.path.join(tmp, "flushed"))
got = []
for ext in (".txt", ".bin"):
    try:
        with open(os.path.join(tmp, "flushed" + ext), "rb") as fh:
            got.append(fh.read())
    except OSError as e:
        got.append(repr(e))
check("restored run: unclosed files flushed at exit, sys.executable",
      rc == 0 and out == os.path.basename(KILN) + "\n" and got == [b"restored, never closed\n" * 500, bytes(range(256))],
      repr((rc, out, err[-300:], [g[:40] for g in got])))
# started through a symbolic link: sys.executable is resolved, as on a plain start
exe = write("exe_app.py", "import sys\ndef main():\n    print(sys.executable)\n" + DUAL)
kiln("bake", "-o", os.path.join(tmp, "exe.kiln"), exe)
link = os.path.join(tmp, "kiln-link")
os.symlink(KILN, link)
outs = []
for cmd in ([KILN, "run", os.path.join(tmp, "exe.kiln")], [link, "run", os.path.join(tmp, "exe.kiln")],
            [link, "-c", "import sys; print(sys.executable)"]):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp, timeout=60)
    outs.append(p.stdout.decode().strip() if p.returncode == 0 else repr(p))
check("sys.executable after a restore (direct, through a link)",
      outs == [os.path.realpath(KILN)] * 3, repr(outs))
# through a relative path, and from a copy of the binary (another file)
copy = os.path.join(tmp, "kiln-copy")
shutil.copy(KILN, copy)
outs = []
for cmd in (["./kiln-link", "run", "exe.kiln"], [copy, "run", "exe.kiln"], ["./kiln-copy", "run", "exe.kiln"]):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp, timeout=60)
    outs.append(p.stdout.decode().strip() if p.returncode == 0 else repr(p))
check("sys.executable after a restore (relative path, a copy of the binary)",
      outs == [os.path.realpath(KILN)] + [os.path.realpath(copy)] * 2, repr(outs))

# --rehash: a new str/bytes hash secret per process, every hashed container rebuilt
rh = write("rehash.py", """
import sys
T = {"k%d" % i: i for i in range(2000)}
B = {b"b%d" % i: i for i in range(100)}
S = {"s%d" % i for i in range(300)}
FS = frozenset(["a", "b", frozenset(["c", ("d", frozenset(["e"]))])])
NEST = {FS: "fs", ("t", "u"): "tu", frozenset([FS]): "ffs", (1, ("x", b"y")): "deep"}
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
U = {K("x%d" % i): i for i in range(50)}
class P:
    def __init__(self): self.alpha = 1; self.beta = 2
class D(dict): pass
DD = D(one=1, two=2)
def main():
    print(hash("k7") == hash("k" + str(7)), T["k1999"], T.get("k" + "42"), len(T), "k2000" in T)
    print(B[b"b" + b"99"], "s" + "17" in S, "nope" in S, len(S | {"s1", "new"}))
    print(NEST[frozenset(["a", "b", frozenset(["c", ("d", frozenset(["e"]))])])], NEST[("t", "u")],
          NEST[frozenset([FS])], NEST[(1, ("x", b"y"))], hash(FS) == hash(frozenset(FS)))
    print(U[K("x" + "33")], P().beta, getattr(P(), "al" + "pha"), DD["t" + "wo"], dict(DD) == {"one": 1, "two": 2})
    print("json" in sys.modules or True, {"a", "b"} == set("ab"), sorted({"q": 1, "p": 2}.items()))
    T["added"] = 5; del T["k0"]
    print(len(T), T["added"], "k0" in T)
""" + DUAL)
want = subprocess.run(["/usr/bin/python3", rh], stdout=subprocess.PIPE).stdout.decode()
# --rehash and caches: lru_cache keys, weak-key dicts and weak sets of objects
# whose __hash__ hashes a str, enum, re and typing caches, dict and frozenset
# subclasses; an object that stored hash(name) at bake time still finds
# itself (an equal object made later would not: that hash is the program's)
rh2 = write("rehash_caches.py", """import collections, enum, functools, re, sys, typing, weakref

@functools.lru_cache(maxsize=None)
def join(a, b):
    return a + "-" + b

@functools.lru_cache(maxsize=32)
def shout(word):
    return word.upper()

for i in range(20):
    join("k%d" % i, "v")
    shout("w%d" % i)

class Named:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Named) and other.name == self.name

class Stored:
    # keeps hash(name): after a new hash secret only this very object finds
    # itself in a dict (a new Stored("x") hashes differently)
    def __init__(self, name):
        self.name = name
        self._h = hash(name)
    def __hash__(self):
        return self._h
    def __eq__(self, other):
        return isinstance(other, Stored) and other.name == self.name

NAMED = [Named("n%d" % i) for i in range(30)]
WKD = weakref.WeakKeyDictionary((n, i) for i, n in enumerate(NAMED))
WVD = weakref.WeakValueDictionary(("n%d" % i, n) for i, n in enumerate(NAMED))
WS = weakref.WeakSet(NAMED[:10])
STORED = [Stored("s%d" % i) for i in range(30)]
SD = {s: i for i, s in enumerate(STORED)}

class Color(enum.Enum):
    RED = "red"
    GREEN = "green"

OD = collections.OrderedDict(("o%d" % i, i) for i in range(50))
DD = collections.defaultdict(list, {"d%d" % i: [i] for i in range(50)})
CT = collections.Counter("abracadabra " * 3)
PAT = re.compile(r"(\\w+)@(\\w+)\\.com")
ALIAS = typing.List[int]

class FS(frozenset):
    pass

FSET = {FS(["x", "y"]): 1, FS(["z"]): 2}

def main():
    before = join.cache_info()
    print([join("k%d" % i, "v") for i in (0, 7, 19)], shout("w3"), shout("w19"))
    after = join.cache_info()
    print("lru hits", after.hits - before.hits, "misses", after.misses - before.misses, shout.cache_info().misses)
    print(WKD[Named("n12")], WKD.get(NAMED[5]), Named("n29") in WKD, WVD["n3"].name, Named("n4") in WS, len(WKD))
    print(SD[STORED[7]], STORED[3] in SD, len(SD))
    print(Color("red").name, Color["GREEN"].value, Color.RED in {Color.RED})
    print(OD["o42"], list(OD)[:3], DD["d7"], DD["new"], CT.most_common(2))
    print(re.compile(r"(\\w+)@(\\w+)\\.com") is PAT, PAT.match("me@host.com").groups())
    print(typing.List[int] is ALIAS, FSET[FS(["y", "x"])], frozenset(["z"]) in FSET)

""" + DUAL)
want2 = subprocess.run(["/usr/bin/python3", rh2], stdout=subprocess.PIPE).stdout.decode()
for raw in (True, False):
    img = os.path.join(tmp, "rehash-caches-%d.kiln" % raw)
    kiln("bake", *(["--raw"] if raw else []), "-o", img, rh2)
    for opts in ((), ("--rehash",)):
        rc, out, err = kiln("run", *opts, img)
        check("caches after a restore (%s%s) = CPython" % ("raw" if raw else "zstd", " --rehash" * bool(opts)),
              rc == 0 and out == want2, repr((out, want2, err[-300:])))
hs = write("hashes.py", "import kiln\ndef main():\n    print(hash('abc'), hash(b'abc'))\nkiln.set_main(main)\n")
for raw in (True, False):
    img = os.path.join(tmp, "rehash-%d.kiln" % raw)
    kiln("bake", *(["--raw"] if raw else []), "-o", img, rh)
    rc, out, err = kiln("run", "--rehash", img)
    check("--rehash round trip (%s) = CPython" % ("raw" if raw else "zstd"), rc == 0 and out == want,
          repr((out, want, err[-300:])))
img = os.path.join(tmp, "hashes.kiln")
kiln("bake", "--raw", "-o", img, hs)
shared = {kiln("run", img)[1] for _ in range(2)}
fresh = {kiln("run", "--rehash", img)[1] for _ in range(3)}
check("without --rehash the image's secret is shared", len(shared) == 1, repr(shared))
check("--rehash draws a new secret per process", len(fresh) == 3 and not fresh & shared, repr((fresh, shared)))
p = subprocess.run([KILN, "run", "--rehash", img], env=dict(env, PYTHONHASHSEED="5"), stdout=subprocess.PIPE)
q = subprocess.run([KILN, "run", "--rehash", img], env=dict(env, PYTHONHASHSEED="5"), stdout=subprocess.PIPE)
check("--rehash with PYTHONHASHSEED is repeatable", p.returncode == 0 and p.stdout == q.stdout and
      p.stdout.decode() not in shared, repr((p.stdout, q.stdout)))
rc, out, err = kiln("run", "--bogus", img)
check("run: unknown option", rc == 2 and "unknown option --bogus" in err, repr((rc, err)))

# a failing program writes no image
bad = write("bad.py", "raise ValueError('no')\n")
rc, out, err = kiln("bake", "-o", os.path.join(tmp, "bad.kiln"), bad)
check("failing bake", rc != 0 and not os.path.exists(os.path.join(tmp, "bad.kiln")) and "ValueError: no" in err,
      repr((rc, err)))

# bad images: one-line error, non-zero status, never a crash, image untouched
src = os.path.join(tmp, "app-raw.kiln")
data = open(src, "rb").read()

def bad_image(name, blob, *opts):
    p = os.path.join(tmp, name)
    with open(p, "wb") as f:
        f.write(blob)
    before = hashlib.sha256(blob).hexdigest()
    rc, out, err = kiln("run", *opts, p)
    after = hashlib.sha256(open(p, "rb").read()).hexdigest()
    lines = err.strip().splitlines()
    check("bad image " + name, rc not in (0,) and rc > 0 and len(lines) == 1 and lines[0].startswith("kiln: ")
          and before == after, repr((rc, err[:300])))

bad_image("empty.kiln", b"")
bad_image("magic.kiln", b"NOTKILN!" + data[8:])
bad_image("truncated.kiln", data[: len(data) // 2])
bad_image("short-header.kiln", data[:40])
ver = bytearray(data); ver[8] ^= 0x7f
bad_image("version.kiln", bytes(ver))
bid = bytearray(data); bid[16] ^= 0xff
bad_image("buildid.kiln", bytes(bid))
rng = random.Random(7)
for i in range(40):
    b = bytearray(data)
    pos = rng.randrange(len(b)) if i % 4 else rng.randrange(min(len(b), 4096))  # often in the header/table
    b[pos] ^= 1 << rng.randrange(8)
    bad_image("flip%d.kiln" % i, bytes(b))
for i, cut in enumerate(sorted({1, 7, 63, 64, 100, 511, 4095, 4096, 4097, len(data) - 1,
                                len(data) // 3, len(data) * 2 // 3})):
    if 0 < cut < len(data):
        bad_image("cut%d.kiln" % i, data[:cut])
bad_image("extended.kiln", data + b"\0" * 100)
# The heap's section starts at a file offset congruent to its address modulo
# 2 MiB (so the page cache can map it with huge pages); no checksum covers
# the zero padding before it, which is checked on its own.  Section table:
# after the 176-byte header (section count at byte 52), 48 bytes a section:
# addr, size, file offset, file size, checksum (u64), kind (u32; 2 = data).
nsec = struct.unpack_from("<I", data, 52)[0]
spans = sorted((s[2], s[2] + s[3]) for s in (struct.unpack_from("<QQQQQII", data, 176 + 48 * k) for k in range(nsec))
               if s[5] == 2)
gaps = [(a[1], b[0]) for a, b in zip(spans, spans[1:]) if b[0] - a[1] >= 4096]
check("raw image aligns its big section", len(gaps) >= 1, repr(spans))
for k, (lo, hi) in enumerate(gaps[:2]):
    for pos in (lo, (lo + hi) // 2, hi - 1):
        b = bytearray(data)
        b[pos] ^= 0x10
        bad_image("padflip%d-%d.kiln" % (k, pos - lo), bytes(b))
rc, out, err = kiln("run", os.path.join(tmp, "missing.kiln"))
check("missing image", rc != 0 and err.startswith("kiln: "), repr((rc, err)))
for i in (3, 20):    # bad images are refused before --rehash touches anything
    bad_image("rehash-flip%d.kiln" % i, data[:i] + bytes([data[i] ^ 4]) + data[i + 1:], "--rehash")
bad_image("rehash-cut.kiln", data[:len(data) // 2], "--rehash")

# A raw image verified once is stamped in the cache and not re-hashed; a
# change to the file afterwards (same size, same inode) is still caught.
# Files changed in the last two seconds are never stamped, so wait.
import time
stamped = os.path.join(tmp, "stamped.kiln")
shutil.copyfile(src, stamped)
time.sleep(max(0.0, 2.2 - (time.time() - os.stat(stamped).st_ctime)))
cache = os.path.join(tmp, "cache")
before = set(os.listdir(cache)) if os.path.isdir(cache) else set()
rc, out, err = kiln("run", stamped, "once")
stamps = [n for n in set(os.listdir(cache)) - before if n.endswith(".verified")]
check("verified raw image stamped", rc == 0 and out.startswith("hello, once") and len(stamps) == 1,
      repr((rc, out, err, stamps)))
stamp_file = os.path.join(cache, stamps[0]) if len(stamps) == 1 else os.path.join(tmp, "none")
with open(stamp_file, "rb") as f:
    blob = f.read()
# the first run after the stamp records the pages it touched (and the file's path)
check("stamp holds the touched pages", blob[:8] == b"KILNSTP1" and stamped.encode() in blob and len(blob) > 100,
      repr(blob[:80]))
rc, out, err = kiln("run", stamped, "twice")
check("stamped image runs", rc == 0 and out.startswith("hello, twice"), repr((rc, out, err)))
# a damaged page list is only a lost hint: the image still runs (and is not re-hashed)
with open(stamp_file, "wb") as f:
    f.write(blob[:64] + bytes(b ^ 0x55 for b in blob[64:]))
rc, out, err = kiln("run", stamped, "garbled")
check("damaged stamp page list", rc == 0 and out.startswith("hello, garbled"), repr((rc, out, err)))
with open(stamp_file, "wb") as f:
    f.write(blob[:len(blob) // 2])
rc, out, err = kiln("run", stamped, "cut")
check("truncated stamp page list", rc == 0 and out.startswith("hello, cut"), repr((rc, out, err)))
with open(stamp_file, "wb") as f:
    f.write(blob)
# a long page list (a run that wrote to a thousand scattered pages) is read
# back whole: the third run maps the pages the second recorded
big = write("bigstamp.py", "BUFS = [bytearray(12000) for _ in range(1500)]\n"
            "def main():\n    for b in BUFS:\n        b[0] += 1\n    print(sum(b[0] for b in BUFS))\n" + DUAL)
bigimg = os.path.join(tmp, "bigstamp.kiln")
kiln("bake", "--raw", "-o", bigimg, big)
time.sleep(max(0.0, 2.2 - (time.time() - os.stat(bigimg).st_ctime)))
before = set(os.listdir(cache))
outs = [kiln("run", bigimg)[1] for _ in range(3)]
bigstamps = [os.path.getsize(os.path.join(cache, n)) for n in set(os.listdir(cache)) - before
             if n.endswith(".verified")]
check("long stamp page list", outs == ["1500\n"] * 3 and len(bigstamps) == 1 and bigstamps[0] > 16384,
      repr((outs, bigstamps)))
fd = os.open(stamped, os.O_WRONLY)
os.pwrite(fd, bytes([data[len(data) - 100] ^ 0x20]), len(data) - 100)
os.close(fd)
rc, out, err = kiln("run", stamped)
check("stamped image changed in place", rc != 0 and err.count("\n") == 1 and "checksum mismatch" in err,
      repr((rc, err)))
# a forged stamp name does not match another file's identity
shutil.copyfile(src, stamped + "2")
rc, out, err = kiln("run", stamped + "2", "copy")
check("copy of a stamped image", rc == 0 and out.startswith("hello, copy"), repr((rc, out, err)))
# no writable cache: verified every time, still runs
env_nc = dict(env, KILN_CACHE=os.path.join(tmp, "app.py", "nocache"))
p = subprocess.run([KILN, "run", stamped + "2", "nc"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_nc)
check("raw image without a cache", p.returncode == 0 and p.stdout.startswith(b"hello, nc"), repr(p))

# The cache directory stays bounded: writing something new there deletes the
# stamps of files gone or changed (stamped.kiln was changed above), temporary
# files a crashed writer left long ago, and the least recently used raw
# files beyond 16.
old = time.time() - 7200
for i in range(20):
    fake = os.path.join(cache, "fake%02d.raw" % i)
    with open(fake, "wb") as f:
        f.write(b"x")
    os.utime(fake, (old + i, old + i))
for name, t in (("dead.raw.tmp.1", old), ("live.raw.tmp.2", time.time())):
    with open(os.path.join(cache, name), "wb") as f:
        f.write(b"x")
    os.utime(os.path.join(cache, name), (t, t))
newimg = os.path.join(tmp, "app2-new.kiln")
kiln("bake", "-o", newimg, app2)
rc, out, err = kiln("run", newimg, "n")
left = set(os.listdir(cache))
raws = [n for n in left if n.endswith(".raw")]
check("cache: run after pruning", rc == 0 and out == "entry 4950 ['n']\n", repr((rc, out, err)))
check("cache: stale stamp deleted", stamps and stamps[0] not in left, repr(sorted(left)))
real = [n for n in raws if not n.startswith("fake")]
check("cache: raw files bounded, the least recently used go", len(raws) == 16 and 1 < len(real) < 16 and
      {n for n in raws if n.startswith("fake")} == {"fake%02d.raw" % i for i in range(4 + len(real), 20)},
      repr(sorted(raws)))
check("cache: old temporary file deleted, a fresh one kept", "dead.raw.tmp.1" not in left and "live.raw.tmp.2" in left,
      repr(sorted(left)))

# Concurrent restores of a compressed image with an empty cache all succeed;
# the cache ends with one raw file and no temporary file.
cc = os.path.join(tmp, "cache-conc")
envc = dict(env, KILN_CACHE=cc)
img = os.path.join(tmp, "app-zstd.kiln")
procs = [subprocess.Popen([KILN, "run", img, "p%d" % k], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=envc)
         for k in range(8)]
outs = [(p.wait(timeout=120), p.stdout.read().decode(), p.stderr.read().decode()) for p in procs]
for p in procs:
    p.stdout.close()
    p.stderr.close()
check("8 concurrent restores, empty cache", all(rc == 0 and out.startswith("hello, p%d (1000)\n" % k) and not err
                                                for k, (rc, out, err) in enumerate(outs)), repr(outs))
left = os.listdir(cc)
check("concurrent restores: one raw cache file", len([n for n in left if n.endswith(".raw")]) == 1
      and not [n for n in left if ".tmp." in n], repr(left))

shutil.rmtree(tmp, ignore_errors=True)
print("%s: %d passed, %d failed" % (LABEL, passed, failed))
sys.exit(1 if failed else 0)
