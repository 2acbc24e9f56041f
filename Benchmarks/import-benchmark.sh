#!/usr/bin/env bash
# `make bench`: the registration import benchmark (see import-benchmark.py).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 Benchmarks/import-benchmark.py "$@"
