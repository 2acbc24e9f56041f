#!/usr/bin/env bash
# Fuzzes convene's readers with libFuzzer (Fuzz/README.md).
#
#   Scripts/fuzz.sh [TARGET|all|list] [SECONDS]
#
# Builds Fuzz/Sources/convene-fuzz with -sanitize=fuzzer into .build-fuzz (only when
# CONVENE_FUZZ is set does Package.swift declare it), seeds a corpus per target from
# Examples/, Templates/ and Fuzz/seeds/, and runs the target (every target, one after the
# other, for "all") for SECONDS seconds each (default 60) at the lowest priority; inputs are
# at most FUZZ_MAX_LEN bytes (default 20,000). Inputs that crash or hang are written to
# Fuzz/findings/TARGET-*; the corpus grows in .build-fuzz/corpus/TARGET.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-all}
seconds=${2:-60}
targets=(csv json event rooms participants sessions signups attendance feedback schedule release
  tasks travel ledger notifications registration-import attendance-import feedback-form feedback-export
  rsvp-ics network cities framework requests followup followup-form followup-export)

if [[ $target == list ]]; then
  printf '%s\n' "${targets[@]}"
  exit 0
fi

# Release: optimised, yet Swift still traps on overflow, bad indexes and failed unwraps.
build=(swift build -c release --scratch-path .build-fuzz -j 1 -Xswiftc -sanitize=fuzzer --product convene-fuzz)
CONVENE_FUZZ=1 nice -n 19 "${build[@]}" >&2
binary="$(CONVENE_FUZZ=1 "${build[@]}" --show-bin-path)/convene-fuzz"

# The seed files of a target, one path a line.
seeds() {
  local name=$1
  case $name in
    csv) ls Examples/*/*.csv Examples/registrations/* Examples/returns/*/*.csv Examples/returns/*/feedback/*.csv ;;
    json) ls Examples/*/event.json Templates/workspaces/*/event.json Templates/workspaces/common/*.json
      ls Examples/returns/dakar/feedback/forms/*.json | head -5 ;;
    event) ls Examples/*/event.json Templates/workspaces/*/event.json ;;
    rooms | participants | sessions | signups | tasks | travel)
      ls Examples/dakar-regional-workshop/"$name".csv Templates/workspaces/*/"$name".csv 2>/dev/null || true ;;
    registration-import) ls Examples/registrations/* ;;
    attendance-import) ls Examples/returns/*/*.csv ;;
    feedback-form) ls Examples/returns/*/feedback/forms/*.json | head -20 ;;
    feedback-export) ls Examples/returns/*/feedback/*.csv ;;
    network|cities|framework|requests) ls Examples/network/* Templates/network/* ;;
    followup) ls Examples/tunis-2028/feedback/feedback.csv ;;
    followup-form) ls Examples/returns/*/followup*/forms/*.json Examples/returns/*/followup-late/*.json | head -20 ;;
    followup-export) ls Examples/returns/*/followup/*.csv ;;
  esac
  if [[ -d Fuzz/seeds/$name ]]; then ls -d Fuzz/seeds/"$name"/*; fi
}

# Runs one target; appends "target, wall seconds, CPU seconds, runs" to
# .build-fuzz/record/record.tsv.
run() {
  local name=$1 corpus=.build-fuzz/corpus/$1 log
  mkdir -p "$corpus" Fuzz/findings .build-fuzz/record
  seeds "$name" | while read -r file; do
    cp -n "$file" "$corpus/seed-$(echo "$file" | tr '/' '_')" 2>/dev/null || true
  done
  echo "fuzzing $name for $seconds s" >&2
  log=$(mktemp)
  # At the lowest priority a slow input may wait long for the CPU: the per-input limit is
  # generous, and `timeout` ends a run that libFuzzer itself cannot.
  local TIMEFORMAT="%R %U"
  { time (CONVENE_FUZZ_TARGET=$name timeout -s KILL $((seconds + 600)) nice -n 19 "$binary" "$corpus" \
    -max_total_time="$seconds" -timeout=300 -rss_limit_mb=4096 -max_len="${FUZZ_MAX_LEN:-20000}" \
    -report_slow_units=600 -print_final_stats=1 -artifact_prefix="Fuzz/findings/$name-" 2> "$log" || true); } \
    2> "$log.time"
  cat "$log" >&2
  local runs
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  printf '%s\t%s\t%s\t%s\n' "$name" $(tail -n 1 "$log.time") "${runs:-0}" >> .build-fuzz/record/record.tsv
  rm -f "$log" "$log.time"
}

if [[ $target == all ]]; then
  for name in "${targets[@]}"; do run "$name"; done
else
  run "$target"
fi
