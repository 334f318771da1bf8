# The repr of a builtin method bound to a class names the class's metaclass,
# as CPython does (addresses masked).
import abc
import re


def show(x):
    print(re.sub(r'0x[0-9a-fA-F]+', '0x...', repr(x)))


class M(type):
    pass


class C(metaclass=M):
    pass


class N(M):
    pass


class D(C, metaclass=N):
    pass


class A(abc.ABC):
    pass


show(C.mro)
show(C.__subclasses__)
show(D.mro)
show(A.mro)
show(int.mro)
show(M.mro)
show(type.__subclasses__)
show(object.__subclasses__)
show([].append)
show({}.get)
show(C.__dir__)
show(len)
print(C.mro())
print(C.mro.__self__ is C, C.mro.__name__)
