#!/usr/bin/env python3
"""Plants faults in a census file, one kind per chosen child, for comparing validators:
dates that are not dates or out of order, codes outside the code sets, missing required
parts, shared UPNs and LA child ids, plans that overlap, closures without reasons.

    python3 bench/census-faults.py IN.xml OUT.xml [seed]
"""
import random
import re
import sys

FAULTS = [
    (r"<PersonBirthDate>[^<]*</PersonBirthDate>", "<PersonBirthDate>2025-02-30</PersonBirthDate>"),
    (r"<Sex>[^<]*</Sex>", "<Sex>X</Sex>"),
    (r"<Ethnicity>[^<]*</Ethnicity>", "<Ethnicity>ZZZZ</Ethnicity>"),
    (r"<PrimaryNeedCode>[^<]*</PrimaryNeedCode>", ""),
    (r"<ReferralSource>[^<]*</ReferralSource>", "<ReferralSource>7Z</ReferralSource>"),
    (r"<UPN>[^<]*</UPN>", "<UPN>A87312341500</UPN>"),
    (r"<UPN>[^<]*</UPN>", "<UPN>B873123415001</UPN>"),
    (r"<CINreferralDate>[^<]*</CINreferralDate>", "<CINreferralDate>2026-05-01</CINreferralDate>"),
    (r"<ReasonForClosure>[^<]*</ReasonForClosure>", ""),
    (r"<AssessmentAuthorisationDate>[^<]*</AssessmentAuthorisationDate>",
     "<AssessmentAuthorisationDate>2024-01-01</AssessmentAuthorisationDate>"),
    (r"<AssessmentFactors>[^<]*</AssessmentFactors>", "<AssessmentFactors>99</AssessmentFactors>"),
    (r"<ICPCnotRequired>true</ICPCnotRequired>", "<ICPCnotRequired>maybe</ICPCnotRequired>"),
    (r"<InitialCategoryOfAbuse>[^<]*</InitialCategoryOfAbuse>", "<InitialCategoryOfAbuse>MUL</InitialCategoryOfAbuse>"),
    (r"<NumberOfPreviousCPP>[^<]*</NumberOfPreviousCPP>", "<NumberOfPreviousCPP>-1</NumberOfPreviousCPP>"),
    (r"<ReferralNFA>0</ReferralNFA>", "<ReferralNFA>true</ReferralNFA>"),
    (r"<CINPlanDates><CINPlanStartDate>([^<]*)</CINPlanStartDate>",
     r"<CINPlanDates><CINPlanStartDate>\1</CINPlanStartDate><CINPlanEndDate>2020-01-01</CINPlanEndDate>"),
    (r"<LAchildID>H(\d+)</LAchildID>", "<LAchildID>H1</LAchildID>"),
]


def main():
    source, target = sys.argv[1], sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 11)
    with open(source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    planted = 0
    for i, line in enumerate(lines):
        if line.startswith("<Child>") and rng.random() < 0.15:
            pattern, replacement = rng.choice(FAULTS)
            changed = re.sub(pattern, replacement, line, count=1)
            if changed != line:
                lines[i] = changed
                planted += 1
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"{planted} faults planted", file=sys.stderr)


if __name__ == "__main__":
    main()
