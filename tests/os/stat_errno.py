# _stat (through stat) and errno.
import stat, _stat, errno, os
print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)
for m in (0o100644, 0o040755, 0o120777, 0o104755, 0o102711, 0o041777, 0o041776, 0o010600, 0o140700, 0o020620, 0o060660, 0):
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISFIFO(m),
          stat.S_ISSOCK(m), stat.S_ISCHR(m), stat.S_ISBLK(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
print(stat.S_IFDIR, stat.S_IRWXU, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_APPEND, stat.S_ISDOOR(0), stat.S_IFDOOR)
print(stat.S_ISDIR(True))
for bad in ('x', -1, 2**40):
    try:
        stat.S_ISDIR(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(errno.ENOENT, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode), sorted(n for n in dir(errno) if n.startswith('E')) [:5])
print(all(getattr(errno, errno.errorcode[c]) == c for c in errno.errorcode))
print(os.strerror(errno.EPIPE))
