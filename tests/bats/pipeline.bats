#!/usr/bin/env bats
# pipeline.bats - the four tools together, as a user runs them: the pipeline,
# pyrun's own running of the earlier stages and its cache, stages swapped
# through the environment, and artifacts written by hand.

load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
    BIN=${PYEDU_BIN:-bin}
    TMP=$(mktemp -d)
}

teardown() {
    rm -rf "$TMP"
}

@test "pytok | pyparse | pycomp | pyrun prints what python3 prints, for each example" {
    for f in examples/*.py; do
        want=$(python3 "$f")
        run bash -c "'$BIN/pytok' '$f' | '$BIN/pyparse' | '$BIN/pycomp' | '$BIN/pyrun'"
        assert_success
        assert_output "$want"
    done
}

@test "pyrun FILE.py runs the earlier stages itself" {
    cp examples/fib.py "$TMP/fib.py"
    run "$BIN/pyrun" "$TMP/fib.py"
    assert_success
    assert_output "$(python3 examples/fib.py)"
}

@test "JSON artifacts flow through the pipeline as MessagePack ones do" {
    run bash -c "'$BIN/pytok' --json examples/week.py | '$BIN/pyparse' --json | '$BIN/pycomp' --json | '$BIN/pyrun'"
    assert_success
    assert_output "$(python3 examples/week.py)"
}

@test "an uncaught exception prints CPython's traceback and exits 1" {
    printf 'def f(x):\n    return 1 / x\n\nprint("before")\nf(0)\n' >"$TMP/div.py"
    cd "$TMP"
    python3 div.py >want.out 2>want.err || true
    run "$OLDPWD/$BIN/pyrun" div.py
    assert_failure 1
    "$OLDPWD/$BIN/pyrun" div.py >got.out 2>got.err || true
    run diff want.err got.err
    assert_success
    run diff want.out got.out
    assert_success
}

@test "pycomp --dis folds 7 * 86400 into one constant; co_consts starts with None" {
    run "$BIN/pycomp" --dis examples/week.py
    assert_success
    assert_output --regexp "LOAD_CONST +[0-9]+ \(604800\)"
    # the fast function's constants: None first, then the folded value
    run bash -c "'$BIN/pycomp' --json examples/week.py | python3 -c '
import json, sys
art = json.load(sys.stdin)
funcs = [c[\"code\"] for c in art[\"code\"][\"co_consts\"] if isinstance(c, dict) and \"code\" in c]
fast = [f for f in funcs if f[\"co_name\"] == \"seconds_per_week_fast\"][0]
print(fast[\"co_consts\"][0], 604800 in fast[\"co_consts\"], 7 in fast[\"co_consts\"])'"
    assert_success
    assert_output "None True False"
}

@test "PYTOK, PYPARSE and PYCOMP replace the stages pyrun runs" {
    for stage in pytok pyparse pycomp; do
        printf '#!/bin/sh\necho %s >>"%s/log"\nexec "%s/%s" "$@"\n' "$stage" "$TMP" "$PWD/$BIN" "$stage" >"$TMP/my$stage"
        chmod +x "$TMP/my$stage"
    done
    cp examples/week.py "$TMP/week.py"
    PYTOK="$TMP/mypytok" PYPARSE="$TMP/mypyparse" PYCOMP="$TMP/mypycomp" run "$BIN/pyrun" "$TMP/week.py"
    assert_success
    assert_output "$(python3 examples/week.py)"
    run cat "$TMP/log"
    assert_output "$(printf 'pytok\npyparse\npycomp')"
}

@test "a stage command may carry arguments, and its failure is reported with its status" {
    cp examples/week.py "$TMP/week.py"
    PYTOK="sh -c 'echo broken tokenizer >&2; exit 3' sh" run "$BIN/pyrun" "$TMP/week.py"
    assert_failure 3
    assert_output --partial "broken tokenizer"
}

@test "pyrun caches the code object and reuses it only for the same source and stages" {
    printf 'print("one")\n' >"$TMP/prog.py"
    printf '#!/bin/sh\necho ran >>"%s/log"\nexec "%s/pytok" "$@"\n' "$TMP" "$PWD/$BIN" >"$TMP/mytok"
    chmod +x "$TMP/mytok"
    run "$BIN/pyrun" "$TMP/prog.py"
    assert_output "one"
    ls "$TMP/__pycache__" >/dev/null
    # the same source and stages: the cache serves, no stage runs
    PYTOK="$TMP/mytok" run "$BIN/pyrun" "$TMP/prog.py"
    assert_output "one"
    PYTOK="$TMP/mytok" run "$BIN/pyrun" "$TMP/prog.py"
    assert_output "one"
    run cat "$TMP/log"
    assert_output "ran"          # other stage programs: compiled once, then cached for them
    printf 'print("two")\n' >"$TMP/prog.py"
    run "$BIN/pyrun" "$TMP/prog.py"
    assert_output "two"          # a changed source is compiled again
}

@test "hand-written JSON artifacts that follow the spec are accepted by the next stage" {
    # tokens for: print(6 * 7)
    cat >"$TMP/hand.tok.json" <<'EOF_JSON'
{"kind": "tokens", "version": [1, 0], "filename": "hand.py", "source": "print(6 * 7)\n",
 "tokens": [[63, "utf-8", 0, 0, 0, 0], [1, "print", 1, 0, 1, 5], [7, "(", 1, 5, 1, 6],
            [2, "6", 1, 6, 1, 7], [16, "*", 1, 8, 1, 9], [2, "7", 1, 10, 1, 11],
            [8, ")", 1, 11, 1, 12], [4, "\n", 1, 12, 1, 13], [0, "", 2, 0, 2, 0]]}
EOF_JSON
    run bash -c "'$BIN/pyparse' '$TMP/hand.tok.json' | '$BIN/pycomp' | '$BIN/pyrun'"
    assert_success
    assert_output "42"
    # an AST for: print("hi", 2 ** 10)
    cat >"$TMP/hand.ast.json" <<'EOF_JSON'
{"kind": "ast", "version": [1, 0], "filename": "hand.py", "source": "print(\"hi\", 2 ** 10)\n",
 "ast": ["Module",
   [["Expr",
     ["Call", ["Name", "print", ["Load"], 1, 0, 1, 5],
      [["Constant", "hi", null, 1, 6, 1, 10],
       ["BinOp", ["Constant", 2, null, 1, 12, 1, 13], ["Pow"], ["Constant", 10, null, 1, 17, 1, 19], 1, 12, 1, 19]],
      [], 1, 0, 1, 20],
     1, 0, 1, 20]],
   []]}
EOF_JSON
    run bash -c "'$BIN/pycomp' '$TMP/hand.ast.json' | '$BIN/pyrun'"
    assert_success
    assert_output "hi 1024"
}

@test "every tool refuses the wrong kind of artifact in one line" {
    "$BIN/pytok" examples/week.py -o "$TMP/week.tok"
    "$BIN/pyparse" "$TMP/week.tok" -o "$TMP/week.ast"
    run "$BIN/pycomp" "$TMP/week.tok"
    assert_failure 2
    assert_output --partial "this is a tokens artifact, not an ast artifact (pyparse reads it)"
    run "$BIN/pyrun" "$TMP/week.ast"
    assert_failure 2
    assert_output --partial "this is an ast artifact, not a code artifact (pycomp reads it)"
    run "$BIN/pyparse" examples/week.py
    assert_success        # a .py file: pytok runs first
    run "$BIN/pyparse" <examples/week.py
    assert_failure 2
    assert_output --partial "looks like text (Python source? run pytok on it first)"
}

@test "the demonstration runs every example and matches python3" {
    run tests/demo.sh
    assert_success
    assert_output --partial "python3 examples/fib.py prints the same"
    assert_output --partial "python3 examples/week.py prints the same"
}
