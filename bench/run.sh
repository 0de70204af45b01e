#!/usr/bin/env bash
# run.sh - pyrun's speed against CPython 3.11 (`make bench`).
#
# For each program of bench/programs/: its output must match CPython's, then
# pyrun (running the cached code object, as a user's second run does) and
# the real CPython binary run RUNS times each, alternately, so that both see
# the same machine load.  The table gives the best time of each (CPU time,
# user + system, which a busy machine disturbs far less than wall-clock
# time; on an idle machine the two agree), their ratio (ours / CPython:
# below 1 is faster), and the peak resident memory of each; then the
# geometric mean of the ratios, and the start-up time (wall clock) of
# print('hi') from a cached code object.
#
#   bench/run.sh [PROGRAM.py...]      (default: every bench/programs/*.py)
#   RUNS=5 bench/run.sh               (default 3)
#   PYEDU_BIN=build/san/bin           (the pyrun to measure; default bin)
set -u
cd "$(dirname "$0")/.." || exit 2
runs=${RUNS:-3}
bin=${PYEDU_BIN:-bin}
py=$(python3 -c 'import sys; print(sys.executable)')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if (($#)); then programs=("$@"); else programs=(bench/programs/*.py); fi

# measure CMD...: runs it once; sets `ms` (CPU time, user + system, in
# milliseconds) and `kb` (peak resident memory)
measure() {
    /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    local status=$? user sys
    # (the last line: time puts "Command exited with non-zero status" first)
    read -r user sys kb < <(tail -n 1 "$tmp/time") || { user=0 sys=0 kb=0; }
    ms=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 + 0.5 }')
    return $status
}

printf '%-16s %9s %9s %7s %11s %11s\n' program 'pyrun s' 'CPython s' ratio 'pyrun MB' 'CPython MB'
logsum=0 count=0 failed=0
for prog in "${programs[@]}"; do
    name=$(basename "$prog" .py)
    # the expected output, and pyrun's first run (which makes the cache)
    "$py" "$prog" >"$tmp/expected" 2>&1
    "$bin/pyrun" "$prog" >"$tmp/got" 2>&1
    if ! cmp -s "$tmp/expected" "$tmp/got"; then
        printf '%-16s wrong output:\n' "$name"
        diff "$tmp/expected" "$tmp/got" | head -5
        failed=$((failed + 1))
        continue
    fi
    best_ours=999999 best_py=999999 mem_ours=0 mem_py=0
    for ((i = 0; i < runs; i++)); do
        measure "$bin/pyrun" "$prog"
        ((ms < best_ours)) && best_ours=$ms
        ((kb > mem_ours)) && mem_ours=$kb
        measure "$py" "$prog"
        ((ms < best_py)) && best_py=$ms
        ((kb > mem_py)) && mem_py=$kb
    done
    ratio=$(awk -v a="$best_ours" -v b="$best_py" 'BEGIN { printf "%.2f", a / b }')
    logsum=$(awk -v s="$logsum" -v r="$ratio" 'BEGIN { printf "%.6f", s + log(r) }')
    count=$((count + 1))
    awk -v n="$name" -v a="$best_ours" -v b="$best_py" -v r="$ratio" -v ma="$mem_ours" -v mb="$mem_py" \
        'BEGIN { printf "%-16s %9.3f %9.3f %7s %11.1f %11.1f\n", n, a / 1000, b / 1000, r, ma / 1024, mb / 1024 }'
done
if ((count)); then
    awk -v s="$logsum" -v n="$count" 'BEGIN { printf "%-16s %39.2f\n", "geometric mean", exp(s / n) }'
fi

# start-up: print('hi') from a cached code object, the mean of 20 runs
printf "print('hi')\n" >"$tmp/hi.py"
"$bin/pyrun" "$tmp/hi.py" >/dev/null
for who in pyrun CPython; do
    if [ "$who" = pyrun ]; then cmd=("$bin/pyrun" "$tmp/hi.py"); else cmd=("$py" "$tmp/hi.py"); fi
    t0=${EPOCHREALTIME/./}
    for ((i = 0; i < 20; i++)); do "${cmd[@]}" >/dev/null; done
    t1=${EPOCHREALTIME/./}
    awk -v w="$who" -v us=$(((t1 - t0) / 20)) 'BEGIN { printf "start-up %-8s %6.1f ms\n", w, us / 1000 }'
done
((failed == 0))
