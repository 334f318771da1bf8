# match statement SyntaxErrors and runtime TypeErrors
srcs = [
    "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, 'j': a}:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case -a:\n        pass\n",
    "match x:\n    case a.b():\n        pass\n",
    "match x:\n    case f(x)():\n        pass\n",
    "match x:\n    case {a: 1}:\n        pass\n",
    "match x:\n    case {a.b: 1}:\n        pass\n",
    "match x:\n    case _ as y:\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case 1 as a.b:\n        pass\n",
    "match x:\n    case (a as b) | b:\n        pass\n",
    "match x:\n    case f'{y}':\n        pass\n",
    "match x:\n    case 1j + 2:\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case -1 - 2j:\n        pass\n",
    "match x:\n    case 'a' 'b':\n        pass\n",
    "match x:\n    case *a:\n        pass\n",
    "match x:\n    case *a, b:\n        pass\n",
    "match x:\n    case a, *_, b:\n        pass\n",
    "match x:\n    pass\n",
    "match x:\ncase 1: pass\n",
    "match x:\n    case 1 if:\n        pass\n",
    "match x, y:\n    case (a, b):\n        pass\n",
    "match *x, y:\n    case (a, b):\n        pass\n",
    "match x:\n    case True | False | None:\n        pass\n",
    "match x:\n    case a if a := 1:\n        pass\n",
    "match x:\n    case (x := 1):\n        pass\n",
    "match x:\n    case [a, [b, a]]:\n        pass\n",
    "match x:\n    case C(__match_args__=1):\n        pass\n",
    "match x:\n    case a | _:\n        pass\n",
    "match x:\n    case _ | a:\n        pass\n",
    "match x:\n    case (_):\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [_] | [a]:\n        pass\n",
    "match x:\n    case 1 2:\n        pass\n",
    "match x:\n    case 1\n        pass\n",
    "match x:\n    case 1 if y\n        pass\n",
    "match x:\n    case 1 if y z:\n        pass\n",
    "match x:\n    case [1 2]:\n        pass\n",
    "match x:\n    case 1 = 2:\n        pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    case 1: pass\n    case 2 pass\n",
]
for s in srcs:
    try:
        compile(s, "<m>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
# runtime errors in class patterns
class NoArgs: pass
class BadArgs:
    __match_args__ = ["a"]
class TooMany:
    __match_args__ = ("a",)
    a = 1
class Dup:
    __match_args__ = ("a",)
    a = 1
class NotStr:
    __match_args__ = (1,)
def try_match(v, which):
    try:
        match v:
            case NoArgs(1) if which == 1: print("no")
            case BadArgs(1) if which == 2: print("no")
            case TooMany(1, 2) if which == 3: print("no")
            case Dup(1, a=1) if which == 4: print("no")
            case NotStr(1) if which == 5: print("no")
            case int(1, 2) if which == 6: print("no")
            case len() if which == 7: print("no")
            case _: print("fell through", which)
    except TypeError as e:
        print("TypeError", e)
for v, w in [(NoArgs(), 1), (BadArgs(), 2), (TooMany(), 3), (Dup(), 4), (NotStr(), 5), (5, 6), (5, 7)]:
    try_match(v, w)
# a type that is not a class
class NS:
    notatype = len
    inst = 5
for which in ("notatype", "inst"):
    try:
        match 5:
            case NS.notatype() if which == "notatype": pass
            case NS.inst(): pass
    except TypeError as e:
        print("TypeError", e)
