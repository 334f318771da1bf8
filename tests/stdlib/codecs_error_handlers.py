import codecs
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: 'a\u20acb\U0001f600'.encode('ascii', 'namereplace'))
t(lambda: 'a\u20acb'.encode('latin-1', 'namereplace'))
t(lambda: 'a\udcffb'.encode('utf-16-le', 'namereplace'))
codecs.register_error('angle', lambda e: ('<%s>' % e.object[e.start:e.end].hex() if isinstance(e, UnicodeDecodeError) else '<%d-%d>' % (e.start, e.end), e.end))
codecs.register_error('bytes', lambda e: (b'[' + str(e.start).encode() + b']', e.end))
codecs.register_error('skip2', lambda e: ('#', e.start + 2))
codecs.register_error('nonascii', lambda e: ('\xe9', e.end))
codecs.register_error('bad', lambda e: 42)
codecs.register_error('far', lambda e: ('', 100))
codecs.register_error('neg', lambda e: ('?', -1))
# (utf-16/32 go through the encodings package in CPython, which restates a handler's own errors)
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be', 'cp1252']:
    for eh in ['angle', 'bytes', 'skip2', 'nonascii', 'neg'] + (['bad', 'far', 'nope'] if enc[:5] != 'utf-1' and enc[:5] != 'utf-3' else []):
        t(lambda: 'ab\u20ac\u0101\udc80cd'.encode(enc, eh))
for enc, data in [('ascii', b'ab\xff\xfecd'), ('utf-8', b'ab\xe2\x82cd\xff'), ('utf-16-le', b'a\x00\x00\xdcb\x00\x00'), ('utf-32-le', b'a\x00\x00\x00\x00\x00\x11\x00'), ('cp1252', b'a\x81b')]:
    for eh in ['angle', 'surrogatepass'] + (['skip2', 'bytes', 'bad', 'far', 'nope', 'namereplace'] if enc[:5] != 'utf-1' and enc[:5] != 'utf-3' else []):
        t(lambda: data.decode(enc, eh))
t(lambda: b'a\xed\xa0\x80b'.decode('utf-8', 'surrogatepass'))
t(lambda: b'a\x00\x00\xd8b\x00'.decode('utf-16-le', 'surrogatepass'))
t(lambda: 'a\ud800b'.encode('utf-16-be', 'surrogatepass'))
t(lambda: codecs.decode(b'\x00\xd8', 'utf-16-le', 'surrogatepass'))
