#!/usr/bin/env bash
# demo.sh - `make demo`: every example through the whole pipeline, stage by
# stage: the source, its tokens, its AST, its bytecode, and what it prints,
# next to what python3 prints.  Exits 1 if any output differs from python3's.
set -u
cd "$(dirname "$0")/.." || exit 2
BIN=${PYEDU_BIN:-bin}
status=0
shorten() {     # shows the first N lines of stdin, and how many were left out
    awk -v n="$1" 'NR <= n { print } END { if (NR > n) printf "    ... (%d more lines)\n", NR - n }'
}
for f in examples/*.py; do
    echo "================================================================"
    echo "== $f"
    echo "================================================================"
    echo "--- the source"
    cat "$f"
    echo "--- pytok --text $f      (the tokens, as python3 -m tokenize shows them)"
    "$BIN/pytok" --text "$f" | shorten 15
    echo "--- pyparse --text $f    (the abstract syntax tree, as ast.dump shows it)"
    "$BIN/pyparse" --text "$f" | shorten 25
    echo "--- pycomp --dis $f      (the bytecode)"
    "$BIN/pycomp" --dis "$f" | shorten 40
    echo "--- pytok $f | pyparse | pycomp | pyrun"
    ours=$("$BIN/pytok" "$f" | "$BIN/pyparse" | "$BIN/pycomp" | "$BIN/pyrun" 2>&1)
    echo "$ours"
    theirs=$(python3 "$f" 2>&1)
    if [ "$ours" = "$theirs" ]; then
        echo "--- python3 $f prints the same."
    else
        echo "--- python3 $f prints something else:"
        echo "$theirs"
        status=1
    fi
done
exit $status
