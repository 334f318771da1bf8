"""Compile every .py file under a directory (default /usr/lib/python3.11) with the running
interpreter's compile() and report counts.  Run it under kiln:

    build/kiln tools/compile_stdlib.py [-v] [DIR]

A file that fails is compiled again by CPython (/usr/bin/python3, in a subprocess); files that
CPython cannot compile either (deliberate bad-syntax test inputs, Python 2 files) are excluded.
Exit status 1 when a file that CPython compiles fails under this interpreter."""
import os, subprocess, sys

CPYTHON = "/usr/bin/python3"
CHECK = "import sys\ntry:\n    compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')\n" \
        "except BaseException as e:\n    print(type(e).__name__, e)\n    sys.exit(1)\n"


def files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


def cpython_compiles(path):
    p = subprocess.run([CPYTHON, "-c", CHECK, path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return p.returncode == 0, p.stdout.decode("utf-8", "replace").strip()


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    root = args[0] if args else "/usr/lib/python3.11"
    total = ok = excluded = 0
    bad = []
    for path in files(root):
        total += 1
        try:
            with open(path, "rb") as f:
                src = f.read()
            compile(src, path, "exec")
            ok += 1
            continue
        except BaseException as e:
            err = "%s: %s" % (type(e).__name__, e)
        both, why = cpython_compiles(path)
        if not both:
            excluded += 1
            if verbose:
                print("excluded (CPython fails too):", path, "--", why)
            continue
        bad.append(path)
        print("FAIL", path, "--", err)
    print("files: %d  compiled: %d  excluded (CPython cannot compile): %d  failed: %d"
          % (total, ok, excluded, len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
