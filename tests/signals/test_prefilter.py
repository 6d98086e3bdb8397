"""The compiled prefilter of the signal patterns: a superset of every pattern, and the same results."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit.signals import _prefilter as pf
from sentiment_kit.signals import detect

DATA = Path(__file__).parent / "data"
SAMPLE = Path(__file__).parents[2] / "data" / "sample"


def _texts() -> list[str]:
    """Real and written customer sentences from the repository, plus whole sample complaints."""
    texts: list[str] = []
    for path in sorted(DATA.glob("*.csv")):
        texts += pd.read_csv(path, dtype=str, keep_default_na=False)["text"].tolist()
    texts += pd.read_csv(SAMPLE / "complaints.csv", dtype=str, keep_default_na=False)["text"].tolist()
    return texts


@pytest.mark.parametrize("pattern, text, matches", [
    (r"(?:a.*b)c", "a xx bc", True),          # a part cut short ends the sequence, not skips to what follows
    (r"ab?c", "ac", True),
    (r"x(?:a|b\s*c)d", "xb  cd", True),
    (r"don[’']t (?:\w+\s+){0,2}?care", "don't really care", True),
    (r"(?<!not )rude", "not rude", True),       # lookarounds dropped: looser, never stricter
    (r"\bhung up\b", "hung  up", False),       # what stays is still a filter
    (r"caf\u00e9", "cafe", False),             # a non-ASCII letter no ASCII text holds
    (r"\u212a", "k", True),                    # the Kelvin sign matches "k" case-blind in Python
])
def test_loose_pattern_is_a_superset_and_still_filters(pattern, text, matches):
    loose = re.compile(pf.loose_pattern(pattern), re.IGNORECASE)
    assert bool(loose.search(text)) is matches
    if re.search(pattern, text, re.IGNORECASE):
        assert loose.search(text)


@pytest.fixture(scope="module")
def compiled():
    """The prefilter of the real patterns (compiled once for this module: 10-30 s)."""
    built = pf.load([entry[1].pattern for entry in detect._PATTERNS], compile_if_missing=True)
    assert built is not None
    return built


@pytest.mark.slow
def test_prefilter_reports_every_pattern_that_matches(compiled):
    texts = [t for t in _texts()[:2500] if t.isascii()]
    checked = 0
    for text in texts:
        possible = compiled.candidates(text)
        for i, entry in enumerate(detect._PATTERNS):
            if entry[1].search(text):
                checked += 1
                assert i in possible, (entry[1].pattern[:80], text)
    assert checked > 500  # the sets exercise the patterns


def test_cache_is_written_once_loaded_and_rebuilt_when_corrupt(tmp_path, monkeypatch):
    monkeypatch.setenv("SENTIMENT_KIT_CACHE", str(tmp_path))
    patterns = [r"\bhung\s+up\b", r"(?:speak|talk)\s+to\s+(?:a|the)\s+manager"]
    assert pf.load(patterns, compile_if_missing=False) is None  # nothing cached yet, not asked to compile
    built = pf.load(patterns, compile_if_missing=True)
    path = pf.cache_path(patterns)
    assert path.is_file() and path.parent == tmp_path
    assert built.candidates("She HUNG up on me") == {0}
    assert pf.load(patterns, compile_if_missing=False).candidates("I asked to talk to the manager") == {1}
    assert built.candidates("Café: she hung up") is None  # not ASCII: the plain path scans it
    path.write_bytes(b"not a database")
    assert pf.load(patterns, compile_if_missing=False) is None
    assert pf.load(patterns, compile_if_missing=True).candidates("hung up") == {0}


@pytest.mark.slow
def test_service_signals_are_identical_with_and_without_the_prefilter(compiled, monkeypatch):
    texts = _texts()
    texts += [t.replace("'", "\u2019") for t in texts[:200]]  # curly apostrophes: the plain path
    texts += ["\x1cthey hung up\x1fon me", "I asked for a manager\u00a0and nobody called back"]
    monkeypatch.setattr(detect, "_PREFILTER", [None])
    plain = sk.service_signals(texts, explain=True)
    monkeypatch.setattr(detect, "_PREFILTER", [compiled])
    fast = sk.service_signals(texts, explain=True)
    assert int(plain[list(sk.SIGNALS)].to_numpy().sum()) > 300
    pd.testing.assert_frame_equal(fast, plain)
