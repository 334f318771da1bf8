# __future__ imports: compile flags, barry_as_FLUFL, features that are no-ops, errors
import __future__
print(sorted(__future__.all_feature_names))
print(__future__.annotations.compiler_flag == 0x1000000, __future__.barry_as_FLUFL.compiler_flag,
      __future__.generator_stop.getMandatoryRelease(), __future__.annotations.getOptionalRelease())
flag = __future__.barry_as_FLUFL.compiler_flag
for src in ["1 <> 2", "1 != 2"]:
    for flags in [0, flag]:
        try:
            print(repr(src), hex(flags), eval(compile(src, "<f>", "eval", flags)))
        except SyntaxError as e:
            print(repr(src), hex(flags), "SyntaxError", e.msg)
# the future import sets the code flag, but only compile flags change the parser
co = compile("from __future__ import barry_as_FLUFL\n", "<b>", "exec")
print(hex(co.co_flags))
try:
    exec("from __future__ import barry_as_FLUFL\nr = 1 <> 1\n", {})
except SyntaxError as e:
    print("SyntaxError", e.msg)
ns = {}
exec(compile("r = (1 <>\n 1)", "<b>", "exec", flag), ns)
print(ns["r"])
try:
    compile("x = (1 !=\n 2)", "<b>", "exec", flag)
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
print(hex(compile("x = 1 <> 2", "<b>", "exec", flag).co_flags), hex(compile("x = 1", "<b>", "exec").co_flags))
print(eval(compile("f'{1 <> 2}'", "<b>", "eval", flag)))
# no-op features are accepted
exec("from __future__ import nested_scopes, generators, division, absolute_import, with_statement, "
     "print_function, unicode_literals, generator_stop\nx = 1\n", {})
print("no-op features ok")
# annotations feature inherited by compile() from the calling code unless dont_inherit
src = "def f(x: undefined_name): pass\nr = f.__annotations__\n"
try:
    exec(compile(src, "<a>", "exec"), {})
except NameError as e:
    print("NameError", e)
ns = {}
exec(compile(src, "<a>", "exec", __future__.annotations.compiler_flag), ns)
print(ns["r"])
# future statements must come first (docstring and comments allowed)
for src in ["'''doc'''\n# comment\nfrom __future__ import annotations\n",
            "from __future__ import annotations\nfrom __future__ import division\n",
            "import os\nfrom __future__ import annotations\n",
            "if 1:\n    from __future__ import annotations\n",
            "def f():\n    from __future__ import annotations\n",
            "from __future__ import annotations, braces\n",
            "from __future__ import *\n",
            "from __future__ import (annotations)\n",
            "'''doc'''\n'''second string'''\nfrom __future__ import annotations\n",
            "from __future__ import annotations as ann\n",
            "from __future__ import generator_stop; x = 1\n",
            "x = 1; from __future__ import division\n",
            "from . import __future__\n",
            "import __future__ as f\n"]:
    try:
        compile(src, "<fut>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno)
# the flag can be seen on code objects
co = compile("from __future__ import annotations\n", "<c>", "exec")
print(bool(co.co_flags & __future__.annotations.compiler_flag))
co = compile("x = 1\n", "<c>", "exec", __future__.annotations.compiler_flag, dont_inherit=True)
print(bool(co.co_flags & __future__.annotations.compiler_flag))
