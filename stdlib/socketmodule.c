/* kiln: the _socket module: socket objects over the kernel's (AF_INET,
 * AF_INET6, AF_UNIX), timeouts with poll(), name resolution, address
 * conversion and the constants socket.py needs; CPython 3.11's behaviour. */
#define _GNU_SOURCE 1   /* accept4, SCM_CREDENTIALS, EAI_ADDRFAMILY */
#include "core.h"
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <time.h>
#include <netdb.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <net/if.h>
#include "socket_consts.h"
#ifndef SOL_UDP
#define SOL_UDP 17
#endif

typedef struct Sock {
    Object hdr;
    int64_t fd;
    int family, type, proto;
    double timeout;          /* < 0: blocking, 0: non-blocking, > 0: seconds */
} Sock;

#define SK(v) ((Sock *)(v))

static void sock_finalize(Object *o)
{
    Sock *s = (Sock *)o;
    if (s->fd >= 0) { close((int)s->fd); s->fd = -1; }
}

static Value mod_attr(const char *name)
{
    Value mod = dict_get_cstr(R->modules, "_socket");
    return mod ? dict_get_cstr(AS(Module, mod)->dict, name) : 0;
}

static Value raise_os(void) { return raise_errno(NULL, errno, 0); }

static Value raise_timeout(void)
{
    Value msg = str_from_cstr("timed out");
    Value e = exc_new(E(TimeoutError), &msg, 1);
    return e ? raise_value(e) : 0;
}

static Value raise_gai(int code)
{
    if (code == EAI_SYSTEM) return raise_os();
    Value cls = mod_attr("gaierror");
    Value args[2] = { MKSMALL(code), str_from_cstr(gai_strerror(code)) };
    Value e = cls ? obj_call(cls, args, 2, 0) : exc_new(E(OSError), args, 2);
    return e ? raise_value(e) : 0;
}

static double default_timeout(void)
{
    Value v = dict_get_cstr(kiln_state_dict(), "socket_default_timeout");
    return v && IS_FLOAT(v) ? FLOAT_VAL(v) : -1.0;
}

static double now_mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Wait until fd is ready for events or the deadline passes: 1 ready, 0 timed out, -1 error. */
static int wait_fd(Sock *s, short events, double deadline)
{
    for (;;) {
        double left = deadline - now_mono();
        if (left <= 0) return 0;
        struct pollfd p = { (int)s->fd, events, 0 };
        int ms = (int)(left * 1000.0 + 0.999);
        ThreadState *me = gil_release();
        int r = poll(&p, 1, ms), e = errno;
        gil_acquire(me);
        errno = e;
        if (r < 0) { if (errno == EINTR) continue; raise_os(); return -1; }
        if (r == 0) { if (deadline - now_mono() <= 0) return 0; continue; }
        return 1;
    }
}

static int set_nonblock(int fd, bool nb)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return -1;
    int nf = nb ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK);
    return nf == fl ? 0 : fcntl(fd, F_SETFL, nf);
}

static int check_open(Sock *s)
{
    if (s->fd < 0) { errno = EBADF; raise_os(); return -1; }
    return 0;
}

/* -- addresses --------------------------------------------------------------- */

typedef union SockAddr {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage st;
} SockAddr;

static Value make_addr(const struct sockaddr *sa, socklen_t len)
{
    char buf[INET6_ADDRSTRLEN];
    if (len == 0) return NONE;
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
        return tuple_pack(2, str_from_cstr(buf), MKSMALL(ntohs(a->sin_port)));
    }
    case AF_INET6: {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
        return tuple_pack(4, str_from_cstr(buf), MKSMALL(ntohs(a->sin6_port)),
                          int_from_u64(ntohl(a->sin6_flowinfo)), int_from_u64(a->sin6_scope_id));
    }
    case AF_UNIX: {
        const struct sockaddr_un *a = (const struct sockaddr_un *)sa;
        size_t n = len > offsetof(struct sockaddr_un, sun_path) ? len - offsetof(struct sockaddr_un, sun_path) : 0;
        if (n > 0 && a->sun_path[0] == 0) return bytes_new(a->sun_path, n);   /* abstract namespace */
        size_t k = strnlen(a->sun_path, n);
        return str_from_utf8_checked(a->sun_path, k);
    }
    default:
        return tuple_pack(2, MKSMALL(sa->sa_family), bytes_new(sa->sa_data, sizeof sa->sa_data));
    }
}

/* Resolve a host string for bind/connect (CPython's setipaddr). */
static int set_ip(Value host, struct sockaddr *out, int af)
{
    const char *name;
    char tmp[256];
    if (IS_STR(host)) name = STR_DATA(host);
    else if (IS_OBJ(host) && TYPE(host) == T(bytes)) name = BYTES_DATA(host);
    else { raise_TypeError("str, bytes or bytearray expected, not %T", host); return -1; }
    if (name[0] == 0) {
        if (af == AF_INET) { ((struct sockaddr_in *)out)->sin_addr.s_addr = htonl(INADDR_ANY); return 0; }
        ((struct sockaddr_in6 *)out)->sin6_addr = in6addr_any;
        return 0;
    }
    if (af == AF_INET && (!strcmp(name, "<broadcast>") || !strcmp(name, "255.255.255.255"))) {
        ((struct sockaddr_in *)out)->sin_addr.s_addr = htonl(INADDR_BROADCAST);
        return 0;
    }
    if (af == AF_INET && inet_pton(AF_INET, name, &((struct sockaddr_in *)out)->sin_addr) == 1) return 0;
    if (af == AF_INET6 && inet_pton(AF_INET6, name, &((struct sockaddr_in6 *)out)->sin6_addr) == 1) return 0;
    snprintf(tmp, sizeof tmp, "%s", name);
    struct addrinfo hints = { 0 }, *res;
    hints.ai_family = af;
    name_services_ready();
    int err = getaddrinfo(tmp, NULL, &hints, &res);
    if (err) { raise_gai(err); return -1; }
    if (af == AF_INET) ((struct sockaddr_in *)out)->sin_addr = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
    else ((struct sockaddr_in6 *)out)->sin6_addr = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
    freeaddrinfo(res);
    return 0;
}

static int get_port(Value v, const char *caller, int *port)
{
    int64_t p;
    if (!IS_INT(v)) { raise_TypeError("'%T' object cannot be interpreted as an integer", v); return -1; }
    if (int_as_i64(v, &p) < 0 || p < 0 || p > 65535) {
        exc_clear();
        raise_OverflowError("%s(): port must be 0-65535.", caller);
        return -1;
    }
    *port = (int)p;
    return 0;
}

static int parse_addr(Sock *s, Value addr, SockAddr *out, socklen_t *len, const char *caller)
{
    memset(out, 0, sizeof *out);
    switch (s->family) {
    case AF_UNIX: {
        const char *p; int64_t n;
        if (IS_STR(addr)) { p = STR_DATA(addr); n = STR_NBYTES(addr); }
        else if (!bytes_like(addr, &p, &n)) { raise_TypeError("%s(): AF_UNIX address must be str or bytes, not %T", caller, addr); return -1; }
        if ((size_t)n >= sizeof out->un.sun_path) { raise_OverflowError("AF_UNIX path too long"); return -1; }
        out->un.sun_family = AF_UNIX;
        memcpy(out->un.sun_path, p, (size_t)n);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n + (n > 0 && p[0] == 0 ? 0 : 1));
        return 0;
    }
    case AF_INET: {
        if (!IS_TUPLE(addr)) { raise_TypeError("%s(): AF_INET address must be tuple, not %T", caller, addr); return -1; }
        if (TUPLE_SIZE(addr) != 2) { raise_TypeError("AF_INET address must be a pair (host, port)"); return -1; }
        int port;
        out->in4.sin_family = AF_INET;
        if (set_ip(TUPLE_ITEMS(addr)[0], &out->sa, AF_INET) < 0 || get_port(TUPLE_ITEMS(addr)[1], caller, &port) < 0) return -1;
        out->in4.sin_port = htons((uint16_t)port);
        *len = sizeof out->in4;
        return 0;
    }
    case AF_INET6: {
        if (!IS_TUPLE(addr)) { raise_TypeError("%s(): AF_INET6 address must be tuple, not %T", caller, addr); return -1; }
        int64_t n = TUPLE_SIZE(addr);
        if (n < 2 || n > 4) { raise_TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"); return -1; }
        int port;
        int64_t flow = 0, scope = 0;
        out->in6.sin6_family = AF_INET6;
        if (set_ip(TUPLE_ITEMS(addr)[0], &out->sa, AF_INET6) < 0 || get_port(TUPLE_ITEMS(addr)[1], caller, &port) < 0) return -1;
        if (n > 2 && int_as_i64(TUPLE_ITEMS(addr)[2], &flow) < 0) return -1;
        if (n > 3 && int_as_i64(TUPLE_ITEMS(addr)[3], &scope) < 0) return -1;
        if (flow < 0 || flow > 0xfffff) { raise_OverflowError("%s(): flowinfo must be 0-1048575.", caller); return -1; }
        out->in6.sin6_port = htons((uint16_t)port);
        out->in6.sin6_flowinfo = htonl((uint32_t)flow);
        out->in6.sin6_scope_id = (uint32_t)scope;
        *len = sizeof out->in6;
        return 0;
    }
    default:
        raise_fmt(E(OSError), "%s(): bad family", caller);
        return -1;
    }
}

/* -- socket objects ------------------------------------------------------------ */

static Value sock_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    Value o = OBJ_VAL(gc_alloc(t, t->basicsize));
    SK(o)->fd = -1;
    SK(o)->timeout = -1;
    return o;
}

static void apply_timeout(Sock *s, double t)
{
    s->timeout = t;
    if (s->fd >= 0) set_nonblock((int)s->fd, t >= 0);
}

static int sock_init(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "family", "type", "proto", "fileno", NULL };
    Value a[4];
    if (args_parse("socket", args, nargs, kw, names, 0, a) < 0) return -1;
    int64_t family = -1, type = -1, proto = -1;
    if ((a[0] && int_as_i64(a[0], &family) < 0) || (a[1] && int_as_i64(a[1], &type) < 0) ||
        (a[2] && int_as_i64(a[2], &proto) < 0)) return -1;
    Sock *s = SK(self);
    int fd;
    if (a[3] && a[3] != NONE) {
        int64_t f;
        if (IS_FLOAT(a[3])) { raise_TypeError("'float' object cannot be interpreted as an integer"); return -1; }
        if (int_as_i64(a[3], &f) < 0) return -1;
        if (f < 0) { raise_ValueError("negative file descriptor"); return -1; }
        fd = (int)f;
        SockAddr sa; socklen_t sl = sizeof sa;
        if (family == -1) {
            if (getsockname(fd, &sa.sa, &sl) < 0) { raise_os(); return -1; }
            family = sa.sa.sa_family;
        }
        int v; socklen_t vl = sizeof v;
        if (type == -1) {
            if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &vl) < 0) { raise_os(); return -1; }
            type = v;
        }
        if (proto == -1) {
            vl = sizeof v;
            if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &vl) < 0) { raise_os(); return -1; }
            proto = v;
        }
    } else {
        if (family == -1) family = AF_INET;
        if (type == -1) type = SOCK_STREAM;
        if (proto == -1) proto = 0;
        fd = socket((int)family, (int)type | SOCK_CLOEXEC, (int)proto);
        if (fd < 0) { raise_os(); return -1; }
    }
    s->fd = fd;
    s->family = (int)family;
    s->type = (int)type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = (int)proto;
    double t = default_timeout();
    if (type & SOCK_NONBLOCK) t = 0;
    s->timeout = -1;
    if (t >= 0) apply_timeout(s, t);
    return 0;
}

static Value s_fileno(Value self, const Value *args, size_t nargs, Value kw) { return MKSMALL(SK(self)->fd); }

static Value s_close(Value self, const Value *args, size_t nargs, Value kw)
{
    Sock *s = SK(self);
    if (s->fd >= 0) {
        int fd = (int)s->fd;
        s->fd = -1;
        if (close(fd) < 0 && errno != ECONNRESET) return raise_os();
    }
    return NONE;
}

static Value s_detach(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t fd = SK(self)->fd;
    SK(self)->fd = -1;
    return MKSMALL(fd);
}

static Value s_bind(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("bind", nargs, 1, 1) < 0 || check_open(SK(self)) < 0) return 0;
    SockAddr sa; socklen_t len;
    if (parse_addr(SK(self), args[0], &sa, &len, "bind") < 0) return 0;
    if (bind((int)SK(self)->fd, &sa.sa, len) < 0) return raise_os();
    return NONE;
}

static Value s_listen(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("listen", nargs, 0, 1) < 0 || check_open(SK(self)) < 0) return 0;
    int64_t backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (nargs && int_as_i64(args[0], &backlog) < 0) return 0;
    if (backlog < 0) backlog = 0;
    if (listen((int)SK(self)->fd, (int)backlog) < 0) return raise_os();
    return NONE;
}

/* Run op until it does not fail with EAGAIN (respecting the timeout). op returns
 * >= 0 on success or -1 with errno. */
typedef ssize_t (*SockOp)(Sock *s, void *ctx);
static ssize_t sock_call(Sock *s, bool writing, SockOp op, void *ctx)
{
    double deadline = s->timeout > 0 ? now_mono() + s->timeout : 0;
    for (;;) {
        ThreadState *me = gil_release();
        ssize_t r = op(s, ctx);
        int e = errno;
        gil_acquire(me);
        errno = e;
        if (r >= 0) return r;
        if (errno == EINTR) continue;
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && s->timeout > 0) {
            int w = wait_fd(s, writing ? POLLOUT : POLLIN, deadline);
            if (w < 0) return -1;
            if (w == 0) { raise_timeout(); return -1; }
            continue;
        }
        raise_os();
        return -1;
    }
}

typedef struct IoCtx { char *buf; size_t n; int flags; SockAddr addr; socklen_t alen; int newfd; } IoCtx;

static ssize_t op_accept(Sock *s, void *c)
{
    IoCtx *x = c;
    x->alen = sizeof x->addr;
    int fd = accept4((int)s->fd, &x->addr.sa, &x->alen, SOCK_CLOEXEC);
    if (fd < 0) return -1;
    x->newfd = fd;
    return 0;
}

static Value s_accept(Value self, const Value *args, size_t nargs, Value kw)
{
    if (check_open(SK(self)) < 0) return 0;
    IoCtx x;
    memset(&x, 0, sizeof x);
    if (sock_call(SK(self), false, op_accept, &x) < 0) return 0;
    Value addr = make_addr(&x.addr.sa, x.alen);
    if (!addr) { close(x.newfd); return 0; }
    return tuple_pack(2, MKSMALL(x.newfd), addr);
}

static int do_connect(Sock *s, Value addr, bool raise)
{
    SockAddr sa; socklen_t len;
    if (parse_addr(s, addr, &sa, &len, "connect") < 0) return -1;
    int r;
    ThreadState *me = gil_release();
    do r = connect((int)s->fd, &sa.sa, len); while (r < 0 && errno == EINTR);
    int err = errno;
    gil_acquire(me);
    if (r == 0) return 0;
    if (err == EINPROGRESS && s->timeout > 0) {
        int w = wait_fd(s, POLLOUT, now_mono() + s->timeout);
        if (w < 0) return -1;
        if (w == 0) {
            if (!raise) return EWOULDBLOCK;
            raise_timeout();
            return -1;
        }
        socklen_t el = sizeof err;
        if (getsockopt((int)s->fd, SOL_SOCKET, SO_ERROR, &err, &el) < 0) err = errno;
        if (err == 0) return 0;
    }
    if (!raise) return err;
    errno = err;
    raise_os();
    return -1;
}

static Value s_connect(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("connect", nargs, 1, 1) < 0 || check_open(SK(self)) < 0) return 0;
    return do_connect(SK(self), args[0], true) < 0 ? 0 : NONE;
}

static Value s_connect_ex(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("connect_ex", nargs, 1, 1) < 0 || check_open(SK(self)) < 0) return 0;
    int r = do_connect(SK(self), args[0], false);
    return r < 0 ? 0 : MKSMALL(r);
}

static ssize_t op_send(Sock *s, void *c) { IoCtx *x = c; return send((int)s->fd, x->buf, x->n, x->flags | MSG_NOSIGNAL); }
static ssize_t op_sendto(Sock *s, void *c) { IoCtx *x = c; return sendto((int)s->fd, x->buf, x->n, x->flags | MSG_NOSIGNAL, &x->addr.sa, x->alen); }
static ssize_t op_recv(Sock *s, void *c) { IoCtx *x = c; return recv((int)s->fd, x->buf, x->n, x->flags); }
static ssize_t op_recvfrom(Sock *s, void *c)
{
    IoCtx *x = c;
    x->alen = sizeof x->addr;
    return recvfrom((int)s->fd, x->buf, x->n, x->flags, &x->addr.sa, &x->alen);
}

static int get_flags(const Value *args, size_t nargs, size_t i, int *flags)
{
    int64_t f = 0;
    if (nargs > i && int_as_i64(args[i], &f) < 0) return -1;
    *flags = (int)f;
    return 0;
}

static Value s_send(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("send", nargs, 1, 2) < 0 || check_open(SK(self)) < 0) return 0;
    IoCtx x; memset(&x, 0, sizeof x);
    const char *d; int64_t n;
    if (!bytes_like(args[0], &d, &n)) return raise_TypeError("a bytes-like object is required, not '%T'", args[0]);
    if (get_flags(args, nargs, 1, &x.flags) < 0) return 0;
    x.buf = (char *)d; x.n = (size_t)n;
    ssize_t r = sock_call(SK(self), true, op_send, &x);
    return r < 0 ? 0 : MKSMALL(r);
}

static Value s_sendall(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("sendall", nargs, 1, 2) < 0 || check_open(SK(self)) < 0) return 0;
    IoCtx x; memset(&x, 0, sizeof x);
    const char *d; int64_t n;
    if (!bytes_like(args[0], &d, &n)) return raise_TypeError("a bytes-like object is required, not '%T'", args[0]);
    if (get_flags(args, nargs, 1, &x.flags) < 0) return 0;
    while (n > 0) {
        x.buf = (char *)d; x.n = (size_t)n;
        ssize_t r = sock_call(SK(self), true, op_send, &x);
        if (r < 0) return 0;
        d += r; n -= r;
    }
    return NONE;
}

static Value s_sendto(Value self, const Value *args, size_t nargs, Value kw)
{
    if (check_open(SK(self)) < 0) return 0;
    if (nargs != 2 && nargs != 3) return raise_TypeError("sendto() takes 2 or 3 arguments (%zu given)", nargs);
    IoCtx x; memset(&x, 0, sizeof x);
    const char *d; int64_t n;
    if (!bytes_like(args[0], &d, &n)) return raise_TypeError("a bytes-like object is required, not '%T'", args[0]);
    if (nargs == 3 && get_flags(args, nargs, 1, &x.flags) < 0) return 0;
    if (parse_addr(SK(self), args[nargs - 1], &x.addr, &x.alen, "sendto") < 0) return 0;
    x.buf = (char *)d; x.n = (size_t)n;
    ssize_t r = sock_call(SK(self), true, op_sendto, &x);
    return r < 0 ? 0 : MKSMALL(r);
}

static Value s_recv(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("recv", nargs, 1, 2) < 0 || check_open(SK(self)) < 0) return 0;
    int64_t n;
    IoCtx x; memset(&x, 0, sizeof x);
    if (int_as_i64(args[0], &n) < 0 || get_flags(args, nargs, 1, &x.flags) < 0) return 0;
    if (n < 0) return raise_ValueError("negative buffersize in recv");
    x.buf = malloc((size_t)n + 1); x.n = (size_t)n;
    if (!x.buf) return raise_memory();
    ssize_t r = sock_call(SK(self), false, op_recv, &x);
    Value res = r < 0 ? 0 : bytes_new(x.buf, (size_t)r);
    free(x.buf);
    return res;
}

static Value s_recvfrom(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("recvfrom", nargs, 1, 2) < 0 || check_open(SK(self)) < 0) return 0;
    int64_t n;
    IoCtx x; memset(&x, 0, sizeof x);
    if (int_as_i64(args[0], &n) < 0 || get_flags(args, nargs, 1, &x.flags) < 0) return 0;
    if (n < 0) return raise_ValueError("negative buffersize in recvfrom");
    x.buf = malloc((size_t)n + 1); x.n = (size_t)n;
    if (!x.buf) return raise_memory();
    ssize_t r = sock_call(SK(self), false, op_recvfrom, &x);
    Value data = r < 0 ? 0 : bytes_new(x.buf, (size_t)r);
    free(x.buf);
    if (!data) return 0;
    Value addr = make_addr(&x.addr.sa, x.alen);
    return addr ? tuple_pack(2, data, addr) : 0;
}

static int writable_buf(Value v, char **p, int64_t *n)
{
    if (writable_buffer(v, p, n)) return 0;
    raise_TypeError("recv_into() argument 'buffer' must be read-write bytes-like object, not %T", v);
    return -1;
}

static Value recv_into_common(Value self, const Value *args, size_t nargs, Value kw, bool from)
{
    static const char *const names[] = { "buffer", "nbytes", "flags", NULL };
    Value a[3];
    if (args_parse(from ? "recvfrom_into" : "recv_into", args, nargs, kw, names, 1, a) < 0 || check_open(SK(self)) < 0) return 0;
    char *p; int64_t n, want = 0, fl = 0;
    if (writable_buf(a[0], &p, &n) < 0) return 0;
    if ((a[1] && int_as_i64(a[1], &want) < 0) || (a[2] && int_as_i64(a[2], &fl) < 0)) return 0;
    if (want < 0) return raise_ValueError("negative buffersize in recv_into");
    if (want == 0) want = n;
    if (want > n) return raise_ValueError("buffer too small for requested bytes");
    IoCtx x; memset(&x, 0, sizeof x);
    x.buf = p; x.n = (size_t)want; x.flags = (int)fl;
    ssize_t r = sock_call(SK(self), false, from ? op_recvfrom : op_recv, &x);
    if (r < 0) return 0;
    if (!from) return MKSMALL(r);
    Value addr = make_addr(&x.addr.sa, x.alen);
    return addr ? tuple_pack(2, MKSMALL(r), addr) : 0;
}

static Value s_recv_into(Value self, const Value *args, size_t nargs, Value kw) { return recv_into_common(self, args, nargs, kw, false); }
static Value s_recvfrom_into(Value self, const Value *args, size_t nargs, Value kw) { return recv_into_common(self, args, nargs, kw, true); }

static Value s_shutdown(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t how;
    if (args_count("shutdown", nargs, 1, 1) < 0 || check_open(SK(self)) < 0 || int_as_i64(args[0], &how) < 0) return 0;
    if (shutdown((int)SK(self)->fd, (int)how) < 0) return raise_os();
    return NONE;
}

static Value s_getsockname(Value self, const Value *args, size_t nargs, Value kw)
{
    if (check_open(SK(self)) < 0) return 0;
    SockAddr sa; socklen_t len = sizeof sa;
    memset(&sa, 0, sizeof sa);
    if (getsockname((int)SK(self)->fd, &sa.sa, &len) < 0) return raise_os();
    return make_addr(&sa.sa, len);
}

static Value s_getpeername(Value self, const Value *args, size_t nargs, Value kw)
{
    if (check_open(SK(self)) < 0) return 0;
    SockAddr sa; socklen_t len = sizeof sa;
    memset(&sa, 0, sizeof sa);
    if (getpeername((int)SK(self)->fd, &sa.sa, &len) < 0) return raise_os();
    return make_addr(&sa.sa, len);
}

static Value s_setsockopt(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("setsockopt", nargs, 3, 4) < 0 || check_open(SK(self)) < 0) return 0;
    int64_t level, opt;
    if (int_as_i64(args[0], &level) < 0 || int_as_i64(args[1], &opt) < 0) return 0;
    int r;
    if (nargs == 4) {
        int64_t optlen;
        if (args[2] != NONE) return raise_TypeError("setsockopt() takes 3 or 4 arguments with None as the third");
        if (int_as_i64(args[3], &optlen) < 0) return 0;
        r = setsockopt((int)SK(self)->fd, (int)level, (int)opt, NULL, (socklen_t)optlen);
    } else if (IS_INT(args[2])) {
        int64_t v;
        if (int_as_i64(args[2], &v) < 0) return 0;
        int iv = (int)v;
        r = setsockopt((int)SK(self)->fd, (int)level, (int)opt, &iv, sizeof iv);
    } else {
        const char *d; int64_t n;
        if (!bytes_like(args[2], &d, &n)) return raise_TypeError("a bytes-like object is required, not '%T'", args[2]);
        r = setsockopt((int)SK(self)->fd, (int)level, (int)opt, d, (socklen_t)n);
    }
    if (r < 0) return raise_os();
    return NONE;
}

static Value s_getsockopt(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getsockopt", nargs, 2, 3) < 0 || check_open(SK(self)) < 0) return 0;
    int64_t level, opt, buflen = 0;
    if (int_as_i64(args[0], &level) < 0 || int_as_i64(args[1], &opt) < 0) return 0;
    if (nargs == 3 && int_as_i64(args[2], &buflen) < 0) return 0;
    if (nargs < 3) {
        int v = 0; socklen_t l = sizeof v;
        if (getsockopt((int)SK(self)->fd, (int)level, (int)opt, &v, &l) < 0) return raise_os();
        return MKSMALL(v);
    }
    if (buflen <= 0 || buflen > 1024) return raise_fmt(E(OSError), "getsockopt buflen out of range");
    char buf[1024]; socklen_t l = (socklen_t)buflen;
    if (getsockopt((int)SK(self)->fd, (int)level, (int)opt, buf, &l) < 0) return raise_os();
    return bytes_new(buf, l);
}

/* Timeouts: None -> -1; a number >= 0. */
static int parse_timeout(Value v, double *out)
{
    if (v == NONE) { *out = -1; return 0; }
    double d;
    if (IS_FLOAT(v)) d = FLOAT_VAL(v);
    else if (IS_INT(v)) { int ovf = 0; d = int_as_double(v, &ovf); }
    else {
        Value f = obj_lookup_special(v, S(__float__));
        if (!f) { raise_TypeError("'%T' object cannot be interpreted as an integer", v); return -1; }
        if (float_as_double(v, &d) < 0) return -1;
    }
    if (d != d) { raise_ValueError("Invalid value NaN (not a number)"); return -1; }
    if (d < 0) { raise_ValueError("Timeout value out of range"); return -1; }
    *out = d;
    return 0;
}

static Value timeout_value(double t) { return t < 0 ? NONE : float_new(t); }

static Value s_settimeout(Value self, const Value *args, size_t nargs, Value kw)
{
    double t;
    if (args_count("settimeout", nargs, 1, 1) < 0 || parse_timeout(args[0], &t) < 0) return 0;
    apply_timeout(SK(self), t);
    return NONE;
}

static Value s_gettimeout(Value self, const Value *args, size_t nargs, Value kw) { return timeout_value(SK(self)->timeout); }

static Value s_setblocking(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("setblocking", nargs, 1, 1) < 0) return 0;
    int b = obj_truthy(args[0]);
    if (b < 0) return 0;
    apply_timeout(SK(self), b ? -1 : 0);
    return NONE;
}

static Value s_getblocking(Value self, const Value *args, size_t nargs, Value kw)
{
    if (check_open(SK(self)) < 0) return 0;
    return BOOL_V(SK(self)->timeout != 0);
}

static Value s_repr(Value self)
{
    Sock *s = SK(self);
    return str_fmt("<socket object, fd=%lld, family=%d, type=%d, proto=%d>", (long long)s->fd, s->family, s->type, s->proto);
}

static Value s_enter(Value self, const Value *args, size_t nargs, Value kw) { return self; }
static Value s_exit(Value self, const Value *args, size_t nargs, Value kw) { return s_close(self, NULL, 0, 0) ? NONE : 0; }

static Value g_family(Value self) { return MKSMALL(SK(self)->family); }
static Value g_type(Value self) { return MKSMALL(SK(self)->type); }
static Value g_proto(Value self) { return MKSMALL(SK(self)->proto); }
static Value g_timeout(Value self) { return timeout_value(SK(self)->timeout); }

/* -- sendmsg / recvmsg (ancillary data: file descriptors, credentials) ------------ */

typedef struct MsgCtx { struct msghdr m; int flags; } MsgCtx;

static ssize_t op_sendmsg(Sock *s, void *c) { MsgCtx *x = c; return sendmsg((int)s->fd, &x->m, x->flags); }
static ssize_t op_recvmsg(Sock *s, void *c) { MsgCtx *x = c; return recvmsg((int)s->fd, &x->m, x->flags); }

/* An iterable argument as a list; TypeError "<fname>() argument <n> must be an iterable". */
static Value iterable_arg(const char *fname, int argno, Value v)
{
    Value it = obj_iter(v);
    if (!it) {
        if (!exc_matches(E(TypeError))) return 0;
        exc_clear();
        return raise_TypeError("%s() argument %d must be an iterable", fname, argno);
    }
    return list_from_iter(it);
}

static Value s_sendmsg(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("sendmsg", kw) < 0 || args_count("sendmsg", nargs, 1, 4) < 0 || check_open(SK(self)) < 0) return 0;
    Value bufs = iterable_arg("sendmsg", 1, args[0]);
    if (!bufs) return 0;
    Value anc = nargs > 1 ? iterable_arg("sendmsg", 2, args[1]) : list_new(0);
    if (!anc) return 0;
    MsgCtx x;
    memset(&x, 0, sizeof x);
    if (get_flags(args, nargs, 2, &x.flags) < 0) return 0;
    SockAddr sa;
    socklen_t alen = 0;
    if (nargs > 3 && args[3] != NONE) {
        if (parse_addr(SK(self), args[3], &sa, &alen, "sendmsg") < 0) return 0;
        x.m.msg_name = &sa;
        x.m.msg_namelen = alen;
    }
    int64_t nb = LIST_SIZE(bufs), na = LIST_SIZE(anc);
    struct iovec *iov = calloc((size_t)nb + 1, sizeof *iov);
    size_t space = 0;
    for (int64_t i = 0; i < nb; i++) {
        const char *d; int64_t n;
        if (!bytes_like(LIST_ITEMS(bufs)[i], &d, &n)) {
            free(iov);
            return raise_TypeError("a bytes-like object is required, not '%T'", LIST_ITEMS(bufs)[i]);
        }
        iov[i].iov_base = (void *)d;
        iov[i].iov_len = (size_t)n;
    }
    for (int64_t i = 0; i < na; i++) {
        Value t = LIST_ITEMS(anc)[i];
        const char *d; int64_t n;
        if (!IS_TUPLE(t) || TUPLE_SIZE(t) != 3) {
            free(iov);
            return raise_TypeError("[sendmsg() ancillary data items]() argument must be sequence of length 3, not %d",
                                   IS_TUPLE(t) ? (int)TUPLE_SIZE(t) : 0);
        }
        if (!bytes_like(TUPLE_ITEMS(t)[2], &d, &n)) {
            free(iov);
            return raise_TypeError("a bytes-like object is required, not '%T'", TUPLE_ITEMS(t)[2]);
        }
        space += CMSG_SPACE((size_t)n);
    }
    char *ctl = space ? calloc(1, space) : NULL;
    x.m.msg_iov = iov;
    x.m.msg_iovlen = (size_t)nb;
    x.m.msg_control = ctl;
    x.m.msg_controllen = space;
    struct cmsghdr *cm = space ? CMSG_FIRSTHDR(&x.m) : NULL;
    for (int64_t i = 0; i < na; i++, cm = CMSG_NXTHDR(&x.m, cm)) {
        Value t = LIST_ITEMS(anc)[i];
        int64_t level, type;
        const char *d; int64_t n;
        if (int_as_i64(TUPLE_ITEMS(t)[0], &level) < 0 || int_as_i64(TUPLE_ITEMS(t)[1], &type) < 0) {
            free(iov); free(ctl);
            return 0;
        }
        bytes_like(TUPLE_ITEMS(t)[2], &d, &n);
        cm->cmsg_level = (int)level;
        cm->cmsg_type = (int)type;
        cm->cmsg_len = CMSG_LEN((size_t)n);
        memcpy(CMSG_DATA(cm), d, (size_t)n);
    }
    ssize_t r = sock_call(SK(self), true, op_sendmsg, &x);
    free(iov);
    free(ctl);
    return r < 0 ? 0 : int_from_i64(r);
}

/* recvmsg and recvmsg_into: the message into iov, then (n, ancdata, msg_flags, address). */
static Value recvmsg_common(Value self, struct iovec *iov, size_t niov, const Value *args, size_t nargs,
                            const char *fname, ssize_t *got)
{
    int64_t ancsize = 0;
    MsgCtx x;
    memset(&x, 0, sizeof x);
    if (nargs > 1 && int_as_i64(args[1], &ancsize) < 0) return 0;
    if (ancsize < 0 || ancsize > INT32_MAX) return raise_ValueError("invalid ancillary data buffer length");
    if (get_flags(args, nargs, 2, &x.flags) < 0) return 0;
    SockAddr sa;
    memset(&sa, 0, sizeof sa);
    char *ctl = ancsize ? calloc(1, (size_t)ancsize) : NULL;
    x.m.msg_name = &sa;
    x.m.msg_namelen = sizeof sa;
    x.m.msg_iov = iov;
    x.m.msg_iovlen = niov;
    x.m.msg_control = ctl;
    x.m.msg_controllen = (size_t)ancsize;
    ssize_t r = sock_call(SK(self), false, op_recvmsg, &x);
    if (r < 0) { free(ctl); return 0; }
    *got = r;
    Value anc = list_new(0);
    if (ctl && x.m.msg_controllen)
        for (struct cmsghdr *cm = CMSG_FIRSTHDR(&x.m); cm; cm = CMSG_NXTHDR(&x.m, cm)) {
            size_t n = cm->cmsg_len - CMSG_LEN(0);
            list_append(anc, tuple_pack(3, MKSMALL(cm->cmsg_level), MKSMALL(cm->cmsg_type),
                                        bytes_new((const char *)CMSG_DATA(cm), n)));
        }
    free(ctl);
    Value addr = make_addr(&sa.sa, x.m.msg_namelen);
    if (!addr) return 0;
    return tuple_pack(3, anc, MKSMALL(x.m.msg_flags), addr);
}

static Value s_recvmsg(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("recvmsg", kw) < 0 || args_count("recvmsg", nargs, 1, 3) < 0 || check_open(SK(self)) < 0) return 0;
    int64_t n;
    if (int_as_i64(args[0], &n) < 0) return 0;
    if (n < 0) return raise_ValueError("negative buffer size in recvmsg()");
    char *buf = malloc((size_t)n + 1);
    struct iovec iov = { buf, (size_t)n };
    ssize_t got = 0;
    Value rest = recvmsg_common(self, &iov, 1, args, nargs, "recvmsg", &got);
    Value data = rest ? bytes_new(buf, (size_t)got) : 0;
    free(buf);
    if (!rest) return 0;
    return tuple_pack(4, data, TUPLE_ITEMS(rest)[0], TUPLE_ITEMS(rest)[1], TUPLE_ITEMS(rest)[2]);
}

static Value s_recvmsg_into(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("recvmsg_into", kw) < 0 || args_count("recvmsg_into", nargs, 1, 3) < 0 || check_open(SK(self)) < 0) return 0;
    Value bufs = iterable_arg("recvmsg_into", 1, args[0]);
    if (!bufs) return 0;
    int64_t nb = LIST_SIZE(bufs);
    struct iovec *iov = calloc((size_t)nb + 1, sizeof *iov);
    for (int64_t i = 0; i < nb; i++) {
        char *d; int64_t n;
        if (!writable_buffer(LIST_ITEMS(bufs)[i], &d, &n)) {
            free(iov);
            return raise_TypeError("recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers");
        }
        iov[i].iov_base = d;
        iov[i].iov_len = (size_t)n;
    }
    ssize_t got = 0;
    Value rest = recvmsg_common(self, iov, (size_t)nb, args, nargs, "recvmsg_into", &got);
    free(iov);
    if (!rest) return 0;
    return tuple_pack(4, int_from_i64(got), TUPLE_ITEMS(rest)[0], TUPLE_ITEMS(rest)[1], TUPLE_ITEMS(rest)[2]);
}

static const MethodDef sock_methods[] = {
    { "_accept", s_accept, 0, NULL }, { "bind", s_bind, 0, NULL }, { "listen", s_listen, 0, NULL },
    { "connect", s_connect, 0, NULL }, { "connect_ex", s_connect_ex, 0, NULL },
    { "send", s_send, 0, NULL }, { "sendall", s_sendall, 0, NULL }, { "sendto", s_sendto, 0, NULL },
    { "recv", s_recv, 0, NULL }, { "recv_into", s_recv_into, 0, NULL }, { "recvfrom", s_recvfrom, 0, NULL },
    { "recvfrom_into", s_recvfrom_into, 0, NULL },
    { "sendmsg", s_sendmsg, 0, NULL }, { "recvmsg", s_recvmsg, 0, NULL }, { "recvmsg_into", s_recvmsg_into, 0, NULL },
    { "close", s_close, 0, NULL }, { "detach", s_detach, 0, NULL }, { "fileno", s_fileno, 0, NULL },
    { "shutdown", s_shutdown, 0, NULL }, { "getsockname", s_getsockname, 0, NULL },
    { "getpeername", s_getpeername, 0, NULL }, { "setsockopt", s_setsockopt, 0, NULL },
    { "getsockopt", s_getsockopt, 0, NULL }, { "settimeout", s_settimeout, 0, NULL },
    { "gettimeout", s_gettimeout, 0, NULL }, { "setblocking", s_setblocking, 0, NULL },
    { "getblocking", s_getblocking, 0, NULL }, { "__enter__", s_enter, 0, NULL }, { "__exit__", s_exit, 0, NULL },
    { NULL, NULL, 0, NULL },
};
static const GetSetDef sock_getsets[] = {
    { "family", g_family, NULL, "the socket family" }, { "type", g_type, NULL, "the socket type" },
    { "proto", g_proto, NULL, "the socket protocol" }, { "timeout", g_timeout, NULL, "the socket timeout" },
    { NULL, NULL, NULL, NULL },
};

const TypeSpec socket_obj_spec = {
    .name = "_socket.socket", .base = -1, .basicsize = sizeof(Sock), .flags = TF_BASETYPE,
    .new_ = sock_new, .init = sock_init, .finalize = sock_finalize, .repr = s_repr,
    .methods = sock_methods, .getsets = sock_getsets,
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object",
};

/* -- module functions ------------------------------------------------------------ */

/* -- network interfaces, host name ------------------------------------------- */

static Value m_if_nameindex(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("if_nameindex", nargs, 0, 0) < 0) return 0;
    struct if_nameindex *ni = if_nameindex();
    if (!ni) return raise_os();
    Value l = list_new(0);
    for (struct if_nameindex *p = ni; p->if_index; p++)
        list_append(l, tuple_pack(2, int_from_u64(p->if_index), str_decode(p->if_name, strlen(p->if_name), "utf-8", "surrogateescape")));
    if_freenameindex(ni);
    return l;
}

static Value m_if_nametoindex(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("if_nametoindex", nargs, 1, 1) < 0) return 0;
    Value b = args[0];
    if (IS_STR(b)) b = str_encode(b, "utf-8", "surrogateescape");
    else if (!IS_TYPE(b, bytes)) return raise_TypeError("expected str, bytes or os.PathLike object, not %T", b);
    if (!b) return 0;
    unsigned idx = if_nametoindex(BYTES_DATA(b));
    if (!idx) return raise_fmt(E(OSError), "no interface with this name");
    return int_from_u64(idx);
}

static Value m_if_indextoname(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("if_indextoname", nargs, 1, 1) < 0) return 0;
    if (!IS_INT(args[0]) || IS_FLOAT(args[0])) return raise_TypeError("an integer is required");
    int64_t i;
    if (int_as_i64(args[0], &i) < 0) return 0;
    if (i < 0) return raise_OverflowError("can't convert negative value to unsigned int");
    if (i > UINT32_MAX) return raise_OverflowError("Python int too large to convert to C unsigned long");
    char name[IF_NAMESIZE + 1];
    if (!if_indextoname((unsigned)i, name)) return raise_os();
    return str_decode(name, strlen(name), "utf-8", "surrogateescape");
}

static Value m_sethostname(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("sethostname", nargs, 1, 1) < 0) return 0;
    Value b = args[0];
    if (IS_STR(b)) b = str_encode(b, "utf-8", "surrogateescape");
    const char *d; int64_t n;
    if (!b) return 0;
    if (!bytes_like(b, &d, &n)) return raise_TypeError("expected str, bytes or os.PathLike object, not %T", args[0]);
    if (sethostname(d, (size_t)n) < 0) return raise_os();
    return NONE;
}

static Value m_gethostname(Value self, const Value *args, size_t nargs, Value kw)
{
    char buf[1024];
    if (gethostname(buf, sizeof buf - 1) < 0) return raise_os();
    buf[sizeof buf - 1] = 0;
    return str_from_cstr(buf);
}

static int host_cstr(Value v, char *buf, size_t cap, bool allow_none)
{
    if (allow_none && v == NONE) { buf[0] = 0; return 1; }
    const char *d; int64_t n;
    if (IS_STR(v)) { d = STR_DATA(v); n = STR_NBYTES(v); }
    else if (!bytes_like(v, &d, &n)) { raise_TypeError("getaddrinfo() argument 1 must be string or None"); return -1; }
    if ((size_t)n >= cap) { raise_fmt(E(UnicodeError), "label too long"); return -1; }
    memcpy(buf, d, (size_t)n); buf[n] = 0;
    return 0;
}

static Value m_getaddrinfo(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "host", "port", "family", "type", "proto", "flags", NULL };
    Value a[6];
    if (args_parse("getaddrinfo", args, nargs, kw, names, 2, a) < 0) return 0;
    char host[1024], port[64];
    int hn = host_cstr(a[0], host, sizeof host, true);
    if (hn < 0) return 0;
    const char *pp = NULL;
    if (IS_INT(a[1])) {
        int64_t p;
        if (int_as_i64(a[1], &p) < 0) return 0;
        snprintf(port, sizeof port, "%lld", (long long)p);
        pp = port;
    } else if (IS_STR(a[1]) || (IS_OBJ(a[1]) && TYPE(a[1]) == T(bytes))) {
        const char *d = IS_STR(a[1]) ? STR_DATA(a[1]) : BYTES_DATA(a[1]);
        snprintf(port, sizeof port, "%s", d);
        pp = port;
    } else if (a[1] != NONE) {
        return raise_fmt(E(OSError), "Int or String expected");
    }
    int64_t fam = 0, typ = 0, pro = 0, fl = 0;
    if ((a[2] && int_as_i64(a[2], &fam) < 0) || (a[3] && int_as_i64(a[3], &typ) < 0) ||
        (a[4] && int_as_i64(a[4], &pro) < 0) || (a[5] && int_as_i64(a[5], &fl) < 0)) return 0;
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = (int)fam; hints.ai_socktype = (int)typ; hints.ai_protocol = (int)pro; hints.ai_flags = (int)fl;
    name_services_ready();
    int err = getaddrinfo(hn == 1 ? NULL : host, pp, &hints, &res);
    if (err) return raise_gai(err);
    Value list = list_new(0);
    for (struct addrinfo *r = res; r; r = r->ai_next) {
        Value addr = make_addr(r->ai_addr, r->ai_addrlen);
        Value item = addr ? tuple_pack(5, MKSMALL(r->ai_family), MKSMALL(r->ai_socktype), MKSMALL(r->ai_protocol),
                                       str_from_cstr(r->ai_canonname ? r->ai_canonname : ""), addr) : 0;
        if (!item || list_append(list, item) < 0) { freeaddrinfo(res); return 0; }
    }
    freeaddrinfo(res);
    return list;
}

static Value m_gethostbyname(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("gethostbyname", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("gethostbyname() argument 1 must be str, bytes or bytearray, not %T", args[0]);
    SockAddr sa;
    memset(&sa, 0, sizeof sa);
    if (set_ip(args[0], &sa.sa, AF_INET) < 0) return 0;
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &sa.in4.sin_addr, buf, sizeof buf);
    return str_from_cstr(buf);
}

static Value m_gethostbyname_ex(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("gethostbyname_ex", nargs, 1, 1) < 0) return 0;
    char host[1024];
    if (host_cstr(args[0], host, sizeof host, false) < 0) return 0;
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET; hints.ai_socktype = SOCK_STREAM; hints.ai_flags = AI_CANONNAME;
    name_services_ready();
    int err = getaddrinfo(host, NULL, &hints, &res);
    if (err) return raise_gai(err);
    Value name = str_from_cstr(res->ai_canonname ? res->ai_canonname : host);
    Value addrs = list_new(0);
    for (struct addrinfo *r = res; r; r = r->ai_next) {
        char ip[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &((struct sockaddr_in *)r->ai_addr)->sin_addr, ip, sizeof ip);
        Value s = str_from_cstr(ip);
        int c = obj_contains(addrs, s);
        if (c < 0 || (!c && list_append(addrs, s) < 0)) { freeaddrinfo(res); return 0; }
    }
    freeaddrinfo(res);
    return tuple_pack(3, name, list_new(0), addrs);
}

static Value cmsg_common(const char *fname, const Value *args, size_t nargs, bool space)
{
    int64_t n;
    if (args_count(fname, nargs, 1, 1) < 0 || int_as_i64(args[0], &n) < 0) return 0;
    if (n < 0 || n > (int64_t)(1 << 30)) return raise_OverflowError("%s() argument out of range", fname);
    return MKSMALL(space ? CMSG_SPACE((size_t)n) : CMSG_LEN((size_t)n));
}
static Value m_CMSG_LEN(Value self, const Value *args, size_t nargs, Value kw) { return cmsg_common("CMSG_LEN", args, nargs, false); }
static Value m_CMSG_SPACE(Value self, const Value *args, size_t nargs, Value kw) { return cmsg_common("CMSG_SPACE", args, nargs, true); }

static Value m_gethostbyaddr(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("gethostbyaddr", nargs, 1, 1) < 0) return 0;
    char host[1024];
    if (host_cstr(args[0], host, sizeof host, false) < 0) return 0;
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    name_services_ready();
    int err = getaddrinfo(host, NULL, &hints, &res);
    if (err) return raise_gai(err);
    char name[NI_MAXHOST], ip[INET6_ADDRSTRLEN];
    err = getnameinfo(res->ai_addr, res->ai_addrlen, name, sizeof name, NULL, 0, NI_NAMEREQD);
    if (res->ai_family == AF_INET) inet_ntop(AF_INET, &((struct sockaddr_in *)res->ai_addr)->sin_addr, ip, sizeof ip);
    else inet_ntop(AF_INET6, &((struct sockaddr_in6 *)res->ai_addr)->sin6_addr, ip, sizeof ip);
    freeaddrinfo(res);
    if (err) {
        Value cls = mod_attr("herror");
        Value eargs[2] = { MKSMALL(1), str_from_cstr("Unknown host") };
        Value e = cls ? obj_call(cls, eargs, 2, 0) : 0;
        return e ? raise_value(e) : 0;
    }
    return tuple_pack(3, str_from_cstr(name), list_new(0), list_from((Value[]){ str_from_cstr(ip) }, 1));
}

static Value m_getnameinfo(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getnameinfo", nargs, 2, 2) < 0) return 0;
    Value sa = args[0];
    int64_t flags;
    if (!IS_TUPLE(sa)) return raise_TypeError("getnameinfo() argument 1 must be a tuple");
    if (int_as_i64(args[1], &flags) < 0) return 0;
    if (TUPLE_SIZE(sa) < 2 || TUPLE_SIZE(sa) > 4) return raise_TypeError("getnameinfo(): illegal sockaddr argument");
    Sock tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.family = TUPLE_SIZE(sa) == 2 ? AF_INET : AF_INET6;
    SockAddr a; socklen_t len;
    if (TUPLE_SIZE(sa) == 2 && IS_STR(TUPLE_ITEMS(sa)[0]) && strchr(STR_DATA(TUPLE_ITEMS(sa)[0]), ':')) tmp.family = AF_INET6;
    if (parse_addr(&tmp, sa, &a, &len, "getnameinfo") < 0) return 0;
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    name_services_ready();
    int err = getnameinfo(&a.sa, len, host, sizeof host, serv, sizeof serv, (int)flags);
    if (err) return raise_gai(err);
    return tuple_pack(2, str_from_cstr(host), str_from_cstr(serv));
}

static Value m_getservbyname(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getservbyname", nargs, 1, 2) < 0) return 0;
    if (!IS_STR(args[0]) || (nargs > 1 && !IS_STR(args[1]))) return raise_TypeError("getservbyname() argument must be str");
    name_services_ready();
    struct servent *se = getservbyname(STR_DATA(args[0]), nargs > 1 ? STR_DATA(args[1]) : NULL);
    if (!se) return raise_fmt(E(OSError), "service/proto not found");
    return MKSMALL(ntohs((uint16_t)se->s_port));
}

static Value m_getservbyport(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getservbyport", nargs, 1, 2) < 0) return 0;
    int64_t port;
    if (int_as_i64(args[0], &port) < 0) return 0;
    if (port < 0 || port > 65535) return raise_OverflowError("getservbyport: port must be 0-65535.");
    name_services_ready();
    struct servent *se = getservbyport(htons((uint16_t)port), nargs > 1 && IS_STR(args[1]) ? STR_DATA(args[1]) : NULL);
    if (!se) return raise_fmt(E(OSError), "port/proto not found");
    return str_from_cstr(se->s_name);
}

static Value m_getprotobyname(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getprotobyname", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("getprotobyname() argument 1 must be str, not %T", args[0]);
    name_services_ready();
    struct protoent *pe = getprotobyname(STR_DATA(args[0]));
    if (!pe) return raise_fmt(E(OSError), "protocol not found");
    return MKSMALL(pe->p_proto);
}

static Value m_inet_aton(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("inet_aton", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("inet_aton() argument 1 must be str, not %T", args[0]);
    struct in_addr a;
    if (!inet_aton(STR_DATA(args[0]), &a)) return raise_fmt(E(OSError), "illegal IP address string passed to inet_aton");
    return bytes_new((const char *)&a, 4);
}

static Value m_inet_ntoa(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("inet_ntoa", nargs, 1, 1) < 0) return 0;
    const char *d; int64_t n;
    if (!bytes_like(args[0], &d, &n)) return raise_TypeError("a bytes-like object is required, not '%T'", args[0]);
    if (n != 4) return raise_fmt(E(OSError), "packed IP wrong length for inet_ntoa");
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, d, buf, sizeof buf);
    return str_from_cstr(buf);
}

static Value m_inet_pton(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t af;
    if (args_count("inet_pton", nargs, 2, 2) < 0 || int_as_i64(args[0], &af) < 0) return 0;
    if (!IS_STR(args[1])) return raise_TypeError("inet_pton() argument 2 must be str, not %T", args[1]);
    unsigned char buf[16];
    int r = inet_pton((int)af, STR_DATA(args[1]), buf);
    if (r < 0) return raise_os();
    if (r == 0) return raise_fmt(E(OSError), "illegal IP address string passed to inet_pton");
    return bytes_new((const char *)buf, af == AF_INET ? 4 : 16);
}

static Value m_inet_ntop(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t af;
    if (args_count("inet_ntop", nargs, 2, 2) < 0 || int_as_i64(args[0], &af) < 0) return 0;
    const char *d; int64_t n;
    if (!bytes_like(args[1], &d, &n)) return raise_TypeError("a bytes-like object is required, not '%T'", args[1]);
    if (af == AF_INET && n != 4) return raise_ValueError("invalid length of packed IP address string");
    if (af == AF_INET6 && n != 16) return raise_ValueError("invalid length of packed IP address string");
    if (af != AF_INET && af != AF_INET6) return raise_ValueError("unknown address family %lld", (long long)af);
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop((int)af, d, buf, sizeof buf)) return raise_os();
    return str_from_cstr(buf);
}

static Value swap_common(const char *fname, const Value *args, size_t nargs, bool sixteen)
{
    int64_t v;
    if (args_count(fname, nargs, 1, 1) < 0) return 0;
    if (!IS_INT(args[0])) return raise_TypeError("expected int, %T found", args[0]);
    if (int_as_i64(args[0], &v) < 0) return 0;
    if (v < 0) return raise_OverflowError(sixteen ? "%s: can't convert negative Python int to C 16-bit unsigned integer"
                                                  : "can't convert negative value to unsigned int", fname);
    if (sixteen) {
        if (v > 0xffff) return raise_OverflowError("%s: Python int too large to convert to C 16-bit unsigned integer", fname);
        return MKSMALL(htons((uint16_t)v));
    }
    if (v > 0xffffffffLL) return raise_OverflowError("int larger than 32 bits");
    return int_from_u64(htonl((uint32_t)v));
}

static Value m_htons(Value self, const Value *args, size_t nargs, Value kw) { return swap_common("htons", args, nargs, true); }
static Value m_ntohs(Value self, const Value *args, size_t nargs, Value kw) { return swap_common("ntohs", args, nargs, true); }
static Value m_htonl(Value self, const Value *args, size_t nargs, Value kw) { return swap_common("htonl", args, nargs, false); }
static Value m_ntohl(Value self, const Value *args, size_t nargs, Value kw) { return swap_common("ntohl", args, nargs, false); }

static Value m_getdefaulttimeout(Value self, const Value *args, size_t nargs, Value kw) { return timeout_value(default_timeout()); }

static Value m_setdefaulttimeout(Value self, const Value *args, size_t nargs, Value kw)
{
    double t;
    if (args_count("setdefaulttimeout", nargs, 1, 1) < 0 || parse_timeout(args[0], &t) < 0) return 0;
    if (dict_set_cstr(kiln_state_dict(), "socket_default_timeout", t < 0 ? NONE : float_new(t)) < 0) return 0;
    return NONE;
}

static Value m_dup(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t fd;
    if (args_count("dup", nargs, 1, 1) < 0 || int_as_i64(args[0], &fd) < 0) return 0;
    int r = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return raise_os();
    return MKSMALL(r);
}

static Value m_close(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t fd;
    if (args_count("close", nargs, 1, 1) < 0 || int_as_i64(args[0], &fd) < 0) return 0;
    if (close((int)fd) < 0 && errno != ECONNRESET) return raise_os();
    return NONE;
}

static Value m_socketpair(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("socketpair", nargs, 0, 3) < 0) return 0;
    int64_t fam = AF_UNIX, typ = SOCK_STREAM, pro = 0;
    if ((nargs > 0 && args[0] != NONE && int_as_i64(args[0], &fam) < 0) ||
        (nargs > 1 && int_as_i64(args[1], &typ) < 0) || (nargs > 2 && int_as_i64(args[2], &pro) < 0)) return 0;
    int sv[2];
    if (socketpair((int)fam, (int)typ | SOCK_CLOEXEC, (int)pro, sv) < 0) return raise_os();
    Value fargs[4] = { MKSMALL(fam), MKSMALL(typ), MKSMALL(pro), MKSMALL(sv[0]) };
    Value a = obj_type_call(T(socket_obj), fargs, 4, 0);
    if (!a) { close(sv[0]); close(sv[1]); return 0; }
    fargs[3] = MKSMALL(sv[1]);
    Value b = obj_type_call(T(socket_obj), fargs, 4, 0);
    if (!b) { close(sv[1]); return 0; }
    return tuple_pack(2, a, b);
}

static const MethodDef socket_methods[] = {
    { "gethostname", m_gethostname, 0, NULL }, { "getaddrinfo", m_getaddrinfo, 0, NULL },
    { "if_nameindex", m_if_nameindex, 0, NULL }, { "if_nametoindex", m_if_nametoindex, 0, NULL },
    { "if_indextoname", m_if_indextoname, 0, NULL }, { "sethostname", m_sethostname, 0, NULL },
    { "gethostbyname", m_gethostbyname, 0, NULL }, { "gethostbyname_ex", m_gethostbyname_ex, 0, NULL },
    { "CMSG_LEN", m_CMSG_LEN, 0, NULL }, { "CMSG_SPACE", m_CMSG_SPACE, 0, NULL }, { "gethostbyaddr", m_gethostbyaddr, 0, NULL },
    { "getnameinfo", m_getnameinfo, 0, NULL }, { "getservbyname", m_getservbyname, 0, NULL },
    { "getservbyport", m_getservbyport, 0, NULL }, { "getprotobyname", m_getprotobyname, 0, NULL },
    { "inet_aton", m_inet_aton, 0, NULL }, { "inet_ntoa", m_inet_ntoa, 0, NULL },
    { "inet_pton", m_inet_pton, 0, NULL }, { "inet_ntop", m_inet_ntop, 0, NULL },
    { "htons", m_htons, 0, NULL }, { "ntohs", m_ntohs, 0, NULL }, { "htonl", m_htonl, 0, NULL }, { "ntohl", m_ntohl, 0, NULL },
    { "getdefaulttimeout", m_getdefaulttimeout, 0, NULL }, { "setdefaulttimeout", m_setdefaulttimeout, 0, NULL },
    { "dup", m_dup, 0, NULL }, { "close", m_close, 0, NULL }, { "socketpair", m_socketpair, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static int socket_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (dict_set_cstr(d, "socket", OBJ_VAL(T(socket_obj))) < 0 || dict_set_cstr(d, "SocketType", OBJ_VAL(T(socket_obj))) < 0 ||
        dict_set_cstr(d, "error", OBJ_VAL(E(OSError))) < 0 || dict_set_cstr(d, "timeout", OBJ_VAL(E(TimeoutError))) < 0 ||
        dict_set_cstr(d, "has_ipv6", TRUE_V) < 0) return -1;
    static const char *const excs[] = { "herror", "gaierror" };
    for (int i = 0; i < 2; i++) {
        Value ns = dict_new();
        if (!ns || dict_set(ns, S(__module__), str_from_cstr("socket")) < 0) return -1;
        Value e = type_new_class(OBJ_VAL(T(type)), str_from_cstr(excs[i]), tuple_pack(1, OBJ_VAL(E(OSError))), ns, 0);
        if (!e || dict_set_cstr(d, excs[i], e) < 0) return -1;
    }
#define K(n) { #n, n }
    static const struct { const char *n; long v; } k[] = {
        K(AF_UNSPEC), K(AF_INET), K(AF_INET6), K(AF_UNIX), K(AF_PACKET), K(AF_NETLINK),
        K(SOCK_STREAM), K(SOCK_DGRAM), K(SOCK_RAW), K(SOCK_RDM), K(SOCK_SEQPACKET), K(SOCK_NONBLOCK), K(SOCK_CLOEXEC),
        K(SOL_SOCKET), K(SOL_TCP), K(SOL_UDP), K(SOL_IP), K(SOMAXCONN),
        K(SO_DEBUG), K(SO_ACCEPTCONN), K(SO_REUSEADDR), K(SO_REUSEPORT), K(SO_KEEPALIVE), K(SO_DONTROUTE),
        K(SO_BROADCAST), K(SO_LINGER), K(SO_OOBINLINE), K(SO_SNDBUF), K(SO_RCVBUF), K(SO_SNDLOWAT),
        K(SO_RCVLOWAT), K(SO_SNDTIMEO), K(SO_RCVTIMEO), K(SO_ERROR), K(SO_TYPE), K(SO_PROTOCOL), K(SO_DOMAIN),
        K(SO_PASSCRED), K(SO_PEERCRED), K(SO_BINDTODEVICE), K(SO_PRIORITY), K(SO_MARK),
        K(MSG_OOB), K(MSG_PEEK), K(MSG_DONTROUTE), K(MSG_DONTWAIT), K(MSG_EOR), K(MSG_TRUNC), K(MSG_CTRUNC),
        K(MSG_WAITALL), K(MSG_NOSIGNAL), K(MSG_CMSG_CLOEXEC), K(MSG_ERRQUEUE), K(MSG_CONFIRM), K(MSG_MORE),
        K(SCM_RIGHTS), K(SCM_CREDENTIALS),
        K(IPPROTO_IP), K(IPPROTO_ICMP), K(IPPROTO_TCP), K(IPPROTO_UDP), K(IPPROTO_IPV6), K(IPPROTO_RAW),
        K(IPPROTO_ICMPV6), K(IPPROTO_SCTP),
        K(IPPORT_RESERVED), K(IPPORT_USERRESERVED),
        K(INADDR_ANY), K(INADDR_BROADCAST), K(INADDR_LOOPBACK), K(INADDR_NONE),
        K(IP_TOS), K(IP_TTL), K(IP_HDRINCL), K(IP_OPTIONS), K(IP_RECVOPTS), K(IP_MULTICAST_IF),
        K(IP_MULTICAST_TTL), K(IP_MULTICAST_LOOP), K(IP_ADD_MEMBERSHIP), K(IP_DROP_MEMBERSHIP),
        K(IPV6_V6ONLY), K(IPV6_JOIN_GROUP), K(IPV6_LEAVE_GROUP), K(IPV6_MULTICAST_HOPS), K(IPV6_MULTICAST_IF),
        K(IPV6_MULTICAST_LOOP), K(IPV6_UNICAST_HOPS), K(IPV6_RECVPKTINFO), K(IPV6_PKTINFO), K(IPV6_TCLASS),
        K(TCP_NODELAY), K(TCP_MAXSEG), K(TCP_CORK), K(TCP_KEEPIDLE), K(TCP_KEEPINTVL), K(TCP_KEEPCNT),
        K(TCP_SYNCNT), K(TCP_LINGER2), K(TCP_DEFER_ACCEPT), K(TCP_WINDOW_CLAMP), K(TCP_INFO), K(TCP_QUICKACK),
        K(TCP_FASTOPEN), K(TCP_CONGESTION), K(TCP_USER_TIMEOUT), K(TCP_NOTSENT_LOWAT),
        K(SHUT_RD), K(SHUT_WR), K(SHUT_RDWR),
        K(AI_PASSIVE), K(AI_CANONNAME), K(AI_NUMERICHOST), K(AI_NUMERICSERV), K(AI_V4MAPPED), K(AI_ALL),
        K(AI_ADDRCONFIG),
        K(NI_NUMERICHOST), K(NI_NUMERICSERV), K(NI_NOFQDN), K(NI_NAMEREQD), K(NI_DGRAM), K(NI_MAXHOST), K(NI_MAXSERV),
        K(EAI_ADDRFAMILY), K(EAI_AGAIN), K(EAI_BADFLAGS), K(EAI_FAIL), K(EAI_FAMILY), K(EAI_MEMORY),
        K(EAI_NODATA), K(EAI_NONAME), K(EAI_OVERFLOW), K(EAI_SERVICE), K(EAI_SOCKTYPE), K(EAI_SYSTEM),
    };
    for (size_t i = 0; i < ARRAY_LEN(k); i++)
        if (dict_set_cstr(d, k[i].n, int_from_i64(k[i].n[0] == 'I' && k[i].n[1] == 'N' ? (int64_t)(uint32_t)k[i].v : k[i].v)) < 0) return -1;
    for (size_t i = 0; i < ARRAY_LEN(socket_gen_ints); i++)
        if (dict_set_cstr(d, socket_gen_ints[i].n, int_from_i64(socket_gen_ints[i].v)) < 0) return -1;
    for (size_t i = 0; i < ARRAY_LEN(socket_gen_strs); i++)
        if (dict_set_cstr(d, socket_gen_strs[i].n, str_from_cstr(socket_gen_strs[i].v)) < 0) return -1;
    return 0;
}

const ModuleDef _socket_module = { "_socket", "Implementation module for socket operations.", socket_methods, socket_exec };
