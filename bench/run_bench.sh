#!/usr/bin/env bash
# Structure detection benchmark (issue 3): decode + detect + structure JSON on pages made by
# concatenating the dev corpus to 5 and 50 MB. Prints CPU MB/s (the machine may be shared, so
# CPU time, not wall time), the time per stage, and peak RSS per stage in a fresh process.
#   bench/run_bench.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cmake --build "$build" --target bench_detect -j2 >/dev/null
bench="$build/bench/bench_detect"
echo "== Google Benchmark: BM_DecodeDetectJson/5 and /50 (MB), 3 iterations each"
"$bench" --benchmark_filter=BM_DecodeDetectJson
for mb in 5 50; do
  echo "== stages on $mb MB (CPU seconds)"
  "$bench" --phases "$mb"
  echo "== peak memory on $mb MB"
  "$bench" --peak-rss "$mb"
done
