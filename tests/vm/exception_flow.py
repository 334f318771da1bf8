def t1():
    try:
        return 'try'
    finally:
        print('finally 1')
print(t1())

def t2():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        print('finally 2')
print(t2())

def t3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('loop finally', i)
    return i
print(t3())

def t4():
    try:
        try:
            raise KeyError('a')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
t4()

def t5():
    try:
        return 1
    finally:
        return 2
print(t5())

def t6():
    try:
        raise ValueError('swallowed')
    finally:
        return 'finally wins'
print(t6())

def t7():
    try:
        pass
    except Exception:
        print('no')
    else:
        print('else ran')
t7()

def t8():
    for e in (ValueError, KeyError, TypeError):
        try:
            raise e('x')
        except (ValueError, KeyError) as err:
            print('tuple caught', type(err).__name__)
        except Exception as err:
            print('generic', type(err).__name__)
t8()

import sys
def t9():
    try:
        raise ValueError('v')
    except ValueError:
        print(sys.exc_info()[0].__name__)
        try:
            raise KeyError('k')
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
t9()

def t10():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        e
    except NameError as ne:
        print('deleted:', ne)
t10()

try:
    try:
        raise ValueError
    except 1:
        pass
except TypeError as e:
    print(e)

class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return self.suppress
with CM(False) as c:
    print('body', type(c).__name__)
with CM(True):
    raise ValueError('suppressed')
try:
    with CM(False):
        raise KeyError('propagates')
except KeyError as e:
    print('outside', e)
def ret_in_with():
    with CM(False):
        return 'returned'
print(ret_in_with())
for i in range(2):
    with CM(False):
        if i == 0:
            continue
        break
try:
    with 1:
        pass
except TypeError as e:
    print(e)
try:
    assert 1 == 2, 'msg'
except AssertionError as e:
    print('assert', e)
try:
    assert False
except AssertionError as e:
    print('assert', repr(e))

def deep_finally():
    try:
        try:
            return 'a'
        finally:
            print('f1')
    finally:
        print('f2')
print(deep_finally())

def exc_in_except():
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
try:
    exc_in_except()
except TypeError as e:
    print(repr(e), repr(e.__context__))

class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print('class raised', repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
def gen_exc():
    try:
        yield 1
    finally:
        print('gen finally')
for v in gen_exc():
    print(v)
# while/else, for/else with exceptions
n = 0
while n < 3:
    try:
        n += 1
        if n == 2:
            raise StopIteration
    except StopIteration:
        print('caught at', n)
else:
    print('while else')
print(sys.exc_info())
