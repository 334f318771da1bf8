"""_imp (kiln overlay): the small builtin half of importlib.  kiln's import
statement is implemented in C; this module lets CPython's importlib package
(its finders, loaders and specs) run on top of it."""
import sys

check_hash_based_pycs = 'never'
_lock_depth = 0


def lock_held():
    return _lock_depth > 0


def acquire_lock():
    global _lock_depth
    _lock_depth += 1


def release_lock():
    global _lock_depth
    if _lock_depth <= 0:
        raise RuntimeError('not holding the import lock')
    _lock_depth -= 1


def is_builtin(name):
    return 1 if name in sys.builtin_module_names else 0


def create_builtin(spec):
    if spec.name in sys.modules:
        return sys.modules[spec.name]
    return __import__(spec.name)


def exec_builtin(module):
    return 0


def is_frozen(name):
    return False


def is_frozen_package(name):
    raise ImportError('No such frozen object named %r' % (name,), name=name)


def find_frozen(name, *, withdata=False):
    return None


def get_frozen_object(name, data=None):
    raise ImportError('No such frozen object named %r' % (name,), name=name)


def init_frozen(name):
    return None


def _frozen_module_names():
    return ()


def _fix_co_filename(code, path):
    return None


def extension_suffixes():
    return []


def create_dynamic(spec, file=None):
    raise ImportError('kiln cannot load C extension modules: %s' % (spec.name,), name=spec.name)


def exec_dynamic(module):
    return 0


def source_hash(key, source):
    import hashlib
    return hashlib.sha512(key.to_bytes(8, 'little') + bytes(source)).digest()[:8]


def _override_frozen_modules_for_tests(override):
    return None


def _override_multi_interp_extensions_check(override):
    return None
