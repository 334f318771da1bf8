# try/finally interacting with return, break and continue
def r1():
    try:
        return "try"
    finally:
        return "finally"
def r2():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop done"
def r3():
    for i in range(3):
        try:
            continue
        finally:
            break
    return i
def r4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def r5():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "broke out"
def r6():
    log = []
    for i in range(2):
        try:
            try:
                log.append("inner %d" % i)
                continue
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    return log
def r7():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
def r8():
    x = 1
    try:
        return x
    finally:
        x = 2
def r9():
    try:
        try:
            return "a"
        finally:
            raise RuntimeError("from finally")
    except RuntimeError as e:
        return "caught " + str(e)
def r10():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                return "returned at %d" % i
def r11():
    out = []
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            out.append(i)
    else:
        out.append("else")
    return out
def r12():
    out = []
    for i in range(2):
        try:
            out.append("try")
        finally:
            out.append("finally")
    else:
        out.append("else")
    return out
def r13():
    try:
        return 1
    finally:
        try:
            return 2
        finally:
            pass
def r14():
    i = 0
    while i < 5:
        i += 1
        try:
            if i % 2:
                continue
            if i == 4:
                break
        finally:
            pass
    return i
for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14]:
    print(f.__name__, f())
# exception context in finally
def r15():
    try:
        raise ValueError("first")
    finally:
        import sys
        print("in finally exc_info:", sys.exc_info()[0].__name__)
try:
    r15()
except ValueError as e:
    print("propagated", e)
# finally re-raising replaces and chains
def r16():
    try:
        raise ValueError("a")
    finally:
        raise TypeError("b")
try:
    r16()
except TypeError as e:
    print(repr(e), repr(e.__context__))
# break in finally inside a with block
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0] is not None); return False
def r17():
    for i in range(3):
        with CM():
            try:
                raise ValueError
            finally:
                break
    return "ok"
print(r17())
def r18():
    with CM():
        return "from with"
print(r18())
def r19():
    for i in range(2):
        with CM():
            continue
    return i
print(r19())
