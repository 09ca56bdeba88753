#!/usr/bin/env bash
# Structure detection benchmark (issue 3): decode + detect + structure JSON on pages made by
# concatenating the dev corpus to 5 and 50 MB. Prints CPU MB/s (the machine may be shared, so
# CPU time, not wall time), the time per stage, peak RSS per stage in a fresh process, and the
# CLI itself (banmian convert PAGE.txt -o PAGE.json) under GNU time: CPU seconds and peak RSS.
#   bench/run_bench.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cmake --build "$build" --target bench_detect banmian -j2 >/dev/null
bench="$build/bench/bench_detect"
echo "== Google Benchmark: BM_DecodeDetectJson/5 and /50 (MB), 3 iterations each"
echo "   (bytes_per_second is MiB/s; the MB/s counter is 10^6 bytes per CPU second)"
"$bench" --benchmark_filter=BM_DecodeDetectJson
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for mb in 5 50; do
  echo "== stages on $mb MB (CPU seconds)"
  "$bench" --phases "$mb"
  echo "== peak memory on $mb MB"
  "$bench" --peak-rss "$mb"
  echo "== the CLI on $mb MB: banmian convert page.txt -o page.json"
  "$bench" --write-input "$mb" "$tmp/page.txt"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U s user + %S s system CPU, peak RSS %M KB" \
      "$build/banmian" convert "$tmp/page.txt" -o "$tmp/page.json" 2>"$tmp/time.txt" || true
    bytes=$(stat -c %s "$tmp/page.txt")
    awk -v bytes="$bytes" '{ cpu = $1 + $5; rss = $(NF-1);
      printf "%s\n%.1f MB in %.2f CPU s = %.1f MB/s; peak RSS %.1f MB = %.2fx input\n",
             $0, bytes/1e6, cpu, bytes/1e6/cpu, rss/1000*1.024, rss*1024/bytes }' "$tmp/time.txt"
  else
    echo "(GNU time not installed: apt-get install -y time)"
  fi
done
