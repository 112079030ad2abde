#!/usr/bin/env bash
# Builds the JMH benchmarks of ctg and runs them all; see BENCHMARKS.md.
#
#   ctg-benchmarks/run.sh quick   a quick look: every benchmark, short runs (about 6 minutes)
#   ctg-benchmarks/run.sh full    the figures of BENCHMARKS.md (about 16 minutes)
#
# Further arguments go to JMH, e.g. `-p database=h2mem` (no PostgreSQL) or `-p pgUrl=jdbc:postgresql://…`
# (default: $CTG_TEST_POSTGRES_URL, else jdbc:postgresql://127.0.0.1:5432/test?user=postgres).
# Results: ctg-benchmarks/target/results/<mode>-*.json, the footprint and the Markdown table.
set -euo pipefail

mode="${1:-quick}"
if [ $# -gt 0 ]; then shift; fi
case "$mode" in
  # Timed benchmarks (average time) and bulk imports, JDBC and JSON (one import per single-shot iteration).
  quick) timed=(-f 1 -wi 1 -w 1s -i 2 -r 1s); imports=(-f 1 -wi 0 -i 1) ;;
  full)  timed=(-f 1 -wi 3 -w 2s -i 5 -r 2s); imports=(-f 1 -wi 1 -i 5) ;;
  *) echo "Usage: $0 [quick|full] [JMH options…]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
./mvnw -q -Pbenchmarks -DskipTests package -pl ctg-benchmarks -am

jar=ctg-benchmarks/target/benchmarks.jar
out=ctg-benchmarks/target/results
mkdir -p "$out"

# The stores, files and H2 databases go to one directory, java.io.tmpdir of every JMH fork: $CTG_BENCH_DIR, else
# ${TMPDIR:-/tmp}/ctg-benchmarks. On ext4 it is marked a top of directory hierarchies (chattr +T), so that each
# directory a benchmark creates there gets block groups of its own rather than those where the previous trial or
# iteration just deleted thousands of files: ext4 without a journal skips every inode freed in the last minute,
# about a millisecond of kernel time per file created, and the figures would measure the harness's cleanup.
bench_dir="${CTG_BENCH_DIR:-${TMPDIR:-/tmp}/ctg-benchmarks}"
mkdir -p "$bench_dir"
if ! chattr +T "$bench_dir" 2>/dev/null; then
  echo "run.sh: $bench_dir not marked with chattr +T (not ext4?); see BENCHMARKS.md, Run them" >&2
fi

jmh=(java -Djava.io.tmpdir="$bench_dir" -jar "$jar")

"${jmh[@]}" -e ImportBenchmarks "${timed[@]}" -rf json -rff "$out/$mode-timed.json" "$@"
"${jmh[@]}" ImportBenchmarks "${imports[@]}" -rf json -rff "$out/$mode-imports.json" "$@"
java -Xms4g -Xmx4g -cp "$jar" io.github.ctglib.benchmarks.PortfolioFootprint | tee "$out/$mode-footprint.txt"
java -cp "$jar" io.github.ctglib.benchmarks.ResultsTable "$out/$mode-timed.json" "$out/$mode-imports.json" \
  | tee "$out/$mode-table.md"
