#!/usr/bin/env bash
# Times the census export of a national-size 2025-26 year read from the database: N children
# (default 400,000) with an episode of need in the year, made by bench/national-census.sql in
# Hearth's own tables. Starts from a clean data folder, starts Hearth once so that Flyway makes
# the schema (demo council off), loads the year into its embedded PostgreSQL while it runs, stops
# it, then runs `census --year 2026` three times, printing each run's wall-clock seconds, the
# command's own output and the <Child> elements in the file. VALIDATE=1 also runs validate-census
# on the last file and prints its findings by rule.
#
#   bash bench/census-national.sh 20000
#   bash bench/census-national.sh 400000
#   JAR=/tmp/ci/target/hearth.jar bash bench/census-national.sh 400000
#   REUSE=1 bash bench/census-national.sh 400000   (times the export of a year loaded before)
#   PLAIN=1 bash bench/census-national.sh 400000    (java -jar with the JVM's own settings, not scripts/hearth)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
children="${1:-400000}"
jar="$(cd "$repo" && realpath "${JAR:-target/hearth.jar}")"
port="${PORT:-18090}"
dir="${DIR:-$repo/bench/results/national-$children}"
runs="${RUNS:-3}"
out="$dir/census-2026.xml"
[ -f "$jar" ] || { echo "no jar at $jar: build it first (mvn -DskipTests package)" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }

if [ "${PLAIN:-0}" = 1 ]; then launch=(java -jar "$jar"); else launch=("$repo/scripts/hearth"); fi
echo "run as: ${launch[*]}"
echo "jar $jar ($(date -r "$jar" '+%Y-%m-%d %H:%M')); data in $dir; $(nproc) cores"
app=""
stop_app() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app"
    for _ in $(seq 1 120); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
    if kill -0 "$app" 2>/dev/null; then kill -9 "$app"; fi
  fi
  app=""
}
trap stop_app EXIT

if [ "${REUSE:-0}" = 1 ] && [ -f "$dir/generate.log" ]; then
  echo "reusing the year loaded in $dir"
else
rm -rf "$dir"
mkdir -p "$dir"

# 1. The schema: Hearth's web application migrates the empty folder; the demo council stays out.
HEARTH_DATA_DIR="$dir" PORT="$port" HEARTH_DEMO=false \
  java -jar "$jar" --hearth.demo.load-on-empty=false > "$dir/app.log" 2>&1 &
app=$!
start=$(date +%s.%N)
for _ in $(seq 1 300); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/actuator/health")" = 200 ]; then break; fi
  kill -0 "$app" 2>/dev/null || { echo "Hearth stopped before it was healthy:" >&2; tail -20 "$dir/app.log" >&2; exit 1; }
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/actuator/health")" = 200 ] \
  || { echo "Hearth was not healthy after 300 s" >&2; exit 1; }
printf 'schema: Hearth healthy after %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"

# 2. The year, straight into the tables of the embedded PostgreSQL (it runs only while Hearth does).
pgport=$(sed -n 4p "$dir/postgres/postmaster.pid")
start=$(date +%s.%N)
PGOPTIONS='--client-min-messages=warning' psql -X -q -h localhost -p "$pgport" -U postgres -d postgres \
  -v children="$children" -f "$repo/bench/national-census.sql" | tee "$dir/generate.log"
printf 'generation: %d children in %.1f s\n' "$children" "$(echo "$(date +%s.%N) - $start" | bc)"
psql -X -q -At -h localhost -p "$pgport" -U postgres -d postgres -c "SELECT 'database size: ' || pg_size_pretty(pg_database_size('postgres'))"
stop_app
fi

# 3. The export, three times, each a fresh start of the command as a council's scheduler runs it.
for run in $(seq 1 "$runs"); do
  rm -f "$out"
  start=$(date +%s.%N)
  status=0
  HEARTH_DATA_DIR="$dir" LOGGING_LEVEL_ROOT=WARN HEARTH_JAR="$jar" "${launch[@]}" census --year 2026 --out "$out" \
    > "$dir/census-$run.out" 2> "$dir/census-$run.err" || status=$?
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  # The progress bar redraws one line with carriage returns: show its first, middle and last states.
  tr '\r' '\n' < "$dir/census-$run.err" | sed '/^\s*$/d' > "$dir/census-$run.lines"
  lines=$(wc -l < "$dir/census-$run.lines")
  printf 'run %d: %.1f s wall clock (exit %d)\n' "$run" "$seconds" "$status"
  awk -v n="$lines" 'NR == 1 || NR == int(n / 2) || NR >= n - 1' "$dir/census-$run.lines" | sed 's/^/  | /'
  sed 's/^/  | /' "$dir/census-$run.out"
  if [ "$status" -ne 0 ]; then exit "$status"; fi
  echo "  <Child> elements in the file: $(grep -o '<Child>' "$out" | wc -l); $(du -h "$out" | cut -f1)"
done

# 4. Optionally, the DfE's rules on the last file.
if [ "${VALIDATE:-0}" = 1 ]; then
  start=$(date +%s.%N)
  HEARTH_DATA_DIR="$dir" LOGGING_LEVEL_ROOT=WARN HEARTH_JAR="$jar" "${launch[@]}" validate-census "$out" --format csv \
    > "$dir/findings.csv" 2> "$dir/validate.err"
  printf 'validate-census: %.1f s; %s\n' "$(echo "$(date +%s.%N) - $start" | bc)" \
    "$(tr '\r' '\n' < "$dir/validate.err" | grep -o '[0-9,]* findings.*' | tail -1)"
  tail -n +2 "$dir/findings.csv" | cut -d, -f1,3 | sort | uniq -c | sort -rn | head -30
fi
