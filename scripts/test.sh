#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: install, build, run every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
