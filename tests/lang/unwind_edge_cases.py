import sys
def tryret():
    for i in range(3):
        try:
            try:
                return i
            finally:
                if i == 0:
                    continue
        finally:
            pass
    return "end"
print(tryret())
def brk_in_finally():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
print(brk_in_finally())
def nested_with_return():
    class CM:
        def __init__(s, n): s.n = n
        def __enter__(s): return s
        def __exit__(s, *a): print("exit", s.n); return False
    with CM(1):
        for i in range(2):
            with CM(2):
                try:
                    return "val"
                finally:
                    print("finally")
print(nested_with_return())
def exc_info_after():
    try:
        raise KeyError
    except KeyError:
        pass
    return sys.exc_info()
print(exc_info_after())
def handler_return_value():
    try:
        raise ValueError("x")
    except ValueError as e:
        return e.args
print(handler_return_value())
def gen_finally_return():
    try:
        yield 1
        return 2
    finally:
        print("gen finally")
g = gen_finally_return()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
def while_else_break():
    n = 0
    while n < 5:
        n += 1
        if n == 3:
            break
    else:
        return "else"
    return n
print(while_else_break())
def loop_continue_in_except():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError:
            continue
        finally:
            out.append(i)
        out.append(-i)
    return out
print(loop_continue_in_except())
def reraise_in_finally():
    try:
        try:
            raise KeyError("a")
        finally:
            print("cleanup")
    except KeyError as e:
        return "got " + str(e)
print(reraise_in_finally())
def exc_in_else():
    try:
        pass
    except Exception:
        return "no"
    else:
        raise IndexError("from else")
try:
    exc_in_else()
except IndexError as e:
    print(e)
def deep_unwind():
    for a in range(2):
        for b in range(2):
            with open("/dev/null") if False else __import__("contextlib").nullcontext() if False else Null():
                try:
                    if b:
                        break
                finally:
                    print("f", a, b)
    return "deep"
class Null:
    def __enter__(self): return self
    def __exit__(self, *a): print("null exit")
print(deep_unwind())
