# soft keywords: match, case and _ remain usable as identifiers
match = [3, 1, 2]
case = {"k": "v"}
_ = "underscore"
print(match, case, _)
match.sort()
print(match, match[0], len(match), case["k"])
def match_fn(match, case=None):
    return match, case
print(match_fn(1, case=2))
class match_cls:
    case = "attr"
    match = "attr2"
print(match_cls.case, match_cls().match)
match = 5
print(match * 2, match - 1, -match, (match), [match], {match: match})
match, case = 1, 2
print(match, case)
for match in range(2):
    pass
print(match)
import re
m = re.match(r"\d", "5")
print(m.group())
# statements starting with 'match' that are expressions
match = {"a": [1, 2]}
match["a"][0] = 10
print(match)
match = lambda x: x + 1
print(match(1))
match = [[0]]
match[0][0] += 1
print(match)
# a real match statement whose subject is named match
match = 7
match match:
    case 7:
        print("matched the variable named match")
match (match):
    case case if case == 7:
        print("capture named case:", case)
# match with a tuple subject without parentheses, and starred
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
rest = [3, 4]
match 0, *rest:
    case [0, *others]:
        print("starred subject", others)
# 'case' and 'match' in other soft positions
def case(): return "case function"
print(case())
print([match for match in "ab"])
# _ in patterns is a wildcard, outside patterns a name
match 5:
    case _:
        print("wildcard, _ is still", repr(_))
# type is a normal name in 3.11
type = 3
print(type + 1)
del type
print(type(1).__name__)
for src in ["match x:\n    case 1: pass\n", "match = 1\n", "match(x)\n", "match x\n", "match x: pass\n", "match *x:\n    case 1: pass\n",
            "match x,:\n    case 1: pass\n", "match -x:\n    case 1: pass\n", "match not x:\n    case 1: pass\n",
            "match [x]:\n    case 1: pass\n", "match {x}:\n    case 1: pass\n", "print(match, case, _)\n", "case = match = _\n"]:
    try:
        compile(src, "<soft>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
