#!/bin/sh
# Build and run the BigInt white-box test (links int.o + dtoa.o with stubs).
set -e
cd "$(dirname "$0")/../.."
make -s build/core/objects/int.o build/core/objects/dtoa.o
mkdir -p build/tests
cc -O1 -g -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Icore -Itests/c -no-pie \
   -Wl,--unresolved-symbols=ignore-all -o build/tests/test_bigint tests/c/test_bigint.c \
   build/core/objects/int.o build/core/objects/dtoa.o -lm
./build/tests/test_bigint
cc -O1 -g -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Icore -Itests/c -no-pie \
   -Wl,--unresolved-symbols=ignore-all -o build/tests/test_numfmt tests/c/test_numfmt.c \
   build/core/objects/dtoa.o -lm
./build/tests/test_numfmt
