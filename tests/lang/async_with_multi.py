class ACM:
    def __init__(self, n, suppress=False):
        self.n = n
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.n)
        return self.n
    async def __aexit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return self.suppress
async def main():
    async with ACM(1) as a, ACM(2) as b:
        print("body", a, b)
    async with ACM(3, suppress=True):
        raise ValueError("x")
    try:
        async with ACM(4):
            raise KeyError("y")
    except KeyError:
        print("propagated")
    for i in range(2):
        async with ACM(10 + i):
            if i == 0:
                continue
            break
    async with ACM(20):
        return "returned"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
