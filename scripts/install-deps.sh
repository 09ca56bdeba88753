#!/usr/bin/env bash
# Installs every Debian 12 package banmian needs to build, test and typeset (run as root).
# Skips apt entirely when everything is already installed.
set -euo pipefail
packages=(
  # build
  cmake g++ make pkg-config git libicu-dev libxml2-dev libxml2-utils libboost-dev
  libboost-filesystem-dev libcli11-dev nlohmann-json3-dev libgtest-dev libgmock-dev
  libbenchmark-dev python3
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
export DEBIAN_FRONTEND=noninteractive
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
