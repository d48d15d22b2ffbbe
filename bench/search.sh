#!/usr/bin/env bash
# Usage: bench/search.sh CHILDREN [QUERIES] — times searches against a council made by generate.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-300000}
queries=${2:-1000}
dir=bench/results/council-$children
[ -d "$dir" ] || bash bench/generate.sh "$children" 10
java -jar target/hearth.jar search-benchmark --queries="$queries" \
  --hearth.db.data-dir="$dir/postgres" --logging.level.root=warn
