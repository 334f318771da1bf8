class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(Plugin.plugins, A.plugin_name, B.plugin_name, C.plugin_name)
try:
    class D(Plugin, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit classmethod", cls.__name__, kw)
class Sub(Base, k=1): pass
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
class Chain:
    def __init_subclass__(cls):
        print("Chain", cls.__name__)
        super().__init_subclass__()
class Mid(Chain):
    def __init_subclass__(cls):
        print("Mid", cls.__name__)
        super().__init_subclass__()
class Leaf(Mid): pass
