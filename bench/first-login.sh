#!/usr/bin/env bash
# Seconds from starting the jar on an empty data folder to the first working demo login
# (sam.social), while the demo council is made; also when the sign-in page first says
# the council is still being made, and that it says so no longer once logins work.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/hearth.jar ] || mvn -B -ntp -q -DskipTests package
dir=bench/results/first-login
port=${PORT:-18080}
rm -rf "$dir"; mkdir -p "$dir"
cookies="$dir/cookies"
start=$(date +%s.%N)
java -jar target/hearth.jar --server.port="$port" --hearth.db.data-dir="$dir/postgres" >"$dir/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
seconds() { echo "$(date +%s.%N) - $start" | bc; }
noticed=""
while true; do
  sleep 1
  page=$(curl -s -c "$cookies" "http://localhost:$port/sign-in") || continue
  if [ -z "$noticed" ] && grep -q "still being made" <<<"$page"; then
    noticed=yes
    echo "notice_shown_after_seconds=$(seconds)"
  fi
  token=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//' || true)
  where=$(curl -s -b "$cookies" -o /dev/null -w '%{redirect_url}' --data-urlencode username=sam.social \
      --data-urlencode password=hearth-demo --data-urlencode "_csrf=$token" "http://localhost:$port/sign-in")
  if [ "$where" = "http://localhost:$port/" ]; then
    echo "first_demo_login_seconds=$(seconds)"
    break
  fi
done
echo "notice_after_ready=$(curl -s "http://localhost:$port/sign-in" | grep -c "still being made" || true)"
