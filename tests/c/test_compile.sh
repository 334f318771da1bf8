#!/bin/sh
# The compiler's front half on its own: every .py file of CPython's standard library must
# compile (parse, symbol table, code generation, and a consistent stack-depth flow analysis),
# and the SyntaxErrors of tests/lang/syntax_errors.py must match CPython's message/line/offset.
set -e
cd "$(dirname "$0")/../.."
make -s build/core/compile.o build/core/symtable.o build/core/parser.o build/core/tokenizer.o \
    build/core/ast.o build/core/objects/unicode_db.o >/dev/null
gcc -O1 -g -std=gnu11 -Icore -fno-pie -no-pie -Wl,--unresolved-symbols=ignore-all \
    -o build/compile_check tools/compile_check.c build/core/compile.o build/core/symtable.o \
    build/core/parser.o build/core/tokenizer.o build/core/ast.o build/core/objects/unicode_db.o -lm
build/compile_check -q /usr/lib/python3.11
/usr/bin/python3 tools/check_errors.py build/compile_check | tail -1 | grep -q "mismatches: 0"
echo "compile: ok"
