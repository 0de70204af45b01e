#!/usr/bin/env bash
# robustness.sh - every tool against bad input, as TAP.
#
# Each tool is given input it must refuse: nothing, garbage bytes, a
# truncated artifact, an artifact of the wrong kind, malformed JSON, deeply
# nested data.  A tool passes a case when it exits 1 or 2 within the time
# limit and says why on stderr: never a crash, a hang or a sanitizer report
# (under `make SANITIZE=1`, which .ci/run uses, ASan/UBSan/LSan reports make
# the tool exit 99).  Cases that must fail with exactly one line of stderr say
# so.
set -u
cd "$(dirname "$0")/../.." || exit 2
BIN=${PYEDU_BIN:-bin}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0

# expect_refusal NAME LINES TOOL ARGS... < input
#   LINES: "one" if stderr must be exactly one line, "any" otherwise.
expect_refusal() {
    local name=$1 lines=$2
    shift 2
    n=$((n + 1))
    timeout 20 "$@" >"$tmp/out" 2>"$tmp/err"
    local status=$?
    local why=
    if [ $status != 1 ] && [ $status != 2 ]; then
        why="exit status $status"
    elif ! [ -s "$tmp/err" ]; then
        why="no message on stderr"
    elif [ "$lines" = one ] && [ "$(wc -l <"$tmp/err")" != 1 ]; then
        why="$(wc -l <"$tmp/err") lines on stderr, expected one"
    fi
    if [ -z "$why" ]; then
        echo "ok $n $name"
    else
        echo "not ok $n $name ($why)"
        head -n 5 "$tmp/err" | sed 's/^/#   /'
    fi
}

printf 'def f(n):\n    return n * 2\nprint(f(21))\n' >"$tmp/prog.py"
head -c 4096 /dev/urandom >"$tmp/garbage"
: >"$tmp/empty"
# artifacts of the right kind whose payload nests 200000 levels deep
python3 - "$tmp" <<'PYTHON'
import sys
tmp = sys.argv[1]
for kind, name in (('tok', 'tokens'), ('ast', 'ast'), ('code', 'code')):
    head = '{"kind": "%s", "version": [1, 0], "filename": "x.py", "source": "", "%s": ' % (name, name)
    with open('%s/deep.%s.json' % (tmp, kind), 'w') as f:
        f.write(head + '[' * 200000 + ']' * 200000 + '}')
    def s(t):
        b = t.encode()
        return bytes([0xa0 + len(b)]) + b
    mp = bytes([0x85]) + s('kind') + s(name) + s('version') + bytes([0x92, 1, 0]) + \
        s('filename') + s('x.py') + s('source') + s('') + s(name) + b'\x91' * 200000 + b'\x90'
    with open('%s/deep.%s.mp' % (tmp, kind), 'wb') as f:
        f.write(mp)
PYTHON
echo '{"kind": "tokens", "version": [1, 0], "tokens": [' >"$tmp/badjson.json"

# artifacts of each kind, made by the tools themselves
"$BIN/pytok" "$tmp/prog.py" -o "$tmp/prog.tok" 2>/dev/null
"$BIN/pyparse" "$tmp/prog.tok" -o "$tmp/prog.ast" 2>/dev/null
"$BIN/pycomp" "$tmp/prog.ast" -o "$tmp/prog.code" 2>/dev/null
for kind in tok ast code; do
    f=$tmp/prog.$kind
    [ -s "$f" ] || { : >"$tmp/trunc.$kind"; continue; }
    size=$(stat -c %s "$f")
    head -c $((size / 2)) "$f" >"$tmp/trunc.$kind"
    head -c $((size - 1)) "$f" >"$tmp/last.$kind"
    cat "$f" "$f" >"$tmp/twice.$kind"
done

# pytok reads source
expect_refusal "pytok: garbage bytes" any "$BIN/pytok" "$tmp/garbage"
expect_refusal "pytok: missing file" one "$BIN/pytok" "$tmp/nonexistent.py"
expect_refusal "pytok: unterminated string" any "$BIN/pytok" <(printf 'x = "abc\n')
expect_refusal "pytok: unterminated triple-quoted string" any "$BIN/pytok" <(printf 'x = """abc\n')
expect_refusal "pytok: 10000 nested brackets" any "$BIN/pytok" <(python3 -c 'print("(" * 10000 + ")" * 10000)')
expect_refusal "pytok: NUL byte" any "$BIN/pytok" <(printf 'x = 1\0\n')
expect_refusal "pytok: invalid UTF-8" any "$BIN/pytok" <(printf 'x = 1\n# \xff\xfe\n')
expect_refusal "pytok --text: invalid UTF-8" any "$BIN/pytok" --text <(printf 'x = "\xc3("\n')
expect_refusal "pytok: a 100 MB line never closed" any "$BIN/pytok" \
    <(python3 -c 'import sys; sys.stdout.write("x = (" + "a" * 100_000_000)')

# the artifact readers
for stage in pyparse:tok:ast pycomp:ast:code pyrun:code:none; do
    IFS=: read -r tool kind next <<<"$stage"
    expect_refusal "$tool: empty input" one "$BIN/$tool" "$tmp/empty"
    expect_refusal "$tool: garbage bytes" one "$BIN/$tool" "$tmp/garbage"
    expect_refusal "$tool: truncated to half" one "$BIN/$tool" "$tmp/trunc.$kind"
    expect_refusal "$tool: last byte missing" one "$BIN/$tool" "$tmp/last.$kind"
    expect_refusal "$tool: artifact twice" one "$BIN/$tool" "$tmp/twice.$kind"
    expect_refusal "$tool: deeply nested JSON" one "$BIN/$tool" "$tmp/deep.$kind.json"
    expect_refusal "$tool: deeply nested MessagePack" one "$BIN/$tool" "$tmp/deep.$kind.mp"
    expect_refusal "$tool: JSON cut short" one "$BIN/$tool" "$tmp/badjson.json"
    for other in tok ast code; do
        [ "$other" = "$kind" ] && continue
        expect_refusal "$tool: a .$other artifact (wrong kind)" one "$BIN/$tool" "$tmp/prog.$other"
    done
done
echo "1..$n"
