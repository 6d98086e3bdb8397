"""Evidence for the service vocabulary of score_sentiment(method="fast").

For each term of ``sentiment_kit.sentiment._lexicon.SERVICE_LEXICON``, on the development corpus (the
CFPB payday-loan narratives, never used to evaluate anything): the sentences containing the
term, scored by NLTK's VADER with the term removed, against the mean of all sentences. A
failure term should sit in sentences more negative than average (delta < 0); a neutralised
topic word (valence 0) should not sit in more positive ones.

    python benchmarks/lexicon_evidence.py [DATA_DIR]
"""

from __future__ import annotations

import re
import sys
import time

import numpy as np
import pandas as pd
from _data import payday_sentences, resolve
from _report import markdown_table

from sentiment_kit import score_sentiment
from sentiment_kit.sentiment._lexicon import SERVICE_LEXICON


def main(argv: list[str]) -> None:
    t0 = time.time()
    sents = payday_sentences(resolve(argv[1] if len(argv) > 1 else None))
    low = sents.str.lower()
    base = score_sentiment(sents, method="vader")["compound"]
    mean = float(base.mean())
    rows = []
    for term, valence in SERVICE_LEXICON.items():
        pat = re.compile(r"\b" + re.escape(term) + r"\b")
        hit = low.str.contains(pat)
        k = int(hit.sum())
        if k == 0:
            rows.append({"term": term, "valence": valence, "n": 0, "delta": np.nan, "ci": np.nan})
            continue
        stripped = low[hit].str.replace(pat, " ", regex=True)
        c = score_sentiment(stripped, method="vader")["compound"]
        half = 1.96 * c.std(ddof=1) / np.sqrt(k) if k > 1 else np.nan
        rows.append({"term": term, "valence": valence, "n": k, "delta": c.mean() - mean, "ci": half})
    out = pd.DataFrame(rows)
    wrong = np.where(out["valence"] < 0, out["delta"] - out["ci"] > 0, out["delta"] + out["ci"] < 0)
    right = np.where(out["valence"] < 0, out["delta"] < 0, out["delta"] <= 0)
    out["supports"] = np.select([out["n"] < 5, right, wrong], ["too rare", "yes", "NO (drop)"], "within noise")
    print(f"Development corpus: {len(sents):,} sentences of CFPB payday-loan narratives; "
          f"mean VADER compound {mean:+.3f}.\n")
    rows = [{"term": r.term, "valence": r.valence, "sentences": r.n,
             "mean compound without the term, minus corpus mean (95% CI)":
                 "" if np.isnan(r.delta) else f"{r.delta:+.3f} ± {r.ci:.3f}" if not np.isnan(r.ci) else f"{r.delta:+.3f}",
             "supports": r.supports} for r in out.sort_values(["valence", "term"]).itertuples()]
    print(markdown_table(rows, formats={"valence": "{:+.1f}"}))
    print(f"\n{(out['supports'] == 'yes').sum()} of {len(out)} terms supported, "
          f"{(out['supports'] == 'within noise').sum()} within noise, {(out['supports'] == 'NO (drop)').sum()} "
          f"contradicted, {(out['supports'] == 'too rare').sum()} too rare; "
          f"{time.time() - t0:.0f} s.")


if __name__ == "__main__":
    main(sys.argv)
