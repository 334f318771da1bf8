# grp: lookups of group 0 / 'root' (present everywhere), struct_group, errors.
import grp, pickle, copy

g = grp.getgrgid(0)
print(g)
print(type(g).__name__, type(g).__module__, g.gr_name, g.gr_gid, g[0], g[2], len(g))
print(isinstance(g, tuple), isinstance(g.gr_mem, list), isinstance(g.gr_passwd, str))
print(grp.getgrnam('root') == g, grp.getgrgid(id=0) == g, grp.getgrnam(name='root') == g)
print(grp.getgrgid(False) == g)
class Idx:
    def __index__(self): return 0
print(grp.getgrgid(Idx()) == g)
print(grp.struct_group.n_sequence_fields, grp.struct_group.n_fields, grp.struct_group.n_unnamed_fields)
name, passwd, gid, mem = g
print(name, gid)
print(pickle.loads(pickle.dumps(g)) == g, type(pickle.loads(pickle.dumps(g))) is grp.struct_group)
print(copy.copy(g) == g)
s = grp.struct_group(('a', 'x', 7, ['u', 'v']))
print(s, s.gr_mem, s[3])
print(g[:2], g[-1] == g.gr_mem)

all_groups = grp.getgrall()
print(type(all_groups).__name__, all(type(e) is grp.struct_group for e in all_groups))
print(any(e.gr_gid == 0 for e in all_groups))

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

for bad in (4242, -1, 2**32 - 2, -2, 2**32, 2**64, -2**70, 'x', 1.5, None):
    err(grp.getgrgid, bad)
err(grp.getgrnam, 'no-such-group-kiln')
err(grp.getgrnam, b'root')
err(grp.getgrnam, 'ro\0ot')
err(grp.getgrgid)
err(grp.getgrnam)
err(grp.getgrall, 1)
err(grp.getgrgid, 0, 1)
err(grp.getgrgid, gid=0)
err(grp.struct_group, ('a', 'b'))
try:
    g.gr_name = 'x'
except AttributeError as e:
    print('AttributeError')

import pathlib, shutil
print(pathlib.Path('/').group())
