# time's clock_* functions, CLOCK_* constants and strptime.
import time
import threading

names = ['CLOCK_BOOTTIME', 'CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW', 'CLOCK_PROCESS_CPUTIME_ID',
         'CLOCK_REALTIME', 'CLOCK_TAI', 'CLOCK_THREAD_CPUTIME_ID']
print([(n, getattr(time, n)) for n in names])
for n in names:
    clk = getattr(time, n)
    t = time.clock_gettime(clk)
    ns = time.clock_gettime_ns(clk)
    print(n, type(t).__name__, type(ns).__name__, t >= 0, ns >= 0, 0 < time.clock_getres(clk) <= 0.01)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.clock_gettime(time.CLOCK_MONOTONIC)
print(b >= a)
a = time.clock_gettime_ns(time.CLOCK_REALTIME)
print(abs(a / 1e9 - time.time()) < 5)
for f, args in ((time.clock_gettime, (12345,)), (time.clock_getres, (12345,)),
                (time.clock_gettime_ns, (12345,)), (time.clock_gettime, ('x',)),
                (time.clock_gettime, ()), (time.clock_settime, (time.CLOCK_MONOTONIC, 0.0)),
                (time.clock_settime_ns, (time.CLOCK_MONOTONIC, 0))):
    try:
        f(*args)
    except (OSError, TypeError) as e:
        print(f.__name__, type(e).__name__, getattr(e, 'errno', None))
clk = time.pthread_getcpuclockid(threading.get_ident())
print(type(clk).__name__, time.clock_gettime(clk) > 0)

print(time.strptime('2024-02-29 13:45:10', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Thu Mar  7 10:00:00 2024'))
print(tuple(time.strptime('31/12/99', '%d/%m/%y')))
try:
    time.strptime('2024', '%d')
except ValueError as e:
    print(e)
