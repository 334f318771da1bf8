#!/usr/bin/env python3
"""Run some of CPython 3.11's own unit tests (Debian's libpython3.11-testsuite,
under /usr/lib/python3.11/test) with kiln's unittest, and report per module
how many tests ran, failed, errored and were skipped, next to CPython's counts.

  tools/cpython_tests.py [--kiln PATH] [--timeout S] [--no-python] [MODULE...]

Modules default to the list below.  A module whose run crashes, times out or
prints no summary is reported as such; nothing here is a pass/fail gate.
"""
import argparse, os, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULES = [
    "test.test_json", "test.test_re", "test.test_collections", "test.test_itertools",
    "test.test_functools", "test.test_datetime", "test.test_string", "test.test_textwrap",
    "test.test_bisect", "test.test_heapq", "test.test_base64", "test.test_binascii",
    "test.test_struct", "test.test_fnmatch", "test.test_shlex", "test.test_enum",
    "test.test_dataclasses", "test.test_operator", "test.test_statistics", "test.test_fractions",
    "test.test_copy", "test.test_pprint", "test.test_csv", "test.test_contextlib",
    "test.test_list", "test.test_tuple", "test.test_dict", "test.test_set", "test.test_int",
    "test.test_float", "test.test_unicode", "test.test_bytes", "test.test_math", "test.test_scope",
    "test.test_generators", "test.test_exceptions", "test.test_class", "test.test_descr",
]
RAN = re.compile(r"^Ran (\d+) tests? in", re.M)
RESULT = re.compile(r"^(OK|FAILED)(?: \((.*)\))?\s*$", re.M)


def run(exe, module, timeout):
    """Returns (ran, failures, errors, skipped, note) for one test module."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    t0 = time.time()
    # an empty working directory of its own: the tests write files there, and
    # a stray re.py or similar in a shared one would shadow the stdlib
    with tempfile.TemporaryDirectory(prefix="kiln-cpython-tests-") as cwd:
        try:
            p = subprocess.run([exe, "-m", "unittest", module], cwd=cwd, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, None, None, None, "timeout after %ds" % timeout
    out = p.stdout.decode("utf-8", "replace")
    ran, res = RAN.search(out), None
    for res in RESULT.finditer(out):
        pass
    if not ran or not res:
        last = out.strip().splitlines()[-1:] or ["no output"]
        sig = " (signal %d)" % -p.returncode if p.returncode < 0 else ""
        return None, None, None, None, "no summary%s: %s" % (sig, last[0][:70])
    counts = dict(kv.split("=") for kv in (res.group(2) or "").split(", ") if "=" in kv)
    return (int(ran.group(1)), int(counts.get("failures", 0)), int(counts.get("errors", 0)),
            int(counts.get("skipped", 0)), "%.1fs" % (time.time() - t0))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiln", default=os.path.join(ROOT, "build", "kiln"))
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--no-python", action="store_true", help="skip CPython's own counts")
    ap.add_argument("modules", nargs="*")
    a = ap.parse_args()
    if not os.path.isdir("/usr/lib/python3.11/test/test_json"):
        sys.exit("cpython_tests: install libpython3.11-testsuite first")
    mods = a.modules or MODULES
    print("| module | kiln ran | passed | failed | errors | skipped | CPython ran/passed | note |")
    print("|---|---|---|---|---|---|---|---|")
    tot = [0, 0, 0]
    for m in mods:
        ran, fail, err, skip, note = run(a.kiln, m, a.timeout)
        cp = ""
        if not a.no_python:
            cr, cf, ce, cs, _ = run("/usr/bin/python3", m, a.timeout)
            cp = "%s/%s" % (cr, cr - cf - ce - cs) if cr is not None else "-"
        if ran is None:
            print("| %s | - | - | - | - | - | %s | %s |" % (m, cp, note))
            continue
        passed = ran - fail - err - skip
        tot[0] += ran; tot[1] += passed; tot[2] += fail + err
        print("| %s | %d | %d | %d | %d | %d | %s | %s |" % (m, ran, passed, fail, err, skip, cp, note))
        sys.stdout.flush()
    print("\ntotal: %d tests ran, %d passed, %d failed or errored" % tuple(tot))


if __name__ == "__main__":
    main()
