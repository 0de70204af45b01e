#!/bin/sh
# pycomp.sh - the compiler's speed, against CPython's compile().
#
# The input is the standard library corpus concatenated into one file (about
# 31 MB, bench/corpus-concat.sh), without its `from __future__` statements,
# which are legal only at the top of a file.  Then:
#   - `pytok | pyparse | pycomp` on it, each stage timed, with its peak
#     memory, and pycomp alone on the AST file;
#   - python3's compile() of the same text, in one process (the real
#     binary, not a wrapper script).
# Times are wall-clock seconds, the best of RUNS (default 3); memory is the
# peak resident set size.
#
#   bench/pycomp.sh [OUT_DIR]     (default build/bench)
set -e
cd "$(dirname "$0")/.."
out=${1:-build/bench}
runs=${RUNS:-3}
BIN=${PYEDU_BIN:-bin}
py=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$out"
src=$out/corpus-nofuture.py

if [ ! -s "$src" ]; then
    bench/corpus-concat.sh "$out/corpus-all.py"
    # Drop the __future__ statements: found by the tokenizer, so that a
    # line inside a string that happens to start with "from __future__"
    # stays (corpus-concat.sh --no-future drops those too, which breaks
    # lib2to3/tests/test_refactor.py).
    "$py" - "$out/corpus-all.py" "$src" <<'PYTHON'
import io, sys, tokenize
data = open(sys.argv[1], 'rb').read()
skip = (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING)
drop = set()
first = []          # the first two tokens of the current logical line
for tok in tokenize.tokenize(io.BytesIO(data).readline):
    if tok.type in skip:
        continue
    if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
        if [t.string for t in first] == ['from', '__future__']:
            drop.update(range(first[0].start[0], tok.end[0] + 1))
        first = []
    elif len(first) < 2:
        first.append(tok)
lines = data.split(b'\n')
kept = [line for number, line in enumerate(lines, 1) if number not in drop]
open(sys.argv[2], 'wb').write(b'\n'.join(kept))
PYTHON
    rm -f "$out/corpus-all.py"
fi
echo "input: $src, $(wc -c <"$src") bytes, $(wc -l <"$src") lines"

# best_of CMD...: the best wall time and the peak memory of RUNS runs
best_of() {
    best_s= best_kb=
    for i in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$out/time" "$@" >/dev/null
        read -r s kb <"$out/time"
        if [ -z "$best_s" ] || [ "$(echo "$s < $best_s" | bc)" = 1 ]; then best_s=$s; fi
        if [ -z "$best_kb" ] || [ "$kb" -gt "$best_kb" ]; then best_kb=$kb; fi
    done
    echo "$best_s $best_kb"
}

report() {
    printf '%-34s %7.2f s  %8d MB peak\n' "$1" "$2" "$(($3 / 1024))"
}

"$BIN/pytok" "$src" -o "$out/corpus.tok"
"$BIN/pyparse" "$out/corpus.tok" -o "$out/corpus.ast"
set -- $(best_of "$BIN/pytok" "$src" -o "$out/corpus.tok"); report "pytok" "$1" "$2"; tok_s=$1
set -- $(best_of "$BIN/pyparse" "$out/corpus.tok" -o "$out/corpus.ast"); report "pyparse" "$1" "$2"; parse_s=$1
set -- $(best_of "$BIN/pycomp" "$out/corpus.ast" -o /dev/null); report "pycomp" "$1" "$2"; comp_s=$1
set -- $(best_of sh -c "'$BIN/pytok' '$src' | '$BIN/pyparse' | '$BIN/pycomp' -o /dev/null")
report "pytok | pyparse | pycomp" "$1" "$2"; pipe_s=$1
set -- $(best_of "$py" -c "import sys; f = sys.argv[1]; compile(open(f, 'rb').read(), f, 'exec')" "$src")
report "python3 compile()" "$1" "$2"; py_s=$1
echo "pipeline / python3: $(echo "scale=2; $pipe_s / $py_s" | bc)    pycomp alone / python3: $(echo "scale=2; $comp_s / $py_s" | bc)"
