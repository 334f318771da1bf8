/* kiln: the abstract syntax tree, as C structs that mirror CPython 3.11's Parser/Python.asdl.
 *
 * Every node kind and field has the ASDL name (FunctionDef.decorator_list, arguments.kw_defaults,
 * ...). Each category (Stmt, Expr, Pattern, ExceptHandler) is one struct: an enum `kind` plus a
 * union of per-kind structs named after the kind (s->v.FunctionDef.name, e->v.BinOp.left), like
 * CPython's `struct _stmt`. Optional fields (`expr?`) are NULL when absent. Sequences (`expr*`)
 * are {int n; T **items;} arrays; Dict.keys may hold NULL items (for `**d`), as in CPython.
 * Positions follow CPython: 1-based lines, 0-based UTF-8 *byte* column offsets, end exclusive.
 *
 * Memory model: every node, sequence, identifier and constant payload is allocated from one
 * AstPool, a bump allocator over malloc'd chunks. Nothing is freed individually; the whole tree
 * dies with ast_pool_free(). The AST is transient compile-time data: it holds no runtime Values
 * and never enters the heap or an image. The parser keeps no global state (everything lives in a
 * parser-state struct), so several parses may run at once on different pools. */
#ifndef KILN_AST_H
#define KILN_AST_H

#include "def.h"

/* -- Pool -------------------------------------------------------------------------------- */

typedef struct AstPool AstPool;
AstPool *ast_pool_new(void);
void ast_pool_free(AstPool *pool);
void *ast_alloc(AstPool *pool, size_t size);            /* zeroed, 8-byte aligned; aborts on OOM */
char *ast_strndup(AstPool *pool, const char *s, size_t n); /* NUL-terminated copy */

/* -- Sequences --------------------------------------------------------------------------- */

typedef struct Stmt Stmt;
typedef struct Expr Expr;
typedef struct Arguments Arguments;
typedef struct Arg Arg;
typedef struct Keyword Keyword;
typedef struct Alias Alias;
typedef struct WithItem WithItem;
typedef struct MatchCase MatchCase;
typedef struct Pattern Pattern;
typedef struct ExceptHandler ExceptHandler;
typedef struct Comprehension Comprehension;
typedef struct Mod Mod;

#define AST_SEQ(Name, T) typedef struct Name { int n; T **items; } Name
AST_SEQ(StmtSeq, Stmt);
AST_SEQ(ExprSeq, Expr);
AST_SEQ(ArgSeq, Arg);
AST_SEQ(KeywordSeq, Keyword);
AST_SEQ(AliasSeq, Alias);
AST_SEQ(WithItemSeq, WithItem);
AST_SEQ(MatchCaseSeq, MatchCase);
AST_SEQ(PatternSeq, Pattern);
AST_SEQ(ExceptHandlerSeq, ExceptHandler);
AST_SEQ(ComprehensionSeq, Comprehension);
typedef struct IdentSeq { int n; char **items; } IdentSeq;   /* identifier* */
#undef AST_SEQ

/* -- Operators (X-macro lists; ast_*_name() give the ASDL names) ------------------------- */

#define AST_OPERATORS(_) _(Add) _(Sub) _(Mult) _(MatMult) _(Div) _(Mod) _(Pow) _(LShift) \
    _(RShift) _(BitOr) _(BitXor) _(BitAnd) _(FloorDiv)
#define AST_UNARYOPS(_) _(Invert) _(Not) _(UAdd) _(USub)
#define AST_CMPOPS(_) _(Eq) _(NotEq) _(Lt) _(LtE) _(Gt) _(GtE) _(Is) _(IsNot) _(In) _(NotIn)
#define AST_BOOLOPS(_) _(And) _(Or)
#define AST_CTXS(_) _(Load) _(Store) _(Del)

#define AST_ENUM_(p, n) p##n,
#define AST_OP_(n) Op_##n,
#define AST_UOP_(n) UnaryOp_##n,
#define AST_COP_(n) CmpOp_##n,
#define AST_BOP_(n) BoolOp_##n,
#define AST_CTX_(n) Ctx_##n,
typedef enum Operator { AST_OPERATORS(AST_OP_) Op__COUNT } Operator;
typedef enum UnaryOpKind { AST_UNARYOPS(AST_UOP_) UnaryOp__COUNT } UnaryOpKind;
typedef enum CmpOpKind { AST_CMPOPS(AST_COP_) CmpOp__COUNT } CmpOpKind;
typedef enum BoolOpKind { AST_BOOLOPS(AST_BOP_) BoolOp__COUNT } BoolOpKind;
typedef enum ExprContext { AST_CTXS(AST_CTX_) Ctx__COUNT } ExprContext;

const char *ast_operator_name(Operator op);    /* "Add" ... */
const char *ast_unaryop_name(UnaryOpKind op);
const char *ast_cmpop_name(CmpOpKind op);
const char *ast_boolop_name(BoolOpKind op);
const char *ast_ctx_name(ExprContext ctx);

/* -- Constants --------------------------------------------------------------------------- */

/* Expr_Constant's value, pure C. CONST_INT: `digits` is the value in *decimal*, no sign, no
 * underscores, no leading zeros ("0" for zero), already converted from 0x/0o/0b; `small` holds
 * the value and `fits` is true when it fits in int64_t. CONST_STR: `str`/`len` are UTF-8 with
 * escapes decoded (may contain NUL; a lone surrogate from "\udc80" is its 3-byte WTF-8 form).
 * CONST_BYTES: raw bytes in `str`/`len`. CONST_FLOAT/CONST_IMAG: `f` (imag: the imaginary part).
 * `str` is always NUL-terminated after `len` bytes for convenience. */
typedef enum ConstKind {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT, CONST_FLOAT, CONST_IMAG, CONST_STR, CONST_BYTES
} ConstKind;

typedef struct Constant {
    ConstKind kind;
    bool fits;              /* CONST_INT: value fits in `small` */
    int64_t small;          /* CONST_INT */
    const char *digits;     /* CONST_INT: decimal text */
    double f;               /* CONST_FLOAT, CONST_IMAG */
    const char *str;        /* CONST_STR, CONST_BYTES */
    size_t len;
} Constant;

/* -- Expressions ------------------------------------------------------------------------- */

typedef enum ExprKind {
    Expr_BoolOp = 1, Expr_NamedExpr, Expr_BinOp, Expr_UnaryOp, Expr_Lambda, Expr_IfExp,
    Expr_Dict, Expr_Set, Expr_ListComp, Expr_SetComp, Expr_DictComp, Expr_GeneratorExp,
    Expr_Await, Expr_Yield, Expr_YieldFrom, Expr_Compare, Expr_Call, Expr_FormattedValue,
    Expr_JoinedStr, Expr_Constant, Expr_Attribute, Expr_Subscript, Expr_Starred, Expr_Name,
    Expr_List, Expr_Tuple, Expr_Slice
} ExprKind;

struct Expr {
    ExprKind kind;
    union {
        struct { BoolOpKind op; ExprSeq values; } BoolOp;
        struct { Expr *target; Expr *value; } NamedExpr;
        struct { Expr *left; Operator op; Expr *right; } BinOp;
        struct { UnaryOpKind op; Expr *operand; } UnaryOp;
        struct { Arguments *args; Expr *body; } Lambda;
        struct { Expr *test; Expr *body; Expr *orelse; } IfExp;
        struct { ExprSeq keys; ExprSeq values; } Dict;      /* keys.items[i] NULL for **v */
        struct { ExprSeq elts; } Set;
        struct { Expr *elt; ComprehensionSeq generators; } ListComp;
        struct { Expr *elt; ComprehensionSeq generators; } SetComp;
        struct { Expr *key; Expr *value; ComprehensionSeq generators; } DictComp;
        struct { Expr *elt; ComprehensionSeq generators; } GeneratorExp;
        struct { Expr *value; } Await;
        struct { Expr *value; } Yield;                      /* value may be NULL */
        struct { Expr *value; } YieldFrom;
        struct { Expr *left; int nops; CmpOpKind *ops; ExprSeq comparators; } Compare;
        struct { Expr *func; ExprSeq args; KeywordSeq keywords; } Call;
        struct { Expr *value; int conversion; Expr *format_spec; } FormattedValue; /* conversion -1,'s','r','a' */
        struct { ExprSeq values; } JoinedStr;
        struct { Constant value; const char *kind; } Constant; /* kind: "u" or NULL */
        struct { Expr *value; char *attr; ExprContext ctx; } Attribute;
        struct { Expr *value; Expr *slice; ExprContext ctx; } Subscript;
        struct { Expr *value; ExprContext ctx; } Starred;
        struct { char *id; ExprContext ctx; } Name;
        struct { ExprSeq elts; ExprContext ctx; } List;
        struct { ExprSeq elts; ExprContext ctx; } Tuple;
        struct { Expr *lower; Expr *upper; Expr *step; } Slice;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* -- Statements -------------------------------------------------------------------------- */

typedef enum StmtKind {
    Stmt_FunctionDef = 1, Stmt_AsyncFunctionDef, Stmt_ClassDef, Stmt_Return, Stmt_Delete,
    Stmt_Assign, Stmt_AugAssign, Stmt_AnnAssign, Stmt_For, Stmt_AsyncFor, Stmt_While, Stmt_If,
    Stmt_With, Stmt_AsyncWith, Stmt_Match, Stmt_Raise, Stmt_Try, Stmt_TryStar, Stmt_Assert,
    Stmt_Import, Stmt_ImportFrom, Stmt_Global, Stmt_Nonlocal, Stmt_Expr, Stmt_Pass, Stmt_Break,
    Stmt_Continue
} StmtKind;

typedef struct FunctionDefFields {
    char *name; Arguments *args; StmtSeq body; ExprSeq decorator_list; Expr *returns;
    const char *type_comment;                               /* always NULL */
} FunctionDefFields;
typedef struct ForFields {
    Expr *target; Expr *iter; StmtSeq body; StmtSeq orelse; const char *type_comment;
} ForFields;
typedef struct WithFields { WithItemSeq items; StmtSeq body; const char *type_comment; } WithFields;
typedef struct TryFields {
    StmtSeq body; ExceptHandlerSeq handlers; StmtSeq orelse; StmtSeq finalbody;
} TryFields;

struct Stmt {
    StmtKind kind;
    union {
        FunctionDefFields FunctionDef;
        FunctionDefFields AsyncFunctionDef;
        struct { char *name; ExprSeq bases; KeywordSeq keywords; StmtSeq body;
                 ExprSeq decorator_list; } ClassDef;
        struct { Expr *value; } Return;
        struct { ExprSeq targets; } Delete;
        struct { ExprSeq targets; Expr *value; const char *type_comment; } Assign;
        struct { Expr *target; Operator op; Expr *value; } AugAssign;
        struct { Expr *target; Expr *annotation; Expr *value; int simple; } AnnAssign;
        ForFields For;
        ForFields AsyncFor;
        struct { Expr *test; StmtSeq body; StmtSeq orelse; } While;
        struct { Expr *test; StmtSeq body; StmtSeq orelse; } If;
        WithFields With;
        WithFields AsyncWith;
        struct { Expr *subject; MatchCaseSeq cases; } Match;
        struct { Expr *exc; Expr *cause; } Raise;
        TryFields Try;
        TryFields TryStar;
        struct { Expr *test; Expr *msg; } Assert;
        struct { AliasSeq names; } Import;
        struct { char *module; AliasSeq names; int level; } ImportFrom; /* module may be NULL */
        struct { IdentSeq names; } Global;
        struct { IdentSeq names; } Nonlocal;
        struct { Expr *value; } Expr;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* -- Other node types -------------------------------------------------------------------- */

struct Comprehension { Expr *target; Expr *iter; ExprSeq ifs; int is_async; };

typedef enum ExceptHandlerKind { ExceptHandler_ExceptHandler = 1 } ExceptHandlerKind;
struct ExceptHandler {
    ExceptHandlerKind kind;
    Expr *type; char *name; StmtSeq body;                  /* type, name may be NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct Arguments {
    ArgSeq posonlyargs; ArgSeq args; Arg *vararg; ArgSeq kwonlyargs;
    ExprSeq kw_defaults;        /* one per kwonlyarg; NULL item = no default */
    Arg *kwarg; ExprSeq defaults;
};

struct Arg {
    char *arg; Expr *annotation; const char *type_comment;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct Keyword {
    char *arg; Expr *value;     /* arg NULL for **kwargs */
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct Alias {
    char *name; char *asname;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct WithItem { Expr *context_expr; Expr *optional_vars; };

struct MatchCase { Pattern *pattern; Expr *guard; StmtSeq body; };

typedef enum PatternKind {
    Pattern_MatchValue = 1, Pattern_MatchSingleton, Pattern_MatchSequence, Pattern_MatchMapping,
    Pattern_MatchClass, Pattern_MatchStar, Pattern_MatchAs, Pattern_MatchOr
} PatternKind;

struct Pattern {
    PatternKind kind;
    union {
        struct { Expr *value; } MatchValue;
        struct { Constant value; } MatchSingleton;          /* CONST_NONE/TRUE/FALSE */
        struct { PatternSeq patterns; } MatchSequence;
        struct { ExprSeq keys; PatternSeq patterns; char *rest; } MatchMapping;
        struct { Expr *cls; PatternSeq patterns; IdentSeq kwd_attrs; PatternSeq kwd_patterns; } MatchClass;
        struct { char *name; } MatchStar;
        struct { Pattern *pattern; char *name; } MatchAs;
        struct { PatternSeq patterns; } MatchOr;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

typedef enum ModKind { Mod_Module = 1, Mod_Interactive, Mod_Expression } ModKind;
struct Mod {
    ModKind kind;
    union {
        struct { StmtSeq body; } Module;                    /* type_ignores: always empty */
        struct { StmtSeq body; } Interactive;
        struct { Expr *body; } Expression;
    } v;
};

/* -- Parsing ----------------------------------------------------------------------------- */

/* A compile-time warning (CPython emits these through the warnings module while it parses and
 * compiles; kiln's front half records them and compile_source emits them).  When the warnings
 * filters turn one into an exception of its own category, it becomes a SyntaxError with the
 * message and location given here. */
typedef struct AstWarning {
    bool deprecation;       /* DeprecationWarning (invalid escapes), else SyntaxWarning */
    char msg[120];
    int lineno, offset, end_lineno, end_offset;     /* as in SyntaxErrorInfo */
    char *text;
    struct AstWarning *next;
} AstWarning;

typedef struct SyntaxErrorInfo {
    const char *type;       /* "SyntaxError", "IndentationError", "TabError"; "MemoryError" when
                             * the source nests too deeply (as CPython 3.11 does) */
    char msg[256];
    int lineno, offset, end_lineno, end_offset; /* offsets 1-based, in characters (like CPython);
                             * < 0: None, but AST_OFFSET_MINUS1 is CPython's literal -1 */
    char *text;             /* the offending source line (pool-owned), may be NULL */
    AstWarning *warnings;   /* in the order CPython emits them (pool-owned) */
} SyntaxErrorInfo;
#define AST_OFFSET_MINUS1 (-1000001)

enum { PARSE_FILE, PARSE_EVAL, PARSE_SINGLE };  /* compile() modes 'exec', 'eval', 'single' */

/* flags for ast_parse */
enum { PARSE_FLAG_NONE = 0, PARSE_FLAG_BARRY_AS_BDFL = 1 };   /* '<>' instead of '!=' */

/* Optional: the runtime's full Unicode name database (core/uninames.c) defines this (weak)
 * function; the parser calls it for \N{...} names missing from its own partial table, with the
 * name as written (not NUL-terminated). Returns the code point or -1. */
int ast_lookup_unicode_name(const char *name, size_t len) __attribute__((weak));

/* Optional: the runtime's sys.get_int_max_str_digits() (objects/int.c); decimal literals with
 * more digits are a SyntaxError, as in CPython. */
long long ast_int_max_str_digits(void) __attribute__((weak));

/* Parse `len` bytes of source (bytes: an encoding declaration or BOM is honoured). Returns the
 * tree, allocated in `pool`, or NULL with `err` filled in. */
Mod *ast_parse(AstPool *pool, const char *src, size_t len, const char *filename, int mode,
               int flags, SyntaxErrorInfo *err);

#endif
