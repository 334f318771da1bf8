/* kiln: genesis — building the runtime Root from nothing at start-up.
 * Order matters: the hash secret and the intern table come first (every name
 * is an interned str), then the builtin types in BUILTIN_TYPES order, the
 * singletons, the exception hierarchy, and finally the builtins and sys
 * modules.  Everything made here lives in the arena, so an image restored
 * later needs none of it redone. */
#include "core.h"
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <stdlib.h>
#include <unistd.h>

void exc_init_types(void);

static const char *const name_strings[] = {
#define NAME(n) #n,
#include "names.def"
#undef NAME
};

/* A fresh str/bytes hash secret (PYTHONHASHSEED=N: a fixed one); at
 * genesis, and by `kiln run --rehash`. */
void init_hash_secret(void)
{
    uint64_t k[2];
    if (getrandom(k, sizeof k, 0) != (ssize_t)sizeof k) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        k[0] = (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ULL ^ (uint64_t)getpid();
        k[1] = (uint64_t)ts.tv_sec * 0xC2B2AE3D27D4EB4FULL;
    }
    const char *fixed = getenv("PYTHONHASHSEED");
    if (fixed && *fixed && strcmp(fixed, "random") != 0) {
        uint64_t seed = strtoull(fixed, NULL, 10);
        k[0] = seed * 0x9E3779B97F4A7C15ULL + 1;
        k[1] = seed ^ 0xC2B2AE3D27D4EB4FULL;
    }
    R->hash_k0 = k[0];
    R->hash_k1 = k[1];
}

void genesis(void)
{
    R->magic = 0x6b696c6e526f6f74ULL;  /* "kilnRoot" */
    R->cur_ts = &R->ts;
    R->ts.recursion_limit = 1000;
    init_hash_secret();
    gc_pause();

    /* Singletons first: their addresses are fixed, their types are filled below. */
    R->none.type = T(none);
    R->notimplemented.type = T(notimplemented);
    R->ellipsis.type = T(ellipsis);
    R->false_.hdr.type = T(bool);
    R->false_.v = 0;
    R->true_.hdr.type = T(bool);
    R->true_.v = 1;

    str_init_caches();
    R->empty_tuple = tuple_new(0);
    R->interned = dict_new();
    for (size_t i = 0; i < NAME_COUNT; i++) R->names[i] = str_intern_cstr(name_strings[i]);

    const TypeSpec *specs[] = {
#define SPEC(c, f) &c##_spec,
        BUILTIN_TYPES(SPEC)
#undef SPEC
    };
    Type *types[] = {
#define TYPEP(c, f) &R->t_##c,
        BUILTIN_TYPES(TYPEP)
#undef TYPEP
    };
    for (size_t i = 0; i < ARRAY_LEN(specs); i++) type_init_builtin(types[i], specs[i], T(type));
    exc_init_types();

    R->modules = dict_new();
    R->argv = list_new(0);
    if (builtins_init() < 0 || sys_init(0, NULL) < 0) {
        Value e = exc_fetch();
        if (e) exc_print(e, stderr);
        kiln_fatal("kiln: start-up failed");
    }
    gc_resume();
}
