# traceback.print_exc / print_exception output for assorted errors (to stdout)
import traceback, sys
def show(fn):
    try:
        fn()
    except BaseException:
        print(traceback.format_exc().replace(__file__, "FILE"), end="")

def attr():
    obj = None
    return obj.missing
def key():
    return {"a": 1}["b"]
def index():
    return [1, 2][5]
def zero():
    x = 0
    return 10 // x
def call():
    return len(1, 2)
def nested_call():
    return int(str([1, 2]))
def name():
    return undefined_name_here
def unbound():
    v += 1
def typeerr():
    return "a" + 1
for f in (attr, key, index, zero, call, nested_call, name, unbound, typeerr):
    show(f)

# tracebacks from lambdas, methods and class bodies
class K:
    def meth(self):
        return self.nope
show(lambda: K().meth())
def in_class_body():
    class Inner:
        x = 1 / 0
show(in_class_body)
