# search/finditer skip ahead to where the first character can match (a literal
# found with a scan, or a character-class bitmap): matches at every position,
# near the ends, with pos/endpos, flags, non-ASCII and bytes subjects.
import re

def show(pat, s, flags=0, **kw):
    r = re.compile(pat, flags)
    try:
        print(repr(pat), repr(s)[:40], [(m.start(), m.end(), m.group()) for m in r.finditer(s, **kw)])
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

s = "abcabcxabc"
for pat in ["a", "abc", "c", "x", "ab+c", "[ab]c", "[a-c]+", "[^a]", r"\d", r"\w+x", "z", "a{2}", "[bc]{2,}"]:
    show(pat, s)
    show(pat, s, pos=1)
    show(pat, s, pos=3, endpos=8)
    show(pat, s, endpos=0)
for i in range(8):
    t = "." * i + "ab" + "." * (7 - i)
    print(i, re.search("ab", t).span(), re.search("[ab]b", t).span(), re.search("b", t).span(),
          re.search("[a-b]{2}", t).span(), re.search("ab.", t) and re.search("ab.", t).span())
# minimum length past a found first character
print(re.search("abcd", "xxabc"), re.search("[ab]bcd", "xxabc"), re.search("a...", "...a.."))
# flags
show("ab", "xAbyab", re.IGNORECASE)
show("[a-c]x", "Ax bx CX", re.IGNORECASE)
show("^a", "a\nab\nba", re.MULTILINE)
show("a$", "xa\nba\nab", re.MULTILINE)
show(r"\bw", "w ww xw w")
# non-ASCII subjects and patterns
show("é", "caféé é")
show("[éa]+", "caféé a")
show("[а-я]+", "abc привет мир")
show("[a-z]+", "ÀbcÀdéf")
show(r"\d+", "١٢٣ 45 ٦")
show(r"\s+", "a\u3000b\u2028c d")
show("Straße", "STRASSE straße", re.IGNORECASE)
show("[é]", "É é", re.IGNORECASE)
# bytes
show(b"ab", b"xxabyab")
show(b"[\x80-\xff]+", b"a\x80\x81b\xffc")
show(b"\xff", b"\x00\xff\xfe\xff")
# empty matches and sub / split / findall through the same search
print(re.sub("[aeiou]", "-", "education"), re.split("[,;]", "a,b;c,,d"), re.findall("o", "foo boo"))
print(re.subn("x", "y", "axbxcx"), re.findall("[0-9]+", "12 ab 345 c6"))
print([m.span() for m in re.finditer("a*", "baac")])
# classes made of ranges (alone, mixed with literals/categories, negated,
# case-insensitive, beyond Latin-1), repeated and single
for pat in ["[a-z0-9]+", "[0-9a-f]{2}", "[a-cx-z]", "[a-z0-9_]+", "[a-z0-9é]+", "[^a-z0-9]+", "[a-z\\d]+",
            "[а-яa-c]+", "[\u4e00-\u9fff]+", "[0-9]+x", "x[a-z][0-9]"]:
    show(pat, "ab12 ÉéX_y zz09 -- привет 中文字 ff0a xb1 9x")
    show(pat, "AB12 XYZ ÉÈ", re.IGNORECASE)
show(b"[a-z0-9]+", b"ab\xe912 zz")
