/* kiln: definitions every C file includes first.
 * Compiler helpers, assertions that vanish in release builds, and the fixed
 * addresses the whole runtime is built around (DESIGN.md §4). */
#ifndef KILN_DEF_H
#define KILN_DEF_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NORETURN    __attribute__((noreturn))
#define UNUSED      __attribute__((unused))
#define NOINLINE    __attribute__((noinline))
#define ALWAYS_INLINE inline __attribute__((always_inline))
#define PRINTF(a, b) __attribute__((format(printf, a, b)))
#define STATIC_ASSERT(c, msg) _Static_assert(c, msg)
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* The value of an ASCII hexadecimal digit, or -1. */
static inline int hex_digit_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

#ifdef KILN_DEBUG
#define kiln_assert(c) ((c) ? (void)0 : kiln_assert_fail(#c, __FILE__, __LINE__))
#else
#define kiln_assert(c) ((void)0)
#endif

/* The arena: one fixed virtual range holding every object (DESIGN.md §4). */
#define KILN_ARENA_BASE ((uintptr_t)0x100000000000ULL)
#define KILN_ARENA_SIZE ((uintptr_t)64 << 30)
/* The JIT's code range sits right after the arena. */
#define KILN_CODE_BASE  (KILN_ARENA_BASE + KILN_ARENA_SIZE)
#define KILN_CODE_SIZE  ((uintptr_t)1 << 30)

NORETURN void kiln_assert_fail(const char *cond, const char *file, int line);
NORETURN PRINTF(1, 2) void kiln_fatal(const char *fmt, ...);

#endif
