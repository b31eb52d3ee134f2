#!/usr/bin/env bash
# The main job: install what is missing (LLVM's C API from Debian), build graphjit in release
# mode, and run the LLVM JIT blog's graph through it as a smoke check.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
swift build -c release --product graphjit
bin=$(swift build -c release --show-bin-path)/graphjit
echo "+ graphjit run graphs/blog_addsub.pbtxt --input input=10"
"$bin" run graphs/blog_addsub.pbtxt --input input=10
echo "graphjit is at $bin"
