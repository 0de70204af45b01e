#!/usr/bin/env bash
# difftap.sh LABEL "OUR_CMD" LIST REF_SCRIPT [REF_ARG...]
#
# The differential test of tests/ref/difftest.sh, as TAP: for every file F in
# LIST (one path per line) runs `OUR_CMD F` and `python3 REF_SCRIPT ARGS F`,
# and prints "ok N LABEL F" when stdout and exit status are the same, else
# "not ok" with the start of the diff.  OUR_CMD is split into words.
#
# Reference outputs depend only on the file, the script and python3, so they
# are cached under build/refcache (delete it to recompute).
set -u
label=$1 our=$2 list=$3 ref=$4
shift 4
py=$(python3 -c 'import sys; print(sys.executable)') || exit 2
cache=build/refcache
mkdir -p "$cache"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ref_id=$(cat "$ref" | sha1sum | cut -c1-12)
n=0
set -f
while IFS= read -r f; do
    [ -n "$f" ] || continue
    n=$((n + 1))
    key=$(printf '%s %s %s %s' "$ref_id" "$*" "$f" "$(stat -c %Y-%s "$f")" | sha1sum | cut -c1-20)
    if [ ! -f "$cache/$key.rc" ]; then
        "$py" "$ref" "$@" "$f" >"$cache/$key.out" 2>/dev/null </dev/null
        echo $? >"$cache/$key.rc"
    fi
    refrc=$(cat "$cache/$key.rc")
    timeout "${TIMEOUT:-10}" $our "$f" >"$tmp/our" 2>"$tmp/our.err" </dev/null
    ourrc=$?
    if [ "$refrc" = "$ourrc" ] && cmp -s "$cache/$key.out" "$tmp/our"; then
        echo "ok $n $label $f"
    else
        echo "not ok $n $label $f (exit status: reference $refrc, ours $ourrc)"
        diff -u --label reference --label ours "$cache/$key.out" "$tmp/our" | head -n 12 | sed 's/^/#   /'
        head -n 3 "$tmp/our.err" | sed 's/^/#   stderr: /'
    fi
done <"$list"
echo "1..$n"
