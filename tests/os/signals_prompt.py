# signal: a Python handler runs right after os.kill / raise_signal return, before the next statement.
import os, signal
got = []
signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(len(got))
def boom(n, f):
    raise RuntimeError('from handler %d' % n)
signal.signal(signal.SIGUSR2, boom)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    print('not reached')
except RuntimeError as e:
    print('caught', e)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
print(len(got), signal.SIGUSR1 in signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
for i in range(3):
    pass
print(len(got))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
