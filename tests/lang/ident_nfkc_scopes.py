# NFKC in f-strings (the = text stays as written), keywords, __slots__
# strings (not normalized), NameError names, nonlocal and comprehensions.
ﬁle = 1
print(f"{ﬁle=}", f"{ℌ if False else ﬁle!r:>3}")
def g(**kw): return kw
print(g(ℌ=1, ﬁ=2))
class K:
    __slots__ = ('ﬁ',)
k = K()
try:
    k.fi = 3            # the slot is named by a string: not normalized
except AttributeError as e:
    print('AttributeError', e)
setattr(k, 'ﬁ', 4)
print(getattr(k, 'ﬁ'), K.__slots__)
import sys
print(sys.modules['__main__'].__dict__.get('file'))
try:
    ℌℌ
except NameError as e:
    print(e, e.name)
nonlocal_test = None
def outer():
    ｖ = 1
    def inner():
        nonlocal v
        v += 1
        return ｖ
    return inner()
print(outer())
print([ａ for a in 'ab'], {ｋ: 1 for k in 'x'})
