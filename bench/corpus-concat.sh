#!/bin/sh
# corpus-concat.sh [--no-future] OUT - writes the UTF-8 files of the standard
# library corpus (tests/ref/corpus.sh), concatenated, to OUT: the input of the
# front-end speed benchmarks (about 31 MB).  --no-future drops the
# `from __future__ import ...` lines, which are only legal at the top of a
# file, so that the whole text compiles.
set -e
future=0
[ "$1" = --no-future ] && { future=1; shift; }
out=${1:?usage: corpus-concat.sh [--no-future] OUT}
here=$(dirname "$0")
sh "$here/../tests/ref/corpus.sh" | python3 -c '
import ast, sys
future = sys.argv[1] == "1"

def future_lines(data):
    """The lines of the file'"'"'s `from __future__` statements (found by the
    parser, so that such text inside a string stays)."""
    lines = set()
    for node in ast.parse(data).body:
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            lines.update(range(node.lineno, node.end_lineno + 1))
    return lines

with open(sys.argv[2], "wb") as out:
    for path in sys.stdin.read().split("\n"):
        if not path:
            continue
        data = open(path, "rb").read()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if future:
            drop = future_lines(data)
            lines = data.split(b"\n")
            data = b"\n".join(l for n, l in enumerate(lines, 1) if n not in drop)
        if data and not data.endswith(b"\n"):
            data += b"\n"
        out.write(data)
' "$future" "$out"
ls -l "$out" | awk '{print $5 " bytes"}' >&2
