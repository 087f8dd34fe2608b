#!/bin/sh
# Quick start 2: install what is needed, build, and run the whole test suite
# (tools' Python tests, then every GoogleTest through ctest). CI runs this.
# On CI (CI=true) or with PRESENCIA_ASAN=1 the fast unit tests also run in
# build-asan/ under AddressSanitizer and UndefinedBehaviorSanitizer, before
# the main run so that ctest's summary stays the last line printed.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
werror=""
if [ "${CI:-}" = "true" ]; then werror="-DPRESENCIA_WERROR=ON"; fi
sh tools/build.sh $werror
/usr/bin/python3 -m unittest discover -s tools/tests
if [ "${CI:-}" = "true" ] || [ "${PRESENCIA_ASAN:-}" = "1" ]; then
    sh tools/sanitize-tests.sh
fi
cd build
ctest -j "$(nproc)" --output-on-failure --timeout 600
