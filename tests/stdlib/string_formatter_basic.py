import _string, string
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(_string.__doc__, sorted(n for n in dir(_string) if not n.startswith('__') or n == '__doc__'))
print(_string.formatter_parser.__doc__, '|', _string.formatter_field_name_split.__doc__)
for s in ['', 'abc', '{}', '{0}', '{a.b[c]!r:>{w}}', 'x{{y}}z', '{', '}', 'a}b', '{!', '{0!}', '{0!r', '{0!rx}',
          '{0:', '{0!r:}', '{:}', '{[}', '{0[}', '{a[b]c}', '{0:{1:{2}}}', '{a!s:x}y{b}', '{{', '}}', '{0]}', '{!r}',
          '{ 0 }', '{0.}', 'é{ü}ñ', '{0:}}', '{0:{}', '{a[]}', '{0.a.}', '{0!a:', '{0:{{}}}', '{a{b}', 'ab{0}c{',
          '{0!é}', '{0!éx}', 'x}}y{{z', '€{0[€]:€^9}€', '{0[:]}', '{0[!]}:{1}']:
    t(lambda: list(_string.formatter_parser(s)))
it = _string.formatter_parser('ab{0}c{')
print(type(it).__name__, iter(it) is it, next(it))
t(lambda: next(it))
t(lambda: next(it))
for n in ['', 'a', '0', '12', 'a.b', 'a[0]', 'a[x]', 'a.b[0].c', '0[1][2]', 'a.', 'a[', 'a[0', 'a[]', 'a.b.',
          'a[0]x', 'a[0].', '-1', '01', ' 1', '1a', 'a..b', '[0]', '.a', 'a[0]]', 'a[0][1 ]', '٣', 'x[٤٢]',
          '99999999999999999999999', '9223372036854775807', 'a[99999999999999999999]', 'é.ü[ñ]', 'a[.]', 'a[[]']:
    def g(n=n):
        f, rest = _string.formatter_field_name_split(n)
        return f, type(rest).__name__, list(rest)
    t(g)
first, rest = _string.formatter_field_name_split('a.b[').__iter__()
print(first, next(rest))
t(lambda: next(rest))
t(lambda: _string.formatter_parser(1))
t(lambda: _string.formatter_field_name_split(b'x'))
t(lambda: _string.formatter_parser())
t(lambda: _string.formatter_parser('a', 'b'))
class S(str): pass
t(lambda: list(_string.formatter_parser(S('a{0}b'))))
t(lambda: _string.formatter_field_name_split(S('a.b'))[0])
# string.Formatter rides on these
f = string.Formatter()
print(f.format('{0}-{1!r:>6}-{x.real}-{y[1]}-{0:{w}}', 7, 'ab', x=3+4j, y=[5, 6], w=4))
print(f.format('{}{}{{}}', 1, 2), list(f.parse('a{b!s:c}d')))
t(lambda: f.format('{0}{}', 1, 2))
t(lambda: f.format('{a.}', a=1))
t(lambda: f.format('{0!x}', 1))
t(lambda: f.format('{', 1))
t(lambda: f.format('}', 1))
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
