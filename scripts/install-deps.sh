#!/usr/bin/env bash
# Installs what GraphJIT needs to build (LLVM's C API and zlib from Debian) and writes the pkg-config
# file `graphjit-llvm.pc` from llvm-config, so SwiftPM finds LLVM without unsafe flags.
# Idempotent: does nothing that is already done.
set -euo pipefail

need_apt=()
command -v llvm-config >/dev/null 2>&1 || ls /usr/bin/llvm-config-* >/dev/null 2>&1 || need_apt+=(llvm-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
# zlib for gzip-compressed datasets: the CZlib target finds it through pkg-config's zlib.pc.
{ command -v pkg-config >/dev/null 2>&1 && pkg-config --exists zlib; } || need_apt+=(zlib1g-dev)
# The pictures of the inspection commands: SVG rendered to PNG by librsvg (with a font for the
# text), drawings of graphs by Graphviz (`graphjit dot -o net.svg`).
command -v rsvg-convert >/dev/null 2>&1 || need_apt+=(librsvg2-bin)
command -v dot >/dev/null 2>&1 || need_apt+=(graphviz)
{ command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; } || need_apt+=(fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "install-deps: installing ${need_apt[*]} from Debian" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# Pick llvm-config: $LLVM_CONFIG, then the unversioned one, then the newest versioned one.
LLVM_CONFIG="${LLVM_CONFIG:-}"
if [ -z "$LLVM_CONFIG" ]; then
    if command -v llvm-config >/dev/null 2>&1; then LLVM_CONFIG=llvm-config
    else LLVM_CONFIG=$(ls /usr/bin/llvm-config-* 2>/dev/null | sort -V | tail -n 1); fi
fi
if [ -z "$LLVM_CONFIG" ] || ! "$LLVM_CONFIG" --version >/dev/null 2>&1; then
    echo "install-deps: llvm-config not found; install Debian's llvm-dev" >&2
    exit 1
fi
if [ ! -f "$("$LLVM_CONFIG" --includedir)/llvm-c/Core.h" ]; then
    echo "install-deps: $("$LLVM_CONFIG" --includedir)/llvm-c/Core.h is missing; install Debian's llvm-dev" >&2
    exit 1
fi

version=$("$LLVM_CONFIG" --version)
# Only -I: SwiftPM refuses -D flags from pkg-config, and the C API headers need none.
cflags="-I$("$LLVM_CONFIG" --includedir)"
libdir=$("$LLVM_CONFIG" --libdir)
libs=$("$LLVM_CONFIG" --libs all 2>/dev/null || true)
# Link the single shared libLLVM when it exists: one library, fast links.
if ls "$libdir"/libLLVM-*.so >/dev/null 2>&1 || ls "$libdir"/libLLVM.so >/dev/null 2>&1; then
    libs=$("$LLVM_CONFIG" --link-shared --libs 2>/dev/null || echo "$libs")
fi
syslibs=$("$LLVM_CONFIG" --system-libs 2>/dev/null || true)

pcdir=/usr/local/lib/pkgconfig
if [ ! -w "$(dirname "$pcdir")" ] && [ "$(id -u)" -ne 0 ]; then
    pcdir="$HOME/.local/lib/pkgconfig"
    echo "install-deps: not root; writing to $pcdir (add it to PKG_CONFIG_PATH)" >&2
fi
mkdir -p "$pcdir"
tmp=$(mktemp "$pcdir/.graphjit-llvm.XXXXXX")
cat > "$tmp" <<PC
# Written by GraphJIT's scripts/install-deps.sh from $LLVM_CONFIG.
Name: graphjit-llvm
Description: LLVM C API, as GraphJIT links it
Version: $version
Cflags: $cflags
Libs: -L$libdir $libs $syslibs
PC
chmod 644 "$tmp"
mv "$tmp" "$pcdir/graphjit-llvm.pc"
echo "install-deps: LLVM $version ($LLVM_CONFIG), pkg-config file $pcdir/graphjit-llvm.pc" >&2
