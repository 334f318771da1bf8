# split / rsplit / splitlines / join / partition
for s in ["a b  c", "  a b  c  ", "", "   ", "a", "a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x1fi\x85j\u2000k\u3000l"]:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
for s, sep in [("a,b,,c,", ","), (",a", ","), ("abc", "abc"), ("aXXbXXc", "XX"), ("é|ü|ñ", "|"), ("aaa", "aa")]:
    print(repr(s), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1), s.split(sep, -1), s.split(sep=sep, maxsplit=2))
for s in ["a\nb\r\nc\rd", "a\n\nb\n", "\n", "", "x\x0by\x0cz\x1cw\x85v\u2028u\u2029t", "no newline", "a\r\n\r\n"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join(("x", "y")), "é".join("abc"), ", ".join(str(i) for i in range(5)))
print("|".join({"k": 1}), "+".join(x for x in []), "ab".join(["", ""]))
print("a b c".split(" "), "a  b".split(" "), " a ".split(" "))
try:
    print("-".join(["a", 2]))
except TypeError as e:
    print("TypeError:", e)
try:
    print("a".split(""))
except ValueError as e:
    print("ValueError:", e)
try:
    print("a".rsplit(1))
except TypeError as e:
    print("TypeError:", e)
long = "word " * 1000
print(len(long.split()), len(long.split(" ")), long.rsplit(None, 2)[-2:], long.count("word"))
print(" ".join(["é"] * 200).split()[150], len(" ".join(["é"] * 200)))
