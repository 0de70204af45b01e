#!/usr/bin/env bash
# corpus-sample.sh - the differential tests of `make test`, as TAP: the
# 150-file sample of the standard library (tests/ref/ci-sample.txt) and the
# quirk files (tests/ref/quirks), compared with CPython's own dumps.
# `make corpus` runs the same checks on the whole corpus (tests/corpus.sh).
set -u
cd "$(dirname "$0")/../.." || exit 2
BIN=${PYEDU_BIN:-bin}
R=tests/ref
lists=$(mktemp -d)
trap 'rm -rf "$lists"' EXIT
sh $R/corpus.sh --sample >"$lists/sample"
sh $R/corpus.sh --quirks >"$lists/quirks"

# Each check: label, our command, file list, reference script and its args.
check() { tests/tools/difftap.sh "$@"; }

check "pytok --text" "$BIN/pytok --text" "$lists/sample" $R/tokdump.py
check "pytok --text -e" "$BIN/pytok --text -e" "$lists/sample" $R/tokdump.py -e
check "pytok --text (quirks)" "$BIN/pytok --text" "$lists/quirks" $R/tokdump.py
check "pytok --text -e (quirks)" "$BIN/pytok --text -e" "$lists/quirks" $R/tokdump.py -e
check "pyparse --text" "$BIN/pyparse --text" "$lists/sample" $R/astdump.py
check "pyparse --text --attributes" "$BIN/pyparse --text --attributes" "$lists/sample" $R/astdump.py --attributes
check "pyparse --text (quirks)" "$BIN/pyparse --text" "$lists/quirks" $R/astdump.py
