/* White-box test of str/bytes/bytearray through the C API, before the VM runs.
 * Each CASE(label, expr) prints "label -> repr(result)"; label is the Python
 * expression computing the same thing, so tests/c/test_str.sh can compare the
 * output with CPython's.  Link: every runtime object except main.o. */
#include "core.h"
#include <string.h>

__attribute__((weak)) Value vm_current_globals(void) { return 0; }

static void show(const char *what, Value v)
{
    if (!v) {
        Value e = exc_fetch();
        Value s;
        if (e && type_is_subtype(TYPE(e), E(UnicodeError))) {
            /* the message CPython renders, from (encoding, object, start, end, reason) */
            ExcObject *x = (ExcObject *)e;
            int64_t st = SMALL_VAL(x->extra[2]), en = SMALL_VAL(x->extra[3]);
            const char *enc = STR_DATA(x->extra[0]), *why = STR_DATA(x->extra[4]);
            if (TYPE(e) == E(UnicodeDecodeError))
                s = en - st == 1 ? str_fmt("'%s' codec can't decode byte 0x%02x in position %ld: %s", enc,
                                           (unsigned char)BYTES_DATA(x->extra[1])[st], (long)st, why)
                                 : str_fmt("'%s' codec can't decode bytes in position %ld-%ld: %s", enc, (long)st, (long)en - 1, why);
            else if (en - st == 1) {
                uint32_t c = str_char_at(x->extra[1], st);
                s = str_fmt(c < 0x100 ? "'%s' codec can't encode character '\\x%02x' in position %ld: %s"
                                      : c < 0x10000 ? "'%s' codec can't encode character '\\u%04x' in position %ld: %s"
                                      : "'%s' codec can't encode character '\\U%08x' in position %ld: %s", enc, c, (long)st, why);
            } else s = str_fmt("'%s' codec can't encode characters in position %ld-%ld: %s", enc, (long)st, (long)en - 1, why);
        } else s = e ? obj_str(e) : 0;
        printf("%s -> EXC %s: %s\n", what, e ? TYPE_NAME(e) : "?", s ? STR_DATA(s) : "?");
        return;
    }
    Value r = obj_repr(v);
    printf("%s -> %s\n", what, r ? STR_DATA(r) : "<repr failed>");
    if (!r) exc_clear();
}
#define CASE(label, e) show(label, (e))

static Value s(const char *x) { return str_from_cstr(x); }
static Value b(const char *x) { return bytes_new(x, strlen(x)); }
static Value I(int64_t i) { return MKSMALL(i); }
static Value tup(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Value t = tuple_new(n);
    for (int i = 0; i < n; i++) TUPLE_ITEMS(t)[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}
static Value call(Value self, const char *m, int n, ...)
{
    Value args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, Value);
    va_end(ap);
    return obj_call_method(self, str_intern_cstr(m), args, (size_t)n);
}
/* (text, consumed) as codecs.*_decode(data, errors, final) returns. */
static Value dec(const char *d, size_t n, const char *enc, bool final)
{
    size_t used = 0;
    Value r = str_decode_ex(d, n, enc, "strict", final, &used);
    return r ? tuple_pack(2, r, MKSMALL((int64_t)used)) : 0;
}

static Value pct(Value f, Value a) { return obj_binop(f, a, BINOP_REMAINDER); }
static Value fmt(Value v, const char *spec) { return obj_format(v, s(spec)); }

static int run(void);

int main(void)
{
    heap_init();
    /* the conservative scan must cover every frame that holds test Values */
    R->ts.c_stack_base = __builtin_frame_address(0);
    return run();
}

static NOINLINE int run(void)
{
    genesis();
    str_init_caches();

    CASE("'hello world'.split()", call(s("hello world"), "split", 0));
    CASE("'  a  b  '.split()", call(s("  a  b  "), "split", 0));
    CASE("'a,b,,c'.split(',')", call(s("a,b,,c"), "split", 1, s(",")));
    CASE("'a,b,,c'.split(',', 1)", call(s("a,b,,c"), "split", 2, s(","), I(1)));
    CASE("'a,b,,c'.rsplit(',', 1)", call(s("a,b,,c"), "rsplit", 2, s(","), I(1)));
    CASE("' a b c '.rsplit(None, 1)", call(s(" a b c "), "rsplit", 2, NONE, I(1)));
    CASE("'a\\nb\\r\\nc\\rd'.splitlines()", call(s("a\nb\r\nc\rd"), "splitlines", 0));
    CASE("'a\\nb\\r\\n'.splitlines(True)", call(s("a\nb\r\n"), "splitlines", 1, TRUE_V));
    CASE("'-'.join(['a', 'b', 'c'])", call(s("-"), "join", 1, list_from((Value[]){s("a"), s("b"), s("c")}, 3)));
    CASE("'-'.join(['a', 1])", call(s("-"), "join", 1, list_from((Value[]){s("a"), I(1)}, 2)));
    CASE("'héllo wörld'.upper()", call(s("héllo wörld"), "upper", 0));
    CASE("'ΣΑΣ ΟΔΟΣ'.lower()", call(s("ΣΑΣ ΟΔΟΣ"), "lower", 0));
    CASE("'straße'.upper()", call(s("straße"), "upper", 0));
    CASE("'Straße'.casefold()", call(s("Straße"), "casefold", 0));
    CASE("'hello wORLD'.title()", call(s("hello wORLD"), "title", 0));
    CASE("'hELLO'.capitalize()", call(s("hELLO"), "capitalize", 0));
    CASE("'Hello'.swapcase()", call(s("Hello"), "swapcase", 0));
    CASE("'ǆemal'.title()", call(s("ǆemal"), "title", 0));
    CASE("'Привет'.upper()", call(s("Привет"), "upper", 0));
    CASE("'abc'.center(9, '*')", call(s("abc"), "center", 2, I(9), s("*")));
    CASE("'abc'.center(8)", call(s("abc"), "center", 1, I(8)));
    CASE("'ab'.center(5, 'é')", call(s("ab"), "center", 2, I(5), s("é")));
    CASE("'abc'.ljust(6, '-')", call(s("abc"), "ljust", 2, I(6), s("-")));
    CASE("'abc'.rjust(6)", call(s("abc"), "rjust", 1, I(6)));
    CASE("'-42'.zfill(6)", call(s("-42"), "zfill", 1, I(6)));
    CASE("'héllo'.find('l')", call(s("héllo"), "find", 1, s("l")));
    CASE("'héllo'.rfind('l')", call(s("héllo"), "rfind", 1, s("l")));
    CASE("'héllo'.find('l', 3)", call(s("héllo"), "find", 2, s("l"), I(3)));
    CASE("'héllo'.find('x')", call(s("héllo"), "find", 1, s("x")));
    CASE("'abc'.find('', 3)", call(s("abc"), "find", 2, s(""), I(3)));
    CASE("'abc'.find('', 4)", call(s("abc"), "find", 2, s(""), I(4)));
    CASE("'abc'.index('d')", call(s("abc"), "index", 1, s("d")));
    CASE("'aaaa'.count('aa')", call(s("aaaa"), "count", 1, s("aa")));
    CASE("'abc'.count('')", call(s("abc"), "count", 1, s("")));
    CASE("'hello'.replace('l', 'L')", call(s("hello"), "replace", 2, s("l"), s("L")));
    CASE("'hello'.replace('l', 'L', 1)", call(s("hello"), "replace", 3, s("l"), s("L"), I(1)));
    CASE("'abc'.replace('', '-')", call(s("abc"), "replace", 2, s(""), s("-")));
    CASE("'a.b.c'.partition('.')", call(s("a.b.c"), "partition", 1, s(".")));
    CASE("'a.b.c'.rpartition('.')", call(s("a.b.c"), "rpartition", 1, s(".")));
    CASE("'abc'.partition('x')", call(s("abc"), "partition", 1, s("x")));
    CASE("'  xy  '.strip()", call(s("  xy  "), "strip", 0));
    CASE("'xxhixx'.lstrip('x')", call(s("xxhixx"), "lstrip", 1, s("x")));
    CASE("'xxhixx'.rstrip('x')", call(s("xxhixx"), "rstrip", 1, s("x")));
    CASE("'a\\tb\\tc'.expandtabs()", call(s("a\tb\tc"), "expandtabs", 0));
    CASE("'a\\tbc\\td'.expandtabs(4)", call(s("a\tbc\td"), "expandtabs", 1, I(4)));
    CASE("'abc'.startswith(('x', 'a'))", call(s("abc"), "startswith", 1, tup(2, s("x"), s("a"))));
    CASE("'abc'.endswith('bc')", call(s("abc"), "endswith", 1, s("bc")));
    CASE("'abc'.startswith('b', 1)", call(s("abc"), "startswith", 2, s("b"), I(1)));
    CASE("'abc'.startswith(1)", call(s("abc"), "startswith", 1, I(1)));
    CASE("'abc'.isalpha()", call(s("abc"), "isalpha", 0));
    CASE("'١٢٣'.isdecimal()", call(s("١٢٣"), "isdecimal", 0));
    CASE("'²'.isdigit()", call(s("²"), "isdigit", 0));
    CASE("'½'.isnumeric()", call(s("½"), "isnumeric", 0));
    CASE("'Hello World'.istitle()", call(s("Hello World"), "istitle", 0));
    CASE("'_x1'.isidentifier()", call(s("_x1"), "isidentifier", 0));
    CASE("'1x'.isidentifier()", call(s("1x"), "isidentifier", 0));
    CASE("' \\t\\n'.isspace()", call(s(" \t\n"), "isspace", 0));
    CASE("'abc'.removeprefix('ab')", call(s("abc"), "removeprefix", 1, s("ab")));
    CASE("'abc'.removesuffix('bc')", call(s("abc"), "removesuffix", 1, s("bc")));
    CASE("'hello'[1]", obj_getitem(s("hello"), I(1)));
    CASE("'héllo'[-4]", obj_getitem(s("héllo"), I(-4)));
    CASE("'hello'[10]", obj_getitem(s("hello"), I(10)));
    CASE("'héllo wörld'[1:8:2]", obj_getitem(s("héllo wörld"), slice_new(I(1), I(8), I(2))));
    CASE("'héllo'[::-1]", obj_getitem(s("héllo"), slice_new(NONE, NONE, I(-1))));
    CASE("'hello'[1:3]", obj_getitem(s("hello"), slice_new(I(1), I(3), NONE)));
    CASE("'ab' * 3", obj_binop(s("ab"), I(3), BINOP_MULTIPLY));
    CASE("'ab' + 'cd'", obj_binop(s("ab"), s("cd"), BINOP_ADD));
    CASE("'ab' + 1", obj_binop(s("ab"), I(1), BINOP_ADD));
    CASE("'ab' < 'b'", obj_richcompare(s("ab"), s("b"), CMP_LT));
    CASE("'é' > 'z'", obj_richcompare(s("é"), s("z"), CMP_GT));
    CASE("'abc' == 'abc'", obj_richcompare(s("abc"), s("abc"), CMP_EQ));
    CASE("repr('it\\'s')", obj_repr(s("it's")));
    CASE("repr('a\"b\\'c')", obj_repr(s("a\"b'c")));
    CASE("repr('tab\\there\\x01\\x7f\\x85é\\u2028')", obj_repr(s("tab\there\x01\x7f\xc2\x85é\xe2\x80\xa8")));
    CASE("ascii('héllo€')", obj_ascii(s("héllo€")));
    CASE("'%s-%d-%5.2f' % ('a', 42, 3.14159)", pct(s("%s-%d-%5.2f"), tup(3, s("a"), I(42), float_new(3.14159))));
    CASE("'%x %X %o %#x %#o' % (255, 255, 8, 255, 8)", pct(s("%x %X %o %#x %#o"), tup(5, I(255), I(255), I(8), I(255), I(8))));
    CASE("'%-5d|%05d|%+d|% d' % (42, -42, 42, 42)", pct(s("%-5d|%05d|%+d|% d"), tup(4, I(42), I(-42), I(42), I(42))));
    CASE("'%(a)s %(b)r' % {'a': 1, 'b': 'x'}", ({ Value d = dict_new(); dict_set(d, s("a"), I(1)); dict_set(d, s("b"), s("x")); pct(s("%(a)s %(b)r"), d); }));
    CASE("'%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159)", pct(s("%*d|%-*d|%.*f"), tup(6, I(5), I(1), I(5), I(2), I(2), float_new(3.14159))));
    CASE("'%c%c' % (65, 'é')", pct(s("%c%c"), tup(2, I(65), s("é"))));
    CASE("'%e %g %G %.3e' % (12345.678, 0.00001234, 1e20, 0.5)", pct(s("%e %g %G %.3e"), tup(4, float_new(12345.678), float_new(0.00001234), float_new(1e20), float_new(0.5))));
    CASE("'%s %s' % (1,)", pct(s("%s %s"), tup(1, I(1))));
    CASE("'%s' % (1, 2)", pct(s("%s"), tup(2, I(1), I(2))));
    CASE("'%d' % 'x'", pct(s("%d"), s("x")));
    CASE("'%z' % 1", pct(s("%z"), I(1)));
    CASE("'%.3s|%5s|%-5s|' % ('abcdef', 'ab', 'ab')", pct(s("%.3s|%5s|%-5s|"), tup(3, s("abcdef"), s("ab"), s("ab"))));
    CASE("'%d%%' % 50", pct(s("%d%%"), I(50)));
    CASE("'%d' % 3.99", pct(s("%d"), float_new(3.99)));
    CASE("'{} {}'.format(1, 'a')", call(s("{} {}"), "format", 2, I(1), s("a")));
    CASE("'{1}{0}{1}'.format('a', 'b')", call(s("{1}{0}{1}"), "format", 2, s("a"), s("b")));
    CASE("'{0!r:>6}|{0:^7}|{0:*<5}'.format('ab')", call(s("{0!r:>6}|{0:^7}|{0:*<5}"), "format", 1, s("ab")));
    CASE("'{0[1]}'.format(['x', 'y'])", call(s("{0[1]}"), "format", 1, list_from((Value[]){s("x"), s("y")}, 2)));
    CASE("'{:{}}|'.format('a', 4)", call(s("{:{}}|"), "format", 2, s("a"), I(4)));
    CASE("'{{x}} {}'.format(1)", call(s("{{x}} {}"), "format", 1, I(1)));
    CASE("'{}{0}'.format(1)", call(s("{}{0}"), "format", 1, I(1)));
    CASE("'{'.format()", call(s("{"), "format", 0));
    CASE("'}'.format()", call(s("}"), "format", 0));
    CASE("'{2}'.format(1)", call(s("{2}"), "format", 1, I(1)));
    CASE("format('abc', '.2')", fmt(s("abc"), ".2"));
    CASE("format('abc', '>6')", fmt(s("abc"), ">6"));
    CASE("format('abc', 'd')", fmt(s("abc"), "d"));
    CASE("format('ab', '05')", fmt(s("ab"), "05"));
    CASE("'héllo'.encode()", call(s("héllo"), "encode", 0));
    CASE("'héllo'.encode('latin-1')", call(s("héllo"), "encode", 1, s("latin-1")));
    CASE("'héllo'.encode('ascii')", call(s("héllo"), "encode", 1, s("ascii")));
    CASE("'héé'.encode('ascii', 'replace')", call(s("héé"), "encode", 2, s("ascii"), s("replace")));
    CASE("'hé€'.encode('ascii', 'xmlcharrefreplace')", call(s("hé€"), "encode", 2, s("ascii"), s("xmlcharrefreplace")));
    CASE("'hé€'.encode('latin-1', 'backslashreplace')", call(s("hé€"), "encode", 2, s("latin-1"), s("backslashreplace")));
    CASE("'hé'.encode('utf-16')", call(s("hé"), "encode", 1, s("utf-16")));
    CASE("'hé'.encode('utf-16-be')", call(s("hé"), "encode", 1, s("utf-16-be")));
    CASE("'h😀'.encode('utf-32-le')", call(s("h😀"), "encode", 1, s("utf-32-le")));
    CASE("'x'.encode('bogus')", call(s("x"), "encode", 1, s("bogus")));
    CASE("b'h\\xc3\\xa9'.decode()", call(b("h\xc3\xa9"), "decode", 0));
    CASE("b'\\xff\\xfe'.decode()", call(b("\xff\xfe"), "decode", 0));
    CASE("b'a\\xe2\\x82'.decode()", call(b("a\xe2\x82"), "decode", 0));
    CASE("b'a\\xe2\\x28'.decode()", call(b("a\xe2\x28"), "decode", 0));
    CASE("b'a\\xff'.decode('utf-8', 'replace')", call(b("a\xff"), "decode", 2, s("utf-8"), s("replace")));
    CASE("b'a\\xff'.decode('utf-8', 'surrogateescape')", call(b("a\xff"), "decode", 2, s("utf-8"), s("surrogateescape")));
    CASE("b'a\\xff'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape')", call(call(b("a\xff"), "decode", 2, s("utf-8"), s("surrogateescape")), "encode", 2, s("utf-8"), s("surrogateescape")));
    CASE("b'a\\xff'.decode('utf-8', 'backslashreplace')", call(b("a\xff"), "decode", 2, s("utf-8"), s("backslashreplace")));
    CASE("b'a\\xff'.decode('ascii')", call(b("a\xff"), "decode", 1, s("ascii")));
    CASE("b'\\xff\\xfeh\\x00'.decode('utf-16')", obj_call_method(bytes_new("\xff\xfeh\x00", 4), str_intern_cstr("decode"), (Value[]){s("utf-16")}, 1));
    CASE("b'abc'.hex()", call(b("abc"), "hex", 0));
    CASE("b'abcdef'.hex(':', 2)", call(b("abcdef"), "hex", 2, s(":"), I(2)));
    CASE("bytes.fromhex('61 62 ff')", call(OBJ_VAL(T(bytes)), "fromhex", 1, s("61 62 ff")));
    CASE("bytes.fromhex('6x')", call(OBJ_VAL(T(bytes)), "fromhex", 1, s("6x")));
    CASE("repr(b'a\\'b\\x00\\xff\\n')", obj_repr(bytes_new("a'b\x00\xff\n", 6)));
    CASE("b'a,b,c'.split(b',')", call(b("a,b,c"), "split", 1, b(",")));
    CASE("b' a  b '.split()", call(b(" a  b "), "split", 0));
    CASE("b'-'.join([b'a', bytearray(b'b')])", call(b("-"), "join", 1, list_from((Value[]){b("a"), bytearray_new("b", 1)}, 2)));
    CASE("b'hello'.find(b'l')", call(b("hello"), "find", 1, b("l")));
    CASE("b'hello'.find(108)", call(b("hello"), "find", 1, I(108)));
    CASE("b'hello'.upper()", call(b("hello"), "upper", 0));
    CASE("b'hello'[1]", obj_getitem(b("hello"), I(1)));
    CASE("b'hello'[::-2]", obj_getitem(b("hello"), slice_new(NONE, NONE, I(-2))));
    CASE("b'ab' * 2 + b'c'", obj_binop(obj_binop(b("ab"), I(2), BINOP_MULTIPLY), b("c"), BINOP_ADD));
    CASE("b'ab' + 'c'", obj_binop(b("ab"), s("c"), BINOP_ADD));
    CASE("b'%s=%d %x %r' % (b'k', 5, 255, 'é')", pct(b("%s=%d %x %r"), tup(4, b("k"), I(5), I(255), s("é"))));
    CASE("b'%s' % 'x'", pct(b("%s"), s("x")));
    CASE("b'abc'.replace(b'b', b'XX')", call(b("abc"), "replace", 2, b("b"), b("XX")));
    CASE("b'  x '.strip()", call(b("  x "), "strip", 0));
    CASE("b'abc'.translate(None, b'b')", call(b("abc"), "translate", 2, NONE, b("b")));
    CASE("b'abc' == bytearray(b'abc')", obj_richcompare(b("abc"), bytearray_new("abc", 3), CMP_EQ));
    CASE("b'abc' < b'abd'", obj_richcompare(b("abc"), b("abd"), CMP_LT));
    CASE("bytes(3)", obj_call1(OBJ_VAL(T(bytes)), I(3)));
    CASE("bytes([1, 2, 255])", obj_call1(OBJ_VAL(T(bytes)), list_from((Value[]){I(1), I(2), I(255)}, 3)));
    CASE("bytes([256])", obj_call1(OBJ_VAL(T(bytes)), list_from((Value[]){I(256)}, 1)));
    CASE("bytes('é', 'utf-8')", obj_call2(OBJ_VAL(T(bytes)), s("é"), s("utf-8")));
    CASE("bytes('x')", obj_call1(OBJ_VAL(T(bytes)), s("x")));
    CASE("str(b'caf\\xc3\\xa9', 'utf-8')", obj_call2(OBJ_VAL(T(str)), b("caf\xc3\xa9"), s("utf-8")));
    CASE("str(42)", obj_call1(OBJ_VAL(T(str)), I(42)));
    CASE("bytearray(b'abc')", obj_call1(OBJ_VAL(T(bytearray)), b("abc")));
    {
        Value ba = obj_call1(OBJ_VAL(T(bytearray)), b("hello"));
        call(ba, "append", 1, I(33));
        call(ba, "extend", 1, b("?!"));
        call(ba, "insert", 2, I(0), I(62));
        CASE("(lambda x: (x.append(33), x.extend(b'?!'), x.insert(0, 62), x)[-1])(bytearray(b'hello'))", ba);
        CASE("(lambda x: (x.pop(), x)[0])(bytearray(b'>hello!?!'))", call(ba, "pop", 0));
        obj_setitem(ba, slice_new(I(1), I(3), NONE), b("XYZ"));
        CASE("(lambda x: (x.__setitem__(slice(1, 3), b'XYZ'), x)[1])(bytearray(b'>hello!?'))", ba);
        obj_delitem(ba, slice_new(NONE, NONE, I(2)));
        CASE("(lambda x: (x.__delitem__(slice(None, None, 2)), x)[1])(bytearray(b'>XYZllo!?'))", ba);
        obj_setitem(ba, I(0), I(65));
        CASE("(lambda x: (x.__setitem__(0, 65), x)[1])(bytearray(b'XZl!'))", ba);
        CASE("bytearray(b'AZl!')[0]", obj_getitem(ba, I(0)));
        CASE("bytearray(b'x').pop(5)", call(bytearray_new("x", 1), "pop", 1, I(5)));
        CASE("bytearray(b'x').__setitem__(slice(0, 0), 'a')", obj_setitem(bytearray_new("x", 1), slice_new(I(0), I(0), NONE), s("a")) < 0 ? 0 : NONE);
        CASE("bytearray(b'ab').upper()", call(bytearray_new("ab", 2), "upper", 0));
        CASE("bytearray(b'a b').split()", call(bytearray_new("a b", 3), "split", 0));
        CASE("bytes(memoryview(b'abc')[1:])", obj_call1(OBJ_VAL(T(bytes)), obj_getitem(obj_call1(OBJ_VAL(T(memoryview)), b("abc")), slice_new(I(1), NONE, NONE))));
        CASE("memoryview(b'abc')[1]", obj_getitem(obj_call1(OBJ_VAL(T(memoryview)), b("abc")), I(1)));
        CASE("memoryview(b'abc').tobytes()", call(obj_call1(OBJ_VAL(T(memoryview)), b("abc")), "tobytes", 0));
    }
    CASE("'ab'.maketrans('ab', 'xy')", call(s("ab"), "maketrans", 2, s("ab"), s("xy")));
    CASE("'abc'.translate({97: 'A', 98: None})", ({ Value d = dict_new(); dict_set(d, I(97), s("A")); dict_set(d, I(98), NONE); call(s("abc"), "translate", 1, d); }));
    CASE("hash('abc') == hash('ab' + 'c')", BOOL_V(str_hash_of(s("abc")) == str_hash_of(str_concat(s("ab"), s("c")))));
    CASE("len('héllo😀')", MKSMALL(obj_len(s("héllo😀"))));
    CASE("'é' in 'café'", BOOL_V(obj_contains(s("café"), s("é")) == 1));
    CASE("list('aé😀')", list_from_iter(s("aé😀")));
    CASE("list(b'ab')", list_from_iter(b("ab")));
    {
        /* long non-ASCII string: index path */
        StrBuf sb;
        sb_init(&sb);
        for (int i = 0; i < 300; i++) sb_adds(&sb, i % 3 ? "a" : "é");
        Value big = sb_finish(&sb);
        CASE("('éaa' * 100)[200]", obj_getitem(big, I(200)));
        CASE("('éaa' * 100)[201]", obj_getitem(big, I(201)));
        CASE("('éaa' * 100)[-1]", obj_getitem(big, I(-1)));
        CASE("('éaa' * 100).find('é', 150)", call(big, "find", 2, s("é"), I(150)));
        CASE("('éaa' * 100)[130:136]", obj_getitem(big, slice_new(I(130), I(136), NONE)));
    }
    CASE("str(1.5).zfill(6)", call(obj_str(float_new(1.5)), "zfill", 1, I(6)));
    CASE("__import__('codecs').utf_8_decode(b'a\\xe2\\x82', 'strict', False)", dec("a\xe2\x82", 3, "utf-8", false));
    CASE("__import__('codecs').utf_8_decode(b'a\\xe2\\x82', 'strict', True)", dec("a\xe2\x82", 3, "utf-8", true));
    CASE("__import__('codecs').utf_8_decode(b'a\\xff\\xe2', 'strict', False)", dec("a\xff\xe2", 3, "utf-8", false));
    CASE("__import__('codecs').utf_16_le_decode(b'a\\x00b', 'strict', False)", dec("a\0b", 3, "utf-16-le", false));
    CASE("__import__('codecs').utf_16_le_decode(b'=\\xd8', 'strict', False)", dec("=\xd8", 2, "utf-16-le", false));
    CASE("__import__('codecs').utf_8_decode(b'\\xf0\\x9f\\x98', 'strict', False)", dec("\xf0\x9f\x98", 3, "utf-8", false));
    CASE("'x'.center(0)", call(s("x"), "center", 1, I(0)));
    CASE("'abc'.center(6, 'xy')", call(s("abc"), "center", 2, I(6), s("xy")));
    CASE("'a'.find()", call(s("a"), "find", 0));
    CASE("'a'.upper(1)", call(s("a"), "upper", 1, I(1)));
    CASE("'a'.strip(1)", call(s("a"), "strip", 1, I(1)));
    CASE("''.join()", call(s(""), "join", 0));
    CASE("'a'.split('')", call(s("a"), "split", 1, s("")));
    return 0;
}
