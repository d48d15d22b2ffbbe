"""Prints the (rule, child) pairs the councils' validator (csc-validator-be-cin) finds in a census file.

Run from the validator's source directory: PYTHONPATH=. python3 census-validator-pairs.py FILE [RULESET]
One CSV row "rule,child" per pair (child blank for a rule about the whole file), sorted, unique.

It runs the validator's own rules and reads its issue list, but maps each issue's row to its
child here, skipping rows the validator cannot place: the validator's own mapping stops the whole
report at the first such row (it does for some files with malformed dates), which would leave
nothing to compare. Skipped rows, and rules that failed to run, are named on stderr.
"""
import contextlib
import copy
import csv
import importlib
import sys
import xml.etree.ElementTree as ET

import pandas as pd

from cin_validator import cin_validator


def pairs(path, ruleset):
    root = ET.parse(path).getroot()
    data = cin_validator.process_data(cin_validator.convert_data(root))
    tables = copy.deepcopy(data)
    registry = importlib.import_module(f"cin_validator.rules.{ruleset}").registry
    validator = cin_validator.CinValidator.__new__(cin_validator.CinValidator)
    validator.data_files = data
    validator.ruleset_registry = registry
    with contextlib.redirect_stdout(sys.stderr):
        validator.create_issue_report_df(None)
    found = set()
    issues = validator.full_issue_df
    for rule, table, row in zip(issues["rule_code"], issues["tables_affected"], issues["ROW_ID"]):
        if pd.isna(table) or table == "Header":
            found.add((str(rule), ""))
        elif pd.isna(row):
            print(f"rule {rule}: an issue in {table} with no row, left out", file=sys.stderr)
        else:
            child = tables[table]["LAchildID"].iloc[int(row)]
            found.add((str(rule), "" if pd.isna(child) else str(child)))
    if len(validator.la_rule_issues):
        for rule in validator.la_rule_issues.iloc[:, 0]:
            found.add((str(rule), ""))
    return sorted(found)


if __name__ == "__main__":
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["rule", "child"])
    for pair in pairs(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "cin2025_26"):
        out.writerow(pair)
