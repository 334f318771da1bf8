/* White-box test of float repr and the float format mini-language in
 * core/objects/dtoa.c against CPython 3.11 (numfmt_cases.h).  Links dtoa.o
 * alone with stubs.  Build and run: tests/c/test_bigint.sh */
#include "core.h"
#include "numfmt_cases.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char last_error[512];

Object *gc_alloc_noscan(Type *t, size_t n) { Object *o = calloc(1, n < 16 ? 16 : n); o->type = t; return o; }
Object *gc_alloc(Type *t, size_t n) { return gc_alloc_noscan(t, n); }
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
Value float_new(double d) { Float *f = calloc(1, sizeof(Float)); f->v = d; return OBJ_VAL(f); }

void sb_add_cp(StrBuf *b, uint32_t cp) { char c = (char)cp; sb_add(b, &c, 1); }
Value obj_str(Value v) { return 0; }

struct RCase { uint64_t bits; const char *want; };
struct FCase { uint64_t bits; const char *spec, *want; };
static const struct RCase rcases[] = { REPR_CASES };
static const struct FCase fcases[] = { FMT_CASES };

static double from_bits(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }

int main(void)
{
    int fails = 0;
    char buf[64];
    for (size_t i = 0; i < ARRAY_LEN(rcases); i++) {
        num_repr_buf(from_bits(rcases[i].bits), buf, true);
        if (strcmp(buf, rcases[i].want)) {
            if (fails++ < 20) fprintf(stderr, "FAIL repr: want %s got %s\n", rcases[i].want, buf);
        }
    }
    for (size_t i = 0; i < ARRAY_LEN(fcases); i++) {
        const struct FCase *c = &fcases[i];
        const char *got;
        if (!*c->spec) continue;   /* '' is str(): handled by float.__format__ */
        FmtSpec f;
        Value spec = str_from_cstr(c->spec), r = 0;
        if (fmt_parse(spec, &f, "float") == 0) r = fmt_float(from_bits(c->bits), &f);
        got = r ? STR_DATA(r) : "ERR";
        if (strcmp(got, c->want)) {
            if (fails++ < 40) fprintf(stderr, "FAIL format(%.17g, '%s'): want '%s' got '%s'\n", from_bits(c->bits), c->spec, c->want, got);
        }
    }
    printf("%zu repr + %zu format cases, %d failures\n", ARRAY_LEN(rcases), ARRAY_LEN(fcases), fails);
    return fails != 0;
}
