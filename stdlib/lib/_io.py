"""_io (kiln overlay): the io classes, from CPython's pure-Python _pyio until
kiln's C implementation lands.  See io.py beside this file.

_pyio itself does `from _io import FileIO` while io is still being imported,
so FileIO starts as a placeholder that io.py replaces; every other name is
looked up in io on first use."""


class FileIO:
    """Placeholder until io has been imported (replaced by _pyio.FileIO)."""


_ALIASES = {"_IOBase": "IOBase", "_RawIOBase": "RawIOBase",
            "_BufferedIOBase": "BufferedIOBase", "_TextIOBase": "TextIOBase"}


def __getattr__(name):
    import io
    return getattr(io, _ALIASES.get(name, name))
