# unicodedata.name/lookup (Unicode 14 names, aliases, algorithmic names) and
# the Unicode 3.2.0 database ucd_3_2_0 that stringprep and the idna codec use.
import hashlib
import unicodedata

print(sorted(n for n in dir(unicodedata) if not n.startswith('_')))
for ch in 'aZ0 ~\u00e9\u00df\u0391\u0416\u05d0\u0627\u0e01\u1100\u2603\u20ac\u3042\uac00\ud7a3\u4e00\u9fff\U00020000\U0001f600\U0001f9ff\ufb01\ufeff':
    print('%04X' % ord(ch), unicodedata.name(ch))
for ch in ('\x00', '\x7f', '\ud800', '\ue000', '\U0010ffff', '\u0378'):
    print('%04X' % ord(ch), unicodedata.name(ch, None))
try:
    unicodedata.name('\x00')
except ValueError as e:
    print('ValueError', e)
for f, bad in ((unicodedata.name, ''), (unicodedata.name, 'ab'), (unicodedata.name, 5), (unicodedata.decimal, 'ab'), (unicodedata.category, 'ab')):
    try:
        f(bad)
    except TypeError as e:
        print('TypeError', e)

for n in ('LATIN SMALL LETTER A', 'latin capital letter a with grave', 'SNOWMAN', 'EURO SIGN',
          'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-20000', 'GRINNING FACE',
          'NULL', 'LINE FEED', 'BYTE ORDER MARK', 'ZWJ', 'LATIN CAPITAL LETTER GHA',
          b'DIGIT SEVEN'):
    print(repr(n), ascii(unicodedata.lookup(n)))
for n in ('NOT A CHARACTER NAME', 'CJK UNIFIED IDEOGRAPH-110000', 'cjk unified ideograph-4e00',
          'HANGUL SYLLABLE XX', 'x' * 300, ''):
    try:
        unicodedata.lookup(n)
    except KeyError as e:
        print('KeyError', e)
print('\N{BLACK STAR}' == unicodedata.lookup('BLACK STAR'))
# named sequences: lookup() only (not \N{...}, not the 3.2.0 database)
for n in ('LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'keycap number sign', 'TAMIL SYLLABLE KSSA',
          'KHMER CONSONANT SIGN COENG KA', 'BENGALI LETTER KHINYA'):
    print(n, ascii(unicodedata.lookup(n)))
try:
    unicodedata.ucd_3_2_0.lookup('KEYCAP NUMBER SIGN')
except KeyError as e:
    print('KeyError', e)
try:
    compile('"\\N{KEYCAP NUMBER SIGN}"', 's', 'eval')
except SyntaxError as e:
    print('SyntaxError', e.msg)

# every name, and back (a digest: the output stays small)
h = hashlib.sha1()
count = 0
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is not None:
        count += 1
        h.update(n.encode())
print('names:', count, h.hexdigest())
for cp in (0x41, 0x1F600, 0xAC01, 0x3400, 0x2B81D, 0x10FFFD, 0xE0100):
    n = unicodedata.name(chr(cp), None)
    print(n, n and unicodedata.lookup(n) == chr(cp))

# the 3.2.0 database
old = unicodedata.ucd_3_2_0
print(old.unidata_version, unicodedata.unidata_version, type(old).__name__, type(old).__module__)
print(isinstance(old, unicodedata.UCD))
for ch in '\u0041\u00e9\u0221\u0234\u20ac\u20b0\u2603\u1e9e\U0001f600\u4db6\u9fa6\u0970\u00b5\u2028\U0001d7ce\u0f0c':
    print('%04X' % ord(ch), old.category(ch), unicodedata.category(ch), repr(old.bidirectional(ch)),
          old.east_asian_width(ch), old.mirrored(ch), old.combining(ch), old.decimal(ch, None),
          old.numeric(ch, None), repr(old.decomposition(ch)), old.name(ch, None))
for s in ('\u1e9e', 'e\u0301', '\uf951\u2f868', '\U0002f868', '\U0001d400', 'Å'):
    print([ascii(old.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [ascii(unicodedata.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          old.is_normalized('NFC', s))
print(ascii(old.lookup('LATIN SMALL LETTER A')))
for n in ('LATIN CAPITAL LETTER SHARP S', 'GRINNING FACE', 'ZWJ'):
    try:
        old.lookup(n)
    except KeyError as e:
        print('KeyError', e)
print(old.name('\u1e9e', 'none in 3.2'), unicodedata.name('\u1e9e'))
print(ascii(old.lookup('CJK UNIFIED IDEOGRAPH-9FFF')))

# digests of every code point's 3.2.0 properties and normal forms
h = hashlib.sha1()
for cp in range(0x110000):
    ch = chr(cp)
    h.update(repr((old.category(ch), old.bidirectional(ch), old.east_asian_width(ch), old.mirrored(ch),
                   old.combining(ch), old.decimal(ch, None), old.numeric(ch, None),
                   old.decomposition(ch))).encode())
print('3.2.0 properties:', h.hexdigest())
h = hashlib.sha1()
for cp in range(0x30000):
    if 0xD800 <= cp < 0xE000:
        continue
    ch = chr(cp)
    h.update(''.join(old.normalize(f, ch) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')).encode())
print('3.2.0 normal forms:', h.hexdigest())

# what uses it: stringprep and the idna codec
import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.in_table_c12('\u3000'),
      stringprep.map_table_b2('\u00df'), stringprep.in_table_d1('\u05d0'))
for host in ('bücher.de', 'Müller.example', 'xn--nxasmq6b.com', 'пример.испытание', 'ABC.com'):
    enc = host.encode('idna')
    print(host, enc, enc.decode('idna'))
try:
    '\u0221.com'.encode('idna')
except UnicodeError as e:
    print('UnicodeError', e)
