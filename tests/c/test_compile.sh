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
# The standard library proper: Debian's libpython3.11-testsuite, when installed, adds
# CPython's test inputs (deliberately bad syntax among them); tools/compile_stdlib.py
# covers those against CPython's own verdicts.
find /usr/lib/python3.11 -name '*.py' | sort > build/stdlib_files.txt
dpkg -L libpython3.11-testsuite 2>/dev/null | grep '\.py$' | sort > build/testsuite_files.txt || true
comm -23 build/stdlib_files.txt build/testsuite_files.txt | xargs build/compile_check -q
/usr/bin/python3 tools/check_errors.py build/compile_check | tail -1 | grep -q "mismatches: 0"
echo "compile: ok"
