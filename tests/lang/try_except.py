def f(v):
    try:
        if v == 0:
            raise ValueError("zero")
        if v == 1:
            raise KeyError("one")
        if v == 2:
            return 1 / 0
        return "ok"
    except ValueError as e:
        return "ValueError: " + str(e)
    except (KeyError, IndexError) as e:
        return "lookup " + repr(e)
    except Exception:
        return "other"
    else:
        print("else never reached because of return")
for i in range(4):
    print(f(i))
def g():
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else ran")
g()
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong")
except TypeError as e:
    print("outer caught", e)
try:
    raise RuntimeError
except:
    print("bare except")
e = "before"
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
import sys
try:
    raise ValueError(1)
except ValueError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def nested_handled():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        print(sys.exc_info()[0].__name__)
nested_handled()
