"""importlib (kiln overlay): CPython's importlib package, plus the import
hooks CPython installs at start-up (kiln's import statement is in C, so the
package's own __init__ runs here and then installs its finders for the
importlib API: import_module, find_spec, reload...)."""
import os as _kiln_os
import sys as _kiln_sys
import _thread, _warnings, _weakref  # importlib._bootstrap._setup takes them from sys.modules

_kiln_dir = _kiln_os.path.join(_kiln_os.path.dirname(_kiln_os.__file__), 'importlib')
__path__.append(_kiln_dir)
_kiln_init = _kiln_os.path.join(_kiln_dir, '__init__.py')
# CPython's __init__ first tries the frozen modules; make it take its source
# fallback, then publish the source modules under the frozen names (as CPython
# has them in sys.modules), also when the import began with one of those names.
_kiln_sys.modules['_frozen_importlib'] = None
_kiln_sys.modules['_frozen_importlib_external'] = None
with open(_kiln_init, 'rb') as _kiln_f:
    exec(compile(_kiln_f.read(), _kiln_init, 'exec'), globals())
del _kiln_f
_kiln_sys.modules['_frozen_importlib'] = _bootstrap
_kiln_sys.modules['_frozen_importlib_external'] = _bootstrap_external
if not _kiln_sys.meta_path:
    _bootstrap._install(_kiln_sys, _imp)
    _bootstrap_external._install(_bootstrap)


def _kiln_get_code(self, fullname):
    """Source files share the import statement's compiled-code cache
    (__pycache__/NAME.kiln-311.pyc holds kiln's own format)."""
    import kiln
    return kiln._source_code(self.get_filename(fullname))


_bootstrap_external.SourceFileLoader.get_code = _kiln_get_code
del _kiln_get_code


def _kiln_find_and_load(name, import_, _find_and_load=_bootstrap._find_and_load):
    """importlib's loads share the import statement's per-module locks, so a
    thread never sees a module another thread is still executing."""
    import kiln
    token = kiln._import_lock_enter(name)
    try:
        return _find_and_load(name, import_)
    finally:
        kiln._import_lock_exit(name, token)


_bootstrap._find_and_load = _kiln_find_and_load
del _kiln_find_and_load
del _kiln_os, _kiln_sys, _kiln_dir, _kiln_init
