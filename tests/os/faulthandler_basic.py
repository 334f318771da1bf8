# faulthandler in this process: enable/disable, dump_traceback's text, argument errors
import faulthandler, io, os, re, signal, sys, tempfile


def clean(text):
    """Thread ids and directories vary from machine to machine."""
    return re.sub(r'"[^"\n]*/', '"', re.sub(r"0x[0-9a-f]{16}", "0xTHREAD", text))


def dumped(**kw):
    with tempfile.TemporaryFile("w+b") as f:
        faulthandler.dump_traceback(f, **kw)
        f.seek(0)
        return clean(f.read().decode("ascii"))


print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.enable(all_threads=False)   # again: only the settings change
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
with tempfile.TemporaryFile("w+b") as f:
    faulthandler.enable(f.fileno())
    print(faulthandler.is_enabled(), faulthandler.disable())


def inner():
    return dumped(all_threads=False) + dumped() + dumped(all_threads=True)


def outer():
    return inner()


print(outer(), end="")
print(dumped(), end="")


# names and file names outside ASCII are escaped
ns = {"dumped": dumped}
exec(compile("def \u00e9t\u00e9_\u4e00():\n    return dumped(all_threads=False)\n",
             "fi\u00e9le\U0001f600\x07.py", "exec"), ns)
print(ns["\u00e9t\u00e9_\u4e00"](), end="")
long = "f" * 600
exec("def %s():\n    return dumped(all_threads=False)\n" % long)
print(globals()[long]().replace("f" * 500, "F*500"), end="")


def deep(n):
    return deep(n - 1) if n else dumped(all_threads=False)


lines = deep(150).splitlines()
print(len(lines), lines[0], lines[1], lines[-2], lines[-1])

# a file descriptor number
with tempfile.TemporaryFile("w+b") as f:
    faulthandler.dump_traceback(f.fileno(), all_threads=False)
    f.seek(0)
    print(clean(f.read().decode()))


def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, "->", r)


class NoFileno:
    pass


class BadFileno:
    def fileno(self):
        return "x"


class NegFileno:
    def fileno(self):
        return -5


for f in (faulthandler.enable, faulthandler.dump_traceback):
    err(f, -1)
    err(f, 2 ** 40)
    err(f, "x")
    err(f, io.StringIO())
    err(f, NoFileno())
    err(f, BadFileno())
    err(f, NegFileno())
    err(f, all_threads=1.5)
    err(f, all_threads=[])
    err(f, 1, 2, 3)
    err(f, foo=1)
err(faulthandler.is_enabled, 1)
err(faulthandler.disable, 1)
err(faulthandler.cancel_dump_traceback_later, 1)
for t in ("x", float("nan"), -1, 0, 0.0, 1e300, 10 ** 30, 2 ** 62, 1e12):
    err(faulthandler.dump_traceback_later, t)
err(faulthandler.dump_traceback_later)
err(faulthandler.dump_traceback_later, 5, repeat=1.5)
err(faulthandler.dump_traceback_later, 5, exit="x")
err(faulthandler.dump_traceback_later, 5, repeat=2 ** 40)
err(faulthandler.dump_traceback_later, 5, file=-1)
err(faulthandler.dump_traceback_later, 1e-10)
err(faulthandler.cancel_dump_traceback_later)
err(faulthandler.dump_traceback_later, 3600)
err(faulthandler.cancel_dump_traceback_later)
err(faulthandler.cancel_dump_traceback_later)
for s in (0, -1, 65, 2 ** 40, signal.SIGSEGV, signal.SIGFPE, signal.SIGABRT, signal.SIGBUS, signal.SIGILL, "a", 1.0):
    err(faulthandler.register, s)
    err(faulthandler.unregister, s)
err(faulthandler.register)
err(faulthandler.register, signal.SIGKILL)
err(faulthandler.unregister)
err(faulthandler.unregister, signum=10)
err(faulthandler.unregister, signal.SIGUSR2)
err(faulthandler.register, signal.SIGUSR2, all_threads=[])
err(faulthandler.register, signal.SIGUSR2)
err(faulthandler.register, signal.SIGUSR2, chain=True)
err(faulthandler.unregister, signal.SIGUSR2)
err(faulthandler.unregister, signal.SIGUSR2)
err(faulthandler._sigsegv, 1, 2)
err(faulthandler._sigsegv, "x")
err(faulthandler._sigsegv, release_gil=1)
err(faulthandler._read_null, 1)

saved = sys.stderr
try:
    sys.stderr = None
    for f, a in ((faulthandler.enable, ()), (faulthandler.dump_traceback, ()),
                 (faulthandler.dump_traceback_later, (1e-3,)), (faulthandler.register, (signal.SIGUSR1,))):
        err(f, *a)
    del sys.stderr
    err(faulthandler.enable)
finally:
    sys.stderr = saved
print(faulthandler.is_enabled())
for name in sorted(dir(faulthandler)):
    if not name.startswith("__"):
        print(name, getattr(faulthandler, name).__doc__)
print(faulthandler.__doc__)
