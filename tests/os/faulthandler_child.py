# faulthandler in child processes: the reports of fatal signals, the watchdog
# of dump_traceback_later, register()'s user signals, -X faulthandler and
# PYTHONFAULTHANDLER
import os, re, subprocess, sys, tempfile


def clean(text):
    """Thread ids, and where the standard library lives, vary from machine to machine."""
    text = re.sub(r'File "[^"\n]*/([^"/\n]+)", line [0-9]+', r'File "\1", line N', text)
    return re.sub(r"0x[0-9a-f]{16}", "0xTHREAD", text)


def run(code, *opts, env=None):
    e = dict(os.environ)
    e.pop("PYTHONFAULTHANDLER", None)
    e.update(env or {})
    p = subprocess.run([sys.executable, *opts, "-c", code], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=e)
    return p.returncode, clean(p.stdout.decode()), clean(p.stderr.decode())


def show(title, code, *opts, env=None):
    rc, out, err = run(code, *opts, env=env)
    print("==", title, "exit status", rc)
    print(out + err, end="")


crash = """
import faulthandler
faulthandler.enable(%s)
def f():
    faulthandler.%s
f()
print("not reached")
"""
show("sigsegv", crash % ("", "_sigsegv()"))
show("sigsegv without the GIL", crash % ("", "_sigsegv(True)"))
show("read NULL", crash % ("", "_read_null()"))
show("sigabrt", crash % ("", "_sigabrt()"))
show("sigfpe", crash % ("", "_sigfpe()"))
show("one thread", crash % ("all_threads=False", "_sigsegv()"))
show("C thread", crash % ("", "_fatal_error_c_thread()"))
show("not enabled", crash.replace("faulthandler.enable(%s)", "") % "_sigsegv()")
show("disabled", crash.replace("enable(%s)", "enable(%s); faulthandler.disable()") % ("", "_sigsegv()"))
show("signal.raise_signal", crash % ("", "_sigsegv() if 0 else __import__('signal').raise_signal(7)"))

# a finalizer run by the collector
show("in __del__ during gc.collect()", """
import faulthandler, gc
faulthandler.enable()
class Cycle:
    def __del__(self):
        faulthandler._sigsegv()
a, b = Cycle(), Cycle()
a.b, b.a = b, a
a = b = None
gc.collect()
""")

# a stack overflow is reported from the alternate signal stack (or, with no
# stack limit, the function gives up)
rc, out, err = run(crash % ("", "_stack_overflow()"))
print("== stack overflow", (rc == -11 and err.startswith("Fatal Python error: Segmentation fault\n\n")
                             and 'line 5 in f\n' in err) or "unable to raise a stack overflow" in err)

# the report goes to the file given to enable()
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out")
    rc, out, err = run("import faulthandler\nf = open(%r, 'wb')\nfaulthandler.enable(f)\n"
                       "faulthandler._sigsegv()\n" % path)
    with open(path) as f:
        print("== to a file", rc, repr(out), repr(err))
        print(clean(f.read()), end="")

# a thread and the main thread: where the waiting thread is in threading's
# code varies, so only the functions of the script are shown
rc, out, err = run("""
import faulthandler, threading
faulthandler.enable()
started = threading.Event()
def work():
    started.set()
    threading.Event().wait()
def crash():
    faulthandler._sigsegv()
t = threading.Thread(target=work, daemon=True)
t.start()
started.wait()
crash()
""")
print("== threads", rc)
for line in err.splitlines():
    if not line.startswith("  File") or "<string>" in line:
        print(line if "main thread" in line or "<module>" in line or "crash" in line or not line.startswith(" ")
              else line.split(",")[0] + " in " + line.split(" in ")[-1])
show("in a thread", """
import faulthandler, threading
faulthandler.enable(all_threads=False)
def crash():
    faulthandler._sigsegv()
t = threading.Thread(target=crash)
t.start()
t.join()
""")

# the watchdog: exit=True ends the process after the first report
show("dump_traceback_later exit", """
import faulthandler, time
def wait():
    faulthandler.dump_traceback_later(0.05, exit=True)
    time.sleep(60)
wait()
""")
show("dump_traceback_later 1.5s timeout text", """
import faulthandler, time
faulthandler.dump_traceback_later(1.5, exit=True)
time.sleep(60)
""")
show("dump_traceback_later once", """
import faulthandler, sys, time
faulthandler.dump_traceback_later(0.05, file=sys.stdout)
time.sleep(1.0)
faulthandler.cancel_dump_traceback_later()
print("done")
""")
show("dump_traceback_later cancelled", """
import faulthandler, time
faulthandler.dump_traceback_later(0.05)
faulthandler.cancel_dump_traceback_later()
faulthandler.dump_traceback_later(30)
faulthandler.dump_traceback_later(0.05)
faulthandler.cancel_dump_traceback_later()
time.sleep(0.3)
print("no report")
""")
show("cancel without a watchdog", "import faulthandler\nfaulthandler.cancel_dump_traceback_later()\nprint('ok')")

# register(): a user signal dumps the traceback and the program goes on
user = """
import faulthandler, os, signal, sys
def handler(signum, frame):
    print("Python handler", signum == signal.SIGUSR1)
if %(chain)s:
    signal.signal(signal.SIGUSR1, handler)
faulthandler.register(signal.SIGUSR1, all_threads=%(all)s, chain=%(chain)s)
if %(unregister)s:
    print(faulthandler.unregister(signal.SIGUSR1), flush=True)
def func():
    os.kill(os.getpid(), signal.SIGUSR1)
func()
print("after the signal")
"""
for opts in (dict(all=True, chain=False, unregister=False), dict(all=False, chain=False, unregister=False),
             dict(all=True, chain=True, unregister=False), dict(all=True, chain=False, unregister=True)):
    show("register %s" % sorted(opts.items()), user % opts)

# enabled at start-up
check = "import faulthandler, sys; print(faulthandler.is_enabled(), sys._xoptions, 'faulthandler' in sys.modules)"
show("default", check)
show("-X faulthandler", check, "-X", "faulthandler")
show("-X faulthandler=0 -X other=1", check, "-X", "faulthandler=0", "-Xother=1")
show("PYTHONFAULTHANDLER=1", check, env={"PYTHONFAULTHANDLER": "1"})
show("PYTHONFAULTHANDLER empty", check, env={"PYTHONFAULTHANDLER": ""})
show("PYTHONFAULTHANDLER=1 -E", check, "-E", env={"PYTHONFAULTHANDLER": "1"})
show("-X faulthandler crash", "import faulthandler\nfaulthandler._sigsegv()", "-X", "faulthandler")
