#!/bin/sh
# Quick start 1: install only what building and running need, build only the
# program (no test suite), and audit the sample case. Arguments go to
# `presencia audit`, e.g. --html /tmp/maria.html or --lang en.
# Quick start 2 (sh tools/run-tests.sh) adds the test tools and runs everything.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh build
# The same build/ as tools/run-tests.sh, which turns the tests back on and
# reuses every object built here.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRESENCIA_BUILD_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc)" --target presencia
status=0
build/presencia audit samples/cases/maria-lopez-complete "$@" || status=$?
echo "(exit status $status: 0 complete, 1 incomplete, 2 nothing readable, 3 bad input, 4 cannot write)"
echo "(to install it: cd build && cpack -G DEB && sudo apt-get install ./presencia_*.deb)"
