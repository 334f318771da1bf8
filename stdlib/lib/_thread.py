"""Low-level threading primitives (kiln overlay).  kiln does not run threads
yet: locks work as in a single-threaded program (a blocking acquire of a lock
that is already held would wait forever, so it raises instead), and
start_new_thread raises RuntimeError.  Real threads with a global lock are
planned in C."""

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_count_value = 0


def get_ident():
    return 1


get_native_id = get_ident


def _count():
    return _count_value


def stack_size(size=0):
    if size:
        raise error('setting stack size not supported')
    return 0


def daemon_threads_allowed():
    return True


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("can't start new thread: kiln runs single-threaded for now")


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


class LockType:
    """A lock object (single-threaded)."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking or timeout >= 0:
                return False
            raise RuntimeError('deadlock: acquiring a lock this (only) thread already holds')
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s %s object at %#x>' % ('locked' if self._locked else 'unlocked', '_thread.lock', id(self))


LockType.__module__ = '_thread'
LockType.__name__ = LockType.__qualname__ = 'lock'


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def _release_save(self):
        count, self._count = self._count, 0
        return (count, 1)

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s _thread.RLock object owner=%d count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', 1 if self._count else 0, self._count, id(self))


RLock.__module__ = '_thread'


class _local:
    """Thread-local data (one thread: plain attributes)."""


_local.__module__ = '_thread'


def _set_sentinel():
    return LockType()


class _ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def _excepthook(args):
    import sys
    sys.excepthook(args[0], args[1], args[2])
