#!/usr/bin/env bash
# Seconds from starting the jar to the sign-in page being served, with the demo council
# already in the data folder (the first start, which also generates it, is reported too).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/hearth.jar ] || mvn -B -ntp -q -DskipTests package
dir=bench/results/cold-start
port=18080
measure() {
  local start=$(date +%s.%N)
  java -jar target/hearth.jar --server.port=$port --hearth.db.data-dir="$dir/postgres" >"$dir/app.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/sign-in"; do sleep 0.2; done
  # On the first start the demo council is still being made while the page is served.
  if [ "$1" = first_start_with_demo_generation ]; then
    until grep -q "Generated a council" "$dir/app.log"; do sleep 0.2; done
  fi
  local end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$1_seconds=$(echo "$end - $start" | bc)"
}
rm -rf "$dir"; mkdir -p "$dir"
measure first_start_with_demo_generation
measure restart_with_existing_data
