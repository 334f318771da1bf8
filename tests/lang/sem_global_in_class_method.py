# global and nonlocal declarations in methods, class bodies and comprehensions
counter = 0
class C:
    def bump(self):
        global counter
        counter += 1
        return counter
    total = 0
    def add(self, n):
        # 'total' here is the module global, not the class attribute
        global total
        total = n
c = C()
c.bump(); c.bump()
c.add(7)
print(counter, total, C.total)

def f():
    x = 0
    class Inner:
        def m(self):
            nonlocal x
            x += 1
            return x
    i = Inner()
    i.m(); i.m()
    return x
print(f())

# comprehension reading a global that is rebound inside the comprehension's function
g = 5
def h():
    return [g * i for i in range(3)]
print(h())
# global statement inside a comprehension is not allowed; walrus to a global name works in a function with global
def w():
    global walrus_target
    [walrus_target := i for i in range(3)]
w()
print(walrus_target)
