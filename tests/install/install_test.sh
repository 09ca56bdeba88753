#!/usr/bin/env bash
# cmake --install puts the binary, the man page, schemas/ and styles/ under a prefix, and the
# installed binary runs. Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
prefix=$(mktemp -d /tmp/banmian-install-XXXXXX)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
status=0
need() {  # a path that must exist under the prefix
    if [ -e "$prefix/$1" ]; then echo "ok: $1"; else echo "FAIL: $1 not installed" >&2; status=1; fi
}
need bin/banmian
need share/man/man1/banmian.1
need share/banmian/schemas/structure-json.schema.json
need share/banmian/schemas/catalog.xml.in
# Every file of styles/ (when the tree has one) is installed.
if [ -d "$source/styles" ]; then
    while IFS= read -r -d '' f; do
        need "share/banmian/styles/${f#"$source"/styles/}"
    done < <(find "$source/styles" -type f -print0)
fi
if ! "$prefix/bin/banmian" --version | grep -q '^banmian [0-9]'; then
    echo "FAIL: installed banmian --version" >&2
    status=1
fi
if ! man -l "$prefix/share/man/man1/banmian.1" 2>/dev/null | grep -q 'EXIT STATUS'; then
    # man may be missing on a minimal machine; groff is not needed to check the source.
    grep -q '^\.SH EXIT STATUS' "$prefix/share/man/man1/banmian.1" || { echo "FAIL: man page" >&2; status=1; }
fi
exit $status
