#!/usr/bin/env python3
"""Deterministic synthetic national dataset for the ASF Register benchmark.

All 290 municipalities, 2,000 companies, 40 quarters of employment reports each
(80,000 reports), 5,000 CSR collaborations, 1,000 municipal policies, 2,000 activities.
The same seed always gives byte-identical files, so runs are comparable.

Usage: generate.py OUT_DIR [--companies N] [--quarters N]
"""
import argparse
import csv
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
MUNICIPALITIES = os.path.join(HERE, "..", "src", "test", "resources", "reference", "municipalities.csv")
LEGAL_FORMS = ["ECONOMIC_ASSOCIATION", "NON_PROFIT_ASSOCIATION", "LIMITED_COMPANY",
               "LIMITED_COMPANY_RESTRICTED_PROFIT", "FOUNDATION", "OTHER"]
INDUSTRIES = ["återbruk", "café", "catering", "städ", "trädgård", "snickeri", "textil", "tryckeri", "logistik",
              "fastighetsskötsel", "hunddagis", "second hand"]
REPORT_COLUMNS = ["organisationNumber", "period",
                  "employeesWomen", "employeesMen", "employeesOther",
                  "wageSubsidyWomen", "wageSubsidyMen", "wageSubsidyOther",
                  "workTrainingWomen", "workTrainingMen", "workTrainingOther",
                  "rehabilitationWomen", "rehabilitationMen", "rehabilitationOther",
                  "internshipsWomen", "internshipsMen", "internshipsOther",
                  "transitionsToWork", "transitionsToEducation", "revenueSek"]


def org_number(seed):
    nine = "55%07d" % seed
    for check in range(10):
        digits = nine + str(check)
        total = 0
        for i, ch in enumerate(digits):
            d = int(ch)
            if i % 2 == 0:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        if total % 10 == 0:
            return digits[:6] + "-" + digits[6:]
    raise AssertionError("unreachable")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--companies", type=int, default=2000)
    ap.add_argument("--quarters", type=int, default=40)
    ap.add_argument("--collaborations", type=int, default=5000)
    ap.add_argument("--policies", type=int, default=1000)
    ap.add_argument("--activities", type=int, default=2000)
    args = ap.parse_args()
    rnd = random.Random(20181231)
    os.makedirs(args.out, exist_ok=True)
    with open(MUNICIPALITIES, encoding="utf-8") as f:
        municipalities = [row["code"] for row in csv.DictReader(f)]

    companies = []
    for i in range(args.companies):
        m = municipalities[i % len(municipalities)]
        crit = rnd.random() < 0.8
        companies.append({
            "name": "Bench ASF %04d" % i,
            "organisationNumber": org_number(100000 + i),
            "legalForm": LEGAL_FORMS[i % len(LEGAL_FORMS)],
            "municipalityCode": m,
            "industries": rnd.sample(INDUSTRIES, 2),
            "foundedOn": "%d-%02d-01" % (1995 + i % 25, 1 + i % 12),
            "status": "ACTIVE" if rnd.random() < 0.9 else "INACTIVE",
            "criteria": {k: crit or rnd.random() < 0.5 for k in
                         ["sellsGoodsOrServices", "integrationPurpose", "employeeParticipation",
                          "reinvestsProfits", "independentOfPublicSector"]},
        })
    with open(os.path.join(args.out, "companies.json"), "w", encoding="utf-8") as f:
        json.dump(companies, f, ensure_ascii=False)

    first_year = 2025 - args.quarters // 4 + 1
    with open(os.path.join(args.out, "reports.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(REPORT_COLUMNS)
        for c in companies:
            size = rnd.randint(2, 30)
            for q in range(args.quarters):
                year, quarter = first_year + q // 4, q % 4 + 1
                women, men, other = rnd.randint(0, size), rnd.randint(0, size), rnd.randint(0, 1)
                row = [c["organisationNumber"], "%d-Q%d" % (year, quarter), women, men, other,
                       women // 2, men // 2, 0]
                row += [rnd.randint(0, 8) for _ in range(9)]
                row += [rnd.randint(0, 3), rnd.randint(0, 2), rnd.randint(0, 5_000_000)]
                w.writerow(row)

    kinds = ["PROCUREMENT", "SUBCONTRACTING", "WORK_PLACEMENT", "SPONSORSHIP", "MENTORING", "OTHER"]
    partner_types = ["PRIVATE_COMPANY", "PUBLIC_SECTOR", "NON_PROFIT", "ACADEMIA"]
    statuses = ["PLANNED", "ACTIVE", "COMPLETED", "CANCELLED"]
    collaborations = []
    for i in range(args.collaborations):
        start_year = rnd.randint(first_year, 2025)
        members = rnd.sample(range(args.companies), rnd.randint(1, 3))
        collaborations.append({
            "title": "Samarbete %05d" % i, "partnerName": "Partner %04d AB" % rnd.randint(0, 3000),
            "partnerType": rnd.choice(partner_types), "kind": rnd.choice(kinds),
            "municipalityCode": companies[members[0]]["municipalityCode"], "companyIndexes": members,
            "startDate": "%d-%02d-01" % (start_year, rnd.randint(1, 12)),
            "endDate": None if rnd.random() < 0.4 else "%d-12-31" % min(2025, start_year + rnd.randint(0, 3)),
            "status": rnd.choice(statuses), "valueSek": rnd.randint(0, 2_000_000),
        })
    with open(os.path.join(args.out, "collaborations.json"), "w", encoding="utf-8") as f:
        json.dump(collaborations, f, ensure_ascii=False)

    policy_kinds = ["POLICY", "ACTION_PLAN", "PROCUREMENT_GUIDELINE", "PARTNERSHIP_AGREEMENT", "OTHER"]
    policies = []
    for i in range(args.policies):
        status = rnd.choice(["DRAFT", "ADOPTED", "ADOPTED", "REVISED", "REPEALED"])
        adopted = None if status == "DRAFT" else "%d-%02d-15" % (rnd.randint(first_year, 2025), rnd.randint(1, 12))
        policies.append({
            "municipalityCode": municipalities[i % len(municipalities)], "title": "Policy %04d" % i,
            "kind": rnd.choice(policy_kinds), "status": status, "adoptedOn": adopted,
            "socialProcurement": rnd.random() < 0.5,
        })
    with open(os.path.join(args.out, "policies.json"), "w", encoding="utf-8") as f:
        json.dump(policies, f, ensure_ascii=False)

    activity_kinds = ["NETWORK_MEETING", "TRAINING", "CONFERENCE", "SEMINAR"]
    topics = ["CSR", "procurement", "social media", "financing", "leadership"]
    activities = []
    for i in range(args.activities):
        activities.append({
            "kind": rnd.choice(activity_kinds), "title": "Aktivitet %04d" % i,
            "date": "%d-%02d-%02d" % (rnd.randint(first_year, 2025), rnd.randint(1, 12), rnd.randint(1, 28)),
            "municipalityCode": municipalities[rnd.randrange(len(municipalities))],
            "topics": rnd.sample(topics, 2), "companyIndexes": rnd.sample(range(args.companies), 3),
            "participants": {"women": rnd.randint(0, 20), "men": rnd.randint(0, 20), "other": rnd.randint(0, 2)},
        })
    with open(os.path.join(args.out, "activities.json"), "w", encoding="utf-8") as f:
        json.dump(activities, f, ensure_ascii=False)
    print("dataset: %d companies, %d reports, %d collaborations, %d policies, %d activities in %s" % (
        len(companies), len(companies) * args.quarters, len(collaborations), len(policies), len(activities),
        args.out))


if __name__ == "__main__":
    main()
