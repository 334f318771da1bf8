"""Module docstring."""
def f():
    "function doc"
    return 1
def g():
    x = 1
    "not a docstring"
    return x
class C:
    """class doc"""
    def m(self):
        """method doc"""
lam = lambda: "x"
print(__doc__)
print(f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, lam.__doc__)
def h():
    """doc"""
print(h(), h.__doc__)
class D:
    pass
print(D.__doc__)
