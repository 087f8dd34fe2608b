#!/bin/sh
# The unit tests that need no OCR engine run (core, util, extract, rules,
# load, image, fuzz_replay) built with -fsanitize=address,undefined in
# build-asan/. Any sanitizer report fails the run. LeakSanitizer ignores only
# the leaks listed in tests/sanitizer/lsan.supp (system libraries).
# Then the threaded stages' tests (audit's worker pool, batch, serve's audit
# queue) built with -fsanitize=thread in build-tsan/: a data race or a lock
# inversion between presencia's threads fails the run (tests/sanitizer/
# tsan.supp names only system libraries whose synchronisation TSan cannot
# see). Death tests fork a threaded process, which TSan forbids: left out.
set -eu
cd "$(dirname "$0")/.."
labels="core util extract rules load image fuzz_replay"
# -O1, as the sanitizers' own documentation advises: instrumented code at -O2
# compiled three times slower here (people.cpp: 87 s against 30 s) for tests
# that run in seconds either way; -g1 keeps file and line in every report.
sanitizer_flags="-O1 -g1"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="$sanitizer_flags" \
    -DPRESENCIA_SANITIZE=address,undefined -DPRESENCIA_TESTS_NEED_BINARY=OFF >/dev/null
# A stage without tests (util today) has no target.
targets=$(cmake --build build-asan --target help | sed -n 's/^\.\.\. \([a-z_]*_tests\)$/\1/p')
for label in $labels; do
    if echo "$targets" | grep -qx "${label}_tests"; then
        cmake --build build-asan -j "$(nproc)" --target "${label}_tests"
    fi
done
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
cd build-asan
ctest -j "$(nproc)" --output-on-failure --timeout 600 \
    -L "^(core|util|extract|rules|load|image|fuzz_replay)$"

cd ..
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="$sanitizer_flags" \
    -DPRESENCIA_SANITIZE=thread -DPRESENCIA_TESTS_NEED_BINARY=OFF >/dev/null
cmake --build build-tsan -j "$(nproc)" --target audit_tests batch_tests serve_tests
export TSAN_OPTIONS="halt_on_error=1:suppressions=$PWD/tests/sanitizer/tsan.supp"
cd build-tsan
ctest -j "$(nproc)" --output-on-failure --timeout 600 -L "^(audit|batch|serve)$" -E DeathTest
