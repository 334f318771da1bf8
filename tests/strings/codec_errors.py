# codec error ranges and handlers at the edges
LINES = ['"\\ud800".encode("utf-16")', '"\\ud800".encode("utf-16-le")', '"a\\ud800\\udc00b".encode("utf-32")', '"\\ud800".encode("utf-16", "surrogatepass")', '"\\ud800".encode("latin-1", "surrogateescape")', '"\\udc80".encode("latin-1", "surrogateescape")', '"\\udc80".encode("ascii", "surrogateescape")', '"é\\udc80".encode("ascii", "surrogateescape")', '"é".encode("ascii", "surrogatepass")', '"\\ud800\\ud801x".encode("utf-8")', '"ab€€cd".encode("latin-1")', '"€".encode("utf-8", "bogus")', '"é".encode("ascii", "bogus")', 'b"\\xed\\xa0\\x80".decode("utf-8", "surrogatepass")', 'b"\\xed\\xa0\\x80".decode("utf-8")', 'b"\\xed\\xa0\\x80".decode("utf-8", "replace")', 'b"\\xf0\\x80\\x80".decode("utf-8", "replace")', 'b"\\xe0\\x80".decode("utf-8", "replace")', 'b"\\xc2".decode("utf-8", "replace")', 'b"\\xff\\xfe\\x00".decode("utf-16")', 'b"\\x00\\xd8\\x00\\x00".decode("utf-16-le")', 'b"\\x00\\xdc".decode("utf-16-le", "replace")', 'b"\\x00\\x00\\x11\\x00".decode("utf-32-le")', 'b"\\x00\\xd8\\x00\\x00".decode("utf-32-le")', 'b"\\x00\\xd8\\x00\\x00".decode("utf-32-le", "surrogatepass")', 'b"abc".decode("utf-32")', '"\\x80".encode("ascii", "xmlcharrefreplace")', '"\\U0001f600".encode("latin-1", "backslashreplace")', '"\\U0001f600".encode("utf-16-be", "strict")']
for line in LINES:
    try:
        r = repr(eval(line))
    except Exception as e:
        r = "EXC %s: %s" % (type(e).__name__, e)
    print(line, "->", r)
