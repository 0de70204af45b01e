#!/bin/sh
# pyparse.sh - the parser's speed benchmark against CPython.
#
#   bench/pyparse.sh          (RUNS=N for more runs; the best time counts)
#
# The input is the UTF-8 files of the standard-library corpus in one file
# (bench/corpus-concat.sh, about 31 MB).  It times
#   pytok FILE | pyparse -o /dev/null              (tokens to AST artifact)
# against
#   python3 -c "import ast; ast.parse(open(FILE, 'rb').read())"
# with the real python3 binary (a wrapper on PATH would add its start-up),
# and reports each one's wall time and peak memory (/usr/bin/time), and the
# ratio.  The goal is at most half of CPython's time.  CPython is also timed
# with its cycle collector off, which is most of its time on a file this size.
set -eu
cd "$(dirname "$0")/.."
BIN=${PYEDU_BIN:-bin}
RUNS=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=$(python3 -c 'import sys; print(sys.executable)')
sh bench/corpus-concat.sh "$tmp/corpus.py" 2>/dev/null
echo "input: $(wc -c <"$tmp/corpus.py") bytes, $(wc -l <"$tmp/corpus.py") lines"

# best_of LABEL COMMAND...: runs the command RUNS times; prints the best wall
# time, the CPU time (user + system) of that run, and the peak resident
# memory (of the largest process), and leaves the best time in $best.  On a
# busy machine the CPU time is the steadier figure.
best_of() {
    label=$1
    shift
    best= cpu= peak=0
    i=0
    while [ $i -lt "$RUNS" ]; do
        /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" >/dev/null
        read -r secs user sys kb <"$tmp/time"
        if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc)" = 1 ]; then
            best=$secs
            cpu=$(echo "$user + $sys" | bc)
        fi
        [ "$kb" -gt "$peak" ] && peak=$kb
        i=$((i + 1))
    done
    printf '%-44s %7s s  (cpu %6.2f s)  %6d MB\n' "$label" "$best" "$cpu" $((peak / 1024))
}

best_of "pytok | pyparse -o /dev/null (pipeline)" \
    sh -c "'$BIN/pytok' '$tmp/corpus.py' | '$BIN/pyparse' -o /dev/null"
ours=$best
"$BIN/pytok" "$tmp/corpus.py" -o "$tmp/corpus.tok"
best_of "  pytok alone" "$BIN/pytok" "$tmp/corpus.py" -o /dev/null
best_of "  pyparse alone (from the token file)" "$BIN/pyparse" "$tmp/corpus.tok" -o /dev/null
best_of "python3 ast.parse" \
    "$py" -c "import ast, sys; ast.parse(open(sys.argv[1], 'rb').read())" "$tmp/corpus.py"
theirs=$best
best_of "python3 ast.parse, gc disabled" \
    "$py" -c "import ast, gc, sys; gc.disable(); ast.parse(open(sys.argv[1], 'rb').read())" "$tmp/corpus.py"
printf 'pipeline / CPython: %.2f (goal: at most 0.50)\n' "$(echo "scale=3; $ours / $theirs" | bc)"
