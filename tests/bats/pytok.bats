#!/usr/bin/env bats
# pytok.bats - the tokenizer as a user runs it: its command line, the token
# file (checked against what python3's tokenize and ast say about the same
# programs), the text view, CPython's error messages, source encodings, and
# input that must not crash or hang it.

load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
    BIN=${PYEDU_BIN:-bin}
    TOOLS=${PYEDU_TOOLS:-build/release/tests}
    TMP=$(mktemp -d)
}

teardown() {
    rm -rf "$TMP"
}

# ---- the command line -----------------------------------------------------

@test "--help names the options, --version the version" {
    run "$BIN/pytok" --help
    assert_success
    assert_output --partial "usage: pytok [FILE|-]"
    assert_output --partial "--text"
    assert_output --partial "-e, --exact"
    run "$BIN/pytok" --version
    assert_success
    assert_output --regexp '^pytok \(pyedu\) [0-9]'
}

@test "a bad option or a missing file is one line on stderr, status 2" {
    run "$BIN/pytok" --frobnicate
    assert_failure 2
    assert_equal "${#lines[@]}" 1
    run "$BIN/pytok" "$TMP/no-such-file.py"
    assert_failure 2
    assert_output "pytok: $TMP/no-such-file.py: No such file or directory"
}

@test "-o writes the token file there, and nothing to stdout" {
    printf 'x = 1\n' >"$TMP/a.py"
    run "$BIN/pytok" "$TMP/a.py" -o "$TMP/a.tok"
    assert_success
    assert_output ""
    [ -s "$TMP/a.tok" ]
    # a MessagePack map: the envelope
    run python3 -c 'import sys; b = open(sys.argv[1], "rb").read(); print(hex(b[0]))' "$TMP/a.tok"
    assert_output "0x85"
}

@test "the token file is the same written to a file, a redirect, a pipe, or as JSON" {
    printf 'x = f"{y!r}"\nif x:\n    z = [1,\n         2]\n' >"$TMP/a.py"
    "$BIN/pytok" "$TMP/a.py" -o "$TMP/file.tok"
    "$BIN/pytok" "$TMP/a.py" >"$TMP/redirect.tok"
    "$BIN/pytok" "$TMP/a.py" | cat >"$TMP/pipe.tok"
    "$BIN/pytok" "$TMP/a.py" --json >"$TMP/d.json"
    for f in file redirect pipe; do
        "$TOOLS/mpjson" to-json "$TMP/$f.tok" >"$TMP/$f.json"
    done
    run python3 -c 'import json, sys; print(len({json.dumps(json.load(open(p))) for p in sys.argv[1:]}))' \
        "$TMP/file.json" "$TMP/redirect.json" "$TMP/pipe.json" "$TMP/d.json"
    assert_output "1"
}

@test "after an error no output is left: -o keeps the old file, a redirect is empty" {
    printf 'x = (\n' >"$TMP/bad.py"
    echo "old content" >"$TMP/keep.tok"
    run "$BIN/pytok" "$TMP/bad.py" -o "$TMP/keep.tok"
    assert_failure 1
    assert_equal "$(cat "$TMP/keep.tok")" "old content"
    assert_equal "$(ls "$TMP")" "$(printf 'bad.py\nkeep.tok')"        # no temporary file left
    "$BIN/pytok" "$TMP/bad.py" >"$TMP/redirect.tok" 2>/dev/null || true
    [ ! -s "$TMP/redirect.tok" ]
    run bash -c "'$BIN/pytok' '$TMP/bad.py' 2>/dev/null | wc -c"
    assert_output "0"
}

@test "standard input is read with -, and named <stdin>" {
    run bash -c "printf 'x = 1\n' | '$BIN/pytok' - --json"
    assert_success
    assert_output --partial '"filename": "<stdin>"'
}

@test "--json and MessagePack carry the same data" {
    printf 'é = f"a{b!r:>{w}}" + 1  # c\nif x:\n\ty = [1,\n  2]\n' >"$TMP/a.py"
    "$BIN/pytok" "$TMP/a.py" -o "$TMP/a.tok"
    "$BIN/pytok" "$TMP/a.py" --json -o "$TMP/a.json"
    "$TOOLS/mpjson" to-json "$TMP/a.tok" >"$TMP/b.json"
    run python3 -c 'import json, sys; a, b = (json.load(open(p)) for p in sys.argv[1:]); print(a == b)' \
        "$TMP/a.json" "$TMP/b.json"
    assert_output "True"
}

@test "the envelope holds the decoded source, without its BOM" {
    printf '\xef\xbb\xbfx = "\xc3\xa9"\n' >"$TMP/bom.py"
    "$BIN/pytok" "$TMP/bom.py" --json -o "$TMP/bom.json"
    run python3 -c 'import json, sys; a = json.load(open(sys.argv[1])); print(a["kind"], a["version"], repr(a["source"]), a["tokens"][0])' "$TMP/bom.json"
    assert_output "tokens [1, 0] 'x = \"é\"\\n' [63, 'utf-8', 0, 0, 0, 0]"
}

# ---- the token file against python3 ------------------------------------------

# Writes small programs to $TMP/p*.py (bytes, so CRLF and encodings stay).
write_programs() {
    python3 - "$TMP" <<'PYTHON'
import sys
tmp = sys.argv[1]
programs = [
    b'x = 7 * 86400\nprint(x)\n',
    'é = "naïve"  # ça va\nclass Café:\n    µ = ﬁ = 1\n'.encode(),
    b'def f(a, *, b=1, **k) -> None:\n    return a ** 2 // b @ c\n\n\n    # comment\nx = [1,\n     2]  # end\n',
    b'if x:\r\n    y = (1,\r\n         2)\r\n\r\nz = """a\r\nb"""\r\n',
    b'if a:\n\tif b:\n\t\tc = 1\n\td = 2\n\x0c\nx = 1 \x0c+ 2\n',
    b'x = 1 + \\\n    2\nif x:\n    y = 1 \\\n\nz = 0x_1f + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 1. + 1if x else 2\n',
    b'# -*- coding: latin-1 -*-\ns = "caf\xe9 \x85 \xa0"\n',
    b'\xef\xbb\xbfx = "bom"\n',
    b'f(x for x in y)\nasync def g():\n    await z\nmatch x:\n    case [a, *_]:\n        pass\n',
    'x = f"{a!r:>{w}} {b=} {c:%Y}" rf"\\d{e}" F"""\n{f\n}"""\n'.encode(),
    b's = "abc\\\ndef"\nt = b\'\\x00\' rb"\\d" U"u"\nn = 0\n',
    b'x = 1\n    # indented comment, last line, no line end',
    b'def f():\n    return 1',
]
for i, p in enumerate(programs):
    open('%s/p%02d.py' % (tmp, i), 'wb').write(p)
PYTHON
}

# Compares the token file of each program with python3's tokenize (exact
# types, strings, and positions with columns turned into UTF-8 bytes).
@test "token files are tokenize's tokens with byte columns" {
    write_programs
    for f in "$TMP"/p*.py; do
        "$BIN/pytok" "$f" --json -o "$f.json"
    done
    run python3 - "$TMP" <<'PYTHON'
import glob, io, json, sys, tokenize
bad = 0
for path in sorted(glob.glob(sys.argv[1] + '/p*.py')):
    toks = list(tokenize.tokenize(open(path, 'rb').readline))
    ours = json.load(open(path + '.json'))
    lines = [l + '\n' for l in ours['source'].split('\n')]
    def col(line, c):
        return len(lines[line - 1][:c].encode()) if 1 <= line <= len(lines) else c
    want = [[t.exact_type, t.string, t.start[0], col(t.start[0], t.start[1]),
             t.end[0], col(t.end[0], t.end[1])] for t in toks]
    got = [t[:6] for t in ours['tokens']]
    if got != want:
        bad += 1
        print(path, next((g, w) for g, w in zip(got + [None], want + [None]) if g != w))
print('differ:', bad)
PYTHON
    assert_output "differ: 0"
}

@test "f-string expression tokens sit where CPython's AST puts their names" {
    printf 'x = f"{a} {b!r:>{w}} {c=}"\ny = F"""text\n  {d +\n e:{f}}\n"""\nz = f"{f'"'"'{g}'"'"'}" rf"{h}\\d" f"{i.j(k)}"\n' >"$TMP/f.py"
    "$BIN/pytok" "$TMP/f.py" --json -o "$TMP/f.json"
    run python3 - "$TMP/f.py" "$TMP/f.json" <<'PYTHON'
import ast, json, sys
tree = ast.parse(open(sys.argv[1], 'rb').read())
want = sorted((n.id, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
              for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id not in 'xyz')
got = []
def walk(pieces):
    for p in pieces:
        if isinstance(p, dict):
            for t in p['expr']:
                if t[0] == 1:
                    got.append(tuple(t[1:6]))
                if len(t) == 7:
                    walk(t[6])
            walk(p['format_spec'] or [])
for t in json.load(open(sys.argv[2]))['tokens']:
    if len(t) == 7:
        walk(t[6])
print(set(want) <= set(got), len(want))     # every Name node is a NAME token
PYTHON
    assert_output "True 11"
}

@test "f-string pieces: literal text, conversions and format specs as CPython splits them" {
    printf '%s\n' 'x = f"a{{b}}c{d!s}{e:>{w}.{p}f}g{h!a:}{i=}{ j = !r:^3}"' >"$TMP/f.py"
    "$BIN/pytok" "$TMP/f.py" --json -o "$TMP/f.json"
    run python3 - "$TMP/f.json" <<'PYTHON'
import json, sys
def show(pieces):
    out = []
    for p in pieces:
        if isinstance(p, str):
            out.append(repr(p))
        else:
            text = ' '.join(t[1] for t in p['expr'])
            spec = show(p['format_spec']) if p['format_spec'] is not None else None
            out.append('{%s|%s|%s|%s}' % (text, p['debug'], p['conversion'], spec))
    return '[' + ', '.join(out) + ']'
tok = [t for t in json.load(open(sys.argv[1]))['tokens'] if len(t) == 7][0]
print(show(tok[6]))
PYTHON
    assert_output "['a{b}c', {d|None|s|None}, {e|None|None|['>', {w|None|None|None}, '.', {p|None|None|None}, 'f']}, 'g', {h|None|a|[]}, {i|i=|None|None}, {j| j = |r|['^3']}]"
}

@test "f-strings: \\N{...} braces are text unless the string is raw" {
    printf '%s\n' 'x = f"\N{BULLET} {a}" + rf"\N{b}"' >"$TMP/f.py"
    "$BIN/pytok" "$TMP/f.py" --json -o "$TMP/f.json"
    run python3 -c '
import json, sys
for t in json.load(open(sys.argv[1]))["tokens"]:
    if len(t) == 7:
        print([p if isinstance(p, str) else [e[1] for e in p["expr"]] for p in t[6]])' "$TMP/f.json"
    assert_output "['\\\\N{BULLET} ', ['a']]
['\\\\N', ['b']]"
}

@test "a lone CR ends a line in the token file, as for CPython's parser" {
    printf 'x = 1\ry = 2\n' >"$TMP/cr.py"
    "$BIN/pytok" "$TMP/cr.py" --json -o "$TMP/cr.json"
    run python3 -c 'import json, sys; print([t[:3] for t in json.load(open(sys.argv[1]))["tokens"][1:]])' "$TMP/cr.json"
    assert_output "[[1, 'x', 1], [22, '=', 1], [2, '1', 1], [4, '\\r', 1], [1, 'y', 2], [22, '=', 2], [2, '2', 2], [4, '\\n', 2], [0, '', 3]]"
    run python3 -c 'import ast; ast.parse(b"x = 1\ry = 2\n")'
    assert_success
}

@test "identifiers CPython accepts but tokenize splits are one NAME in the token file" {
    printf 'x\xf3\xa0\x84\x80 = 1\n' >"$TMP/vs.py"     # x + U+E0100, a variation selector
    run python3 -c 'import ast, sys; ast.parse(open(sys.argv[1], "rb").read())' "$TMP/vs.py"
    assert_success
    "$BIN/pytok" "$TMP/vs.py" --json -o "$TMP/vs.json"
    run python3 -c 'import json, sys; print(ascii(json.load(open(sys.argv[1]))["tokens"][1]))' "$TMP/vs.json"
    assert_output "[1, 'x\U000e0100', 1, 0, 1, 5]"
}

# ---- the text view ------------------------------------------------------------

@test "--text prints what python3 -m tokenize prints, -e the exact types" {
    write_programs
    # tests/ref/tokdump.py's format, for all programs in one python3
    python3 - "$TMP" <<'PYTHON'
import glob, sys, tokenize
from token import tok_name
for path in glob.glob(sys.argv[1] + '/p*.py'):
    toks = list(tokenize.tokenize(open(path, 'rb').readline))
    for suffix, exact in (('', False), ('-e', True)):
        with open(path + '.want' + suffix, 'w', encoding='utf-8', newline='\n') as out:
            for t in toks:
                out.write('%-20s%-15s%-15r\n' % ('%d,%d-%d,%d:' % (t.start + t.end),
                          tok_name[t.exact_type if exact else t.type], t.string))
PYTHON
    for f in "$TMP"/p*.py; do
        "$BIN/pytok" --text "$f" >"$TMP/got"
        cmp "$f.want" "$TMP/got"
        "$BIN/pytok" --text -e "$f" >"$TMP/got"
        cmp "$f.want-e" "$TMP/got"
    done
}

@test "the text view's names are tokenize's \\w runs, for characters from all of Unicode" {
    # every 97th code point that str.isalnum() calls a letter or digit, and
    # some that it does not, inside and at the start of names
    python3 - "$TMP/w.py" <<'PYTHON'
import sys
chars = [chr(c) for c in range(0xA0, 0x30000, 97) if not (0xD800 <= c < 0xE000)]
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    for ch in chars:
        if ch.isprintable() or ch.isalnum():
            f.write('a%sb = %s1\n' % (ch, ch))
PYTHON
    python3 tests/ref/tokdump.py "$TMP/w.py" >"$TMP/want"
    "$BIN/pytok" --text "$TMP/w.py" >"$TMP/got"
    run cmp "$TMP/want" "$TMP/got"
    assert_success
}

@test "the text view keeps tokenize's error behaviour: no output, status 1" {
    printf 'if x:\n        a\n    b\n' >"$TMP/dedent.py"
    printf 'x = """never closed\n' >"$TMP/triple.py"
    printf 'f(x,\n' >"$TMP/paren.py"
    for f in dedent triple paren; do
        run "$BIN/pytok" --text "$TMP/$f.py"
        assert_failure 1
        run bash -c "'$BIN/pytok' --text '$TMP/$f.py' 2>/dev/null"
        assert_output ""
    done
}

# ---- errors: CPython's messages ----------------------------------------------

# Each case: a program that CPython's tokenizer rejects.  pytok must say what
# compile() says: LINE:COL: KIND: message (COL 1-based, in characters).
@test "errors are reported with CPython's message and position" {
    python3 - "$TMP" <<'PYTHON'
import sys
tmp = sys.argv[1]
cases = [
    b'u = \xe2\x82\xac\n', b'x\xc2\xb2 = 1\n', b'x = 1\xc2\xa0\n', b'x = "abc\n', b"x = rb'abc\n",
    b'x = "abc\\\ndef\n', b'x = """abc\n', b's = """never closed\n\n',
    b'if x:\n        a\n    b\n', b'if a:\n\tb = 1\n        c = 2\n', b'if a:\n    b = 1\n\tc = 2\n',
    b'f(x,\n  y\n', b'x = [1,\n (2,\n', b'x = )\n', b'x = (]\n', b'x = (\n]\n',
    b'a = 0777\n', b'b = 09\n', b'c = 1_\n', b'1__0\n', b'0x\n', b'0b2\n', b'0o8\n', b'0b1_\n',
    b'1e\n', b'1e+\n', b'1abc\n', b'1.__class__\n', b'0_7\n', b'1j2\n', b'1.5jx\n', b'1andy\n',
    b'x = ' + b'(' * 201 + b'\n', b'x = $a\n', b'x = a ? b\n', b'z = 1 !2\n', b'x = 1\x0b+2\n',
    b'x = 1\x7f\n', b'x = 1 \\ y\n', b'x = 1 \\\n', b'x = 1 \\',
    b'f"{}"\n', b'f"{ }"\n', b'f"{!r}"\n', b'f"{:x}"\n', b'f"{=}"\n', b'f"{x!z}"\n', b'f"{x!}"\n',
    b'f"{x!r"\n', b'f"{x\\n}"\n', b'f"{x#}"\n', b'f"}"\n', b'f"{"\n', b'f"{x:{y:{z}}}"\n',
    b'f"{x)}"\n', b'f"{(x]}"\n', b'f"{\'a}"\n', b'f"{x}}"\n', b'f"{x!rr}"\n',
    b''.join(b' ' * i + b'if x:\n' for i in range(101)),
    b'x = $a\ny = "unterminated\n', b'x = f"{}"\ny = 1_\n',
]
import warnings
warnings.simplefilter('ignore')
for i, c in enumerate(cases):
    path = '%s/e%02d.py' % (tmp, i)
    open(path, 'wb').write(c)
    try:
        compile(c, 'f', 'exec')
        want = 'accepted'
    except SyntaxError as e:
        want = '%d:%d: %s: %s' % (e.lineno, e.offset, type(e).__name__, e.msg)
    open(path + '.want', 'w', encoding='utf-8').write(want + '\n')
PYTHON
    for f in "$TMP"/e*.py; do
        run "$BIN/pytok" "$f" -o "$TMP/out.tok"
        assert_failure 1
        [ ! -s "$TMP/out.tok" ]
        got=$(printf '%s\n' "${lines[0]}" | sed "s|^$f:||")
        assert_equal "$(basename "$f"): $got" "$(basename "$f"): $(cat "$f.want")"
    done
}

@test "an error is FILE:LINE:COL: KIND: message, the source line and a caret" {
    printf 'x = (1,\n     2]\n' >"$TMP/e.py"
    run "$BIN/pytok" "$TMP/e.py"
    assert_failure 1
    assert_line --index 0 "$TMP/e.py:2:7: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1"
    assert_line --index 1 "    2]"
    assert_line --index 2 "     ^"
}

@test "NUL bytes and bad UTF-8 are refused as python3 refuses them" {
    printf 'x = 1\0\n' >"$TMP/nul.py"
    run "$BIN/pytok" "$TMP/nul.py"
    assert_failure 1
    assert_line --index 0 --partial "SyntaxError: source code cannot contain null bytes"
    printf 'x = 1\n# \xff\ny = 2\n' >"$TMP/bad.py"
    run "$BIN/pytok" "$TMP/bad.py"
    assert_failure 1
    assert_output --partial "SyntaxError: Non-UTF-8 code starting with '\\xff' in file $TMP/bad.py on line 2, but no encoding declared"
    run "$BIN/pytok" --text "$TMP/bad.py"
    assert_failure 1
    assert_output --partial "UnicodeDecodeError"
}

# ---- source encodings ------------------------------------------------------------

@test "coding declarations decode as python3 decodes, and ENCODING is tokenize's spelling" {
    run python3 - "$TMP" "$BIN/pytok" <<'PYTHON'
import io, json, subprocess, sys, tokenize
tmp, pytok = sys.argv[1:]
bad = 0
names = ['utf-8', 'UTF8', 'utf_8', 'latin-1', 'Latin_1', 'latin1', 'iso-8859-1', 'iso8859_15', 'l9',
         'cp1252', 'windows-1252', 'koi8-r', 'KOI8_U', 'cp437', 'ascii', 'us-ascii', 'cp1251', 'iso-8859-5']
for name in names:
    data = ('# -*- coding: %s -*-\ns = "' % name).encode() + bytes(range(0x20, 0x7f)) + b'"\n'
    for b in range(0x80, 0x100):
        line = b'# ' + bytes([b]) + b'\n'
        try:
            line.decode(name)
            data += line
        except UnicodeDecodeError:
            pass
    path = tmp + '/enc.py'
    open(path, 'wb').write(data)
    want_enc = next(tokenize.tokenize(io.BytesIO(data).readline)).string
    r = subprocess.run([pytok, path, '--json'], capture_output=True)
    art = json.loads(r.stdout)
    if art['source'] != data.decode(name) or art['tokens'][0][1] != want_enc:
        bad += 1
        print(name, art['tokens'][0][1], want_enc)
print('differ:', bad)
PYTHON
    assert_output "differ: 0"
}

@test "an unknown encoding is a SyntaxError, as in python3" {
    printf '# coding: klingon\nx = 1\n' >"$TMP/k.py"
    run "$BIN/pytok" "$TMP/k.py"
    assert_failure 1
    assert_output --partial "SyntaxError: unknown encoding: klingon"
    printf '# coding: shift_jis\nx = 1\n' >"$TMP/s.py"
    run "$BIN/pytok" "$TMP/s.py"
    assert_failure 1
    assert_output --partial "pytok does not read it"
}

# ---- input that must not crash or hang ------------------------------------------

@test "10 000 nested brackets: CPython's limit in the token file, tokens in the text view" {
    python3 -c 'print("(" * 10000 + ")" * 10000)' >"$TMP/deep.py"
    run timeout 20 "$BIN/pytok" "$TMP/deep.py" -o /dev/null
    assert_failure 1
    assert_output --partial "too many nested parentheses"
    run timeout 20 "$BIN/pytok" --text "$TMP/deep.py"
    assert_success
    assert_equal "${#lines[@]}" 20003     # ENCODING, 20000 brackets, NEWLINE, ENDMARKER
}

@test "a 100 MB line: one string, one comment, one name" {
    python3 -c 'import sys; sys.stdout.write("x = \"" + "a" * 100_000_000 + "\"\n")' >"$TMP/big.py"
    run bash -c "timeout 60 '$BIN/pytok' '$TMP/big.py' | wc -c"
    assert_success
    [ "$output" -gt 200000000 ]         # the source, and the string token
    python3 -c 'import sys; sys.stdout.write("#" + "a" * 100_000_000)' >"$TMP/big.py"
    run timeout 60 "$BIN/pytok" "$TMP/big.py" -o /dev/null
    assert_success
    python3 -c 'import sys; sys.stdout.write("a" * 100_000_000 + "\n")' >"$TMP/big.py"
    run bash -c "timeout 60 '$BIN/pytok' --text '$TMP/big.py' | wc -l"
    assert_success
    assert_output 4                     # ENCODING, NAME, NEWLINE, ENDMARKER
}

@test "a 100 MB line that never closes its string or its bracket" {
    python3 -c 'import sys; sys.stdout.write("x = \"\"\"" + "a" * 100_000_000)' >"$TMP/big.py"
    run timeout 60 "$BIN/pytok" "$TMP/big.py" -o /dev/null
    assert_failure 1
    assert_output --partial "unterminated triple-quoted string literal (detected at line 1)"
    python3 -c 'import sys; sys.stdout.write("x = (" + "a" * 100_000_000)' >"$TMP/big.py"
    run timeout 60 "$BIN/pytok" "$TMP/big.py" -o /dev/null
    assert_failure 1
    assert_output --partial "'(' was never closed"
}

@test "unterminated strings at the end of the text" {
    for text in 'x = "abc' "x = '''abc" 'x = "abc\' 'f"{x' 'x = rb"'; do
        printf '%s' "$text" >"$TMP/u.py"
        run timeout 20 "$BIN/pytok" "$TMP/u.py" -o /dev/null
        assert_failure 1
        assert_output --partial "SyntaxError: "
        run bash -c "python3 tests/ref/tokdump.py '$TMP/u.py' 2>/dev/null; echo status \$?"
        want=$output
        run bash -c "timeout 20 '$BIN/pytok' --text '$TMP/u.py' 2>/dev/null; echo status \$?"
        assert_equal "$output" "$want"
    done
}

@test "random bytes and random text: an answer, never a crash" {
    for seed in 1 2 3 4 5; do
        python3 -c '
import random, sys
r = random.Random(int(sys.argv[2]))
pieces = ["(", ")", "\"", "'"'"'", "\"\"\"", "\\", "\n", "\r", " ", "\t", "f\"{", "}", "#", "1e", "0x", "é", "€", "\0", "!"]
open(sys.argv[1], "w").write("".join(r.choice(pieces) for _ in range(20000)))' "$TMP/r.py" $seed
        for view in "" --text; do
            run timeout 20 "$BIN/pytok" $view "$TMP/r.py" -o /dev/null
            [ "$status" -eq 0 ] || [ "$status" -eq 1 ]
        done
        head -c 20000 /dev/urandom >"$TMP/r.py"
        run timeout 20 "$BIN/pytok" "$TMP/r.py" -o /dev/null
        assert_failure 1
    done
}
