def f():
    out = []
    for i in range(5):
        try:
            try:
                if i == 3:
                    break
                if i % 2:
                    continue
                out.append(i)
            finally:
                out.append("f%d" % i)
        finally:
            out.append("g%d" % i)
    else:
        out.append("else")
    return out
print(f())
class CM:
    closed = False
    def __enter__(self):
        self.closed = False
        return self
    def __exit__(self, *a):
        self.closed = True
def w():
    i = 0
    while i < 5:
        i += 1
        with CM() as fh:
            if i == 2:
                continue
            if i == 4:
                break
    else:
        print("no")
    return i, fh.closed
print(w())
def r():
    for x in [1, 2]:
        for y in [3, 4]:
            try:
                return x, y
            finally:
                print("finally", x, y)
print(r())
def exc_in_loop():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            if i == 2:
                break
            print("handled", e)
    return "done"
print(exc_in_loop())
def ret_in_except():
    try:
        raise KeyError
    except KeyError:
        return "from except"
    finally:
        print("fin")
print(ret_in_except())
