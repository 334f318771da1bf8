# os: files and directories inside a scratch directory (no tempfile: os only).
import os, stat, errno

base = '/tmp/kiln_os_test_%d' % os.getpid()
def show(p):
    return p.replace(base, '<tmp>')

os.mkdir(base)
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, show(str(e)))
d = os.path.join(base, 'sub')
os.makedirs(os.path.join(d, 'deep', 'er'))
fd = os.open(os.path.join(base, 'a.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world\n'))
os.close(fd)
fd = os.open(os.path.join(base, 'a.txt'), os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.pread(fd, 4, 6))
st = os.fstat(fd)
os.close(fd)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(st.st_mode & 0o777))
st = os.stat(os.path.join(base, 'a.txt'))
print(type(st).__name__, len(st), st[6], st.st_size, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))
print(st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(sorted(os.listdir(base)))
print(sorted(os.listdir(os.fsencode(base))))
os.symlink('a.txt', os.path.join(base, 'link'))
print(os.readlink(os.path.join(base, 'link')), os.readlink(os.fsencode(os.path.join(base, 'link'))))
print(stat.S_ISLNK(os.lstat(os.path.join(base, 'link')).st_mode), stat.S_ISLNK(os.stat(os.path.join(base, 'link')).st_mode))
print(os.path.islink(os.path.join(base, 'link')), os.path.isdir(d), os.path.isfile(d), os.path.exists(base + '/nope'))
with os.scandir(base) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.name, show(e.path), e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False),
              e.inode() == e.stat(follow_symlinks=False).st_ino, show(os.fspath(e)))
print(sorted(e.name for e in os.scandir(os.fsencode(base))))
os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'b.txt'))
print(sorted(os.listdir(base)))
try:
    os.rename(os.path.join(base, 'zzz'), os.path.join(base, 'yyy'))
except OSError as e:
    print(type(e).__name__, show(str(e)), show(e.filename), show(e.filename2))
for f in (os.stat, os.remove, os.rmdir, os.listdir, os.readlink):
    try:
        f(os.path.join(base, 'missing'))
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno == errno.ENOENT, show(str(e)))
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, show(str(e)))
try:
    os.stat(3.5)
except TypeError as e:
    print(e)
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)
os.chmod(os.path.join(base, 'b.txt'), 0o600)
print(oct(os.stat(os.path.join(base, 'b.txt')).st_mode & 0o777))
os.utime(os.path.join(base, 'b.txt'), (1000000000, 1200000000))
st = os.stat(os.path.join(base, 'b.txt'))
print(st.st_atime, st.st_mtime, st[7], st[8])
os.utime(os.path.join(base, 'b.txt'), ns=(5 * 10**9 + 7, 6 * 10**9 + 9))
st = os.stat(os.path.join(base, 'b.txt'))
print(st.st_atime_ns, st.st_mtime_ns)
print(os.access(os.path.join(base, 'b.txt'), os.R_OK), os.access(base + '/nope', os.F_OK))
os.truncate(os.path.join(base, 'b.txt'), 3)
print(os.path.getsize(os.path.join(base, 'b.txt')))
cwd = os.getcwd()
os.chdir(base)
print(show(os.getcwd()), show(os.getcwdb().decode()), sorted(os.listdir()))
os.chdir(cwd)
def walk(top):
    ds = sorted(e.name for e in os.scandir(top) if e.is_dir(follow_symlinks=False))
    yield top, ds, sorted(e.name for e in os.scandir(top) if not e.is_dir(follow_symlinks=False))
    for n in ds:
        yield from walk(os.path.join(top, n))
walked = [(show(p), sorted(ds), sorted(fs)) for p, ds, fs in walk(base)]
for w in sorted(walked):
    print(w)
os.unlink(os.path.join(base, 'link'))
os.remove(os.path.join(base, 'b.txt'))
os.removedirs(os.path.join(d, 'deep', 'er'))
print(os.path.exists(d), os.path.exists(base))
if os.path.exists(base):
    os.rmdir(base)
