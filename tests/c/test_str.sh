#!/bin/sh
# Build tests/c/test_str.c against the runtime objects (in a build directory of
# its own, so a concurrent `make` cannot hand it half-written objects) and
# compare its output with CPython evaluating the same labels.
set -e
cd "$(dirname "$0")/../.."
OB=build/test_str_objs
srcs=$(ls core/*.c core/objects/*.c stdlib/*.c snapshot/*.c jit/*.c 2>/dev/null | grep -v 'core/main.c')
make -s -k B=$OB $(echo "$srcs" | sed "s|^|$OB/|; s|\.c$|.o|") >/dev/null 2>&1 || true
objs=$(echo "$srcs" | sed "s|^|$OB/|; s|\.c$|.o|" | while read o; do [ -f "$o" ] && echo "$o"; done)
gcc -O1 -g -std=gnu11 -Icore -fno-pie -no-pie -Wl,--unresolved-symbols=ignore-all \
    -o build/test_str tests/c/test_str.c $objs -lzstd -lm -lpthread
build/test_str > build/test_str.out
python3 - tests/c/test_str.c > build/test_str.exp <<'PY'
import re, sys, ast
src = open(sys.argv[1]).read()
for m in re.finditer(r'CASE\("((?:[^"\\]|\\.)*)",', src):
    label = ast.literal_eval('"' + m.group(1) + '"')
    try:
        r = repr(eval(label))
    except Exception as e:
        r = 'EXC %s: %s' % (type(e).__name__, e)
    print(label, '->', r)
PY
diff build/test_str.exp build/test_str.out && echo "test_str: all ok"
