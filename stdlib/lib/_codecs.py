"""Codec registry and the built-in codecs' functions (kiln overlay: CPython
implements this module in C; here the codecs themselves are kiln's C
str.encode/bytes.decode, and this module adds the registry and the
stream-friendly (partial input) entry points the encodings package uses)."""

_search_functions = []
_cache = {}
_error_handlers = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(' ', '_')


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = _normalize(encoding)
    try:
        return _cache[key]
    except KeyError:
        pass
    if not _search_functions:
        import encodings  # registers its search function
    for func in _search_functions:
        result = func(key)
        if result is not None:
            if not isinstance(result, tuple) or len(result) != 4 and not hasattr(result, 'encode'):
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = result
            return result
    raise LookupError('unknown encoding: %s' % encoding)


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


def encode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, str) and _normalize(encoding).replace('-', '_') in _NATIVE:
        return obj.encode(encoding, errors)
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, (bytes, bytearray)) and _normalize(encoding).replace('-', '_') in _NATIVE:
        return bytes(obj).decode(encoding, errors)
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


_NATIVE = {'utf_8', 'utf8', 'latin_1', 'latin1', 'iso_8859_1', 'ascii', 'us_ascii'}


def _bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def _complete_utf8(data):
    """Length of the longest prefix of data that does not end inside a sequence."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return n
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return n if back >= need else n - back
    return n


def utf_8_encode(s, errors=None):
    return s.encode('utf-8', errors or 'strict'), len(s)


def utf_8_decode(data, errors=None, final=False):
    data = _bytes(data)
    end = len(data) if final else _complete_utf8(data)
    return data[:end].decode('utf-8', errors or 'strict'), end


def latin_1_encode(s, errors=None):
    return s.encode('latin-1', errors or 'strict'), len(s)


def latin_1_decode(data, errors=None, final=False):
    data = _bytes(data)
    return data.decode('latin-1', errors or 'strict'), len(data)


def ascii_encode(s, errors=None):
    return s.encode('ascii', errors or 'strict'), len(s)


def ascii_decode(data, errors=None, final=False):
    data = _bytes(data)
    return data.decode('ascii', errors or 'strict'), len(data)


def _utf16_32(name, width):
    def enc(s, errors=None, byteorder=0):
        codec = name if byteorder == 0 else name + ('-le' if byteorder < 0 else '-be')
        return s.encode(codec, errors or 'strict'), len(s)

    def dec(data, errors=None, final=False, byteorder=0):
        data = _bytes(data)
        end = len(data) - len(data) % width if not final else len(data)
        codec = name if byteorder == 0 else name + ('-le' if byteorder < 0 else '-be')
        return data[:end].decode(codec, errors or 'strict'), end
    return enc, dec


utf_16_encode, utf_16_decode = _utf16_32('utf-16', 2)
utf_16_le_encode, utf_16_le_decode = _utf16_32('utf-16-le', 2)
utf_16_be_encode, utf_16_be_decode = _utf16_32('utf-16-be', 2)
utf_32_encode, utf_32_decode = _utf16_32('utf-32', 4)
utf_32_le_encode, utf_32_le_decode = _utf16_32('utf-32-le', 4)
utf_32_be_encode, utf_32_be_decode = _utf16_32('utf-32-be', 4)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    data = _bytes(data)
    bo = byteorder
    if data[:2] == b'\xff\xfe':
        bo, data = -1, data[2:]
        consumed = 2
    elif data[:2] == b'\xfe\xff':
        bo, data = 1, data[2:]
        consumed = 2
    else:
        consumed = 0
    s, n = _utf16_32('utf-16', 2)[1](data, errors, final, bo or -1)
    return s, n + consumed, bo


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    data = _bytes(data)
    bo = byteorder
    consumed = 0
    if data[:4] == b'\xff\xfe\x00\x00':
        bo, data, consumed = -1, data[4:], 4
    elif data[:4] == b'\x00\x00\xfe\xff':
        bo, data, consumed = 1, data[4:], 4
    s, n = _utf16_32('utf-32', 4)[1](data, errors, final, bo or -1)
    return s, n + consumed, bo


def unicode_escape_encode(s, errors=None):
    return s.encode('unicode_escape'), len(s)


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _bytes(data)
    return data.decode('unicode_escape', errors or 'strict'), len(data)


def raw_unicode_escape_encode(s, errors=None):
    return s.encode('raw_unicode_escape'), len(s)


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _bytes(data)
    return data.decode('raw_unicode_escape', errors or 'strict'), len(data)


def escape_encode(data, errors=None):
    r = repr(bytes(data))[2:-1]
    if "'" in r:
        r = r.replace("\\'", "'")
    return r.encode('latin-1'), len(data)


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _bytes(data)
    return data.decode('unicode_escape').encode('latin-1'), len(data)


def charmap_encode(s, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    for i, ch in enumerate(s):
        v = mapping.get(ord(ch)) if isinstance(mapping, dict) else mapping.get(ord(ch), None)
        if v is None:
            if errors in ('ignore',):
                continue
            if errors == 'replace':
                out += b'?'
                continue
            raise UnicodeEncodeError('charmap', s, i, i + 1, 'character maps to <undefined>')
        out += bytes([v]) if isinstance(v, int) else v
    return bytes(out), len(s)


def charmap_decode(data, errors=None, mapping=None):
    data = _bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    for i, b in enumerate(data):
        try:
            ch = mapping[b]
        except (IndexError, KeyError, LookupError):
            ch = None
        if ch is None or ch == '\ufffe':
            if errors == 'ignore':
                continue
            if errors == 'replace':
                out.append('\ufffd')
                continue
            raise UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
        out.append(chr(ch) if isinstance(ch, int) else ch)
    return ''.join(out), len(data)


def charmap_build(decoding_table):
    return {ord(c): i for i, c in enumerate(decoding_table)}


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return bytes(data), len(data)


def utf_7_encode(s, errors=None):
    return s.encode('utf-7', errors or 'strict'), len(s)


def utf_7_decode(data, errors=None, final=False):
    data = _bytes(data)
    return data.decode('utf-7', errors or 'strict'), len(data)


# -- error handlers -------------------------------------------------------------

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        out = []
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            out.append('\\x%02x' % o if o < 0x100 else '\\u%04x' % o if o < 0x10000 else '\\U%08x' % o)
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except (ValueError, ImportError):
                o = ord(c)
                out.append('\\x%02x' % o if o < 0x100 else '\\u%04x' % o if o < 0x10000 else '\\U%08x' % o)
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end]:
            if b < 128:
                raise exc
            out.append(chr(0xDC00 + b))
        return (''.join(out), exc.end)
    raise exc


_error_handlers.update({
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors, 'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors, 'surrogateescape': surrogateescape_errors,
})


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


class _Builtin:
    """Makes a codec function behave like CPython's builtin one: stored as a
    class attribute (encodings' `_buffer_decode = codecs.utf_8_decode`) it
    must not bind to the instance."""
    def __init__(self, fn):
        self._fn = fn
        self.__name__ = self.__qualname__ = fn.__name__
        self.__doc__ = fn.__doc__

    def __call__(self, *args, **kwargs):
        return self._fn(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


for _name, _obj in list(globals().items()):
    if callable(_obj) and not isinstance(_obj, type) and not _name.startswith('_') and _name not in (
            'register', 'unregister', 'lookup', 'encode', 'decode', 'register_error', 'lookup_error'):
        globals()[_name] = _Builtin(_obj)
del _name, _obj
