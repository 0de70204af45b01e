#!/usr/bin/env bats
# pycomp.bats - the compiler as a user runs it: the bytecode of the talks'
# examples, every compile-time error against python3's, constant folding and
# annotation text against python3's, the code check, the reference page.
#
# pycomp is fed CPython's own AST (tools/pyast.py), so that these tests judge
# the compiler alone, whatever the state of pytok and pyparse.

load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
    BIN=${PYEDU_BIN:-bin}
    TMP=$(mktemp -d)
}

teardown() {
    rm -rf "$TMP"
}

# compile FILE [PYCOMP ARGS...]: pycomp on CPython's AST of FILE.  The
# pinned disassemblies in tests/pycomp/talks are of examples/week.py,
# examples/fib.py and the files beside them.
compile() {
    local file=$1
    shift
    python3 tools/pyast.py "$file" -o "$TMP/ast.json" || return 99
    "$BIN/pycomp" "$@" "$TMP/ast.json"
}

# The first line python3 reports for FILE's compile error, in our format.
python_error() {
    python3 - "$1" <<'PYTHON'
import sys
path = sys.argv[1]
try:
    compile(open(path, 'rb').read(), path, 'exec')
except SyntaxError as e:
    print('%s:%d:%d: SyntaxError: %s' % (e.filename, e.lineno, e.offset, e.msg))
except RecursionError as e:
    print('RecursionError: %s' % e)
PYTHON
}

# ---- the command line and the reference page ----------------------------------

@test "pycomp --help describes the options" {
    run "$BIN/pycomp" --help
    assert_success
    assert_output --partial "--dis"
    assert_output --partial "--check"
}

@test "pycomp refuses an unknown option with status 2" {
    run "$BIN/pycomp" --no-such-option
    assert_failure 2
}

@test "the instruction table of docs/bytecode.md is generated from opcodes.def and current" {
    run "$BIN/pycomp" --opcodes-markdown
    assert_success
    diff <(echo "$output") <(sed -n '/BEGIN GENERATED/,/END GENERATED/p' docs/bytecode.md | sed '1d;$d')
}

@test "every opcode of the table is documented in docs/bytecode.md beyond its table row" {
    for name in $(grep -o '^OPCODE([A-Z_]*' common/schema/opcodes.def | cut -c8-); do
        count=$(grep -c "\`$name\b" docs/bytecode.md)
        [ "$count" -ge 2 ] || { echo "$name is only in the table"; return 1; }
    done
}

# ---- the talks' examples: the bytecode, pinned ---------------------------------------

@test "seconds in a week: the slow function stores and loads a local" {
    run compile examples/week.py --dis
    assert_success
    diff <(echo "$output") tests/pycomp/talks/week.dis
    slow=$(echo "$output" | sed -n '/^Disassembly of <code object seconds_per_week_slow/,/^Disassembly of <code object seconds_per_week_fast/p')
    echo "$slow" | grep -q "STORE_FAST               0 (seconds_per_day)"
    echo "$slow" | grep -q "LOAD_FAST                0 (seconds_per_day)"
    echo "$slow" | grep -q "BINARY_MULTIPLY"
}

@test "seconds in a week: the fast function is a single LOAD_CONST of the folded product" {
    run compile examples/week.py --dis
    assert_success
    fast=$(echo "$output" | sed -n '/^Disassembly of <code object seconds_per_week_fast/,$p' | grep -v Disassembly)
    [ "$(echo "$fast" | wc -l)" = 2 ]
    echo "$fast" | grep -q "LOAD_CONST               1 ($(python3 -c 'print(7 * 86400)'))"
    echo "$fast" | grep -q "RETURN_VALUE"
}

@test "the iterative Fibonacci: a while loop tested at both ends, ROT_TWO for the swap" {
    run compile examples/fib.py --dis
    assert_success
    diff <(echo "$output") tests/pycomp/talks/fib.dis
    assert_output --partial "ROT_TWO"
    refute_output --partial "BUILD_TUPLE"
}

@test "{} is BUILD_MAP, dict() a global lookup and a call" {
    run compile tests/pycomp/talks/dict_literal.py --dis
    assert_success
    diff <(echo "$output") tests/pycomp/talks/dict_literal.dis
}

@test "square numbers: while, for over range, and a list comprehension" {
    run compile tests/pycomp/talks/squares.py --dis
    assert_success
    diff <(echo "$output") tests/pycomp/talks/squares.dis
    comprehension=$(echo "$output" | sed -n '/^Disassembly of <code object <listcomp>/,$p')
    echo "$comprehension" | grep -q "LIST_APPEND              2"
    ! echo "$comprehension" | grep -q "LOAD_METHOD"
}

@test "pycomp FILE.py runs pytok and pyparse itself and gives the same code" {
    compile examples/fib.py --json -o "$TMP/via_pyast.json"
    run "$BIN/pycomp" --json examples/fib.py
    assert_success
    # the same code, except for the file name pyast.py gave the envelope
    diff <(sed "s|$TMP/ast.json|examples/fib.py|" "$TMP/via_pyast.json" | grep -v '"filename"') \
         <(echo "$output" | grep -v '"filename"')
}

# ---- compile-time errors, against python3 ---------------------------------------------

@test "every compile-time error of tests/pycomp/errors is python3's, at python3's position" {
    failures=0
    for f in tests/pycomp/errors/*.py; do
        want=$(python_error "$f")
        [ -n "$want" ] || { echo "python3 compiles $f"; failures=$((failures + 1)); continue; }
        got=$(compile "$f" -o /dev/null 2>&1 >/dev/null | head -n 1)
        status=$(compile "$f" -o /dev/null >/dev/null 2>&1; echo $?)
        if [ "$got" != "$want" ] || [ "$status" != 1 ]; then
            echo "$f (status $status)"
            echo "  python3: $want"
            echo "  pycomp:  $got"
            failures=$((failures + 1))
        fi
    done
    [ "$failures" = 0 ]
}

@test "an error shows the source line and carets under the statement at fault, as python3" {
    run compile tests/pycomp/errors/return_outside_function.py -o /dev/null
    assert_failure 1
    assert_line --index 1 "    return x"
    assert_line --index 2 "    ^^^^^^^^"
}

@test "nesting deeper than CPython's compiler accepts is its RecursionError" {
    # an artifact written directly: CPython's ast module cannot even build it
    python3 - "$TMP/deep.json" <<'PYTHON'
import sys
one = '["Constant", 1, null, 1, 0, 1, 1]'
expr = '["BinOp", ' * 3000 + one + (', ["Add"], %s, 1, 0, 1, 1]' % one) * 3000
with open(sys.argv[1], 'w') as f:
    f.write('{"kind": "ast", "version": [1, 0], "filename": "deep.py", "source": null, '
            '"ast": ["Module", [["Expr", %s, 1, 0, 1, 1]], []]}' % expr)
PYTHON
    want=$(python3 -c "
try:
    compile('1' + '+1' * 3000, 'deep.py', 'exec')
except RecursionError as e:
    print('RecursionError: %s' % e)")
    run "$BIN/pycomp" -o /dev/null "$TMP/deep.json"
    assert_failure 1
    assert_output --partial "$want"
}

@test "SyntaxWarnings (x is 1, assert (x, y), a missing comma) are python3's, in its form" {
    want=$(python3 -c "
import sys
f = sys.argv[1]
compile(open(f).read(), f, 'exec')" tests/pycomp/warnings.py 2>&1)
    [ -n "$want" ]
    run compile tests/pycomp/warnings.py -o /dev/null
    assert_success
    assert_output "$want"
}

# ---- optimizations and annotations, against python3 -------------------------------------

@test "constant folding computes what python3 computes, within CPython's limits" {
    run python3 tests/pycomp/fold_check.py "$BIN/pycomp"
    assert_success
    assert_output ""
}

@test "annotations under 'from __future__ import annotations' are python3's text" {
    run python3 tests/pycomp/annotations_check.py "$BIN/pycomp"
    assert_success
    assert_output ""
}

@test "no code after return, raise, break and continue; 'if 0:' bodies vanish" {
    cat >"$TMP/dead.py" <<'EOF'
def f(x):
    while x:
        if 0:
            print("never")
        break
        print("after break")
    return 1
    print("after return")
EOF
    run compile "$TMP/dead.py" --dis
    assert_success
    refute_output --partial "never"
    refute_output --partial "after break"
    refute_output --partial "after return"
    refute_output --partial "LOAD_GLOBAL              0 (print)"
}

@test "'%s' % (x,) is compiled as an f-string, '%d' % (x,) is not" {
    printf 'a = "%%s is %%-3r" %% (x, y)\nb = "%%d" %% (x,)\nc = "%%s %%s" %% (x,)\n' >"$TMP/percent.py"
    run compile "$TMP/percent.py" --dis
    assert_success
    [ "$(echo "$output" | grep -c BINARY_MODULO)" = 2 ]
    assert_line --partial "FORMAT_VALUE             1 (str)"
    assert_line --partial "FORMAT_VALUE             6 (repr, with format)"
    assert_line --partial "LOAD_CONST               1 ('3')"
}

@test "jumps to jumps are threaded" {
    cat >"$TMP/jumps.py" <<'EOF'
def f(a, b):
    for x in a:
        if b:
            continue
        else:
            pass
EOF
    run compile "$TMP/jumps.py" --dis
    assert_success
    # every jump goes straight to the loop's FOR_ITER, none to another jump
    python3 - "$output" <<'PYTHON'
import re, sys
lines = sys.argv[1].splitlines()
at = {}
for line in lines:
    m = re.match(r'\s*(?:\d+)?\s+(?:>>)?\s*(\d+) (\w+)', line)
    if m:
        at[int(m.group(1))] = m.group(2)
for line in lines:
    m = re.search(r'(JUMP\w*|POP_JUMP\w*)\s+\d+ \(to (\d+)\)', line)
    if m and at[int(m.group(2))] in ('JUMP_FORWARD', 'JUMP_ABSOLUTE'):
        sys.exit('a jump to a jump: ' + line)
PYTHON
}

# ---- the code file and its check -----------------------------------------------------

@test "the code file of formats.md §6 is what pycomp writes" {
    printf 'x = 7 * 86400\nprint(x)\n' >"$TMP/week.py"
    (cd "$TMP" && python3 "$OLDPWD/tools/pyast.py" week.py -o week.ast.json)
    run "$BIN/pycomp" --json "$TMP/week.ast.json"
    assert_success
    python3 - "$output" docs/formats.md <<'PYTHON'
import json, re, sys
ours = json.loads(sys.argv[1])
doc = open(sys.argv[2]).read()
example = re.search(r'`pycomp --json week.py`.*?```json\n(.*?)```', doc, re.S).group(1)
if json.loads(example) != ours:
    sys.exit('formats.md §6 shows:\n%s\npycomp writes:\n%s' % (example, sys.argv[1]))
PYTHON
}

@test "every code object of the examples and of the construct tour passes the code check" {
    for f in examples/*.py tests/pycomp/constructs.py; do
        compile "$f" --check -o /dev/null || { echo "$f"; return 1; }
    done
}

@test "the 150 files of the CI sample compile, and pass the code check, exactly when python3 compiles them" {
    sh tests/ref/corpus.sh --sample >"$TMP/sample"
    run tests/tools/difftap.sh "pycomp --check" "$BIN/pycomp --check -o /dev/null" "$TMP/sample" tests/tools/compile_ref.py
    refute_output --partial "not ok"
    assert_output --partial "1..150"
}

@test "co_flags, co_varnames, co_cellvars, co_freevars and co_qualname are CPython's" {
    run python3 tests/pycomp/code_fields_check.py "$BIN/pycomp" tests/pycomp/constructs.py
    assert_success
    assert_output ""
}

@test "trees no parser should make are refused with python3's message and status 2" {
    run python3 tests/pycomp/invalid_ast_check.py "$BIN/pycomp"
    assert_success
    assert_output ""
}

@test "every code object has instructions on exactly the lines CPython's has" {
    files=$(sh tests/ref/corpus.sh --sample | head -n 12)
    run python3 tests/pycomp/lines_check.py "$BIN/pycomp" tests/pycomp/constructs.py examples/*.py $files
    assert_success
    assert_output ""
}

@test "a malformed AST artifact is refused in one line with status 2" {
    echo '{"kind": "ast", "version": [1, 0], "filename": "x.py", "source": "", "ast": ["Module", [["Bogus"]], []]}' >"$TMP/bad.json"
    run "$BIN/pycomp" "$TMP/bad.json"
    assert_failure 2
    [ "${#lines[@]}" = 1 ]
}
