class E(Exception):
    def __new__(cls, *a):
        return object.__new__(cls)
try:
    E()
except TypeError as e:
    print(e)
class F(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(repr(F(1, 2)))
class G(int):
    def __new__(cls, v): return int.__new__(cls, v + 1)
print(G(1))
try:
    int.__new__(str, 1)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class H: pass
print(type(object.__new__(H)).__name__)
try:
    list.__new__(H)
except TypeError as e:
    print(e)
