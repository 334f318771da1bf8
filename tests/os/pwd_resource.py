# pwd and resource.
import pwd, resource, os
r = pwd.getpwuid(0)
print(r, r.pw_name, r[2], len(r), type(r).__name__, pwd.struct_passwd.n_fields)
print(pwd.getpwnam('root') == r, pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
print(any(p.pw_uid == 0 for p in pwd.getpwall()))
for bad in (98765, -5):
    try:
        pwd.getpwuid(bad)
    except KeyError as e:
        print(repr(e))
try:
    pwd.getpwnam('nobodyxx')
except KeyError as e:
    print(repr(e))
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(isinstance(soft, int), resource.RLIM_INFINITY, resource.RUSAGE_SELF, resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), isinstance(u.ru_utime, float), u.ru_maxrss > 0, resource.struct_rusage.n_fields)
try:
    resource.getrlimit(99)
except ValueError as e:
    print(e)
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3))
except ValueError as e:
    print(e)
print(resource.getpagesize() > 0, resource.error is OSError)
