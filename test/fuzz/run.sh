#!/bin/bash
# test/fuzz/run.sh: run the libFuzzer harnesses (called by fuzz.mk).
#
#   run.sh check SECONDS name...   short run: SECONDS in all, split evenly,
#                                  one harness after the other; prints
#                                  "fuzz <name>: N passed, M failed" per harness
#   run.sh long SECONDS name...    SECONDS per harness, all at once under
#                                  nice -n 19; logs, grown corpora and crash
#                                  inputs in test/fuzz/long/
#
# Each harness starts from its seed corpus test/fuzz/corpus/<name>/ (read
# only: new inputs go to a scratch directory).  A crash or broken invariant
# leaves its input in test/fuzz/crashes/ as a reproducer:
#   test/fuzz/fuzz_<name>.bin test/fuzz/crashes/<file>
set -u
cd "$(dirname "$0")/../.."
mode=$1 secs=$2
shift 2
names=("$@")
[ ${#names[@]} -gt 0 ] || { echo "run.sh: no harness"; exit 2; }

# Options shared by both modes: inputs up to 16 kB, 20 s per input is a hang,
# 2 GB of RSS is a leak.
opts=(-max_len=16384 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1)
mkdir -p test/fuzz/crashes

# The text harnesses get a dictionary of markup, Han characters and readings.
dict_for() {
	case $1 in
		scan|pinyin|tok) echo -dict=test/fuzz/annot.dict ;;
	esac
}

# Summarise one libFuzzer log: runs, coverage, time.
summarise() {
	local log=$1 runs cov
	runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)
	# fork mode (long runs) reports "#<runs>: cov: ..." lines instead
	[ -n "$runs" ] || runs=$(sed -nE 's/^#([0-9]+): cov:.*/\1/p' "$log" | tail -1)
	cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
	printf '%s runs, %s' "${runs:-?}" "${cov:-cov: ?}"
}

if [ "$mode" = check ]; then
	per=$((secs / ${#names[@]}))
	[ "$per" -ge 1 ] || per=1
	rc=0
	for n in "${names[@]}"; do
		scratch=$(mktemp -d /tmp/annot_clean_fuzz.XXXXXX)
		log=$scratch/log
		mkdir -p "test/fuzz/corpus/$n"
		if test/fuzz/fuzz_$n.bin "${opts[@]}" $(dict_for "$n") -max_total_time="$per" \
			-artifact_prefix="test/fuzz/crashes/$n-" \
			"$scratch" "test/fuzz/corpus/$n" >"$log" 2>&1; then
			echo "fuzz $n: 1 passed, 0 failed"
			echo "  ($per s: $(summarise "$log"))"
		else
			echo "fuzz $n: 0 passed, 1 failed"
			grep -E 'invariant broken|ERROR: |runtime error|SUMMARY|Test unit written' "$log" | head -20
			rc=1
		fi
		rm -rf "$scratch"
	done
	exit $rc
fi

if [ "$mode" = long ]; then
	out=test/fuzz/long
	mkdir -p "$out"
	pids=()
	for n in "${names[@]}"; do
		mkdir -p "$out/corpus_$n"
		touch "$out/$n.start"
		timer=()
		[ -x /usr/bin/time ] && timer=(/usr/bin/time -o "$out/$n.time"
			-f "wall %e s, cpu %U s user + %S s sys, max rss %M kB")
		# fork mode: a finding is saved and fuzzing goes on
		nice -n 19 ${timer[@]+"${timer[@]}"} test/fuzz/fuzz_$n.bin "${opts[@]}" $(dict_for "$n") -max_total_time="$secs" \
			-artifact_prefix="test/fuzz/crashes/$n-" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
			"$out/corpus_$n" "test/fuzz/corpus/$n" >"$out/$n.log" 2>&1 &
		pids+=($!)
		echo "fuzz $n: pid $! log $out/$n.log"
	done
	rc=0
	for i in "${!names[@]}"; do
		n=${names[$i]}
		wait "${pids[$i]}"
		found=$(find test/fuzz/crashes -name "$n-*" -newer "$out/$n.start" | wc -l)
		if [ "$found" -eq 0 ]; then
			echo "fuzz ${names[$i]}: 1 passed, 0 failed ($(summarise "$out/${names[$i]}.log"))"
		else
			echo "fuzz ${names[$i]}: 0 passed, 1 failed ($found findings in test/fuzz/crashes/$n-*; $(summarise "$out/$n.log"))"
			rc=1
		fi
	done
	exit $rc
fi
echo "run.sh: unknown mode $mode"
exit 2
