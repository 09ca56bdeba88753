#!/usr/bin/env bash
# Installs every Debian 12 package banmian needs to build, test and typeset (run as root, or
# with sudo). Skips apt entirely when everything is already installed. apt's chatter is kept
# in a log that is shown only if a step fails.
set -euo pipefail
packages=(
  # build
  cmake g++ make pkg-config git libicu-dev libxml2-dev libxml2-utils libboost-dev
  libboost-filesystem-dev libcli11-dev nlohmann-json3-dev libgtest-dev libgmock-dev
  libbenchmark-dev
  # tests: process-level CLI tests and JSON Schema validation of structure JSON
  python3 python3-jsonschema
  # typesetting (see ../shared/notes/typesetting.md)
  pandoc texlive-xetex texlive-lang-chinese texlive-latex-recommended texlive-latex-extra
  texlive-fonts-recommended lmodern fonts-noto-cjk fonts-arphic-ukai fonts-arphic-gkai00mp
  # checking outputs: poppler (pdffonts, pdftotext, pdfinfo, pdftoppm), EPUBCheck
  poppler-utils epubcheck default-jre-headless
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)
log=$(mktemp /tmp/banmian-apt-XXXXXX.log)
# Runs one apt command quietly; on failure prints its whole output and stops.
quiet_apt() {
  if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-deps: '$*' failed (output above; kept in $log)" >&2
    exit 1
  fi
}
quiet_apt apt-get update -q
quiet_apt apt-get install -y -q --no-install-recommends "${missing[@]}"
rm -f "$log"
echo "install-deps: done"
