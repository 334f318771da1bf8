#!/bin/sh
# The whole test suite: C unit tests, then the Python scripts against CPython's output.
set -e
cd "$(dirname "$0")/.."
if [ -x tests/c/run.sh ]; then tests/c/run.sh; fi
/usr/bin/python3 tests/run.py "$@"
