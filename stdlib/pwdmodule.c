/* kiln: the pwd module (password database) with pwd.struct_passwd. */
#include "core.h"
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

static Value make_pw(Value module, const struct passwd *p)
{
    Value v[7] = { str_decode(p->pw_name, strlen(p->pw_name), "utf-8", "surrogateescape"),
                   str_decode(p->pw_passwd, strlen(p->pw_passwd), "utf-8", "surrogateescape"),
                   int_from_i64(p->pw_uid), int_from_i64(p->pw_gid),
                   str_decode(p->pw_gecos, strlen(p->pw_gecos), "utf-8", "surrogateescape"),
                   str_decode(p->pw_dir, strlen(p->pw_dir), "utf-8", "surrogateescape"),
                   str_decode(p->pw_shell, strlen(p->pw_shell), "utf-8", "surrogateescape") };
    for (int i = 0; i < 7; i++) if (!v[i]) return 0;
    Value t = dict_get_cstr(AS(Module, module)->dict, "struct_passwd");
    return obj_call1(t, tuple_from(v, 7));
}

static Value p_getpwuid(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getpwuid", nargs, 1, 1) < 0) return 0;
    int64_t uid;
    if (obj_as_ssize(args[0], &uid, E(OverflowError)) < 0) {
        if (!exc_matches(E(OverflowError))) return 0;
        exc_clear();
        uid = -2;
    }
    struct passwd pw, *res = NULL;
    char buf[16384];
    if (uid < -1 || uid > 0xffffffffLL) return raise_fmt(E(KeyError), "getpwuid(): uid not found");
    name_services_ready();
    if (getpwuid_r((uid_t)uid, &pw, buf, sizeof buf, &res) != 0 || !res)
        return raise_fmt(E(KeyError), "getpwuid(): uid not found: %S", args[0]);
    return make_pw(self, res);
}

static Value p_getpwnam(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("getpwnam", nargs, 1, 1) < 0) return 0;
    if (!IS_STR(args[0])) return raise_TypeError("getpwnam() argument must be str, not %T", args[0]);
    Value b = str_encode(args[0], "utf-8", "surrogateescape");
    if (!b) return 0;
    if (memchr(BYTES_DATA(b), 0, (size_t)BYTES_SIZE(b))) return raise_ValueError("embedded null character");
    struct passwd pw, *res = NULL;
    char buf[16384];
    name_services_ready();
    if (getpwnam_r(BYTES_DATA(b), &pw, buf, sizeof buf, &res) != 0 || !res)
        return raise_fmt(E(KeyError), "getpwnam(): name not found: %R", args[0]);
    return make_pw(self, res);
}

static Value p_getpwall(Value self, const Value *args, size_t nargs, Value kw)
{
    Value l = list_new(0);
    name_services_ready();
    setpwent();
    struct passwd *p;
    while ((p = getpwent())) {
        Value e = make_pw(self, p);
        if (!e || list_append(l, e) < 0) { endpwent(); return 0; }
    }
    endpwent();
    return l;
}

static const MethodDef pwd_methods[] = {
    { "getpwuid", p_getpwuid, 0, NULL }, { "getpwnam", p_getpwnam, 0, NULL },
    { "getpwall", p_getpwall, 0, NULL }, { NULL, NULL, 0, NULL },
};

static const char pwd_prelude[] =
    "from posix import _structseq\n"
    "struct_passwd = _structseq('struct_passwd', 'pwd', ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid',\n"
    "    'pw_gecos', 'pw_dir', 'pw_shell'), 7)\n"
    "del _structseq\n";

static int pwd_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    if (RUN_PRELUDE(d, pwd_prelude, "<pwd>") < 0) return -1;
    return 0;
}

const ModuleDef pwd_module = { "pwd", NULL, pwd_methods, pwd_exec };
