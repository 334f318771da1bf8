"""_warnings (kiln overlay): the warn() entry point that importlib uses;
the warnings module itself runs its pure-Python implementation."""


def warn(message, category=None, stacklevel=1, source=None):
    import warnings
    warnings.warn(message, category, stacklevel + 1, source)
