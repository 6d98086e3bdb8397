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


def test_prefilter_scans_from_several_threads_at_once(tmp_path, monkeypatch):
    # Hyperscan releases the GIL while scanning and a scratch space serves one scan at a time:
    # threads sharing one (Dask's threaded scheduler) failed with ScratchInUseError
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setenv("SENTIMENT_KIT_CACHE", str(tmp_path))
    built = pf.load([r"\bhung\s+up\b", r"talk\s+to\s+(?:a|the)\s+manager(?:.{0,40}rude)?"], compile_if_missing=True)
    filler = "we waited and talked about the weather " * 20_000  # long scans, so the threads overlap
    texts = [filler + ("they hung up" if i % 3 == 0 else "") + (" talk to the manager" if i % 2 else "")
             for i in range(24)]
    expected = [built.candidates(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(built.candidates, texts))
    assert got == expected
    assert expected[0] == {0} and expected[1] == {1} and expected[3] == {0, 1}


def test_a_long_loose_form_is_split_on_its_alternations(monkeypatch):
    import re._parser as sre

    monkeypatch.setattr(pf, "LARGE", 12)
    forms = pf._variants(sre.parse(r"(?:ab|cd)\s+x(?:ef|gh)", re.IGNORECASE))
    assert len(forms) == 4 and all(len(f) <= 40 for f in forms)
    for text, hit in [("ab  xef", True), ("CD xgh", True), ("ab xzz", False), ("abxef", False)]:
        assert any(re.search(f, text, re.IGNORECASE) for f in forms) is hit, text


@pytest.mark.slow
def test_prefilter_rules_out_every_pattern_for_ordinary_sentences(compiled):
    # the longest pattern (broken promises) once compiled in Hyperscan's approximate mode, which
    # reported it for every text, so no text was ever skipped
    for text in ["We went to the park and had a picnic.", "My order arrived today, thanks!",
                 "The new phone has a great camera and the battery lasts two days."]:
        assert compiled.candidates(text) == set(), text
