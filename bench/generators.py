"""generators: pipelines of generator functions and expressions."""
from benchutil import run

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def chunked(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

def bench():
    total = 0
    for chunk in chunked(squares(evens(numbers(600000))), 64):
        total += sum(x % 1000 for x in chunk)
    return total

run(bench)
