#!/usr/bin/env bash
# The bundled example's structure JSON is what banmian produces today (a reviewed golden file).
# BANMIAN_UPDATE_GOLDEN=1 rewrites it; review the change with git diff.
set -euo pipefail
banmian=$1 example_txt=$2 expected=$3
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$banmian" convert "$example_txt" -o "$actual" --to json
if [ "${BANMIAN_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$actual" "$expected"
  echo "updated $expected"
  exit 0
fi
diff -u "$expected" "$actual"
