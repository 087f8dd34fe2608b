#!/bin/sh
# Quick start 2: install what is needed, build, and run the whole test suite
# (tools' Python tests, then every GoogleTest through ctest). CI runs this.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
werror=""
if [ "${CI:-}" = "true" ]; then werror="-DPRESENCIA_WERROR=ON"; fi
sh tools/build.sh $werror
/usr/bin/python3 -m unittest discover -s tools/tests
cd build
ctest -j "$(nproc)" --output-on-failure --timeout 600
