# Sets whose elements' __eq__ clears either set mid-operation: never a crash
# (CPython may raise RuntimeError "changed size during iteration").
from random import randrange, seed
import sys
def make():
    class Bad:
        def __eq__(self, other):
            if not enabled:
                return False
            if randrange(20) == 0:
                set1.clear()
            if randrange(20) == 0:
                set2.clear()
            return bool(randrange(2))
        def __hash__(self):
            return randrange(2)
    enabled = False
    set1 = set(Bad() for _ in range(randrange(50)))
    set2 = set(Bad() for _ in range(randrange(50)))
    enabled = True
    return set1, set2
ops = {'and': lambda a, b: a & b, 'or': lambda a,b: a|b, 'sub': lambda a,b: a-b, 'xor': lambda a,b: a^b,
       'eq': lambda a,b: a==b, 'lt': lambda a,b: a<b, 'le': lambda a,b: a<=b, 'ge': lambda a,b: a>=b}
def iand(a,b): a &= b
def ior(a,b): a |= b
def isub(a,b): a -= b
def ixor(a,b): a ^= b
ops.update(iand=iand, ior=ior, isub=isub, ixor=ixor)
for name in sys.argv[1:] or ops:
    seed(1)
    for _ in range(300):
        s1, s2 = make()
        try:
            ops[name](s1, s2)
        except RuntimeError as e:
            assert "changed size during iteration" in str(e), e
    print(name, "ok", flush=True)
