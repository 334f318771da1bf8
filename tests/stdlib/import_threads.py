# Module imports across threads: a thread that imports a module another thread
# is still executing waits for it and never sees a half-initialised module; a
# failed import is retried by the waiting thread; a circular import started
# from two threads at once finishes (one of them gets the partial module).
import builtins
import os
import sys
import tempfile
import threading
import time

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
builtins.ev_in_body = threading.Event()
builtins.ev_go = threading.Event()
builtins.runs = {}

def write(name, body):
    with open(os.path.join(tmp, name + '.py'), 'w') as f:
        f.write(body)

write('slowmod', '''
import builtins
builtins.runs['slowmod'] = builtins.runs.get('slowmod', 0) + 1
first = 1
builtins.ev_in_body.set()
builtins.ev_go.wait()
last = 2
''')

def importer(res):
    import slowmod
    res.append((slowmod.first, getattr(slowmod, 'last', 'MISSING')))

res = []
first = threading.Thread(target=importer, args=(res,))
first.start()
builtins.ev_in_body.wait()
others = [threading.Thread(target=importer, args=(res,)) for _ in range(3)]
for t in others:
    t.start()
time.sleep(0.1)             # let them reach the import (correct either way)
builtins.ev_go.set()
for t in [first] + others:
    t.join()
print('slow module:', sorted(res), 'ran', builtins.runs['slowmod'], 'time(s)')

# The same with importlib.import_module in one thread and the statement in others.
import importlib
builtins.ev_in_body.clear()
builtins.ev_go.clear()
write('slowmod2', open(os.path.join(tmp, 'slowmod.py')).read().replace("'slowmod'", "'slowmod2'"))
def importer2(res, how):
    if how == 'importlib':
        mod = importlib.import_module('slowmod2')
    else:
        import slowmod2 as mod
    res.append((how, mod.first, getattr(mod, 'last', 'MISSING')))
for a, b in (('importlib', 'statement'), ('statement', 'importlib')):
    sys.modules.pop('slowmod2', None)
    builtins.ev_in_body.clear()
    builtins.ev_go.clear()
    res = []
    first = threading.Thread(target=importer2, args=(res, a))
    first.start()
    builtins.ev_in_body.wait()
    second = threading.Thread(target=importer2, args=(res, b))
    second.start()
    time.sleep(0.1)
    builtins.ev_go.set()
    first.join()
    second.join()
    print('mixed:', sorted(res))
print('slowmod2 ran', builtins.runs['slowmod2'], 'times')

# The first import fails: the thread waiting for it imports the module itself.
builtins.ev_in_body.clear()
builtins.ev_go.clear()
write('failonce', '''
import builtins
n = builtins.runs['failonce'] = builtins.runs.get('failonce', 0) + 1
builtins.ev_in_body.set()
builtins.ev_go.wait()
if n == 1:
    raise ValueError('first import fails')
ok = True
''')
out = []
def imp_fail(tag):
    try:
        import failonce
        out.append((tag, 'ok', failonce.n))
    except ValueError as e:
        out.append((tag, 'error', str(e)))
t1 = threading.Thread(target=imp_fail, args=('first',))
t1.start()
builtins.ev_in_body.wait()
builtins.ev_in_body.clear()
t2 = threading.Thread(target=imp_fail, args=('second',))
t2.start()
time.sleep(0.1)
builtins.ev_go.set()
t1.join()
t2.join()
print('failing module:', out, 'in sys.modules:', 'failonce' in sys.modules)

# Two threads start a circular import from either end.
builtins.ev_a = threading.Event()
builtins.ev_b = threading.Event()
write('cyc_a', '''
import builtins
builtins.ev_a.set()
builtins.ev_b.wait()
import cyc_b
A = 'a'
''')
write('cyc_b', '''
import builtins
builtins.ev_b.set()
builtins.ev_a.wait()
import cyc_a
B = 'b'
''')
done = []
def imp(name):
    __import__(name)
    done.append(name)
ta = threading.Thread(target=imp, args=('cyc_a',))
tb = threading.Thread(target=imp, args=('cyc_b',))
ta.start()
tb.start()
ta.join()
tb.join()
import cyc_a, cyc_b
print('circular:', sorted(done), cyc_a.A, cyc_b.B)

# Many threads importing one package's submodules at once.
os.mkdir(os.path.join(tmp, 'pkg'))
write('pkg/__init__', 'import time\ntime.sleep(0.05)\nREADY = True\n')
for i in range(4):
    write('pkg/m%d' % i, 'import pkg\nassert pkg.READY\nVALUE = %d\n' % i)
vals = []
def imp_sub(i):
    mod = __import__('pkg.m%d' % i, fromlist=['VALUE'])
    vals.append(mod.VALUE)
ts = [threading.Thread(target=imp_sub, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("package:", sorted(vals))
import shutil
shutil.rmtree(tmp)
