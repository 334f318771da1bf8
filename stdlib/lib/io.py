"""The io module (kiln overlay).

CPython's io re-exports the classes of its C module _io.  Until kiln's C
_io lands, kiln's io takes them from CPython's own pure-Python
implementation, _pyio, which has the same classes and behaviour."""

__author__ = ("Guido van Rossum <guido@python.org>, "
              "Mike Verdone <mike.verdone@gmail.com>, "
              "Mark Russell <mark.russell@zen.co.uk>, "
              "Antoine Pitrou <solipsis@pitrou.net>, "
              "Amaury Forgeot d'Arc <amauryfa@gmail.com>, "
              "Benjamin Peterson <benjamin@python.org>")

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    return open(path, "rb")


import abc


class UnsupportedOperation(OSError, ValueError):
    pass


# The ABCs, as CPython's io.py declares them; _pyio registers its classes here.
class IOBase(metaclass=abc.ABCMeta):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


import _pyio
from _pyio import (DEFAULT_BUFFER_SIZE, BlockingIOError, open, FileIO, BytesIO,
                   StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
                   BufferedRandom, IncrementalNewlineDecoder, text_encoding,
                   TextIOWrapper)

# The io ABCs carry _pyio's methods (close, __enter__, readline, ...), as
# CPython's carry _io._IOBase's: subclasses such as gzip.GzipFile rely on them.
IOBase, RawIOBase = _pyio.IOBase, _pyio.RawIOBase
BufferedIOBase, TextIOBase = _pyio.BufferedIOBase, _pyio.TextIOBase

import _io
_io.FileIO = FileIO
RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BytesIO, StringIO,
             BufferedReader, BufferedWriter, BufferedRWPair, BufferedRandom,
             IncrementalNewlineDecoder, TextIOWrapper, UnsupportedOperation):
    try:
        _cls.__module__ = "io"
    except (AttributeError, TypeError):
        pass
del _cls


# Buffered writers still open when the process ends are flushed then, as
# CPython's teardown finalizes them: kiln calls _flush_at_exit() at the end of
# a run (a restored image's too, which takes no collection at exit), so data
# written to a file that was never closed is not lost.
import _weakref

_open_writers = {}


def _forget(ref, key):
    if _open_writers.get(key) is ref:
        del _open_writers[key]


def _writer_init(init):
    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        key = id(self)
        _open_writers[key] = _weakref.ref(self, lambda ref, key=key: _forget(ref, key))
    __init__.__qualname__ = init.__qualname__
    __init__.__doc__ = init.__doc__
    return __init__


BufferedWriter.__init__ = _writer_init(BufferedWriter.__init__)


def _flush_at_exit():
    for ref in list(_open_writers.values()):
        writer = ref()
        if writer is None:
            continue
        try:
            if not writer.closed:
                writer.flush()
        except Exception:
            pass
