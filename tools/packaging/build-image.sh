#!/bin/sh
# Builds the container image (tools/packaging/Containerfile) from the Debian
# package in BUILD_DIR (default build/; made by `cpack -G DEB` there if
# missing). The build context is a folder holding only the .deb, so the
# build tree is not sent to podman. Extra arguments go to `podman build`,
# e.g. --build-arg BASE=localhost/bookworm-minbase:12 where the registry
# cannot be reached.
#   sh tools/packaging/build-image.sh [BUILD_DIR] [podman build options]
set -eu
cd "$(dirname "$0")/../.."
build="${1:-build}"
[ $# -gt 0 ] && shift
if ! ls "$build"/presencia_*.deb >/dev/null 2>&1; then
    (cd "$build" && cpack -G DEB >/dev/null)
fi
deb="$(ls -t "$build"/presencia_*.deb | head -n 1)" # the newest
version="$(basename "$deb" | cut -d_ -f2)"
context="$build/image-context"
rm -rf "$context"
mkdir -p "$context"
cp "$deb" "$context/"
podman build -f tools/packaging/Containerfile -t "presencia:$version" "$@" "$context"
echo "presencia: built image presencia:$version from $(basename "$deb")"
