# One line per module: its common API, deterministic output.
import os, os.path, shutil, tempfile, glob, pathlib, typing, logging, random, io, datetime
import decimal, fractions, statistics, argparse, textwrap, string, struct, base64, uuid
import inspect, dataclasses, ast, traceback, warnings, pprint, html, urllib.parse, queue
import pickle, copy, heapq, bisect, calendar, reprlib, shlex, fnmatch, json, re, collections
import functools, itertools, operator, enum, abc, numbers, contextlib, types, weakref, difflib

print("os", os.path.join("a", "b"), os.path.splitext("x.tar.gz"), os.sep, os.path.basename("/a/b.c"))
d = tempfile.mkdtemp()
p = pathlib.Path(d) / "f.txt"
p.write_text("hello\nworld\n")
print("pathlib", p.name, p.suffix, p.read_text().splitlines(), sorted(x.name for x in pathlib.Path(d).iterdir()))
print("glob", [os.path.basename(x) for x in glob.glob(os.path.join(d, "*.txt"))])
shutil.copy(p, os.path.join(d, "g.txt"))
print("shutil", sorted(os.listdir(d)), os.path.getsize(os.path.join(d, "g.txt")))
shutil.rmtree(d)
print("exists after rmtree", os.path.exists(d))
T = typing.TypeVar("T")
def first(xs: typing.List[T]) -> typing.Optional[T]:
    return xs[0] if xs else None
print("typing", typing.get_type_hints(first)["return"], first([3]))
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log = logging.getLogger("smoke")
log.addHandler(h)
log.setLevel(logging.INFO)
log.info("hi %d", 5)
log.debug("hidden")
print("logging", repr(stream.getvalue()))
r = random.Random(12345)
print("random", r.randint(1, 100), r.choice("abcdef"), round(r.random(), 6), r.sample(range(10), 3))
print("datetime", datetime.date(2024, 2, 28) + datetime.timedelta(days=2), datetime.datetime(2024, 1, 1, 12).strftime("%Y-%m-%d %H:%M"))
print("decimal", decimal.Decimal("1.10") + decimal.Decimal("2.205"), decimal.Decimal(1) / decimal.Decimal(7))
print("fractions", fractions.Fraction(1, 3) + fractions.Fraction(1, 6), statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]))
ap = argparse.ArgumentParser(prog="tool")
ap.add_argument("--n", type=int, default=1)
ap.add_argument("files", nargs="*")
print("argparse", ap.parse_args(["--n", "3", "a", "b"]))
print("textwrap", textwrap.wrap("the quick brown fox jumps over the lazy dog", 12), textwrap.dedent("  a\n  b"))
print("string", string.Template("$who likes $what").substitute(who="tim", what="kung pao"), string.capwords("hello world"))
print("struct", struct.pack("<HH", 1, 2), base64.b64encode(b"kiln"), uuid.UUID("12345678123456781234567812345678"))
@dataclasses.dataclass(order=True)
class Pt:
    x: int
    y: int = 0
print("dataclasses", Pt(1, 2), Pt(1) < Pt(2), dataclasses.asdict(Pt(3, 4)), inspect.signature(Pt))
print("ast", ast.dump(ast.parse("x = 1 + 2")), ast.literal_eval("[1, (2, 'a'), {'k': None}]"))
try:
    1 / 0
except ZeroDivisionError as e:
    print("traceback", traceback.format_exception_only(type(e), e))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
print("warnings", [str(x.message) for x in w], [x.category.__name__ for x in w])
print("pprint", pprint.pformat({"b": [1, 2, 3] * 5, "a": {"x": 1}}, width=40))
print("html", html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&gt;"))
print("urllib", urllib.parse.urlparse("https://h.example/p?q=1#f"), urllib.parse.quote("a b/c"), urllib.parse.urlencode({"a": 1, "b": "x y"}))
q = queue.Queue()
q.put(1); q.put(2)
print("queue", q.get(), q.qsize())
print("pickle", pickle.loads(pickle.dumps({"a": [1, 2.5, None, (3, "s")], "b": Pt(1, 2)})))
print("copy", copy.deepcopy({"a": [1, [2]]}), heapq.nsmallest(2, [5, 1, 4]), bisect.bisect([1, 3, 5], 4))
print("calendar", calendar.isleap(2024), calendar.monthrange(2023, 2), reprlib.repr(list(range(100))))
print("shlex", shlex.split("a 'b c' d"), shlex.quote("x y"), fnmatch.fnmatch("a.py", "*.py"))
class Color(enum.Enum):
    RED = 1
print("enum", Color.RED, Color(1), list(Color))
@contextlib.contextmanager
def ctx():
    yield "inside"
with ctx() as v:
    print("contextlib", v, isinstance(3, numbers.Integral), types.SimpleNamespace(a=1))
print("difflib", list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print("functools", functools.reduce(operator.mul, range(1, 6)), list(itertools.accumulate([1, 2, 3])), collections.Counter("aab").most_common(1))
