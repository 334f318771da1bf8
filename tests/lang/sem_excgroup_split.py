# ExceptionGroup.split / subgroup / derive
eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("nested", [ValueError("v2"), KeyError("k")]),
])
print(repr(eg))
print(str(eg))
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(KeyError)))
print(eg.subgroup(OSError))
m, r = eg.split(Exception)
print(m is eg, r)
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
m, r = eg.split((TypeError, KeyError))
print(repr(m), repr(r))
# predicate sees groups too
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)

# derive keeps metadata in split results
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
g = MyEG("mine", [ValueError(1), TypeError(2)])
g.__notes__ = ["note"]
m, r = g.split(ValueError)
print(type(m).__name__, repr(m), m.__notes__, r.__notes__)

# BaseExceptionGroup vs ExceptionGroup construction
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
for bad in ([], None, [1]):
    try:
        ExceptionGroup("x", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
