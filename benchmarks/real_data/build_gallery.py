"""Build the executive report of every real data set in the gallery, as a user would.

Each folder here holds only a ``sentiment_kit.toml`` written for one real export in ``../shared/data``
(no conversion script, no renamed column): the files of that export are linked into a scratch data
folder beside the toml, then ``sentiment_kit.report.build_report`` runs on it exactly as
``sentiment-kit report DATA_DIR`` does. Per report the script prints what a reader should check:
the data sets read, rows, the period each dated data set is shown in and how many periods it
makes (a one-point time chart would be 1), numbers in scientific notation in the page (0 wanted),
live markup (0 wanted) and the build time.

Usage::

    python benchmarks/real_data/build_gallery.py [DATA_ROOT] [--out DIR] [--only NAME ...]

DATA_ROOT defaults to ``../shared/data``; reports go to ``benchmarks/results/gallery/<name>/``.
Look at them with ``../shared/tools/look-at-report DIR/<name>/report.html SHOTS``.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import re
import shutil
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import sentiment_kit as sk
from sentiment_kit._core.escape import live_markup
from sentiment_kit._core.timegrain import period_bounds
from sentiment_kit.report import build_report, plan_report

HERE = Path(__file__).resolve().parent


def _benchmarks_helper(name: str):
    """``benchmarks/<name>.py``, imported by its path (only this script's folder is on ``sys.path``)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


markdown_table = _benchmarks_helper("_report").markdown_table
#: The folder of ../shared/data each gallery entry reads.
SOURCES = {
    "cfpb_complaints": "cfpb_complaints", "cfpb_payday": "cfpb_complaints", "cfpb_extra": "cfpb_extra",
    "cfpb_extra_2015": "cfpb_extra", "comcast_fcc": "comcast_fcc", "comcast_descriptions": "comcast_fcc",
    "tweets_amazon": "customer_support_tweets", "tweets_apple": "customer_support_tweets",
    "tweets_spotify": "customer_support_tweets", "ba_airline": "ba_airline_reviews",
}
SCIENTIFIC = re.compile(r"\b\d(?:\.\d+)?e[+-]\d+\b")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _page_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return html.unescape(" ".join(parser.parts))


def _scratch(name: str, data_root: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="gallery-")) / name  # the report names its data folder
    folder.mkdir()
    for f in (data_root / SOURCES[name]).iterdir():
        if f.is_file():
            (folder / f.name).symlink_to(f.resolve())
    shutil.copy(HERE / name / "sentiment_kit.toml", folder / "sentiment_kit.toml")
    return folder


def build(name: str, data_root: Path, out: Path) -> dict:
    folder = _scratch(name, data_root)
    try:
        plan = plan_report(folder)
        periods = []
        for ds in plan.datasets:
            data = sk.read_dataset(ds, folder)
            if "date" in data and data["date"].notna().any():
                p = sk.choose_period(data["date"])
                start, _ = period_bounds(data["date"].dropna(), p.freq)
                span = (data["date"].max() - data["date"].min()).days
                periods.append(f"{ds}: {span + 1:,} days, per {p.label}, {start.nunique()} periods")
        t0 = time.perf_counter()
        report = build_report(folder, out / name, progress=False)
        seconds = time.perf_counter() - t0
        page = report.read_text(encoding="utf-8")
        return {"name": name, "notebooks": " ".join(nb["name"][:2] for nb in plan.run),
                "data": ", ".join(plan.datasets), "time": "; ".join(periods) or "no dates",
                "scientific": len(SCIENTIFIC.findall(_page_text(page))), "live": len(live_markup(page)),
                "seconds": round(seconds)}
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_root", nargs="?", default=str(HERE.parents[2] / "shared" / "data"))
    ap.add_argument("--out", default=str(HERE.parent / "results" / "gallery"))
    ap.add_argument("--only", nargs="+", choices=sorted(SOURCES), metavar="NAME")
    args = ap.parse_args(argv)
    data_root, out = Path(args.data_root), Path(args.out)
    if not data_root.is_dir():
        print(f"{data_root} not found: give the folder holding the real data sets.", file=sys.stderr)
        return 2
    rows = []
    for name in args.only or sorted(SOURCES):
        try:
            rows.append(build(name, data_root, out))
        except sk.SentimentKitError as exc:
            rows.append({"name": name, "error": " ".join(str(exc).split())})
        print(rows[-1], flush=True)
    table = [{**r, "notebooks": f"error: {r['error']}"} if "error" in r else r for r in rows]
    print()
    print(markdown_table(table, {"name": "data set", "notebooks": "notebooks", "data": "data", "time": "time shown",
                                 "scientific": "sci. notation", "live": "live markup", "seconds": "build s"}))
    return 1 if any("error" in r or r.get("scientific") or r.get("live") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
