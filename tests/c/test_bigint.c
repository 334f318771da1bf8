/* White-box test of the BigInt core in core/objects/int.c against values
 * computed by CPython 3.11 (bigint_cases.h).  Links int.o and dtoa.o alone:
 * the few runtime services they use are stubbed below (malloc-backed objects,
 * exceptions recorded as a message).  Build and run: tests/c/test_bigint.sh */
#include "core.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static char last_error[512];

Object *gc_alloc_noscan(Type *t, size_t n) { Object *o = calloc(1, n < 16 ? 16 : n); o->type = t; return o; }
Object *gc_alloc(Type *t, size_t n) { return gc_alloc_noscan(t, n); }
Object *gc_alloc_kind(Type *t, size_t n, unsigned kind) { (void)kind; return gc_alloc_noscan(t, n); }
Value raise_fmt(Type *exc, const char *fmt, ...) { snprintf(last_error, sizeof last_error, "%s", fmt); return 0; }
Value raise_memory(void) { strcpy(last_error, "MemoryError"); return 0; }
bool type_is_subtype(Type *a, Type *b) { return a == b; }
Value str_new(const char *s, size_t n)
{
    Str *o = calloc(1, sizeof(Str) + n + 1);
    memcpy(o->data, s, n);
    o->nbytes = (int64_t)n;
    return OBJ_VAL(o);
}
Value str_from_cstr(const char *s) { return str_new(s, strlen(s)); }
void sb_init(StrBuf *b) { b->data = NULL; b->len = b->cap = 0; }
void sb_free(StrBuf *b) { free(b->data); sb_init(b); }
void sb_add(StrBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) { b->cap = (b->len + n + 1) * 2; b->data = realloc(b->data, b->cap); }
    memcpy(b->data + b->len, s, n); b->len += n; b->data[b->len] = 0;
}
void sb_adds(StrBuf *b, const char *s) { sb_add(b, s, strlen(s)); }
void sb_addc(StrBuf *b, char c) { sb_add(b, &c, 1); }
Value sb_finish(StrBuf *b) { Value v = str_new(b->data ? b->data : "", b->len); sb_free(b); return v; }
Value kiln_state_dict(void) { return 0; }
Value dict_get_cstr(Value d, const char *k) { return 0; }
void exc_clear(void) {}
Value float_new(double d) { Float *f = calloc(1, sizeof(Float)); f->v = d; return OBJ_VAL(f); }

static Value P(const char *s)
{
    Value v = int_from_str(s, strlen(s), 10);
    if (!v) { fprintf(stderr, "parse failed: %s (%s)\n", s, last_error); exit(1); }
    return v;
}

static const char *S_(Value v)
{
    if (!v) return last_error;
    return STR_DATA(int_repr(v));
}

struct Case { const char *op, *a, *b, *want; };
static const struct Case cases[] = {
#include "bigint_cases.h"
};

int main(void)
{
    int fails = 0;
    char buf[64];
    /* the Root's type objects: only the int type's flags are read */
    if (mmap((void *)KILN_ARENA_BASE, (sizeof(Root) + 4095) & ~4095UL, PROT_READ | PROT_WRITE,
             MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == MAP_FAILED) { perror("mmap"); return 1; }
    R->t_int.flags = TF_INT_SUB;
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        const struct Case *c = &cases[i];
        Value a = P(c->a), b = P(c->b), r = 0;
        const char *got = NULL;
        int err;
        int64_t n = IS_SMALL(b) ? SMALL_VAL(b) : 0;
        switch (c->op[0]) {
        case '+': r = int_add(a, b); break;
        case '-': r = int_sub(a, b); break;
        case '*': r = int_mul(a, b); break;
        case '/': r = int_floordiv(a, b); break;
        case '%': r = int_mod(a, b); break;
        case '&': r = int_spec.nb_and(a, b); break;
        case '|': r = int_spec.nb_or(a, b); break;
        case '^': r = int_spec.nb_xor(a, b); break;
        case '<': r = int_lshift(a, n); break;
        case '>': r = int_spec.nb_rshift(a, b); break;
        case 'p': r = int_pow(a, b, NONE); break;
        case 'P': r = int_pow(a, b, strcmp(c->a, "-5") == 0 ? P("-10000000000000000000000003")
                                  : strcmp(c->a, "17") == 0 ? P("10000000000000000000000000000000000000009")
                                  : P("1000000000000000000000000000007")); break;
        case 'c': snprintf(buf, sizeof buf, "%d", int_compare(a, b)); got = buf; break;
        case 'h': snprintf(buf, sizeof buf, "%lld", (long long)int_hash_of(a)); got = buf; break;
        case 'x': got = STR_DATA(int_to_base_str(a, 16)); break;
        case 'o': got = STR_DATA(int_to_base_str(a, 8)); break;
        case 'b': got = STR_DATA(int_to_base_str(a, 2)); break;
        case 't': case 'd': {
            double d = c->op[0] == 't' ? int_true_divide(a, b, &err) : int_as_double(a, &err);
            if (err) { got = "ERR"; break; }
            num_repr_buf(d, buf, true);
            got = buf;
            break;
        }
        }
        if (!got) got = S_(r);
        if (strcmp(got, c->want) != 0) {
            if (fails < 20) fprintf(stderr, "FAIL %s %s %s\n  want %s\n  got  %s\n", c->a, c->op, c->b, c->want, got);
            fails++;
        }
    }
    /* normalisation: results that fit must be small */
    Value big = P("4611686018427387904");
    if (IS_SMALL(big) || !IS_SMALL(int_sub(big, MKSMALL(1)))) { fprintf(stderr, "FAIL normalisation\n"); fails++; }
    /* bytes round trip */
    unsigned char bytes[20];
    Value v = P("-123456789012345678901234567890");
    if (int_to_bytes(v, bytes, 20, true, true) < 0 || int_compare(int_from_bytes(bytes, 20, true, true), v) != 0) {
        fprintf(stderr, "FAIL bytes round trip\n"); fails++;
    }
    /* digit limit */
    char *s = malloc(5001); memset(s, '7', 5000); s[5000] = 0;
    if (int_from_str(s, 5000, 10) != 0 || !strstr(last_error, "Exceeds the limit")) { fprintf(stderr, "FAIL digit limit\n"); fails++; }
    if (int_from_str(s, 4300, 10) == 0) { fprintf(stderr, "FAIL 4300 digits\n"); fails++; }
    printf("%zu cases, %d failures\n", ARRAY_LEN(cases), fails);
    return fails != 0;
}
