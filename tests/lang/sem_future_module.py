# the __future__ module and future statements
from __future__ import generator_stop, nested_scopes, division, absolute_import
import __future__
print(sorted(__future__.all_feature_names))
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease()[:2], f.getMandatoryRelease() and f.getMandatoryRelease()[:2])
print(repr(__future__.annotations)[:9])

# accepted no-op features (imported at the top)
print(1 / 2)

# unknown feature and braces
for src in ("from __future__ import braces", "from __future__ import nonexistent",
            "x = 1\nfrom __future__ import annotations", "from __future__ import *"):
    try:
        compile(src, "<f>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno)

# docstring and comments may precede future imports
src = '"""doc"""\n# comment\nfrom __future__ import annotations\ndef f(x: undefined) -> None: pass\nr = f.__annotations__'
ns = {}
exec(src, ns)
print(ns["r"])

# compile() flags carry future features into compiled code
code = compile("def g(a: nope): pass\nr = g.__annotations__", "<c>", "exec",
               flags=__future__.annotations.compiler_flag)
ns = {}
exec(code, ns)
print(ns["r"])
# without the flag the annotation is evaluated
try:
    exec(compile("def g(a: nope): pass", "<c>", "exec"), {})
except NameError as e:
    print(e)
# the flag is inherited by compile() inside a module using the future import unless dont_inherit
print(compile("1", "<c>", "eval").co_flags & __future__.CO_FUTURE_ANNOTATIONS)
