/* kiln: the AST pool allocator and the operator name tables (see ast.h). */
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct PoolChunk { struct PoolChunk *next; size_t size, used; } PoolChunk;
struct AstPool { PoolChunk *head; };

#define POOL_CHUNK (64 * 1024)

AstPool *ast_pool_new(void)
{
    AstPool *p = calloc(1, sizeof *p);
    if (!p) { fprintf(stderr, "kiln: out of memory (AST pool)\n"); abort(); }
    return p;
}

void ast_pool_free(AstPool *pool)
{
    if (!pool) return;
    PoolChunk *c = pool->head;
    while (c) {
        PoolChunk *n = c->next;
        free(c);
        c = n;
    }
    free(pool);
}

void *ast_alloc(AstPool *pool, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    PoolChunk *c = pool->head;
    if (!c || c->used + size > c->size) {
        size_t want = size > POOL_CHUNK / 4 ? size : POOL_CHUNK;
        size_t hdr = (sizeof(PoolChunk) + 7) & ~(size_t)7;
        PoolChunk *n = malloc(hdr + want);
        if (!n) { fprintf(stderr, "kiln: out of memory (AST pool)\n"); abort(); }
        n->size = want;
        n->used = 0;
        if (size > POOL_CHUNK / 4 && c) {
            /* big block: link it behind the current chunk so the current one stays usable */
            n->next = c->next;
            c->next = n;
        } else {
            n->next = c;
            pool->head = n;
        }
        c = n;
    }
    size_t hdr = (sizeof(PoolChunk) + 7) & ~(size_t)7;
    void *r = (char *)c + hdr + c->used;
    c->used += size;
    memset(r, 0, size);
    return r;
}

char *ast_strndup(AstPool *pool, const char *s, size_t n)
{
    char *r = ast_alloc(pool, n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

#define NAME_(n) #n,
static const char *const operator_names[] = { AST_OPERATORS(NAME_) };
static const char *const unaryop_names[] = { AST_UNARYOPS(NAME_) };
static const char *const cmpop_names[] = { AST_CMPOPS(NAME_) };
static const char *const boolop_names[] = { AST_BOOLOPS(NAME_) };
static const char *const ctx_names[] = { AST_CTXS(NAME_) };
STATIC_ASSERT(ARRAY_LEN(operator_names) == Op__COUNT, "operator table");
STATIC_ASSERT(ARRAY_LEN(cmpop_names) == CmpOp__COUNT, "cmpop table");

const char *ast_operator_name(Operator op) { return operator_names[op]; }
const char *ast_unaryop_name(UnaryOpKind op) { return unaryop_names[op]; }
const char *ast_cmpop_name(CmpOpKind op) { return cmpop_names[op]; }
const char *ast_boolop_name(BoolOpKind op) { return boolop_names[op]; }
const char *ast_ctx_name(ExprContext ctx) { return ctx_names[ctx]; }
