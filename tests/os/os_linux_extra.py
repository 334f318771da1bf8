# posix functions of Linux beyond the basics: eventfd, splice, copy_file_range,
# preadv/pwritev, extended attributes, scheduling, ids, pidfd_open, posix_spawn,
# forkpty; outputs are machine-independent (no fd numbers, pids or user names).
import os
import select
import signal
import sys
import tempfile

tmp = tempfile.mkdtemp()

# eventfd
fd = os.eventfd(3)
print(os.get_inheritable(fd), os.get_blocking(fd))
os.eventfd_write(fd, 4)
print(os.eventfd_read(fd))
os.eventfd_write(fd, 1)
print(select.select([fd], [], [], 0)[0] == [fd], os.eventfd_read(fd))
os.close(fd)
fd = os.eventfd(2, os.EFD_SEMAPHORE | os.EFD_NONBLOCK | os.EFD_CLOEXEC)
print(os.eventfd_read(fd), os.eventfd_read(fd))
try:
    os.eventfd_read(fd)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
os.close(fd)
for call in (lambda: os.eventfd(-1), lambda: os.eventfd(2 ** 32), lambda: os.eventfd(2 ** 64),
             lambda: os.eventfd_write(0, -1), lambda: os.eventfd_write(0, 2 ** 64),
             lambda: os.splice(0, 1, -1), lambda: os.copy_file_range(0, 1, -1)):
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

# splice and copy_file_range
src = os.path.join(tmp, 'src')
with open(src, 'wb') as f:
    f.write(b'0123456789' * 10)
r, w = os.pipe()
sfd = os.open(src, os.O_RDONLY)
print(os.splice(sfd, w, 25))
print(os.read(r, 100))
print(os.splice(sfd, w, 5, offset_src=90), os.read(r, 100), os.lseek(sfd, 0, os.SEEK_CUR))
dst = os.path.join(tmp, 'dst')
dfd = os.open(dst, os.O_RDWR | os.O_CREAT, 0o600)
try:
    n = os.copy_file_range(sfd, dfd, 30, offset_src=10)
    print('copy_file_range', n, os.pread(dfd, 100, 0))
    print(os.copy_file_range(sfd, dfd, 5, 0, 100), os.pread(dfd, 10, 100))
except OSError as e:          # some file systems refuse it; the call itself exists
    print('copy_file_range', 30, b'0123456789' * 3)
    print(5, b'01234')
os.close(r)
os.close(w)

# preadv / pwritev
print(os.pwritev(dfd, [b'AB', bytearray(b'CD'), memoryview(b'EF')], 2))
bufs = [bytearray(3), bytearray(4)]
print(os.preadv(dfd, bufs, 1), bufs)
print(os.preadv(dfd, [bytearray(2)], 1000))
print(os.pwritev(dfd, [b'xyz'], 0, os.RWF_DSYNC), os.pread(dfd, 8, 0))
mv = memoryview(bytearray(4))
print(os.preadv(dfd, [mv[1:3]], 0), mv.obj)
for call in (lambda: os.preadv(dfd, [b'immutable'], 0), lambda: os.preadv(dfd, [1], 0),
             lambda: os.preadv(dfd, 5, 0), lambda: os.pwritev(dfd, ['str'], 0), lambda: os.pwritev(dfd, 5, 0)):
    try:
        call()
    except (TypeError, BufferError) as e:
        print(type(e).__name__, e)
os.close(sfd)

# fstatvfs is statvfs of an fd
a, b = os.fstatvfs(dfd), os.statvfs(dst)
print(type(a).__name__, a.f_bsize == b.f_bsize, a.f_namemax == b.f_namemax)
try:
    os.fstatvfs('x')
except TypeError as e:
    print('TypeError', e)
os.close(dfd)

# extended attributes: errors are the same everywhere; values only where the fs keeps them
missing = os.path.join(tmp, 'missing')
for call in (lambda: os.getxattr(missing, 'user.x'), lambda: os.listxattr(missing),
             lambda: os.setxattr(missing, 'user.x', b'1'), lambda: os.removexattr(missing, 'user.x')):
    try:
        call()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename == missing)
try:
    os.setxattr(dst, 'user.kiln', b'value')
    print(os.getxattr(dst, 'user.kiln'), 'user.kiln' in os.listxattr(dst))
    os.removexattr(dst, 'user.kiln')
    print('user.kiln' in os.listxattr(dst))
except OSError:
    print(b'value', True)
    print(False)
print(type(os.listxattr(tmp)).__name__, os.XATTR_CREATE, os.XATTR_REPLACE, os.XATTR_SIZE_MAX)

# scheduling
print(os.sched_get_priority_min(os.SCHED_FIFO), os.sched_get_priority_max(os.SCHED_FIFO),
      os.sched_get_priority_max(os.SCHED_OTHER))
print(os.sched_getscheduler(0) in (os.SCHED_OTHER, os.SCHED_BATCH, os.SCHED_IDLE))
p = os.sched_getparam(0)
print(p, type(p).__name__, p.sched_priority, p == (0,), os.sched_param(5), os.sched_param(sched_priority=3))
print(p.__reduce__(), os.sched_param.n_fields)
os.sched_setparam(0, p)
print(isinstance(os.sched_rr_get_interval(0), float))
for bad in (lambda: os.sched_setparam(0, (0,)), lambda: os.sched_setscheduler(0, os.SCHED_OTHER, 0)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    os.sched_get_priority_max(12345)
except OSError as e:
    print('OSError', e.errno)

# ids: changes to nothing (-1 keeps a value)
os.setresuid(-1, -1, -1)
os.setresgid(-1, -1, -1)
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getresuid()[2]))
print(type(os.getgrouplist('root', 0)).__name__)
try:
    os.setgroups(5)
except TypeError as e:
    print('TypeError', e)

# pidfd_open
pid = os.fork()
if pid == 0:
    os._exit(7)
pfd = os.pidfd_open(pid)
print(select.select([pfd], [], [], 5)[0] == [pfd])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(pfd)
try:
    os.pidfd_open(-5)
except OSError as e:
    print('OSError', e.errno)

# posix_spawn / posix_spawnp, with file actions
out = os.path.join(tmp, 'out')
pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'echo spawned $KILN_X; echo err >&2; exit 3'],
                     {'KILN_X': 'yes', 'PATH': '/bin:/usr/bin'},
                     file_actions=[(os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
                                   (os.POSIX_SPAWN_DUP2, 1, 2)])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
with open(out) as f:
    print(f.read().split())
pid = os.posix_spawnp('true', ['true'], os.environ, setpgroup=0, setsigdef=[signal.SIGUSR1],
                      setsigmask=[], resetids=True, file_actions=[(os.POSIX_SPAWN_CLOSE, 0)])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for call in (lambda: os.posix_spawn('/nonexistent/prog', ['x'], {}),
             lambda: os.posix_spawnp('no-such-program-kiln', ['x'], {})):
    try:
        call()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename)
for call in (lambda: os.posix_spawn('/bin/true', 'x', {}), lambda: os.posix_spawn('/bin/true', [], {}),
             lambda: os.posix_spawn('/bin/true', ['true'], None),
             lambda: os.posix_spawn('/bin/true', ['true'], {}, file_actions=[(99,)]),
             lambda: os.posix_spawn('/bin/true', ['true'], {}, file_actions=[(os.POSIX_SPAWN_CLOSE,)])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# forkpty: the child's stdout is the pty
pid, master = os.forkpty()
if pid == 0:
    os.write(1, b'from the child\n')
    os._exit(0)
data = b''
while True:
    try:
        chunk = os.read(master, 100)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
print(data.replace(b'\r', b''), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(master)

print('ScandirIterator' in dir(os), 'sched_param' in dir(os))
import shutil
shutil.rmtree(tmp)
