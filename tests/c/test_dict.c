/* White-box test of the dict core (dict.c) and the container C API, run
 * before the VM exists: insertion order, deletion and reuse, resizes across
 * index widths, versions, str fast paths, popitem, iteration guards.
 * Build: tests/c/test_dict.sh */
#include "core.h"
#include <string.h>

__attribute__((weak)) Value vm_current_globals(void) { return 0; }
static int fails;

#define CHECK(c) do { if (!(c)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); fails++; } } while (0)

static const char *repr(Value v)
{
    if (!v) {
        Value e = exc_fetch();
        Value s = e ? obj_str(e) : 0;
        static char buf[512];   /* test harness only: not linked into kiln */
        snprintf(buf, sizeof buf, "EXC %s: %s", e ? TYPE_NAME(e) : "?", s ? STR_DATA(s) : "?");
        return buf;
    }
    Value r = obj_repr(v);
    return r ? STR_DATA(r) : "<repr failed>";
}
#define EXPECT(v, s) do { const char *r_ = repr(v); if (strcmp(r_, s)) { printf("FAIL %s:%d: %s -> %s, want %s\n", __FILE__, __LINE__, #v, r_, s); fails++; } } while (0)

static Value str(const char *s) { return str_from_cstr(s); }

int main(void)
{
    volatile int marker = 0;
    heap_init();
    R->ts.c_stack_base = (void *)&marker;
    genesis();

    /* basic set/get, order, replace keeps position */
    Value d = dict_new();
    uint64_t v0 = dict_version(d);
    dict_set(d, str("b"), MKSMALL(1));
    dict_set(d, str("a"), MKSMALL(2));
    dict_set(d, MKSMALL(3), str("x"));
    CHECK(dict_version(d) != v0);
    EXPECT(d, "{'b': 1, 'a': 2, 3: 'x'}");
    dict_set(d, str("b"), MKSMALL(10));
    EXPECT(d, "{'b': 10, 'a': 2, 3: 'x'}");
    CHECK(dict_get_cstr(d, "a") == MKSMALL(2));
    CHECK(dict_get_str(d, str("a")) == MKSMALL(2));
    CHECK(dict_get(d, MKSMALL(3)) != 0);
    CHECK(dict_get(d, MKSMALL(4)) == 0 && !exc_pending());
    /* 3.0 == 3 and hashes equal */
    CHECK(dict_get(d, float_new(3.0)) != 0);
    CHECK(dict_size(d) == 3);

    /* delete, reinsertion goes to the end */
    CHECK(dict_del(d, str("b")) == 0);
    EXPECT(d, "{'a': 2, 3: 'x'}");
    dict_set(d, str("b"), MKSMALL(1));
    EXPECT(d, "{'a': 2, 3: 'x', 'b': 1}");
    CHECK(dict_del(d, str("zz")) == -1);
    EXPECT(0, "EXC KeyError: 'zz'");

    /* many keys: index widths 1, 2 and 4 bytes */
    Value big = dict_new();
    for (int64_t i = 0; i < 100000; i++) dict_set(big, MKSMALL(i * 7), MKSMALL(i));
    CHECK(dict_size(big) == 100000);
    int ok = 1;
    for (int64_t i = 0; i < 100000; i++) if (dict_get(big, MKSMALL(i * 7)) != MKSMALL(i)) ok = 0;
    CHECK(ok);
    for (int64_t i = 0; i < 100000; i += 2) dict_del(big, MKSMALL(i * 7));
    CHECK(dict_size(big) == 50000);
    gc_collect();
    int64_t pos = 0, n = 0, last = -1;
    Value k, v;
    ok = 1;
    while (dict_next(big, &pos, &k, &v)) {
        if (SMALL_VAL(v) <= last || SMALL_VAL(v) % 2 == 0) ok = 0;
        last = SMALL_VAL(v);
        n++;
    }
    CHECK(ok && n == 50000);

    /* str keys: equal strings, different objects */
    Value sd = dict_new();
    char buf[32];
    for (int i = 0; i < 1000; i++) { snprintf(buf, sizeof buf, "k%d", i); dict_set(sd, str(buf), MKSMALL(i)); }
    ok = 1;
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        if (dict_get_cstr(sd, buf) != MKSMALL(i) || dict_get_str(sd, str(buf)) != MKSMALL(i)) ok = 0;
    }
    CHECK(ok);
    gc_collect();
    ok = 1;
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        if (dict_get_cstr(sd, buf) != MKSMALL(i)) ok = 0;
    }
    CHECK(ok);
    EXPECT(d, "{'a': 2, 3: 'x', 'b': 1}");

    /* copy, equality, update, merge_kwargs */
    Value c = dict_copy(d);
    EXPECT(c, "{'a': 2, 3: 'x', 'b': 1}");
    CHECK(obj_eq(c, d) == 1);
    dict_set(c, str("a"), MKSMALL(5));
    CHECK(obj_eq(c, d) == 0);
    Value u = dict_new();
    dict_update(u, list_from((Value[]){tuple_pack(2, MKSMALL(1), MKSMALL(2)), list_from((Value[]){str("q"), NONE}, 2)}, 2));
    EXPECT(u, "{1: 2, 'q': None}");
    CHECK(dict_update(u, list_from((Value[]){MKSMALL(1)}, 1)) < 0);
    EXPECT(0, "EXC TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    CHECK(dict_update(u, list_from((Value[]){tuple_pack(3, NONE, NONE, NONE)}, 1)) < 0);
    EXPECT(0, "EXC ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CHECK(dict_merge_kwargs(dict_new(), u) < 0);
    EXPECT(0, "EXC TypeError: keywords must be strings");

    /* unhashable key */
    CHECK(dict_set(d, list_new(0), NONE) < 0);
    EXPECT(0, "EXC TypeError: unhashable type: 'list'");

    /* pop / setdefault / keys list */
    EXPECT(dict_pop(d, str("a"), 0), "2");
    EXPECT(dict_pop(d, str("a"), 0), "EXC KeyError: 'a'");
    EXPECT(dict_setdefault(d, str("n"), MKSMALL(7)), "7");
    EXPECT(dict_keys_list(d), "[3, 'b', 'n']");

    /* recursive repr */
    Value r = dict_new();
    dict_set(r, str("self"), r);
    EXPECT(r, "{'self': {...}}");
    Value l = list_new(0);
    list_append(l, l);
    EXPECT(l, "[[...]]");

    /* sets: CPython iteration order for ints */
    Value s = set_new();
    int vals[] = {5, 3, 100, 8, 1, 64, 9, 33};
    for (int i = 0; i < 8; i++) set_add(s, MKSMALL(vals[i]));
    EXPECT(s, "{64, 1, 33, 3, 100, 5, 8, 9}");
    Value fs = frozenset_from_iter(s);
    int64_t h;
    obj_hash(frozenset_from_iter(tuple_pack(3, MKSMALL(1), MKSMALL(2), MKSMALL(3))), &h);
    CHECK(h == -272375401224217160LL);
    obj_hash(tuple_pack(3, MKSMALL(1), MKSMALL(2), MKSMALL(3)), &h);
    CHECK(h == 529344067295497451LL);
    EXPECT(fs, "frozenset({64, 1, 33, 3, 100, 5, 8, 9})");

    /* list sort */
    Value ls = list_from((Value[]){MKSMALL(3), MKSMALL(1), MKSMALL(2)}, 3);
    list_sort(ls, 0, true);
    EXPECT(ls, "[3, 2, 1]");
    ls = list_from((Value[]){str("b"), str("c"), str("a")}, 3);
    list_sort(ls, 0, false);
    EXPECT(ls, "['a', 'b', 'c']");
    ls = list_from((Value[]){MKSMALL(3), str("c"), MKSMALL(1)}, 3);
    CHECK(list_sort(ls, 0, false) < 0);
    EXPECT(0, "EXC TypeError: '<' not supported between instances of 'str' and 'int'");

    /* slices */
    Value sl = slice_new(MKSMALL(-1), NONE, MKSMALL(-2));
    int64_t a, b, st, len;
    slice_indices(sl, 10, &a, &b, &st, &len);
    CHECK(a == 9 && b == -1 && st == -2 && len == 5);
    EXPECT(sl, "slice(-1, None, -2)");
    EXPECT(range_new(0, 10, 3), "range(0, 10, 3)");

    /* re-keying: a new str hash secret, then rehash the tables */
    {
        Value rd = dict_new(), rs = set_new();
        Value ks[50];
        for (int i = 0; i < 50; i++) {
            snprintf(buf, sizeof buf, "r%d", i);
            ks[i] = str(buf);
            dict_set(rd, ks[i], MKSMALL(i));
            set_add(rs, ks[i]);
        }
        dict_del(rd, ks[7]);
        R->hash_k0 ^= 0x9e3779b97f4a7c15ULL;
        for (int i = 0; i < 50; i++) ((Str *)ks[i])->hash = -1;
        dict_rehash(rd);
        set_rehash(rs);
        ok = 1;
        for (int i = 0; i < 50; i++) {
            snprintf(buf, sizeof buf, "r%d", i);
            Value k2 = str(buf);
            if (i != 7 && dict_get(rd, k2) != MKSMALL(i)) ok = 0;
            if (i == 7 && dict_get(rd, k2)) ok = 0;
            if (set_contains(rs, k2) != 1) ok = 0;
        }
        CHECK(ok && dict_size(rd) == 49 && set_size(rs) == 50);
        R->hash_k0 ^= 0x9e3779b97f4a7c15ULL;
    }

    printf(fails ? "test_dict: %d FAILED\n" : "test_dict: ok\n", fails);
    return fails != 0;
}
