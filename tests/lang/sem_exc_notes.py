# PEP 678 notes on exceptions
try:
    try:
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while parsing line 3")
        e.add_note("in file config.ini")
        raise
except ValueError as e:
    print(e.__notes__)
    import traceback
    print(traceback.format_exception_only(type(e), e))
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("one")
print(e.__notes__, type(e.__notes__).__name__)
e.__notes__ = ["replaced"]
e.add_note("two")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))
for bad in (None, 1, b"bytes"):
    try:
        ValueError().add_note(bad)
    except TypeError as t:
        print(t)
# notes survive except* splitting
try:
    eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    eg.add_note("group note")
    raise eg
except* ValueError as g:
    print("matched notes:", g.__notes__)
except* TypeError as g:
    print("other notes:", g.__notes__)
