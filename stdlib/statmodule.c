/* kiln: the _stat module: the S_* constants and functions stat.py takes from C. */
#include "core.h"
#include <sys/stat.h>

typedef struct StatConst { const char *name; long v; } StatConst;
static const StatConst stat_consts[] = {
    { "SF_APPEND", 262144 }, { "SF_ARCHIVED", 65536 }, { "SF_IMMUTABLE", 131072 },
    { "SF_NOUNLINK", 1048576 }, { "SF_SNAPSHOT", 2097152 }, { "ST_ATIME", 7 }, { "ST_CTIME", 9 },
    { "ST_DEV", 2 }, { "ST_GID", 5 }, { "ST_INO", 1 }, { "ST_MODE", 0 }, { "ST_MTIME", 8 },
    { "ST_NLINK", 3 }, { "ST_SIZE", 6 }, { "ST_UID", 4 }, { "S_ENFMT", 1024 }, { "S_IEXEC", 64 },
    { "S_IFBLK", 24576 }, { "S_IFCHR", 8192 }, { "S_IFDIR", 16384 }, { "S_IFDOOR", 0 },
    { "S_IFIFO", 4096 }, { "S_IFLNK", 40960 }, { "S_IFPORT", 0 }, { "S_IFREG", 32768 },
    { "S_IFSOCK", 49152 }, { "S_IFWHT", 0 }, { "S_IREAD", 256 }, { "S_IRGRP", 32 },
    { "S_IROTH", 4 }, { "S_IRUSR", 256 }, { "S_IRWXG", 56 }, { "S_IRWXO", 7 }, { "S_IRWXU", 448 },
    { "S_ISGID", 1024 }, { "S_ISUID", 2048 }, { "S_ISVTX", 512 }, { "S_IWGRP", 16 },
    { "S_IWOTH", 2 }, { "S_IWRITE", 128 }, { "S_IWUSR", 128 }, { "S_IXGRP", 8 }, { "S_IXOTH", 1 },
    { "S_IXUSR", 64 }, { "UF_APPEND", 4 }, { "UF_COMPRESSED", 32 }, { "UF_HIDDEN", 32768 },
    { "UF_IMMUTABLE", 2 }, { "UF_NODUMP", 1 }, { "UF_NOUNLINK", 16 }, { "UF_OPAQUE", 8 },
    { NULL, 0 },
};

static int mode_arg(Value v, unsigned *out)
{
    if (!IS_INT(v)) {
        Value i = obj_lookup_special(v, S(__index__));
        if (!i) { if (!exc_pending()) raise_TypeError("an integer is required"); return -1; }
        v = obj_call0(i);
        if (!v) return -1;
    }
    int64_t x;
    if (int_sign(v) < 0) { raise_OverflowError("can't convert negative value to unsigned int"); return -1; }
    if (int_as_i64(v, &x) < 0 || x > 0xffffffffLL) {
        exc_clear();
        raise_OverflowError("mode out of range");
        return -1;
    }
    *out = (unsigned)x;
    return 0;
}

#define ISFN(name, expr)                                                                \
    static Value s_##name(Value self, const Value *args, size_t nargs, Value kw)       \
    {                                                                                   \
        unsigned m;                                                                     \
        if (args_count(#name, nargs, 1, 1) < 0 || mode_arg(args[0], &m) < 0) return 0;  \
        return expr;                                                                    \
    }
ISFN(S_ISDIR, BOOL_V(S_ISDIR(m)))
ISFN(S_ISCHR, BOOL_V(S_ISCHR(m)))
ISFN(S_ISBLK, BOOL_V(S_ISBLK(m)))
ISFN(S_ISREG, BOOL_V(S_ISREG(m)))
ISFN(S_ISFIFO, BOOL_V(S_ISFIFO(m)))
ISFN(S_ISLNK, BOOL_V(S_ISLNK(m)))
ISFN(S_ISSOCK, BOOL_V(S_ISSOCK(m)))
ISFN(S_ISDOOR, ((void)m, FALSE_V))
ISFN(S_ISPORT, ((void)m, FALSE_V))
ISFN(S_ISWHT, ((void)m, FALSE_V))
ISFN(S_IMODE, MKSMALL(m & 07777))
ISFN(S_IFMT, MKSMALL(m & S_IFMT))

static char filetype(unsigned m)
{
    if (S_ISREG(m)) return '-';
    if (S_ISDIR(m)) return 'd';
    if (S_ISLNK(m)) return 'l';
    if (S_ISBLK(m)) return 'b';
    if (S_ISCHR(m)) return 'c';
    if (S_ISFIFO(m)) return 'p';
    if (S_ISSOCK(m)) return 's';
    return '?';
}

static Value s_filemode(Value self, const Value *args, size_t nargs, Value kw)
{
    unsigned m;
    if (args_count("filemode", nargs, 1, 1) < 0 || mode_arg(args[0], &m) < 0) return 0;
    char b[10];
    b[0] = filetype(m);
    b[1] = m & S_IRUSR ? 'r' : '-';
    b[2] = m & S_IWUSR ? 'w' : '-';
    b[3] = m & S_ISUID ? (m & S_IXUSR ? 's' : 'S') : (m & S_IXUSR ? 'x' : '-');
    b[4] = m & S_IRGRP ? 'r' : '-';
    b[5] = m & S_IWGRP ? 'w' : '-';
    b[6] = m & S_ISGID ? (m & S_IXGRP ? 's' : 'S') : (m & S_IXGRP ? 'x' : '-');
    b[7] = m & S_IROTH ? 'r' : '-';
    b[8] = m & S_IWOTH ? 'w' : '-';
    b[9] = m & S_ISVTX ? (m & S_IXOTH ? 't' : 'T') : (m & S_IXOTH ? 'x' : '-');
    return str_new(b, 10);
}

static const MethodDef stat_methods[] = {
#define M(n) { #n, s_##n, 0, NULL },
    M(S_ISDIR) M(S_ISCHR) M(S_ISBLK) M(S_ISREG) M(S_ISFIFO) M(S_ISLNK) M(S_ISSOCK) M(S_ISDOOR)
    M(S_ISPORT) M(S_ISWHT) M(S_IMODE) M(S_IFMT) M(filemode)
#undef M
    { NULL, NULL, 0, NULL },
};

static int stat_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    for (const StatConst *c = stat_consts; c->name; c++)
        if (dict_set_cstr(d, c->name, MKSMALL(c->v)) < 0) return -1;
    return 0;
}

const ModuleDef _stat_module = { "_stat", "S_IFMT_: file type bits ...", stat_methods, stat_exec };
