value = "global"
def reader():
    return value
def writer():
    global value
    value = "rewritten"
class Holder:
    value = "class attr"
    def read(self):
        return value
    def read_class(self):
        return self.value
print(reader(), Holder().read(), Holder().read_class())
writer()
print(reader(), Holder().read())
def make_global_func():
    global late_func
    def late_func():
        return "late"
make_global_func()
print(late_func())
def uses_builtin():
    return len([1, 2]), max(3, 4)
print(uses_builtin())
def local_shadows_builtin():
    max = 0
    return max
print(local_shadows_builtin())
