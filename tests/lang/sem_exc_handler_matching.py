# how except clauses match: subclasses, tuples, order, re-evaluated expressions
class Base(Exception): pass
class Child(Base): pass
def which(exc):
    try:
        raise exc
    except Child:
        return "Child clause"
    except Base:
        return "Base clause"
    except (KeyError, IndexError) as e:
        return "tuple clause " + type(e).__name__
    except LookupError:
        return "LookupError clause"
    except Exception:
        return "Exception clause"
for e in (Child(), Base(), KeyError(), IndexError(), LookupError(), ValueError()):
    print(type(e).__name__, "->", which(e))

# the except expression is evaluated only when reached
log = []
def etype(t):
    log.append(t.__name__)
    return t
try:
    raise KeyError
except etype(ValueError):
    pass
except etype(KeyError):
    pass
except etype(IndexError):
    pass
print(log)

# nested tuples in except clauses are rejected
try:
    try:
        raise IndexError
    except (ValueError, (TypeError, IndexError)):
        print("nested tuple matched")
except TypeError as e:
    print(e)

# BaseException subclasses are not caught by Exception
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print("BaseException caught", type(e).__name__)

# a bare except catches everything and must be last
try:
    raise SystemExit(0)
except:
    print("bare except caught SystemExit")

# exceptions raised by an except clause's type expression replace the original
try:
    try:
        raise KeyError("original")
    except undefined_exception_name:
        pass
except NameError as e:
    print("NameError", repr(e.__context__))

# exception classes with metaclass __instancecheck__ are not consulted (subclass check on type)
class Meta(type):
    def __instancecheck__(cls, inst):
        return True
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return True
class Anything(Exception, metaclass=Meta): pass
try:
    try:
        raise ValueError("v")
    except Anything:
        print("matched by __subclasscheck__")
except ValueError:
    print("ValueError not matched: except uses the real class hierarchy")
