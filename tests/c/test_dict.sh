#!/bin/sh
# Build and run the dict/container white-box test against every runtime object
# except main.o (missing parts link as crashing stubs).
set -e
cd "$(dirname "$0")/../.."
make -s -j8 $(ls core/*.c core/objects/*.c stdlib/*.c snapshot/*.c 2>/dev/null | grep -v 'core/main.c' | sed 's|^|build/|; s|\.c$|.o|') >/dev/null 2>&1 || true
mkdir -p build/tests
objs=$(ls build/core/*.o build/core/objects/*.o build/stdlib/*.o build/snapshot/*.o 2>/dev/null | grep -v '/main.o$')
cc -O1 -g -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Icore -no-pie \
   -Wl,--unresolved-symbols=ignore-all -o build/tests/test_dict tests/c/test_dict.c $objs -lm -lpthread -lzstd
./build/tests/test_dict
