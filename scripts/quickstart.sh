#!/usr/bin/env bash
# The main job on the bundled example page: install what is needed, build, then run the three
# workflows (txt -> EPUB, NewsML archive, print-ready PDF) plus structure JSON and JATS into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
mkdir -p out
page=examples/hunan-daily-page.txt
name=out/hunan-daily-page
meta=(--publication 湖南日报)
run() { echo "+ $*"; "$@"; }
run build/banmian convert "$page" -o "$name.json"
run build/banmian convert "$page" -o "$name.epub" "${meta[@]}"
run build/banmian convert "$page" -o "$name.newsml.xml" "${meta[@]}"
run build/banmian convert "$page" -o "$name.jats.xml" "${meta[@]}"
run build/banmian convert "$page" -o "$name.pdf" "${meta[@]}" --paper 16k --print
run build/banmian validate "$name.newsml.xml" "$name.jats.xml"
ls -l out/
