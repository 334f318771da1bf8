def ok(c):
    return c
def bad(c):
    return c.nope
@ok
@bad
@ok
class K:
    pass
