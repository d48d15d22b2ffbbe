#!/usr/bin/env bash
# Compares Hearth's validate-census with the councils' validator (data-to-insight's
# csc-validator-be-cin 0.1.9, 2025-26 rules) on census files, pair by pair (rule, child).
#
#   bench/census-compare.sh FILE...
#
# Prints, for each file, the pairs only one of them reports: over the rules Hearth implements
# (one src/main/java/hearth/returns/census/rules/Rule<code>.java each) or over RULES="100 1103 ..."
# when set, and over every rule. Needs Debian's python3-pandas and python3-click
# (apt-get install -y python3-pandas python3-click python3-pytest); downloads nothing.
#   CENSUS_VALIDATOR_GIT  the validator's git directory (default: the snapshot in /work/.mirror)
#   CENSUS_WORK           where the validator is unpacked and Hearth's database lives (default /tmp/census-compare)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
git_dir="${CENSUS_VALIDATOR_GIT:-/work/.mirror/data-to-insight+csc-validator-be-cin/repo}"
work="${CENSUS_WORK:-/tmp/census-compare}"
python=/usr/bin/python3
[ $# -gt 0 ] || { echo "usage: $0 FILE..." >&2; exit 2; }
"$python" -c 'import pandas, click' 2>/dev/null \
  || { echo "needs python3-pandas and python3-click: apt-get install -y python3-pandas python3-click python3-pytest" >&2; exit 2; }

validator="$work/validator-0.1.9"
if [ ! -d "$validator/cin_validator" ]; then
  mkdir -p "$validator"
  git -C "$git_dir" archive v0.1.9 | tar -x -C "$validator"
fi

# Hearth from its compiled classes: the offline build cannot repackage a runnable jar.
classpath="$work/hearth-classpath.txt"
(cd "$repo" && flock /tmp/hearth-mvn.lock mvn -o -q compile dependency:build-classpath -Dmdep.outputFile="$classpath") >&2
rules="${RULES:-$(cd "$repo/src/main/java/hearth/returns/census/rules" && ls Rule*.java 2>/dev/null | sed 's/^Rule\(.*\)\.java$/\1/' | tr '\n' ' ')}"

for given in "$@"; do
  file="$(realpath "$given")"
  name="$(basename "$file")"
  (cd "$validator" && PYTHONPATH=. "$python" "$repo/bench/census-validator-pairs.py" "$file") \
    > "$work/$name.validator.csv" 2> "$work/$name.validator.log"
  # Spring logs to stdout too: the findings are the lines from the CSV header on.
  (cd "$work" && LOGGING_LEVEL_ROOT=ERROR HEARTH_DATA_DIR="$work/hearth-data" \
    java -cp "$repo/target/classes:$(cat "$classpath")" hearth.Hearth validate-census "$file" --format csv) \
    > "$work/$name.hearth.out" 2> "$work/$name.hearth.log" \
    || { echo "$name: validate-census failed, see $work/$name.hearth.log" >&2; continue; }
  RULES="$rules" "$python" - "$name" "$work/$name.validator.csv" "$work/$name.hearth.out" <<'PY'
import csv, os, re, sys

name, validator_csv, hearth_out = sys.argv[1:]
with open(validator_csv, newline="") as f:
    validator = {(r["rule"], r["child"]) for r in csv.DictReader(f)}
with open(hearth_out, newline="") as f:
    lines = f.read().splitlines()
start = lines.index("rule,child,severity,field,message")
rows = [l for l in lines[start:] if not re.match(r"\d{4}-\d\d-\d\dT\d\d:", l)]
hearth = {(r["rule"], r["child"]) for r in csv.DictReader(rows)}
mine = set(os.environ["RULES"].split())

def report(label, only):
    v = {p for p in validator if only(p[0])}
    h = {p for p in hearth if only(p[0])}
    print(f"{name} [{label}] validator {len(v)} pairs, hearth {len(h)}, both {len(v & h)}, "
          f"only validator {len(v - h)}, only hearth {len(h - v)}")
    for p in sorted(v - h):
        print(f"  only validator: {p[0]},{p[1]}")
    for p in sorted(h - v):
        print(f"  only hearth:    {p[0]},{p[1]}")

report(f"{len(mine)} rules Hearth implements", lambda rule: rule in mine)
report("all rules", lambda rule: True)
PY
done
