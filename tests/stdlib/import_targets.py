# Every target module of the standard library imports, and exposes as many
# public names (dir() entries without a leading underscore) as CPython's.
import importlib

TARGETS = """
os os.path io re json collections collections.abc functools itertools operator types enum
dataclasses typing abc contextlib copy string textwrap math random statistics decimal fractions
numbers time datetime calendar heapq bisect struct base64 binascii hashlib hmac secrets uuid
weakref traceback warnings logging argparse inspect ast pprint reprlib pathlib tempfile shutil
glob fnmatch csv urllib.parse html http.client http.server email.message socket selectors
threading queue zlib gzip unittest timeit pickle shlex locale platform sysconfig asyncio
unicodedata
""".split()

# Names that CPython has only through what kiln does not have, left out of the
# count on both sides:
NOT_COUNTED = {
    # PyCapsule objects: C-level APIs for C extension modules, which kiln does not load
    'datetime': {'datetime_CAPI'},
    'socket': {'CAPI'},
    # need OpenSSL (_hashlib, _ssl), which kiln does not link
    'hashlib': {'scrypt'},
    'http.client': {'ssl', 'HTTPSConnection'},
}

for name in TARGETS:
    try:
        mod = importlib.import_module(name)
    except Exception as e:
        print(name, "FAILED", type(e).__name__, e)
        continue
    public = [n for n in dir(mod) if not n.startswith("_") and n not in NOT_COUNTED.get(name, ())]
    print(name, len(public))
