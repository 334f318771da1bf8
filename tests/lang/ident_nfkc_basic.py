# PEP 3131: identifiers in source are NFKC-normalized by the parser;
# strings given to getattr/setattr/globals() are not.
import unicodedata

ﬁle = 1                 # LATIN SMALL LIGATURE FI
print(file)
ℌ = 2                   # BLACK-LETTER CAPITAL H
print(H)
𝐀𝐛𝐜 = 3                 # MATHEMATICAL BOLD
print(Abc)
ｘｙ = 4                  # FULLWIDTH
print(xy)
ℯ = 5                   # SCRIPT SMALL E
print(e)
ǅ = 6                   # LATIN CAPITAL LETTER D WITH SMALL LETTER Z WITH CARON
print('ǅ' in globals(), 'Dž' in globals())
Å = 7                   # ANGSTROM SIGN -> A WITH RING ABOVE (canonical)
print('\u00c5' in globals(), '\u212b' in globals())
é = 8                   # e + COMBINING ACUTE ACCENT -> precomposed
print('\u00e9' in globals(), 'e\u0301' in globals())
ﾊ = 9                   # HALFWIDTH KATAKANA
print('\u30cf' in globals())
µ = 10                  # MICRO SIGN -> GREEK SMALL LETTER MU
print('\u03bc' in globals(), '\u00b5' in globals())
print(sorted(k for k in globals() if not k.isascii()))


def ｆ(ａｒｇ, *, ｋｗ=1):   # parameters and keywords
    return arg + kw


print(f(2, kw=3), f(ａｒｇ=1))


class ℭlass:
    ａttr = 'class attr'

    def ﬁnd(self):
        return self.attr


o = Class()
print(o.find(), o.ａｔｔｒ, Class.__name__, o.ﬁnd.__name__)

# attribute names in source are normalized; strings are not
o.ﬁeld = 1
print(o.__dict__)
setattr(o, 'ﬁeld2', 2)
print(o.__dict__)
print(hasattr(o, 'field2'), hasattr(o, 'ﬁeld2'), getattr(o, 'ﬁeld2'))
print(getattr(o, 'field'), hasattr(o, 'ﬁeld'))
globals()['ℌ2'] = 'raw'
print('ℌ2' in globals(), 'H2' in globals())
try:
    print(H2)
except NameError as e:
    print('NameError', e)

# in f-strings, lambdas, comprehensions, keyword arguments and imports
print(f'{ﬁle} {ℌ}', (lambda ｙ: y * 2)(4), [ｉ for i in range(3)])
print(dict(ﬁ=1), (lambda **k: k)(ℌ=1))
import unicodedata as ｕｄ
print(ud is unicodedata, 'ｕｄ' in globals())

# compile()/exec()/eval() normalize too; the code's names are NFKC
code = compile('ｚ = 1\nprint(ｚ)', '<s>', 'exec')
print(code.co_names)
ns = {}
exec(code, ns)
print(sorted(k for k in ns if k != '__builtins__'))
print(eval('ℌ + ﬁle'))

# names that stay as they are
ε = 'epsilon'
π = 3
日本 = 'nihon'
print(ε, π, 日本, sorted(k for k in globals() if k in 'επ日本'))
# a normalized name is checked against NFKC of every spelling
for name in ['ﬁle', 'ℌ', '𝐀', 'ｘ', 'ǅ', '\u212b', 'e\u0301']:
    print(ascii(name), ascii(unicodedata.normalize('NFKC', name)), name.isidentifier())
