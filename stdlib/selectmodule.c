/* kiln: the select module: select(), poll and epoll objects (the objects are
 * small Python classes from the prelude over C helpers that make the calls). */
#define _GNU_SOURCE
#include "core.h"
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>
#include <stdlib.h>
#include <time.h>

static int fd_of(Value v, int *out)
{
    Value f = v;
    if (!IS_INT(v)) {
        f = obj_lookup_attr(v, str_intern_cstr("fileno"));
        if (!f) { if (!exc_pending()) raise_TypeError("argument must be an int, or have a fileno() method."); return -1; }
        f = obj_call0(f);
        if (!f) return -1;
        if (!IS_INT(f)) { raise_TypeError("fileno() returned a non-integer"); return -1; }
    }
    int64_t fd;
    if (int_as_i64(f, &fd) < 0) return -1;
    if (fd < 0) { raise_ValueError("file descriptor cannot be a negative integer (%lld)", (long long)fd); return -1; }
    if (fd > INT_MAX) { raise_OverflowError("file descriptor is too large"); return -1; }
    *out = (int)fd;
    return 0;
}

/* timeout: None -> -1 ms (block), seconds (float) otherwise. */
static int timeout_ms(Value t, double scale, int *out, const char *neg_msg)
{
    if (!t || t == NONE) { *out = -1; return 0; }
    double d;
    if (float_as_double(t, &d) < 0) {
        if (exc_matches(E(TypeError))) { exc_clear(); raise_TypeError("timeout must be an integer or None"); }
        return -1;
    }
    if (isnan(d)) { raise_ValueError("Invalid value NaN (not a number)"); return -1; }
    d *= scale;
    if (d < 0) {
        if (neg_msg) { raise_ValueError("%s", neg_msg); return -1; }
        *out = -1;
        return 0;
    }
    if (d > INT_MAX) { raise_OverflowError("timeout is too large"); return -1; }
    *out = (int)ceil(d);
    return 0;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Wait as CPython does (PEP 475): interrupted by a signal, run the signal
 * handlers (which may raise, or write to the wake-up fd) and retry with the
 * time left.  wait(ctx, ms) is the blocking call, made without the GIL.
 * -1 with errno, or -2 with an exception set. */
static int wait_retry(int (*wait)(void *ctx, int ms), void *ctx, int ms)
{
    double deadline = ms >= 0 ? now_ms() + ms : 0;
    for (;;) {
        ThreadState *me = gil_release();     /* other threads run while this one waits */
        int r = wait(ctx, ms);
        int e = errno;
        gil_acquire(me);
        errno = e;
        if (r >= 0 || errno != EINTR) return r;
        if (vm_check_pending() < 0) return -2;
        if (ms >= 0) {
            double left = deadline - now_ms();
            ms = left > 0 ? (int)ceil(left) : 0;
        }
    }
}

typedef struct PollArgs { struct pollfd *p; nfds_t n; } PollArgs;

static int poll_call(void *ctx, int ms)
{
    PollArgs *a = ctx;
    return poll(a->p, a->n, ms);
}

static int poll_retry(struct pollfd *p, nfds_t n, int ms)
{
    PollArgs a = { p, n };
    return wait_retry(poll_call, &a, ms);
}

static Value s_select(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("select", kw) < 0 || args_count("select", nargs, 3, 4) < 0) return 0;
    int ms;
    if (timeout_ms(nargs > 3 ? args[3] : NONE, 1000.0, &ms, "timeout must be non-negative") < 0) return 0;
    Value lists[3];
    int64_t total = 0;
    for (int i = 0; i < 3; i++) {
        lists[i] = list_from_iter(args[i]);
        if (!lists[i]) return 0;
        total += LIST_SIZE(lists[i]);
    }
    struct pollfd *p = calloc((size_t)total + 1, sizeof *p);
    static const short ev[3] = { POLLIN, POLLOUT, POLLPRI };
    int64_t k = 0;
    for (int i = 0; i < 3; i++)
        for (int64_t j = 0; j < LIST_SIZE(lists[i]); j++, k++) {
            if (fd_of(LIST_ITEMS(lists[i])[j], &p[k].fd) < 0) { free(p); return 0; }
            p[k].events = ev[i];
        }
    int r = poll_retry(p, (nfds_t)total, ms);
    if (r < 0) { int e = errno; free(p); return r == -2 ? 0 : raise_errno(NULL, e, 0); }
    Value out[3];
    k = 0;
    for (int i = 0; i < 3; i++) {
        out[i] = list_new(0);
        for (int64_t j = 0; j < LIST_SIZE(lists[i]); j++, k++) {
            if (p[k].revents & POLLNVAL) { free(p); return raise_errno(NULL, EBADF, 0); }
            short want = i == 0 ? (POLLIN | POLLHUP | POLLERR) : i == 1 ? (POLLOUT | POLLERR) : POLLPRI;
            if (p[k].revents & want) list_append(out[i], LIST_ITEMS(lists[i])[j]);
        }
    }
    free(p);
    return tuple_pack(3, out[0], out[1], out[2]);
}

/* _poll(list of (fd, events), timeout_ms or None) -> [(fd, revents), ...] */
static Value s_poll_raw(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("poll", nargs, 2, 2) < 0) return 0;
    int ms;
    if (timeout_ms(args[1], 1.0, &ms, NULL) < 0) return 0;
    Value l = args[0];
    if (!IS_LIST(l)) return raise_TypeError("_poll() argument must be a list of (fd, events) tuples");
    int64_t n = LIST_SIZE(l);
    for (int64_t i = 0; i < n; i++) {
        Value t = LIST_ITEMS(l)[i];
        if (!IS_TUPLE(t) || TUPLE_SIZE(t) != 2) return raise_TypeError("_poll() argument must be a list of (fd, events) tuples");
    }
    struct pollfd *p = calloc((size_t)n + 1, sizeof *p);
    for (int64_t i = 0; i < n; i++) {
        int64_t fd, e;
        Value t = LIST_ITEMS(l)[i];
        if (int_as_i64(TUPLE_ITEMS(t)[0], &fd) < 0 || int_as_i64(TUPLE_ITEMS(t)[1], &e) < 0) { free(p); return 0; }
        p[i].fd = (int)fd;
        p[i].events = (short)e;
    }
    int r = poll_retry(p, (nfds_t)n, ms);
    if (r < 0) { int e = errno; free(p); return r == -2 ? 0 : raise_errno(NULL, e, 0); }
    Value out = list_new(0);
    for (int64_t i = 0; i < n; i++)
        if (p[i].revents) list_append(out, tuple_pack(2, MKSMALL(p[i].fd), MKSMALL((unsigned short)p[i].revents)));
    free(p);
    return out;
}

static Value s_fd_of(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd;
    if (args_count("fileno", nargs, 1, 1) < 0 || fd_of(args[0], &fd) < 0) return 0;
    return MKSMALL(fd);
}

/* _epoll_create() -> a new epoll fd (always close-on-exec, as CPython's) */
static Value s_epoll_create(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("_epoll_create", nargs, 0, 0) < 0) return 0;
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return raise_errno(NULL, errno, 0);
    return MKSMALL(fd);
}

/* _epoll_ctl(epfd, op, fd, events) */
static Value s_epoll_ctl(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t epfd, op, ev;
    int fd;
    if (args_count("_epoll_ctl", nargs, 4, 4) < 0 || int_as_i64(args[0], &epfd) < 0 ||
        int_as_i64(args[1], &op) < 0 || fd_of(args[2], &fd) < 0 || int_as_i64(args[3], &ev) < 0) return 0;
    if (ev < 0 || ev > UINT32_MAX) return raise_OverflowError("Python int too large to convert to C unsigned long");
    struct epoll_event e = { .events = (uint32_t)ev, .data.fd = fd };
    if (epoll_ctl((int)epfd, (int)op, fd, &e) < 0) return raise_errno(NULL, errno, 0);
    return NONE;
}

typedef struct EpollArgs { int epfd; struct epoll_event *evs; int max; } EpollArgs;

static int epoll_call(void *ctx, int ms)
{
    EpollArgs *a = ctx;
    return epoll_wait(a->epfd, a->evs, a->max, ms);
}

/* _epoll_wait(epfd, timeout seconds or None, maxevents) -> [(fd, events), ...] */
static Value s_epoll_wait(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t epfd, max;
    int ms;
    if (args_count("_epoll_wait", nargs, 3, 3) < 0 || int_as_i64(args[0], &epfd) < 0 ||
        timeout_ms(args[1], 1000.0, &ms, NULL) < 0 || int_as_i64(args[2], &max) < 0) return 0;
    if (max == -1) max = FD_SETSIZE - 1;
    else if (max < 1) return raise_ValueError("maxevents must be greater than 0, got %lld", (long long)max);
    if (max > INT_MAX / (int64_t)sizeof(struct epoll_event)) return raise_memory();
    EpollArgs a = { (int)epfd, malloc((size_t)max * sizeof(struct epoll_event)), (int)max };
    int r = wait_retry(epoll_call, &a, ms);
    if (r < 0) { int e = errno; free(a.evs); return r == -2 ? 0 : raise_errno(NULL, e, 0); }
    Value out = list_new(0);
    for (int i = 0; i < r; i++)
        list_append(out, tuple_pack(2, MKSMALL(a.evs[i].data.fd), int_from_u64(a.evs[i].events)));
    free(a.evs);
    return out;
}

static Value s_close_fd(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t fd;
    if (args_count("_close", nargs, 1, 1) < 0 || int_as_i64(args[0], &fd) < 0) return 0;
    if (close((int)fd) < 0) return raise_errno(NULL, errno, 0);
    return NONE;
}

static const MethodDef select_methods[] = {
    { "select", s_select, 0, NULL }, { "_poll", s_poll_raw, 0, NULL }, { "_fd_of", s_fd_of, 0, NULL },
    { "_epoll_create", s_epoll_create, 0, NULL }, { "_epoll_ctl", s_epoll_ctl, 0, NULL },
    { "_epoll_wait", s_epoll_wait, 0, NULL }, { "_close", s_close_fd, 0, NULL },

    { NULL, NULL, 0, NULL },
};

static const char select_prelude[] =
    "class poll:\n"
    "    def __init__(self):\n"
    "        self._fds = {}\n"
    "    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):\n"
    "        self._fds[_fd_of(fd)] = eventmask & 0xffff\n"
    "    def modify(self, fd, eventmask):\n"
    "        fd = _fd_of(fd)\n"
    "        if fd not in self._fds:\n"
    "            import errno\n"
    "            raise FileNotFoundError(errno.ENOENT, 'No such file or directory')\n"
    "        self._fds[fd] = eventmask & 0xffff\n"
    "    def unregister(self, fd):\n"
    "        del self._fds[_fd_of(fd)]\n"
    "    def poll(self, timeout=None):\n"
    "        if timeout is not None and not isinstance(timeout, (int, float)):\n"
    "            if hasattr(timeout, '__index__'):\n"
    "                timeout = timeout.__index__()\n"
    "            else:\n"
    "                raise TypeError('timeout must be an integer or None')\n"
    "        return _poll(list(self._fds.items()), timeout)\n"
    "poll.__module__ = 'select'\n"
    "class epoll:\n"
    "    \"select.epoll(sizehint=-1, flags=0)\\n\\nReturns an epolling object.\"\n"
    "    def __init__(self, sizehint=-1, flags=0):\n"
    "        self._epfd = -1\n"
    "        if sizehint == -1:\n"
    "            sizehint = 1023\n"
    "        elif sizehint <= 0:\n"
    "            raise ValueError('negative sizehint')\n"
    "        if flags and flags != EPOLL_CLOEXEC:\n"
    "            raise OSError('invalid flags')\n"
    "        self._epfd = _epoll_create()\n"
    "    @classmethod\n"
    "    def fromfd(cls, fd):\n"
    "        self = cls.__new__(cls)\n"
    "        self._epfd = fd\n"
    "        return self\n"
    "    def _check(self):\n"
    "        if self._epfd < 0:\n"
    "            raise ValueError('I/O operation on closed epoll object')\n"
    "    @property\n"
    "    def closed(self):\n"
    "        return self._epfd < 0\n"
    "    def close(self):\n"
    "        fd, self._epfd = self._epfd, -1\n"
    "        if fd >= 0:\n"
    "            _close(fd)\n"
    "    def fileno(self):\n"
    "        self._check()\n"
    "        return self._epfd\n"
    "    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):\n"
    "        self._check()\n"
    "        _epoll_ctl(self._epfd, 1, fd, eventmask)\n"
    "    def modify(self, fd, eventmask):\n"
    "        self._check()\n"
    "        _epoll_ctl(self._epfd, 3, fd, eventmask)\n"
    "    def unregister(self, fd):\n"
    "        self._check()\n"
    "        _epoll_ctl(self._epfd, 2, fd, 0)\n"
    "    def poll(self, timeout=None, maxevents=-1):\n"
    "        self._check()\n"
    "        return _epoll_wait(self._epfd, timeout, maxevents)\n"
    "    def __enter__(self):\n"
    "        self._check()\n"
    "        return self\n"
    "    def __exit__(self, *args):\n"
    "        self.close()\n"
    "    def __del__(self):\n"
    "        if self._epfd >= 0:\n"
    "            self.close()\n"
    "epoll.__module__ = 'select'\n"
    ;

typedef struct SelConst { const char *name; int64_t v; } SelConst;
#define C(n) { #n, n },
static const SelConst select_consts[] = {
    C(POLLIN) C(POLLPRI) C(POLLOUT) C(POLLERR) C(POLLHUP) C(POLLNVAL) C(POLLRDNORM) C(POLLRDBAND)
    C(POLLWRNORM) C(POLLWRBAND) C(POLLMSG) C(POLLRDHUP) C(PIPE_BUF)
    C(EPOLLIN) C(EPOLLOUT) C(EPOLLPRI) C(EPOLLERR) C(EPOLLHUP) C(EPOLLET) C(EPOLLONESHOT)
    C(EPOLLEXCLUSIVE) C(EPOLLRDHUP) C(EPOLLRDNORM) C(EPOLLRDBAND) C(EPOLLWRNORM) C(EPOLLWRBAND)
    C(EPOLLMSG) C(EPOLL_CLOEXEC)
    { NULL, 0 },
};
#undef C

static int select_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    for (const SelConst *c = select_consts; c->name; c++)
        if (dict_set_cstr(d, c->name, MKSMALL(c->v)) < 0) return -1;
    if (dict_set_cstr(d, "error", OBJ_VAL(E(OSError))) < 0) return -1;
    if (RUN_PRELUDE(d, select_prelude, "<select>") < 0) return -1;
    return 0;
}

const ModuleDef select_module = { "select", NULL, select_methods, select_exec };
