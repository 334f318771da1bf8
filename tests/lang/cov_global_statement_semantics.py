# global statement semantics at runtime
def make_global():
    global created_later
    created_later = "made by function"
make_global()
print(created_later)
def read_before_assign():
    global counter_g
    try:
        return counter_g
    except NameError as e:
        return "NameError: %s" % e
print(read_before_assign())
counter_g = 0
def bump():
    global counter_g
    counter_g += 1
for _ in range(3):
    bump()
print(counter_g)
# global in a nested function skips enclosing locals
def outer():
    shadow = "outer local"
    def inner():
        global shadow
        return shadow
    return inner()
shadow = "module level"
print(outer())
# global name used in a comprehension inside a function
def comp():
    global total_g
    total_g = 0
    return [total_g + i for i in range(3)]
print(comp())
# global declared in one function does not affect others
def local_only():
    counter_g = 100
    return counter_g
print(local_only(), counter_g)
# del of a global through a function; and re-creation
def delete_it():
    global created_later
    del created_later
delete_it()
print("created_later" in globals())
# functions see globals of their defining module, not the caller's exec namespace
def reads_g():
    return counter_g
ns = {"counter_g": "exec namespace"}
print(exec("r = reads_g()", {"reads_g": reads_g, **ns}) or reads_g())
# globals() identity and modification
g = globals()
g["injected_global"] = "via globals()"
print(injected_global, globals() is g)
# global with the same name as a builtin
def use_len():
    global len
    len = lambda x: "shadowed"
    return len([1, 2])
print(use_len(), len([1]))
del len
print(len([1, 2, 3]))
# a global statement after use in the same function is a SyntaxError (tested elsewhere); global in exec
exec("global from_exec\nfrom_exec = 1")
print(from_exec)
