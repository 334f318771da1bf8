# yield from: delegation of send/throw/close and return values
def sub():
    received = []
    try:
        while True:
            x = yield len(received)
            if x == "stop":
                return received
            received.append(x)
    finally:
        print("sub finally")

def deleg():
    r = yield from sub()
    print("sub returned", r)
    yield "deleg done"

d = deleg()
print(next(d), d.send("a"), d.send("b"))
print(d.send("stop"))

# throw is forwarded
def sub2():
    try:
        yield 1
    except KeyError:
        yield "sub caught"
def deleg2():
    yield from sub2()
    yield "outer next"
d = deleg2(); next(d)
print(d.throw(KeyError))
print(next(d))

# close is forwarded
def sub3():
    try:
        yield
    except GeneratorExit:
        print("sub3 got GeneratorExit")
        raise
def deleg3():
    try:
        yield from sub3()
    except GeneratorExit:
        print("deleg3 got GeneratorExit")
        raise
d = deleg3(); next(d); d.close()

# yield from non-generator iterables
def fromiter():
    r = yield from [1, 2]
    print("list yields return", r)
    r = yield from range(2)
    yield from "ab"
print(list(fromiter()))

# send to a yield-from over an iterator without send()
def fromlist():
    yield from iter([1, 2])
d = fromlist(); next(d)
try:
    d.send(5)
except AttributeError as e:
    print("AttributeError", e)

# return value from subgenerator via StopIteration(value)
def retval():
    yield
    return {"k": 1}
def get():
    v = yield from retval()
    return v
g = get(); next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(e)
