/* kiln: _ast — the node classes of CPython 3.11's Python.asdl as ordinary heap
 * classes (AST, mod, stmt, expr, ... and every concrete kind, with _fields,
 * _attributes, __match_args__ and the `?`-field None defaults), AST.__init__ /
 * __reduce__ with CPython's messages, and _kiln_parse: builtins.compile(...,
 * PyCF_ONLY_AST) runs the C parser (core/parser.c) and converts its pool-allocated
 * tree into instances of these classes (mode "func_type" too, through an eval-mode
 * parse of a same-length rewrite).  _kiln_compile_ast compiles a tree given to
 * compile() by unparsing it and compiling the text, statements kept on their lines.
 *
 * State (the classes, interned field names and the shared context/operator
 * instances) lives in a list under "_ast" in kiln_state_dict(). */
#include "core.h"
#include "ast.h"
#include <string.h>

typedef struct NodeSpec {
    const char *name;
    int base;               /* index in node_specs, -1: object */
    const char *fields;     /* space separated _fields in the class dict, NULL: inherited */
    const char *attributes; /* _attributes in the class dict, NULL: inherited */
    const char *nones;      /* class attributes set to None (optional fields) */
    const char *doc;
} NodeSpec;

/* Generated from CPython 3.11's _ast (every class with its own dict entries). */
enum {
    K_AST, K_mod, K_Module, K_Interactive, K_Expression, K_FunctionType, K_stmt, K_FunctionDef, K_AsyncFunctionDef, K_ClassDef, K_Return, K_Delete, K_Assign, K_AugAssign, K_AnnAssign, K_For, K_AsyncFor, K_While, K_If, K_With, K_AsyncWith, K_Match, K_Raise, K_Try, K_TryStar, K_Assert, K_Import, K_ImportFrom, K_Global, K_Nonlocal, K_Expr, K_Pass, K_Break, K_Continue, K_expr, K_BoolOp, K_NamedExpr, K_BinOp, K_UnaryOp, K_Lambda, K_IfExp, K_Dict, K_Set, K_ListComp, K_SetComp, K_DictComp, K_GeneratorExp, K_Await, K_Yield, K_YieldFrom, K_Compare, K_Call, K_FormattedValue, K_JoinedStr, K_Constant, K_Attribute, K_Subscript, K_Starred, K_Name, K_List, K_Tuple, K_Slice, K_expr_context, K_Load, K_Store, K_Del, K_boolop, K_And, K_Or, K_operator, K_Add, K_Sub, K_Mult, K_MatMult, K_Div, K_Mod, K_Pow, K_LShift, K_RShift, K_BitOr, K_BitXor, K_BitAnd, K_FloorDiv, K_unaryop, K_Invert, K_Not, K_UAdd, K_USub, K_cmpop, K_Eq, K_NotEq, K_Lt, K_LtE, K_Gt, K_GtE, K_Is, K_IsNot, K_In, K_NotIn, K_comprehension, K_excepthandler, K_ExceptHandler, K_arguments, K_arg, K_keyword, K_alias, K_withitem, K_match_case, K_pattern, K_MatchValue, K_MatchSingleton, K_MatchSequence, K_MatchMapping, K_MatchClass, K_MatchStar, K_MatchAs, K_MatchOr, K_type_ignore, K_TypeIgnore,
    K__COUNT
};
static const NodeSpec node_specs[] = {
    { "AST", -1, "", "", "", NULL },
    { "mod", 0, "", "", "", "mod = Module(stmt* body, type_ignore* type_ignores)\n    | Interactive(stmt* body)\n    | Expression(expr body)\n    | FunctionType(expr* argtypes, expr returns)" },
    { "Module", 1, "body type_ignores", NULL, "", "Module(stmt* body, type_ignore* type_ignores)" },
    { "Interactive", 1, "body", NULL, "", "Interactive(stmt* body)" },
    { "Expression", 1, "body", NULL, "", "Expression(expr body)" },
    { "FunctionType", 1, "argtypes returns", NULL, "", "FunctionType(expr* argtypes, expr returns)" },
    { "stmt", 0, "", "lineno col_offset end_lineno end_col_offset", "end_lineno end_col_offset", "stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)\n     | Return(expr? value)\n     | Delete(expr* targets)\n     | Assign(expr* targets, expr value, string? type_comment)\n     | AugAssign(expr target, operator op, expr value)\n     | AnnAssign(expr target, expr annotation, expr? value, int simple)\n     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | While(expr test, stmt* body, stmt* orelse)\n     | If(expr test, stmt* body, stmt* orelse)\n     | With(withitem* items, stmt* body, string? type_comment)\n     | AsyncWith(withitem* items, stmt* body, string? type_comment)\n     | Match(expr subject, match_case* cases)\n     | Raise(expr? exc, expr? cause)\n     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | Assert(expr test, expr? msg)\n     | Import(alias* names)\n     | ImportFrom(identifier? module, alias* names, int? level)\n     | Global(identifier* names)\n     | Nonlocal(identifier* names)\n     | Expr(expr value)\n     | Pass\n     | Break\n     | Continue" },
    { "FunctionDef", 6, "name args body decorator_list returns type_comment", NULL, "returns type_comment", "FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)" },
    { "AsyncFunctionDef", 6, "name args body decorator_list returns type_comment", NULL, "returns type_comment", "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)" },
    { "ClassDef", 6, "name bases keywords body decorator_list", NULL, "", "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)" },
    { "Return", 6, "value", NULL, "value", "Return(expr? value)" },
    { "Delete", 6, "targets", NULL, "", "Delete(expr* targets)" },
    { "Assign", 6, "targets value type_comment", NULL, "type_comment", "Assign(expr* targets, expr value, string? type_comment)" },
    { "AugAssign", 6, "target op value", NULL, "", "AugAssign(expr target, operator op, expr value)" },
    { "AnnAssign", 6, "target annotation value simple", NULL, "value", "AnnAssign(expr target, expr annotation, expr? value, int simple)" },
    { "For", 6, "target iter body orelse type_comment", NULL, "type_comment", "For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)" },
    { "AsyncFor", 6, "target iter body orelse type_comment", NULL, "type_comment", "AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)" },
    { "While", 6, "test body orelse", NULL, "", "While(expr test, stmt* body, stmt* orelse)" },
    { "If", 6, "test body orelse", NULL, "", "If(expr test, stmt* body, stmt* orelse)" },
    { "With", 6, "items body type_comment", NULL, "type_comment", "With(withitem* items, stmt* body, string? type_comment)" },
    { "AsyncWith", 6, "items body type_comment", NULL, "type_comment", "AsyncWith(withitem* items, stmt* body, string? type_comment)" },
    { "Match", 6, "subject cases", NULL, "", "Match(expr subject, match_case* cases)" },
    { "Raise", 6, "exc cause", NULL, "exc cause", "Raise(expr? exc, expr? cause)" },
    { "Try", 6, "body handlers orelse finalbody", NULL, "", "Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)" },
    { "TryStar", 6, "body handlers orelse finalbody", NULL, "", "TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)" },
    { "Assert", 6, "test msg", NULL, "msg", "Assert(expr test, expr? msg)" },
    { "Import", 6, "names", NULL, "", "Import(alias* names)" },
    { "ImportFrom", 6, "module names level", NULL, "module level", "ImportFrom(identifier? module, alias* names, int? level)" },
    { "Global", 6, "names", NULL, "", "Global(identifier* names)" },
    { "Nonlocal", 6, "names", NULL, "", "Nonlocal(identifier* names)" },
    { "Expr", 6, "value", NULL, "", "Expr(expr value)" },
    { "Pass", 6, "", NULL, "", "Pass" },
    { "Break", 6, "", NULL, "", "Break" },
    { "Continue", 6, "", NULL, "", "Continue" },
    { "expr", 0, "", "lineno col_offset end_lineno end_col_offset", "end_lineno end_col_offset", "expr = BoolOp(boolop op, expr* values)\n     | NamedExpr(expr target, expr value)\n     | BinOp(expr left, operator op, expr right)\n     | UnaryOp(unaryop op, expr operand)\n     | Lambda(arguments args, expr body)\n     | IfExp(expr test, expr body, expr orelse)\n     | Dict(expr* keys, expr* values)\n     | Set(expr* elts)\n     | ListComp(expr elt, comprehension* generators)\n     | SetComp(expr elt, comprehension* generators)\n     | DictComp(expr key, expr value, comprehension* generators)\n     | GeneratorExp(expr elt, comprehension* generators)\n     | Await(expr value)\n     | Yield(expr? value)\n     | YieldFrom(expr value)\n     | Compare(expr left, cmpop* ops, expr* comparators)\n     | Call(expr func, expr* args, keyword* keywords)\n     | FormattedValue(expr value, int conversion, expr? format_spec)\n     | JoinedStr(expr* values)\n     | Constant(constant value, string? kind)\n     | Attribute(expr value, identifier attr, expr_context ctx)\n     | Subscript(expr value, expr slice, expr_context ctx)\n     | Starred(expr value, expr_context ctx)\n     | Name(identifier id, expr_context ctx)\n     | List(expr* elts, expr_context ctx)\n     | Tuple(expr* elts, expr_context ctx)\n     | Slice(expr? lower, expr? upper, expr? step)" },
    { "BoolOp", 34, "op values", NULL, "", "BoolOp(boolop op, expr* values)" },
    { "NamedExpr", 34, "target value", NULL, "", "NamedExpr(expr target, expr value)" },
    { "BinOp", 34, "left op right", NULL, "", "BinOp(expr left, operator op, expr right)" },
    { "UnaryOp", 34, "op operand", NULL, "", "UnaryOp(unaryop op, expr operand)" },
    { "Lambda", 34, "args body", NULL, "", "Lambda(arguments args, expr body)" },
    { "IfExp", 34, "test body orelse", NULL, "", "IfExp(expr test, expr body, expr orelse)" },
    { "Dict", 34, "keys values", NULL, "", "Dict(expr* keys, expr* values)" },
    { "Set", 34, "elts", NULL, "", "Set(expr* elts)" },
    { "ListComp", 34, "elt generators", NULL, "", "ListComp(expr elt, comprehension* generators)" },
    { "SetComp", 34, "elt generators", NULL, "", "SetComp(expr elt, comprehension* generators)" },
    { "DictComp", 34, "key value generators", NULL, "", "DictComp(expr key, expr value, comprehension* generators)" },
    { "GeneratorExp", 34, "elt generators", NULL, "", "GeneratorExp(expr elt, comprehension* generators)" },
    { "Await", 34, "value", NULL, "", "Await(expr value)" },
    { "Yield", 34, "value", NULL, "value", "Yield(expr? value)" },
    { "YieldFrom", 34, "value", NULL, "", "YieldFrom(expr value)" },
    { "Compare", 34, "left ops comparators", NULL, "", "Compare(expr left, cmpop* ops, expr* comparators)" },
    { "Call", 34, "func args keywords", NULL, "", "Call(expr func, expr* args, keyword* keywords)" },
    { "FormattedValue", 34, "value conversion format_spec", NULL, "format_spec", "FormattedValue(expr value, int conversion, expr? format_spec)" },
    { "JoinedStr", 34, "values", NULL, "", "JoinedStr(expr* values)" },
    { "Constant", 34, "value kind", NULL, "kind", "Constant(constant value, string? kind)" },
    { "Attribute", 34, "value attr ctx", NULL, "", "Attribute(expr value, identifier attr, expr_context ctx)" },
    { "Subscript", 34, "value slice ctx", NULL, "", "Subscript(expr value, expr slice, expr_context ctx)" },
    { "Starred", 34, "value ctx", NULL, "", "Starred(expr value, expr_context ctx)" },
    { "Name", 34, "id ctx", NULL, "", "Name(identifier id, expr_context ctx)" },
    { "List", 34, "elts ctx", NULL, "", "List(expr* elts, expr_context ctx)" },
    { "Tuple", 34, "elts ctx", NULL, "", "Tuple(expr* elts, expr_context ctx)" },
    { "Slice", 34, "lower upper step", NULL, "lower upper step", "Slice(expr? lower, expr? upper, expr? step)" },
    { "expr_context", 0, "", "", "", "expr_context = Load | Store | Del" },
    { "Load", 62, "", NULL, "", "Load" },
    { "Store", 62, "", NULL, "", "Store" },
    { "Del", 62, "", NULL, "", "Del" },
    { "boolop", 0, "", "", "", "boolop = And | Or" },
    { "And", 66, "", NULL, "", "And" },
    { "Or", 66, "", NULL, "", "Or" },
    { "operator", 0, "", "", "", "operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv" },
    { "Add", 69, "", NULL, "", "Add" },
    { "Sub", 69, "", NULL, "", "Sub" },
    { "Mult", 69, "", NULL, "", "Mult" },
    { "MatMult", 69, "", NULL, "", "MatMult" },
    { "Div", 69, "", NULL, "", "Div" },
    { "Mod", 69, "", NULL, "", "Mod" },
    { "Pow", 69, "", NULL, "", "Pow" },
    { "LShift", 69, "", NULL, "", "LShift" },
    { "RShift", 69, "", NULL, "", "RShift" },
    { "BitOr", 69, "", NULL, "", "BitOr" },
    { "BitXor", 69, "", NULL, "", "BitXor" },
    { "BitAnd", 69, "", NULL, "", "BitAnd" },
    { "FloorDiv", 69, "", NULL, "", "FloorDiv" },
    { "unaryop", 0, "", "", "", "unaryop = Invert | Not | UAdd | USub" },
    { "Invert", 83, "", NULL, "", "Invert" },
    { "Not", 83, "", NULL, "", "Not" },
    { "UAdd", 83, "", NULL, "", "UAdd" },
    { "USub", 83, "", NULL, "", "USub" },
    { "cmpop", 0, "", "", "", "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn" },
    { "Eq", 88, "", NULL, "", "Eq" },
    { "NotEq", 88, "", NULL, "", "NotEq" },
    { "Lt", 88, "", NULL, "", "Lt" },
    { "LtE", 88, "", NULL, "", "LtE" },
    { "Gt", 88, "", NULL, "", "Gt" },
    { "GtE", 88, "", NULL, "", "GtE" },
    { "Is", 88, "", NULL, "", "Is" },
    { "IsNot", 88, "", NULL, "", "IsNot" },
    { "In", 88, "", NULL, "", "In" },
    { "NotIn", 88, "", NULL, "", "NotIn" },
    { "comprehension", 0, "target iter ifs is_async", "", "", "comprehension(expr target, expr iter, expr* ifs, int is_async)" },
    { "excepthandler", 0, "", "lineno col_offset end_lineno end_col_offset", "end_lineno end_col_offset", "excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)" },
    { "ExceptHandler", 100, "type name body", NULL, "type name", "ExceptHandler(expr? type, identifier? name, stmt* body)" },
    { "arguments", 0, "posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults", "", "vararg kwarg", "arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)" },
    { "arg", 0, "arg annotation type_comment", "lineno col_offset end_lineno end_col_offset", "annotation type_comment end_lineno end_col_offset", "arg(identifier arg, expr? annotation, string? type_comment)" },
    { "keyword", 0, "arg value", "lineno col_offset end_lineno end_col_offset", "arg end_lineno end_col_offset", "keyword(identifier? arg, expr value)" },
    { "alias", 0, "name asname", "lineno col_offset end_lineno end_col_offset", "asname end_lineno end_col_offset", "alias(identifier name, identifier? asname)" },
    { "withitem", 0, "context_expr optional_vars", "", "optional_vars", "withitem(expr context_expr, expr? optional_vars)" },
    { "match_case", 0, "pattern guard body", "", "guard", "match_case(pattern pattern, expr? guard, stmt* body)" },
    { "pattern", 0, "", "lineno col_offset end_lineno end_col_offset", "", "pattern = MatchValue(expr value)\n        | MatchSingleton(constant value)\n        | MatchSequence(pattern* patterns)\n        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)\n        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)\n        | MatchStar(identifier? name)\n        | MatchAs(pattern? pattern, identifier? name)\n        | MatchOr(pattern* patterns)" },
    { "MatchValue", 108, "value", NULL, "", "MatchValue(expr value)" },
    { "MatchSingleton", 108, "value", NULL, "", "MatchSingleton(constant value)" },
    { "MatchSequence", 108, "patterns", NULL, "", "MatchSequence(pattern* patterns)" },
    { "MatchMapping", 108, "keys patterns rest", NULL, "rest", "MatchMapping(expr* keys, pattern* patterns, identifier? rest)" },
    { "MatchClass", 108, "cls patterns kwd_attrs kwd_patterns", NULL, "", "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)" },
    { "MatchStar", 108, "name", NULL, "name", "MatchStar(identifier? name)" },
    { "MatchAs", 108, "pattern name", NULL, "pattern name", "MatchAs(pattern? pattern, identifier? name)" },
    { "MatchOr", 108, "patterns", NULL, "", "MatchOr(pattern* patterns)" },
    { "type_ignore", 0, "", "", "", "type_ignore = TypeIgnore(int lineno, string tag)" },
    { "TypeIgnore", 117, "lineno tag", NULL, "", "TypeIgnore(int lineno, string tag)" },
};

/* Field and attribute names, interned once. */
#define FIELD_NAMES(X) \
    X(body) X(type_ignores) X(argtypes) X(returns) X(name) X(args) X(decorator_list) \
    X(type_comment) X(bases) X(keywords) X(value) X(targets) X(target) X(op) X(annotation) \
    X(simple) X(iter) X(orelse) X(test) X(items) X(subject) X(cases) X(exc) X(cause) \
    X(handlers) X(finalbody) X(msg) X(names) X(module) X(level) X(values) X(left) X(right) \
    X(operand) X(keys) X(elts) X(elt) X(generators) X(key) X(ops) X(comparators) X(func) \
    X(conversion) X(format_spec) X(kind) X(attr) X(ctx) X(slice) X(id) X(lower) X(upper) \
    X(step) X(ifs) X(is_async) X(type) X(posonlyargs) X(vararg) X(kwonlyargs) \
    X(kw_defaults) X(kwarg) X(defaults) X(arg) X(asname) X(context_expr) X(optional_vars) \
    X(pattern) X(guard) X(patterns) X(rest) X(cls) X(kwd_attrs) X(kwd_patterns) \
    X(lineno) X(col_offset) X(end_lineno) X(end_col_offset)
#define F_ENUM_(n) F_##n,
enum { FIELD_NAMES(F_ENUM_) F__COUNT };
#define F_STR_(n) #n,
static const char *const field_names[] = { FIELD_NAMES(F_STR_) };

/* Layout of the state list: classes, then names, then one shared instance per
 * class (only for the field-less context/operator kinds, else None). */
enum { ST_CLASSES = 0, ST_NAMES = K__COUNT, ST_SINGLE = K__COUNT + F__COUNT, ST_SIZE = 2 * K__COUNT + F__COUNT };

static Value ast_state(void)
{
    Value st = dict_get_cstr(kiln_state_dict(), "_ast");
    if (!st) {
        if (!exc_pending()) {
            Value m = import_module(str_from_cstr("_ast"));
            if (!m) return 0;
            st = dict_get_cstr(kiln_state_dict(), "_ast");
        }
        if (!st) return exc_pending() ? 0 : raise_SystemError("_ast: module state missing");
    }
    return st;
}

/* -- AST.__init__ and AST.__reduce__ -------------------------------------------------- */

static const char *type_short_name(Type *t) { return STR_DATA(t->name); }

static Value ast_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Type *t = TYPE(self);
    Value fields = obj_lookup_attr(OBJ_VAL(t), str_from_cstr("_fields"));
    if (!fields && exc_pending()) return 0;
    int64_t numfields = 0;
    if (fields) {
        numfields = obj_len(fields);
        if (numfields < 0) return 0;
    }
    if ((int64_t)nargs > numfields)
        return raise_TypeError("%s constructor takes at most %lld positional argument%s", type_short_name(t),
                               (long long)numfields, numfields == 1 ? "" : "s");
    for (size_t i = 0; i < nargs; i++) {
        Value name = obj_getitem(fields, MKSMALL((int64_t)i));
        if (!name) return 0;
        if (obj_setattr(self, name, args[i]) < 0) return 0;
    }
    if (kwnames) {
        int64_t nk = TUPLE_SIZE(kwnames);
        for (int64_t i = 0; i < nk; i++) {
            Value key = TUPLE_ITEMS(kwnames)[i];
            if (fields) {
                int c = obj_contains(fields, key);
                if (c < 0) return 0;
                if (c == 1) {
                    Value p = obj_call_method(fields, str_from_cstr("index"), &key, 1);
                    if (!p) return 0;
                    if (IS_SMALL(p) && SMALL_VAL(p) < (int64_t)nargs)
                        return raise_TypeError("%s got multiple values for argument '%U'", type_short_name(t), key);
                }
            }
            if (obj_setattr(self, key, args[nargs + i]) < 0) return 0;
        }
    }
    return NONE;
}

static Value ast_reduce(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("__reduce__", nargs, 0, 0) < 0 || args_no_kw("__reduce__", kwnames) < 0) return 0;
    Value d = obj_lookup_attr(self, S(__dict__));
    if (!d) {
        if (exc_pending()) return 0;
        return tuple_pack(2, OBJ_VAL(TYPE(self)), R->empty_tuple);
    }
    return tuple_pack(3, OBJ_VAL(TYPE(self)), R->empty_tuple, d);
}

static const MethodDef ast_init_def = { "__init__", ast_init, 0, NULL };
static const MethodDef ast_reduce_def = { "__reduce__", ast_reduce, 0, NULL };

/* -- C tree -> Python objects ---------------------------------------------------------- */

/* items: the state list's items (the list never grows).  depth/limit: CPython's
 * ast2obj recursion guard (3 per Python frame; the limit is 3 x sys.getrecursionlimit()). */
typedef struct Cv { Value *items; int depth, limit; } Cv;

#define CLS(k) (cv->items[ST_CLASSES + (k)])
#define FN_(f) (cv->items[ST_NAMES + F_##f])

static Value mk(Cv *cv, int k) { return instance_new(AS(Type, CLS(k))); }

static int put(Cv *cv, Value node, int f, Value v)
{
    if (!v) return -1;
    return instance_setattr_raw(node, cv->items[ST_NAMES + f], v);
}

static int put_loc(Cv *cv, Value n, int l, int c, int el, int ec)
{
    if (put(cv, n, F_lineno, MKSMALL(l)) < 0 || put(cv, n, F_col_offset, MKSMALL(c)) < 0 ||
        put(cv, n, F_end_lineno, MKSMALL(el)) < 0 || put(cv, n, F_end_col_offset, MKSMALL(ec)) < 0)
        return -1;
    return 0;
}

static Value single(Cv *cv, int k) { return cv->items[ST_SINGLE + k]; }

static Value ident(const char *s) { return s ? str_intern(str_new(s, strlen(s))) : NONE; }


#define GUARDED(name, T)                                                    \
    static Value name(Cv *cv, T *node)                                      \
    {                                                                       \
        if (++cv->depth > cv->limit) {                                      \
            cv->depth--;                                                    \
            return raise_fmt(E(RecursionError), "maximum recursion depth exceeded during ast construction"); \
        }                                                                   \
        Value v = name##_(cv, node);                                        \
        cv->depth--;                                                        \
        return v;                                                           \
    }
static Value conv_expr(Cv *cv, Expr *e);
static Value conv_stmt(Cv *cv, Stmt *s);
static Value conv_pattern(Cv *cv, Pattern *p);

static Value conv_constant(Constant *c)
{
    switch (c->kind) {
    case CONST_NONE: return NONE;
    case CONST_TRUE: return TRUE_V;
    case CONST_FALSE: return FALSE_V;
    case CONST_ELLIPSIS: return ELLIPSIS_V;
    case CONST_INT: return c->fits ? int_from_i64(c->small) : int_from_str(c->digits, strlen(c->digits), 10);
    case CONST_FLOAT: return float_new(c->f);
    case CONST_IMAG: return complex_new(0.0, c->f);
    case CONST_STR: return str_new(c->str, c->len);
    case CONST_BYTES: return bytes_new(c->str, c->len);
    }
    return NONE;
}

#define SEQ_CONV(fname, SeqT, conv)                                         \
    static Value fname(Cv *cv, SeqT *seq)                                   \
    {                                                                       \
        Value l = list_new(0);                                              \
        for (int i = 0; i < seq->n; i++) {                                  \
            Value v = seq->items[i] ? conv(cv, seq->items[i]) : NONE;       \
            if (!v || list_append(l, v) < 0) return 0;                      \
        }                                                                   \
        return l;                                                           \
    }

static Value conv_arg_(Cv *cv, Arg *a)
{
    Value n = mk(cv, K_arg);
    if (put(cv, n, F_arg, ident(a->arg)) < 0) return 0;
    if (put(cv, n, F_annotation, a->annotation ? conv_expr(cv, a->annotation) : NONE) < 0) return 0;
    if (put(cv, n, F_type_comment, NONE) < 0) return 0;
    if (put_loc(cv, n, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset) < 0) return 0;
    return n;
}
GUARDED(conv_arg, Arg)
static Value conv_keyword_(Cv *cv, Keyword *k)
{
    Value n = mk(cv, K_keyword);
    if (put(cv, n, F_arg, ident(k->arg)) < 0 || put(cv, n, F_value, conv_expr(cv, k->value)) < 0) return 0;
    if (put_loc(cv, n, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset) < 0) return 0;
    return n;
}
GUARDED(conv_keyword, Keyword)
static Value conv_alias_(Cv *cv, Alias *a)
{
    Value n = mk(cv, K_alias);
    if (put(cv, n, F_name, ident(a->name)) < 0 || put(cv, n, F_asname, ident(a->asname)) < 0) return 0;
    if (put_loc(cv, n, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset) < 0) return 0;
    return n;
}
GUARDED(conv_alias, Alias)
static Value conv_withitem_(Cv *cv, WithItem *w)
{
    Value n = mk(cv, K_withitem);
    if (put(cv, n, F_context_expr, conv_expr(cv, w->context_expr)) < 0) return 0;
    if (put(cv, n, F_optional_vars, w->optional_vars ? conv_expr(cv, w->optional_vars) : NONE) < 0) return 0;
    return n;
}
GUARDED(conv_withitem, WithItem)
static Value ident_item(Cv *cv, char *s) { (void)cv; return ident(s); }

SEQ_CONV(conv_exprs, ExprSeq, conv_expr)
SEQ_CONV(conv_stmts, StmtSeq, conv_stmt)
SEQ_CONV(conv_patterns, PatternSeq, conv_pattern)
SEQ_CONV(conv_args, ArgSeq, conv_arg)
SEQ_CONV(conv_keywords, KeywordSeq, conv_keyword)
SEQ_CONV(conv_aliases, AliasSeq, conv_alias)
SEQ_CONV(conv_withitems, WithItemSeq, conv_withitem)
SEQ_CONV(conv_idents, IdentSeq, ident_item)

static Value conv_comprehension_(Cv *cv, Comprehension *c)
{
    Value n = mk(cv, K_comprehension);
    if (put(cv, n, F_target, conv_expr(cv, c->target)) < 0 || put(cv, n, F_iter, conv_expr(cv, c->iter)) < 0 ||
        put(cv, n, F_ifs, conv_exprs(cv, &c->ifs)) < 0 || put(cv, n, F_is_async, MKSMALL(c->is_async)) < 0)
        return 0;
    return n;
}
GUARDED(conv_comprehension, Comprehension)
SEQ_CONV(conv_comprehensions, ComprehensionSeq, conv_comprehension)

static Value conv_handler_(Cv *cv, ExceptHandler *h)
{
    Value n = mk(cv, K_ExceptHandler);
    if (put(cv, n, F_type, h->type ? conv_expr(cv, h->type) : NONE) < 0 || put(cv, n, F_name, ident(h->name)) < 0 ||
        put(cv, n, F_body, conv_stmts(cv, &h->body)) < 0)
        return 0;
    if (put_loc(cv, n, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset) < 0) return 0;
    return n;
}
GUARDED(conv_handler, ExceptHandler)
SEQ_CONV(conv_handlers, ExceptHandlerSeq, conv_handler)

static Value conv_match_case_(Cv *cv, MatchCase *m)
{
    Value n = mk(cv, K_match_case);
    if (put(cv, n, F_pattern, conv_pattern(cv, m->pattern)) < 0 ||
        put(cv, n, F_guard, m->guard ? conv_expr(cv, m->guard) : NONE) < 0 ||
        put(cv, n, F_body, conv_stmts(cv, &m->body)) < 0)
        return 0;
    return n;
}
GUARDED(conv_match_case, MatchCase)
SEQ_CONV(conv_match_cases, MatchCaseSeq, conv_match_case)

static Value conv_arguments_(Cv *cv, Arguments *a)
{
    Value n = mk(cv, K_arguments);
    if (put(cv, n, F_posonlyargs, conv_args(cv, &a->posonlyargs)) < 0 || put(cv, n, F_args, conv_args(cv, &a->args)) < 0 ||
        put(cv, n, F_vararg, a->vararg ? conv_arg(cv, a->vararg) : NONE) < 0 ||
        put(cv, n, F_kwonlyargs, conv_args(cv, &a->kwonlyargs)) < 0 ||
        put(cv, n, F_kw_defaults, conv_exprs(cv, &a->kw_defaults)) < 0 ||
        put(cv, n, F_kwarg, a->kwarg ? conv_arg(cv, a->kwarg) : NONE) < 0 ||
        put(cv, n, F_defaults, conv_exprs(cv, &a->defaults)) < 0)
        return 0;
    return n;
}
GUARDED(conv_arguments, Arguments)

static const int op_kind[] = {
#define OPK_(n) K_##n,
    AST_OPERATORS(OPK_)
};
static const int uop_kind[] = { AST_UNARYOPS(OPK_) };
static const int cop_kind[] = { AST_CMPOPS(OPK_) };
static const int bop_kind[] = { AST_BOOLOPS(OPK_) };
static const int ctx_kind[] = { AST_CTXS(OPK_) };
#undef OPK_

#define OPT(e) ((e) ? conv_expr(cv, (e)) : NONE)
#define P(f, v) do { if (put(cv, n, F_##f, (v)) < 0) return 0; } while (0)

static Value conv_expr_(Cv *cv, Expr *e)
{
    static const int kinds[] = {
        0, K_BoolOp, K_NamedExpr, K_BinOp, K_UnaryOp, K_Lambda, K_IfExp, K_Dict, K_Set, K_ListComp, K_SetComp,
        K_DictComp, K_GeneratorExp, K_Await, K_Yield, K_YieldFrom, K_Compare, K_Call, K_FormattedValue,
        K_JoinedStr, K_Constant, K_Attribute, K_Subscript, K_Starred, K_Name, K_List, K_Tuple, K_Slice,
    };
    if (c_stack_exhausted()) return raise_fmt(E(RecursionError), "maximum recursion depth exceeded during ast construction");
    Value n = mk(cv, kinds[e->kind]);
    switch (e->kind) {
    case Expr_BoolOp: P(op, single(cv, bop_kind[e->v.BoolOp.op])); P(values, conv_exprs(cv, &e->v.BoolOp.values)); break;
    case Expr_NamedExpr: P(target, conv_expr(cv, e->v.NamedExpr.target)); P(value, conv_expr(cv, e->v.NamedExpr.value)); break;
    case Expr_BinOp:
        P(left, conv_expr(cv, e->v.BinOp.left)); P(op, single(cv, op_kind[e->v.BinOp.op]));
        P(right, conv_expr(cv, e->v.BinOp.right));
        break;
    case Expr_UnaryOp: P(op, single(cv, uop_kind[e->v.UnaryOp.op])); P(operand, conv_expr(cv, e->v.UnaryOp.operand)); break;
    case Expr_Lambda: P(args, conv_arguments(cv, e->v.Lambda.args)); P(body, conv_expr(cv, e->v.Lambda.body)); break;
    case Expr_IfExp:
        P(test, conv_expr(cv, e->v.IfExp.test)); P(body, conv_expr(cv, e->v.IfExp.body));
        P(orelse, conv_expr(cv, e->v.IfExp.orelse));
        break;
    case Expr_Dict: P(keys, conv_exprs(cv, &e->v.Dict.keys)); P(values, conv_exprs(cv, &e->v.Dict.values)); break;
    case Expr_Set: P(elts, conv_exprs(cv, &e->v.Set.elts)); break;
    case Expr_ListComp: P(elt, conv_expr(cv, e->v.ListComp.elt)); P(generators, conv_comprehensions(cv, &e->v.ListComp.generators)); break;
    case Expr_SetComp: P(elt, conv_expr(cv, e->v.SetComp.elt)); P(generators, conv_comprehensions(cv, &e->v.SetComp.generators)); break;
    case Expr_DictComp:
        P(key, conv_expr(cv, e->v.DictComp.key)); P(value, conv_expr(cv, e->v.DictComp.value));
        P(generators, conv_comprehensions(cv, &e->v.DictComp.generators));
        break;
    case Expr_GeneratorExp:
        P(elt, conv_expr(cv, e->v.GeneratorExp.elt)); P(generators, conv_comprehensions(cv, &e->v.GeneratorExp.generators));
        break;
    case Expr_Await: P(value, conv_expr(cv, e->v.Await.value)); break;
    case Expr_Yield: P(value, OPT(e->v.Yield.value)); break;
    case Expr_YieldFrom: P(value, conv_expr(cv, e->v.YieldFrom.value)); break;
    case Expr_Compare: {
        P(left, conv_expr(cv, e->v.Compare.left));
        Value ops = list_new(0);
        for (int i = 0; i < e->v.Compare.nops; i++)
            if (list_append(ops, single(cv, cop_kind[e->v.Compare.ops[i]])) < 0) return 0;
        P(ops, ops);
        P(comparators, conv_exprs(cv, &e->v.Compare.comparators));
        break;
    }
    case Expr_Call:
        P(func, conv_expr(cv, e->v.Call.func)); P(args, conv_exprs(cv, &e->v.Call.args));
        P(keywords, conv_keywords(cv, &e->v.Call.keywords));
        break;
    case Expr_FormattedValue:
        P(value, conv_expr(cv, e->v.FormattedValue.value)); P(conversion, MKSMALL(e->v.FormattedValue.conversion));
        P(format_spec, OPT(e->v.FormattedValue.format_spec));
        break;
    case Expr_JoinedStr: P(values, conv_exprs(cv, &e->v.JoinedStr.values)); break;
    case Expr_Constant:
        P(value, conv_constant(&e->v.Constant.value));
        P(kind, e->v.Constant.kind ? str_from_cstr(e->v.Constant.kind) : NONE);
        break;
    case Expr_Attribute:
        P(value, conv_expr(cv, e->v.Attribute.value)); P(attr, ident(e->v.Attribute.attr));
        P(ctx, single(cv, ctx_kind[e->v.Attribute.ctx]));
        break;
    case Expr_Subscript:
        P(value, conv_expr(cv, e->v.Subscript.value)); P(slice, conv_expr(cv, e->v.Subscript.slice));
        P(ctx, single(cv, ctx_kind[e->v.Subscript.ctx]));
        break;
    case Expr_Starred: P(value, conv_expr(cv, e->v.Starred.value)); P(ctx, single(cv, ctx_kind[e->v.Starred.ctx])); break;
    case Expr_Name: P(id, ident(e->v.Name.id)); P(ctx, single(cv, ctx_kind[e->v.Name.ctx])); break;
    case Expr_List: P(elts, conv_exprs(cv, &e->v.List.elts)); P(ctx, single(cv, ctx_kind[e->v.List.ctx])); break;
    case Expr_Tuple: P(elts, conv_exprs(cv, &e->v.Tuple.elts)); P(ctx, single(cv, ctx_kind[e->v.Tuple.ctx])); break;
    case Expr_Slice:
        P(lower, OPT(e->v.Slice.lower)); P(upper, OPT(e->v.Slice.upper)); P(step, OPT(e->v.Slice.step));
        break;
    }
    if (put_loc(cv, n, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset) < 0) return 0;
    return n;
}
GUARDED(conv_expr, Expr)

static Value conv_stmt_(Cv *cv, Stmt *s)
{
    static const int kinds[] = {
        0, K_FunctionDef, K_AsyncFunctionDef, K_ClassDef, K_Return, K_Delete, K_Assign, K_AugAssign, K_AnnAssign,
        K_For, K_AsyncFor, K_While, K_If, K_With, K_AsyncWith, K_Match, K_Raise, K_Try, K_TryStar, K_Assert,
        K_Import, K_ImportFrom, K_Global, K_Nonlocal, K_Expr, K_Pass, K_Break, K_Continue,
    };
    if (c_stack_exhausted()) return raise_fmt(E(RecursionError), "maximum recursion depth exceeded during ast construction");
    Value n = mk(cv, kinds[s->kind]);
    switch (s->kind) {
    case Stmt_FunctionDef: case Stmt_AsyncFunctionDef:
        P(name, ident(s->v.FunctionDef.name)); P(args, conv_arguments(cv, s->v.FunctionDef.args));
        P(body, conv_stmts(cv, &s->v.FunctionDef.body)); P(decorator_list, conv_exprs(cv, &s->v.FunctionDef.decorator_list));
        P(returns, OPT(s->v.FunctionDef.returns)); P(type_comment, NONE);
        break;
    case Stmt_ClassDef:
        P(name, ident(s->v.ClassDef.name)); P(bases, conv_exprs(cv, &s->v.ClassDef.bases));
        P(keywords, conv_keywords(cv, &s->v.ClassDef.keywords)); P(body, conv_stmts(cv, &s->v.ClassDef.body));
        P(decorator_list, conv_exprs(cv, &s->v.ClassDef.decorator_list));
        break;
    case Stmt_Return: P(value, OPT(s->v.Return.value)); break;
    case Stmt_Delete: P(targets, conv_exprs(cv, &s->v.Delete.targets)); break;
    case Stmt_Assign:
        P(targets, conv_exprs(cv, &s->v.Assign.targets)); P(value, conv_expr(cv, s->v.Assign.value)); P(type_comment, NONE);
        break;
    case Stmt_AugAssign:
        P(target, conv_expr(cv, s->v.AugAssign.target)); P(op, single(cv, op_kind[s->v.AugAssign.op]));
        P(value, conv_expr(cv, s->v.AugAssign.value));
        break;
    case Stmt_AnnAssign:
        P(target, conv_expr(cv, s->v.AnnAssign.target)); P(annotation, conv_expr(cv, s->v.AnnAssign.annotation));
        P(value, OPT(s->v.AnnAssign.value)); P(simple, MKSMALL(s->v.AnnAssign.simple));
        break;
    case Stmt_For: case Stmt_AsyncFor:
        P(target, conv_expr(cv, s->v.For.target)); P(iter, conv_expr(cv, s->v.For.iter));
        P(body, conv_stmts(cv, &s->v.For.body)); P(orelse, conv_stmts(cv, &s->v.For.orelse)); P(type_comment, NONE);
        break;
    case Stmt_While:
        P(test, conv_expr(cv, s->v.While.test)); P(body, conv_stmts(cv, &s->v.While.body));
        P(orelse, conv_stmts(cv, &s->v.While.orelse));
        break;
    case Stmt_If:
        P(test, conv_expr(cv, s->v.If.test)); P(body, conv_stmts(cv, &s->v.If.body));
        P(orelse, conv_stmts(cv, &s->v.If.orelse));
        break;
    case Stmt_With: case Stmt_AsyncWith:
        P(items, conv_withitems(cv, &s->v.With.items)); P(body, conv_stmts(cv, &s->v.With.body)); P(type_comment, NONE);
        break;
    case Stmt_Match: P(subject, conv_expr(cv, s->v.Match.subject)); P(cases, conv_match_cases(cv, &s->v.Match.cases)); break;
    case Stmt_Raise: P(exc, OPT(s->v.Raise.exc)); P(cause, OPT(s->v.Raise.cause)); break;
    case Stmt_Try: case Stmt_TryStar:
        P(body, conv_stmts(cv, &s->v.Try.body)); P(handlers, conv_handlers(cv, &s->v.Try.handlers));
        P(orelse, conv_stmts(cv, &s->v.Try.orelse)); P(finalbody, conv_stmts(cv, &s->v.Try.finalbody));
        break;
    case Stmt_Assert: P(test, conv_expr(cv, s->v.Assert.test)); P(msg, OPT(s->v.Assert.msg)); break;
    case Stmt_Import: P(names, conv_aliases(cv, &s->v.Import.names)); break;
    case Stmt_ImportFrom:
        P(module, ident(s->v.ImportFrom.module)); P(names, conv_aliases(cv, &s->v.ImportFrom.names));
        P(level, MKSMALL(s->v.ImportFrom.level));
        break;
    case Stmt_Global: P(names, conv_idents(cv, &s->v.Global.names)); break;
    case Stmt_Nonlocal: P(names, conv_idents(cv, &s->v.Nonlocal.names)); break;
    case Stmt_Expr: P(value, conv_expr(cv, s->v.Expr.value)); break;
    case Stmt_Pass: case Stmt_Break: case Stmt_Continue: break;
    }
    if (put_loc(cv, n, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset) < 0) return 0;
    return n;
}
GUARDED(conv_stmt, Stmt)

static Value conv_pattern_(Cv *cv, Pattern *p)
{
    static const int kinds[] = {
        0, K_MatchValue, K_MatchSingleton, K_MatchSequence, K_MatchMapping, K_MatchClass, K_MatchStar, K_MatchAs, K_MatchOr,
    };
    if (c_stack_exhausted()) return raise_fmt(E(RecursionError), "maximum recursion depth exceeded during ast construction");
    Value n = mk(cv, kinds[p->kind]);
    switch (p->kind) {
    case Pattern_MatchValue: P(value, conv_expr(cv, p->v.MatchValue.value)); break;
    case Pattern_MatchSingleton: P(value, conv_constant(&p->v.MatchSingleton.value)); break;
    case Pattern_MatchSequence: P(patterns, conv_patterns(cv, &p->v.MatchSequence.patterns)); break;
    case Pattern_MatchMapping:
        P(keys, conv_exprs(cv, &p->v.MatchMapping.keys)); P(patterns, conv_patterns(cv, &p->v.MatchMapping.patterns));
        P(rest, ident(p->v.MatchMapping.rest));
        break;
    case Pattern_MatchClass:
        P(cls, conv_expr(cv, p->v.MatchClass.cls)); P(patterns, conv_patterns(cv, &p->v.MatchClass.patterns));
        P(kwd_attrs, conv_idents(cv, &p->v.MatchClass.kwd_attrs));
        P(kwd_patterns, conv_patterns(cv, &p->v.MatchClass.kwd_patterns));
        break;
    case Pattern_MatchStar: P(name, ident(p->v.MatchStar.name)); break;
    case Pattern_MatchAs:
        P(pattern, p->v.MatchAs.pattern ? conv_pattern(cv, p->v.MatchAs.pattern) : NONE);
        P(name, ident(p->v.MatchAs.name));
        break;
    case Pattern_MatchOr: P(patterns, conv_patterns(cv, &p->v.MatchOr.patterns)); break;
    }
    if (put_loc(cv, n, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset) < 0) return 0;
    return n;
}
GUARDED(conv_pattern, Pattern)

static Value conv_mod_(Cv *cv, Mod *m)
{
    Value n;
    switch (m->kind) {
    case Mod_Module:
        n = mk(cv, K_Module);
        P(body, conv_stmts(cv, &m->v.Module.body)); P(type_ignores, list_new(0));
        return n;
    case Mod_Interactive:
        n = mk(cv, K_Interactive);
        P(body, conv_stmts(cv, &m->v.Interactive.body));
        return n;
    case Mod_Expression:
        n = mk(cv, K_Expression);
        P(body, conv_expr(cv, m->v.Expression.body));
        return n;
    }
    return raise_SystemError("_ast: unknown mod kind");
}
GUARDED(conv_mod, Mod)
#undef P
#undef OPT

/* -- _kiln_parse ------------------------------------------------------------------------ */

/* SyntaxError from the parser's report, exactly as compile_source raises it. */
static Value raise_syntax(const char *type, const char *msg, Value filename, int lineno, int offset,
                          const char *text, int end_lineno, int end_offset)
{
    if (strcmp(type, "RecursionError") == 0) return raise_fmt(E(RecursionError), "%s", msg);
    if (strcmp(type, "MemoryError") == 0) return raise_type_noargs(E(MemoryError));   /* CPython 3.11: no message */
    Type *t = E(SyntaxError);
    if (strcmp(type, "IndentationError") == 0) t = E(IndentationError);
    else if (strcmp(type, "TabError") == 0) t = E(TabError);
    Value vtext = text ? str_new(text, strlen(text)) : NONE;
    Value loc = tuple_pack(6, filename, MKSMALL(lineno), offset == AST_OFFSET_MINUS1 ? MKSMALL(-1) : offset < 0 ? NONE : MKSMALL(offset), vtext,
                           end_lineno < 0 ? NONE : MKSMALL(end_lineno), end_offset < 0 ? NONE : MKSMALL(end_offset));
    Value args[2] = { str_from_cstr(msg), loc };
    Value exc = exc_new(t, args, 2);
    if (!exc) return 0;
    return raise_value(exc);
}

/* A str source is already decoded: an encoding declaration in it must be ignored
 * (CPython only honours it for bytes).  ast_parse reads the UTF-8 as bytes, so
 * disarm a `coding[:=]` in a comment line among the first two lines by changing
 * its case (same length: every position stays the same). */
static const char *str_source_without_cookie(AstPool *pool, const char *text, size_t n)
{
    char *copy = NULL;
    size_t pos = 0;
    for (int line = 0; line < 2 && pos < n; line++) {
        size_t end = pos;
        while (end < n && text[end] != '\n' && text[end] != '\r') end++;
        size_t i = pos;
        while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) i++;
        if (i < end && text[i] == '#') {
            for (size_t j = i; j + 7 <= end; j++) {
                if (memcmp(text + j, "coding", 6) == 0 && (text[j + 6] == ':' || text[j + 6] == '=')) {
                    if (!copy) {
                        copy = ast_alloc(pool, n + 1);
                        memcpy(copy, text, n);
                        copy[n] = 0;
                    }
                    copy[j] = 'C';
                }
            }
        } else if (i < end) {
            break;                      /* a code line: no declaration after it */
        }
        pos = end;
        if (pos < n && text[pos] == '\r') pos++;
        if (pos < n && text[pos] == '\n') pos++;
    }
    return copy ? copy : text;
}

/* func_type mode, which kiln's parser lacks: "(a, *b, **c) -> r" is parsed in eval
 * mode as the tuple "(a, *b,  *c), r" (same length, so positions hold): the top-level
 * "->" becomes ", " and a "**" opening an argument becomes " *".  NULL: no arrow. */
static char *func_type_source(AstPool *pool, const char *text, size_t n, int *arrow)
{
    char *copy = ast_alloc(pool, n + 1);
    memcpy(copy, text, n);
    size_t start = 0;
    while (start < n && (copy[start] == ' ' || copy[start] == '\t' || copy[start] == '\f')) start++;
    if (start >= n || copy[start] != '(') return NULL;
    long close = -1;                    /* the ")" closing the argument list */
    int depth = 0;
    char last = 0;                      /* last non-blank character outside strings */
    for (size_t i = 0; i < n; i++) {
        char c = copy[i];
        if (c == '#') { while (i < n && copy[i] != '\n') i++; continue; }
        if (c == '\'' || c == '"') {
            bool triple = i + 2 < n && copy[i + 1] == c && copy[i + 2] == c;
            size_t j = i + (triple ? 3 : 1);
            while (j < n) {
                if (copy[j] == '\\') { j += 2; continue; }
                if (copy[j] == c && (!triple || (j + 2 < n && copy[j + 1] == c && copy[j + 2] == c))) break;
                j++;
            }
            i = j + (triple ? 2 : 0);
            last = c;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') depth++;
        else if (c == ')' || c == ']' || c == '}') {
            depth--;
            if (depth == 0 && close < 0) {
                if (last == ',') return NULL;        /* no trailing comma in type_expressions */
                close = (long)i;
            }
        } else if (depth == 1 && c == '*' && i + 1 < n && copy[i + 1] == '*' && (last == ',' || last == '(')) {
            copy[i] = ' ';
            i++;
            last = '*';
            continue;
        } else if (depth == 0 && c == '-' && i + 1 < n && copy[i + 1] == '>' && *arrow < 0) {
            if (last != ')' || close < 0) return NULL;   /* "(...)" must come right before "->" */
            copy[i] = ',';
            copy[i + 1] = ' ';
            *arrow = (int)i;
            i++;
            last = ',';
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\\') last = c;
    }
    return *arrow < 0 ? NULL : copy;
}

/* FunctionType from the eval-mode tuple "(args), returns"; 0 without exception: invalid. */
static Value conv_func_type(Cv *cv, Mod *mod)
{
    Expr *b = mod->v.Expression.body;
    if (b->kind != Expr_Tuple || b->v.Tuple.elts.n != 2) return 0;
    Expr *args = b->v.Tuple.elts.items[0], *ret = b->v.Tuple.elts.items[1];
    Value l = list_new(0);
    if (args->kind == Expr_Tuple && args->lineno == b->lineno && args->col_offset == b->col_offset) {
        /* a parenthesized tuple starts at its "(": the argument list itself */
        for (int i = 0; i < args->v.Tuple.elts.n; i++) {
            Expr *e = args->v.Tuple.elts.items[i];
            if (e->kind == Expr_Starred) e = e->v.Starred.value;
            Value v = conv_expr(cv, e);
            if (!v || list_append(l, v) < 0) return 0;
        }
    } else {
        Value v = conv_expr(cv, args);
        if (!v || list_append(l, v) < 0) return 0;
    }
    Value n = mk(cv, K_FunctionType);
    if (put(cv, n, F_argtypes, l) < 0 || put(cv, n, F_returns, conv_expr(cv, ret)) < 0) return 0;
    return n;
}

static int is_ast_node(Value st, Value v)
{
    return IS_OBJ(v) && type_is_subtype(TYPE(v), AS(Type, LIST_ITEMS(st)[ST_CLASSES + K_AST]));
}

static Value m_kiln_parse(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = { "source", "filename", "mode", "flags", NULL };
    Value a[4];
    if (args_parse("_kiln_parse", args, nargs, kwnames, names, 3, a) < 0) return 0;
    Value st = ast_state();
    if (!st) return 0;
    if (is_ast_node(st, a[0])) return a[0];
    Value filename = a[1];
    if (!IS_STR(filename)) filename = obj_str(filename);
    if (!filename) return 0;
    if (!IS_STR(a[2])) return raise_TypeError("compile() argument 'mode' must be str, not %T", a[2]);
    const char *mode = STR_DATA(a[2]);
    int m;
    if (!strcmp(mode, "exec")) m = PARSE_FILE;
    else if (!strcmp(mode, "eval")) m = PARSE_EVAL;
    else if (!strcmp(mode, "single")) m = PARSE_SINGLE;
    else if (!strcmp(mode, "func_type")) m = -1;
    else return raise_ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
    const char *text;
    int64_t n;
    if (IS_STR(a[0])) { text = STR_DATA(a[0]); n = STR_NBYTES(a[0]); }
    else if (!bytes_like(a[0], &text, &n)) return raise_TypeError("compile() arg 1 must be a string, bytes or AST object");
    if (memchr(text, 0, (size_t)n)) return raise_ValueError("source code string cannot contain null bytes");
    if (IS_STR(a[0])) {
        /* a str with lone surrogates can't be UTF-8 encoded (CPython: UnicodeEncodeError) */
        for (int64_t i = 0; i + 1 < n; i++)
            if ((unsigned char)text[i] == 0xED && ((unsigned char)text[i + 1] & 0xE0) == 0xA0) {
                if (!str_encode(a[0], "utf-8", "strict")) return 0;
                break;
            }
    }
    AstPool *pool = ast_pool_new();
    if (IS_STR(a[0])) text = str_source_without_cookie(pool, text, (size_t)n);
    char *fname = ast_strndup(pool, STR_DATA(filename), (size_t)STR_NBYTES(filename));
    SyntaxErrorInfo perr;
    memset(&perr, 0, sizeof perr);
    int arrow = -1;
    if (m < 0) {                        /* func_type: "(argtypes) -> returns" */
        char *copy = func_type_source(pool, text, (size_t)n, &arrow);
        if (!copy) {
            ast_pool_free(pool);
            return raise_syntax("SyntaxError", "invalid syntax", filename, 1, 1, NULL, -1, -1);
        }
        text = copy;
    }
    Mod *mod = ast_parse(pool, text, (size_t)n, fname, m < 0 ? PARSE_EVAL : m, 0, &perr);
    if (mod && m < 0) {
        Cv cv = { LIST_ITEMS(st), TS->depth * 3, TS->recursion_limit * 3 };
        Value tree = conv_func_type(&cv, mod);
        ast_pool_free(pool);
        if (!tree && !exc_pending()) return raise_syntax("SyntaxError", "invalid syntax", filename, 1, arrow + 1, NULL, -1, -1);
        return tree;
    }
    if (!mod) {
        raise_syntax(perr.type ? perr.type : "SyntaxError", perr.msg, filename, perr.lineno, perr.offset, perr.text,
                     perr.end_lineno, perr.end_offset);
        ast_pool_free(pool);
        return 0;
    }
    Cv cv = { LIST_ITEMS(st), TS->depth * 3, TS->recursion_limit * 3 };
    Value tree = conv_mod(&cv, mod);
    ast_pool_free(pool);
    return tree;
}

/* compile(tree, filename, mode): check the tree as CPython's obj2ast and PyAST_Validate
 * do (the TypeErrors and ValueErrors of malformed trees), unparse it and compile the
 * text.  The unparser pads with blank lines so that each statement (and except clause,
 * decorator) starts on its node's lineno when the tree's lines increase, so
 * tracebacks and co_firstlineno match the tree's locations. */
static const char unparse_src[] =
    "import ast\n"
    "class _KilnUnparser(ast._Unparser):\n"
    "    def __init__(self):\n"
    "        super().__init__()\n"
    "        self._kiln_targets = []\n"
    "        self._kiln_line = 1\n"
    "        self._kiln_seen = 0\n"
    "    def maybe_newline(self):\n"
    "        pass\n"
    "    def fill(self, text=''):\n"
    "        target = self._kiln_targets.pop(0) if self._kiln_targets else 0\n"
    "        if self._source:\n"
    "            self.write('\\n')\n"
    "        if type(target) is int and target > 0:\n"
    "            src = self._source\n"
    "            for i in range(self._kiln_seen, len(src)):\n"
    "                self._kiln_line += src[i].count('\\n')\n"
    "            self._kiln_seen = len(src)\n"
    "            if target > self._kiln_line:\n"
    "                self.write('\\n' * (target - self._kiln_line))\n"
    "        self.write('    ' * self._indent + text)\n"
    "    def traverse(self, node):\n"
    "        if isinstance(node, (ast.stmt, ast.excepthandler)):\n"
    "            t = [getattr(d, 'lineno', 0) for d in getattr(node, 'decorator_list', ())]\n"
    "            t.append(getattr(node, 'lineno', 0))\n"
    "            self._kiln_targets = t\n"
    "        super().traverse(node)\n"
    "_KILN_MISSING = object()\n"
    "_kiln_sigs = {}\n"
    "def _kiln_fields(cls):\n"
    "    f = _kiln_sigs.get(cls)\n"
    "    if f is None:\n"
    "        sig = (cls.__doc__ or '').strip()\n"
    "        f = []\n"
    "        if '(' in sig and '\\n' not in sig:\n"
    "            for part in sig[sig.index('(') + 1:sig.rindex(')')].split(','):\n"
    "                t, n = part.split()\n"
    "                f.append((t.rstrip('?*'), t[-1] if t[-1] in '?*' else '', n))\n"
    "        _kiln_sigs[cls] = f\n"
    "    return f\n"
    "_KILN_CONST_TYPES = (int, float, complex, str, bytes, bool, type(None), type(...))\n"
    "def _kiln_conv(node, t):\n"
    "    # CPython's obj2ast: types of nodes and fields, required fields and locations\n"
    "    if t == 'identifier' or t == 'string':\n"
    "        if not isinstance(node, str):\n"
    "            raise TypeError('AST %s must be of type str' % t)\n"
    "        return\n"
    "    if t == 'int':\n"
    "        if not isinstance(node, int):\n"
    "            raise ValueError('invalid integer value: %r' % (node,))\n"
    "        return\n"
    "    if t == 'constant':\n"
    "        return\n"
    "    base = getattr(ast, t)\n"
    "    if not isinstance(node, base):\n"
    "        for a in base._attributes:\n"
    "            if a not in ('end_lineno', 'end_col_offset') and not hasattr(node, a):\n"
    "                raise TypeError('required field \"%s\" missing from %s' % (a, t))\n"
    "        raise TypeError('expected some sort of %s, but got %r' % (t, node))\n"
    "    cls = type(node)\n"
    "    for a in cls._attributes:\n"
    "        if not hasattr(node, a):\n"
    "            if a in ('end_lineno', 'end_col_offset'):\n"
    "                continue\n"
    "            raise TypeError('required field \"%s\" missing from %s' % (a, t))\n"
    "        v = getattr(node, a)\n"
    "        if v is not None and not isinstance(v, int):\n"
    "            raise ValueError('invalid integer value: %r' % (v,))\n"
    "    for ft, q, name in _kiln_fields(cls):\n"
    "        v = getattr(node, name, _KILN_MISSING)\n"
    "        if v is _KILN_MISSING:\n"
    "            if q == '?':\n"
    "                continue\n"
    "            raise TypeError('required field \"%s\" missing from %s' % (name, cls.__name__))\n"
    "        if q == '*':\n"
    "            if not isinstance(v, list):\n"
    "                raise TypeError('%s field \"%s\" must be a list, not a %s' % (cls.__name__, name, type(v).__name__))\n"
    "            for item in v:\n"
    "                if item is None and ft == 'expr' and name in ('keys', 'kw_defaults'):\n"
    "                    continue\n"
    "                _kiln_conv(item, ft)\n"
    "        elif v is None:\n"
    "            if q != '?' and ft != 'constant':\n"
    "                raise ValueError(\"field '%s' is required for %s\" % (name, cls.__name__))\n"
    "        else:\n"
    "            _kiln_conv(v, ft)\n"
    "_KILN_BODIES = ('FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'For', 'AsyncFor', 'While', 'If', 'With',\n"
    "                'AsyncWith', 'Try', 'TryStar', 'ExceptHandler')\n"
    "_KILN_NONEMPTY = {'Global': 'names', 'Nonlocal': 'names', 'Import': 'names', 'Delete': 'targets',\n"
    "                  'Assign': 'targets', 'With': 'items', 'AsyncWith': 'items', 'Match': 'cases'}\n"
    "_KILN_CTX_NODES = (ast.Name, ast.Attribute, ast.Subscript, ast.Starred, ast.List, ast.Tuple)\n"
    "def _kiln_ctx(node, ctx):\n"
    "    # CPython's validate_expr context check, recursing through the target structure\n"
    "    if isinstance(node, _KILN_CTX_NODES):\n"
    "        if type(node.ctx) is not ctx:\n"
    "            raise ValueError('expression must have %s context but has %s instead'\n"
    "                             % (ctx.__name__, type(node.ctx).__name__))\n"
    "        if isinstance(node, (ast.List, ast.Tuple)):\n"
    "            for e in node.elts:\n"
    "                _kiln_ctx(e, ctx)\n"
    "        elif isinstance(node, ast.Starred):\n"
    "            _kiln_ctx(node.value, ctx)\n"
    "def _kiln_check(node):\n"
    "    # CPython's PyAST_Validate, for the checks a hand-built tree most often fails\n"
    "    name = type(node).__name__\n"
    "    if name in _KILN_BODIES and not node.body:\n"
    "        raise ValueError('empty body on %s' % name)\n"
    "    f = _KILN_NONEMPTY.get(name)\n"
    "    if f and not getattr(node, f):\n"
    "        raise ValueError('empty %s on %s' % (f, name))\n"
    "    if isinstance(node, (ast.Try, ast.TryStar)):\n"
    "        if not node.handlers and not node.finalbody:\n"
    "            raise ValueError('%s has neither except handlers nor finalbody' % name)\n"
    "        if not node.handlers and node.orelse:\n"
    "            raise ValueError('%s has orelse but no except handlers' % name)\n"
    "    elif isinstance(node, ast.ImportFrom):\n"
    "        if node.level is not None and node.level < 0:\n"
    "            raise ValueError('Negative ImportFrom level')\n"
    "    elif isinstance(node, ast.Raise):\n"
    "        if node.cause is not None and node.exc is None:\n"
    "            raise ValueError('Raise with cause but no exception')\n"
    "    elif isinstance(node, ast.BoolOp):\n"
    "        if len(node.values) < 2:\n"
    "            raise ValueError('BoolOp with less than 2 values')\n"
    "    elif isinstance(node, ast.Compare):\n"
    "        if not node.comparators:\n"
    "            raise ValueError('Compare with no comparators')\n"
    "        if len(node.comparators) != len(node.ops):\n"
    "            raise ValueError('Compare has a different number of comparators and operands')\n"
    "    elif isinstance(node, ast.Dict):\n"
    "        if len(node.keys) != len(node.values):\n"
    "            raise ValueError(\"Dict doesn't have the same number of keys as values\")\n"
    "    elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):\n"
    "        if not node.generators:\n"
    "            raise ValueError('comprehension with no generators')\n"
    "    elif isinstance(node, ast.Constant):\n"
    "        _kiln_constant(node.value)\n"
    "    elif isinstance(node, ast.Name):\n"
    "        if node.id in ('None', 'True', 'False'):\n"
    "            raise ValueError(\"identifier field can't represent '%s' constant\" % node.id)\n"
    "    if isinstance(node, (ast.Assign, ast.Delete)):\n"
    "        ctx = ast.Del if isinstance(node, ast.Delete) else ast.Store\n"
    "        for t in node.targets:\n"
    "            _kiln_ctx(t, ctx)\n"
    "    elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor, ast.comprehension, ast.NamedExpr)):\n"
    "        _kiln_ctx(node.target, ast.Store)\n"
    "    elif isinstance(node, ast.withitem) and node.optional_vars is not None:\n"
    "        _kiln_ctx(node.optional_vars, ast.Store)\n"
    "    for field, value in ast.iter_fields(node):\n"
    "        if isinstance(node, (ast.Assign, ast.Delete)) and field == 'targets':\n"
    "            continue\n"
    "        if field == 'target' or (field == 'optional_vars' and isinstance(node, ast.withitem)):\n"
    "            if isinstance(value, _KILN_CTX_NODES):\n"
    "                _kiln_check_children(value)\n"
    "                continue\n"
    "        if isinstance(value, list):\n"
    "            for item in value:\n"
    "                if isinstance(item, ast.expr):\n"
    "                    _kiln_ctx(item, ast.Load)\n"
    "                if isinstance(item, ast.AST):\n"
    "                    _kiln_check(item)\n"
    "        elif isinstance(value, ast.AST):\n"
    "            if isinstance(value, ast.expr) and field != 'ctx':\n"
    "                _kiln_ctx(value, ast.Load)\n"
    "            _kiln_check(value)\n"
    "def _kiln_check_children(target):\n"
    "    # a target: its parts (subscript, attribute value) are loads\n"
    "    if isinstance(target, (ast.List, ast.Tuple)):\n"
    "        for e in target.elts:\n"
    "            _kiln_check_children(e)\n"
    "    elif isinstance(target, ast.Starred):\n"
    "        _kiln_check_children(target.value)\n"
    "    elif isinstance(target, ast.Attribute):\n"
    "        _kiln_ctx(target.value, ast.Load)\n"
    "        _kiln_check(target.value)\n"
    "    elif isinstance(target, ast.Subscript):\n"
    "        for part in (target.value, target.slice):\n"
    "            _kiln_ctx(part, ast.Load)\n"
    "            _kiln_check(part)\n"
    "def _kiln_constant(v):\n"
    "    if isinstance(v, (tuple, frozenset)):\n"
    "        for x in v:\n"
    "            _kiln_constant(x)\n"
    "    elif not isinstance(v, _KILN_CONST_TYPES):\n"
    "        raise TypeError('got an invalid type in Constant: %s' % type(v).__name__)\n"
    "def _kiln_validate(tree):\n"
    "    _kiln_conv(tree, 'mod')\n"
    "    _kiln_check(tree)\n"
    "def _kiln_unparse(tree):\n"
    "    _kiln_validate(tree)\n"
    "    return _KilnUnparser().visit(tree)\n";

static Value unparser(void)
{
    Value f = dict_get_cstr(kiln_state_dict(), "_ast_unparse");
    if (f) return f;
    Value code = compile_source(unparse_src, sizeof unparse_src - 1, str_from_cstr("<_ast>"), "exec", 0, 0);
    if (!code) return 0;
    Value g = dict_new();
    if (dict_set(g, S(__builtins__), R->builtins) < 0 || dict_set(g, S(__name__), str_from_cstr("_ast")) < 0) return 0;
    if (!vm_run_code(code, g, g)) return 0;
    f = dict_get_cstr(g, "_kiln_unparse");
    if (!f) return raise_SystemError("_ast: unparser missing");
    if (dict_set_cstr(kiln_state_dict(), "_ast_unparse", f) < 0) return 0;
    return f;
}

static Value m_kiln_compile_ast(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = { "tree", "filename", "mode", "flags", "optimize", NULL };
    Value a[5];
    if (args_parse("_kiln_compile_ast", args, nargs, kwnames, names, 3, a) < 0) return 0;
    Value st = ast_state();
    if (!st) return 0;
    if (!IS_STR(a[2])) return raise_TypeError("compile() argument 'mode' must be str, not %T", a[2]);
    const char *mode = STR_DATA(a[2]);
    int want = !strcmp(mode, "exec") ? K_Module : !strcmp(mode, "eval") ? K_Expression
             : !strcmp(mode, "single") ? K_Interactive : K_FunctionType;
    Type *wt = AS(Type, LIST_ITEMS(st)[ST_CLASSES + want]);
    if (!is_ast_node(st, a[0])) return raise_TypeError("compile() arg 1 must be a string, bytes or AST object");
    if (!IS_OBJ(a[0]) || !type_is_subtype(TYPE(a[0]), wt))
        return raise_TypeError("expected %s node, got %T", STR_DATA(wt->name), a[0]);
    if (want == K_FunctionType) return raise_NotImplementedError("compile(): mode 'func_type' is not supported by kiln");
    Value unparse = unparser();
    if (!unparse) return 0;
    Value text = obj_call1(unparse, a[0]);
    if (!text) return 0;
    if (!IS_STR(text)) return raise_TypeError("ast.unparse() returned %T", text);
    if (want == K_Interactive) text = str_concat(text, str_from_cstr("\n"));
    Value filename = a[1];
    if (!IS_STR(filename)) filename = obj_str(filename);
    if (!filename) return 0;
    int64_t flags = 0, opt = -1;
    if (a[3] && int_as_i64(a[3], &flags) < 0) return 0;
    if (a[4] && int_as_i64(a[4], &opt) < 0) return 0;
    return compile_source(STR_DATA(text), (size_t)STR_NBYTES(text), filename, mode, (int)flags & ~0x400,
                          opt < 0 ? R->flag_optimize : (int)opt);
}

/* -- module ------------------------------------------------------------------------------ */

static Value split_tuple(const char *s)
{
    Value l = list_new(0);
    while (*s) {
        const char *e = strchr(s, ' ');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        if (list_append(l, str_intern(str_new(s, len))) < 0) return 0;
        s += len;
        if (*s == ' ') s++;
    }
    return list_as_tuple(l);
}

static int ast_exec(Value m)
{
    Value d = AS(Module, m)->dict;
    Value st = list_new(ST_SIZE);
    Value modname = str_from_cstr("ast");
    for (int k = 0; k < K__COUNT; k++) {
        const NodeSpec *sp = &node_specs[k];
        Value ns = dict_new();
        if (dict_set(ns, S(__module__), modname) < 0) return -1;
        if (dict_set(ns, S(__doc__), sp->doc ? str_from_cstr(sp->doc) : NONE) < 0) return -1;
        if (sp->fields) {
            Value f = split_tuple(sp->fields);
            if (!f || dict_set_cstr(ns, "_fields", f) < 0 || dict_set_cstr(ns, "__match_args__", f) < 0) return -1;
        }
        if (sp->attributes) {
            Value f = split_tuple(sp->attributes);
            if (!f || dict_set_cstr(ns, "_attributes", f) < 0) return -1;
        }
        Value nones = split_tuple(sp->nones);
        if (!nones) return -1;
        for (int64_t i = 0; i < TUPLE_SIZE(nones); i++)
            if (dict_set(ns, TUPLE_ITEMS(nones)[i], NONE) < 0) return -1;
        Value bases = sp->base < 0 ? R->empty_tuple : tuple_pack(1, LIST_ITEMS(st)[ST_CLASSES + sp->base]);
        Value cls = type_new_class(OBJ_VAL(T(type)), str_from_cstr(sp->name), bases, ns, 0);
        if (!cls) return -1;
        if (k == K_AST) {
            Type *t = AS(Type, cls);
            if (obj_setattr(cls, S(__init__), descr_new_method(t, &ast_init_def)) < 0) return -1;
            if (obj_setattr(cls, str_from_cstr("__reduce__"), descr_new_method(t, &ast_reduce_def)) < 0) return -1;
        }
        STORE_AT(AS(List, st)->items, &LIST_ITEMS(st)[ST_CLASSES + k], cls);
        if (dict_set_cstr(d, sp->name, cls) < 0) return -1;
    }
    for (int f = 0; f < F__COUNT; f++)
        STORE_AT(AS(List, st)->items, &LIST_ITEMS(st)[ST_NAMES + f], str_intern_cstr(field_names[f]));
    static const int shared[] = { K_expr_context, K_boolop, K_operator, K_unaryop, K_cmpop };
    for (int k = 0; k < K__COUNT; k++) {
        for (size_t j = 0; j < ARRAY_LEN(shared); j++) {
            if (node_specs[k].base != shared[j]) continue;
            Value inst = instance_new(AS(Type, LIST_ITEMS(st)[ST_CLASSES + k]));
            if (!inst) return -1;
            STORE_AT(AS(List, st)->items, &LIST_ITEMS(st)[ST_SINGLE + k], inst);
        }
    }
    if (dict_set_cstr(d, "PyCF_ONLY_AST", MKSMALL(1024)) < 0 ||
        dict_set_cstr(d, "PyCF_TYPE_COMMENTS", MKSMALL(4096)) < 0 ||
        dict_set_cstr(d, "PyCF_ALLOW_TOP_LEVEL_AWAIT", MKSMALL(8192)) < 0)
        return -1;
    return dict_set_cstr(kiln_state_dict(), "_ast", st);
}

static const MethodDef ast_methods[] = {
    { "_kiln_parse", m_kiln_parse, 0, NULL },
    { "_kiln_compile_ast", m_kiln_compile_ast, 0, NULL },
    { NULL, NULL, 0, NULL },
};

const ModuleDef _ast_module = { "_ast", NULL, ast_methods, ast_exec };
