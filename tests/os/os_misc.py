# os: process, environment and descriptor helpers.
import os, sys
print(os.name, os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.devnull)
print(os.getpid() > 0, os.getppid() > 0, isinstance(os.getuid(), int), isinstance(os.getgroups(), list))
print(type(os.environ).__name__, os.environ.get('KILN_OS_T1'), 'PATH' in os.environ)
os.environ['KILN_OS_T1'] = 'v1'
print(os.environ['KILN_OS_T1'], os.getenv('KILN_OS_T1'), os.environb[b'KILN_OS_T1'])
del os.environ['KILN_OS_T1']
print(os.getenv('KILN_OS_T1', 'gone'))
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.set_inheritable(r, True)
os.set_blocking(w, False)
print(os.get_inheritable(r), os.get_blocking(w))
print(os.write(w, b'xyz'), os.read(r, 10))
r2 = os.dup(r)
print(r2 > w, os.isatty(r))
for fd in (r, w, r2):
    os.close(fd)
try:
    os.close(r2)
except OSError as e:
    print(type(e).__name__, e)
print(len(os.urandom(16)), type(os.urandom(0)))
print(os.strerror(2), os.strerror(13))
u = os.uname()
print(type(u).__name__, u.sysname, u[0] == u.sysname, len(u))
t = os.times()
print(type(t).__name__, len(t), isinstance(t.user, float))
print(os.cpu_count() >= 1, len(os.sched_getaffinity(0)) >= 1)
print(os.sysconf('SC_PAGESIZE') > 0, os.sysconf_names['SC_CLK_TCK'] == os.sysconf_names['SC_CLK_TCK'])
print(os.fspath('a'), os.fspath(b'b'))
class P:
    def __fspath__(self): return '/x/y'
print(os.fspath(P()), os.path.basename(P()))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(os.terminal_size((80, 24)), os.terminal_size((1, 2)).lines)
print(os.WIFEXITED(0), os.WEXITSTATUS(256), os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9))
pid = os.fork()
if pid == 0:
    os._exit(7)
p, st = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(st), os.WEXITSTATUS(st))
print(os.system('exit 3') >> 8)
print(os.supports_dir_fd >= {os.stat, os.open, os.mkdir}, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
print(os.error is OSError, os.SEEK_END, os.O_RDONLY, os.WNOHANG)
print(os.path.join('a', 'b'), os.path.splitext('x.tar.gz'), os.path.normpath('a//b/../c'), os.path.abspath('/a/./b'))
print(os.path.expanduser('~') == os.environ.get('HOME', os.path.expanduser('~')))
old = os.umask(0o22)
print(oct(os.umask(old)))
