def tb_lines(fn):
    try:
        fn()
    except Exception as e:
        out = []
        tb = e.__traceback__.tb_next
        while tb:
            out.append(tb.tb_lineno)
            tb = tb.tb_next
        return type(e).__name__, out
def a():
    x = [1,
         2,
         undefined_a]
def b():
    return (1 +
            2 +
            None)
def c():
    d = {}
    return d[
        "missing"]
def e():
    obj = None
    return obj.attr
def f():
    return len(
        5)
def g():
    for i in range(3):
        if i == 2:
            raise ValueError(
                "multi-line raise")
def h():
    with open_cm():
        pass
def open_cm():
    raise KeyError("cm")
def i():
    assert 1 == 2, \
        "msg"
def j():
    x = 1
    y = 0
    z = (x
         /
         y)
def k():
    l = [1, 2]
    l[5] = (
        3)
def m():
    s = "abc"
    s.nonexistent_method(
        1, 2)
def n():
    try:
        raise ValueError
    finally:
        pass
def o():
    try:
        1/0
    except ZeroDivisionError:
        raise TypeError("in handler")
def p():
    return [1/0 for _ in range(1)]
def q():
    lam = lambda: 1/0
    return lam()
def r():
    a, b = (1,
            2, 3)
def s():
    import nonexistent_module_zz
def t():
    x = 1 if undefined_t else 2
def u():
    return f"{undefined_u}"
def v():
    g = (x for x in [1])
    next(g)
    next(g)
def w():
    class C:
        attr = undefined_w
def x_():
    del undefined_x
def y():
    match 5:
        case int(z) if z / 0:
            pass
for fn in [a, b, c, e, f, g, h, i, j, k, m, n, o, p, q, r, s, t, u, v, w, x_, y]:
    print(fn.__name__, tb_lines(fn))
