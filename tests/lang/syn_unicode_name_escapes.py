# \N{...} accepts every name unicodedata.lookup() accepts: names in any case, formal aliases,
# and the algorithmic CJK / Hangul names (those are case-sensitive)
print(ascii("\N{SNOWMAN} \N{snowman} \N{Latin Small Letter Sharp S}"))
print(ascii("\N{EM DASH}\N{EN DASH}\N{HORIZONTAL ELLIPSIS}\N{BULLET}"))
print(ascii("\N{GREEK SMALL LETTER ALPHA}\N{CYRILLIC CAPITAL LETTER ZHE}\N{HEBREW LETTER ALEF}"))
print(ascii("\N{DEVANAGARI LETTER KA}\N{THAI CHARACTER KO KAI}\N{ETHIOPIC SYLLABLE HA}"))
print(ascii("\N{GRINNING FACE}\N{PILE OF POO}\N{REGIONAL INDICATOR SYMBOL LETTER A}"))
print(ascii("\N{MATHEMATICAL BOLD CAPITAL A}\N{MUSICAL SYMBOL G CLEF}\N{LINEAR B SYLLABLE B008 A}"))
print(ascii("\N{EGYPTIAN HIEROGLYPH A001}\N{CUNEIFORM SIGN A}\N{TANGUT COMPONENT-001}"))
print(ascii("\N{KHITAN SMALL SCRIPT CHARACTER-18B00}\N{NUSHU CHARACTER-1B170}"))
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-2f800}"))
# aliases
print(ascii("\N{NULL}\N{NUL}\N{LINE FEED}\N{LF}\N{EOL}\N{TAB}\N{ESC}\N{DEL}\N{NBSP}\N{SHY}"))
print(ascii("\N{BYTE ORDER MARK}\N{BOM}\N{ZWNBSP}\N{ZWJ}\N{ZWNJ}\N{VS1}\N{VS16}\N{VS17}\N{VS256}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{latin small letter gha}\N{HANGUL JONGSEONG YESIEUNG-KIYEOK}"))
print(ascii("\N{MEDEFAIDRIN CAPITAL LETTER H}\N{HENTAIGANA LETTER E-1}\N{BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS}"))
# algorithmic names
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-20000}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-3400}\N{CJK UNIFIED IDEOGRAPH-2EBE0}\N{CJK UNIFIED IDEOGRAPH-3134A}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-04E00}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE HIH}"))
print(ascii("\N{HANGUL SYLLABLE SSWAELH}\N{HANGUL SYLLABLE YEOSS}\N{HANGUL SYLLABLE I}"))
# in f-strings and mixed with other escapes
x = 3
print(ascii(f"\N{BLACK STAR}{x}\N{WHITE STAR}\t{x!r}"))
print(ascii("a\N{SPACE}b\x41\u0042\U00000043"))
# not in bytes or raw strings
print(b"\N{SNOWMAN}", r"\N{SNOWMAN}", len(rb"\N{X}"))
bad = [r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"', r'"\N{cjk unified ideograph-4E00}"', r'"\N{HANGUL SYLLABLE G}"',
       r'"\N{hangul syllable ga}"', r'"\N{HANGUL SYLLABLE GAX}"', r'"\N{NO SUCH NAME}"', r'"\N{}"',
       r'"\N{SNOWMAN"', r'"\N"', r'"\Nx"', r'"\N{CJK UNIFIED IDEOGRAPH-3134B}"', r'"\N{CJK UNIFIED IDEOGRAPH-4E0}"',
       r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', r'"\N{SNOWMAN }"', r'"\N{ SNOWMAN}"',
       r'f"\N{NOPE}"', r'"ok" "\N{NOPE}"', 'x = 1\ny = "\\N{NOPE}"\n']
for src in bad:
    for mode in ("exec", "eval"):
        if mode == "eval" and "\n" in src:
            continue
        try:
            compile(src, "<n>", mode)
            print("ok", src)
        except SyntaxError as e:
            print(mode, src, "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
