l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RecursionError', e)
d = {}
for i in range(100000):
    d = {1: d}
try:
    d == d.copy()
    print('eq ok')
except RecursionError as e:
    print('RecursionError', e)
