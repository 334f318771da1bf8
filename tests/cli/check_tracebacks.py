#!/usr/bin/env python3
"""Tracebacks with CPython 3.11's caret lines: run every tests/cli/tracebacks/*.py
under python3 and kiln and compare stderr exactly (the directory normalised) and the
exit status; each is also run with -X no_debug_ranges
(and the first with PYTHONNODEBUGRANGES=1).  Run by tests/run.sh with
CPython; prints 'N passed, M failed'.

  check_tracebacks.py [--kiln PATH] [-v] [FILTER...]
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DIR = os.path.join(HERE, "tracebacks")
PY = "/usr/bin/python3"


def run(exe, opts, name):
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONNODEBUGRANGES", None)
    if opts == ["PYTHONNODEBUGRANGES=1"]:
        env["PYTHONNODEBUGRANGES"] = "1"
        opts = []
    try:
        p = subprocess.run([exe] + opts + [name], cwd=DIR, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env, timeout=60)
    except subprocess.TimeoutExpired:
        return None, b"", b"timeout"
    err = p.stderr.replace(DIR.encode() + b"/", b"")
    return p.returncode, p.stdout, err


def main():
    args = sys.argv[1:]
    kiln = os.path.join(ROOT, "build", "kiln")
    verbose = False
    if "--kiln" in args:
        i = args.index("--kiln")
        kiln = args[i + 1]
        del args[i:i + 2]
    if "-v" in args:
        verbose = True
        args.remove("-v")
    names = sorted(f for f in os.listdir(DIR) if f.endswith(".py") and (not args or any(a in f for a in args)))
    passed = failed = 0
    for name in names:
        variants = ([], ["-X", "no_debug_ranges"]) + ((["PYTHONNODEBUGRANGES=1"],) if name == names[0] else ())
        for opts in variants:
            want = run(PY, opts, name)
            got = run(kiln, opts, name)
            label = " ".join(opts + [name])
            if want == got:
                passed += 1
                continue
            failed += 1
            print("FAIL", label)
            if verbose:
                print("--- python3 (rc %s)\n%s--- kiln (rc %s)\n%s" % (
                    want[0], (want[1] + want[2]).decode("utf-8", "replace"),
                    got[0], (got[1] + got[2]).decode("utf-8", "replace")))
    print("tracebacks: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
