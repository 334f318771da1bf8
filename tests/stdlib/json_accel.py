# json through the _json accelerator: results and errors as CPython's.
import json, collections, decimal, enum

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "pos", None))

docs = [None, True, False, 0, -1, 12345678901234567890123, 1.5, -0.0, 1e300, 3.14159, "",
        "plain", "quote\" back\\ slash/ \b\f\n\r\t \x00\x1f\x7f", "\u00e9\u4e2d\U0001f600",
        [], {}, [1, [2, [3, [4]]]], {"b": 1, "a": [1, 2], "c": {"x": None}}, (1, 2),
        {1: "int", 2.5: "float", True: "t", None: "n"}, {"k": float("inf")}, [float("-inf"), float("nan")]]
for d in docs:
    show(json.dumps, d)
    show(json.dumps, d, ensure_ascii=False)
    show(json.dumps, d, sort_keys=True, separators=(",", ":"))
    s = json.dumps(d)
    show(json.loads, s)

show(json.dumps, {"a": 1, 2: 3}, sort_keys=True)
show(json.dumps, {(1, 2): 3})
show(json.dumps, {(1, 2): 3, "a": 1}, skipkeys=True)
show(json.dumps, [float("nan")], allow_nan=False)
show(json.dumps, {float("inf"): 1}, allow_nan=False)
show(json.dumps, object())
show(json.dumps, {1, 2}, default=sorted)
show(json.dumps, decimal.Decimal("1.5"), default=str)
l = [1]; l.append(l)
show(json.dumps, l)
d = {}; d["self"] = d
show(json.dumps, d)
show(json.dumps, l, check_circular=False) if False else None
class E(enum.IntEnum):
    A = 1
class F(float):
    def __repr__(self): return "F!"
class S(str):
    pass
class D(dict):
    def items(self): return [("z", 1), ("y", 2)]
show(json.dumps, [E.A, F(2.5), S("s")])
show(json.dumps, D(a=1))
show(json.dumps, collections.OrderedDict([("b", 1), ("a", 2)]))
show(json.dumps, {"a": 1}, indent=2)
show(json.dumps, [1, {"a": 2}], indent="\t", sort_keys=True)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
show(json.dumps, [1j, 2], cls=Enc)
show(json.dumps, [object()], cls=Enc)

bad = ['', ' ', '[', '[1,', '[1 2]', '{', '{"a"', '{"a":', '{"a" 1}', '{"a":1,}', '{1:2}', '[1,]',
       '"abc', '"a\\x"', '"\\u12"', '"\\u12g4"', '"a\nb"', 'nul', 'tru', 'fals', '-', '-x', '01', '1.',
       '1e', '1e+', '.5', 'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]', '1 2', '[] x',
       '"\\ud834\\udd1e"', '"\\ud834x"', '"\\ud834\\u0041"', '"\\udd1e"', ' {"a" : [ 1 , 2 ] } ',
       '123456789012345678901234567890', '-0', '-0.0', '1E5', '1e-5', '2.5e+3', '"\u00e9\\n\u4e2d"',
       '{"\u00e9": "\u00e9", "k": [1, {"n": null}]}', '[1, 2', '{"a": 1 "b": 2}', '"\\"', '"\\',
       '"\\u"', '"\\u123"', '"\\ud834\\u12"', '[' * 3 + ']' * 3, '{"a": {"b": {}}}', 'true', 'false',
       'null', '  7  ', '"\t"', '\ufeff1']
for b in bad:
    show(json.loads, b)
show(json.loads, '"a\nb"', strict=False)
show(json.loads, '[1.5, 2, "x"]', parse_float=decimal.Decimal, parse_int=lambda s: "int:" + s)
show(json.loads, '[NaN, -Infinity]', parse_constant=lambda s: "const:" + s)
show(json.loads, '{"a": 1, "b": [2], "a": 3}', object_pairs_hook=lambda p: p)
show(json.loads, '{"a": {"b": 1}}', object_hook=lambda d: sorted(d))
show(json.loads, b'{"bytes": 1}')
show(json.loads, '[' * 100000 + ']' * 100000)
show(json.dumps, json.loads('[' * 50 + ']' * 50))
from json import decoder, scanner
show(decoder.scanstring, '"abc"', 1)
show(decoder.scanstring, 'x"ab\\nc" rest', 2)
show(decoder.scanstring, '"abc', 1)
show(decoder.scanstring, '"abc"', 10)
show(decoder.scanstring, '"a\x01"', 1, False)
show(json.encoder.encode_basestring_ascii, "a\u00e9\U0001f600\"")
show(json.encoder.encode_basestring, "a\u00e9\U0001f600\"\x7f")
dec = json.JSONDecoder()
show(dec.raw_decode, '[1, 2] tail')
show(dec.raw_decode, 'x', 0)
show(dec.scan_once, '[1]', 5)
show(dec.scan_once, '{"a": 1}', 0)
