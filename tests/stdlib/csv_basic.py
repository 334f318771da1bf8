import csv, io

rows = [["a", "b", "c"], [1, 2.5, None], ["with,comma", 'with "quote"', "line\nbreak"], [], [""], ["", ""],
        ["  lead", "trail  ", "tab\there"], ["é ü ☃", "x"]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    f = io.StringIO()
    w = csv.writer(f, quoting=quoting)
    for r in rows:
        w.writerow(r)
    text = f.getvalue()
    print(repr(text))
    back = list(csv.reader(io.StringIO(text, newline=""), quoting=quoting if quoting != csv.QUOTE_NONNUMERIC else csv.QUOTE_MINIMAL))
    print(back)
f = io.StringIO()
w = csv.writer(f, delimiter=";", quotechar="'", escapechar="\\", doublequote=False, lineterminator="\n")
w.writerows([["a;b", "it's", "back\\slash"], ["plain"]])
print(repr(f.getvalue()))
print(list(csv.reader(io.StringIO(f.getvalue()), delimiter=";", quotechar="'", escapechar="\\", doublequote=False)))
f = io.StringIO()
w = csv.writer(f, quoting=csv.QUOTE_NONE, escapechar="$")
w.writerow(["a,b", 'c"d', "e$f"])
print(repr(f.getvalue()))
for text, kw in [('a, b,  c\n', {"skipinitialspace": True}), ('"a""b",c\r\n', {}), ('1,2.5,"x"\n', {"quoting": csv.QUOTE_NONNUMERIC}),
                 ('"unterminated\n', {}), ('a,"b"c,d\n', {}), ('x\\,y,z\n', {"escapechar": "\\"}),
                 ('"multi\nline",end\n', {}), ('a\tb\n', {"dialect": "excel-tab"}), ('a b\n', {"delimiter": " "})]:
    try:
        r = csv.reader(io.StringIO(text, newline=""), **kw)
        print(list(r), r.line_num)
    except Exception as e:
        print(type(e).__name__, e)
for text, kw in [('"a"b\n', {"strict": True}), ('"abc', {"strict": True}), ('a\rb\n', {}), ('1,x\n', {"quoting": csv.QUOTE_NONNUMERIC})]:
    try:
        print(list(csv.reader([text] if not text.endswith("\n") or "\r" in text else io.StringIO(text, newline=""), **kw)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    list(csv.reader([b"bytes"]))
except csv.Error as e:
    print("Error", e)
for kw in [{"delimiter": "ab"}, {"delimiter": 5}, {"quoting": 7}, {"quotechar": None, "quoting": csv.QUOTE_ALL},
           {"lineterminator": 3}, {"quoting": "x"}]:
    try:
        csv.writer(io.StringIO(), **kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""])
except csv.Error as e:
    print("Error", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error", e)
print(sorted(csv.list_dialects()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, d.escapechar, repr(d.lineterminator), d.skipinitialspace, d.strict)
f = io.StringIO()
csv.writer(f, "pipes").writerow([1, "x"])
print(repr(f.getvalue()))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 20]))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(131072)
f = io.StringIO()
dw = csv.DictWriter(f, fieldnames=["name", "age"])
dw.writeheader()
dw.writerows([{"name": "Ann", "age": 30}, {"name": "Bob, Jr.", "age": 4}])
print(repr(f.getvalue()))
print([dict(r) for r in csv.DictReader(io.StringIO(f.getvalue()))])
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.Sniffer().has_header("name,age\nann,30\nbob,4\n"))
print(csv.excel.delimiter, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
