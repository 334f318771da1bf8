/* kiln: the errno module: the Linux error codes and the errorcode table. */
#include "core.h"
#include <errno.h>

typedef struct ErrnoConst { const char *name; int v; } ErrnoConst;
#define C(n) { #n, n },
/* errorcode keeps the first name listed for a value (CPython's order: the
 * canonical name is added last and wins, so aliases come first here). */
static const ErrnoConst errno_consts[] = {
    C(EPERM) C(ENOENT) C(ESRCH) C(EINTR) C(EIO) C(ENXIO) C(E2BIG) C(ENOEXEC) C(EBADF) C(ECHILD)
    C(EWOULDBLOCK) C(EAGAIN) C(ENOMEM) C(EACCES) C(EFAULT) C(ENOTBLK) C(EBUSY) C(EEXIST) C(EXDEV)
    C(ENODEV) C(ENOTDIR) C(EISDIR) C(EINVAL) C(ENFILE) C(EMFILE) C(ENOTTY) C(ETXTBSY) C(EFBIG)
    C(ENOSPC) C(ESPIPE) C(EROFS) C(EMLINK) C(EPIPE) C(EDOM) C(ERANGE) C(EDEADLK) C(EDEADLOCK)
    C(ENAMETOOLONG) C(ENOLCK) C(ENOSYS) C(ENOTEMPTY) C(ELOOP) C(ENOMSG) C(EIDRM) C(ECHRNG)
    C(EL2NSYNC) C(EL3HLT) C(EL3RST) C(ELNRNG) C(EUNATCH) C(ENOCSI) C(EL2HLT) C(EBADE) C(EBADR)
    C(EXFULL) C(ENOANO) C(EBADRQC) C(EBADSLT) C(EBFONT) C(ENOSTR) C(ENODATA) C(ETIME) C(ENOSR)
    C(ENONET) C(ENOPKG) C(EREMOTE) C(ENOLINK) C(EADV) C(ESRMNT) C(ECOMM) C(EPROTO) C(EMULTIHOP)
    C(EDOTDOT) C(EBADMSG) C(EOVERFLOW) C(ENOTUNIQ) C(EBADFD) C(EREMCHG) C(ELIBACC) C(ELIBBAD)
    C(ELIBSCN) C(ELIBMAX) C(ELIBEXEC) C(EILSEQ) C(ERESTART) C(ESTRPIPE) C(EUSERS) C(ENOTSOCK)
    C(EDESTADDRREQ) C(EMSGSIZE) C(EPROTOTYPE) C(ENOPROTOOPT) C(EPROTONOSUPPORT) C(ESOCKTNOSUPPORT)
    C(EOPNOTSUPP) C(ENOTSUP) C(EPFNOSUPPORT) C(EAFNOSUPPORT) C(EADDRINUSE) C(EADDRNOTAVAIL)
    C(ENETDOWN) C(ENETUNREACH) C(ENETRESET) C(ECONNABORTED) C(ECONNRESET) C(ENOBUFS) C(EISCONN)
    C(ENOTCONN) C(ESHUTDOWN) C(ETOOMANYREFS) C(ETIMEDOUT) C(ECONNREFUSED) C(EHOSTDOWN)
    C(EHOSTUNREACH) C(EALREADY) C(EINPROGRESS) C(ESTALE) C(EUCLEAN) C(ENOTNAM) C(ENAVAIL) C(EISNAM)
    C(EREMOTEIO) C(EDQUOT) C(ENOMEDIUM) C(EMEDIUMTYPE) C(ECANCELED) C(ENOKEY) C(EKEYEXPIRED)
    C(EKEYREVOKED) C(EKEYREJECTED) C(EOWNERDEAD) C(ENOTRECOVERABLE) C(ERFKILL)
    { NULL, 0 },
};
#undef C

static int errno_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    Value codes = dict_new();
    if (dict_set_cstr(d, "errorcode", codes) < 0) return -1;
    for (const ErrnoConst *c = errno_consts; c->name; c++) {
        Value name = str_from_cstr(c->name);
        if (dict_set(d, name, MKSMALL(c->v)) < 0 || dict_set(codes, MKSMALL(c->v), name) < 0) return -1;
    }
    return 0;
}

const ModuleDef errno_module = { "errno",
    "This module makes available standard errno system symbols.", NULL, errno_exec };
