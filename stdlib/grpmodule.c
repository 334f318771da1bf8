/* kiln: the grp module (group database) with grp.struct_group. */
#include "core.h"
#include <grp.h>
#include <stdlib.h>
#include <string.h>

static Value decode_c(const char *s)
{
    return str_decode(s, strlen(s), "utf-8", "surrogateescape");
}

static Value make_gr(Value module, const struct group *g)
{
    Value mem = list_new(0);
    for (char **m = g->gr_mem; m && *m; m++) {
        Value s = decode_c(*m);
        if (!s || list_append(mem, s) < 0) return 0;
    }
    Value v[4] = { decode_c(g->gr_name), g->gr_passwd ? decode_c(g->gr_passwd) : NONE,
                   int_from_i64(g->gr_gid), mem };
    for (int i = 0; i < 4; i++) if (!v[i]) return 0;
    Value t = dict_get_cstr(AS(Module, module)->dict, "struct_group");
    return obj_call1(t, tuple_from(v, 4));
}

/* CPython's _Py_Gid_Converter: -1 is allowed, other negatives and values that do
 * not fit a gid_t are OverflowErrors with its (odd) choice of words. */
static int gid_convert(Value v, gid_t *out)
{
    if (!IS_INT(v) && !TYPE(v)->nb_index)
        { raise_TypeError("gid should be integer, not %T", v); return -1; }
    Value i = obj_index(v);
    if (!i) return -1;
    int64_t x;
    if (int_as_i64(i, &x) < 0) {
        if (!exc_matches(E(OverflowError))) return -1;
        exc_clear();
        raise_OverflowError(int_sign(i) < 0 ? "gid is less than minimum" : "gid is greater than maximum");
        return -1;
    }
    if (x == -1) { *out = (gid_t)-1; return 0; }
    if (x < 0 || x > 0xffffffffLL) { raise_OverflowError("gid is less than minimum"); return -1; }
    *out = (gid_t)x;
    return 0;
}

static Value g_getgrgid(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "id", NULL };
    Value a[1];
    if (args_parse("getgrgid", args, nargs, kw, names, 1, a) < 0) return 0;
    gid_t gid;
    if (gid_convert(a[0], &gid) < 0) return 0;
    struct group gr, *res = NULL;
    char buf[16384];
    name_services_ready();
    if (getgrgid_r(gid, &gr, buf, sizeof buf, &res) != 0 || !res)
        return raise_fmt(E(KeyError), "getgrgid(): gid not found: %S",
                         gid == (gid_t)-1 ? int_from_i64(-1) : int_from_i64(gid));
    return make_gr(self, res);
}

static Value g_getgrnam(Value self, const Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = { "name", NULL };
    Value a[1];
    if (args_parse("getgrnam", args, nargs, kw, names, 1, a) < 0) return 0;
    if (!IS_STR(a[0])) return raise_TypeError("getgrnam() argument 'name' must be str, not %T", a[0]);
    Value b = str_encode(a[0], "utf-8", "surrogateescape");
    if (!b) return 0;
    if (memchr(BYTES_DATA(b), 0, (size_t)BYTES_SIZE(b))) return raise_ValueError("embedded null byte");
    struct group gr, *res = NULL;
    char buf[16384];
    name_services_ready();
    if (getgrnam_r(BYTES_DATA(b), &gr, buf, sizeof buf, &res) != 0 || !res)
        return raise_fmt(E(KeyError), "getgrnam(): name not found: %R", a[0]);
    return make_gr(self, res);
}

static Value g_getgrall(Value self, const Value *args, size_t nargs, Value kw)
{
    Value l = list_new(0);
    name_services_ready();
    setgrent();
    struct group *g;
    while ((g = getgrent())) {
        Value e = make_gr(self, g);
        if (!e || list_append(l, e) < 0) { endgrent(); return 0; }
    }
    endgrent();
    return l;
}

static const MethodDef grp_methods[] = {
    { "getgrgid", g_getgrgid, 0, NULL }, { "getgrnam", g_getgrnam, 0, NULL },
    { "getgrall", g_getgrall, METH_NOARGS, NULL }, { NULL, NULL, 0, NULL },
};

static const char grp_prelude[] =
    "from posix import _structseq\n"
    "struct_group = _structseq('struct_group', 'grp', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'), 4)\n"
    "del _structseq\n";

static int grp_exec(Value m)
{
    return RUN_PRELUDE(AS(Module, m)->dict, grp_prelude, "<grp>");
}

const ModuleDef grp_module = { "grp", NULL, grp_methods, grp_exec };
