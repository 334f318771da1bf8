# dir(T) of every builtin type, one line per type.  Run under CPython this
# produces the expected output; under kiln any missing or extra name shows as a
# diff.  `dir_check.py --diff FILE` compares with FILE (this script's output
# under CPython) and prints only the names missing or extra here.
import sys, types, builtins


def _gen():
    yield 1


async def _coro():
    pass


async def _agen():
    yield 1


class _C:
    def m(self):
        pass


class _Seq:
    def __getitem__(self, i):
        raise IndexError


def _cell():
    x = 1
    def f():
        return x
    return f.__closure__[0]


def _frame():
    return sys._getframe()


def _tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__


def _types():
    d = {1: 2}
    c = _coro()
    c.close()
    ag = _agen()
    ts = [
        ('object', object), ('type', type), ('int', int), ('bool', bool),
        ('float', float), ('complex', complex), ('str', str), ('bytes', bytes),
        ('bytearray', bytearray), ('memoryview', memoryview), ('list', list),
        ('tuple', tuple), ('dict', dict), ('set', set), ('frozenset', frozenset),
        ('range', range), ('slice', slice), ('enumerate', enumerate), ('zip', zip),
        ('map', map), ('filter', filter), ('reversed', reversed),
        ('property', property), ('classmethod', classmethod),
        ('staticmethod', staticmethod), ('super', super),
        ('function', types.FunctionType), ('method', types.MethodType),
        ('builtin_function', types.BuiltinFunctionType),
        ('method_descriptor', types.MethodDescriptorType),
        ('classmethod_descriptor', types.ClassMethodDescriptorType),
        ('getset_descriptor', types.GetSetDescriptorType),
        ('member_descriptor', types.MemberDescriptorType),
        ('wrapper_descriptor', types.WrapperDescriptorType),
        ('method-wrapper', types.MethodWrapperType),
        ('cell', types.CellType), ('code', types.CodeType),
        ('frame', types.FrameType), ('traceback', types.TracebackType),
        ('generator', types.GeneratorType), ('coroutine', types.CoroutineType),
        ('async_generator', types.AsyncGeneratorType),
        ('module', types.ModuleType), ('NoneType', type(None)),
        ('NotImplementedType', type(NotImplemented)), ('ellipsis', type(...)),
        ('dict_keys', type(d.keys())), ('dict_values', type(d.values())),
        ('dict_items', type(d.items())),
        ('dict_keyiterator', type(iter(d))),
        ('dict_valueiterator', type(iter(d.values()))),
        ('dict_itemiterator', type(iter(d.items()))),
        ('list_iterator', type(iter([]))),
        ('list_reverseiterator', type(reversed([]))),
        ('tuple_iterator', type(iter(()))),
        ('str_iterator', type(iter(''))),
        ('bytes_iterator', type(iter(b''))),
        ('bytearray_iterator', type(iter(bytearray()))),
        ('set_iterator', type(iter(set()))),
        ('range_iterator', type(iter(range(1)))),
        ('iterator', type(iter(_Seq()))),
        ('callable_iterator', type(iter(int, 1))),
        ('mappingproxy', types.MappingProxyType),
        ('SimpleNamespace', types.SimpleNamespace),
        ('instance', type(_C())), ('instance_of_object', object()),
        ('GenericAlias', types.GenericAlias), ('UnionType', types.UnionType),
        ('list[int]', list[int]), ('int | str', int | str),
        ('generic_alias_iterator', type(iter(list[int]))),
        ('dict_reversekeyiterator', type(reversed(d))),
        ('dict_reversevalueiterator', type(reversed(d.values()))),
        ('dict_reverseitemiterator', type(reversed(d.items()))),
        ('longrange_iterator', type(iter(range(2 ** 70)))),
        ('str_iterator_nonascii', type(iter('\xe9'))),
        ('coroutine_wrapper', type(c.__await__())),
        ('async_generator_asend', type(ag.asend(None))),
        ('async_generator_athrow', type(ag.athrow(ValueError))),
        ('staticmethod(len)', staticmethod(len)), ('classmethod(f)', classmethod(_C.m)),
        ('property()', property()),
    ]
    for name in sorted(dir(types)):
        v = getattr(types, name)
        if isinstance(v, type):
            ts.append(('types.' + name, v))
    for name in dir(builtins):
        v = getattr(builtins, name)
        if isinstance(v, type) and issubclass(v, BaseException):
            ts.append((name, v))
    return ts


def main():
    lines = []
    for name, t in _types():
        lines.append(name + ': ' + ' '.join(sorted(dir(t))))
    if len(sys.argv) > 2 and sys.argv[1] == '--diff':
        with open(sys.argv[2]) as f:
            want = {}
            for line in f:
                k, _, v = line.rstrip('\n').partition(': ')
                want[k] = set(v.split())
        for line in lines:
            k, _, v = line.partition(': ')
            have = set(v.split())
            exp = want.get(k, set())
            missing = sorted(exp - have)
            extra = sorted(have - exp)
            if missing or extra:
                print(k + ':', 'missing', missing, 'extra', extra)
    else:
        for line in lines:
            print(line)


main()
