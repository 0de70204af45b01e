#!/usr/bin/env bats
# pyrun.bats - the virtual machine as a user runs it: a .py file and its
# cache, code artifacts, the program's arguments and exit status, errors in
# the input, and imports of the files beside the program.

load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
    BIN=$(cd "${PYEDU_BIN:-bin}" && pwd)
    TMP=$(mktemp -d)
    cd "$TMP"
}

teardown() {
    cd /
    rm -rf "$TMP"
}

@test "pyrun --help and --version" {
    run "$BIN/pyrun" --help
    assert_success
    assert_output --partial "usage: pyrun"
    run "$BIN/pyrun" --version
    assert_success
    assert_output --regexp "^pyrun "
}

@test "a .py file is compiled once and its code cached in __pycache__" {
    printf 'print("first", 6 * 7)\n' >prog.py
    run "$BIN/pyrun" prog.py
    assert_success
    assert_output "first 42"
    assert [ -f __pycache__/prog.pyedu.code ]
    # the cached code runs without the earlier stages
    run env PYTOK=false PYPARSE=false PYCOMP=false "$BIN/pyrun" prog.py
    assert_failure      # other stage commands: the cache is not theirs
    run "$BIN/pyrun" prog.py
    assert_success
    assert_output "first 42"
}

@test "a changed source is compiled again, not taken from the cache" {
    printf 'print("old")\n' >prog.py
    run "$BIN/pyrun" prog.py
    assert_output "old"
    printf 'print("new")\n' >prog.py
    run "$BIN/pyrun" prog.py
    assert_success
    assert_output "new"
}

@test "a cache made by other stage commands is never reused" {
    printf 'print("made by the default stages")\n' >prog.py
    run "$BIN/pyrun" prog.py
    assert_success
    # a stage that fails: if the cache were used, this would succeed
    run env PYCOMP="false" "$BIN/pyrun" prog.py
    assert_failure
}

@test "an unwritable __pycache__ does not stop the program" {
    printf 'print("still runs")\n' >prog.py
    mkdir __pycache__
    chmod a-w __pycache__
    run "$BIN/pyrun" prog.py
    chmod u+w __pycache__
    assert_success
    assert_output "still runs"
}

@test "a code artifact runs from a file and from standard input" {
    printf 'import sys\nprint(sys.argv[1:], sum(range(10)))\n' >prog.py
    "$BIN/pycomp" prog.py -o prog.code
    run "$BIN/pyrun" prog.code a b
    assert_success
    assert_output "['a', 'b'] 45"
    run bash -c "'$BIN/pyrun' <prog.code"
    assert_success
    assert_output "[] 45"
}

@test "the program's arguments are sys.argv, the file first" {
    printf 'import sys\nprint(sys.argv)\n' >args.py
    run "$BIN/pyrun" args.py one --two "three four"
    assert_success
    assert_output "['args.py', 'one', '--two', 'three four']"
}

@test "sys.exit sets the exit status; a message goes to stderr with status 1" {
    printf 'import sys\nprint("out")\nsys.exit(3)\n' >three.py
    run "$BIN/pyrun" three.py
    assert_failure 3
    assert_output "out"
    printf 'import sys\nsys.exit("goodbye")\n' >msg.py
    run "$BIN/pyrun" msg.py
    assert_failure 1
    assert_output "goodbye"
}

@test "an uncaught exception prints the traceback python3 prints, status 1" {
    printf 'def f(d):\n    return d["key"]\n\nprint("start")\nf({})\n' >err.py
    python3 err.py >want.out 2>want.err || true
    run "$BIN/pyrun" err.py
    assert_failure 1
    "$BIN/pyrun" err.py >got.out 2>got.err || true
    run diff want.out got.out
    assert_success
    run diff want.err got.err
    assert_success
}

@test "deep recursion is a RecursionError, never a crash" {
    printf 'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\nimport sys\nsys.setrecursionlimit(100000)\ndef g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nprint(g(50000))\n' >deep.py
    run "$BIN/pyrun" deep.py
    assert_success
    assert_output "maximum recursion depth exceeded
50000"
}

@test "input() reads standard input; EOF is EOFError" {
    printf 'print(input("name? ").upper())\ntry:\n    input()\nexcept EOFError:\n    print("eof")\n' >ask.py
    run bash -c "printf 'ada\n' | '$BIN/pyrun' ask.py"
    assert_success
    assert_output "name? ADA
eof"
}

@test "import finds the modules beside the program, through the same pipeline and cache" {
    mkdir lib
    printf 'import helper\nfrom helper import double\nprint(helper.NAME, double(21), helper.__name__)\n' >main.py
    printf 'NAME = "helper"\ndef double(x):\n    return 2 * x\nprint("importing", __name__)\n' >helper.py
    run "$BIN/pyrun" main.py
    assert_success
    assert_output "importing helper
helper 42 helper"
    assert [ -f __pycache__/helper.pyedu.code ]
}

@test "a malformed or wrong artifact is a one-line error with status 2" {
    printf 'not an artifact at all' >junk.code
    run "$BIN/pyrun" junk.code
    assert_failure 2
    assert_equal "${#lines[@]}" 1
    printf 'x = 1\n' >prog.py
    "$BIN/pytok" prog.py -o prog.tok
    run "$BIN/pyrun" prog.tok
    assert_failure 2
    assert_output --partial "tokens artifact"
    run "$BIN/pyrun" no_such_file.py
    assert_failure 2
}

@test "a syntax error reported by the earlier stages prints as CPython's, status 1" {
    printf 'x = 1\nx = (1,\n' >bad.py
    run "$BIN/pyrun" bad.py
    assert_failure 1
    assert_line --index 0 "  File \"$PWD/bad.py\", line 2"
    assert_line --index 1 "    x = (1,"
    assert_line --index 2 "        ^"
    assert_line --index 3 "SyntaxError: '(' was never closed"
}

@test "--stats reports the memory manager on stderr" {
    printf 'x = [[i] for i in range(1000)]\nx.append(x)\ndel x\nimport gc\nprint(gc.collect() > 0)\n' >stats.py
    run bash -c "'$BIN/pyrun' --stats stats.py 2>err.txt"
    assert_success
    assert_output "True"
    run cat err.txt
    assert_output --partial "pyrun: memory:"
    assert_output --partial "pyrun: collector:"
}

@test "-o and --json are refused: pyrun writes no artifact" {
    printf 'print(1)\n' >prog.py
    run "$BIN/pyrun" --json prog.py
    assert_failure 2
}
