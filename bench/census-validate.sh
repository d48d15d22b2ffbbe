#!/usr/bin/env bash
# Times validate-census on a synthetic 2025-26 census file of N children in the national
# proportions (bench/census-file.py), three runs, and prints each run's reading and checking
# times (from the command's own report) and its wall-clock time with Hearth's start-up, run as a
# council's scheduler runs it: scripts/hearth on the built jar.
#
#   bash bench/census-validate.sh 20000
#   bash bench/census-validate.sh 400000
#   PLAIN=1 bash bench/census-validate.sh 20000   (java -jar with the JVM's own settings, not scripts/hearth)
#   JAR=/tmp/ci/target/hearth.jar bash bench/census-validate.sh 20000
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
children="${1:-20000}"
results="$repo/bench/results"
file="$results/census-$children.xml"
mkdir -p "$results/census-validate"
[ -f "$file" ] || python3 "$repo/bench/census-file.py" "$children" "$file"
jar="$(realpath "${JAR:-$repo/target/hearth.jar}")"
[ -f "$jar" ] || { echo "no jar at $jar: build it first (mvn -DskipTests package)" >&2; exit 1; }
if [ "${PLAIN:-0}" = 1 ]; then launch=(java -jar "$jar"); else launch=("$repo/scripts/hearth"); fi
echo "$(du -h "$file" | cut -f1) file of $children children; $(nproc) cores; run as: ${launch[*]}"
for run in 1 2 3; do
  start=$(date +%s.%N)
  (cd "$results/census-validate" && LOGGING_LEVEL_ROOT=ERROR HEARTH_JAR="$jar" "${launch[@]}" \
    validate-census "$file" --format csv > findings.csv 2> run.log)
  end=$(date +%s.%N)
  printf 'run %d: %s; %.1f s wall clock with start-up\n' "$run" \
    "$(grep -o '[0-9,]* findings (.*)' "$results/census-validate/run.log")" "$(echo "$end - $start" | bc)"
done
