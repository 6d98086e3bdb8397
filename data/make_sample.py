"""Rebuild the bundled sample in data/sample/ (run by hand; the output is committed).

    python data/make_sample.py [CFPB_CSV]

``complaints.csv`` is real: every complaint with a consumer narrative in the CFPB
sample (default ``../shared/data/cfpb_complaints/complaints_sample.csv``), columns
renamed to the package's schema. The other files are synthetic: reviews, customers and
survey drawn by the generators in ``sentiment_kit.data.samples`` with the seeds below;
interactions and staff_survey by ``sentiment_kit.data.write_team_samples`` (which reads the
customers file, so it runs after it).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from sentiment_kit.data import write_team_samples
from sentiment_kit.data.samples import make_customers, make_reviews, make_survey

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "sample"
SEEDS = {"reviews": 20240101, "customers": 20240102, "survey": 20240103}
CFPB_COLUMNS = {
    "Complaint ID": "complaint_id", "Date received": "date", "Product": "product",
    "Sub-product": "sub_product", "Issue": "issue", "Sub-issue": "sub_issue", "Company": "company",
    "State": "state", "Submitted via": "channel", "Company response to consumer": "company_response",
    "Timely response?": "timely_response", "Consumer complaint narrative": "text",
}


def main(cfpb: str | None = None) -> None:
    cfpb_path = Path(cfpb) if cfpb else ROOT.parent.parent / "shared/data/cfpb_complaints/complaints_sample.csv"
    raw = pd.read_csv(cfpb_path, dtype=str)
    c = raw[raw["Consumer complaint narrative"].fillna("").str.strip() != ""][list(CFPB_COLUMNS)]
    c = c.rename(columns=CFPB_COLUMNS)
    c["date"] = pd.to_datetime(c["date"], format="%Y/%m/%d").dt.date
    c = c.sort_values(["date", "complaint_id"]).reset_index(drop=True)
    OUT.mkdir(exist_ok=True)
    c.to_csv(OUT / "complaints.csv", index=False)
    make_reviews(1500, random_state=SEEDS["reviews"]).assign(
        date=lambda d: d["date"].dt.date).to_csv(OUT / "reviews.csv", index=False)
    make_customers(3000, random_state=SEEDS["customers"]).assign(
        signup_date=lambda d: d["signup_date"].dt.date).to_csv(OUT / "customers.csv", index=False)
    make_survey(600, random_state=SEEDS["survey"]).assign(
        date=lambda d: d["date"].dt.date).to_csv(OUT / "survey.csv", index=False)
    write_team_samples(OUT)
    for f in sorted(OUT.glob("*.csv")):
        print(f"{f.relative_to(ROOT.parent)}: {sum(1 for _ in open(f, encoding='utf-8')) - 1} lines")


if __name__ == "__main__":
    main(*sys.argv[1:2])
