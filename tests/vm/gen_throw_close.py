def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'after'
    finally:
        print('cleanup')

x = g()
print(next(x))
print(x.throw(ValueError('boom')))
try:
    next(x)
except StopIteration:
    print('stopped')

x = g()
print(next(x))
try:
    x.throw(KeyError, 'k')
except KeyError as e:
    print('propagated', repr(e))
print(x.gi_frame)

x = g()
try:
    x.throw(TypeError('early'))
except TypeError as e:
    print('not started:', e)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
c = closer()
next(c)
c.close()
c.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring')
    yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 5
r = returns_on_close()
next(r)
print(r.close())

# delegation of throw/close through yield from
def sub():
    try:
        yield 'a'
        yield 'b'
    except ValueError:
        yield 'sub handled'
    finally:
        print('sub finally')
def deleg():
    try:
        r = yield from sub()
        print('sub returned', r)
    except KeyError:
        yield 'deleg handled'
    yield 'end'

d = deleg()
print(next(d))
print(d.throw(ValueError))
print(next(d))
print(list(d))

d = deleg()
print(next(d))
print(d.throw(KeyError))
print(d.gi_yieldfrom)
d.close()

d = deleg()
next(d)
print(type(d.gi_yieldfrom).__name__)
d.close()
print(d.gi_yieldfrom)

# throw with a traceback and with an instance + value error
def simple():
    yield 1
s = simple()
next(s)
try:
    s.throw(ValueError('a'), 'b')
except TypeError as e:
    print(e)
try:
    s.throw(1)
except TypeError as e:
    print(e)
try:
    s.throw(ValueError, ValueError('inst'))
except ValueError as e:
    print('inst', e)
# throw into a finished generator
try:
    s.throw(IndexError('late'))
except IndexError as e:
    print('late', e)
print(next(iter([])) if False else 'done')

# throw forwarding to a non-generator iterator with throw()
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print('It.throw', a[0].__name__)
        raise StopIteration('from throw')
def via():
    r = yield from It()
    yield r
v = via()
print(next(v))
print(v.throw(ValueError))
