#!/bin/sh
# Fuzzes the date parser, the name matcher, the case.json reader and the
# image and PDF loaders with libFuzzer (clang, ASan + UBSan), each for a set
# time, in build-fuzz/. Corpora live in tests/fuzz/corpus/<target>/ and are
# minimised with -merge=1 afterwards so they stay small; crash reproducers are
# copied to tests/fuzz/crashes/<target>/, where ctest replays them.
#
#   tools/fuzz.sh [--seconds N] [target...]     (default 60 s; all targets)
set -eu
cd "$(dirname "$0")/.."

seconds=60
if [ "${1:-}" = "--seconds" ]; then seconds=$2; shift 2; fi
targets=${*:-"dates names case_file image pdf"}

# Fuzzing only: clang and its sanitizer runtimes, not in the main install.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=""
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root apt-get install -y -qq --no-install-recommends $missing
fi

# Our code gets coverage feedback (fuzzer-no-link); the system libraries
# (OpenCV, Poppler, Leptonica) run uninstrumented.
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" \
    -DPRESENCIA_SANITIZE=address,undefined -DPRESENCIA_BUILD_TESTS=OFF -DPRESENCIA_FUZZ=ON >/dev/null
for t in $targets; do
    cmake --build build-fuzz -j "$(nproc)" --target "${t}_fuzz"
done

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
export OMP_THREAD_LIMIT=1
status=0
for t in $targets; do
    corpus=tests/fuzz/corpus/$t
    crashes=tests/fuzz/crashes/$t
    work=build-fuzz/work/$t
    mkdir -p "$corpus" "$crashes" "$work/new"
    log=$work/fuzz.log
    echo "fuzz: $t for ${seconds}s"
    # New inputs go to a scratch folder; -merge=1 then keeps only those that
    # add coverage, so the checked-in corpus grows slowly.
    if ! build-fuzz/fuzz/"${t}_fuzz" "$work/new" "$corpus" -max_total_time="$seconds" \
        -max_len=65536 -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
        -artifact_prefix="$work/" >"$log" 2>&1; then
        status=1
        echo "fuzz: $t FAILED, see $log"
    fi
    for a in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
        [ -e "$a" ] && cp "$a" "$crashes/" && echo "fuzz: $t kept $(basename "$a")"
    done
    # Minimise: keep the smallest set of old and new inputs with the same
    # coverage, so the corpus stays small (< 2 MB for all targets).
    rm -rf "$work/min" && mkdir -p "$work/min"
    if build-fuzz/fuzz/"${t}_fuzz" -merge=1 "$work/min" "$corpus" "$work/new" >"$work/merge.log" 2>&1; then
        rm -rf "$corpus" && mv "$work/min" "$corpus"
    fi
    rm -rf "$work/new"
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | tr '\n' ' '
    echo "corpus files: $(ls "$corpus" | wc -l)"
done
exit $status
