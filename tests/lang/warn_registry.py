# Repeated warnings: the default action shows a warning once per location
# (__warningregistry__ of the warning's module), 'always', 'once', 'module',
# 'error' and 'ignore' filters, and the registry's reset when filters change.
import os, sys, warnings


def show(message, category, filename, lineno, file=None, line=None):
    print('  shown:', os.path.basename(filename), lineno, category.__name__, message)


warnings.showwarning = show
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
print(warnings.warn, warnings.warn_explicit)


def f(msg='repeated', category=UserWarning):
    warnings.warn(msg, category)


def g():
    warnings.warn('repeated')


print('default, 3 calls from one line:')
for i in range(3):
    f()
print('another location, same text:')
g()
g()
print(sorted((k[0], k[1].__name__, k[2]) for k in __warningregistry__ if k != 'version'))
print(__warningregistry__['version'], set(v for k, v in __warningregistry__.items() if k != 'version'))

print('DeprecationWarning: shown in __main__, ignored elsewhere:')
warnings.warn('dep here', DeprecationWarning)
f('dep in f', DeprecationWarning)
ns = {'__name__': 'other', 'warnings': warnings}
exec("warnings.warn('dep in other', DeprecationWarning)", ns)
exec("warnings.warn('user in other')", ns)
print(sorted(k[0] for k in ns['__warningregistry__'] if k != 'version'))

print('always:')
warnings.simplefilter('always')
print(__warningregistry__)      # filters changed: the registry starts again on next use
for i in range(2):
    f()
print(sorted(k for k in __warningregistry__ if k != 'version'), __warningregistry__['version'] > 0)

print('once (per registry, then per text):')
warnings.resetwarnings()
warnings.simplefilter('once')
for i in range(2):
    f('once text')
g()
warnings.warn('once text')
print('module:')
warnings.simplefilter('module')
for i in range(2):
    f('module text')
warnings.warn('module text')
exec("warnings.warn('module text')", ns)

print('error and ignore:')
warnings.simplefilter('error')
try:
    f('boom')
except UserWarning as e:
    print('  raised', type(e).__name__, e)
warnings.simplefilter('ignore')
f('ignored')
print('  nothing shown')

print('filterwarnings by message, category, module, line:')
warnings.resetwarnings()
warnings.simplefilter('ignore')
warnings.filterwarnings('always', message='pick')
warnings.filterwarnings('error', category=RuntimeWarning)
warnings.filterwarnings('always', module='other')
f('pick me')
f('PICK ME TOO')
f('not me')
try:
    f('rt', RuntimeWarning)
except RuntimeWarning as e:
    print('  raised', e)
exec("warnings.warn('from other')", ns)
print([(a, m.pattern if m else m, c.__name__, mo.pattern if mo else mo, ln)
       for a, m, c, mo, ln in warnings.filters])

print('catch_warnings restores filters and the registry keeps working:')
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    f('in catch')
    f('in catch')
print(len(log), [str(w.message) for w in log], log[0].category.__name__, log[0].lineno)
print(warnings.filters[:1])

print('warn_explicit with a registry:')
warnings.simplefilter('default')
reg = {}
for i in range(2):
    warnings.warn_explicit('explicit', UserWarning, 'mod.py', 7, registry=reg)
warnings.warn_explicit('explicit', UserWarning, 'mod.py', 8, registry=reg)
print(sorted((k[0], k[2]) for k in reg if k != 'version'))
warnings.warn_explicit(UserWarning('instance'), None, 'mod.py', 9)
warnings.warn_explicit('no module', UserWarning, 'x.py', 1, module=None)
print('  (module=None: nothing)')

print('stacklevel:')


def deeper():
    warnings.warn('level 2', stacklevel=2)


warnings.simplefilter('always')
deeper()
warnings.warn('level 99', stacklevel=99)
print('errors:')
for args in [(3, 4), ('x', int)]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print(' ', e)
for args in [('t', Warning, None, 1), ('t', Warning, 'f', 1.5)]:
    try:
        warnings.warn_explicit(*args)
    except TypeError as e:
        print(' ', e)
try:
    warnings.warn_explicit('t', Warning, 'f', 1, registry=42)
except TypeError as e:
    print(' ', e)
warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
try:
    warnings.warn('x')
except RuntimeError as e:
    print(' ', e)
warnings.resetwarnings()
saved = warnings.defaultaction
warnings.defaultaction = 3
try:
    warnings.warn('y')
except TypeError as e:
    print(' ', e)
warnings.defaultaction = saved
print('end')
