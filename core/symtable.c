/* kiln: the symbol table.  A faithful port of CPython 3.11's Python/symtable.c: one pass over
 * the AST records, per scope, how each name is used (DEF_* flags); a second pass (analyze_block)
 * resolves every name to LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL, with
 * CPython's error messages and positions.  Everything is allocated in the AST pool. */
#include "compile.h"

#include <stdarg.h>
#include <string.h>

/* -- String map ---------------------------------------------------------------------------- */

static unsigned shash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

void smap_init(StrMap *m, AstPool *pool)
{
    memset(m, 0, sizeof *m);
    m->pool = pool;
}

int smap_find(const StrMap *m, const char *k)
{
    if (!m->tabcap) return -1;
    unsigned mask = (unsigned)m->tabcap - 1;
    for (unsigned i = shash(k) & mask;; i = (i + 1) & mask) {
        int e = m->tab[i];
        if (!e) return -1;
        if (strcmp(m->keys[e - 1], k) == 0) return e - 1;
    }
}

static void smap_rehash(StrMap *m)
{
    int nc = m->tabcap ? m->tabcap * 2 : 16;
    m->tab = ast_alloc(m->pool, sizeof(int) * (size_t)nc);
    m->tabcap = nc;
    unsigned mask = (unsigned)nc - 1;
    for (int j = 0; j < m->n; j++) {
        unsigned i = shash(m->keys[j]) & mask;
        while (m->tab[i]) i = (i + 1) & mask;
        m->tab[i] = j + 1;
    }
}

int smap_add(StrMap *m, const char *k, int val)
{
    int i = smap_find(m, k);
    if (i >= 0) return i;
    if (m->n == m->cap) {
        int nc = m->cap ? m->cap * 2 : 8;
        const char **nk = ast_alloc(m->pool, sizeof(char *) * (size_t)nc);
        int *nv = ast_alloc(m->pool, sizeof(int) * (size_t)nc);
        if (m->n) {
            memcpy(nk, m->keys, sizeof(char *) * (size_t)m->n);
            memcpy(nv, m->vals, sizeof(int) * (size_t)m->n);
        }
        m->keys = nk;
        m->vals = nv;
        m->cap = nc;
    }
    m->keys[m->n] = k;
    m->vals[m->n] = val;
    m->n++;
    if (m->n * 2 > m->tabcap) smap_rehash(m);
    else {
        unsigned mask = (unsigned)m->tabcap - 1;
        unsigned j = shash(k) & mask;
        while (m->tab[j]) j = (j + 1) & mask;
        m->tab[j] = m->n;
    }
    return m->n - 1;
}

/* -- Name mangling (_Py_Mangle) ---------------------------------------------------------- */

const char *mangle(AstPool *pool, const char *priv, const char *name)
{
    if (!priv || name[0] != '_' || name[1] != '_') return name;
    size_t nlen = strlen(name);
    if (nlen >= 4 && name[nlen - 1] == '_' && name[nlen - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (!*priv) return name;
    size_t plen = strlen(priv);
    char *r = ast_alloc(pool, plen + nlen + 2);
    r[0] = '_';
    memcpy(r + 1, priv, plen);
    memcpy(r + 1 + plen, name, nlen + 1);
    return r;
}

/* -- Scopes -------------------------------------------------------------------------------- */

static int sym_index(Symtable *st, Scope *s, const char *name, bool create)
{
    int i = smap_find(&s->syms, name);
    if (i >= 0 || !create) return i;
    i = smap_add(&s->syms, name, 0);
    if (i >= s->symcap) {
        int nc = s->symcap ? s->symcap * 2 : 16;
        int **arrs[6] = { &s->flags, &s->scopes, &s->dline, &s->dcol, &s->dendline, &s->dendcol };
        for (int a = 0; a < 6; a++) {
            int *na = ast_alloc(st->pool, sizeof(int) * (size_t)nc);
            if (s->symcap) memcpy(na, *arrs[a], sizeof(int) * (size_t)s->symcap);
            *arrs[a] = na;
        }
        s->symcap = nc;
    }
    s->flags[i] = 0;
    s->scopes[i] = 0;
    s->dline[i] = -1;
    return i;
}

int scope_symbol(Scope *s, const char *name, int *flags)
{
    int i = smap_find(&s->syms, name);
    if (i < 0) { if (flags) *flags = 0; return 0; }
    if (flags) *flags = s->flags[i];
    return s->scopes[i];
}

static int sym_flags(Scope *s, const char *name)
{
    int i = smap_find(&s->syms, name);
    return i < 0 ? 0 : s->flags[i];
}

/* The compiler asks for children in the order the symbol table made them: start at the hint. */
Scope *symtable_lookup_child(Scope *parent, const void *key)
{
    int n = parent->nchildren;
    for (int k = 0; k < n; k++) {
        int i = (parent->child_hint + k) % n;
        if (parent->children[i]->key == key) {
            parent->child_hint = i + 1;
            return parent->children[i];
        }
    }
    return NULL;
}

static int st_error(Symtable *st, int l, int c, int el, int ec, const char *fmt, ...) PRINTF(6, 7);
static int st_error(Symtable *st, int l, int c, int el, int ec, const char *fmt, ...)
{
    CompileError *e = st->err;
    if (e->set) return 0;
    e->set = true;
    strcpy(e->type, "SyntaxError");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->lineno = l;
    e->offset = c + 1;
    e->end_lineno = el;
    e->end_offset = ec + 1;
    e->text = NULL;
    return 0;
}

static Scope *enter_block(Symtable *st, const char *name, BlockType type, const void *key,
                          int lineno, int col)
{
    Scope *s = ast_alloc(st->pool, sizeof *s);
    s->name = name;
    s->type = type;
    s->key = key;
    smap_init(&s->syms, st->pool);
    s->lineno = lineno;
    s->col = col;
    Scope *prev = st->cur;
    if (prev && (prev->nested || prev->type == BLOCK_FUNCTION)) s->nested = true;
    if (prev) {
        if (prev->nchildren == prev->childcap) {
            int nc = prev->childcap ? prev->childcap * 2 : 4;
            Scope **n = ast_alloc(st->pool, sizeof(Scope *) * (size_t)nc);
            if (prev->nchildren) memcpy(n, prev->children, sizeof(Scope *) * (size_t)prev->nchildren);
            prev->children = n;
            prev->childcap = nc;
        }
        prev->children[prev->nchildren++] = s;
    }
    if (st->nstack == st->stackcap) {
        int nc = st->stackcap ? st->stackcap * 2 : 16;
        Scope **n = ast_alloc(st->pool, sizeof(Scope *) * (size_t)nc);
        if (st->nstack) memcpy(n, st->stack, sizeof(Scope *) * (size_t)st->nstack);
        st->stack = n;
        st->stackcap = nc;
    }
    st->stack[st->nstack++] = s;
    st->cur = s;
    return s;
}

static void exit_block(Symtable *st)
{
    st->nstack--;
    st->cur = st->nstack ? st->stack[st->nstack - 1] : NULL;
}

static int add_def_helper(Symtable *st, const char *name, int flag, Scope *ste,
                          int l, int c, int el, int ec)
{
    const char *mangled = mangle(st->pool, st->private_, name);
    int i = sym_index(st, ste, mangled, false);
    int val;
    if (i >= 0) {
        val = ste->flags[i];
        if ((flag & DEF_PARAM) && (val & DEF_PARAM))
            return st_error(st, l, c, el, ec, "duplicate argument '%s' in function definition", name);
        val |= flag;
    } else
        val = flag;
    if (ste->comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            return st_error(st, l, c, el, ec,
                            "comprehension inner loop cannot rebind assignment expression target '%s'", name);
        val |= DEF_COMP_ITER;
    }
    i = sym_index(st, ste, mangled, true);
    ste->flags[i] = val;
    if (flag & DEF_PARAM) {
        if (ste->nparams == ste->paramcap) {
            int nc = ste->paramcap ? ste->paramcap * 2 : 8;
            const char **n = ast_alloc(st->pool, sizeof(char *) * (size_t)nc);
            if (ste->nparams) memcpy(n, ste->params, sizeof(char *) * (size_t)ste->nparams);
            ste->params = n;
            ste->paramcap = nc;
        }
        ste->params[ste->nparams++] = mangled;
    } else if (flag & DEF_GLOBAL) {
        int j = sym_index(st, st->top, mangled, true);
        st->top->flags[j] |= flag;
    }
    return 1;
}

#define LOC(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

static int add_def(Symtable *st, const char *name, int flag, int l, int c, int el, int ec)
{
    return add_def_helper(st, name, flag, st->cur, l, c, el, ec);
}

static void record_directive(Symtable *st, Scope *s, const char *name, int l, int c, int el, int ec)
{
    const char *mangled = mangle(st->pool, st->private_, name);
    int i = sym_index(st, s, mangled, true);
    if (s->dline[i] < 0) {
        s->dline[i] = l;
        s->dcol[i] = c;
        s->dendline[i] = el;
        s->dendcol[i] = ec;
    }
}

/* -- Visitors ------------------------------------------------------------------------------ */

static int visit_stmt(Symtable *st, Stmt *s);
static int visit_expr(Symtable *st, Expr *e);
static int visit_pattern(Symtable *st, Pattern *p);

static int visit_exprs(Symtable *st, ExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i] && !visit_expr(st, seq->items[i])) return 0;
    return 1;
}

static int visit_stmts(Symtable *st, StmtSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (!visit_stmt(st, seq->items[i])) return 0;
    return 1;
}

static int visit_params(Symtable *st, ArgSeq *args)
{
    for (int i = 0; i < args->n; i++) {
        Arg *a = args->items[i];
        if (!add_def(st, a->arg, DEF_PARAM, LOC(a))) return 0;
    }
    return 1;
}

/* Under `from __future__ import annotations` the annotation is only checked (in a detached
 * scope, like CPython's AnnotationBlock, whose names never reach the analysis). */
static int visit_annotation(Symtable *st, Expr *ann)
{
    if (!ann) return 1;
    if (!st->future_annotations) return visit_expr(st, ann);
    Scope *dummy = ast_alloc(st->pool, sizeof *dummy);
    dummy->name = "_annotation";
    dummy->type = BLOCK_MODULE;
    dummy->key = ann;
    smap_init(&dummy->syms, st->pool);
    Scope *saved = st->cur;
    st->cur = dummy;
    st->in_annotation++;
    int ok = visit_expr(st, ann);
    st->in_annotation--;
    st->cur = saved;
    return ok;
}

static int visit_argannotations(Symtable *st, ArgSeq *args)
{
    for (int i = 0; i < args->n; i++)
        if (!visit_annotation(st, args->items[i]->annotation)) return 0;
    return 1;
}

static int visit_annotations(Symtable *st, Arguments *a, Expr *returns)
{
    if (!visit_argannotations(st, &a->posonlyargs) || !visit_argannotations(st, &a->args)) return 0;
    if (a->vararg && !visit_annotation(st, a->vararg->annotation)) return 0;
    if (a->kwarg && !visit_annotation(st, a->kwarg->annotation)) return 0;
    if (!visit_argannotations(st, &a->kwonlyargs)) return 0;
    return visit_annotation(st, returns);
}

static int visit_arguments(Symtable *st, Arguments *a)
{
    if (!visit_params(st, &a->posonlyargs) || !visit_params(st, &a->args) ||
        !visit_params(st, &a->kwonlyargs)) return 0;
    if (a->vararg) {
        if (!add_def(st, a->vararg->arg, DEF_PARAM, LOC(a->vararg))) return 0;
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (!add_def(st, a->kwarg->arg, DEF_PARAM, LOC(a->kwarg))) return 0;
        st->cur->varkeywords = true;
    }
    return 1;
}

static int visit_alias(Symtable *st, Alias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    const char *dot = strchr(name, '.');
    const char *store = name;
    if (dot) store = ast_strndup(st->pool, name, (size_t)(dot - name));
    if (strcmp(name, "*") != 0) return add_def(st, store, DEF_IMPORT, LOC(a));
    if (st->cur->type != BLOCK_MODULE)
        return st_error(st, LOC(a), "import * only allowed at module level");
    return 1;
}

static int visit_stmt1(Symtable *st, Stmt *s)
{
    switch (s->kind) {
    case Stmt_FunctionDef:
    case Stmt_AsyncFunctionDef: {
        FunctionDefFields *f = &s->v.FunctionDef;
        if (!add_def(st, f->name, DEF_LOCAL, LOC(s))) return 0;
        if (!visit_exprs(st, &f->args->defaults) || !visit_exprs(st, &f->args->kw_defaults)) return 0;
        if (!visit_annotations(st, f->args, f->returns)) return 0;
        if (!visit_exprs(st, &f->decorator_list)) return 0;
        enter_block(st, f->name, BLOCK_FUNCTION, s, s->lineno, s->col_offset);
        if (s->kind == Stmt_AsyncFunctionDef) st->cur->coroutine = true;
        if (!visit_arguments(st, f->args) || !visit_stmts(st, &f->body)) return 0;
        exit_block(st);
        return 1;
    }
    case Stmt_ClassDef: {
        if (!add_def(st, s->v.ClassDef.name, DEF_LOCAL, LOC(s))) return 0;
        if (!visit_exprs(st, &s->v.ClassDef.bases)) return 0;
        for (int i = 0; i < s->v.ClassDef.keywords.n; i++)
            if (!visit_expr(st, s->v.ClassDef.keywords.items[i]->value)) return 0;
        if (!visit_exprs(st, &s->v.ClassDef.decorator_list)) return 0;
        enter_block(st, s->v.ClassDef.name, BLOCK_CLASS, s, s->lineno, s->col_offset);
        const char *tmp = st->private_;
        st->private_ = s->v.ClassDef.name;
        if (!visit_stmts(st, &s->v.ClassDef.body)) return 0;
        st->private_ = tmp;
        exit_block(st);
        return 1;
    }
    case Stmt_Return:
        if (s->v.Return.value) {
            if (!visit_expr(st, s->v.Return.value)) return 0;
            st->cur->returns_value = true;
        }
        return 1;
    case Stmt_Delete:
        return visit_exprs(st, &s->v.Delete.targets);
    case Stmt_Assign:
        return visit_exprs(st, &s->v.Assign.targets) && visit_expr(st, s->v.Assign.value);
    case Stmt_AnnAssign: {
        Expr *t = s->v.AnnAssign.target;
        if (t->kind == Expr_Name) {
            int cur = sym_flags(st->cur, mangle(st->pool, st->private_, t->v.Name.id));
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->v.AnnAssign.simple)
                return st_error(st, LOC(s), (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                               : "annotated name '%s' can't be nonlocal",
                                t->v.Name.id);
            if (s->v.AnnAssign.simple) {
                if (!add_def(st, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, LOC(t))) return 0;
            } else if (s->v.AnnAssign.value) {
                if (!add_def(st, t->v.Name.id, DEF_LOCAL, LOC(t))) return 0;
            }
        } else if (!visit_expr(st, t))
            return 0;
        if (!visit_annotation(st, s->v.AnnAssign.annotation)) return 0;
        if (s->v.AnnAssign.value && !visit_expr(st, s->v.AnnAssign.value)) return 0;
        return 1;
    }
    case Stmt_AugAssign:
        return visit_expr(st, s->v.AugAssign.target) && visit_expr(st, s->v.AugAssign.value);
    case Stmt_For:
    case Stmt_AsyncFor:
        return visit_expr(st, s->v.For.target) && visit_expr(st, s->v.For.iter) &&
               visit_stmts(st, &s->v.For.body) && visit_stmts(st, &s->v.For.orelse);
    case Stmt_While:
        return visit_expr(st, s->v.While.test) && visit_stmts(st, &s->v.While.body) &&
               visit_stmts(st, &s->v.While.orelse);
    case Stmt_If:
        return visit_expr(st, s->v.If.test) && visit_stmts(st, &s->v.If.body) &&
               visit_stmts(st, &s->v.If.orelse);
    case Stmt_Match:
        if (!visit_expr(st, s->v.Match.subject)) return 0;
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            MatchCase *mc = s->v.Match.cases.items[i];
            if (!visit_pattern(st, mc->pattern)) return 0;
            if (mc->guard && !visit_expr(st, mc->guard)) return 0;
            if (!visit_stmts(st, &mc->body)) return 0;
        }
        return 1;
    case Stmt_Raise:
        if (s->v.Raise.exc && !visit_expr(st, s->v.Raise.exc)) return 0;
        if (s->v.Raise.cause && !visit_expr(st, s->v.Raise.cause)) return 0;
        return 1;
    case Stmt_Try:
    case Stmt_TryStar: {
        TryFields *t = &s->v.Try;
        if (!visit_stmts(st, &t->body) || !visit_stmts(st, &t->orelse)) return 0;
        for (int i = 0; i < t->handlers.n; i++) {
            ExceptHandler *h = t->handlers.items[i];
            if (h->type && !visit_expr(st, h->type)) return 0;
            if (h->name && !add_def(st, h->name, DEF_LOCAL, LOC(h))) return 0;
            if (!visit_stmts(st, &h->body)) return 0;
        }
        return visit_stmts(st, &t->finalbody);
    }
    case Stmt_Assert:
        if (!visit_expr(st, s->v.Assert.test)) return 0;
        if (s->v.Assert.msg && !visit_expr(st, s->v.Assert.msg)) return 0;
        return 1;
    case Stmt_Import:
        for (int i = 0; i < s->v.Import.names.n; i++)
            if (!visit_alias(st, s->v.Import.names.items[i])) return 0;
        return 1;
    case Stmt_ImportFrom:
        for (int i = 0; i < s->v.ImportFrom.names.n; i++)
            if (!visit_alias(st, s->v.ImportFrom.names.items[i])) return 0;
        return 1;
    case Stmt_Global:
    case Stmt_Nonlocal: {
        bool glob = s->kind == Stmt_Global;
        IdentSeq *names = glob ? &s->v.Global.names : &s->v.Nonlocal.names;
        for (int i = 0; i < names->n; i++) {
            const char *name = names->items[i];
            int cur = sym_flags(st->cur, mangle(st->pool, st->private_, name));
            if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
                const char *msg;
                if (cur & DEF_PARAM) msg = glob ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
                else if (cur & DEF_USE) msg = glob ? "name '%s' is used prior to global declaration" : "name '%s' is used prior to nonlocal declaration";
                else if (cur & DEF_ANNOT) msg = glob ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
                else msg = glob ? "name '%s' is assigned to before global declaration" : "name '%s' is assigned to before nonlocal declaration";
                return st_error(st, LOC(s), msg, name);
            }
            if (!add_def(st, name, glob ? DEF_GLOBAL : DEF_NONLOCAL, LOC(s))) return 0;
            record_directive(st, st->cur, name, LOC(s));
        }
        return 1;
    }
    case Stmt_Expr:
        return visit_expr(st, s->v.Expr.value);
    case Stmt_Pass:
    case Stmt_Break:
    case Stmt_Continue:
        return 1;
    case Stmt_With:
    case Stmt_AsyncWith:
        for (int i = 0; i < s->v.With.items.n; i++) {
            WithItem *w = s->v.With.items.items[i];
            if (!visit_expr(st, w->context_expr)) return 0;
            if (w->optional_vars && !visit_expr(st, w->optional_vars)) return 0;
        }
        return visit_stmts(st, &s->v.With.body);
    }
    return 1;
}

static int extend_namedexpr_scope(Symtable *st, Expr *e)
{
    const char *target = e->v.Name.id;
    for (int i = st->nstack - 1; i >= 0; i--) {
        Scope *ste = st->stack[i];
        if (ste->comprehension) {
            if (sym_flags(ste, target) & DEF_COMP_ITER)
                return st_error(st, LOC(e), "assignment expression cannot rebind comprehension iteration variable '%s'", target);
            continue;
        }
        if (ste->type == BLOCK_FUNCTION) {
            int cur = sym_flags(ste, target);
            if (!add_def(st, target, (cur & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL, LOC(e))) return 0;
            record_directive(st, st->cur, target, LOC(e));
            return add_def_helper(st, target, DEF_LOCAL, ste, LOC(e));
        }
        if (ste->type == BLOCK_MODULE) {
            if (!add_def(st, target, DEF_GLOBAL, LOC(e))) return 0;
            record_directive(st, st->cur, target, LOC(e));
            return add_def_helper(st, target, DEF_GLOBAL, ste, LOC(e));
        }
        if (ste->type == BLOCK_CLASS)
            return st_error(st, LOC(e), "assignment expression within a comprehension cannot be used in a class body");
    }
    return 1;
}

static int visit_comprehension(Symtable *st, Comprehension *lc)
{
    st->cur->comp_iter_target = true;
    if (!visit_expr(st, lc->target)) return 0;
    st->cur->comp_iter_target = false;
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, lc->iter)) return 0;
    st->cur->comp_iter_expr--;
    if (!visit_exprs(st, &lc->ifs)) return 0;
    if (lc->is_async) st->cur->coroutine = true;
    return 1;
}

static int handle_comprehension(Symtable *st, Expr *e, const char *name, ComprehensionSeq *gens,
                                Expr *elt, Expr *value, int kind)
{
    bool is_generator = kind == COMP_GEN;
    Comprehension *outermost = gens->items[0];
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, outermost->iter)) return 0;
    st->cur->comp_iter_expr--;
    enter_block(st, name, BLOCK_FUNCTION, e, e->lineno, e->col_offset);
    st->cur->comprehension = kind;
    if (outermost->is_async) st->cur->coroutine = true;
    if (!add_def(st, ".0", DEF_PARAM, LOC(e))) return 0;
    st->cur->comp_iter_target = true;
    if (!visit_expr(st, outermost->target)) return 0;
    st->cur->comp_iter_target = false;
    if (!visit_exprs(st, &outermost->ifs)) return 0;
    for (int i = 1; i < gens->n; i++)
        if (!visit_comprehension(st, gens->items[i])) return 0;
    if (value && !visit_expr(st, value)) return 0;
    if (!visit_expr(st, elt)) return 0;
    st->cur->generator = is_generator;
    bool is_async = st->cur->coroutine && !is_generator;
    exit_block(st);
    if (is_async) st->cur->coroutine = true;
    return 1;
}

static int comprehension_yield_error(Symtable *st, Expr *e)
{
    int k = st->cur->comprehension;
    return st_error(st, LOC(e), "%s",
                    k == COMP_LIST ? "'yield' inside list comprehension" :
                    k == COMP_SET ? "'yield' inside set comprehension" :
                    k == COMP_DICT ? "'yield' inside dict comprehension" :
                    "'yield' inside generator expression");
}

static int visit_expr1(Symtable *st, Expr *e)
{
    if (st->in_annotation) {
        const char *what = e->kind == Expr_NamedExpr ? "named expression" :
                           e->kind == Expr_Yield || e->kind == Expr_YieldFrom ? "yield expression" :
                           e->kind == Expr_Await ? "await expression" : NULL;
        if (what) return st_error(st, LOC(e), "'%s' can not be used within an annotation", what);
    }
    switch (e->kind) {
    case Expr_NamedExpr:
        if (st->cur->comp_iter_expr > 0)
            return st_error(st, LOC(e), "assignment expression cannot be used in a comprehension iterable expression");
        if (st->cur->comprehension && !extend_namedexpr_scope(st, e->v.NamedExpr.target)) return 0;
        return visit_expr(st, e->v.NamedExpr.value) && visit_expr(st, e->v.NamedExpr.target);
    case Expr_BoolOp:
        return visit_exprs(st, &e->v.BoolOp.values);
    case Expr_BinOp:
        return visit_expr(st, e->v.BinOp.left) && visit_expr(st, e->v.BinOp.right);
    case Expr_UnaryOp:
        return visit_expr(st, e->v.UnaryOp.operand);
    case Expr_Lambda: {
        Arguments *a = e->v.Lambda.args;
        if (!visit_exprs(st, &a->defaults) || !visit_exprs(st, &a->kw_defaults)) return 0;
        enter_block(st, "lambda", BLOCK_FUNCTION, e, e->lineno, e->col_offset);
        if (!visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body)) return 0;
        exit_block(st);
        return 1;
    }
    case Expr_IfExp:
        return visit_expr(st, e->v.IfExp.test) && visit_expr(st, e->v.IfExp.body) &&
               visit_expr(st, e->v.IfExp.orelse);
    case Expr_Dict:
        return visit_exprs(st, &e->v.Dict.keys) && visit_exprs(st, &e->v.Dict.values);
    case Expr_Set:
        return visit_exprs(st, &e->v.Set.elts);
    case Expr_GeneratorExp:
        return handle_comprehension(st, e, "genexpr", &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL, COMP_GEN);
    case Expr_ListComp:
        return handle_comprehension(st, e, "listcomp", &e->v.ListComp.generators, e->v.ListComp.elt, NULL, COMP_LIST);
    case Expr_SetComp:
        return handle_comprehension(st, e, "setcomp", &e->v.SetComp.generators, e->v.SetComp.elt, NULL, COMP_SET);
    case Expr_DictComp:
        return handle_comprehension(st, e, "dictcomp", &e->v.DictComp.generators, e->v.DictComp.key,
                                    e->v.DictComp.value, COMP_DICT);
    case Expr_Yield:
        if (e->v.Yield.value && !visit_expr(st, e->v.Yield.value)) return 0;
        st->cur->generator = true;
        if (st->cur->comprehension) return comprehension_yield_error(st, e);
        return 1;
    case Expr_YieldFrom:
        if (!visit_expr(st, e->v.YieldFrom.value)) return 0;
        st->cur->generator = true;
        if (st->cur->comprehension) return comprehension_yield_error(st, e);
        return 1;
    case Expr_Await:
        if (!visit_expr(st, e->v.Await.value)) return 0;
        st->cur->coroutine = true;
        return 1;
    case Expr_Compare:
        return visit_expr(st, e->v.Compare.left) && visit_exprs(st, &e->v.Compare.comparators);
    case Expr_Call:
        if (!visit_expr(st, e->v.Call.func) || !visit_exprs(st, &e->v.Call.args)) return 0;
        for (int i = 0; i < e->v.Call.keywords.n; i++)
            if (!visit_expr(st, e->v.Call.keywords.items[i]->value)) return 0;
        return 1;
    case Expr_FormattedValue:
        if (!visit_expr(st, e->v.FormattedValue.value)) return 0;
        if (e->v.FormattedValue.format_spec && !visit_expr(st, e->v.FormattedValue.format_spec)) return 0;
        return 1;
    case Expr_JoinedStr:
        return visit_exprs(st, &e->v.JoinedStr.values);
    case Expr_Constant:
        return 1;
    case Expr_Attribute:
        return visit_expr(st, e->v.Attribute.value);
    case Expr_Subscript:
        return visit_expr(st, e->v.Subscript.value) && visit_expr(st, e->v.Subscript.slice);
    case Expr_Starred:
        return visit_expr(st, e->v.Starred.value);
    case Expr_Slice:
        if (e->v.Slice.lower && !visit_expr(st, e->v.Slice.lower)) return 0;
        if (e->v.Slice.upper && !visit_expr(st, e->v.Slice.upper)) return 0;
        if (e->v.Slice.step && !visit_expr(st, e->v.Slice.step)) return 0;
        return 1;
    case Expr_Name:
        if (!add_def(st, e->v.Name.id, e->v.Name.ctx == Ctx_Load ? DEF_USE : DEF_LOCAL, LOC(e))) return 0;
        if (e->v.Name.ctx == Ctx_Load && st->cur->type == BLOCK_FUNCTION && strcmp(e->v.Name.id, "super") == 0)
            if (!add_def(st, "__class__", DEF_USE, LOC(e))) return 0;
        return 1;
    case Expr_List:
        return visit_exprs(st, &e->v.List.elts);
    case Expr_Tuple:
        return visit_exprs(st, &e->v.Tuple.elts);
    }
    return 1;
}

static int visit_patterns(Symtable *st, PatternSeq *ps)
{
    for (int i = 0; i < ps->n; i++)
        if (!visit_pattern(st, ps->items[i])) return 0;
    return 1;
}

static int visit_pattern1(Symtable *st, Pattern *p)
{
    switch (p->kind) {
    case Pattern_MatchValue:
        return visit_expr(st, p->v.MatchValue.value);
    case Pattern_MatchSingleton:
        return 1;
    case Pattern_MatchSequence:
        return visit_patterns(st, &p->v.MatchSequence.patterns);
    case Pattern_MatchStar:
        if (p->v.MatchStar.name) return add_def(st, p->v.MatchStar.name, DEF_LOCAL, LOC(p));
        return 1;
    case Pattern_MatchMapping:
        if (!visit_exprs(st, &p->v.MatchMapping.keys) || !visit_patterns(st, &p->v.MatchMapping.patterns)) return 0;
        if (p->v.MatchMapping.rest) return add_def(st, p->v.MatchMapping.rest, DEF_LOCAL, LOC(p));
        return 1;
    case Pattern_MatchClass:
        return visit_expr(st, p->v.MatchClass.cls) && visit_patterns(st, &p->v.MatchClass.patterns) &&
               visit_patterns(st, &p->v.MatchClass.kwd_patterns);
    case Pattern_MatchAs:
        if (p->v.MatchAs.pattern && !visit_pattern(st, p->v.MatchAs.pattern)) return 0;
        if (p->v.MatchAs.name) return add_def(st, p->v.MatchAs.name, DEF_LOCAL, LOC(p));
        return 1;
    case Pattern_MatchOr:
        return visit_patterns(st, &p->v.MatchOr.patterns);
    }
    return 1;
}

/* CPython bounds the symbol table's recursion (COMPILER_STACK_FRAME_SCALE * the recursion
 * limit) and raises RecursionError beyond it. */
#define ST_RECURSION_LIMIT 2994

static int recursion_error(Symtable *st)
{
    CompileError *e = st->err;
    if (!e->set) {
        e->set = true;
        strcpy(e->type, "RecursionError");
        strcpy(e->msg, "maximum recursion depth exceeded during compilation");
    }
    return 0;
}

static int visit_stmt(Symtable *st, Stmt *s)
{
    if (++st->depth > ST_RECURSION_LIMIT) return recursion_error(st);
    int r = visit_stmt1(st, s);
    st->depth--;
    return r;
}

static int visit_expr(Symtable *st, Expr *e)
{
    if (++st->depth > ST_RECURSION_LIMIT) return recursion_error(st);
    int r = visit_expr1(st, e);
    st->depth--;
    return r;
}

static int visit_pattern(Symtable *st, Pattern *p)
{
    if (++st->depth > ST_RECURSION_LIMIT) return recursion_error(st);
    int r = visit_pattern1(st, p);
    st->depth--;
    return r;
}

/* -- Analysis ------------------------------------------------------------------------------ */

/* Small string sets for the analysis (copy-on-pass, as CPython's set objects). */
typedef struct NameSet { StrMap m; } NameSet;

static NameSet *nset_new(Symtable *st) { NameSet *s = ast_alloc(st->pool, sizeof *s); smap_init(&s->m, st->pool); return s; }
static bool nset_has(NameSet *s, const char *k) { int i = smap_find(&s->m, k); return i >= 0 && s->m.vals[i]; }
static void nset_add(NameSet *s, const char *k) { int i = smap_add(&s->m, k, 1); s->m.vals[i] = 1; }
static void nset_discard(NameSet *s, const char *k) { int i = smap_find(&s->m, k); if (i >= 0) s->m.vals[i] = 0; }
static void nset_update(NameSet *s, NameSet *o)
{
    if (!o) return;
    for (int i = 0; i < o->m.n; i++)
        if (o->m.vals[i]) nset_add(s, o->m.keys[i]);
}
static NameSet *nset_copy(Symtable *st, NameSet *o) { NameSet *s = nset_new(st); nset_update(s, o); return s; }

static int analyze_name(Symtable *st, Scope *ste, int i, NameSet *bound, NameSet *local,
                        NameSet *free, NameSet *global)
{
    const char *name = ste->syms.keys[i];
    int flags = ste->flags[i];
    int l = ste->dline[i] >= 0 ? ste->dline[i] : ste->lineno, c = ste->dline[i] >= 0 ? ste->dcol[i] : ste->col;
    int el = ste->dline[i] >= 0 ? ste->dendline[i] : l, ec = ste->dline[i] >= 0 ? ste->dendcol[i] : c;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) return st_error(st, l, c, el, ec, "name '%s' is nonlocal and global", name);
        ste->scopes[i] = SC_GLOBAL_EXPLICIT;
        nset_add(global, name);
        if (bound) nset_discard(bound, name);
        return 1;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound) return st_error(st, l, c, el, ec, "nonlocal declaration not allowed at module level");
        if (!nset_has(bound, name)) return st_error(st, l, c, el, ec, "no binding for nonlocal '%s' found", name);
        ste->scopes[i] = SC_FREE;
        ste->free = true;
        nset_add(free, name);
        return 1;
    }
    if (flags & DEF_BOUND) {
        ste->scopes[i] = SC_LOCAL;
        nset_add(local, name);
        nset_discard(global, name);
        return 1;
    }
    if (bound && nset_has(bound, name)) {
        ste->scopes[i] = SC_FREE;
        ste->free = true;
        nset_add(free, name);
        return 1;
    }
    if (global && nset_has(global, name)) {
        ste->scopes[i] = SC_GLOBAL_IMPLICIT;
        return 1;
    }
    if (ste->nested) ste->free = true;
    ste->scopes[i] = SC_GLOBAL_IMPLICIT;
    return 1;
}

static int analyze_block(Symtable *st, Scope *ste, NameSet *bound, NameSet *free, NameSet *global);

static int analyze_block(Symtable *st, Scope *ste, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet *local = nset_new(st), *newglobal = nset_new(st), *newfree = nset_new(st),
            *newbound = nset_new(st);
    if (ste->type == BLOCK_CLASS) {
        nset_update(newglobal, global);
        nset_update(newbound, bound);
    }
    int nsyms = ste->syms.n;
    for (int i = 0; i < nsyms; i++)
        if (!analyze_name(st, ste, i, bound, local, free, global)) return 0;
    if (ste->type != BLOCK_CLASS) {
        if (ste->type == BLOCK_FUNCTION) nset_update(newbound, local);
        nset_update(newbound, bound);
        nset_update(newglobal, global);
    } else
        nset_add(newbound, "__class__");
    NameSet *allfree = nset_new(st);
    for (int i = 0; i < ste->nchildren; i++) {
        Scope *child = ste->children[i];
        NameSet *tb = nset_copy(st, newbound), *tf = nset_copy(st, newfree), *tg = nset_copy(st, newglobal);
        if (!analyze_block(st, child, tb, tf, tg)) return 0;
        nset_update(allfree, tf);
        if (child->free || child->child_free) ste->child_free = true;
    }
    nset_update(newfree, allfree);
    if (ste->type == BLOCK_FUNCTION) {
        for (int i = 0; i < nsyms; i++) {
            if (ste->scopes[i] != SC_LOCAL) continue;
            if (!nset_has(newfree, ste->syms.keys[i])) continue;
            ste->scopes[i] = SC_CELL;
            nset_discard(newfree, ste->syms.keys[i]);
        }
    } else if (ste->type == BLOCK_CLASS) {
        if (nset_has(newfree, "__class__")) {
            nset_discard(newfree, "__class__");
            ste->needs_class_closure = true;
        }
    }
    /* update_symbols: record free names of children */
    for (int j = 0; j < newfree->m.n; j++) {
        if (!newfree->m.vals[j]) continue;
        const char *name = newfree->m.keys[j];
        int i = smap_find(&ste->syms, name);
        if (i >= 0) {
            if (ste->type == BLOCK_CLASS && (ste->flags[i] & (DEF_BOUND | DEF_GLOBAL)))
                ste->flags[i] |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !nset_has(bound, name)) continue;
        i = sym_index(st, ste, name, true);
        ste->flags[i] = 0;
        ste->scopes[i] = SC_FREE;
    }
    nset_update(free, newfree);
    return 1;
}

Symtable *symtable_build(AstPool *pool, Mod *mod, int future_annotations, CompileError *err)
{
    Symtable *st = ast_alloc(pool, sizeof *st);
    st->pool = pool;
    st->err = err;
    st->future_annotations = future_annotations;
    st->top = enter_block(st, "top", BLOCK_MODULE, mod, 0, 0);
    int ok = 1;
    switch (mod->kind) {
    case Mod_Module: ok = visit_stmts(st, &mod->v.Module.body); break;
    case Mod_Interactive: ok = visit_stmts(st, &mod->v.Interactive.body); break;
    case Mod_Expression: ok = visit_expr(st, mod->v.Expression.body); break;
    }
    if (!ok) return NULL;
    exit_block(st);
    NameSet *free = nset_new(st), *global = nset_new(st);
    if (!analyze_block(st, st->top, NULL, free, global)) return NULL;
    return st;
}
