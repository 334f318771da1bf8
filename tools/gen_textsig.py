#!/usr/bin/python3
# Print the rows of core/objects/textsig.c (the __text_signature__ of builtin
# methods, functions and slot wrappers) from CPython 3.11: run it with
# /usr/bin/python3 and paste its output over the tables there.
import builtins, io, types, math, cmath, collections, itertools, _bisect, _heapq, _operator
d = {1: 2}
TS = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
      range, slice, enumerate, zip, map, filter, reversed, property, classmethod, staticmethod, super,
      type(d.keys()), type(d.values()), type(d.items()), types.SimpleNamespace, types.MappingProxyType,
      types.FunctionType, types.MethodType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType,
      types.ModuleType, types.CodeType, types.FrameType, types.TracebackType, types.CellType,
      BaseException, type(iter([])), type(iter(d)), type(iter(range(1))), itertools.chain,
      io.TextIOWrapper, io.IncrementalNewlineDecoder]
slot = collections.defaultdict(set); meth = []
for T in TS:
    for n, v in sorted(vars(T).items()):
        s = getattr(v.__func__ if isinstance(v, staticmethod) else v, '__text_signature__', None)
        if not isinstance(s, str): continue
        k = type(v).__name__
        if k == 'wrapper_descriptor': slot[n].add(s)
        elif k in ('method_descriptor', 'classmethod_descriptor'): meth.append((T.__name__, n, s))
        elif k == 'builtin_function_or_method' and n == '__new__': slot[n].add(s)
        elif k == 'staticmethod': meth.append((T.__name__, n, s))
for mod in (builtins, cmath, math, itertools, _bisect, _heapq, _operator):
    for n in sorted(dir(mod)):
        v = getattr(mod, n)
        if type(v).__name__ == 'builtin_function_or_method' and v.__text_signature__:
            meth.append((mod.__name__, n, v.__text_signature__))
bad = {k: v for k, v in slot.items() if len(v) > 1}
def c(s): return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
out = []
out.append('static const SigRow slot_sigs[] = {')
for n in sorted(slot):
    if n in bad: continue
    out.append('    {NULL, "%s", %s},' % (n, c(next(iter(slot[n])))))
out.append('};')
out.append('static const SigRow method_sigs[] = {')
for o, n, s in meth:
    out.append('    {"%s", "%s", %s},' % (o, n, c(s)))
out.append('};')
print('\n'.join(out))
