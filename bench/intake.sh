#!/usr/bin/env bash
# Usage: bench/intake.sh CHILDREN [NOTIFICATIONS] [THREADS] — against a council made by generate.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-300000}
notifications=${2:-5000}
threads=${3:-4}
dir=bench/results/council-$children
[ -d "$dir" ] || bash bench/generate.sh "$children" 10
java -jar target/hearth.jar intake-benchmark --notifications="$notifications" --threads="$threads" \
  --hearth.db.data-dir="$dir/postgres" --logging.level.root=warn
