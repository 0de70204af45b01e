#!/usr/bin/env bats
# lib.bats - pyrun's library modules (pyrun/lib) are our own code: no run of
# six or more logical lines may be identical to CPython's standard library,
# beyond the explained data runs of tools/origcheck.allow.

load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

@test "pyrun/lib holds no code copied from CPython's standard library" {
    run python3 tools/origcheck.py --check pyrun/lib
    assert_success
    assert_output --partial "0 runs of 6+ lines identical to CPython's, not excused"
}

@test "pyrun/lib holds no code of CPython's with its names changed (--shapes)" {
    run python3 tools/origcheck.py --shapes --check pyrun/lib
    assert_success
    assert_output --partial "0 runs of 8+ lines shaped as CPython's, not excused"
}

@test "origcheck finds a run copied from CPython's standard library" {
    TMP=$(mktemp -d)
    # a function of CPython's own textwrap module, far over six statements
    python3 - "$TMP/copied.py" <<'PYTHON'
import inspect, sys, textwrap
open(sys.argv[1], 'w').write(inspect.getsource(textwrap.dedent))
PYTHON
    run python3 tools/origcheck.py --check "$TMP"
    rm -rf "$TMP"
    assert_failure 1
    assert_output --partial "copied.py"
}

@test "origcheck --shapes finds a copy whose names were changed" {
    TMP=$(mktemp -d)
    # textwrap.dedent with every name of its own renamed
    python3 - "$TMP/renamed.py" <<'PYTHON'
import inspect, io, keyword, sys, textwrap, tokenize
source = inspect.getsource(textwrap.dedent)
renamed = []
for token in tokenize.generate_tokens(io.StringIO(source).readline):
    text = token.string
    if token.type == tokenize.NAME and not keyword.iskeyword(text):
        text = 'our_' + text
    renamed.append((token.type, text))
open(sys.argv[1], 'w').write(tokenize.untokenize(renamed))
PYTHON
    run python3 tools/origcheck.py --check "$TMP"
    assert_success
    run python3 tools/origcheck.py --shapes --check "$TMP"
    rm -rf "$TMP"
    assert_failure 1
    assert_output --partial "renamed.py"
}
