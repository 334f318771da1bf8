counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    global newname
    newname = "created"
make()
print(newname)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
class K:
    global gk
    gk = "from class"
print(gk)
def delg():
    global newname
    del newname
delg()
try:
    newname
except NameError as e:
    print(e)
