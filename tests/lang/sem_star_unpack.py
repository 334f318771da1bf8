# starred assignment semantics and errors
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(2)
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[a, [b, *c]] = [1, (2, 3, 4)]
print(a, b, c)
*a, = (1, 2)
print(a)

for bad in ([1], []):
    try:
        a, *b, c = bad
    except ValueError as e:
        print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    a, *b = None
except TypeError as e:
    print(e)

# unpacking from an iterator consumes exactly as needed
it = iter(range(10))
a, b = [next(it), next(it)]
x, *y = it
print(a, b, x, y)

# iterator that fails in the middle
def gen():
    yield 1
    raise KeyError("mid")
try:
    a, b = gen()
except KeyError as e:
    print("KeyError", e)

# stars in displays and calls
print([*range(3), *"ab"], (*[1], *[2]), {*[1, 1], *[2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(), **{"x": 1}, y=2))
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    f(**1)
except TypeError as e:
    print(e)
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    [*None]
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)

# too many values in a starred assignment with a huge iterator: checks length lazily
a, b, *c = range(10**6)
print(a, b, len(c))
