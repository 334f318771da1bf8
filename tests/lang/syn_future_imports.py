from __future__ import annotations, generator_stop
from __future__ import (nested_scopes, generators, division,
                        absolute_import, with_statement, print_function, unicode_literals)
import __future__
print(sorted(__future__.all_feature_names))
print(__future__.division, __future__.annotations.getMandatoryRelease())
print(__future__.barry_as_FLUFL.compiler_flag, __future__.annotations.compiler_flag)
def fn(a: undefined_name): pass
print(fn.__annotations__)
srcs = ["from __future__ import braces", "from __future__ import nonexistent",
        "x = 1\nfrom __future__ import division", "'''doc'''\nfrom __future__ import division",
        "'''doc'''\n'''not doc'''\nfrom __future__ import division", "from __future__ import *",
        "import __future__\nfrom __future__ import division", "from __future__ import division as d",
        "def f():\n    from __future__ import division", "from __future__ import (division)",
        "# comment\n\nfrom __future__ import division\nfrom __future__ import annotations",
        "from __future__ import division, braces", "if 1:\n    from __future__ import division",
        "from __future__ import barry_as_FLUFL\nx = 1 <> 2", "from __future__ import barry_as_FLUFL\nx = 1 != 2",
        "x = 1 <> 2"]
for src in srcs:
    try:
        compile(src, "<f>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
