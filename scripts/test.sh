#!/usr/bin/env bash
# The tests: install what is missing, then run every test target.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --product graphjit
swift test "$@"
