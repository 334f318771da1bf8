# os.wait4, wait3, waitid, wait.
import os
pid = os.fork()
if pid == 0:
    os._exit(5)
p, st, ru = os.wait4(pid, 0)
print(p == pid, os.WEXITSTATUS(st), type(ru).__name__, isinstance(ru.ru_utime, float))
pid = os.fork()
if pid == 0:
    os._exit(6)
r = os.waitid(os.P_PID, pid, os.WEXITED)
print(type(r).__name__, r.si_pid == pid, r.si_status, r.si_code == os.CLD_EXITED, r.si_signo)
pid = os.fork()
if pid == 0:
    os._exit(2)
p, st, ru = os.wait3(0)
print(p == pid, os.waitstatus_to_exitcode(st))
try:
    os.wait()
except ChildProcessError as e:
    print(e)
