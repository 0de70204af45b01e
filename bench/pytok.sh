#!/usr/bin/env bash
# bench/pytok.sh - how fast pytok writes its token file, and in how much memory.
#
# Input: the UTF-8 files of the standard-library corpus concatenated into one
# file (bench/corpus-concat.sh, about 31 MB; built once into build/bench/).
# Measured, on that file:
#   - `pytok FILE -o /dev/null` with hyperfine: wall-clock time, best and
#     mean of several runs, and the throughput in MB/s they give;
#   - its CPU time (user + sys, the least of the runs) and peak memory
#     (maximum resident set size) with /usr/bin/time;
#   - for comparison, in the same conditions: CPython's own C tokenizer with
#     its tokens handed to Python (_tokenize.TokenizerIter over the same
#     text), run by the real interpreter.
# The machine may be busy (2 shared cores): the CPU times and the comparison
# with CPython, measured side by side, say more than the wall-clock times.
#
#   bench/pytok.sh            RUNS=10 by default; PYEDU_BIN selects the tools
set -u
cd "$(dirname "$0")/.." || exit 2
BIN=${PYEDU_BIN:-bin}
RUNS=${RUNS:-10}
input=build/bench/corpus.py
[ -x "$BIN/pytok" ] || { echo "bench/pytok.sh: $BIN/pytok is not built (make)" >&2; exit 2; }
if [ ! -s "$input" ]; then
    mkdir -p build/bench
    sh bench/corpus-concat.sh "$input" || exit 2
fi
bytes=$(stat -c %s "$input")
py=$(python3 -c 'import sys; print(sys.executable)') || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "input: $input, $bytes bytes, $(wc -l <"$input") lines"

# ---- pytok: wall clock -------------------------------------------------------
hyperfine --warmup 1 --runs "$RUNS" --export-json "$tmp/h.json" --style none \
    "$BIN/pytok $input -o /dev/null" >/dev/null || exit 1
read -r best mean < <("$py" -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(min(r["times"]), r["mean"])' "$tmp/h.json")

# ---- pytok: CPU time and peak memory ------------------------------------------
cpu=999 rss=0
for _ in $(seq 5); do
    /usr/bin/time -o "$tmp/t" -f '%U %S %M' "$BIN/pytok" "$input" -o /dev/null || exit 1
    read -r u s m <"$tmp/t"
    cpu=$(awk -v a="$u" -v b="$s" -v c="$cpu" 'BEGIN { t = a + b; print (t < c) ? t : c }')
    rss=$m
done

# ---- CPython's tokenizer, for comparison --------------------------------------
read -r py_wall py_cpu ntokens < <("$py" - "$input" <<'PYTHON'
import _tokenize, sys, time
text = open(sys.argv[1], encoding='utf-8').read()
best_wall = best_cpu = float('inf')
for _ in range(3):
    w, c = time.perf_counter(), time.process_time()
    n = sum(1 for _ in _tokenize.TokenizerIter(text))
    best_wall = min(best_wall, time.perf_counter() - w)
    best_cpu = min(best_cpu, time.process_time() - c)
print(best_wall, best_cpu, n)
PYTHON
)

awk -v b="$bytes" -v best="$best" -v mean="$mean" -v cpu="$cpu" -v rss="$rss" \
    -v pw="$py_wall" -v pc="$py_cpu" -v n="$ntokens" 'BEGIN {
    mb = b / 1e6
    printf "pytok, token file:        best %.3f s = %5.1f MB/s   mean %.3f s = %5.1f MB/s (wall)\n", best, mb / best, mean, mb / mean
    printf "                          cpu  %.3f s = %5.1f MB/s   peak memory %.0f MB\n", cpu, mb / cpu, rss / 1024
    printf "CPython TokenizerIter:    best %.3f s = %5.1f MB/s   cpu %.3f s = %5.1f MB/s   (%d tokens)\n", pw, mb / pw, pc, mb / pc, n
    printf "pytok / CPython speed:    %.1fx (wall)   %.1fx (cpu)\n", pw / best, pc / cpu
}'
