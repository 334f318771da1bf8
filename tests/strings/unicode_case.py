# Case mapping and Unicode properties beyond ASCII
words = ["héllo wörld", "straße", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "Привет мир", "ǆungla ǈ", "ﬁne ﬂow",
         "İstanbul", "ı i", "ÅÆØ åæø", "Σ", "aΣ", "aΣb", "aΣ.", "a'Σ", "ŉ", "ǰ", "ΐ", "Ω ω",
         "Ǆ Ǆ ǅ", "ǅemal", "µ", "ÿ", "ſ", "ᾳ ᾼ", "ᾈ", "Ω", "K", "Å", "ԱԲԳ աբգ", "ⓐⓑ Ⓐ",
         "𐐀𐐨", "ꙁꙀ", "Ⴀ ⴀ", "ǈUNGLA", "hello wORLD", "o'neil mcDONALD 3rd", "ᏸ"]
for w in words:
    print(w, "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|",
          w.swapcase(), "|", w.casefold(), "|", w.istitle(), w.isupper(), w.islower())
for c in "aZ5_ é\u00b2\u00bd\u0660\u2460\u3000\u2028\u0300\u00aa\u02b0\u4e00\U0001d7d8\u1f88\u2160\u0f33":
    print(hex(ord(c)), c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(),
          c.isprintable(), c.isupper(), c.islower(), c.istitle(), c.isidentifier(), c.isalnum())
print(int("١٢٣"), int("\u0967\u0968"), float("\u0663.\u0665") if False else "", "٣".isdecimal())
print("ΑΒΓΔ".lower(), "αβγδ".upper(), "ÀÉÎÕÜ".lower(), "àéîõü".upper(), "ĀāĂăĄą".swapcase())
print(sorted(set("The quick brown fox".casefold())) == sorted(set("THE QUICK BROWN FOX".casefold())))
