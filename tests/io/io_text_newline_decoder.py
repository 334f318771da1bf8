# _io.IncrementalNewlineDecoder: translation, the pending \r, state, newlines, errors.
import _io, codecs, pickle
D = _io.IncrementalNewlineDecoder


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = D(None, True)
t(lambda: d.decode(b'abc'))
t(lambda: d.decode('a\r'))
t(lambda: d.getstate())
t(lambda: d.newlines)
t(lambda: d.decode('\nb\r\n', final=True))
t(lambda: d.newlines)
t(lambda: d.setstate(3))
t(lambda: d.setstate((b'', 3)))
t(lambda: d.getstate())
t(lambda: d.setstate(('', 3)))
t(lambda: d.setstate((b'',)))
t(lambda: d.setstate((b'', 'x')))
t(lambda: D.__new__(D).decode('x'))
t(lambda: D.__new__(D).getstate())
t(lambda: D.__new__(D).newlines)
t(lambda: D.__new__(D).reset())
t(lambda: D())
t(lambda: D(None))
t(lambda: D(None, 1, 'strict', 4))
t(lambda: type(D(None, translate=0, errors=1)).__name__)
t(lambda: D(None, translate=[]).decode('a\rb'))
ud = codecs.getincrementaldecoder('utf-8')()
d2 = D(ud, False)
t(lambda: d2.decode(b'a\xc3'))
t(lambda: d2.getstate())
t(lambda: d2.decode(b'\xa9\r'))
t(lambda: d2.getstate())
t(lambda: d2.setstate((b'\xe2\x82', 3)))
t(lambda: d2.getstate())
t(lambda: d2.decode(b'\xac\n'))
t(lambda: d2.newlines)
t(lambda: d2.reset())
t(lambda: d2.getstate())
t(lambda: d2.newlines)
t(lambda: d2.decode(b'\xff', True))
d3 = D(None, False, errors='foo')
t(lambda: d3.decode('x'))


class Bad:
    def decode(self, i, final=False):
        return 5

    def getstate(self):
        return 5


t(lambda: D(Bad(), False).decode(b'x'))
t(lambda: D(Bad(), False).getstate())
t(lambda: d.decode(5))
t(lambda: d.decode())
t(lambda: d.decode('x', True, 3))
t(lambda: d.decode(input='x', final=1))
t(lambda: type(D.newlines).__name__)
t(lambda: D.__module__)
t(lambda: D.__doc__)
t(lambda: D.__mro__)
t(lambda: pickle.dumps(D(None, True)))


class Sub(D):
    pass


s = Sub(None, True)
t(lambda: (s.decode('x\r\ny\r', True), s.newlines))
for text in ['\r', '\n', '\r\n', '\r\n\r\n\n\r', 'a\rb\nc\r\nd', 'é\r€\r\n𝄞\n']:
    for tr in (False, True):
        d = D(None, tr)
        out = [d.decode(c) for c in text] + [d.decode('', True)]
        print(repr(text), tr, out, repr(d.newlines), d.getstate())
        d.reset()
        print('   ', repr(d.decode(text)), d.getstate(), repr(d.newlines))
