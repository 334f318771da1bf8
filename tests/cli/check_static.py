#!/usr/bin/env python3
"""The static kiln (make static): name-service lookups, which it answers
from the files under /etc and DNS only, against CPython's; then the image
checks (tests/image/check_images.py) with the static binary.  Skipped when
build/kiln-static is missing.  Prints 'static: N passed, M failed'."""
import os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KILN = os.path.join(ROOT, "build", "kiln-static")
if not os.access(KILN, os.X_OK):
    print("static: skipped (no build/kiln-static)")
    sys.exit(0)
passed = failed = 0
SNIPPETS = [
    "import pwd; print(pwd.getpwuid(0)); print(sorted(p.pw_name for p in pwd.getpwall()) == sorted(set(p.pw_name for p in pwd.getpwall())))",
    "import pwd\ntry: pwd.getpwnam('no-such-user-kiln')\nexcept KeyError as e: print('KeyError', e)",
    "import grp; print(grp.getgrgid(0).gr_name, len(grp.getgrall()) > 0)",
    "import grp\ntry: grp.getgrnam('no-such-group-kiln')\nexcept KeyError as e: print('KeyError', e)",
    "import os; print(os.getgrouplist('root', 0)[:1])",
    "import socket; print(sorted({a[4] for a in socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM)}))",
    "import socket; print(socket.getservbyname('http', 'tcp'), socket.getprotobyname('udp'))",
]
for src in SNIPPETS:
    want = subprocess.run(["/usr/bin/python3", "-c", src], capture_output=True, text=True)
    got = subprocess.run([KILN, "-c", src], capture_output=True, text=True)
    if (got.returncode, got.stdout) == (want.returncode, want.stdout):
        passed += 1
    else:
        failed += 1
        print("FAIL", repr(src), repr((got.returncode, got.stdout, got.stderr[-300:])), "want", repr(want.stdout))
# name services are set up per process: a restored one sets them up again
# (a lookup made at bake time must not leave the restored process without)
import tempfile
tmp = tempfile.mkdtemp(prefix="kiln-static-")
app = os.path.join(tmp, "nss_app.py")
with open(app, "w") as f:
    f.write("import pwd, kiln\nROOT = pwd.getpwuid(0).pw_name\n"
            "def main():\n    print(ROOT, len(pwd.getpwall()) > 0)\n"
            "    try: pwd.getpwnam('no-such-user-kiln')\n    except KeyError as e: print('KeyError', e)\n"
            "kiln.set_main(main)\n")
img = os.path.join(tmp, "nss_app.kiln")
env = dict(os.environ, KILN_CACHE=os.path.join(tmp, "cache"))
bake = subprocess.run([KILN, "bake", "-o", img, app], capture_output=True, text=True, env=env)
got = subprocess.run([KILN, "run", img], capture_output=True, text=True, env=env)
want = "root True\nKeyError \"getpwnam(): name not found: 'no-such-user-kiln'\"\n"
if bake.returncode == 0 and (got.returncode, got.stdout) == (0, want):
    passed += 1
else:
    failed += 1
    print("FAIL name services after a restore", repr((bake.returncode, bake.stderr[-300:], got.returncode,
                                                      got.stdout, got.stderr[-300:])))
print("static: %d passed, %d failed" % (passed, failed))
rc = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "image", "check_images.py"), KILN]).returncode
sys.exit(1 if failed or rc else 0)
