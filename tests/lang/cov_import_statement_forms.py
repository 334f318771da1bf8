# import statement forms and the names they bind
import os.path
print(os.path.__name__, "path" in dir(os))
import os.path as osp
print(osp is os.path)
from os import path as p, sep
print(p is os.path, sep == os.sep)
from os.path import (join,
                     basename as bn,)
print(join("a", "b"), bn("/x/y"))
import collections.abc, json.decoder
print(collections.abc.__name__, json.decoder.__name__)
def local_import():
    import math
    from math import pi as PI
    return "math" in locals(), PI > 3
print(local_import(), "math" in globals())
class C:
    import string
    from string import ascii_lowercase as low
print(C.string.__name__, C.low[:3])
# import binds the top-level package, "import a.b as c" binds the submodule
def binds():
    import xml.dom
    return sorted(n for n in locals())
print(binds())
# __import__ fromlist semantics
m = __import__("os.path")
print(m.__name__)
m = __import__("os.path", fromlist=["join"])
print(m.__name__)
m = __import__("os", fromlist=["path", "nonexistent_attr_ok"])
print(m.__name__)
# import of a module attribute that is not a module
try:
    import os.sep
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    from os import nonexistent_name_xyz
except ImportError as e:
    print("ImportError", e.name, "nonexistent_name_xyz" in str(e))
# sys.modules caching and reload identity
import sys, importlib
import json
print(sys.modules["json"] is json, importlib.import_module("json") is json)
# a None entry in sys.modules blocks the import
sys.modules["blocked_module_xyz"] = None
try:
    import blocked_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["blocked_module_xyz"]
# module attributes
import types
print(type(json).__name__, json.__spec__.name, json.__package__, isinstance(json, types.ModuleType))
print(sorted(k for k in ("__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__") if hasattr(json, k)))
