import sys
def f1():
    try:
        raise ValueError('x')
    finally:
        print('in finally', sys.exc_info()[0])
try:
    f1()
except ValueError:
    pass
def f2():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return 'end'
try:
    print(f2())
except KeyError as e:
    print('escaped', e)
def f3():
    r = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError
                r.append(i)
            finally:
                r.append('f%d' % i)
        except ValueError:
            r.append('caught')
            continue
        finally:
            r.append('outer%d' % i)
    return r
print(f3())
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, t, v, tb):
        print('exit', self.n, t and t.__name__)
        if self.n == 2 and t:
            raise RuntimeError('exit %d' % self.n)
        return False
try:
    with CM(1), CM(2), CM(3):
        raise ValueError('body')
except RuntimeError as e:
    print('final', repr(e), repr(e.__context__))
def gen_in_except():
    try:
        raise KeyError('h')
    except KeyError:
        vals = list(x for x in range(2))
        print(vals, sys.exc_info()[0].__name__)
gen_in_except()
print(sys.exc_info())
def nested_gens():
    def a():
        try:
            yield 1
            yield 2
        finally:
            print('a done')
    def b():
        yield from a()
        yield 3
    g = b()
    print(next(g), next(g))
    g.close()
nested_gens()
def ret_from_with():
    with CM(9):
        try:
            return 'r'
        finally:
            print('inner finally')
print(ret_from_with())
def while_else():
    n = 0
    while n < 3:
        n += 1
        try:
            if n == 2: break
        finally:
            print('wf', n)
    else:
        print('else')
    return n
print(while_else())
def exc_var_cleanup():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    return 'e' in dir()
print(exc_var_cleanup())
def raise_in_gen_close():
    def g():
        try:
            yield
        except GeneratorExit:
            raise ValueError('close err')
    x = g(); next(x)
    try:
        x.close()
    except ValueError as e:
        print('close ->', e)
raise_in_gen_close()
try:
    raise ValueError('a')
except ValueError as e1:
    try:
        raise TypeError('b')
    except TypeError as e2:
        print(repr(e2.__context__))
    print(repr(sys.exc_info()[1]))
def deep_reraise():
    try:
        try:
            raise ValueError('orig')
        except ValueError:
            raise
    except ValueError as e:
        return e.__context__, e
print(deep_reraise())
