#!/bin/sh
# update-doc.sh [PYCOMP] - rewrites the generated instruction table of
# docs/bytecode.md (between its BEGIN/END GENERATED markers) from
# `pycomp --opcodes-markdown`, i.e. from common/schema/opcodes.def.
# Run it after changing the table; the tests fail while the page is stale.
set -e
cd "$(dirname "$0")/.."
pycomp=${1:-bin/pycomp}
page=docs/bytecode.md
table=$(mktemp)
trap 'rm -f "$table" "$table.new"' EXIT
"$pycomp" --opcodes-markdown >"$table"
awk -v table="$table" '
    /<!-- END GENERATED/ { skipping = 0 }
    !skipping { print }
    /<!-- BEGIN GENERATED/ { while ((getline line < table) > 0) print line; skipping = 1 }
' "$page" >"$table.new"
cat "$table.new" >"$page"
