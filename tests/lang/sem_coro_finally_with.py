# coroutines: finally/with on every exit path, async context manager errors
import types
@types.coroutine
def pause(tag):
    got = yield tag
    return got

class ACM:
    def __init__(self, name, suppress=False, fail_exit=None):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    async def __aenter__(self):
        await pause("enter " + self.name)
        return self
    async def __aexit__(self, t, v, tb):
        await pause("exit " + self.name)
        print("aexit", self.name, t and t.__name__)
        if self.fail_exit:
            raise self.fail_exit
        return self.suppress

def drive(coro):
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(None)
    except StopIteration as e:
        print("suspensions:", out)
        return e.value

async def body():
    async with ACM("a"):
        try:
            await pause("inside")
            return "returned from with"
        finally:
            print("finally inside async with")
print(drive(body()))

async def suppressed():
    async with ACM("s", suppress=True):
        raise KeyError("hidden")
    return "after suppression"
print(drive(suppressed()))

async def exit_raises():
    try:
        async with ACM("x", fail_exit=ValueError("exit failed")):
            raise KeyError("body")
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(drive(exit_raises()))

async def loop_exits():
    log = []
    for i in range(3):
        async with ACM("l%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return "loop done"
print(drive(loop_exits()))

# throwing into a coroutine suspended inside async with reaches __aexit__
async def thrown():
    async with ACM("t"):
        await pause("waiting")
c = thrown()
print(c.send(None), c.send(None))
try:
    c.throw(OSError("thrown in"))
except StopIteration:
    print("unexpected")
except OSError as e:
    print("OSError propagated")
else:
    pass

# closing a coroutine suspended inside try/finally
async def closing():
    try:
        await pause("c")
    finally:
        print("closing finally")
c = closing()
c.send(None)
c.close()
print(c.cr_frame)

# __aenter__ that is not async
class NotAsync:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return None
async def bad():
    async with NotAsync():
        pass
try:
    drive(bad())
except TypeError as e:
    print(e)
