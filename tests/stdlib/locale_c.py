# _locale and locale in the C locale (the one locale every machine has).
import _locale
import functools
import locale

print(sorted(n for n in dir(_locale) if not n.startswith('__')))
print(locale.setlocale(locale.LC_ALL, 'C'))
for cat in ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES'):
    print(cat, locale.setlocale(getattr(locale, cat)))
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_NUMERIC, None))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.localeconv())
print(locale.getencoding(), locale.nl_langinfo(locale.CODESET))
for name in ('D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'DAY_1', 'ABDAY_7',
             'MON_1', 'ABMON_12', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR',
             'ERA', 'ERA_D_FMT', 'ALT_DIGITS'):
    print(name, repr(locale.nl_langinfo(getattr(locale, name))))
print(repr(locale.nl_langinfo(_locale._DATE_FMT)))
try:
    locale.nl_langinfo(-12345)
except ValueError as e:
    print('ValueError', e)
sign = lambda n: (n > 0) - (n < 0)
print(sign(locale.strcoll('a', 'b')), sign(locale.strcoll('b', 'a')), locale.strcoll('abc', 'abc'))
print(repr(locale.strxfrm('hello')), repr(locale.strxfrm('')))
print(sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm))
print(sorted(['b', 'A', 'a', 'B'], key=functools.cmp_to_key(locale.strcoll)))
for bad in (lambda: locale.strcoll('a\0', 'b'), lambda: locale.strxfrm('x\0y'),
            lambda: locale.strcoll(1, 'b'), lambda: locale.setlocale(locale.LC_ALL, 5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for loc in ('xx_XX.nonsense', 'en_ZZ'):
    try:
        locale.setlocale(locale.LC_ALL, loc)
    except locale.Error as e:
        print(type(e), e)
try:
    locale.setlocale(12345)
except locale.Error as e:
    print(e)
print(locale.Error.__module__, issubclass(locale.Error, Exception))

print(locale.format_string('%d apples, %.2f each', (1234567, 1234.5), grouping=True))
print(locale.currency(12.5, symbol=False) if locale.localeconv()['frac_digits'] != 127 else 'no currency')
print(locale.str(3.14159), locale.atof('2.5'), locale.atoi('42'), locale.delocalize('1.5'))
print(locale.localize('1234.5'), locale.normalize('en_US.utf8'), locale.normalize('C'))
print(locale._parse_localename('de_DE.UTF-8'))
print(locale.gettext('hello'), locale.dgettext(None, 'world'), locale.dcgettext(None, 'x', locale.LC_MESSAGES))
print(locale.textdomain('kilntest'), locale.textdomain(None))
print(locale.bindtextdomain('kilntest', '/nonexistent/locale'), locale.bind_textdomain_codeset('kilntest', None))
