#!/bin/sh
# The unit tests that need no OCR engine run (core, util, extract, rules,
# load, image, fuzz_replay) built with -fsanitize=address,undefined in
# build-asan/. Any sanitizer report fails the run. LeakSanitizer ignores only
# the leaks listed in tests/sanitizer/lsan.supp (system libraries).
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPRESENCIA_SANITIZE=address,undefined >/dev/null
cmake --build build-asan -j "$(nproc)" --target \
    core_tests util_tests extract_tests rules_tests load_tests image_tests fuzz_replay_tests
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
cd build-asan
ctest -j "$(nproc)" --output-on-failure --timeout 600 \
    -L "^(core|util|extract|rules|load|image|fuzz_replay)$"
