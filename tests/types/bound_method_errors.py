# argument errors of builtin methods bound to instances of subclasses name the defining class
class S(str): pass
class L(list): pass
for f in (lambda: S('x').lower(1), lambda: L().append(), lambda: S('x').upper(x=1)):
    try: f()
    except TypeError as e: print(e)
class D(dict): pass
class BA(bytearray): pass
for f in (lambda: D().keys(x=1), lambda: BA().copy(y=2), lambda: L().copy(z=1), lambda: S('a').__format__(), lambda: D().get(), lambda: L().__reduce_ex__(k=1), lambda: BA().__reduce__(1), lambda: BA().__reduce__(z=1)):
    try: f()
    except TypeError as e: print(e)
