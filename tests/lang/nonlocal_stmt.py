def a():
    x = 1
    def b():
        nonlocal x
        x = 2
        def c():
            nonlocal x
            x = 3
        c()
    b()
    return x
print(a())
def gen_counter():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
add = gen_counter()
add(5); add(6)
print(add(0))
def shared():
    items = []
    def push(v):
        items.append(v)
    def get():
        return items
    return push, get
p, g = shared()
p(1); p(2)
print(g())
