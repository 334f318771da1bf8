# import statement corners (modules written to a temp dir)
import sys, os, tempfile, importlib
d = tempfile.mkdtemp()
sys.path.insert(0, d)
def show(e):
    print(type(e).__name__, str(e).replace(d, "D"))
def write(name, text):
    path = os.path.join(d, *name.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
write("m_all.py", "__all__ = ['pub', 'listed_private']\npub = 1\n_priv = 2\nlisted_private = 3\nunlisted = 4\n")
write("m_noall.py", "pub = 1\n_priv = 2\n")
write("m_badall.py", "__all__ = ['missing']\n")
write("m_badall2.py", "__all__ = [1]\n")
write("pkg/__init__.py", "from . import sub\nfrom .sub import value as v\nX = 'pkg'\n")
write("pkg/sub.py", "value = 'sub value'\nfrom . import X as unused_x\n" if False else "value = 'sub value'\n")
write("pkg/deep/__init__.py", "from .. import X\nfrom ..sub import value\n")
write("circ_a.py", "import circ_b\nA = 'a'\n")
write("circ_b.py", "import circ_a\ntry:\n    circ_a.A\nexcept AttributeError as e:\n    ERR = str(e)\n")
write("circ_c.py", "from circ_d import D\nC = 'c'\n")
write("circ_d.py", "from circ_c import C\nD = 'd'\n")
write("raises.py", "x = 1\nraise ValueError('module failed')\n")
ns = {}
exec("from m_all import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from m_noall import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
for mod in ["m_badall", "m_badall2"]:
    try:
        exec("from %s import *" % mod, {})
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
import pkg, pkg.deep
print(pkg.X, pkg.v, pkg.sub.value, pkg.deep.X, pkg.deep.value)
import pkg.sub as alias
print(alias is pkg.sub, alias.__name__, alias.__package__, pkg.__package__, pkg.deep.__package__)
from pkg import sub as s2, X as x2
print(s2 is alias, x2)
import circ_a
print(circ_a.A, sys.modules["circ_b"].ERR)
try:
    import circ_c
except ImportError as e:
    show(e)
try:
    import raises
except ValueError as e:
    print("ValueError", e, "raises" in sys.modules)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from pkg import no_such_name
except ImportError as e:
    show(e)
    print(e.name, e.path.replace(d, "D"))
try:
    import pkg.no_such_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    from m_all import nothing
except ImportError as e:
    show(e)
for src in ["from . import x", "from .. import y", "from .m import z"]:
    try:
        exec(src, {"__name__": "top", "__package__": ""})
    except ImportError as e:
        print(src, "->", type(e).__name__, e)
try:
    exec("from .. import X", {"__name__": "pkg.sub", "__package__": "pkg"})
except ImportError as e:
    print("ImportError", e)
for src in ["import a.b as", "from a import (b,)", "from a import b,", "from a import (*)", "import *",
            "from . import *", "def f():\n    from os import *\n", "class C:\n    from os import *\n",
            "from __future__ import braces", "from __future__ import nonexistent", "import __future__",
            "x = 1\nfrom __future__ import annotations\n", "'''doc'''\nfrom __future__ import annotations\n",
            "from __future__ import (annotations,)", "from __future__ import annotations as a",
            "import a.b.c as d", "from .a.b import c", "from ... import x", "from .... import x", "import .a"]:
    try:
        compile(src, "<imp>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
# __import__ and importlib
m = __import__("pkg.sub")
print(m.__name__)
m = __import__("pkg.sub", fromlist=["value"])
print(m.__name__)
print(importlib.import_module(".sub", "pkg").__name__)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__("pkg", level=-1)
except ValueError as e:
    print("ValueError", e)
import shutil
sys.path.remove(d)
shutil.rmtree(d)
