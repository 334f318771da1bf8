#!/usr/bin/env python3
"""kiln's test runner: every tests/<dir>/*.py with a .exp beside it is run
under build/kiln and its stdout (and exit status, from a .rc file when not 0)
compared with what CPython 3.11 printed.  Tests listed in tests/xfail.txt (one
path and a reason per line) are expected to fail; one that passes is reported
so the list can shrink.

  tests/run.py [-j N] [--kiln PATH] [--update] [FILTER...]
"""
import argparse, os, subprocess, sys, concurrent.futures as cf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORACLE = "/usr/bin/python3"


def find_tests(filters):
    out = []
    for d, _, files in sorted(os.walk(HERE)):
        for f in sorted(files):
            if f.endswith(".py") and os.path.exists(os.path.join(d, f[:-3] + ".exp")):
                p = os.path.relpath(os.path.join(d, f), ROOT)
                if not filters or any(x in p for x in filters):
                    out.append(p)
    return out


def load_xfail():
    xf = {}
    path = os.path.join(HERE, "xfail.txt")
    if os.path.exists(path):
        for line in open(path):
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                xf[name] = reason.strip()
    return xf


def run_one(kiln, test, timeout):
    exp = open(os.path.join(ROOT, test[:-3] + ".exp"), "rb").read()
    rcfile = os.path.join(ROOT, test[:-3] + ".rc")
    exp_rc = int(open(rcfile).read()) if os.path.exists(rcfile) else 0
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        p = subprocess.run([kiln, os.path.basename(test)], cwd=os.path.join(ROOT, os.path.dirname(test)),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, env=env,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return test, False, "timeout after %ss" % timeout
    if p.returncode < 0:
        return test, False, "killed by signal %d" % -p.returncode
    if p.stdout != exp:
        a = exp.decode("utf-8", "replace").splitlines()
        b = p.stdout.decode("utf-8", "replace").splitlines()
        diff = next((i for i in range(max(len(a), len(b)))
                     if i >= len(a) or i >= len(b) or a[i] != b[i]), 0)
        want = a[diff] if diff < len(a) else "<end>"
        got = b[diff] if diff < len(b) else "<end>"
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        return test, False, "line %d: want %r, got %r %s" % (diff + 1, want[:100], got[:100], err[0][:200])
    if p.returncode != exp_rc:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        return test, False, "exit status %d, want %d: %s" % (p.returncode, exp_rc, err[0][:200])
    return test, True, ""


def update(test):
    p = subprocess.run([ORACLE, os.path.basename(test)], cwd=os.path.join(ROOT, os.path.dirname(test)),
                       stdout=subprocess.PIPE, env=dict(os.environ, PYTHONHASHSEED="0"), stdin=subprocess.DEVNULL)
    open(os.path.join(ROOT, test[:-3] + ".exp"), "wb").write(p.stdout)
    rcfile = os.path.join(ROOT, test[:-3] + ".rc")
    if p.returncode:
        open(rcfile, "w").write("%d\n" % p.returncode)
    elif os.path.exists(rcfile):
        os.remove(rcfile)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--kiln", default=os.path.join(ROOT, "build", "kiln"))
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("--update", action="store_true", help="regenerate .exp files with CPython")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("filters", nargs="*")
    a = ap.parse_args()
    tests = find_tests(a.filters)
    if a.update:
        for t in tests:
            update(t)
        print("updated %d expected outputs" % len(tests))
        return 0
    xfail = load_xfail()
    passed = failed = xfailed = 0
    unexpected_pass = []
    with cf.ThreadPoolExecutor(a.j) as ex:
        for test, ok, why in ex.map(lambda t: run_one(a.kiln, t, a.timeout), tests):
            if test in xfail:
                if ok:
                    unexpected_pass.append(test)
                    passed += 1
                else:
                    xfailed += 1
                    if a.v:
                        print("xfail %s: %s" % (test, why))
            elif ok:
                passed += 1
                if a.v:
                    print("ok    %s" % test)
            else:
                failed += 1
                print("FAIL  %s: %s" % (test, why))
    for t in unexpected_pass:
        print("XPASS %s (remove it from tests/xfail.txt)" % t)
    print("%d xfail (tests/xfail.txt)" % xfailed)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
