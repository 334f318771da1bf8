# re.search/finditer/sub/split where the pattern's first character filters
# the start positions; ASCII and non-ASCII subjects, unicode categories.
import re

subjects = ["", "a", "abc abc", "x@y.com, foo1@bar2.com", "2024-01-02 and 1999-12-31",
            "  lead  and  trail  ", "\x1c\x1d\x1e\x1f sep", "\u00e9t\u00e9 caf\u00e9 na\u00efve",
            "\u0663\u0664 digits \u0661", "aaa", "ab" * 5, "/page/12?x=3 /page/4?x=55"]
patterns = [r"([a-z0-9]+)@([a-z0-9.]+)\.com", r"(\d{4})-(\d{2})-(\d{2})", r"/page/(\d+)\?x=(\d+)",
            r"\s+", r"\w+", r"(a)", r"a*", r"a+?", r"(?:ab)+", r"[^a]", r"x|y", r"\S+", r"(\w)\1",
            r"a$", r"\d", r"[\d\s]+", r"(?i)A+", r"\W+", r"(b)?c", r"(?=a)a", r".", r"(?s).+?",
            r"[\u00e9\u00ef]+", r"\bcaf", r"\Bbc", r"a{2,}", r"a{0,1}b"]
for pat in patterns:
    rx = re.compile(pat)
    for s in subjects:
        m = rx.search(s)
        print(repr(pat), repr(s), m and (m.span(), m.groups()),
              rx.findall(s), [m.span() for m in rx.finditer(s)],
              rx.sub("<>", s), rx.split(s))
    print(rx.search("zzzabc", 2), rx.search("zzzabc", 1, 4), rx.match("abc"))
print(re.split(r"\s+", " a  b\tc\n"), re.sub(r"\s", "_", "a\x1cb\x1fc d"))
print([m.group(0) for m in re.finditer(r"[A-Z][a-z]*", "Hello World Foo")])
print(re.findall(r"(?i)[a-z]+", "ABC def GhI"), re.findall(r"(?i)k", "K k \u212a"))
# many groups (more marks than the inline save buffer)
g = re.compile("(a)(b)?(c)(d)?(e)(f)?(g)(h)?(i)(j)?(k)|" * 2 + "(z)")
print(g.search("xxabcdefghijk").groups(), g.search("xxacegik").groups(), g.search("zz").groups())
for pat in [r"(a+)(b)", r"(\w+)(?P<n>@)x", r"((a)+)c", r"(a*)(a)", r"(x*)()y", r"([ab]+)(b)(c)?"]:
    for s in ["aab", "ab@x a@y", "aaac", "aaa", "xxy y", "abbbc abab"]:
        print(pat, s, [m.groups() for m in re.finditer(pat, s)], re.sub(pat, "-", s))
