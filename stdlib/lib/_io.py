"""_io (kiln overlay): the io classes, from CPython's pure-Python _pyio until
kiln's C implementation lands.  See io.py beside this file."""
from io import *
from io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, open_code,
                FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
                BufferedRandom, IncrementalNewlineDecoder, text_encoding, TextIOWrapper)
from io import IOBase as _IOBase, RawIOBase as _RawIOBase
from io import BufferedIOBase as _BufferedIOBase, TextIOBase as _TextIOBase
