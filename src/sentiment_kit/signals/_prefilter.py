"""A compiled multi-pattern prefilter for the signal patterns (Hyperscan), exact by construction.

Python's ``re`` runs one pattern at a time; on a typical text most of the ~90 signal patterns
whose anchor words occur still do not match, and running them is where the time went.
`Hyperscan <https://www.hyperscan.io>`_ (Intel's multi-pattern regex engine, through the
``hyperscan`` package) scans a text once for all patterns together.

It cannot run our patterns as they are (lookarounds, bounded repeats of groups), and compiling
them near as they are took minutes. So each pattern is turned into a **looser** one that matches
whenever the original does (a superset): lookarounds and word boundaries are dropped, a repeated
group becomes "the group once, then anything" (or "anything" when it may occur zero times), a
bounded repeat of one character becomes an unbounded one, a negated character class becomes
"any character". The loose patterns are mostly literal word alternations with gaps, which
Hyperscan compiles in about a second. A pattern the prefilter does not report cannot match, so
skipping it changes nothing; the ones it reports are run by ``re`` as before, and the output is
the same to the bit (tested on real texts against the plain path).

A loose form too large for Hyperscan ("pattern is too large") is split on its alternations into
several expressions reported under the pattern's one id (the broken-promise pattern gives 70).
It used to be compiled in Hyperscan's approximate prefilter mode instead, which reported it for
every text, so every text went on to the Python patterns; split, the scan alone settles about nine
real sentences in ten (``benchmarks/bench_prefilter.py`` prints the shares).

The superset argument holds for ASCII text, where Python's and Hyperscan's character classes
agree (Python's ``\\s`` also takes ``\\x1c``-``\\x1f``, which the loose pattern adds). A text with
any other character is scanned the plain way. Without the ``hyperscan`` package (a platform
without its wheel) every text is scanned the plain way: slower, same result.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import sys
import tempfile
import threading
import re._constants as C  # type: ignore[import-not-found]
import re._parser as sre  # type: ignore[import-not-found]
from pathlib import Path
from typing import Any, Callable

_ANY_CHAR = r"[\s\S]"
_SPACE = r"\s\x1c-\x1f"
_DROP = {C.AT, C.ASSERT, C.ASSERT_NOT}


def _members(code: int) -> str:
    """Class content for one literal character: itself, or the ASCII letters it matches case-blind."""
    if code < 128:
        return chr(code) if chr(code).isalnum() else f"\\x{code:02x}"
    return "".join(f"\\x{a:02x}" for a in range(128)
                   if re.fullmatch(re.escape(chr(code)), chr(a), re.IGNORECASE))


def _char(code: int) -> str:
    """One literal character as a Hyperscan atom (never matching when no ASCII character matches it)."""
    members = _members(code)
    if code < 128:
        return members
    return f"[{members}]" if members else r"\xff"


def _klass(items: list) -> str:
    """A character class; a negated or non-ASCII range class becomes "any character" (a superset)."""
    parts: list[str] = []
    for op, av in items:
        if op is C.NEGATE:
            return _ANY_CHAR
        if op is C.LITERAL:
            parts.append(_members(av))
        elif op is C.RANGE:
            lo, hi = av
            if hi >= 128:
                return _ANY_CHAR
            parts.append(f"\\x{lo:02x}-\\x{hi:02x}")
        elif op is C.CATEGORY:
            name = str(av)
            if "NOT" in name:
                return _ANY_CHAR
            parts.append(_SPACE if "SPACE" in name else r"\w" if "WORD" in name else r"\d" if "DIGIT" in name
                         else r"\n")
        else:
            return _ANY_CHAR
    body = "".join(parts)
    return f"[{body}]" if body else r"\xff"


def _single(node: list) -> bool:
    return len(node) == 1 and node[0][0] in (C.LITERAL, C.IN, C.ANY, C.NOT_LITERAL)


#: Unbounded gaps kept per pattern; past them a pattern is cut short (its prefix is kept).
MAX_GAPS = 2
_GAP = _ANY_CHAR + "*"


def _loose(nodes: Any, gaps: list[int]) -> tuple[str, bool]:
    """The loose (superset) form of a parsed pattern, and whether it was cut short.

    Optional and repeated parts stay (as ``?``, ``*``, ``+``); a part that may be anything of any
    length becomes a gap. After ``MAX_GAPS`` gaps the pattern is cut: a prefix matches wherever
    the whole does, and the compiled automaton stays small. A sequence stops after a part that
    was itself cut short. ``gaps`` counts the gaps left (shared by the whole pattern).
    """
    out: list[str] = []
    for op, av in nodes:
        if op in _DROP:
            continue
        if op is C.LITERAL:
            out.append(_char(av))
            continue
        if op is C.IN:
            out.append(_klass(av))
            continue
        if op is C.NOT_LITERAL or op is C.ANY:
            out.append(_ANY_CHAR)
            continue
        if op is C.BRANCH:
            # each alternative spends gaps from the same budget; what follows gets what the
            # costliest one left ("(a.*|b.*) c" keeps "c": cutting there reported every text with an "a")
            budgets = [[gaps[0]] for _ in av[1]]
            parts = [_loose(alt, budget) for alt, budget in zip(av[1], budgets)]
            gaps[0] = min(b[0] for b in budgets)
            out.append("(?:" + "|".join(p for p, _ in parts) + ")")
            if any(cut for _, cut in parts):
                return "".join(out), True
            continue
        if op is C.SUBPATTERN or op is getattr(C, "ATOMIC_GROUP", None):
            inner, cut = _loose(av[-1] if op is C.SUBPATTERN else av, gaps)
            out.append(f"(?:{inner})")
            if cut:
                return "".join(out), True
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, body = av
            body = list(body)
            if _single(body):
                inner, _ = _loose(body, gaps)
                if inner != _ANY_CHAR:
                    out.append(f"(?:{inner})" + ("+" if lo else "*"))
                    continue
            elif not _has_gap(body):
                inner, cut = _loose(body, gaps)
                if not cut:
                    out.append(f"(?:{inner})" + ("+" if lo else "*"))
                    continue
        # anything of any length (or a group reference): a gap while the budget lasts
        if gaps[0] <= 0:
            return "".join(out), True
        gaps[0] -= 1
        out.append(_GAP)
    return "".join(out), False


def _has_gap(nodes: Any) -> bool:
    """Whether a parsed part holds a repeat of a repeat or of "any character" (it would become a gap)."""
    for op, av in nodes:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            body = list(av[2])
            if not _single(body) or body[0][0] in (C.ANY, C.NOT_LITERAL):
                return True
        elif op is C.BRANCH and any(_has_gap(alt) for alt in av[1]):
            return True
        elif op is C.SUBPATTERN and _has_gap(av[-1]):
            return True
        elif op not in (C.LITERAL, C.IN, C.AT, C.ASSERT, C.ASSERT_NOT, C.ANY, C.NOT_LITERAL, C.BRANCH, C.SUBPATTERN):
            return True
    return False


def loose_pattern(pattern: str) -> str:
    r"""A Hyperscan pattern that matches every ASCII text ``pattern`` (IGNORECASE) matches.

    Examples
    --------
    >>> loose_pattern(r"\b(?:hung|hang)\s+up(?!\s+the)")  # the lookahead and word boundary are dropped
    'h(?:ung|ang)(?:[\\s\\x1c-\\x1f])+up'
    >>> loose_pattern(r"promised (?:\w+ ){0,3}refund.{0,40}never")
    'promised\\x20(?:(?:[\\w])+\\x20)*refund[\\s\\S]*never'
    """
    return _loose(sre.parse(pattern, re.IGNORECASE), [MAX_GAPS])[0]


def _alternatives(nodes: Any, start: int) -> list[tuple[list, int]] | None:
    """``nodes`` once per alternative of its first alternation at or after ``start`` (top level, or
    a group that is one alternation), each with where the next split may start; None without one."""
    nodes = list(nodes)
    for k in range(start, len(nodes)):
        op, av = nodes[k]
        alts = av[1] if op is C.BRANCH else None
        if op is C.SUBPATTERN and len(av[-1]) == 1 and av[-1][0][0] is C.BRANCH:
            alts = av[-1][0][1][1]
        if alts is not None:
            return [(nodes[:k] + list(alt) + nodes[k + 1:], k + len(alt)) for alt in alts]
    return None


def _variants(nodes: Any, start: int = 0) -> list[str]:
    """Loose forms whose union matches wherever the pattern does, each at most ``LARGE`` long when
    it can be: a long form is split on its alternations, left to right ("(a|b) x (c|d)" ->
    "a x (c|d)", "b x (c|d)", then each on "(c|d)" if still long). A form that cannot be split
    further stays whole (compiled in Hyperscan's prefilter mode)."""
    form = _loose(nodes, [MAX_GAPS])[0]
    parts = _alternatives(nodes, start) if len(form) > LARGE else None
    if parts is None:
        return [form]
    return [v for part, nxt in parts for v in _variants(part, nxt)]


class Prefilter:
    """Which of the patterns can match an ASCII text, by one Hyperscan scan.

    Safe to use from several threads at once (Dask's threaded scheduler): Hyperscan releases the
    GIL while it scans and one scratch space serves one scan at a time, so each thread has its own.
    """

    def __init__(self, db: Any) -> None:
        self._db = db
        self._local = threading.local()

    def _thread_state(self) -> tuple[list[int], Callable[..., None], Any]:
        """This thread's (hits, match handler appending to them, Hyperscan scratch space)."""
        state = getattr(self._local, "state", None)
        if state is None:
            import hyperscan as hs

            hits: list[int] = []
            add = hits.append
            state = self._local.state = (hits, lambda i, *_: add(i), hs.Scratch(self._db))
        return state

    def candidates(self, text: str) -> set[int] | None:
        """Ids of the patterns that may match ``text``; None when the text is not ASCII (scan all)."""
        return self.scan_one(text)

    @property
    def scan_one(self) -> Callable[[str], set[int] | None]:
        """:meth:`candidates` as a function bound to this thread's state, for a loop over many texts
        (the thread state and the method are looked up once, not per text)."""
        hits, on_match, scratch = self._thread_state()
        scan, clear = self._db.scan, hits.clear

        def candidates(text: str) -> set[int] | None:
            if not text.isascii():
                return None
            clear()
            scan(text.encode("ascii"), match_event_handler=on_match, scratch=scratch)
            return set(hits) if hits else set()

        return candidates


def _expressions(patterns: list[str]) -> tuple[list[bytes], list[int], list[int]]:
    """The loose expressions with their pattern ids and Hyperscan flags.

    A pattern may give several expressions under one id (:func:`_variants`); one still longer
    than ``LARGE`` is compiled in Hyperscan's own prefilter mode ("pattern is too large" else),
    still a superset. Each reports at most once per text (all a caller needs to know).
    """
    import hyperscan as hs

    exact = hs.HS_FLAG_CASELESS | hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_ALLOWEMPTY
    exprs: list[bytes] = []
    ids: list[int] = []
    for i, pattern in enumerate(patterns):
        forms = _variants(sre.parse(pattern, re.IGNORECASE))
        exprs += [form.encode("ascii") for form in forms]
        ids += [i] * len(forms)
    return exprs, ids, [exact | hs.HS_FLAG_PREFILTER if len(e) > LARGE else exact for e in exprs]


#: Loose forms longer than this are split on their alternations (:func:`_variants`), or compiled in
#: Hyperscan's prefilter mode when they cannot be.
LARGE = 2500


def cache_path(patterns: list[str]) -> Path | None:
    """Where the compiled prefilter for ``patterns`` is cached, or None without ``hyperscan``."""
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return None
    return _cache_file(patterns)


def _cache_file(patterns: list[str]) -> Path:
    """The cache file of the prefilter of ``patterns``, for this Hyperscan version, platform, Python
    (its regex parser reads the patterns) and this module's source (which turns them into loose
    forms): finding it costs a hash, not the 0.1 s of building the loose forms, which only a compile needs."""
    import hyperscan as hs

    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    key = hashlib.sha256(repr((hs.__version__, platform.machine(), platform.system(), sys.version_info[:2],
                               source, LARGE, MAX_GAPS, patterns)).encode())
    root = os.environ.get("SENTIMENT_KIT_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "sentiment_kit")
    return Path(root) / f"signals-prefilter-{key.hexdigest()[:20]}.hsdb"


def load(patterns: list[str], *, compile_if_missing: bool) -> Prefilter | None:
    """The prefilter for ``patterns`` from the cache, compiled (and cached) when missing and asked to.

    None without the ``hyperscan`` package, or when it is not cached and ``compile_if_missing`` is
    False. Compiling takes 10-30 s on a laptop core, once per machine and version of the patterns;
    the cache is a Hyperscan database in ``$SENTIMENT_KIT_CACHE`` or ``~/.cache/sentiment_kit``
    (written atomically; a file that does not load is compiled again).
    """
    try:
        import hyperscan as hs
    except ImportError:
        return None
    path = _cache_file(patterns)
    if path.is_file():
        try:
            db = hs.loadb(path.read_bytes(), hs.HS_MODE_BLOCK)
            hs.Scratch(db)  # fails here, not in a scan, for a database this build cannot run
            return Prefilter(db)
        except (hs.error, OSError, ValueError, TypeError):
            pass  # unreadable or from another build: compile again below
    if not compile_if_missing:
        return None
    exprs, ids, flags = _expressions(patterns)
    db = hs.Database()
    db.compile(expressions=exprs, ids=ids, elements=len(exprs), flags=flags)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".tmp", delete=False) as fh:
            fh.write(hs.dumpb(db))
        os.replace(fh.name, path)
    except OSError:
        pass  # a read-only home: keep it in memory for this process only
    return Prefilter(db)
