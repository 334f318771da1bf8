# os.utime rounds float times toward minus infinity, as CPython.
import os
p = '/tmp/kiln_ut_%d' % os.getpid()
open(p, 'w').close()
for t in (1.5, 1234567890.123456789, 0.1, 1e9 + 0.999999999, 17):
    os.utime(p, (t, t))
    print(os.stat(p).st_mtime_ns, os.stat(p).st_mtime)
os.remove(p)
