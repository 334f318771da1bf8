# builtins.open is _io.open is io.open: one builtin function object, whose
# module is io, from the first line of a program (before io is imported).
import builtins
o0 = builtins.open
h0 = hash(open)
print(repr(open), open.__name__, open.__qualname__, open.__module__)
print(type(open).__name__)
print(open.__self__)            # the _io module, even before anything imported it
print(repr(open.__doc__[:60]))
print(open.__text_signature__)
print(open.__reduce__())

import _io
print(o0 is _io.open, builtins.open is o0, hash(open) == h0, open == _io.open)
import io
print(open is io.open, io.open is _io.open)
print(open.__module__, _io.open.__module__, io.open.__module__)
print(open.__self__ is _io, io.open_code.__self__ is _io, io.text_encoding.__self__ is _io)

import inspect
print(inspect.signature(open))
for name in ["open_code", "text_encoding"]:
    f = getattr(io, name)
    print(name, f is getattr(_io, name), repr(f), f.__module__, f.__qualname__,
          inspect.signature(f), repr(f.__doc__[:48]), f.__reduce__())
for name in ["DEFAULT_BUFFER_SIZE", "UnsupportedOperation", "BlockingIOError", "FileIO",
             "BytesIO", "StringIO", "TextIOWrapper", "BufferedReader", "IncrementalNewlineDecoder"]:
    print(name, getattr(io, name) is getattr(_io, name))
print(io.DEFAULT_BUFFER_SIZE == _io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__module__)

import pickle
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for f in (open, io.open_code, io.text_encoding):
        assert pickle.loads(pickle.dumps(f, proto)) is f, (f, proto)
print(pickle.dumps(open, 0), pickle.dumps(io.open_code, 0), pickle.dumps(io.text_encoding, 0))
import copy
print(copy.copy(open) is open, copy.deepcopy(io.open_code) is io.open_code)

# it still opens files, through either name
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w", encoding="utf-8") as f:
    print(type(f).__name__, f.mode, f.write("abc\n"))
with io.open(p, "rb") as f:
    print(type(f).__name__, f.read())
with _io.open_code(p) as f:
    print(type(f).__name__, f.read())
os.remove(p)
os.rmdir(d)
try:
    open()
except TypeError as e:
    print(e)
try:
    open(p, "z")
except ValueError as e:
    print(e)
try:
    io.open_code(1)
except TypeError as e:
    print(e)
print(io.text_encoding("ascii"), io.text_encoding(None))

# rebinding builtins.open does not change _io.open
saved = builtins.open
builtins.open = lambda *a: "mine"
print(open("x"), _io.open is saved, io.open is saved)
builtins.open = saved
print(open is _io.open)
