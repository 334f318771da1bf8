assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e.args))
try:
    assert False, "custom message"
except AssertionError as e:
    print(e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
print(__debug__)
def f(x):
    assert x > 0, f"x={x}"
    return x
print(f(1))
try:
    f(-1)
except AssertionError as e:
    print(e)
