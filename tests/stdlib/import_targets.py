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

for name in TARGETS:
    try:
        mod = importlib.import_module(name)
    except Exception as e:
        print(name, "FAILED", type(e).__name__, e)
        continue
    public = [n for n in dir(mod) if not n.startswith("_")]
    print(name, len(public))
