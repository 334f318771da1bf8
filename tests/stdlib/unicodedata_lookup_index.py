# unicodedata.lookup and \N{...} through the name index: every kind of name
import unicodedata, sys
def t(n):
    try: print(repr(n), '->', ascii(unicodedata.lookup(n)))
    except KeyError as e: print(repr(n), 'KeyError', e)
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'SNOWMAN', 'snowman',
          'EM DASH', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-20000', 'cjk unified ideograph-4e00',
          'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE WEOLH', 'CJK COMPATIBILITY IDEOGRAPH-F900',
          'LINE FEED', 'BYTE ORDER MARK', 'NBSP', 'ZWJ', 'VS16', 'LATIN CAPITAL LETTER GHA',
          'LATIN SMALL LETTER R WITH FISHHOOK AND MIDDLE TILDE', 'KEYCAP NUMBER SIGN',
          'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'NO SUCH NAME', '', 'SNOWMAN ', ' SNOWMAN',
          'SNOW MAN', 'A' * 300, 'TANGUT IDEOGRAPH-17000', 'MATHEMATICAL BOLD CAPITAL A', 'SPACE', 'NULL',
          'BOX DRAWINGS LIGHT HORIZONTAL', 'GREEK SMALL LETTER ALPHA WITH PSILI AND VARIA AND YPOGEGRAMMENI',
          'ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM', 'FACE WITH TEARS OF JOY']:
    t(n)
print(unicodedata.lookup(b'SNOWMAN'), unicodedata.ucd_3_2_0.lookup('SNOWMAN'))
for n in ['LINE FEED', 'BYTE ORDER MARK', 'FACE WITH TEARS OF JOY', 'KEYCAP NUMBER SIGN']:
    try: print(n, ascii(unicodedata.ucd_3_2_0.lookup(n)))
    except KeyError as e: print(n, 'KeyError', e)
# round trip over a spread of code points
bad = 0
count = 0
for cp in range(0, sys.maxunicode + 1, 7):
    name = unicodedata.name(chr(cp), None)
    if name:
        count += 1
        if unicodedata.lookup(name) != chr(cp):
            bad += 1
        if not name.startswith(('CJK UNIFIED', 'HANGUL SYLLABLE')) and unicodedata.lookup(name.lower()) != chr(cp):
            bad += 1
print(count, bad)
print('\N{SNOWMAN}\N{black star}\N{EM DASH}\N{LATIN CAPITAL LETTER A WITH GRAVE}\N{nbsp}|\N{CJK UNIFIED IDEOGRAPH-4E01}\N{HANGUL SYLLABLE HAN}')
print(ascii('\N{LINE FEED}\N{ZERO WIDTH JOINER}\N{VS16}'))
try:
    eval(r"'\N{NO SUCH THING}'")
except SyntaxError as e:
    print('SyntaxError', e.msg)
