"""Precision and recall of the service signals on the fresh industry set ``signals_test5``.

Run by hand (not by pytest)::

    python benchmarks/bench_signals_industry.py [DATA_DIR] [--set test5|test6|test7|test8|test9|dev5]

``test5`` (see ``benchmarks/data/SIGNALS_LABELLING.md``; ``test6`` to ``test9`` have flagged
sentences only, so precision only; test7 to test9 only for the cells they draw): in each industry's test half (finance:
CFPB ``cfpb_extra``; telecom: Comcast complaints to the FCC; support tweets; airline: British
Airways reviews), up to 40 sentences drawn uniformly from those the rules (frozen at d1ac6eb) flag
for each signal, and a uniform sample of the sentences they flag for no signal; two annotators
labelled all nine signals blind. The text is rebuilt from DATA_DIR and checked against
``text_sha1``.

For each industry and signal:

* **precision** of the rules: labelled positives among the sampled flagged sentences (annotator A,
  Wilson 95% interval; annotator B beside it), and of the rules plus the second stage at
  ``min_precision`` 0.85 and 0.9 (the sampled flagged sentences it keeps: a uniform sample of
  what it keeps);
* **recall**, by strata: the rules flag ``N_s`` sentences for the signal (precision ``p``), ``N_o``
  for some other signal only and ``N_u`` for none; ``q_o`` and ``q_u`` are the shares of positives
  in the labelled sentences of the last two strata (for ``N_o`` the sentences sampled for other
  signals: an approximation, that stratum is not sampled uniformly). Recall =
  ``N_s p / (N_s p + N_o q_o + N_u q_u)``; its 95% interval is the 2.5 and 97.5 percentiles of the
  same ratio over 20,000 draws of ``p``, ``q_o``, ``q_u`` from their Jeffreys posteriors (seed 0).
  With the second stage, ``p`` becomes the share of sampled flagged sentences that are positive
  *and* kept.

Cohen's kappa between the annotators per signal closes the output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "data"))

import sentiment_kit as sk  # noqa: E402
from sample_signal_industry_sentences import EARLIER, INDUSTRIES, half_of, labelled_ids, load_units  # noqa: E402
from train_signal_stage import with_text  # noqa: E402
from sentiment_kit._core.stats import wilson_interval  # noqa: E402

SIGNALS = list(sk.SIGNALS)
LEVELS = (0.85, 0.9)
DRAWS = 20_000


def _kappa(a: np.ndarray, b: np.ndarray) -> float:
    po = (a == b).mean()
    pe = a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean())
    return float("nan") if pe == 1 else (po - pe) / (1 - pe)


def _recall(n_s, k_s, m_s, n_o, k_o, m_o, n_u, k_u, m_u, rng):
    """Recall point estimate and 95% interval from the three strata (size, positives, labelled)."""
    def ratio(p, qo, qu):
        found = n_s * np.asarray(p, dtype=float)
        with np.errstate(invalid="ignore", divide="ignore"):
            return found / (found + n_o * np.asarray(qo, dtype=float) + n_u * np.asarray(qu, dtype=float))

    point = float(ratio(k_s / m_s if m_s else 0.0, k_o / m_o if m_o else 0.0, k_u / m_u if m_u else 0.0))
    p = rng.beta(k_s + 0.5, m_s - k_s + 0.5, DRAWS) if m_s else np.zeros(DRAWS)
    qo = rng.beta(k_o + 0.5, m_o - k_o + 0.5, DRAWS) if m_o else np.zeros(DRAWS)
    qu = rng.beta(k_u + 0.5, m_u - k_u + 0.5, DRAWS) if m_u else np.zeros(DRAWS)
    draws = ratio(p, qo, qu)
    if np.isnan(draws).all():
        return point, float("nan"), float("nan")
    lo, hi = np.nanpercentile(draws, [2.5, 97.5])
    return point, lo, hi


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--set", default="test5", choices=["test5", "test6", "test7", "test8", "test9", "dev5"])
    args = parser.parse_args()
    data_dir = Path(args.data_dir)
    a = with_text(ROOT / "benchmarks" / "data" / f"signals_{args.set}.csv", data_dir)
    b_path = ROOT / "benchmarks" / "data" / f"signals_{args.set}_b.csv"
    b = pd.read_csv(b_path).set_index("sentence_id").loc[a["sentence_id"]] if b_path.is_file() else None
    units = pd.DataFrame(load_units(data_dir))
    if args.set in EARLIER:  # drawn from either half, among the sentences no earlier set holds
        units = units[~units["sentence_id"].isin(labelled_ids(*EARLIER[args.set]))]
    else:
        units = units[[half_of(d) == args.set for d in units["doc_id"]]]
    strata = sk.service_signals(units["text"].tolist())
    strata.index = units["sentence_id"].to_numpy()
    rules = sk.service_signals(a["text"].tolist())
    staged = {lv: sk.service_signals(a["text"].tolist(), min_precision=lv) for lv in LEVELS}
    rng = np.random.default_rng(0)
    rows = []
    for industry in INDUSTRIES:
        in_ind = (a["industry"] == industry).to_numpy()
        ind_units = units["industry"].to_numpy() == industry
        any_flag = strata.to_numpy()[ind_units].any(axis=1)
        for s in SIGNALS:
            y = a[s].to_numpy() == 1
            sampled = in_ind & a["pool"].str.contains(f"{s}:flagged").to_numpy()
            flag_s = rules[s].to_numpy()
            other = in_ind & ~flag_s & rules.to_numpy().any(axis=1)
            none = in_ind & ~rules.to_numpy().any(axis=1)
            n_s = int(strata[s].to_numpy()[ind_units].sum())
            n_o = int(any_flag.sum()) - n_s
            n_u = int((~any_flag).sum())
            m = int(sampled.sum())
            k = int((y & sampled).sum())
            row = {"industry": industry, "signal": s, "flagged": n_s, "sampled": m,
                   "positives": int((y & in_ind).sum())}
            if m:
                lo, hi = (float(v) for v in wilson_interval(k, m, 0.95))
                row.update(precision=k / m, p_low=lo, p_high=hi)
                if b is not None:
                    row["precision_B"] = float((b[s].to_numpy() == 1)[sampled].mean())
            rec = _recall(n_s, k, m, n_o, int((y & other).sum()), int(other.sum()),
                          n_u, int((y & none).sum()), int(none.sum()), rng)
            if not none.any():  # a set of flagged sentences only (test6-8): no recall
                rec = (float("nan"),) * 3
            row.update(recall=rec[0], r_low=rec[1], r_high=rec[2])
            for lv in LEVELS:
                kept = sampled & staged[lv][s].to_numpy()
                row[f"kept@{lv}"] = int(kept.sum())
                if kept.sum():
                    row[f"precision@{lv}"] = float(y[kept].mean())
                    row[f"p_low@{lv}"] = float(wilson_interval(int((y & kept).sum()), int(kept.sum()), 0.95)[0])
                rec = _recall(n_s, int((y & kept).sum()), m, n_o, int((y & other).sum()), int(other.sum()),
                              n_u, int((y & none).sum()), int(none.sum()), rng)
                row[f"recall@{lv}"] = rec[0] if none.any() else float("nan")
            rows.append(row)
    table = pd.DataFrame(rows)
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", 30)
    print(f"{args.set}: {len(a):,} labelled sentences; rules of the installed package")
    print(table.round(2).to_string(index=False))
    if b is not None:
        print("Cohen's kappa A-B: " + ", ".join(
            f"{s} {_kappa(a[s].to_numpy(), b[s].to_numpy()):.2f}" for s in SIGNALS))


if __name__ == "__main__":
    main()
