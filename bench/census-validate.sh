#!/usr/bin/env bash
# Times validate-census on a synthetic 2025-26 census file of N children in the national
# proportions (bench/census-file.py), three runs, and prints each run's reading and checking
# times (from the command's own report) and its wall-clock time with Hearth's start-up.
#
#   bash bench/census-validate.sh 20000
#   bash bench/census-validate.sh 400000
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
children="${1:-20000}"
results="$repo/bench/results"
file="$results/census-$children.xml"
mkdir -p "$results/census-validate"
[ -f "$file" ] || python3 "$repo/bench/census-file.py" "$children" "$file"
classpath="$results/hearth-classpath.txt"
(cd "$repo" && flock /tmp/hearth-mvn.lock mvn -q compile dependency:build-classpath -Dmdep.outputFile="$classpath") >&2
echo "$(du -h "$file" | cut -f1) file of $children children; $(nproc) cores"
for run in 1 2 3; do
  start=$(date +%s.%N)
  (cd "$results/census-validate" && LOGGING_LEVEL_ROOT=ERROR java -cp "$repo/target/classes:$(cat "$classpath")" \
    hearth.Hearth validate-census "$file" --format csv > findings.csv 2> run.log)
  end=$(date +%s.%N)
  printf 'run %d: %s; %.1f s wall clock with start-up\n' "$run" \
    "$(grep -o '[0-9,]* findings (.*)' "$results/census-validate/run.log")" "$(echo "$end - $start" | bc)"
done
