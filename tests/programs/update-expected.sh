#!/usr/bin/env bash
# update-expected.sh [FILE.py...] - records what python3 (CPython 3.11, the
# oracle) prints for each test program: NAME.out, NAME.err, NAME.status.
# Run it after adding or changing a program; commit the results with it.
set -u
cd "$(dirname "$0")/../.." || exit 2
py=$(python3 -c 'import sys; print(sys.executable)')
if (($#)); then files=("$@"); else mapfile -t files < <(find tests/programs -name '*.py' | sort); fi
for f in "${files[@]}"; do
    base=${f%.py}
    input=/dev/null
    [ -f "$base.in" ] && input=$base.in
    "$py" "$f" >"$base.out" 2>"$base.err" <"$input"
    status=$?
    [ -s "$base.err" ] || rm -f "$base.err"
    if [ "$status" != 0 ]; then echo "$status" >"$base.status"; else rm -f "$base.status"; fi
done
