# modules that build on ast/inspect
import inspect, dataclasses, typing, functools
from dataclasses import dataclass, field, asdict, astuple, replace

def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    pass
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters['b'].annotation, sig.return_annotation)
print(inspect.signature(lambda x, /, y=1: 0))
class K:
    def m(self, x, *, y=3): pass
print(inspect.signature(K().m), inspect.signature(K.m))
print(inspect.getfullargspec(f))
ba = sig.bind(1, c=3)
ba.apply_defaults()
print(ba.arguments)

@dataclass(order=True)
class P:
    x: int
    y: list = field(default_factory=list)
    z: str = 'z'
p = P(1)
print(p, asdict(P(2, [3])), astuple(p), replace(p, z='w'), P(1) < P(2), p == P(1))
print([f.name for f in dataclasses.fields(P)])

@dataclass(frozen=True)
class F:
    a: int
    b: float = 1.5
try:
    F(1).a = 2
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(F(1)) == hash(F(1)), F(1))

class C:
    a: int
    b: 'str'
    c: typing.Optional[typing.List[int]] = None
print(typing.get_type_hints(C))
def g(x: 'int', y: typing.Dict[str, int]) -> 'bool': pass
print(typing.get_type_hints(g))

@functools.singledispatch
def show(x):
    return 'object'
@show.register
def _(x: int):
    return 'int'
@show.register(str)
def _(x):
    return 'str'
print(show(1), show('a'), show(1.5))
import ast
tree = ast.parse('"""module doc"""\ndef f():\n    """  func doc\n    more\n    """\n')
print(repr(ast.get_docstring(tree)), repr(ast.get_docstring(tree.body[1])), repr(ast.get_docstring(tree.body[1], clean=False)))
