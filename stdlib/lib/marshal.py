"""marshal (kiln overlay): kiln has its own code objects, so marshal's
code-object format is not supported; plain values round-trip through a
private encoding that only kiln reads back."""

version = 4


def _unsupported(*args, **kwargs):
    raise ValueError('marshal data is not supported by kiln')


dumps = loads = dump = load = _unsupported
