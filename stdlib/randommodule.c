/* _random: the Mersenne Twister (MT19937) behind the random module, bit for
 * bit the generator CPython's _randommodule.c runs, so a seeded sequence is the
 * same in both.  random.Random subclasses _random.Random; seeding happens in
 * __init__ (as 3.11), so a subclass whose __init__ skips it keeps a zero state. */
#include "core.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>

enum { MT_N = 624, MT_M = 397 };

typedef struct RandomObj {
    Object hdr;
    int32_t index;
    uint32_t state[MT_N];
} RandomObj;

#define RO(v) AS(RandomObj, v)

/* -- The generator ---------------------------------------------------------- */

static uint32_t genrand_uint32(RandomObj *self)
{
    static const uint32_t mag01[2] = { 0x0u, 0x9908b0dfu };
    uint32_t *mt = self->state, y;
    if (self->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static void init_genrand(RandomObj *self, uint32_t s)
{
    uint32_t *mt = self->state;
    mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++)
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
    self->index = MT_N;
}

static void init_by_array(RandomObj *self, const uint32_t *key, size_t klen)
{
    uint32_t *mt = self->state;
    init_genrand(self, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > klen ? MT_N : klen; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++; j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= klen) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000u;
}

/* -- Seeding ------------------------------------------------------------------ */

/* No argument or None: the OS's entropy, or the time and pid if it has none. */
static void seed_fresh(RandomObj *self)
{
    uint32_t key[MT_N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t r = getrandom((char *)key + got, sizeof key - got, GRND_NONBLOCK);
        if (r <= 0) break;
        got += (size_t)r;
    }
    if (got == sizeof key) { init_by_array(self, key, MT_N); return; }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t mono = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    uint32_t k[5] = { (uint32_t)ns, (uint32_t)(ns >> 32), (uint32_t)getpid(), (uint32_t)mono, (uint32_t)(mono >> 32) };
    init_by_array(self, k, 5);
}

/* random_seed: abs() of an int (int.__abs__ for subclasses), else the object's
 * hash as an unsigned machine word, cut into 32-bit words, least significant first. */
static int seed_with(RandomObj *self, Value arg)
{
    if (!arg || arg == NONE) { seed_fresh(self); return 0; }
    uint32_t small[2];
    if (IS_INT(arg)) {
        Value n = int_value_of(arg);
        if (IS_OBJ(n)) {
            BigInt *b = AS(BigInt, n);
            size_t len = (size_t)(b->size < 0 ? -b->size : b->size);
            while (len > 1 && b->digits[len - 1] == 0) len--;
            if (len == 0) { small[0] = 0; init_by_array(self, small, 1); return 0; }
            /* digits stay put: a non-moving heap, and nothing allocates below */
            init_by_array(self, b->digits, len);
            return 0;
        }
        int64_t i = SMALL_VAL(n);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        small[0] = (uint32_t)u; small[1] = (uint32_t)(u >> 32);
        init_by_array(self, small, small[1] ? 2 : 1);
        return 0;
    }
    int64_t h;
    if (obj_hash(arg, &h) < 0) return -1;
    uint64_t u = (uint64_t)h;
    small[0] = (uint32_t)u; small[1] = (uint32_t)(u >> 32);
    init_by_array(self, small, small[1] ? 2 : 1);
    return 0;
}

/* -- The Random type ---------------------------------------------------------- */

static Value random_new(Type *t, const Value *args, size_t nargs, Value kw)
{
    Object *o = t == T(random) ? gc_alloc_noscan(t, sizeof(RandomObj)) : gc_alloc(t, t->basicsize);
    return OBJ_VAL(o);
}

static int random_init(Value self, const Value *args, size_t nargs, Value kw)
{
    Type *t = TYPE(self);
    if (kw && TUPLE_SIZE(kw) &&
        (t == T(random) || type_lookup(t, S(__init__)) == type_lookup(T(random), S(__init__)))) {
        raise_TypeError("Random() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        raise_TypeError("Random() requires 0 or 1 argument");
        return -1;
    }
    return seed_with(RO(self), nargs ? args[0] : 0);
}

static Value r_seed(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("seed", nargs, 0, 1) < 0) return 0;
    if (seed_with(RO(self), nargs ? args[0] : 0) < 0) return 0;
    return NONE;
}

static Value r_random(Value self, const Value *args, size_t nargs, Value kw)
{
    uint32_t a = genrand_uint32(RO(self)) >> 5, b = genrand_uint32(RO(self)) >> 6;
    return float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/* A C int argument through __index__, with CPython's overflow message. */
static int arg_c_int(Value v, int *out)
{
    Value n = obj_index(v);
    if (!n) return -1;
    int64_t i;
    if (int_as_i64(n, &i) < 0 || i < INT32_MIN || i > INT32_MAX) {
        exc_clear();
        raise_OverflowError("Python int too large to convert to C int");
        return -1;
    }
    *out = (int)i;
    return 0;
}

static Value r_getrandbits(Value self, const Value *args, size_t nargs, Value kw)
{
    int k;
    if (arg_c_int(args[0], &k) < 0) return 0;
    if (k < 0) return raise_ValueError("number of bits must be non-negative");
    if (k == 0) return MKSMALL(0);
    if (k <= 32) return MKSMALL(genrand_uint32(RO(self)) >> (32 - k));
    size_t words = ((size_t)k - 1) / 32 + 1;
    unsigned char *buf = malloc(words * 4);
    if (!buf) return raise_memory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(RO(self));
        if (k < 32) r >>= 32 - k;
        for (int b = 0; b < 4; b++) buf[i * 4 + (size_t)b] = (unsigned char)(r >> (8 * b));
    }
    Value v = int_from_bytes(buf, words * 4, true, false);
    free(buf);
    return v;
}

static Value r_getstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Value t = tuple_new(MT_N + 1);
    for (int i = 0; i < MT_N; i++) TUPLE_ITEMS(t)[i] = MKSMALL(RO(self)->state[i]);
    TUPLE_ITEMS(t)[MT_N] = MKSMALL(RO(self)->index);
    return t;
}

/* PyLong_AsUnsignedLong: ints only, with its messages. */
static int state_word(Value v, uint32_t *out)
{
    if (!IS_INT(v)) { raise_TypeError("an integer is required"); return -1; }
    Value n = int_value_of(v);
    if (int_sign(n) < 0) { raise_OverflowError("can't convert negative value to unsigned int"); return -1; }
    if (int_bit_length(n) > 64) { raise_OverflowError("Python int too large to convert to C unsigned long"); return -1; }
    uint64_t u = 0;
    unsigned char b[8];
    if (int_to_bytes(n, b, 8, true, false) < 0) return -1;
    for (int i = 7; i >= 0; i--) u = (u << 8) | b[i];
    *out = (uint32_t)u;
    return 0;
}

static Value r_setstate(Value self, const Value *args, size_t nargs, Value kw)
{
    Value st = args[0];
    if (!IS_TUPLE(st)) return raise_TypeError("state vector must be a tuple");
    if (TUPLE_SIZE(st) != MT_N + 1) return raise_ValueError("state vector is the wrong size");
    uint32_t fresh[MT_N];
    for (int i = 0; i < MT_N; i++)
        if (state_word(TUPLE_ITEMS(st)[i], &fresh[i]) < 0) return 0;
    Value iv = obj_index(TUPLE_ITEMS(st)[MT_N]);
    int64_t index;
    if (!iv || int_as_i64(iv, &index) < 0) return 0;
    if (index < 0 || index > MT_N) return raise_ValueError("invalid state");
    RO(self)->index = (int32_t)index;
    memcpy(RO(self)->state, fresh, sizeof fresh);
    return NONE;
}

static const MethodDef random_methods[] = {
    { "random", r_random, METH_NOARGS, "random() -> x in the interval [0, 1)." },
    { "seed", r_seed, METH_NOKW, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\n"
                         "of the current time and the process identifier." },
    { "getstate", r_getstate, METH_NOARGS, "getstate() -> tuple containing the current state." },
    { "setstate", r_setstate, METH_O, "setstate(state) -> None.  Restores generator state." },
    { "getrandbits", r_getrandbits, METH_O, "getrandbits(k) -> x.  Generates an int with k random bits." },
    { NULL, NULL, 0, NULL },
};

const TypeSpec random_spec = {
    .name = "_random.Random", .base = -1, .basicsize = sizeof(RandomObj), .flags = TF_BASETYPE,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .trace = trace_leaf, .new_ = random_new, .init = random_init, .methods = random_methods,
};

static int random_exec(Value m)
{
    return dict_set_cstr(AS(Module, m)->dict, "Random", OBJ_VAL(T(random)));
}

const ModuleDef _random_module = {
    "_random", "Module implements the Mersenne Twister random number generator.", NULL, random_exec,
};
