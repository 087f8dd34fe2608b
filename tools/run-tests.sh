#!/bin/sh
# Quick start 2: install what is needed (the test and benchmark tools too),
# build, and run the whole test suite (tools' Python tests, then every
# GoogleTest through ctest). CI runs this.
# On CI (CI=true) or with PRESENCIA_ASAN=1 the fast unit tests also run in
# build-asan/ under AddressSanitizer and UndefinedBehaviorSanitizer, before
# the main run so that ctest's summary stays the last line printed.
# On CI as root the Debian package is also built, installed with apt-get and
# made to audit the sample case from /usr (the ctest test Install.* does the
# same with dpkg-deb -x, without root).
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh test
werror=""
if [ "${CI:-}" = "true" ]; then werror="-DPRESENCIA_WERROR=ON"; fi
# Tests on explicitly: quick start 1 (tools/quickstart.sh) configures the
# same build/ without them.
sh tools/build.sh -DPRESENCIA_BUILD_TESTS=ON $werror
/usr/bin/python3 -m unittest discover -s tools/tests
if [ "${CI:-}" = "true" ] || [ "${PRESENCIA_ASAN:-}" = "1" ]; then
    sh tools/sanitize-tests.sh
fi
if [ "${CI:-}" = "true" ] && [ "$(id -u)" -eq 0 ]; then
    sh tools/packaging/check-installed-package.sh build
fi
cd build
ctest -j "$(nproc)" --output-on-failure --timeout 600
