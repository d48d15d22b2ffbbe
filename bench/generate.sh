#!/usr/bin/env bash
# Usage: bench/generate.sh CHILDREN YEARS — generates a council into a fresh embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-300000}
years=${2:-10}
[ -f target/hearth.jar ] || mvn -B -ntp -q -DskipTests package
dir=bench/results/council-$children
rm -rf "$dir"
mkdir -p bench/results
/usr/bin/time -f "elapsed_seconds=%e max_rss_kb=%M" \
  java -jar target/hearth.jar generate --children="$children" --years="$years" --seed=42 \
  --hearth.db.data-dir="$dir/postgres" --logging.level.root=warn
