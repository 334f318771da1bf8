import os
import os.path
import os.path as osp
from os import path as p2, sep
from os.path import join
import collections.abc
print(osp is os.path, p2 is os.path, sep == os.sep, join("a", "b"))
print(collections.abc.Mapping.__name__)
def local_import():
    import json
    from json import dumps as d
    return d([1]), json.loads("2")
print(local_import())
from math import *
print(floor(2.5), pi > 3)
try:
    from os import does_not_exist
except ImportError as e:
    print("ImportError", e)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e)
import sys as system, math
print(system.version_info[0], math.sqrt(16))
