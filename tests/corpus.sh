#!/usr/bin/env bash
# tests/corpus.sh - `make corpus`: the differential tests on the whole standard
# library corpus (1781 files), each check printing "N identical, M different".
#
#   tests/corpus.sh            every check
#   tests/corpus.sh tok ast    only the named checks (tok, tok-e, ast, ast-attr, comp)
set -u
cd "$(dirname "$0")/.." || exit 2
BIN=${PYEDU_BIN:-bin}
R=tests/ref
list=$(mktemp)
trap 'rm -f "$list"' EXIT
echo "collecting the corpus ..."
sh $R/corpus.sh >"$list"
echo "$(wc -l <"$list") files"
WANT=" $* "
status=0
check() {
    local name=$1 opt=$2
    shift 2
    if [ "$WANT" != "  " ] && [[ "$WANT" != *" $name "* ]]; then return; fi
    echo "== $name"
    CORPUS=${CORPUS_FILE:-$list} CORPUS_OPT=$opt $R/difftest.sh "$@" || status=1
}
check tok "" "$BIN/pytok --text" $R/tokdump.py
check tok-e "" "$BIN/pytok --text -e" $R/tokdump.py -e
check ast "" "$BIN/pyparse --text" $R/astdump.py
check comp "" "$BIN/pycomp --check -o /dev/null" tests/tools/compile_ref.py
# positions are checked on the sample (the full dump is 643 MB)
CORPUS_FILE=$(mktemp)
sh $R/corpus.sh --sample >"$CORPUS_FILE"
check ast-attr "" "$BIN/pyparse --text --attributes" $R/astdump.py --attributes
rm -f "$CORPUS_FILE"
exit $status
