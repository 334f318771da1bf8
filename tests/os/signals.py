# signal: Python handlers run from the eval loop after os.kill.
import os, signal
got = []
def handler(signum, frame):
    got.append((signum, signal.Signals(signum).name, frame is not None))
def tick():
    pass
# SIGINT gets default_int_handler unless the process started with it ignored
# (as a background job does): then it stays SIG_IGN, in CPython as in kiln.
with open('/proc/self/status') as f:
    ign = int(next(l for l in f if l.startswith('SigIgn:')).split()[1], 16)
int_ignored = bool(ign & (1 << (signal.SIGINT - 1)))
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL,
      signal.getsignal(signal.SIGINT) is (signal.SIG_IGN if int_ignored else signal.default_int_handler))
old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(3):
    tick()
print(got)
signal.raise_signal(signal.SIGUSR1)
for i in range(3):
    tick()
print(len(got))
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.getsignal(signal.SIGUSR2))
print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGKILL), signal.NSIG)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGSEGV))
print(signal.SIGUSR1 in signal.valid_signals(), len(signal.valid_signals()))
try:
    signal.signal(signal.SIGUSR1, 42)
except TypeError as e:
    print(e)
try:
    signal.signal(1000, handler)
except ValueError as e:
    print(e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
m = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(m, signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print(signal.alarm(0), signal.Handlers.SIG_DFL, signal.Sigmasks.SIG_BLOCK)
