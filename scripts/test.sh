#!/usr/bin/env bash
# The tests: install what is missing, then run every test target.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build --product graphjit
# The tests are XCTest; Swift Testing is off so its "0 tests" summary does not close the log.
swift test --disable-swift-testing "$@"
