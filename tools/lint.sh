#!/bin/sh
# kiln lint: no writable C globals (DESIGN.md §4).  Fails, listing them, when an
# object file defines a symbol in .data/.bss (nm types d D b B, common C, and
# the small-data forms g G s S) that tools/lint-allow.txt does not list.
# Usage: tools/lint.sh OBJ...        Allow-list format: "symbol  reason", # comments.
allow="$(dirname "$0")/lint-allow.txt"
[ $# -gt 0 ] || { echo "usage: $0 OBJ..." >&2; exit 2; }
status=0
bad=$(for obj in "$@"; do
    nm "$obj" 2>/dev/null | awk -v f="$obj" '$2 ~ /^[dDbBCgGsS]$/ { print f ": " $3 " (" $2 ")" }'
done)
if [ -n "$bad" ] && [ -f "$allow" ]; then
    bad=$(printf '%s\n' "$bad" | awk -v allow="$allow" '
        BEGIN { while ((getline line < allow) > 0) { sub(/#.*/, "", line); split(line, w, /[ \t]+/); if (w[1] != "") ok[w[1]] = 1 } }
        { sym = $2; base = sym; sub(/\.[0-9]+$/, "", base); if (!(sym in ok) && !(base in ok)) print }')
fi
if [ -n "$bad" ]; then
    echo "lint: writable globals (move the state into the heap, or use const):"
    printf '%s\n' "$bad" | sed 's/^/  /'
    status=1
fi
exit $status
