#!/usr/bin/env bash
# One typesetting test (run by CTest; see CMakeLists.txt). Environment: BANMIAN, RENDER
# (typeset_render), CHECKER (check_typeset.py), PYTHON, WORK (scratch folder).
#   check_page.sh text-epub|text-pdf|text-pdfx|text-vertical PAGE.txt
#   check_page.sh gold-epub|gold-pdf|gold-vertical PAGE.json
#   check_page.sh book PAGE.txt...      (one book, a part per page)
#   check_page.sh errors FIXTURES_DIR   (missing tools, bad paper, lost glyph, --style)
set -euo pipefail
mode=$1; shift
name=$(basename "$1"); name=${name%%.*}
dir="$WORK/$mode-$name"
rm -rf "$dir"; mkdir -p "$dir"
check() { "$PYTHON" "$CHECKER" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

case $mode in
  text-epub)
    "$BANMIAN" convert "$1" -o "$dir/$name.json"
    "$BANMIAN" convert "$1" -o "$dir/$name.epub"
    check epub "$dir/$name.epub" --reference "$dir/$name.json" ;;
  text-pdf)
    "$BANMIAN" convert "$1" -o "$dir/$name.json"
    "$BANMIAN" convert "$1" -o "$dir/$name.pdf" --print
    check pdf "$dir/$name.pdf" --reference "$dir/$name.json" --print ;;
  text-pdfx)
    "$BANMIAN" convert "$1" -o "$dir/$name.json"
    "$BANMIAN" convert "$1" -o "$dir/$name.pdf" --print --pdfx --paper 16k
    check pdf "$dir/$name.pdf" --reference "$dir/$name.json" --print --pdfx ;;
  text-vertical)
    "$BANMIAN" convert "$1" -o "$dir/$name.json"
    "$BANMIAN" convert "$1" -o "$dir/$name.epub" --vertical
    check epub "$dir/$name.epub" --reference "$dir/$name.json" --vertical ;;
  gold-epub)
    "$RENDER" "$dir/$name.epub" "$1"
    check epub "$dir/$name.epub" --reference "$1" ;;
  gold-pdf)
    "$RENDER" "$dir/$name.pdf" "$1" --print
    check pdf "$dir/$name.pdf" --reference "$1" --print ;;
  gold-vertical)
    "$RENDER" "$dir/$name.epub" "$1" --vertical
    check epub "$dir/$name.epub" --reference "$1" --vertical ;;
  book)
    refs=()
    for page in "$@"; do
      base=$(basename "$page" .txt)
      "$BANMIAN" convert "$page" -o "$dir/$base.json"
      refs+=("$dir/$base.json")
    done
    # One reference with every page's articles, in order.
    "$PYTHON" - "$dir/book-ref.json" "${refs[@]}" <<'PY'
import json, sys
articles = [a for f in sys.argv[2:] for a in json.load(open(f, encoding='utf-8'))['articles']]
json.dump({'version': 1, 'articles': articles}, open(sys.argv[1], 'w', encoding='utf-8'), ensure_ascii=False)
PY
    "$BANMIAN" convert "$@" -o "$dir/book.epub" --publication 人民日报 --date 2023-07-11
    "$BANMIAN" convert "$@" -o "$dir/book.pdf" --print --jobs 2 --publication 人民日报 --date 2023-07-11
    check epub "$dir/book.epub" --reference "$dir/book-ref.json"
    check pdf "$dir/book.pdf" --reference "$dir/book-ref.json" --print
    # A part per page and every headline in the contents, in reading order.
    "$PYTHON" - "$dir/book.epub" "$dir/book-ref.json" "$#" <<'PY'
import json, re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
nav = z.read([n for n in z.namelist() if n.endswith('nav.xhtml')][0]).decode()
toc = nav[nav.index('epub:type="toc"'):nav.index('</nav>')]
# Spaces are compared away: a headline separator is printed as U+3000 (打造新高地　逐梦长株潭).
bare = lambda s: re.sub(r'[\s\u3000]+', '', s)
entries = [bare(re.sub('<[^>]+>', '', e)) for e in re.findall(r'<a [^>]*>(.*?)</a>', toc, re.S)]
heads = [bare(a['headline']) for a in json.load(open(sys.argv[2], encoding='utf-8'))['articles']]
pages = int(sys.argv[3])
assert len(entries) == pages + len(heads), (len(entries), pages, len(heads))
listed = [e for e in entries if e in heads]
assert listed == heads, (listed, heads)
parts = sum(z.read(n).decode().count('class="page"') for n in z.namelist() if n.endswith('.xhtml'))
assert parts == pages, parts
print(f'PASS  contents: {pages} parts, {len(heads)} headlines in order')
PY
    ;;
  errors)
    fixtures=$1
    page="$fixtures/../../../examples/hunan-daily-page.txt"
    nothing_left() { [ -z "$(ls -A "$dir")" ] || fail "output left behind: $(ls -A "$dir")"; }
    expect_fail() {  # expect_fail MESSAGE_PART command...
      local want=$1; shift
      set +e; "$@" 2>"$dir.err"; local rc=$?; set -e
      [ $rc -eq 1 ] || fail "exit $rc, not 1: $*"
      grep -qF -- "$want" "$dir.err" || fail "message lacks '$want': $(cat "$dir.err")"
      echo "PASS  exit 1 with \"$want\": $(head -c 300 "$dir.err")"
    }
    # No pandoc in PATH: the message names the Debian package; nothing is written.
    expect_fail "apt-get install pandoc" env PATH=/nonexistent "$BANMIAN" convert "$page" -o "$dir/x.epub"
    nothing_left
    # pandoc but no xelatex: the message names texlive-xetex.
    mkdir -p "$dir.bin"; ln -sf "$(command -v pandoc)" "$dir.bin/pandoc"
    expect_fail "apt-get install texlive-xetex" env PATH="$dir.bin" "$BANMIAN" convert "$page" -o "$dir/x.pdf"
    nothing_left
    # Unknown paper.
    expect_fail "unknown --paper 'a3x'" "$BANMIAN" convert "$page" -o "$dir/x.pdf" --paper a3x
    nothing_left
    # A character no font has (U+2A6A5, Extension B) must not vanish: exit 1 naming it and its line.
    printf '湘江两岸秋色浓\n\n深秋时节，湘江两岸层林尽染。\n\n龘𪚥字在第五行。\n' > "$dir.rare.txt"
    expect_fail "U+2A6A5" "$BANMIAN" convert "$dir.rare.txt" -o "$dir/x.pdf"
    grep -qF "$dir.rare.txt:5:" "$dir.err" || grep -qF "rare.txt:5:" "$dir.err" || fail "no line 5 in: $(cat "$dir.err")"
    nothing_left
    # A font that is not installed: the message names the Debian package of that family.
    mkdir -p "$dir.nofont/latex"
    sed 's/Noto Serif CJK SC/Noto Serif CJK QQ/g' "$fixtures/../../../styles/latex/newspaper.tex" \
      > "$dir.nofont/latex/newspaper.tex"
    expect_fail "apt-get install fonts-noto-cjk" "$BANMIAN" convert "$page" -o "$dir/x.pdf" --style "$dir.nofont"
    nothing_left
    # --style DIR: a user's stylesheet replaces the bundled one; files it lacks come from styles/.
    mkdir -p "$dir.style/epub"
    printf '/* my-house-style */\np { text-indent: 2em; line-break: strict; }\n' > "$dir.style/epub/banmian.css"
    "$BANMIAN" convert "$page" -o "$dir/styled.epub" --style "$dir.style"
    "$PYTHON" -c "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); css=''.join(z.read(n).decode() for n in z.namelist() if n.endswith('.css')); assert 'my-house-style' in css; print('PASS  --style stylesheet used')" "$dir/styled.epub"
    rm -rf "$dir.bin" "$dir.style" "$dir.nofont" "$dir.rare.txt" "$dir.err" ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
