/* kiln: the termios module: POSIX terminal control (tcgetattr/tcsetattr and
 * friends, the window size calls) and the <termios.h>/<sys/ioctl.h> constants
 * CPython exposes on Linux, with termios.error carrying (errno, strerror). */
#include "core.h"
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#if defined(VSWTC) && !defined(VSWTCH)
#define VSWTCH VSWTC
#endif

/* The constants, by name: their values come from the system headers. */
#define TERMIOS_CONSTANTS(C) \
    C(B0) C(B1000000) C(B110) C(B115200) C(B1152000) C(B1200) C(B134) C(B150) C(B1500000) \
    C(B1800) C(B19200) C(B200) C(B2000000) C(B230400) C(B2400) C(B2500000) C(B300) C(B3000000) \
    C(B3500000) C(B38400) C(B4000000) C(B460800) C(B4800) C(B50) C(B500000) C(B57600) C(B576000) \
    C(B600) C(B75) C(B921600) C(B9600) C(BRKINT) C(BS0) C(BS1) C(BSDLY) C(CBAUD) C(CBAUDEX) \
    C(CDSUSP) C(CEOF) C(CEOL) C(CEOT) C(CERASE) C(CFLUSH) C(CIBAUD) C(CINTR) C(CKILL) C(CLNEXT) \
    C(CLOCAL) C(CQUIT) C(CR0) C(CR1) C(CR2) C(CR3) C(CRDLY) C(CREAD) C(CRPRNT) C(CRTSCTS) C(CS5) \
    C(CS6) C(CS7) C(CS8) C(CSIZE) C(CSTART) C(CSTOP) C(CSTOPB) C(CSUSP) C(CWERASE) C(ECHO) \
    C(ECHOCTL) C(ECHOE) C(ECHOK) C(ECHOKE) C(ECHONL) C(ECHOPRT) C(EXTA) C(EXTB) C(FF0) C(FF1) \
    C(FFDLY) C(FIOASYNC) C(FIOCLEX) C(FIONBIO) C(FIONCLEX) C(FIONREAD) C(FLUSHO) C(HUPCL) \
    C(ICANON) C(ICRNL) C(IEXTEN) C(IGNBRK) C(IGNCR) C(IGNPAR) C(IMAXBEL) C(INLCR) C(INPCK) \
    C(IOCSIZE_MASK) C(IOCSIZE_SHIFT) C(ISIG) C(ISTRIP) C(IUCLC) C(IXANY) C(IXOFF) C(IXON) C(NCC) \
    C(NCCS) C(NL0) C(NL1) C(NLDLY) C(NOFLSH) C(N_MOUSE) C(N_PPP) C(N_SLIP) C(N_STRIP) C(N_TTY) \
    C(OCRNL) C(OFDEL) C(OFILL) C(OLCUC) C(ONLCR) C(ONLRET) C(ONOCR) C(OPOST) C(PARENB) C(PARMRK) \
    C(PARODD) C(PENDIN) C(TAB0) C(TAB1) C(TAB2) C(TAB3) C(TABDLY) C(TCFLSH) C(TCGETA) C(TCGETS) \
    C(TCIFLUSH) C(TCIOFF) C(TCIOFLUSH) C(TCION) C(TCOFLUSH) C(TCOOFF) C(TCOON) C(TCSADRAIN) \
    C(TCSAFLUSH) C(TCSANOW) C(TCSBRK) C(TCSBRKP) C(TCSETA) C(TCSETAF) C(TCSETAW) C(TCSETS) \
    C(TCSETSF) C(TCSETSW) C(TCXONC) C(TIOCCONS) C(TIOCEXCL) C(TIOCGETD) C(TIOCGICOUNT) \
    C(TIOCGLCKTRMIOS) C(TIOCGPGRP) C(TIOCGSERIAL) C(TIOCGSOFTCAR) C(TIOCGWINSZ) C(TIOCINQ) \
    C(TIOCLINUX) C(TIOCMBIC) C(TIOCMBIS) C(TIOCMGET) C(TIOCMIWAIT) C(TIOCMSET) C(TIOCM_CAR) \
    C(TIOCM_CD) C(TIOCM_CTS) C(TIOCM_DSR) C(TIOCM_DTR) C(TIOCM_LE) C(TIOCM_RI) C(TIOCM_RNG) \
    C(TIOCM_RTS) C(TIOCM_SR) C(TIOCM_ST) C(TIOCNOTTY) C(TIOCNXCL) C(TIOCOUTQ) C(TIOCPKT) \
    C(TIOCPKT_DATA) C(TIOCPKT_DOSTOP) C(TIOCPKT_FLUSHREAD) C(TIOCPKT_FLUSHWRITE) \
    C(TIOCPKT_NOSTOP) C(TIOCPKT_START) C(TIOCPKT_STOP) C(TIOCSCTTY) C(TIOCSERCONFIG) \
    C(TIOCSERGETLSR) C(TIOCSERGETMULTI) C(TIOCSERGSTRUCT) C(TIOCSERGWILD) C(TIOCSERSETMULTI) \
    C(TIOCSERSWILD) C(TIOCSER_TEMT) C(TIOCSETD) C(TIOCSLCKTRMIOS) C(TIOCSPGRP) C(TIOCSSERIAL) \
    C(TIOCSSOFTCAR) C(TIOCSTI) C(TIOCSWINSZ) C(TOSTOP) C(VDISCARD) C(VEOF) C(VEOL) C(VEOL2) \
    C(VERASE) C(VINTR) C(VKILL) C(VLNEXT) C(VMIN) C(VQUIT) C(VREPRINT) C(VSTART) C(VSTOP) \
    C(VSUSP) C(VSWTC) C(VSWTCH) C(VT0) C(VT1) C(VTDLY) C(VTIME) C(VWERASE) C(XCASE) C(XTABS)

#define CONST_ENTRY(n) { #n, (int64_t)(n) },
static const struct { const char *name; int64_t value; } termios_consts[] = {
    TERMIOS_CONSTANTS(CONST_ENTRY)
};

/* PyObject_AsFileDescriptor: an int, or an object whose fileno() returns one. */
int obj_as_fileno(Value v, int *out)
{
    Value f = v;
    if (!IS_INT(v)) {
        Value m = obj_lookup_attr(v, str_intern_cstr("fileno"));
        if (!m) { if (!exc_pending()) raise_TypeError("argument must be an int, or have a fileno() method."); return -1; }
        f = obj_call0(m);
        if (!f) return -1;
        if (!IS_INT(f)) { raise_TypeError("fileno() returned a non-integer"); return -1; }
    }
    int64_t fd;
    if (int_as_i64(f, &fd) < 0 || fd > INT_MAX || fd < INT_MIN) {
        if (exc_pending() && !exc_matches(E(OverflowError))) return -1;
        exc_clear();
        raise_OverflowError("Python int too large to convert to C int");
        return -1;
    }
    if (fd < 0) { raise_ValueError("file descriptor cannot be a negative integer (%d)", (int)fd); return -1; }
    *out = (int)fd;
    return 0;
}

static Value termios_error(void)
{
    int e = errno;
    Value cls = dict_get_cstr(kiln_state_dict(), "termios.error");
    Value args[2] = { MKSMALL(e), str_from_cstr(strerror(e)) };
    Value x = cls ? obj_call(cls, args, 2, 0) : exc_new(E(OSError), args, 2);
    return x ? raise_value(x) : 0;
}

/* A C int argument (clinic's "int"): __index__, OverflowError outside int. */
static int int_arg(Value v, int *out)
{
    int64_t x;
    if (obj_as_ssize(v, &x, E(OverflowError)) < 0) return -1;
    if (x > INT_MAX) { raise_OverflowError("signed integer is greater than maximum"); return -1; }
    if (x < INT_MIN) { raise_OverflowError("signed integer is less than minimum"); return -1; }
    *out = (int)x;
    return 0;
}

/* PyLong_AsLong on a list item: __index__, C long range. */
static int long_arg(Value v, long *out)
{
    int64_t x;
    if (obj_as_ssize(v, &x, E(OverflowError)) < 0) return -1;
    *out = (long)x;
    return 0;
}

/* fd plus nint int arguments, all positional (CPython's clinic signatures). */
static int fd_ints(const char *fname, const Value *args, size_t nargs, Value kw, size_t nint, int *fd, int *ints)
{
    if (args_no_kw(fname, kw) < 0) return -1;
    if (nargs != 1 + nint) {
        if (nint == 0) raise_TypeError("termios.%s() takes exactly one argument (%d given)", fname, (int)nargs);
        else raise_TypeError("%s expected %d arguments, got %d", fname, (int)(1 + nint), (int)nargs);
        return -1;
    }
    if (obj_as_fileno(args[0], fd) < 0) return -1;
    for (size_t i = 0; i < nint; i++)
        if (int_arg(args[1 + i], &ints[i]) < 0) return -1;
    return 0;
}

static Value t_tcgetattr(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd;
    if (fd_ints("tcgetattr", args, nargs, kw, 0, &fd, NULL) < 0) return 0;
    struct termios m;
    if (tcgetattr(fd, &m) == -1) return termios_error();
    Value c[NCCS];
    for (int i = 0; i < NCCS; i++) {
        char ch = (char)m.c_cc[i];
        if (!(c[i] = bytes_new(&ch, 1))) return 0;
    }
    if (!(m.c_lflag & ICANON)) {      /* non-canonical mode: VMIN and VTIME are counts */
        c[VMIN] = MKSMALL(m.c_cc[VMIN]);
        c[VTIME] = MKSMALL(m.c_cc[VTIME]);
    }
    Value cc = list_from(c, NCCS);
    Value v[7] = { int_from_i64((long)m.c_iflag), int_from_i64((long)m.c_oflag),
                   int_from_i64((long)m.c_cflag), int_from_i64((long)m.c_lflag),
                   int_from_i64((long)cfgetispeed(&m)), int_from_i64((long)cfgetospeed(&m)), cc };
    return list_from(v, 7);
}

static Value t_tcsetattr(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd, when;
    if (args_no_kw("tcsetattr", kw) < 0) return 0;
    if (nargs != 3) return raise_TypeError("tcsetattr expected 3 arguments, got %d", (int)nargs);
    if (obj_as_fileno(args[0], &fd) < 0 || int_arg(args[1], &when) < 0) return 0;
    Value a = args[2];
    if (!IS_LIST(a) || LIST_SIZE(a) != 7) return raise_TypeError("tcsetattr, arg 3: must be 7 element list");
    struct termios m;
    if (tcgetattr(fd, &m) == -1) return termios_error();
    long f[6];
    for (int i = 0; i < 6; i++)
        if (long_arg(LIST_ITEMS(a)[i], &f[i]) < 0) return 0;
    Value cc = LIST_ITEMS(a)[6];
    if (!IS_LIST(cc) || LIST_SIZE(cc) != NCCS)
        return raise_TypeError("tcsetattr: attributes[6] must be %d element list", NCCS);
    m.c_iflag = (tcflag_t)f[0]; m.c_oflag = (tcflag_t)f[1];
    m.c_cflag = (tcflag_t)f[2]; m.c_lflag = (tcflag_t)f[3];
    for (int i = 0; i < NCCS; i++) {
        Value c = LIST_ITEMS(cc)[i];
        if (IS_OBJ(c) && type_is_subtype(TYPE(c), T(bytes)) && BYTES_SIZE(c) == 1)
            m.c_cc[i] = (cc_t)BYTES_DATA(c)[0];
        else if (IS_INT(c)) {
            long x;
            if (long_arg(c, &x) < 0) return 0;
            m.c_cc[i] = (cc_t)x;
        } else
            return raise_TypeError("tcsetattr: elements of attributes must be characters or integers");
    }
    if (cfsetispeed(&m, (speed_t)f[4]) == -1 || cfsetospeed(&m, (speed_t)f[5]) == -1 ||
        tcsetattr(fd, when, &m) == -1) return termios_error();
    return NONE;
}

/* tcsendbreak, tcflush and tcflow: fn(fd, an int). */
static Value fd_int_call(const char *fname, int (*fn)(int, int), const Value *args, size_t nargs, Value kw)
{
    int fd, x;
    if (fd_ints(fname, args, nargs, kw, 1, &fd, &x) < 0) return 0;
    return fn(fd, x) == -1 ? termios_error() : NONE;
}

static Value t_tcsendbreak(Value self, const Value *args, size_t nargs, Value kw)
{
    return fd_int_call("tcsendbreak", tcsendbreak, args, nargs, kw);
}

static Value t_tcflush(Value self, const Value *args, size_t nargs, Value kw)
{
    return fd_int_call("tcflush", tcflush, args, nargs, kw);
}

static Value t_tcflow(Value self, const Value *args, size_t nargs, Value kw)
{
    return fd_int_call("tcflow", tcflow, args, nargs, kw);
}

static Value t_tcdrain(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd;
    if (fd_ints("tcdrain", args, nargs, kw, 0, &fd, NULL) < 0) return 0;
    return tcdrain(fd) == -1 ? termios_error() : NONE;
}

static Value t_tcgetwinsize(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd;
    if (fd_ints("tcgetwinsize", args, nargs, kw, 0, &fd, NULL) < 0) return 0;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) == -1) return termios_error();
    Value v[2] = { MKSMALL(w.ws_row), MKSMALL(w.ws_col) };
    return tuple_from(v, 2);
}

static Value t_tcsetwinsize(Value self, const Value *args, size_t nargs, Value kw)
{
    int fd;
    if (args_no_kw("tcsetwinsize", kw) < 0) return 0;
    if (nargs != 2) return raise_TypeError("tcsetwinsize expected 2 arguments, got %d", (int)nargs);
    if (obj_as_fileno(args[0], &fd) < 0) return 0;
    Value ws = args[1];
    bool seq = IS_OBJ(ws) && !IS_DICT(ws) && TYPE(ws)->getitem;
    int64_t n = seq ? obj_len(ws) : 0;
    if (n < 0) return 0;
    if (n != 2) return raise_TypeError("tcsetwinsize, arg 2: must be a two-item sequence");
    long rc[2];
    for (int i = 0; i < 2; i++) {
        Value it = obj_getitem(ws, MKSMALL(i));
        if (!it || long_arg(it, &rc[i]) < 0) return 0;
    }
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) == -1) return termios_error();
    w.ws_row = (unsigned short)rc[0];
    w.ws_col = (unsigned short)rc[1];
    if ((long)w.ws_row != rc[0] || (long)w.ws_col != rc[1])
        return raise_OverflowError("winsize value(s) out of range.");
    if (ioctl(fd, TIOCSWINSZ, &w) == -1) return termios_error();
    return NONE;
}

static const MethodDef termios_methods[] = {
    { "tcgetattr", t_tcgetattr, 0, NULL }, { "tcsetattr", t_tcsetattr, 0, NULL },
    { "tcsendbreak", t_tcsendbreak, 0, NULL }, { "tcdrain", t_tcdrain, 0, NULL },
    { "tcflush", t_tcflush, 0, NULL }, { "tcflow", t_tcflow, 0, NULL },
    { "tcgetwinsize", t_tcgetwinsize, 0, NULL }, { "tcsetwinsize", t_tcsetwinsize, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static const char termios_prelude[] =
    "class error(Exception):\n"
    "    pass\n";

static int termios_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (RUN_PRELUDE(d, termios_prelude, "<termios>") < 0) return -1;
    for (size_t i = 0; i < sizeof termios_consts / sizeof termios_consts[0]; i++)
        if (dict_set_cstr(d, termios_consts[i].name, int_from_i64(termios_consts[i].value)) < 0) return -1;
    return dict_set_cstr(kiln_state_dict(), "termios.error", dict_get_cstr(d, "error"));
}

const ModuleDef termios_module = { "termios",
    "This module provides an interface to the Posix calls for tty I/O control.\n"
    "For a complete description of these calls, see the Posix or Unix manual\n"
    "pages. It is only available for those Unix versions that support Posix\n"
    "termios style tty I/O control.\n"
    "\n"
    "All functions in this module take a file descriptor fd as their first\n"
    "argument. This can be an integer file descriptor, such as returned by\n"
    "sys.stdin.fileno(), or a file object, such as sys.stdin itself.",
    termios_methods, termios_exec };
