#!/usr/bin/env python3
"""Regenerate the \\N{...} name table in core/parser.c (between the BEGIN/END markers) from
CPython's unicodedata: the names used by the Python files on this machine plus a few common
blocks (Latin-1, Latin Extended-A, Greek, Cyrillic, punctuation, letterlike symbols, arrows,
mathematical operators, box drawing). kiln's C core has no full Unicode name database."""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PARSER = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'core', 'parser.c')
ROOTS = ['/usr/lib/python3.11', '/usr/lib/python3', '/root/.pyenv/versions/3.11.7/lib/python3.11']
BLOCKS = [(0x20, 0x7E), (0xA0, 0x17F), (0x370, 0x3FF), (0x400, 0x45F), (0x2010, 0x205E),
          (0x20A0, 0x20C0), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2500, 0x257F)]

names = {}
for lo, hi in BLOCKS:
    for cp in range(lo, hi + 1):
        n = unicodedata.name(chr(cp), None)
        if n:
            names[n] = cp
for n, cp in [('NULL', 0), ('CHARACTER TABULATION', 9), ('LINE FEED', 10), ('CARRIAGE RETURN', 13),
              ('ESCAPE', 27), ('DELETE', 127), ('BYTE ORDER MARK', 0xFEFF)]:
    names[n] = cp
for root in ROOTS:
    for dirpath, dirs, files in os.walk(root):
        for f in files:
            if not f.endswith('.py'):
                continue
            try:
                with open(os.path.join(dirpath, f), encoding='utf-8', errors='replace') as fh:
                    text = fh.read()
            except OSError:
                continue
            for m in re.findall(r'\\N\{([^}]*)\}', text):
                try:
                    names[m.upper()] = ord(unicodedata.lookup(m))
                except (KeyError, TypeError):
                    pass
rows = []
for n in sorted(names):
    rows.append('    { "%s", 0x%X },' % (n, names[n]))
table = '\n'.join(rows)
with open(PARSER) as fh:
    src = fh.read()
begin = src.index('/* BEGIN generated uni_names */')
end = src.index('/* END generated uni_names */')
src = (src[:begin] + '/* BEGIN generated uni_names */\n'
       'static const struct { const char *name; int cp; } uni_names[] = {\n' + table + '\n};\n' + src[end:])
with open(PARSER, 'w') as fh:
    fh.write(src)
print('%d names' % len(names))
