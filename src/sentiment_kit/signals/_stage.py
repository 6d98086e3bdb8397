"""The learned second stage of the signals: how likely a flagged sentence is a true report.

The rules (:mod:`sentiment_kit.signals.detect`) decide *whether* a sentence can report a
service failure; this stage scores each sentence they flag, so a user can trade recall for
precision (``service_signals(..., min_precision=0.9)``). One logistic regression per signal over

* the sentence's words and word pairs (TF-IDF, sublinear term frequency, l2-normalised; the
  vocabulary and IDF of the training sentences), and
* the rules themselves: which of the nine signals the rules flag in the same sentence,

trained on every hand-labelled sentence of the development sets that the rules flag
(``benchmarks/train_signal_stage.py`` writes ``stage_model.json``, a plain JSON file of
vocabulary, weights and operating points: no pickle, nothing executable). The operating points
are out-of-fold: for each signal, the score above which the sentences kept had at least a given
precision in five-fold cross-validation on the development labels. Measured on fresh sets in
``SIGNALS_LABELLING.md`` and the README.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_URL = re.compile(r"https?://\S+|www\.\S+|@\w+")
MODEL_FILE = "stage_model.json"


def analyze(text: str) -> list[str]:
    """The sentence's features as strings: lower-cased words (two letters or more) and word pairs."""
    words = _TOKEN.findall(_URL.sub(" ", text.lower()))
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The shipped model: vocabulary, IDF, per-signal weights and operating points."""
    raw = json.loads(resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    raw["index"] = {term: i for i, term in enumerate(raw["vocabulary"])}
    raw["idf_array"] = np.asarray(raw["idf"], dtype=float)
    for spec in raw["signals"].values():
        spec["w_text"] = np.asarray(spec["text_weights"], dtype=float)
        spec["w_rules"] = np.asarray(spec["rule_weights"], dtype=float)
    return raw


def _vector(text: str, m: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """(column ids, values) of the sentence's TF-IDF vector."""
    counts: dict[int, int] = {}
    for term in analyze(text):
        j = m["index"].get(term)
        if j is not None:
            counts[j] = counts.get(j, 0) + 1
    if not counts:
        return np.zeros(0, dtype=int), np.zeros(0)
    cols = np.fromiter(counts, dtype=int, count=len(counts))
    vals = (1.0 + np.log(np.fromiter(counts.values(), dtype=float, count=len(counts)))) * m["idf_array"][cols]
    return cols, vals / np.linalg.norm(vals)


def score(text: str, signal: str, rule_flags: np.ndarray) -> float:
    """Probability that ``text`` (a sentence the rules flag for ``signal``) truly reports it.

    ``rule_flags`` is the 0/1 vector of the nine signals the rules flag in the same sentence, in
    the order of :data:`sentiment_kit.SIGNALS`.
    """
    m = model()
    spec = m["signals"][signal]
    cols, vals = _vector(text, m)
    z = spec["intercept"] + float(vals @ spec["w_text"][cols]) + float(np.asarray(rule_flags, float) @ spec["w_rules"])
    return 1.0 / (1.0 + math.exp(-z))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    """The text split as the labelled sets were: on line breaks, then after ``.``, ``!`` or ``?``."""
    return [piece.strip() for line in text.splitlines() for piece in _SENTENCE_END.split(line) if piece.strip()]


def threshold(signal: str, min_precision: float) -> float:
    """The lowest score whose flags reached ``min_precision`` out of fold (inf when none did)."""
    points = model()["signals"][signal]["operating_points"]  # [score, precision of flags >= score, recall]
    ok = [s for s, p, _ in points if p >= min_precision]
    return min(ok) if ok else math.inf
