#!/usr/bin/env bash
# The main job on the bundled example: install, build, then convert examples/hunan-daily-page.txt
# to every format into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
mkdir -p out
page=examples/hunan-daily-page.txt
for fmt in $(build/banmian formats | awk '/^Output/{o=1;next} /^Input/{o=0} o{print $2}'); do
  out="out/hunan-daily-page${fmt}"
  build/banmian convert "$page" -o "$out" --publication 湖南日报 --date 2023-11-25 --page 05
  echo "wrote $out"
done
