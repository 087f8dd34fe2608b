#!/usr/bin/env bash
# Measure presencia's accuracy in one command: generate a seeded corpus,
# audit every case with the built binary, score the reports against truth.
#
# Usage: tools/accuracy.sh [--cases N] [--seed S] [--out DIR] [--jobs J]
#                          [--subset mixed|clean|degraded] [--regen]
#                          [--families all|tuning|held_out|held_out_2|held_out_3|held_out_4|held_out_5|held_out_6|held_out_7|held_out_8|held_out_9|held_out_10|classic]
#
# --families keeps the corpus to the template families of that frozen split
# (tools/corpus/families.json); evaluate.py reports the splits side by side.
# held_out_2 … held_out_10 are the fresh sets (each measured once blind, then
# looked at); all leaves them out.
# classic is the corpus of before the families (one builder per kind).
#
# Works from any cwd. The binary is build/presencia unless PRESENCIA_BIN is
# set. The table goes to stdout; progress and timings go to stderr so the
# table can be redirected straight into the README.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly repo_root
readonly python=/usr/bin/python3

usage() {
    sed -n '5,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit "$1"
}

die() {
    echo "accuracy.sh: $*" >&2
    exit 2
}

cases=100 seed=2026 out=/tmp/presencia-accuracy jobs="$(nproc)" subset=mixed regen=no families=all
while (($#)); do
    case "$1" in
        --cases | --seed | --out | --jobs | --subset | --families)
            (($# >= 2)) || die "$1 needs a value"
            declare "${1#--}=$2"
            shift 2
            ;;
        --regen) regen=yes; shift ;;
        -h | --help) usage 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done
[[ $cases =~ ^[1-9][0-9]*$ ]] || die "--cases must be a positive integer, got '$cases'"
[[ $seed =~ ^[0-9]+$ ]] || die "--seed must be a non-negative integer, got '$seed'"
[[ $jobs =~ ^[1-9][0-9]*$ ]] || die "--jobs must be a positive integer, got '$jobs'"
[[ $subset =~ ^(mixed|clean|degraded)$ ]] || die "--subset must be mixed, clean or degraded"
[[ $families =~ ^(all|tuning|held_out|held_out_2|held_out_3|held_out_4|held_out_5|held_out_6|held_out_7|held_out_8|held_out_9|held_out_10|classic)$ ]] ||
    die "--families must be all, tuning, held_out, held_out_2, held_out_3, held_out_4, held_out_5, held_out_6, held_out_7, held_out_8, held_out_9, held_out_10 or classic"

mkdir -p "$out"
out="$(cd "$out" && pwd)"
readonly corpus="$out/corpus" reports="$out/reports" logs="$out/logs"
readonly stamp="$corpus/.stamp" stamp_text="cases=$cases seed=$seed families=$families"
bin="${PRESENCIA_BIN:-$repo_root/build/presencia}"
[[ -x $bin ]] || die "no executable $bin: build first (cmake -B build && cmake --build build) or set PRESENCIA_BIN"

phase_start=
start_phase() {
    phase_start=$EPOCHREALTIME
    echo "accuracy.sh: $1" >&2
}
end_phase() {
    awk -v a="$phase_start" -v b="$EPOCHREALTIME" -v name="$1" \
        'BEGIN { printf "accuracy.sh: %s took %.1f s\n", name, b - a }' >&2
}

# The corpus is deterministic in (cases, seed), so a stamped one is reused.
generate_corpus() {
    if [[ $regen == no && -f $stamp && "$(cat "$stamp")" == "$stamp_text" ]]; then
        echo "accuracy.sh: reusing corpus $corpus ($stamp_text); --regen to rebuild" >&2
        return
    fi
    start_phase "generating $cases cases, seed $seed, families $families"
    rm -rf "$corpus"
    "$python" "$repo_root/tools/gen_corpus.py" --out "$corpus" --cases "$cases" --seed "$seed" \
        --families "$families" >&2
    echo "$stamp_text" >"$stamp"
    end_phase generate
}

# Case ids to audit. The generator mixes subsets, so --subset filters its
# output by each truth file's "subset" field.
list_cases() {
    "$python" - "$corpus/truth" "$subset" <<'EOF'
import json, pathlib, sys
truth_dir, subset = pathlib.Path(sys.argv[1]), sys.argv[2]
for path in sorted(truth_dir.glob("*.json")):
    if subset == "mixed" or json.loads(path.read_text()).get("subset") == subset:
        print(path.stem)
EOF
}

# One case. The audit's exit status is its verdict (0 complete, 1 incomplete,
# other: error), not a failure of this script, so it is only logged.
audit_one() {
    local id=$1 status=0
    "$bin" audit "$corpus/cases/$id" --jobs 1 --json "$reports/$id.json" >"$logs/$id.log" 2>&1 || status=$?
    echo "accuracy.sh: exit status $status" >>"$logs/$id.log"
}
export -f audit_one
export bin corpus reports logs

audit_cases() {
    local ids
    ids="$(list_cases)"
    [[ -n $ids ]] || die "no $subset cases in $corpus/truth"
    start_phase "auditing $(wc -l <<<"$ids") cases with $bin, $jobs jobs"
    rm -rf "$reports" "$logs"
    mkdir -p "$reports" "$logs"
    # Each page's CPU seconds, for evaluate.py's slowest pages (pages the OCR
    # cache already held are not read, so not timed: a fresh XDG_CACHE_HOME
    # times them all).
    export PRESENCIA_PAGE_TIMES="${PRESENCIA_PAGE_TIMES:-$out/page_times.tsv}"
    rm -f "$PRESENCIA_PAGE_TIMES"
    # shellcheck disable=SC2016 # $1 is expanded by the child bash, per case.
    xargs -P "$jobs" -n 1 bash -c 'audit_one "$1"' _ <<<"$ids"
    end_phase audit
    local odd
    odd="$(grep -L 'accuracy.sh: exit status [01]$' "$logs"/*.log | wc -l)"
    ((odd == 0)) || echo "accuracy.sh: $odd audits exited with another status; see $logs" >&2
}

evaluate_reports() {
    start_phase "evaluating"
    local filter=()
    [[ $subset == mixed ]] || filter=(--subset "$subset")
    "$python" "$repo_root/tools/evaluate.py" "$corpus/truth" "$reports" \
        --json "$out/accuracy.json" "${filter[@]}"
    end_phase evaluate
    echo "accuracy.sh: figures in $out/accuracy.json, logs in $logs" >&2
}

generate_corpus
audit_cases
evaluate_reports
