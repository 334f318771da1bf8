async def f():
    return 1 / 0
async def main():
    await f()
main().send(None)
