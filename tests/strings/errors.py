# error messages raised by str operations
def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
cases = [
    lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" - "b",
    lambda: "a"[5], lambda: "a"[str("x")], lambda: "a"[float(1)], lambda: "a" < 1, lambda: 1 in "a",
    lambda: "".join(), lambda: "a".join([1]), lambda: "a".join(5), lambda: "a".find(), lambda: "a".find(1),
    lambda: "a".upper(1), lambda: "a".zfill(), lambda: "a".zfill("x"), lambda: "a".replace("a"),
    lambda: "a".replace(1, "b"), lambda: "a".center(), lambda: "a".center(5, "ab"), lambda: "a".center(5, 1),
    lambda: "a".split(1, 2, 3), lambda: "a".split(1), lambda: "a".split(""), lambda: "a".strip(1, 2),
    lambda: "a".strip(1), lambda: "a".startswith(1), lambda: "a".startswith((1,)), lambda: "a".index("b"),
    lambda: "a".rindex("b"), lambda: "a".count(), lambda: "a".partition(""), lambda: "a".partition(1),
    lambda: "a".expandtabs("x"), lambda: "a".removeprefix(1), lambda: "a".translate(1),
    lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: 1}), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}),
    lambda: "a".encode("foo"), lambda: "a".encode(1), lambda: str(b"a", "x"), lambda: str("a", "utf-8"),
    lambda: str(1, 2), lambda: "a".isalpha(1), lambda: "a".format_map(), lambda: "{".format(),
    lambda: "{0}".format(), lambda: "{a}".format(), lambda: "%d" % "a", lambda: "%s %s" % 1,
    lambda: "a".ljust(), lambda: "a".splitlines(1, 2), lambda: "a".casefold(1), lambda: "abc"[::0],
    lambda: "a".__getitem__(), lambda: str.upper(1), lambda: "a".rjust(2**100),
    lambda: "a".count("a", "x"), lambda: "a".find("a", 1.5), lambda: ord("ab"), lambda: chr(-1),
    lambda: "{:d}".format("a"), lambda: "{0:abc}".format("x"), lambda: format("a", "=10"),
]
for c in cases:
    attempt(c)
