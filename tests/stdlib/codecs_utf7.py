import _codecs as c
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['a+é', 'Hi Mom -\u263a-!', '\U0001f600x', 'A\u2262\u0391.', '~\\', '+', 'a-b', '\u20ac-', '\u20acA', 'é é', '', '\ud800x']:
    t(lambda: c.utf_7_encode(s))
    t(lambda: c.utf_7_decode(c.utf_7_encode(s)[0], None, True))
for b in [b'a+AOk-', b'a+AO', b'a+AOk', b'+2D3eAA-', b'+2D3e', b'+-', b'+!', b'\xff', b'a+AOkA-', b'+AOk\xff', b'a+2D3eAA', b'+A-', b'+AB-', b'+AAA-x']:
    for fin in (False, True):
        t(lambda: c.utf_7_decode(b, None, fin))
    t(lambda: c.utf_7_decode(b, 'replace', True))
    t(lambda: c.utf_7_decode(b, 'ignore', True))
print('a+\u20ac\U0001f600'.encode('utf-7'), b'+AOk-'.decode('utf-7'))
import codecs
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([x])) for x in b'a+AOkA6Q-b'], d.decode(b'', True))
