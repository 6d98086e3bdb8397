"""Benchmark the action plan's keywords on real reviews: British Airways passengers' own words.

The British Airways reviews (airlinequality.com) carry a 1-5 rating for seven values
(SeatComfort, CabinStaffService, GroundService, ValueForMoney, Food&Beverages,
InflightEntertainment, Wifi&Connectivity; blank = not rated) beside the review text.
For each value name, as the survey spells it, this prints:

- the lexicon entries the name reaches and the share of reviews whose text the
  keywords say mentions the value (``share_mentions`` of :func:`sentiment_kit.action_plan`);
- the same share under the old rule (before issue 13: the words of the name split on
  ``_``/``-``, longer than two letters, stemmed; no CamelCase or ``&`` splitting, no stop words);
- the mention rate among reviews that rated the value and among those that left it
  blank: a reviewer who left "Wifi" blank usually had none, so keywords that track the
  value mention it far more often where it was rated (no labels needed).

``--read N`` also prints N random matched reviews (the keyword hits in context) and N
random unmatched ones (whole text) per value, to judge precision and what is missed by
reading. No labels exist for "this review mentions the value": the precision reported
in the pull request comes from that reading, not from this script.

Run by hand from the repository root::

    python benchmarks/bench_action_plan.py [DATA_DIR] [--read N] [--seed S] [--value NAME]

DATA_DIR defaults to ../shared/data.
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

import numpy as np
import pandas as pd
from _report import markdown_table

import sentiment_kit as sk
from sentiment_kit.text import stem, tokenize
from sentiment_kit.text.prepare import TOKEN_PATTERN
from sentiment_kit.values.action_plan import _compile_lexicon, _resolve_name

REPO = Path(__file__).resolve().parents[1]
VALUES = ["SeatComfort", "CabinStaffService", "GroundService", "ValueForMoney", "Food&Beverages",
          "InflightEntertainment", "Wifi&Connectivity"]
#: Snake-case names from issue 13 (not BA columns): the old rule matched "and" and "rating".
ISSUE_NAMES = ["food_and_drink", "staff_service_rating"]


def old_keywords(name: str) -> set[tuple[str, ...]]:
    """The rule before issue 13 for a name outside the lexicon (none of the BA names was in it)."""
    words = [w for w in name.replace("-", "_").split("_") if len(w) > 2]
    return {tuple(s) for w in words if (s := [stem(t) for t in tokenize(w)])}


def mentions(stems: list[list[str]], phrases: set[tuple[str, ...]]) -> np.ndarray:
    """Whether each text contains any phrase (consecutive stems), as action_plan counts."""
    out = np.zeros(len(stems), dtype=bool)
    for i, s in enumerate(stems):
        grams = {k: {tuple(s[j:j + k]) for j in range(len(s) - k + 1)} for k in {len(p) for p in phrases}}
        out[i] = any(p in grams[len(p)] for p in phrases)
    return out


def hit_spans(text: str, phrases: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    toks = [(m.start(), m.end(), stem(m.group().lower().replace("’", "'"))) for m in TOKEN_PATTERN.finditer(text)]
    st = [t[2] for t in toks]
    return sorted((toks[i][0], toks[i + len(p) - 1][1]) for p in phrases
                  for i in range(len(st) - len(p) + 1) if tuple(st[i:i + len(p)]) == p)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir", nargs="?", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--read", type=int, default=0, help="print N matched and N unmatched reviews per value")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--value", action="append", help="only these values (repeatable)")
    args = ap.parse_args()
    path = Path(args.data_dir) / "ba_airline_reviews" / "BA_AirlineReviews.csv"
    if not path.exists():
        raise SystemExit(f"{path} not found: pass the data folder as the first argument.")
    reviews = pd.read_csv(path)
    texts = reviews["ReviewBody"].fillna("").astype(str)
    values = args.value or VALUES + ISSUE_NAMES
    print(f"Machine: {platform.machine()}, Python {platform.python_version()}; run at "
          f"{time.strftime('%Y-%m-%d %H:%M')}; {len(texts):,} BA reviews")

    ipa = pd.DataFrame({"attribute": values, "importance": 1.0, "performance": 3.0, "gap": -1.0,
                        "quadrant": "Concentrate here"})
    t0 = time.perf_counter()
    plan = sk.action_plan(ipa, feedback=texts.tolist(), n_quotes=3).set_index("attribute")
    seconds = time.perf_counter() - t0
    stems = [[stem(t) for t in tokenize(x)] for x in texts]
    keys = _compile_lexicon(values, None, False)

    hits, rows = {}, []
    for v in values:
        hits[v] = new = mentions(stems, keys[v])
        old = mentions(stems, old_keywords(v))
        assert int(new.sum()) == plan.loc[v, "n_mentions"]
        rated = reviews[v].notna().to_numpy() if v in reviews else None
        rows.append({"value": v, "lexicon entries": ", ".join(_resolve_name(v)[0]) or "-",
                     "share mentioning (new)": f"{new.mean():.1%}", "share (old rule)": f"{old.mean():.2%}",
                     "mention rate, rated": "-" if rated is None else f"{new[rated].mean():.1%}",
                     "mention rate, left blank (n)": "-" if rated is None or not (~rated).any()
                     else f"{new[~rated].mean():.1%} ({(~rated).sum():,})"})
    print()
    print(markdown_table(rows, align=dict.fromkeys(list(rows[0])[2:], "right")))
    print(f"\naction_plan over {len(texts):,} reviews x {len(values)} values: {seconds:.1f} s")

    rng = np.random.default_rng(args.seed)
    for v in values if args.read else []:
        for matched in (True, False):
            idx = np.flatnonzero(hits[v] == matched)
            print(f"\n## {v}: {'matched' if matched else 'unmatched'} ({len(idx):,}), {args.read} at random")
            for i in rng.choice(idx, size=min(args.read, len(idx)), replace=False):
                text = texts.iloc[i]
                print(f"--- #{i} rated={reviews[v].iloc[i] if v in reviews else '-'}")
                if not matched:
                    print(text)
                    continue
                for a, b in hit_spans(text, keys[v])[:4]:
                    print(f"   …{text[max(0, a - 90):a]}[[{text[a:b]}]]{text[b:b + 90]}…".replace("\n", " "))


if __name__ == "__main__":
    main()
