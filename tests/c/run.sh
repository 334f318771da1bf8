#!/bin/sh
# Build and run the C white-box tests (tests/c).  Called by tests/run.sh.
#  - every tests/c/test_*.sh runs as is (it builds and runs its own tests);
#  - every other tests/c/test_*.c that defines main() is built here:
#      with a line "link: a.c b.c" in its first 20 lines: from those sources;
#      otherwise: against every runtime object but main.o, missing functions
#      tolerated (as build/kiln-dev);
#    and run; a non-zero exit status is a failure.  A "link:" test whose
#    header says "stress-build" runs again built with -DKILN_GC_STRESS=3.
# Extra compiler flags: CFLAGS_TEST (e.g. CFLAGS_TEST=-DKILN_GC_STRESS=3).
cd "$(dirname "$0")/../.." || exit 2
mkdir -p build/tests
pass=0
fail=0
failed=""
TO=""; command -v timeout >/dev/null && TO="timeout 600"
CC=${CC:-cc}
FLAGS="-O2 -g -std=gnu11 -Icore -Itests/c -fno-pie -no-pie $CFLAGS_TEST"

result() {  # name status
    if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); failed="$failed $1"; fi
}

for sh in tests/c/test_*.sh; do
    [ -f "$sh" ] || continue
    echo "== $sh"
    $TO sh "$sh"
    result "$sh" $?
done

objs_built=""
for src in tests/c/test_*.c; do
    [ -f "$src" ] || continue
    grep -qE '(^|[^a-zA-Z_])main *\(' "$src" || continue
    name=$(basename "$src" .c)
    grep -qs "$name" tests/c/test_*.sh && continue      # a driver script runs it
    echo "== $src"
    link=$(head -20 "$src" | sed -n 's/.*link: *\([^*]*\).*/\1/p' | head -1)
    if [ -n "$link" ]; then
        $CC $FLAGS -o "build/tests/$name" "$src" $link -lm -lpthread
    else
        if [ -z "$objs_built" ]; then
            make -s -k -j4 $(ls core/*.c core/objects/*.c stdlib/*.c 2>/dev/null | grep -v 'core/main.c' |
                             sed 's|^|build/|; s|\.c$|.o|') >/dev/null 2>&1
            objs_built=1
        fi
        objs=$(ls build/core/*.o build/core/objects/*.o build/stdlib/*.o 2>/dev/null | grep -v '/main.o$')
        $CC $FLAGS -Wl,--unresolved-symbols=ignore-all -o "build/tests/$name" "$src" $objs -lm -lpthread
    fi
    st=$?
    if [ $st -eq 0 ]; then
        $TO "./build/tests/$name"
        st=$?
        # "stress-build" in the header: once more, collecting every 3 allocations
        if [ $st -eq 0 ] && [ -n "$link" ] && head -20 "$src" | grep -q 'stress-build'; then
            echo "== $src (-DKILN_GC_STRESS=3)"
            $CC $FLAGS -DKILN_GC_STRESS=3 -o "build/tests/${name}_stress" "$src" $link -lm -lpthread &&
                $TO "./build/tests/${name}_stress"
            st=$?
        fi
    else
        echo "$src: build failed"
    fi
    result "$src" $st
done

echo "c tests: $pass passed, $fail failed${failed:+ (failed:$failed)}"
[ $fail -eq 0 ]
