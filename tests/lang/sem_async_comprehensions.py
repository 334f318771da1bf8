# async comprehensions and await inside comprehensions
class AIter:
    def __init__(self, items): self.items = list(items)
    def __aiter__(self): return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def double(x):
    return x * 2

async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([x async for x in AIter([1, 2, 3])])
    print({x: x * x async for x in agen(3)})
    print({x % 2 async for x in agen(5)})
    print([await double(x) for x in range(3)])
    print([x async for x in agen(6) if x % 2 if x > 1])
    print([(x, y) async for x in agen(2) for y in range(2)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    nested = [[y async for y in agen(x)] async for x in agen(3)]
    print(nested)

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
run(main())

# async generator expression in a non-async function is allowed (it's lazy)
def mk():
    return (x async for x in agen(2))
ag = mk()
print(type(ag).__name__)
async def consume():
    return [x async for x in ag]
print(run(consume()))
