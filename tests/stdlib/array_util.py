# Shared by the array_*.py tests (not a test itself: it has no .exp).


def err(f, *args):
    """Call f(*args); print its result, or the exception's type and message."""
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
