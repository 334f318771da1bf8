"""Shared driver for kiln's benchmarks: run the workload N times and print one
line per iteration ("iter SECONDS"), which bench/run.py reads."""
import sys
import time


def run(fn, default_iters=5):
    n = int(sys.argv[1]) if len(sys.argv) > 1 else default_iters
    check = None
    for _ in range(n):
        t0 = time.perf_counter()
        result = fn()
        t1 = time.perf_counter()
        print("iter %.6f" % (t1 - t0))
        if check is None:
            check = result
        elif result != check:
            print("error: iterations disagree: %r != %r" % (result, check))
            sys.exit(1)
    print("result %r" % (check,))
