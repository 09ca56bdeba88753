#!/bin/sh
# Structure JSON with genres validates against schemas/structure-json.schema.json, and a genre
# outside its vocabulary does not.
# Usage: check_json_schema.sh BANMIAN PYTHON VALIDATOR SCHEMA PAGE
set -eu
banmian=$1 python=$2 validator=$3 schema=$4 page=$5
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$banmian" convert "$page" -o "$dir/out.json"
# Not vacuous: the page has two opinion pieces and one interview.
test "$(grep -c '"genre": "opinion"' "$dir/out.json")" -eq 2
test "$(grep -c '"genre": "interview"' "$dir/out.json")" -eq 1
"$python" "$validator" "$schema" "$dir/out.json"
sed 's/"genre": "interview"/"genre": "news"/' "$dir/out.json" > "$dir/bad.json"
if "$python" "$validator" "$schema" "$dir/bad.json" > "$dir/bad.log" 2>&1; then
  echo "a genre outside the vocabulary passed the schema" >&2
  exit 1
fi
grep -q genre "$dir/bad.log"
echo "ok"
