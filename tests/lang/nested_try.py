def f(n):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if n == 1:
                raise ValueError
            if n == 2:
                raise KeyError
        except ValueError:
            log.append("inner except")
            if n == 1:
                raise TypeError
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except TypeError")
    except KeyError:
        log.append("outer except KeyError")
    finally:
        log.append("outer finally")
    return log
for n in range(3):
    print(f(n))
def deep():
    try:
        try:
            try:
                1 / 0
            finally:
                print("l3")
        finally:
            print("l2")
    except ZeroDivisionError:
        print("caught deep")
deep()
def handler_raises():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError as e:
            return repr(e), repr(e.__context__)
print(handler_raises())
