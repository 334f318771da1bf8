# termios on a pseudo-terminal (no real terminal needed): attributes, window
# size, flush/flow/drain/break, errors, constants; tty's raw/cbreak helpers.
import termios, os, tty

names = [n for n in dir(termios) if n.isupper()]
print(len(names), names[:5], names[-3:])
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.NCCS, termios.VMIN, termios.VTIME)
print(termios.ECHO, termios.ICANON, termios.B9600, termios.B38400, termios.TIOCGWINSZ, termios.VSWTCH == termios.VSWTC)
print(termios.error.__mro__, termios.error.__module__)
print(sorted(n for n in dir(termios) if n.startswith('tc')))

master, slave = os.openpty()
a = termios.tcgetattr(slave)
print(type(a).__name__, len(a), [type(x).__name__ for x in a])
cc = a[6]
print(len(cc) == termios.NCCS, all(isinstance(c, bytes) and len(c) == 1 for c in cc))
print(termios.tcgetattr(master) == a)

# echo off and back on
new = termios.tcgetattr(slave)
new[3] &= ~termios.ECHO
termios.tcsetattr(slave, termios.TCSANOW, new)
b = termios.tcgetattr(slave)
print(bool(b[3] & termios.ECHO), b[3] == a[3] & ~termios.ECHO)
termios.tcsetattr(slave, termios.TCSADRAIN, a)
print(termios.tcgetattr(slave) == a)

# non-canonical mode: VMIN and VTIME come back as ints
new = termios.tcgetattr(slave)
new[3] &= ~termios.ICANON
new[6][termios.VMIN] = 1
new[6][termios.VTIME] = b'\x02'
termios.tcsetattr(slave, termios.TCSAFLUSH, new)
c = termios.tcgetattr(slave)
print(c[6][termios.VMIN], c[6][termios.VTIME], type(c[6][termios.VINTR]).__name__)
termios.tcsetattr(slave, termios.TCSANOW, a)

# speeds
new = termios.tcgetattr(slave)
new[4] = new[5] = termios.B9600
termios.tcsetattr(slave, termios.TCSANOW, new)
print(termios.tcgetattr(slave)[4:6] == [termios.B9600, termios.B9600])
termios.tcsetattr(slave, termios.TCSANOW, a)

# a file object works as well as a descriptor
f = os.fdopen(os.dup(slave), 'rb', buffering=0)
print(termios.tcgetattr(f) == termios.tcgetattr(slave))
class HasFileno:
    def fileno(self): return slave
print(termios.tcgetattr(HasFileno()) == a)

# window size
print(termios.tcgetwinsize(slave))
termios.tcsetwinsize(slave, (24, 80))
print(termios.tcgetwinsize(master), termios.tcgetwinsize(slave))
termios.tcsetwinsize(master, [50, 132])
print(termios.tcgetwinsize(slave))

# flush, flow, drain, break
os.write(master, b'pending input\n')
termios.tcflush(slave, termios.TCIFLUSH)
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcflow(slave, termios.TCOOFF)
termios.tcflow(slave, termios.TCOON)
print(termios.tcdrain(slave), termios.tcsendbreak(slave, 0))

# tty helpers
tty.setraw(slave)
r = termios.tcgetattr(slave)
print(bool(r[3] & termios.ICANON), bool(r[3] & termios.ECHO), r[6][termios.VMIN], r[6][termios.VTIME])
termios.tcsetattr(slave, termios.TCSANOW, a)
tty.setcbreak(slave)
r = termios.tcgetattr(slave)
print(bool(r[3] & termios.ICANON), bool(r[3] & termios.ECHO))
termios.tcsetattr(slave, termios.TCSANOW, a)
print(os.isatty(slave), termios.tcgetattr(slave) == a)

def err(fn, *args):
    try:
        print('ok', fn(*args))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e.args)

devnull = os.open(os.devnull, os.O_RDONLY)
closed = os.dup(slave); os.close(closed)
err(termios.tcgetattr, devnull)
err(termios.tcgetattr, closed)
err(termios.tcgetwinsize, devnull)
err(termios.tcdrain, devnull)
err(termios.tcflush, devnull, termios.TCIFLUSH)
err(termios.tcgetattr, -1)
err(termios.tcgetattr, 'x')
err(termios.tcgetattr, 2**40)
err(termios.tcgetattr)
err(termios.tcsetattr, slave, 2)
err(termios.tcsetattr, slave, termios.TCSANOW, [1])
err(termios.tcsetattr, slave, termios.TCSANOW, tuple(a))
err(termios.tcsetattr, slave, termios.TCSANOW, a[:6] + [a[6][:3]])
err(termios.tcsetattr, slave, termios.TCSANOW, a[:6] + [[1.5] * termios.NCCS])
err(termios.tcsetattr, slave, termios.TCSANOW, a[:6] + [a[6][:-1] + [b'ab']])
err(termios.tcsetattr, slave, termios.TCSANOW, ['x'] + a[1:])
err(termios.tcsetattr, slave, 999, a)
err(termios.tcsetattr, devnull, termios.TCSANOW, a)
err(termios.tcsetwinsize, slave, (1,))
err(termios.tcsetwinsize, slave, 5)
err(termios.tcsetwinsize, slave, ('a', 'b'))
err(termios.tcsetwinsize, slave, (2**40, 1))
err(termios.tcsetwinsize, slave, (-1, 1))
err(termios.tcsetwinsize, devnull, (1, 1))
err(termios.tcflush, slave, 999)
err(termios.tcflow, slave, 999)
err(termios.tcflush, slave)
err(termios.tcsendbreak, slave, 'x')
print(termios.tcgetattr(slave) == a, termios.tcgetwinsize(slave))
f.close()
for fd in (master, slave, devnull):
    os.close(fd)
