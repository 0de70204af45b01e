#!/usr/bin/env bats
# pyparse.bats - the parser as a user runs it: its command line and outputs,
# every kind of syntax error it reports against python3's message, programs
# with every construct against CPython's ast.dump, and bad input of every
# kind (broken token files, absurd nesting) ending in a clean error.
#
# The differential tests on the standard library are in tests/run's corpus
# suite (tests/tools/corpus-sample.sh) and `make corpus`.

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

# check_error NAME: pyparse rejects tests/pyparse/NAME.py with exit status 1
# and the message python3 gave (NAME.expected, from update-expected.sh).
check_error() {
    local file=tests/pyparse/$1.py
    run "$BIN/pyparse" "$file" -o "$TMP/out"
    assert_failure 1
    assert_equal "${lines[0]}" "$(cat "tests/pyparse/$1.expected")"
    [ ! -s "$TMP/out" ]
}

# same_as_cpython FILE [--attributes]: pyparse --text prints what astdump.py does.
same_as_cpython() {
    local file=$1
    shift
    python3 tests/ref/astdump.py "$@" "$file" >"$TMP/want"
    run "$BIN/pyparse" --text "$@" "$file"
    assert_success
    diff "$TMP/want" <(printf '%s\n' "$output")
}

# tokens_json PYTHON-EXPR: a token artifact whose "tokens" are the value of
# the Python expression (a list), written to $TMP/tokens.json.
tokens_json() {
    python3 - "$TMP/tokens.json" "$1" <<'PYTHON'
import json, sys
tokens = eval(sys.argv[2])
with open(sys.argv[1], 'w') as f:
    json.dump({'kind': 'tokens', 'version': [1, 0], 'filename': 'gen.py', 'source': None,
               'tokens': tokens}, f)
PYTHON
}

# ---- the command line ---------------------------------------------------------

@test "pyparse --help describes the options" {
    run "$BIN/pyparse" --help
    assert_success
    assert_output --partial "--text"
    assert_output --partial "--attributes"
    assert_output --partial "--dot"
    assert_output --partial "--json"
}

@test "pyparse --version names the tool" {
    run "$BIN/pyparse" --version
    assert_success
    assert_output --partial "pyparse"
}

@test "pyparse refuses an unknown option with status 2" {
    run "$BIN/pyparse" --no-such-option
    assert_failure 2
    assert_output --partial "no-such-option"
}

@test "pyparse reports a missing file in one line, status 2" {
    run "$BIN/pyparse" "$TMP/nonexistent.tok"
    assert_failure 2
    assert_equal "${#lines[@]}" 1
}

@test "pyparse writes an AST artifact that decodes to CPython's tree" {
    "$BIN/pytok" examples/fib.py -o "$TMP/fib.tok"
    run "$BIN/pyparse" "$TMP/fib.tok" -o "$TMP/fib.ast"
    assert_success
    assert_output ""
    # MessagePack: a map
    [ "$(head -c1 "$TMP/fib.ast" | od -An -tx1 | tr -d ' ')" = 85 ]
    run "$TOOLS/astcheck" "$TMP/fib.ast"
    assert_success
    diff <(python3 tests/ref/astdump.py examples/fib.py) <(printf '%s\n' "$output")
}

@test "pyparse reads tokens on standard input" {
    "$BIN/pytok" examples/fib.py | "$BIN/pyparse" --text >"$TMP/out"
    diff <(python3 tests/ref/astdump.py examples/fib.py) "$TMP/out"
}

@test "pyparse --json writes the JSON form of the artifact" {
    run "$BIN/pyparse" --json examples/fib.py
    assert_success
    printf '%s\n' "$output" | python3 -c '
import json, sys
a = json.load(sys.stdin)
assert a["kind"] == "ast" and a["version"] == [1, 0], a
assert a["filename"] == "examples/fib.py"
assert a["source"] == open("examples/fib.py").read()
assert a["ast"][0] == "Module" and a["ast"][2] == []
'
}

@test "pyparse --dot draws the tree for Graphviz" {
    printf 'x = 7 * 86400\n' >"$TMP/week.py"
    run "$BIN/pyparse" --dot "$TMP/week.py"
    assert_success
    assert_line --index 0 "digraph AST {"
    assert_output --partial 'label="Module"'
    assert_output --partial 'label="BinOp\nop=Mult\n1:4-1:13"'
    assert_output --partial 'label="Constant\nvalue=86400\n1:8-1:13"'
    assert_output --partial '[label="targets[0]"]'
    # a tree: one edge into every node but the root
    nodes=$(printf '%s\n' "$output" | grep -c '^  n[0-9]* \[label')
    edges=$(printf '%s\n' "$output" | grep -c ' -> ')
    [ "$edges" = $((nodes - 1)) ]
}

@test "pyparse --text --attributes shows positions in UTF-8 bytes" {
    printf 'é = "é"\n' >"$TMP/utf8.py"
    same_as_cpython "$TMP/utf8.py" --attributes
}

@test "pyparse refuses an artifact of the wrong kind in one line" {
    "$BIN/pytok" examples/fib.py | "$BIN/pyparse" -o "$TMP/fib.ast"
    run "$BIN/pyparse" "$TMP/fib.ast"
    assert_failure 2
    assert_equal "${#lines[@]}" 1
    assert_output --partial "ast artifact, not a tokens artifact"
}

@test "pyparse refuses a truncated token file in one line" {
    "$BIN/pytok" examples/fib.py -o "$TMP/fib.tok"
    head -c 300 "$TMP/fib.tok" >"$TMP/cut.tok"
    run "$BIN/pyparse" "$TMP/cut.tok"
    assert_failure 2
    assert_equal "${#lines[@]}" 1
}

@test "pyparse refuses a token list without ENDMARKER" {
    tokens_json '[[1, "x", 1, 0, 1, 1], [4, "\n", 1, 1, 1, 2]]'
    run "$BIN/pyparse" "$TMP/tokens.json"
    assert_failure 2
    assert_output --partial "malformed tokens artifact"
    assert_output --partial "ENDMARKER"
}

@test "pyparse refuses malformed tokens: a bad type, a short array, pieces that are no list" {
    tokens_json '[[99, "x", 1, 0, 1, 1], [0, "", 2, 0, 2, 0]]'
    run "$BIN/pyparse" "$TMP/tokens.json"
    assert_failure 2
    assert_output --partial "token type"
    tokens_json '[[1, "x", 1], [0, "", 2, 0, 2, 0]]'
    run "$BIN/pyparse" "$TMP/tokens.json"
    assert_failure 2
    tokens_json '[[3, "f\"{x}\"", 1, 0, 1, 6, 5], [4, "", 1, 6, 1, 7], [0, "", 2, 0, 2, 0]]'
    run "$BIN/pyparse" "$TMP/tokens.json"
    assert_failure 2
    assert_output --partial "pieces"
}

@test "pyparse refuses an f-string token without its pieces" {
    tokens_json '[[3, "f\"{x}\"", 1, 0, 1, 6], [4, "", 1, 6, 1, 7], [0, "", 2, 0, 2, 0]]'
    run "$BIN/pyparse" "$TMP/tokens.json"
    assert_failure 2
    assert_output --partial "no pieces"
}

@test "pyparse accepts operators given as generic OP tokens" {
    tokens_json '[[1, "x", 1, 0, 1, 1], [54, "=", 1, 2, 1, 3], [2, "1", 1, 4, 1, 5], [54, "+", 1, 6, 1, 7], [2, "2", 1, 8, 1, 9], [4, "", 1, 9, 1, 10], [0, "", 2, 0, 2, 0]]'
    run "$BIN/pyparse" --text "$TMP/tokens.json"
    assert_success
    assert_output --partial "op=Add()"
}

# ---- absurd input ends in a clean error, never a crash ------------------------------

@test "100 000 nested parentheses: pytok's error, and a token file of them parses" {
    python3 -c 'print("x = " + "(" * 100000 + "1" + ")" * 100000)' >"$TMP/deep.py"
    run "$BIN/pyparse" "$TMP/deep.py"
    assert_failure 1
    assert_output --partial "too many nested parentheses"
    # the same tokens from a tokenizer with no limit: the tree is just x = 1
    tokens_json '[[1, "x", 1, 0, 1, 1], [22, "=", 1, 2, 1, 3]] + [[7, "(", 1, 4 + i, 1, 5 + i] for i in range(100000)] + [[2, "1", 1, 100004, 1, 100005]] + [[8, ")", 1, 100005 + i, 1, 100006 + i] for i in range(100000)] + [[4, "", 1, 200005, 1, 200006], [0, "", 2, 0, 2, 0]]'
    run "$BIN/pyparse" --text "$TMP/tokens.json"
    assert_success
    assert_output --partial "value=Constant(value=1)"
}

@test "100 000 nested brackets are refused as too deep" {
    tokens_json '[[1, "x", 1, 0, 1, 1], [22, "=", 1, 2, 1, 3]] + [[9, "[", 1, 4 + i, 1, 5 + i] for i in range(100000)] + [[10, "]", 1, 100004 + i, 1, 100005 + i] for i in range(100000)] + [[4, "", 1, 200004, 1, 200005], [0, "", 2, 0, 2, 0]]'
    run "$BIN/pyparse" "$TMP/tokens.json"
    assert_failure 1
    assert_output --partial "RecursionError: maximum recursion depth exceeded"
}

@test "a 50 000-term expression is refused as CPython refuses it" {
    python3 -c 'print("x = " + " + ".join(["1"] * 50000))' >"$TMP/long.py"
    run "$BIN/pyparse" "$TMP/long.py"
    assert_failure 1
    assert_line --index 0 "$TMP/long.py:0:0: RecursionError: maximum recursion depth exceeded during ast construction"
}

@test "the depth limit is CPython's: 2985 nested 'not' parse, 2986 do not" {
    for n in 2985 2986; do
        python3 -c "print('x = ' + 'not ' * $n + 'y')" >"$TMP/not$n.py"
        # CPython, called as astdump.py calls it (from a function)
        python3 - "$TMP/not$n.py" <<'PYTHON' >"$TMP/cpython$n"
import ast, sys
def main(path):
    try:
        ast.parse(open(path, 'rb').read())
        print('ok')
    except RecursionError:
        print('too deep')
main(sys.argv[1])
PYTHON
    done
    [ "$(cat "$TMP/cpython2985")" = ok ] && [ "$(cat "$TMP/cpython2986")" = "too deep" ]
    run "$BIN/pyparse" "$TMP/not2985.py" -o /dev/null
    assert_success
    run "$BIN/pyparse" "$TMP/not2986.py" -o /dev/null
    assert_failure 1
    assert_output --partial "RecursionError"
}

@test "a 2 000-term expression gives CPython's tree" {
    python3 -c 'print("x = " + " + ".join(["a"] * 2000))' >"$TMP/ok.py"
    # ast.dump itself recurses: give it room
    python3 -c 'import ast, sys; sys.setrecursionlimit(50000); print(ast.dump(ast.parse(open(sys.argv[1]).read()), indent=2))' "$TMP/ok.py" >"$TMP/want"
    run "$BIN/pyparse" --text "$TMP/ok.py"
    assert_success
    diff "$TMP/want" <(printf '%s\n' "$output")
}

@test "300 000 unary minus signs end in a clean error" {
    python3 -c 'print("x = " + "-" * 300000 + "1")' >"$TMP/minus.py"
    run "$BIN/pyparse" "$TMP/minus.py"
    assert_failure 1
    assert_output --partial "RecursionError"
}

# ---- programs with every construct, against CPython ------------------------------

@test "statements: the same tree as CPython" {
    same_as_cpython tests/pyparse/valid/statements.py
    same_as_cpython tests/pyparse/valid/statements.py --attributes
}

@test "expressions, literals and f-strings: the same tree as CPython" {
    same_as_cpython tests/pyparse/valid/expressions.py
    same_as_cpython tests/pyparse/valid/expressions.py --attributes
}

@test "match patterns: the same tree as CPython" {
    same_as_cpython tests/pyparse/valid/patterns.py
    same_as_cpython tests/pyparse/valid/patterns.py --attributes
}

@test "\\N{...} names, aliases and computed names: the same characters as CPython" {
    same_as_cpython tests/pyparse/valid/names.py
}

@test "every character name of Unicode 14 in \\N{...}, in capitals and in small letters, as python3" {
    python3 - "$TMP/names.py" <<'PYTHON'
import sys, unicodedata
names = [n for n in (unicodedata.name(chr(c), None) for c in range(0x110000)) if n]
listed = [n for n in names if not n.startswith(('HANGUL SYLLABLE ', 'CJK UNIFIED IDEOGRAPH-'))]
with open(sys.argv[1], 'w') as f:
    for group in (names, [n.lower() for n in listed]):
        for i in range(0, len(group), 64):
            f.write('x = "' + ''.join('\\N{%s}' % n for n in group[i:i + 64]) + '"\n')
PYTHON
    same_as_cpython "$TMP/names.py"
}

# ---- syntax errors, each against python3's message ---------------------------------

@test "the expected messages are still what python3 says" {
    for f in tests/pyparse/*.py; do
        python3 tests/ref/astdump.py "$f" 2>"$TMP/msg" >/dev/null || true
        diff "${f%.py}.expected" "$TMP/msg"
    done
}

@test "error: after_kwargs" { check_error after_kwargs; }
@test "error: annotate_expression" { check_error annotate_expression; }
@test "error: annotate_list" { check_error annotate_list; }
@test "error: annotate_tuple" { check_error annotate_tuple; }
@test "error: assign_in_tuple" { check_error assign_in_tuple; }
@test "error: assign_operator_here" { check_error assign_operator_here; }
@test "error: assign_to_call" { check_error assign_to_call; }
@test "error: assign_to_keyword_constant" { check_error assign_to_keyword_constant; }
@test "error: assign_to_literal_in_chain" { check_error assign_to_literal_in_chain; }
@test "error: assign_to_yield" { check_error assign_to_yield; }
@test "error: augassign_tuple" { check_error augassign_tuple; }
@test "error: bare_star" { check_error bare_star; }
@test "error: bare_star_lambda" { check_error bare_star_lambda; }
@test "error: bytes_bad_x_escape" { check_error bytes_bad_x_escape; }
@test "error: bytes_non_ascii" { check_error bytes_non_ascii; }
@test "error: complex_pattern_imaginary" { check_error complex_pattern_imaginary; }
@test "error: complex_pattern_real" { check_error complex_pattern_real; }
@test "error: comprehension_target" { check_error comprehension_target; }
@test "error: def_without_colon" { check_error def_without_colon; }
@test "error: def_without_parentheses" { check_error def_without_parentheses; }
@test "error: default_missing" { check_error default_missing; }
@test "error: default_before_plain" { check_error default_before_plain; }
@test "error: delete_call" { check_error delete_call; }
@test "error: delete_starred" { check_error delete_starred; }
@test "error: dict_key_without_colon" { check_error dict_key_without_colon; }
@test "error: dict_unpacking_comprehension" { check_error dict_unpacking_comprehension; }
@test "error: dict_value_missing" { check_error dict_value_missing; }
@test "error: equal_in_condition" { check_error equal_in_condition; }
@test "error: except_and_except_star" { check_error except_and_except_star; }
@test "error: except_two_types" { check_error except_two_types; }
@test "error: for_target_literal" { check_error for_target_literal; }
@test "error: forgot_comma" { check_error forgot_comma; }
@test "error: forgot_comma_call" { check_error forgot_comma_call; }
@test "error: fstring_starred" { check_error fstring_starred; }
@test "error: generator_not_alone" { check_error generator_not_alone; }
@test "error: if_without_else" { check_error if_without_else; }
@test "error: import_trailing_comma" { check_error import_trailing_comma; }
@test "error: invalid_syntax" { check_error invalid_syntax; }
@test "error: iterable_unpacking_comprehension" { check_error iterable_unpacking_comprehension; }
@test "error: keyword_is_constant" { check_error keyword_is_constant; }
@test "error: keyword_is_expression" { check_error keyword_is_expression; }
@test "error: keyword_is_literal" { check_error keyword_is_literal; }
@test "error: kwarg_default" { check_error kwarg_default; }
@test "error: lambda_default_before_plain" { check_error lambda_default_before_plain; }
@test "error: missing_colon" { check_error missing_colon; }
@test "error: missing_colon_class" { check_error missing_colon_class; }
@test "error: mix_bytes_str" { check_error mix_bytes_str; }
@test "error: name_lowercase_hangul" { check_error name_lowercase_hangul; }
@test "error: name_lowercase_hex" { check_error name_lowercase_hex; }
@test "error: no_indented_block_async_for" { check_error no_indented_block_async_for; }
@test "error: no_indented_block_def" { check_error no_indented_block_def; }
@test "error: no_indented_block_except_star" { check_error no_indented_block_except_star; }
@test "error: no_indented_block_if" { check_error no_indented_block_if; }
@test "error: params_missing_comma" { check_error params_missing_comma; }
@test "error: positional_after_keyword" { check_error positional_after_keyword; }
@test "error: positional_after_unpacking" { check_error positional_after_unpacking; }
@test "error: positional_pattern_after_keyword" { check_error positional_pattern_after_keyword; }
@test "error: print_statement" { check_error print_statement; }
@test "error: slash_after_star" { check_error slash_after_star; }
@test "error: slash_first" { check_error slash_first; }
@test "error: slash_twice" { check_error slash_twice; }
@test "error: star_twice" { check_error star_twice; }
@test "error: starred_dict_value" { check_error starred_dict_value; }
@test "error: starred_group" { check_error starred_group; }
@test "error: too_deep" { check_error too_deep; }
@test "error: truncated_x_escape" { check_error truncated_x_escape; }
@test "error: try_alone" { check_error try_alone; }
@test "error: try_without_colon" { check_error try_without_colon; }
@test "error: unexpected_indent" { check_error unexpected_indent; }
@test "error: unknown_character_name" { check_error unknown_character_name; }
@test "error: unpacking_after_unpacking" { check_error unpacking_after_unpacking; }
@test "error: vararg_default" { check_error vararg_default; }
@test "error: walrus_statement" { check_error walrus_statement; }
@test "error: wildcard_as_target" { check_error wildcard_as_target; }
@test "error: with_target" { check_error with_target; }

@test "every invalid program in tests/pyparse has its test here" {
    for f in tests/pyparse/*.py; do
        name=$(basename "$f" .py)
        grep -q "check_error $name;" tests/bats/pyparse.bats || { echo "no test for $name"; false; }
    done
}
