/* kiln: the compiler's private header (symtable.c, compile.c, tools/compile_check.c).
 *
 * The compiler works in two halves.  The front half (symbol table, code generation, assembly,
 * stack-depth analysis) is pure C: it reads the AST and produces CUnit trees whose constants are
 * CConst descriptions, all allocated from the AST pool; it touches no runtime Values, so it needs
 * no GC care and can be tested on its own (tools/compile_check.c).  The back half
 * (cu_materialize) turns a finished CUnit tree into Code objects in one go.
 */
#ifndef KILN_COMPILE_H
#define KILN_COMPILE_H

#include "def.h"
#include "ast.h"
#include <stdio.h>

/* -- Errors ------------------------------------------------------------------------------- */
typedef struct CompileError {
    bool set;
    char type[24];              /* "SyntaxError", "IndentationError", "TabError" */
    char msg[300];
    int lineno, offset, end_lineno, end_offset;   /* offset/end_offset -1: None */
    const char *text;           /* the source line (NULL: None) */
    AstWarning *warnings;       /* compile-time SyntaxWarnings, in order (pool-owned) */
} CompileError;

/* -- String map (insertion ordered) ------------------------------------------------------- */
typedef struct StrMap {
    AstPool *pool;
    const char **keys;
    int *vals;
    int n, cap;
    int *tab;                   /* open addressing: index+1, 0 empty */
    int tabcap;
} StrMap;
void smap_init(StrMap *m, AstPool *pool);
int smap_find(const StrMap *m, const char *k);     /* index or -1 */
int smap_add(StrMap *m, const char *k, int val);    /* index (existing kept) */

/* -- Symbol table ------------------------------------------------------------------------- */
enum {
    DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, DEF_USE = 16,
    DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512,
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)
enum { SC_NONE = 0, SC_LOCAL = 1, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };
typedef enum { BLOCK_FUNCTION, BLOCK_CLASS, BLOCK_MODULE } BlockType;
enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN };

typedef struct Scope Scope;
struct Scope {
    const char *name;
    BlockType type;
    const void *key;            /* the AST node (Stmt*, Expr*, Mod*) */
    StrMap syms;                /* name -> index into flags/scope/pos arrays */
    int *flags, *scopes;
    int *dline, *dcol, *dendline, *dendcol;  /* position of the global/nonlocal directive */
    int symcap;
    const char **params;        /* parameter names in order (mangled) */
    int nparams, paramcap;
    Scope **children;
    int nchildren, childcap, child_hint;
    int lineno, col;
    bool nested, generator, coroutine, varargs, varkeywords, returns_value;
    bool needs_class_closure, comp_iter_target, free, child_free;
    int comprehension;          /* COMP_* */
    int comp_iter_expr;
};

typedef struct Symtable {
    AstPool *pool;
    Scope *top;
    Scope *cur;
    Scope **stack;
    int nstack, stackcap;
    const char *private_;       /* class name for mangling */
    int future_annotations;
    int in_annotation;
    int depth;
    CompileError *err;
} Symtable;

Symtable *symtable_build(AstPool *pool, Mod *mod, int future_annotations, CompileError *err);
Scope *symtable_lookup_child(Scope *parent, const void *key);
int scope_symbol(Scope *s, const char *name, int *flags);   /* scope kind, flags out (0 absent) */
const char *mangle(AstPool *pool, const char *private_, const char *name);

/* -- Constants ------------------------------------------------------------------------------ */
typedef struct CUnit CUnit;
typedef enum {
    CC_NONE, CC_TRUE, CC_FALSE, CC_ELLIPSIS, CC_INT, CC_FLOAT, CC_IMAG, CC_STR, CC_BYTES,
    CC_TUPLE, CC_FROZENSET, CC_CODE,
} CConstKind;
typedef struct CConst {
    CConstKind kind;
    bool neg;                   /* CC_INT: negative */
    bool fits;
    int64_t small;              /* CC_INT when fits (sign included) */
    const char *digits;         /* CC_INT decimal magnitude */
    double f;                   /* CC_FLOAT, CC_IMAG */
    double re;                  /* CC_IMAG: real part (complex constant folding) */
    const char *str;            /* CC_STR, CC_BYTES */
    size_t len;
    struct CConst **items;      /* CC_TUPLE, CC_FROZENSET */
    int n;
    CUnit *code;                /* CC_CODE */
} CConst;

/* -- Code units ----------------------------------------------------------------------------- */
typedef struct Block Block;
typedef struct Instr {
    uint8_t op;
    bool builder;               /* the LOAD_FAST that starts an ADD_FAST: keeps the slot's ownership */
    int arg; Block *target; int lineno, col, end_lineno, end_col;
} Instr;
struct Block {
    Instr *ins;
    int n, cap;
    Block *next;                /* layout order */
    int offset;
    int sdepth, bdepth;         /* -1: not reached yet */
    bool laid;
    int npred;                  /* assembler: predecessors (jumps and fall-through) */
};

typedef struct CUnit {
    Scope *ste;
    int scope_type;             /* CS_* (compile.c) */
    const char *name, *qualname, *private_;
    CConst **consts; int nconsts, constcap;
    int *ctab; int ctabcap;     /* hash of consts: index+1, 0 empty */
    StrMap names, varnames, cellvars, freevars;
    Block *entry, *cur;
    int argcount, posonly, kwonly;
    int firstlineno;
    int lineno, col, end_lineno, end_col;
    struct FBlock *fblocks; int nfblocks;
    int nemitted, stmt_mark;    /* instructions emitted; the count when the last statement began */
    uint32_t builders;          /* fast locals that are ADD_FAST targets (opcodes.h) */
    struct CUnit *parent;
    /* assembled */
    uint32_t *code; int32_t *lines; int ncode;
    struct CodePosition *positions;   /* ncode of them: end line and columns (opcodes.h) */
    int stacksize, blocksize, flags;
    const char *filename;
} CUnit;

/* Front half: AST -> assembled CUnit tree.  mode: PARSE_FILE/EVAL/SINGLE.  NULL + err. */
CUnit *compile_ast(AstPool *pool, Mod *mod, const char *src, size_t srclen, const char *filename,
                   int flags, int optimize, CompileError *err);
/* Disassemble a CUnit tree (no runtime needed). */
void cu_dis(CUnit *u, FILE *f);
const char *opcode_name(int op);

#endif
