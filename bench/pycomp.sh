#!/bin/sh
# pycomp.sh - the compiler's speed, against CPython's compile().
#
# The input is the standard library corpus concatenated into one file (about
# 31 MB, bench/corpus-concat.sh --no-future), without its `from __future__`
# statements, which are legal only at the top of a file.  Then:
#   - `pytok | pyparse | pycomp` on it, each stage timed, with its peak
#     memory, and pycomp alone on the AST file;
#   - python3's compile() of the same text, in one process (the real
#     binary, not a wrapper script).
# Times are wall-clock seconds and CPU seconds (user + system, which a busy
# machine disturbs less), each the best of RUNS (default 3); memory is the
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

[ -s "$src" ] || bench/corpus-concat.sh --no-future "$src"
echo "input: $src, $(wc -c <"$src") bytes, $(wc -l <"$src") lines"

# best_of CMD...: the best wall time, the best CPU time and the peak memory
# of RUNS runs
best_of() {
    best_s= best_cpu= best_kb=
    for i in $(seq "$runs"); do
        /usr/bin/time -f '%e %U %S %M' -o "$out/time" "$@" >/dev/null 2>"$out/stderr"
        read -r s user sys kb <"$out/time"
        cpu=$(echo "$user + $sys" | bc)
        if [ -z "$best_s" ] || [ "$(echo "$s < $best_s" | bc)" = 1 ]; then best_s=$s; fi
        if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc)" = 1 ]; then best_cpu=$cpu; fi
        if [ -z "$best_kb" ] || [ "$kb" -gt "$best_kb" ]; then best_kb=$kb; fi
    done
    echo "$best_s $best_cpu $best_kb"
}

report() {
    printf '%-26s %7.2f s wall %7.2f s cpu %7d MB peak\n' "$1" "$2" "$3" "$(($4 / 1024))"
}

# (the SyntaxWarnings the corpus deserves go to $out/stderr)
"$BIN/pytok" "$src" -o "$out/corpus.tok"
"$BIN/pyparse" "$out/corpus.tok" -o "$out/corpus.ast"
set -- $(best_of "$BIN/pytok" "$src" -o "$out/corpus.tok"); report "pytok" "$@"
set -- $(best_of "$BIN/pyparse" "$out/corpus.tok" -o "$out/corpus.ast"); report "pyparse" "$@"
set -- $(best_of "$BIN/pycomp" "$out/corpus.ast" -o /dev/null); report "pycomp" "$@"; comp_s=$1 comp_cpu=$2
# the pipeline's CPU time is that of its three processes (time counts the children of sh)
set -- $(best_of sh -c "'$BIN/pytok' '$src' | '$BIN/pyparse' | '$BIN/pycomp' -o /dev/null")
report "pytok | pyparse | pycomp" "$@"; pipe_s=$1 pipe_cpu=$2
set -- $(best_of "$py" -W ignore -c "import sys; f = sys.argv[1]; compile(open(f, 'rb').read(), f, 'exec')" "$src")
report "python3 compile()" "$@"; py_s=$1 py_cpu=$2
echo "pipeline / python3:     $(echo "scale=2; $pipe_s / $py_s" | bc) wall, $(echo "scale=2; $pipe_cpu / $py_cpu" | bc) cpu"
echo "pycomp alone / python3: $(echo "scale=2; $comp_s / $py_s" | bc) wall, $(echo "scale=2; $comp_cpu / $py_cpu" | bc) cpu"
