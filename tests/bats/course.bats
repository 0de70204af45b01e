#!/usr/bin/env bats
# course.bats - the course keeps its promises: every command a lesson or a
# homework handout shows prints what it shows (course/check-lessons), the
# autograder gives full marks to pyedu's own stages and fewer to broken
# ones, and the starter kits pass the first graded programs and no more.

load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
    BIN=${PYEDU_BIN:-bin}
    TMP=$(mktemp -d)
}

teardown() {
    rm -rf "$TMP"
}

# a stage of pyedu's, its JSON output piped through a Python filter:
# broken_stage NAME TOOL ARG 'python statements on the envelope d'
broken_stage() {
    cat >"$TMP/$1" <<EOF
#!/bin/sh
'$PWD/$BIN/$2' --json "$3" | python3 -c '
import json, sys
d = json.load(sys.stdin)
$4
json.dump(d, sys.stdout)'
EOF
    chmod +x "$TMP/$1"
}

# ---- the lessons --------------------------------------------------------------

@test "every command in every lesson and handout prints what the lesson shows" {
    run course/check-lessons
    assert_success
    refute_output --partial 'problems'
    # and each of them shows commands (that the tests therefore run)
    for f in course/[0-9]*.md course/homework/*/README.md; do
        commands=$(sed -n "s|^$f: \([0-9]*\) commands,.*|\1|p" <<<"$output")
        ((${commands:-0} >= 3)) || fail "$f shows ${commands:-no} commands"
    done
}

@test "check-lessons catches an output that is not what the command prints" {
    printf '# t\n\n```console\n$ echo right\nwrong\n```\n' >"$TMP/lesson.md"
    run course/check-lessons "$TMP/lesson.md"
    assert_failure
    assert_output --partial '-wrong'
    assert_output --partial '+right'
}

@test "check-lessons: ... stands for lines, and for text in a line" {
    printf '# t\n\n```console\n$ printf "a\\nb\\nc 42 d\\n"\na\n...\nc ... d\n```\n' >"$TMP/lesson.md"
    run course/check-lessons "$TMP/lesson.md"
    assert_success
}

@test "check-lessons refuses commands it would not run, and links that lead nowhere" {
    printf '# t\n\n```sh\nmake\n```\n\nSee [this](nowhere.md).\n' >"$TMP/lesson.md"
    run course/check-lessons "$TMP/lesson.md"
    assert_failure
    assert_output --partial 'a sh block'
    assert_output --partial 'the link nowhere.md leads nowhere'
}

# ---- the autograder: pyedu's own stages get full marks ------------------------

@test "course/grade gives full marks to pyedu's own tokenizer" {
    run course/grade tokens "$BIN/pytok"
    assert_success
    n=$(ls course/tests/tokens/*.py | wc -l)
    assert_line "score: $n/$n"
}

@test "course/grade gives full marks to pyedu's own parser" {
    run course/grade ast "$BIN/pyparse" --positions
    assert_success
    n=$(ls course/tests/ast/*.py | wc -l)
    assert_line "score: $n/$n"
}

@test "course/grade gives full marks to pyedu's own compiler" {
    run course/grade code "$BIN/pycomp" --positions
    assert_success
    n=$(ls course/tests/code/*.py | wc -l)
    assert_line "score: $n/$n"
}

@test "course/grade gives full marks to pyedu's own virtual machine" {
    run course/grade run "$BIN/pyrun"
    assert_success
    n=$(ls course/tests/run/*.py | wc -l)
    assert_line "score: $n/$n"
}

@test "course/grade takes MessagePack as well as JSON" {
    cat >"$TMP/msgpack-tok" <<EOF
#!/bin/sh
exec '$PWD/$BIN/pytok' -o /dev/stdout "\$1"
EOF
    chmod +x "$TMP/msgpack-tok"
    run course/grade tokens "$TMP/msgpack-tok" 01-assign 10-fstrings
    assert_success
    assert_line 'score: 2/2'
}

# ---- the autograder: broken stages lose marks, each for its own reason -------

@test "a tokenizer that drops the first NEWLINE fails, and is told which token" {
    broken_stage droptok pytok '$1' \
        'd["tokens"] = [t for t in d["tokens"] if not (t[0] == 4 and t[2] == 1)]'
    run course/grade tokens "$TMP/droptok" 01-assign 02-expression bad-character
    assert_failure
    assert_line --regexp '^FAIL  01-assign +token 4: expected NEWLINE .* got ENDMARKER'
    assert_line --regexp '^PASS  bad-character'
    assert_line 'score: 1/3'
}

@test "a tokenizer off by one column fails when positions count, passes when they do not" {
    broken_stage shifttok pytok '$1' \
        'd["tokens"] = [t[:3] + [t[3] + (t[2] == 2), t[4], t[5] + (t[4] == 2)] + t[6:] for t in d["tokens"]]'
    run course/grade tokens "$TMP/shifttok" 02-expression
    assert_failure
    assert_output --partial 'at 2,1-2,6'
    run course/grade tokens "$TMP/shifttok" 02-expression --no-positions
    assert_success
}

@test "--pipeline: a stage swapped into the whole pipeline by its variable, judged by the program's output" {
    run course/grade ast "$BIN/pyparse" --pipeline 01-call 05-if-while bad-assign-to-call
    assert_success
    assert_line 'grading the ast stage in the pipeline: PYPARSE="'"$BIN/pyparse"'" bin/pyrun PROGRAM'
    assert_line 'score: 3/3'
    broken_stage droptok pytok '$1' \
        'd["tokens"] = [t for t in d["tokens"] if not (t[0] == 4 and t[2] == 1)]'
    run course/grade tokens "$TMP/droptok" --pipeline 02-expression 01-assign
    assert_failure
    assert_line --regexp '^FAIL  02-expression +.*SyntaxError'
    run course/grade run "$BIN/pyrun" --pipeline
    assert_equal "$status" 2
}

@test "a parser that builds the wrong operator fails at the node's path" {
    broken_stage subparser pyparse - 'd = json.loads(json.dumps(d).replace("\"Add\"", "\"Sub\""))'
    run course/grade ast "$TMP/subparser" 02-precedence 04-comparisons
    assert_failure
    assert_line --regexp '^FAIL  02-precedence +ast\.body\[0\]\.value\.left\.op: expected Add, got Sub'
    assert_line --regexp '^PASS  04-comparisons'
}

@test "a compiler with a wrong stack size fails, naming the code object" {
    broken_stage deepcomp pycomp - 'd["code"]["co_stacksize"] += 1'
    run course/grade code "$TMP/deepcomp" 01-call
    assert_failure
    assert_output --partial "in code object '<module>': co_stacksize: expected 2, got 3"
}

@test "a compiler that accepts what Python refuses fails the error tests" {
    cat >"$TMP/lenient" <<EOF
#!/bin/sh
echo '{"kind": "code"}'
EOF
    chmod +x "$TMP/lenient"
    run course/grade code "$TMP/lenient" bad-break-outside-loop
    assert_failure
    assert_output --partial 'expected exit status 1 (a SyntaxError on line 2), got 0'
}

@test "an error of another kind fails; the message's text does not matter" {
    cat >"$TMP/wrongkind" <<EOF
#!/bin/sh
echo "\$1:3:1: SyntaxError: not the words pytok uses" >&2
exit 1
EOF
    cat >"$TMP/otherwords" <<EOF
#!/bin/sh
echo "\$1:3:1: IndentationError: not the words pytok uses" >&2
exit 1
EOF
    chmod +x "$TMP/wrongkind" "$TMP/otherwords"
    run course/grade tokens "$TMP/wrongkind" bad-dedent
    assert_failure
    assert_output --partial 'expected an IndentationError, got a SyntaxError'
    run course/grade tokens "$TMP/otherwords" bad-dedent
    assert_success
}

@test "a virtual machine with a wrong output line fails, and is told the line" {
    cat >"$TMP/badvm" <<EOF
#!/bin/sh
'$PWD/$BIN/pyrun' - | sed '2s/.*/wrong/'
EOF
    chmod +x "$TMP/badvm"
    run course/grade run "$TMP/badvm" 02-arithmetic 01-hello
    assert_failure
    assert_line --regexp "^FAIL  02-arithmetic +output line 2: expected .*, got 'wrong\\\\n'"
    assert_line --regexp '^PASS  01-hello'
}

@test "a stage that hangs fails after the timeout, and one that is not there fails clearly" {
    run course/grade ast "sleep 30 #" 01-call --timeout 1
    assert_failure
    assert_output --partial 'no answer within 1 s'
    run course/grade ast "$TMP/no-such-parser" 01-call
    assert_failure
    assert_output --partial 'the command could not be run'
}

@test "a stage that writes garbage fails with a reason, not a traceback" {
    printf '#!/bin/sh\ncat >/dev/null; printf "\\x93\\x01"\n' >"$TMP/garbage"
    printf '#!/bin/sh\ncat >/dev/null; echo "{\\"kind\\": \\"ast\\", \\"version\\": [1, 0], \\"filename\\": 1, \\"source\\": 2, \\"ast\\": [\\"Nope\\"]}"\n' >"$TMP/badnode"
    chmod +x "$TMP/garbage" "$TMP/badnode"
    run course/grade ast "$TMP/garbage" 01-call
    assert_failure
    assert_output --partial 'neither JSON nor MessagePack'
    refute_output --partial 'Traceback'
    run course/grade ast "$TMP/badnode" 01-call
    assert_failure
    refute_output --partial 'Traceback'
}

@test "course/grade compares trees as deep as the reference stages build, and refuses deeper ones" {
    python3 -c 'print("x = " + "-" * 2000 + "1")' >"$TMP/deep.py"
    run course/grade ast "$BIN/pyparse" "$TMP/deep.py"
    assert_success
    run course/grade code "$BIN/pycomp" "$TMP/deep.py"
    assert_success
    cat >"$TMP/abyss" <<'EOF'
#!/bin/sh
cat >/dev/null
python3 -c 'print("{\"ast\": " + "[" * 100000 + "]" * 100000 + "}")'
EOF
    chmod +x "$TMP/abyss"
    run course/grade ast "$TMP/abyss" 01-call
    assert_failure
    assert_output --partial 'nested too deeply'
    refute_output --partial 'Traceback'
}

@test "course/grade: a usage error is exit status 2" {
    run course/grade tokens "$BIN/pytok" no-such-test
    assert_equal "$status" 2
    assert_output --partial "no test 'no-such-test'"
    run course/grade nonsense "$BIN/pytok"
    assert_equal "$status" 2
}

# ---- the starter kits -----------------------------------------------------------

@test "the tokenizer starter kit passes the first graded programs, not all" {
    run course/grade tokens "python3 course/homework/01-tokenizer/mytok.py"
    assert_failure
    assert_line 'PASS  01-assign'
    assert_line 'PASS  02-expression'
    assert_line --regexp '^FAIL  05-indentation'
}

@test "the parser starter kit passes the first graded programs, not all" {
    run course/grade ast "python3 course/homework/02-parser/myparse.py" --positions
    assert_failure
    assert_line 'PASS  01-call'
    assert_line 'PASS  02-precedence'
    assert_line --regexp '^FAIL  05-if-while'
}

@test "the compiler starter kit passes the first graded programs, not all" {
    run course/grade code "python3 course/homework/03-compiler/mycomp.py" --positions
    assert_failure
    assert_line 'PASS  01-call'
    assert_line 'PASS  02-names-and-arithmetic'
    assert_line --regexp '^FAIL  04-if-else'
}

@test "the virtual machine starter kit passes the first graded programs, not all" {
    run course/grade run "python3 course/homework/04-vm/myvm.py"
    assert_failure
    assert_line 'PASS  01-hello'
    assert_line 'PASS  02-arithmetic'
    assert_line --regexp '^FAIL  05-functions'
}

@test "course/show-code refuses what is not a code file" {
    printf 'not an artifact' >"$TMP/junk"
    run course/show-code "$TMP/junk"
    assert_equal "$status" 2
    assert_output --partial 'neither JSON nor MessagePack'
    "$BIN/pytok" --json course/tests/tokens/01-assign.py >"$TMP/t.json"
    run course/show-code "$TMP/t.json"
    assert_equal "$status" 2
    assert_output --partial "this is a 'tokens' artifact, not a 'code' one"
}
