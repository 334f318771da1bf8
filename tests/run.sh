#!/bin/sh
# The whole test suite: C unit tests, command-line and image checks, then the
# Python scripts compared with CPython's output.  Each part prints its counts;
# the last line is the total.
cd "$(dirname "$0")/.."
status=0
if [ -x tests/c/run.sh ]; then tests/c/run.sh || status=1; fi
/usr/bin/python3 tests/cli/check_cli.py || status=1
/usr/bin/python3 tests/cli/check_tracebacks.py || status=1
/usr/bin/python3 tests/cli/check_pycache.py || status=1
/usr/bin/python3 tests/image/check_images.py || status=1
/usr/bin/python3 tests/cli/check_static.py || status=1
/usr/bin/python3 tests/run.py "$@" || status=1
exit $status
