# unicode_escape, raw_unicode_escape, utf-8-sig codecs
LINES = ['"a\\té\\u20ac\\U0001f600\\\\\'\\"\\x01\\x7f".encode("unicode_escape")', '"a\\té\\u20ac\\U0001f600\\\\".encode("raw_unicode_escape")', 'b"a\\\\t\\\\xe9\\\\u20ac\\\\U0001f600\\\\\\\\\\\\\'\\\\x01\\\\101\\xe9".decode("unicode_escape")', 'b"a\\\\u20ac\\\\U0001f600\\\\\\\\x\\\\t\\xe9".decode("raw_unicode_escape")', 'b"\\\\x4".decode("unicode_escape")', 'b"ab\\\\".decode("unicode_escape")', 'b"\\\\u12".decode("raw_unicode_escape")', 'b"\\\\U00110000".decode("unicode_escape")', 'b"\\\\x4g".decode("unicode_escape", "replace")', '"abc".encode("utf-8-sig")', 'b"\\xef\\xbb\\xbfabc".decode("utf-8-sig")', 'b"abc".decode("utf_8_sig")', '"x".encode("nonexistent")', 'b"x".decode("nonexistent")', '"\\\\n".encode("unicode-escape")']
for line in LINES:
    try:
        r = repr(eval(line))
    except Exception as e:
        r = "EXC %s: %s" % (type(e).__name__, e)
    print(line, "->", r)
