#!/usr/bin/env python3
"""Writes a synthetic CIN census file (2025-26, the DfE's XML) of N children, in the national
proportions of ../shared/docs/national-figures.md: each child has an episode of need in the
year; about 85% an assessment with one to three factors, 35% a child in need plan, 45% a
section 47 enquiry (40% of them to an initial conference), 15% a child protection plan, and
half of the episodes closed. Synthetic people only: ids are H and a number.

    python3 bench/census-file.py 400000 bench/results/census-400000.xml [seed]
"""
import datetime as dt
import random
import sys

LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
SOURCES = [("5A", 28.7), ("3A", 18.2), ("1B", 15.0), ("2A", 14.1), ("1A", 8.1), ("9", 15.9)]
NEEDS = ["N1", "N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"]
FACTORS = ["1C", "2B", "3A", "3B", "4A", "4B", "6A", "6B", "8B", "11A", "22A"]
# Closed with the child no longer in need (RC7) mostly, some transferred (RC5, RC6) or under an
# order (RC3, RC4); RC8 (closed after assessment) only where nothing followed the assessment.
CLOSURES = ["RC7"] * 8 + ["RC3", "RC4", "RC5", "RC6"]
CATEGORIES = ["NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB"]
ETHNICITIES = ["WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "CHNE", "OOTH"]
START = dt.date(2025, 4, 1)
END = dt.date(2026, 3, 31)


def upn(n):
    body = "873" + f"{n // 1000 % 10000:04d}" + "15" + f"{n % 1000:03d}"
    digits = [int(c) for c in body]
    total = sum(d * w for d, w in zip(digits, range(2, 14)))
    return LETTERS[total % 23] + body


def day(rng, after, within):
    return after + dt.timedelta(days=rng.randint(0, within))


def working_days_later(start, n):
    d = start
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def child(rng, n, out):
    referral = day(rng, START, 300)
    while referral.weekday() > 4:
        referral -= dt.timedelta(days=1)
    born = referral - dt.timedelta(days=rng.randint(200, 17 * 365))
    source = rng.choices([s for s, _ in SOURCES], [w for _, w in SOURCES])[0]
    nfa = rng.random() < 0.065
    closed = nfa or rng.random() < 0.5
    parts = [f"<Child><ChildIdentifiers><LAchildID>H{n}</LAchildID><UPN>{upn(n)}</UPN>"
             f"<PersonBirthDate>{born}</PersonBirthDate><Sex>{'MF'[n % 2]}</Sex></ChildIdentifiers>"
             f"<ChildCharacteristics><Ethnicity>{rng.choice(ETHNICITIES)}</Ethnicity>"
             f"<Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics><CINdetails>"
             f"<CINreferralDate>{referral}</CINreferralDate><ReferralSource>{source}</ReferralSource>"
             f"<PrimaryNeedCode>{rng.choice(NEEDS)}</PrimaryNeedCode>"]
    last = referral
    body = []
    assessed = False
    followed = False
    protected = not nfa and rng.random() < 0.45
    if not nfa and (protected or rng.random() < 0.75):
        started = referral
        authorised = working_days_later(started, max(5, int(rng.gauss(33, 10))))
        if authorised <= END:
            factors = "".join(f"<AssessmentFactors>{f}</AssessmentFactors>" for f in rng.sample(FACTORS, rng.randint(1, 3)))
            body.append(f"<Assessments><AssessmentActualStartDate>{started}</AssessmentActualStartDate>"
                        f"<AssessmentInternalReviewDate>{authorised}</AssessmentInternalReviewDate>"
                        f"<AssessmentAuthorisationDate>{authorised}</AssessmentAuthorisationDate>"
                        f"<FactorsIdentifiedAtAssessment>{factors}</FactorsIdentifiedAtAssessment></Assessments>")
            last = max(last, authorised)
            assessed = True
        else:
            body.append(f"<Assessments><AssessmentActualStartDate>{started}</AssessmentActualStartDate></Assessments>")
    protection = ""
    plan = []
    if protected:
        followed = True
        s47 = working_days_later(referral, 1)
        target = working_days_later(s47, 15)
        if rng.random() < 0.4 and target <= END:
            conference = working_days_later(s47, rng.randint(10, 15))
            body.append(f"<Section47><S47ActualStartDate>{s47}</S47ActualStartDate><InitialCPCtarget>{target}</InitialCPCtarget>"
                        f"<DateOfInitialCPC>{conference}</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>")
            if rng.random() < 0.85:
                category = rng.choice(CATEGORIES)
                protection = (f"<ChildProtectionPlans><CPPstartDate>{conference}</CPPstartDate>"
                              f"<InitialCategoryOfAbuse>{category}</InitialCategoryOfAbuse>"
                              f"<LatestCategoryOfAbuse>{category}</LatestCategoryOfAbuse>"
                              f"<NumberOfPreviousCPP>{rng.choice([0, 0, 0, 1])}</NumberOfPreviousCPP></ChildProtectionPlans>")
                closed = False
            last = max(last, conference)
        else:
            body.append(f"<Section47><S47ActualStartDate>{s47}</S47ActualStartDate><InitialCPCtarget>{target}</InitialCPCtarget>"
                        f"<ICPCnotRequired>true</ICPCnotRequired></Section47>")
    if assessed and not protection and rng.random() < 0.45 and last < END - dt.timedelta(days=10):
        followed = True
        plan_end = last + dt.timedelta(days=rng.randint(30, 200))
        ended = f"<CINPlanEndDate>{plan_end}</CINPlanEndDate>" if closed and plan_end < END else ""
        plan.append(f"<CINPlanDates><CINPlanStartDate>{last}</CINPlanStartDate>{ended}</CINPlanDates>")
        last = plan_end if ended else last
    if closed:
        closure = min(END, last + dt.timedelta(days=rng.randint(1, 60)))
        reason = "RC8" if assessed and not followed and rng.random() < 0.5 else rng.choice(CLOSURES)
        parts.append(f"<CINclosureDate>{closure}</CINclosureDate><ReasonForClosure>{reason}</ReasonForClosure>")
    # The schema's order: assessments, then child in need plans, then section 47 enquiries.
    assessments = [b for b in body if b.startswith("<Assessments>")]
    parts.extend(assessments + plan + [b for b in body if not b.startswith("<Assessments>")])
    parts.append(f"<ReferralNFA>{'1' if nfa else '0'}</ReferralNFA>{protection}</CINdetails></Child>\n")
    out.write("".join(parts))


def main():
    count, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<Message><Header><CollectionDetails><Collection>CIN'
                  '</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>'
                  '<Source><SourceLevel>L</SourceLevel><LEA>873</LEA><SoftwareCode>Bench</SoftwareCode>'
                  '<Release>1</Release><SerialNo>001</SerialNo><DateTime>2026-04-20T09:00:00</DateTime></Source>'
                  '</Header><Children>\n')
        for n in range(1, count + 1):
            child(rng, n, out)
            if n % 50_000 == 0:
                print(f"{n:,} children written", file=sys.stderr)
        out.write("</Children></Message>\n")


if __name__ == "__main__":
    main()
