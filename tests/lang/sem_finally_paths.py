# finally runs on every exit path
log = []
def ret():
    try:
        return "try"
    finally:
        log.append("ret finally")
def exc():
    try:
        raise ValueError
    finally:
        log.append("exc finally")
def brk():
    for i in range(3):
        try:
            break
        finally:
            log.append("brk finally %d" % i)
def cont():
    for i in range(2):
        try:
            continue
        finally:
            log.append("cont finally %d" % i)
print(ret())
try:
    exc()
except ValueError:
    pass
brk(); cont()
print(log)

# return in finally overrides return in try and swallows exceptions
def override():
    try:
        return 1
    finally:
        return 2
def swallow():
    try:
        raise KeyError
    finally:
        return "swallowed"
print(override(), swallow())

# break/continue in finally discard the exception
def brk_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
def cont_in_finally():
    n = 0
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            n += 1
            continue
    return n
print(brk_in_finally(), cont_in_finally())

# return value evaluated before finally runs
def order():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
        x = "rebound"
print(order())

# nested finally and return
def nested():
    out = []
    try:
        try:
            return out
        finally:
            out.append("inner")
    finally:
        out.append("outer")
print(nested())

# finally with while loop and exceptions in else
def tef():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally after else")
print(tef())

# exception in finally replaces the original
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
except KeyError as e:
    print(repr(e), repr(e.__context__))
