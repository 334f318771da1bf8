def outer():
    def inner(a):
        return a["x"]["y"]
    return inner({"x": {}})
outer()
