#!/usr/bin/env bash
# update-expected.sh [FILE.py...] - records what python3 (CPython 3.11, the
# oracle) prints for each test program: NAME.out, NAME.err, NAME.status.
# Run it after adding or changing a program; commit the results with it.
#
# CPython names the program by its absolute path (in tracebacks, __file__);
# the checkout's directory is taken out of the recorded output, so that the
# files hold no machine path (tests/programs/run does the same to pyrun's).
set -u
cd "$(dirname "$0")/../.." || exit 2
root=$PWD
py=$(python3 -c 'import sys; print(sys.executable)')
if (($#)); then files=("$@"); else mapfile -t files < <(find tests/programs -name '*.py' | sort); fi
for f in "${files[@]}"; do
    base=${f%.py}
    input=/dev/null
    [ -f "$base.in" ] && input=$base.in
    "$py" "$f" >"$base.out.tmp" 2>"$base.err.tmp" <"$input"
    status=$?
    sed "s|$root/||g" "$base.out.tmp" >"$base.out"
    sed "s|$root/||g" "$base.err.tmp" >"$base.err"
    rm -f "$base.out.tmp" "$base.err.tmp"
    [ -s "$base.err" ] || rm -f "$base.err"
    if [ "$status" != 0 ]; then echo "$status" >"$base.status"; else rm -f "$base.status"; fi
done
