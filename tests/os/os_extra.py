# os: fork hooks, memfd/sendfile/readv/writev, statvfs, devices, ids.
import os, sys
calls = []
os.register_at_fork(before=lambda: calls.append('before'), after_in_parent=lambda: calls.append('parent'),
                    after_in_child=lambda: calls.append('child'))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(w, repr(calls).encode())
    os._exit(0)
os.waitpid(pid, 0)
print(os.read(r, 100).decode(), calls)
try:
    os.register_at_fork()
except TypeError as e:
    print(e)
try:
    os.register_at_fork(before=3)
except TypeError as e:
    print(e)
fd = os.memfd_create('kiln')
print(os.write(fd, b'0123456789'), os.lseek(fd, 0, 0))
print(os.sendfile(w, fd, 2, 5), os.read(r, 100))
print(os.writev(w, [b'ab', bytearray(b'cd'), memoryview(b'ef')]))
bufs = [bytearray(3), bytearray(3)]
print(os.readv(r, bufs), bufs)
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.pread(fd, 10, 1))
os.close(fd)
v = os.statvfs('/')
print(type(v).__name__, len(v), v.f_bsize > 0, v[0] == v.f_bsize)
print(os.major(os.makedev(8, 3)), os.minor(os.makedev(8, 3)))
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getresuid()[2]), isinstance(os.getsid(0), int))
print(isinstance(os.getpriority(os.PRIO_PROCESS, 0), int), len(os.getrandom(5)))
print(os.pathconf('/', 'PC_NAME_MAX'), os.fpathconf(r, 'PC_PIPE_BUF'))
for f in (r, w):
    os.close(f)
m, s = os.openpty()
print(os.isatty(m), os.isatty(s))
os.close(m); os.close(s)
print(sorted(os.sched_getaffinity(0)) == sorted(os.sched_getaffinity(0)))
print(os.pipe2(os.O_CLOEXEC) is not None)
