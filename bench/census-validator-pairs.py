"""Prints the (rule, child) pairs the councils' validator (csc-validator-be-cin) finds in a census file.

Run from the validator's source directory: python3 census-validator-pairs.py FILE [RULESET]
One CSV row "rule,child" per pair (child blank for a rule about the whole file), sorted, unique.
The validator's own messages about rules that failed to run go to stderr.
"""
import contextlib
import csv
import sys
import xml.etree.ElementTree as ET

import importlib

import pandas as pd

from cin_validator import cin_validator


def pairs(path, ruleset):
    root = ET.parse(path).getroot()
    data = cin_validator.process_data(cin_validator.convert_data(root))
    registry = importlib.import_module(f"cin_validator.rules.{ruleset}").registry
    with contextlib.redirect_stdout(sys.stderr):
        validator = cin_validator.CinValidator(data, registry)
    found = set()
    issues = validator.full_issue_df
    for rule, child in zip(issues["rule_code"], issues["child_id"]):
        found.add((str(rule), "" if pd.isna(child) else str(child)))
    for rule in validator.multichild_issues["rule_code"]:
        found.add((str(rule), ""))
    return sorted(found)


if __name__ == "__main__":
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["rule", "child"])
    for pair in pairs(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "cin2025_26"):
        out.writerow(pair)
