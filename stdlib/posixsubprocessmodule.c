/* kiln: _posixsubprocess.fork_exec, the fork + exec step of subprocess.Popen
 * (CPython's contract: on failure before or at exec the child writes
 * "OSError:<hex errno>:[noexec]" to errpipe_write and exits 255). */
#define _GNU_SOURCE
#include "core.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

static char *to_cstr(Value v)
{
    Value b = v;
    if (IS_STR(v)) b = str_encode(v, "utf-8", "surrogateescape");
    else if (!IS_TYPE(v, bytes)) {
        Value f = obj_lookup_special(v, S(__fspath__));
        if (!f) { if (!exc_pending()) raise_TypeError("expected str, bytes or os.PathLike object, not %T", v); return NULL; }
        b = obj_call0(f);
        if (b && IS_STR(b)) b = str_encode(b, "utf-8", "surrogateescape");
    }
    if (!b) return NULL;
    if (!IS_TYPE(b, bytes)) { raise_TypeError("expected str, bytes or os.PathLike object, not %T", v); return NULL; }
    if (memchr(BYTES_DATA(b), 0, (size_t)BYTES_SIZE(b))) { raise_ValueError("embedded null byte"); return NULL; }
    return strndup(BYTES_DATA(b), (size_t)BYTES_SIZE(b));
}

static void free_vec(char **v) { if (v) { for (char **p = v; *p; p++) free(*p); free(v); } }

static char **to_vec(Value seq)
{
    Value l = list_from_iter(seq);
    if (!l) return NULL;
    char **v = calloc((size_t)LIST_SIZE(l) + 1, sizeof(char *));
    for (int64_t i = 0; i < LIST_SIZE(l); i++)
        if (!(v[i] = to_cstr(LIST_ITEMS(l)[i]))) { free_vec(v); return NULL; }
    return v;
}

static int int_arg(Value v, int64_t *out)
{
    if (v == NONE) { *out = -1; return 0; }
    return obj_as_ssize(v, out, E(OverflowError));
}

static void report(int fd, int err, const char *msg)
{
    char buf[64];
    int n = snprintf(buf, sizeof buf, "OSError:%x:%s", err, msg);
    if (write(fd, buf, (size_t)n) < 0) {}
    _exit(255);
}

static void set_inheritable(int fd)
{
    int f = fcntl(fd, F_GETFD);
    if (f >= 0) fcntl(fd, F_SETFD, f & ~FD_CLOEXEC);
}

static bool keep(int fd, const int64_t *keepfds, int64_t nkeep)
{
    for (int64_t i = 0; i < nkeep; i++) if (keepfds[i] == fd) return true;
    return false;
}

static void close_fds(int errpipe_write, const int64_t *keepfds, int64_t nkeep)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d) {
        long max = sysconf(_SC_OPEN_MAX);
        if (max < 0 || max > 65536) max = 65536;
        for (int fd = 3; fd < max; fd++) if (fd != errpipe_write && !keep(fd, keepfds, nkeep)) close(fd);
        return;
    }
    int dfd = dirfd(d);
    int fds[1024], n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 1024) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        int fd = atoi(e->d_name);
        if (fd >= 3 && fd != dfd && fd != errpipe_write && !keep(fd, keepfds, nkeep)) fds[n++] = fd;
    }
    closedir(d);
    for (int i = 0; i < n; i++) close(fds[i]);
}

static Value m_fork_exec(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_no_kw("fork_exec", kw) < 0) return 0;
    if (nargs != 22 && nargs != 23) return raise_TypeError("fork_exec() takes exactly 23 arguments (%zu given)", nargs);
    Value process_args = args[0], exe_list = args[1], pass_fds = args[3], cwd_obj = args[4], env_list = args[5];
    int close_fds_ = obj_truthy(args[2]);
    int64_t fdv[8];       /* p2cread p2cwrite c2pread c2pwrite errread errwrite errpipe_read errpipe_write */
    for (int i = 0; i < 8; i++) if (int_arg(args[6 + i], &fdv[i]) < 0) return 0;
    int restore_signals = obj_truthy(args[14]), call_setsid = obj_truthy(args[15]);
    int64_t pgid, gid, uid, umask_;
    if (int_arg(args[16], &pgid) < 0 || int_arg(args[17], &gid) < 0 || int_arg(args[19], &uid) < 0 ||
        int_arg(args[20], &umask_) < 0) return 0;
    Value groups = args[18], preexec = args[21];
    if (close_fds_ < 0 || restore_signals < 0 || call_setsid < 0) return 0;
    if (!IS_TUPLE(pass_fds)) return raise_TypeError("pass_fds must be a tuple");

    int64_t nkeep = TUPLE_SIZE(pass_fds);
    int64_t *keepfds = malloc(sizeof(int64_t) * (size_t)(nkeep + 1));
    for (int64_t i = 0; i < nkeep; i++)
        if (obj_as_ssize(TUPLE_ITEMS(pass_fds)[i], &keepfds[i], E(OverflowError)) < 0 || keepfds[i] < 0) {
            free(keepfds);
            if (!exc_pending()) raise_ValueError("bad value(s) in fds_to_keep");
            return 0;
        }
    char **argv = NULL, **exes = NULL, **envp = NULL, *cwd = NULL;
    gid_t *gids = NULL;
    int64_t ngids = 0;
    Value result = 0;
    if (process_args != NONE && !(argv = to_vec(process_args))) goto done;
    if (!(exes = to_vec(exe_list))) goto done;
    if (env_list != NONE && !(envp = to_vec(env_list))) goto done;
    if (cwd_obj != NONE && !(cwd = to_cstr(cwd_obj))) goto done;
    if (groups != NONE) {
        Value gl = list_from_iter(groups);
        if (!gl) goto done;
        ngids = LIST_SIZE(gl);
        gids = malloc(sizeof(gid_t) * (size_t)(ngids + 1));
        for (int64_t i = 0; i < ngids; i++) {
            int64_t g;
            if (obj_as_ssize(LIST_ITEMS(gl)[i], &g, E(OverflowError)) < 0) goto done;
            gids[i] = (gid_t)g;
        }
    }
    fflush(stdout); fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) { raise_errno(NULL, errno, 0); goto done; }
    if (pid == 0) {
        int p2cread = (int)fdv[0], p2cwrite = (int)fdv[1], c2pread = (int)fdv[2], c2pwrite = (int)fdv[3];
        int errread = (int)fdv[4], errwrite = (int)fdv[5], errpipe_read = (int)fdv[6], errpipe_write = (int)fdv[7];
        for (int64_t i = 0; i < nkeep; i++) if (keepfds[i] != errpipe_write) set_inheritable((int)keepfds[i]);
        if (p2cwrite != -1) close(p2cwrite);
        if (c2pread != -1) close(c2pread);
        if (errread != -1) close(errread);
        close(errpipe_read);
        if (c2pwrite == 0) { c2pwrite = dup(c2pwrite); if (c2pwrite < 0) report(errpipe_write, errno, "noexec"); }
        while (errwrite == 0 || errwrite == 1) { errwrite = dup(errwrite); if (errwrite < 0) report(errpipe_write, errno, "noexec"); }
        if (p2cread == 0) set_inheritable(0); else if (p2cread != -1 && dup2(p2cread, 0) < 0) report(errpipe_write, errno, "noexec");
        if (c2pwrite == 1) set_inheritable(1); else if (c2pwrite != -1 && dup2(c2pwrite, 1) < 0) report(errpipe_write, errno, "noexec");
        if (errwrite == 2) set_inheritable(2); else if (errwrite != -1 && dup2(errwrite, 2) < 0) report(errpipe_write, errno, "noexec");
        if (cwd && chdir(cwd) < 0) report(errpipe_write, errno, "noexec");
        if (umask_ >= 0) umask((mode_t)umask_);
        if (restore_signals) { signal(SIGPIPE, SIG_DFL); signal(SIGXFSZ, SIG_DFL); }
        if (call_setsid && setsid() < 0) report(errpipe_write, errno, "noexec");
        if (pgid >= 0 && setpgid(0, (pid_t)pgid) < 0) report(errpipe_write, errno, "noexec");
        if (gids && setgroups((size_t)ngids, gids) < 0) report(errpipe_write, errno, "noexec");
        if (gid >= 0 && setregid((gid_t)gid, (gid_t)gid) < 0) report(errpipe_write, errno, "noexec");
        if (uid >= 0 && setreuid((uid_t)uid, (uid_t)uid) < 0) report(errpipe_write, errno, "noexec");
        if (preexec != NONE) {
            if (!obj_call0(preexec)) {
                exc_clear();
                const char *m = "SubprocessError:0:Exception occurred in preexec_fn.";
                if (write(errpipe_write, m, strlen(m)) < 0) {}
                _exit(255);
            }
        }
        if (close_fds_) close_fds(errpipe_write, keepfds, nkeep);
        int saved = 0;
        for (char **e = exes; *e; e++) {
            if (envp) execve(*e, argv, envp); else execv(*e, argv);
            if (errno != ENOENT && errno != ENOTDIR && !saved) saved = errno;
        }
        report(errpipe_write, saved ? saved : errno, "");
    }
    result = MKSMALL(pid);
done:
    free_vec(argv); free_vec(exes); free_vec(envp); free(cwd); free(gids); free(keepfds);
    return result;
}

static const MethodDef posixsubprocess_methods[] = {
    { "fork_exec", m_fork_exec, 0, NULL }, { NULL, NULL, 0, NULL },
};

const ModuleDef _posixsubprocess_module = { "_posixsubprocess", "A POSIX helper for the subprocess module.",
                                            posixsubprocess_methods, NULL };
