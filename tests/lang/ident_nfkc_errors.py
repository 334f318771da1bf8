# Characters that cannot be in an identifier: CPython's messages and positions.
cases = [
    'a€ = 1', 'a\u200bb = 1', 'x = 1 ¶', 'x€y = 3', '€ = 1', 'print(ab€cd)',
    'é€ = 2', '\u200b = 1', 'x = 1 +\u00a0 2', 'ℌ€ = 1', '"é" + ab€', 'a·b = 1',
    '·a = 1', 'x = a\u2028b', 'x² = 1', '²x = 1', 'a\u00ad = 1', 'x = 1\n  y€ = 2',
    'def f(a€): pass', 'x.€', 'x = «1»', '✓ = True', 'a\u0301 = 1', '\u0301a = 1',
    'x = 1 # € ok in a comment', 's = "€ ok in a string"', 'x = 1\u3000+ 2',
    '𝟏x = 1', 'x𝟏 = 1', 'ﬀ = 1', 'x = 1€', 'x = 0x1€',
]
for c in cases:
    try:
        compile(c, 'f', 'exec')
        print(ascii(c), 'ok')
    except SyntaxError as e:
        print(ascii(c), ascii(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
