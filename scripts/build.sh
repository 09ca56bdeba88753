#!/usr/bin/env bash
# Configures and builds banmian into build/ (warnings are errors), producing build/banmian.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DBANMIAN_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
