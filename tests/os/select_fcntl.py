# select, fcntl and _posixsubprocess.fork_exec used directly (no io needed).
import os, select, fcntl, _posixsubprocess, errno
r, w = os.pipe()
print(select.select([r], [w], [], 0))
os.write(w, b'x')
print(select.select([r], [], [], 0.5)[0] == [r])
po = select.poll()
po.register(r, select.POLLIN)
print(po.poll(0))
po.unregister(r)
print(po.poll(0), select.error is OSError)
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print(e)
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, bool(fcntl.fcntl(w, fcntl.F_GETFL) & os.O_WRONLY))
fcntl.flock(r, fcntl.LOCK_EX)
fcntl.flock(r, fcntl.LOCK_UN)
os.close(r); os.close(w)

def run(argv, cwd=None, env=None, exe=None):
    c2pread, c2pwrite = os.pipe()
    errpipe_read, errpipe_write = os.pipe()
    exe = exe or argv[0]
    pid = _posixsubprocess.fork_exec(
        [os.fsencode(a) for a in argv], [os.fsencode(exe)], True, (errpipe_write,), cwd, env,
        -1, -1, c2pread, c2pwrite, -1, -1, errpipe_read, errpipe_write,
        True, False, -1, None, None, None, -1, None, False)
    os.close(c2pwrite); os.close(errpipe_write)
    err = os.read(errpipe_read, 100)
    os.close(errpipe_read)
    out = b''
    while True:
        chunk = os.read(c2pread, 100)
        if not chunk:
            break
        out += chunk
    os.close(c2pread)
    _, st = os.waitpid(pid, 0)
    return out, err, os.waitstatus_to_exitcode(st)

print(run(['/bin/echo', 'hello']))
print(run(['/bin/sh', '-c', 'echo $FOO; exit 4'], env=[b'FOO=bar']))
print(run(['/bin/pwd'], cwd='/usr'))
print(run(['/nonexistent']))
print(run(['/bin/pwd'], cwd='/nonexistent'))
