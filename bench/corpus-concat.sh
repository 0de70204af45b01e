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
import sys
future = sys.argv[1] == "1"
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
        lines = data.split(b"\n")
        # a coding declaration is only meaningful on the first two lines
        # of a file; elsewhere it is a comment, but drop it to be plain
        if future:
            lines = [l for l in lines if not l.startswith(b"from __future__")]
        data = b"\n".join(lines)
        if data and not data.endswith(b"\n"):
            data += b"\n"
        out.write(data)
' "$future" "$out"
ls -l "$out" | awk '{print $5 " bytes"}' >&2
