# Warnings shown without the warnings module: _warnings writes
# "file:line: Category: text" and the source line to sys.stderr itself, and
# its filters, registries and argument checks behave as CPython's C module.
import os, sys, tempfile
sys.stderr = sys.stdout
import _warnings
print('warnings' in sys.modules)
print(sorted(dir(_warnings)))
print(_warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry)

src = '''\
def f(msg, cat=UserWarning, level=1):
    _warnings.warn(msg, cat, level)
f("plain")
f("plain")
f("dep", DeprecationWarning)
f("dep up", DeprecationWarning, 2)
x = "abc" is 1
print(bool(NotImplemented))
    '''


def run_src(*modules):
    """Runs src from a file w.py as each module name; returns the last globals."""
    with tempfile.TemporaryDirectory() as d:
        os.chdir(d)
        with open('w.py', 'w') as fh:
            fh.write(src)
        for name in modules:
            g = {'__name__': name, '_warnings': _warnings}
            exec(compile(src, 'w.py', 'exec'), g)
        os.chdir('/')
    return g


g = run_src('__main__')
print(sorted((k[0], k[1].__name__, k[2]) for k in g['__warningregistry__'] if k != 'version'))
run_src('other')

_warnings.warn_explicit("ex", UserWarning, "nofile.py", 3)
_warnings.warn_explicit("ex", UserWarning, "", 3)
_warnings.warn_explicit("ex", UserWarning, "x.py", 3, module=None)


class Loader:
    def get_source(self, name):
        return 'line one\n    line two\n'


_warnings.warn_explicit("from loader", UserWarning, "virtual.py", 2,
                        module_globals={'__loader__': Loader(), '__name__': 'virtual'})
for args, kw in [((), {}), (('x',), {'stacklevel': 'a'}), (('x', 5), {}), (('x', int), {}),
                 (('x', UserWarning, 'f', 1), {'module_globals': 3}),
                 (('x', UserWarning, 7, 1), {}), (('x', UserWarning, 'f', 1), {'registry': []})]:
    fn = _warnings.warn if len(args) < 4 else _warnings.warn_explicit
    try:
        fn(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    _warnings.warn_explicit('x', UserWarning, 'virtual.py', 9,
                            module_globals={'__loader__': Loader(), '__name__': 'virtual'})
except IndexError as e:
    print('IndexError:', e)
_warnings.filters.insert(0, ('error', None, RuntimeWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn('boom', RuntimeWarning)
except RuntimeWarning as e:
    print('raised', repr(e))
_warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
try:
    _warnings.warn('x')
except RuntimeError as e:
    print('RuntimeError:', e)
del _warnings.filters[:2]
print('warnings' in sys.modules)

# without the warnings module: _warnings displays the warning itself
saved = sys.modules.pop('warnings')
run_src('__main__')
_warnings.warn_explicit("from loader", UserWarning, "virtual.py", 2,
                        module_globals={'__loader__': Loader(), '__name__': 'virtual'})
_warnings.warn_explicit("no file", UserWarning, "nofile.py", 3)
exec(compile("_warnings.warn('twice', UserWarning)\n" * 2, 'gone.py', 'exec'),
     {'_warnings': _warnings, '__name__': 'gone'})
sys.modules['warnings'] = saved
print('end')
