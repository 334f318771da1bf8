"""_warnings provides basic warning filtering support.
It is a helper module to speed up interpreter start-up."""
# kiln: CPython's C accelerator of the warnings module, in Python, with its
# behaviour: the default filters name '__main__' as a plain string (matched
# exactly), registries hold True and a 'version', 'once' and 'module' record
# (text, category) in the caller's registry, and the filters, default action,
# once-registry and display are those of the warnings module when it has
# been imported (catch_warnings rebinds them there).
import sys

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_defaultaction = 'default'
_onceregistry = {}
_version = [0]
# the settings last seen in the warnings module (used when it lost them)
_state = {'filters': filters, 'defaultaction': _defaultaction, 'onceregistry': _onceregistry}
_UNSET = object()


def _filters_mutated():
    _version[0] += 1


def _setting(name, kind, what):
    w = sys.modules.get('warnings')
    if w is not None and hasattr(w, name):
        _state[name] = getattr(w, name)
    value = _state[name]
    if not isinstance(value, kind):
        if kind is list:
            raise ValueError('_warnings.filters must be a list')
        raise TypeError("_warnings.%s must be a %s, not '%s'" % (name, what, type(value).__name__))
    return value


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _action_for(category, text, lineno, module):
    for item in _setting('filters', list, 'list'):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError('_warnings.filters item %d isn\'t a 5-tuple' % filters.index(item))
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or ln == lineno)):
            return action, item
    return _setting('defaultaction', str, 'string'), None


def _seen(registry, key, mark):
    """True if registry has key; else record it when mark.  A registry made
    under other filters starts again."""
    if registry.get('version') != _version[0] or type(registry.get('version')) is not int:
        registry.clear()
        registry['version'] = _version[0]
    elif registry.get(key):
        return True
    if mark:
        registry[key] = True
    return False


def _frame_context(stacklevel):
    w = sys.modules.get('warnings')
    internal = getattr(w, '_is_internal_frame', None)
    after = getattr(w, '_next_external_frame', None)
    try:
        frame = sys._getframe(2)            # the caller of warn()
    except ValueError:
        frame = None
    if stacklevel <= 1 or internal is None or internal(frame):
        while frame is not None and stacklevel > 1:
            frame = frame.f_back
            stacklevel -= 1
    else:
        while frame is not None and stacklevel > 1:
            frame = after(frame)
            stacklevel -= 1
    if frame is None:
        return sys.__dict__, 'sys', 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def _warn_impl(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        return TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    globals, filename, lineno = _frame_context(stacklevel)
    registry = globals.get('__warningregistry__')
    if registry is None:
        registry = globals['__warningregistry__'] = {}
    module = globals.get('__name__', '<string>')
    if module is not None and not isinstance(module, str):
        module = '<string>'
    return _explicit(category, message, filename, lineno, module, registry, None, source)


def _warn_explicit_impl(message, category, filename, lineno, module=_UNSET, registry=None,
                        module_globals=None, source=None):
    if not isinstance(filename, str):
        return TypeError('warn_explicit() argument 3 must be str, not %s' % _name(filename))
    if not isinstance(lineno, int):
        try:
            lineno = type(lineno).__index__(lineno)
        except AttributeError:
            return TypeError("'%s' object cannot be interpreted as an integer" % type(lineno).__name__)
    if module_globals is not None and not isinstance(module_globals, dict):
        return TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
    return _explicit(category, message, filename, lineno, module, registry, module_globals, source)


# warn() and warn_explicit() are builtins that call the two above and raise
# the exception they return (kilnmodule.c)
def _name(v):
    return 'None' if v is None else type(v).__name__


def _explicit(category, message, filename, lineno, module, registry, module_globals, source):
    if module is None:              # late in shutdown
        return None
    if module is _UNSET:
        module = (filename[:-3] if filename[-3:] == '.py' else filename) or '<unknown>'
    if registry is not None and not isinstance(registry, dict):
        return TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _seen(registry, key, False):
        return None
    try:
        action, item = _action_for(category, text, lineno, module)
    except (TypeError, ValueError) as e:
        return e.with_traceback(None)
    if action == 'error':
        return message
    if action == 'ignore':
        return None
    if action != 'always':
        if registry is not None:
            registry[key] = True
        if action in ('once', 'module'):
            if action == 'once' and registry is None:
                registry = _setting('onceregistry', dict, 'dict')
            if registry is not None and _seen(registry, (text, category), True):
                return None
        elif action != 'default':
            return RuntimeError('Unrecognized action (%r) in warnings.filters:\n %r' % (action, item))
    w = sys.modules.get('warnings')
    if w is None and source is not None:
        import warnings as w
    show = getattr(w, '_showwarnmsg', None)
    if show is None:
        _show_plain(text, category, filename, lineno)
        return None
    if not callable(show):
        return TypeError('warnings._showwarnmsg() must be set to a callable')
    if module_globals is not None:
        import linecache
        linecache.getlines(filename, module_globals)
    show(w.WarningMessage(message, category, filename, lineno, None, None, source))
    return None


def _show_plain(text, category, filename, lineno):
    """The display without the warnings module: 'file:line: Category: text'
    and the source line."""
    import linecache
    err = sys.stderr
    err.write('%s:%d: %s: %s\n' % (filename, lineno, category.__name__, text))
    line = linecache.getline(filename, lineno).strip()
    if line:
        err.write('  %s\n' % line)


def _make_builtins():
    from kiln import _warnings_builtins
    return _warnings_builtins(sys.modules[__name__])


warn, warn_explicit = _make_builtins()
del _make_builtins
