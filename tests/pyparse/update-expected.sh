#!/usr/bin/env bash
# update-expected.sh [FILE.py...] - records what python3 (CPython 3.11, the
# oracle) says about each invalid program here: NAME.expected is the one line
# tests/ref/astdump.py writes on stderr for it,
#     tests/pyparse/NAME.py:LINE:COL: KIND: message
# Run it after adding or changing a program; commit the results with it.
# tests/bats/pyparse.bats checks that pyparse says the same, and that these
# files are still what python3 says.
set -u
cd "$(dirname "$0")/../.." || exit 2
py=$(python3 -c 'import sys; print(sys.executable)')
if (($#)); then files=("$@"); else files=(tests/pyparse/*.py); fi
for f in "${files[@]}"; do
    "$py" tests/ref/astdump.py "$f" 2>"${f%.py}.expected" >/dev/null
    status=$?
    if [ "$status" != 1 ]; then
        echo "update-expected: $f: python3 exited with $status, not 1 (is it invalid?)" >&2
        rm -f "${f%.py}.expected"
    fi
done
