#!/usr/bin/env bats
# common.bats - the shared library, through the small programs in tests/unit/:
# repr() against python3's, and the JSON form against MessagePack.

load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
    TOOLS=${PYEDU_TOOLS:-build/release/tests}
    TMP=$(mktemp -d)
}

teardown() {
    rm -rf "$TMP"
}

# Writes N random test values of each kind as reprcheck input to $TMP/in and
# python3's repr of each to $TMP/want.
make_repr_cases() {
    python3 - "$TMP" <<'PYTHON'
import random, struct, sys
tmp = sys.argv[1]
random.seed(2026)
def bits(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
floats = [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 1e-4, 1e-5, 123.456, 5e-324, 1.7976931348623157e308,
          float('inf'), -float('inf'), float('nan'), 1e22, 9007199254740993.0, 0.3]
for _ in range(3000):
    floats.append(struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0])
    floats.append(random.uniform(-1e9, 1e9) / random.choice([1, 7, 1000, 3e10]))
lines, want = [], []
for x in floats:
    lines.append('f ' + bits(x)); want.append(repr(x))
for _ in range(1000):
    r, i = random.choice(floats), random.choice(floats)
    lines.append('c %s %s' % (bits(r), bits(i))); want.append(repr(complex(r, i)))
for r, i in ((0.0, 1.0), (-0.0, 1.0), (1.0, -0.0), (0.0, 2.5), (1.0, float('nan'))):
    lines.append('c %s %s' % (bits(r), bits(i))); want.append(repr(complex(r, i)))
strings = ["", "a'b", 'a"b', "a'\"b", "\x00\x7f\x80\xa0\xad", "é€😀", "\ud800x\udfff",
           "\t\n\r\\", "\u2028\u200b\U000e0100", "\u0378\uffff\U0010ffff"]
for _ in range(200):
    strings.append(''.join(chr(random.randint(0, 0x10ffff)) for _ in range(30)))
for s in strings:
    lines.append('s ' + s.encode('utf-8', 'surrogatepass').hex()); want.append(repr(s))
for b in (b"", b"a'b", bytes(range(256)), b'"\'', bytes(random.getrandbits(8) for _ in range(300))):
    lines.append('b ' + b.hex()); want.append(repr(b))
open(tmp + '/in', 'w').write('\n'.join(lines) + '\n')
open(tmp + '/want', 'w', encoding='utf-8', errors='surrogatepass').write('\n'.join(want) + '\n')
PYTHON
}

@test "repr of floats, complex numbers, str and bytes is python3's" {
    make_repr_cases
    run "$TOOLS/reprcheck" <"$TMP/in"
    assert_success
    "$TOOLS/reprcheck" <"$TMP/in" >"$TMP/got"
    run diff "$TMP/want" "$TMP/got"
    assert_success
}

@test "JSON -> MessagePack -> JSON keeps every kind of value" {
    cat >"$TMP/a.json" <<'EOF_JSON'
{"ints": [0, -1, 127, 128, -33, 65535, -2147483649, 9223372036854775807, -9223372036854775808, 18446744073709551615],
 "floats": [0.5, -0.0, 1e+16, 1e-05, 123.0, {"float": "inf"}, {"float": "-inf"}, {"float": "nan"}],
 "strings": ["", "é€😀", "a\"b\\c\n\t\u0001", "\ud800 lone", "\ud83d\ude00 pair"],
 "bytes": {"bytes": "00ff7f"}, "nothing": null, "flags": [true, false],
 "nested": [[[[]]], {}, {"k": [1, {"x": 2}]}]}
EOF_JSON
    run "$TOOLS/mpjson" to-msgpack "$TMP/a.json"
    assert_success
    "$TOOLS/mpjson" to-msgpack "$TMP/a.json" >"$TMP/a.mp"
    "$TOOLS/mpjson" to-json "$TMP/a.mp" >"$TMP/b.json"
    # python3 reads both JSON texts to the same data (a pair is one character)
    run python3 -c '
import json, math, sys
def norm(v):
    if isinstance(v, float) and math.isnan(v): return "nan"
    if isinstance(v, list): return [norm(x) for x in v]
    if isinstance(v, dict): return {k: norm(x) for k, x in v.items()}
    return v
a = norm(json.load(open(sys.argv[1])))
b = norm(json.load(open(sys.argv[2])))
a["strings"][4] = "\U0001f600 pair"
print("same" if a == b else "different: %r\n%r" % (a, b))' "$TMP/a.json" "$TMP/b.json"
    assert_output "same"
    # and the MessagePack is what python3 means by each value: spot checks on the bytes
    run python3 -c '
import sys
data = open(sys.argv[1], "rb").read()
assert b"\xcf\xff\xff\xff\xff\xff\xff\xff\xff" in data      # uint64 max
assert b"\xc4\x03\x00\xff\x7f" in data                       # bin 00ff7f
assert b"\xed\xa0\x80 lone" in data                          # lone surrogate, WTF-8
assert b"\xf0\x9f\x98\x80 pair" in data                      # a pair is one 4-byte character
print("ok")' "$TMP/a.mp"
    assert_output "ok"
}

@test "malformed JSON is refused with a line and column" {
    printf '{"a": [1, 2,\n  3,, 4]}' >"$TMP/bad.json"
    run "$TOOLS/mpjson" to-msgpack "$TMP/bad.json"
    assert_failure 2
    assert_output --partial "JSON line 2 column 5"
    printf '{"a": 1} 2' >"$TMP/bad2.json"
    run "$TOOLS/mpjson" to-msgpack "$TMP/bad2.json"
    assert_failure 2
    assert_output --partial "extra data"
    printf '{"bytes": "0g"}' >"$TMP/bad3.json"
    run "$TOOLS/mpjson" to-msgpack "$TMP/bad3.json"
    assert_failure 2
    assert_output --partial "non-hex"
}

@test "truncated MessagePack is refused, never read past the end" {
    printf '\x93\x01\x02' >"$TMP/short.mp"
    run "$TOOLS/mpjson" to-json "$TMP/short.mp"
    assert_failure 2
    assert_output --partial "truncated"
    printf '\xdd\xff\xff\xff\xff\x01' >"$TMP/huge.mp"
    run "$TOOLS/mpjson" to-json "$TMP/huge.mp"
    assert_failure 2
    assert_output --partial "truncated"
}

@test "200000 levels of nesting convert without exhausting the C stack" {
    python3 -c 'print("[" * 200000 + "]" * 200000)' >"$TMP/deep.json"
    run "$TOOLS/mpjson" to-msgpack "$TMP/deep.json"
    assert_success
    "$TOOLS/mpjson" to-msgpack "$TMP/deep.json" >"$TMP/deep.mp"
    run "$TOOLS/mpjson" to-json "$TMP/deep.mp"
    assert_success
}

@test "the generated AST code round-trips CPython's AST: dumps equal ast.dump" {
    for f in examples/fib.py examples/week.py tests/ref/quirks/fstrings.py tests/ref/quirks/syntax311.py \
             tests/ref/quirks/strings.py tests/ref/quirks/numbers.py tests/ref/quirks/nonascii.py; do
        python3 tools/pyast.py "$f" >"$TMP/a.json"
        python3 tests/ref/astdump.py --attributes "$f" >"$TMP/want"
        "$TOOLS/astcheck" --attributes "$TMP/a.json" >"$TMP/got"
        run diff "$TMP/want" "$TMP/got"
        assert_success
    done
}

@test "the generated AST decoder refuses malformed trees with the field at fault" {
    echo '{"kind": "ast", "version": [1, 0], "filename": "x.py", "source": "", "ast": ["Module", [["Expr", ["Add"], 1, 0, 1, 1]], []]}' >"$TMP/a.json"
    run "$TOOLS/astcheck" "$TMP/a.json"
    assert_failure 2
    assert_output --partial "Expr.value: expected expr node, found 'Add'"
    echo '{"kind": "ast", "version": [1, 0], "filename": "x.py", "source": "", "ast": ["Module", [["Pass", 1, 0]], []]}' >"$TMP/b.json"
    run "$TOOLS/astcheck" "$TMP/b.json"
    assert_failure 2
    assert_output --partial "Pass node has 3 elements, expected 5"
    echo '{"kind": "ast", "version": [2, 0], "filename": "x.py", "source": "", "ast": null}' >"$TMP/c.json"
    run "$TOOLS/astcheck" "$TMP/c.json"
    assert_failure 2
    assert_output --partial "format version 2 is not supported"
}

@test "an error quoting a string of the artifact stays on one line" {
    echo '{"kind": "ast", "version": [1, 0], "filename": "x.py", "source": "", "ast": ["if 0: break\nelse:\n  x=1", [], []]}' >"$TMP/a.json"
    run "$TOOLS/astcheck" "$TMP/a.json"
    assert_failure 2
    assert_equal "${#lines[@]}" 1
    assert_output --partial "found 'if 0: break else:   x=1'"
}

@test "generated files are current (make check-regen)" {
    run python3 tools/gen_ast.py --check
    assert_success
}
