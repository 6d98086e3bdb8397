"""The ``sentiment-kit`` command."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..exceptions import MissingResourceError, SentimentKitError

DESCRIPTION = """\
Customer-sentiment analytics. `sentiment-kit report` executes the curated notebooks
against a data folder and writes one self-contained HTML executive report (code
hidden, charts embedded, nothing loaded from other hosts) plus each executed notebook.
"""

REPORT_EPILOG = """\
DATA_DIR holds one CSV (or Parquet) file per data set, named complaints.csv,
reviews.csv, customers.csv and survey.csv; see the README for the columns each needs.
Without DATA_DIR the bundled sample data is used.

Exit status: 0 on success; 2 on bad input (the message names the file and column, or the
option); 1 when a notebook fails or runs out of time (or on an unexpected error); 130 when
interrupted (Ctrl-C). A failure prints one line (--debug adds the traceback) and leaves --out
as it was: the report and its notebooks are replaced together, only when every notebook
has succeeded.

examples:
  sentiment-kit report
  sentiment-kit report ./my_data --out ./q3_report
  sentiment-kit report ./my_data --notebooks 00 01
"""


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of seconds, got {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sentiment-kit", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"sentiment_kit {__version__}")
    parser.add_argument("--debug", action="store_true", help="on failure, also print the traceback")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    rep = sub.add_parser("report", help="build the executive HTML report",
                         description="Execute the curated notebooks on DATA_DIR and export the report.",
                         epilog=REPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    rep.add_argument("data_dir", nargs="?", metavar="DATA_DIR", default=None,
                     help="folder with the data files (default: the bundled sample)")
    rep.add_argument("--out", metavar="DIR", default="sentiment_kit_report",
                     help="output folder (default: ./sentiment_kit_report)")
    rep.add_argument("--notebooks", nargs="+", metavar="NAME",
                     help="only these notebooks, by name or number prefix (default: all)")
    rep.add_argument("--timeout", type=_positive_int, default=1200, metavar="SECONDS",
                     help="time allowed per notebook cell, a positive number (default: 1200)")
    rep.add_argument("--no-progress", action="store_true", help="do not show progress")
    rep.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                     help="on failure, also print the traceback")
    chk = sub.add_parser("check", help="check a data folder: what will be read, and which notebooks will run",
                         description="Read and check every data set in DATA_DIR without running anything: the file, "
                                     "rows, column mapping, date range, blanks per column, what could not be read, "
                                     "and which notebooks a report would run. Exit 2 on a problem.")
    chk.add_argument("data_dir", nargs="?", metavar="DATA_DIR", default=None,
                     help="folder with the data files (default: the bundled sample)")
    chk.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                     help="on failure, also print the traceback")
    sub.add_parser("notebooks", help="list the curated notebooks and the question each answers")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``sentiment-kit``; returns the exit status (see ``sentiment-kit report --help``)."""
    parser = build_parser()
    args = parser.parse_args(argv)  # usage errors: argparse prints them and exits 2
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return _run(args)
    except KeyboardInterrupt:
        return _fail("interrupted; no report was written", 130, args.debug)
    except MissingResourceError as exc:
        return _fail(exc, 2, args.debug)
    except SentimentKitError as exc:
        from .build import ReportError

        return _fail(exc, 1 if isinstance(exc, ReportError) else 2, args.debug)
    except Exception as exc:  # noqa: BLE001 - a bug: one line and exit 1, traceback with --debug
        return _fail(f"unexpected {type(exc).__name__}: {exc} (run again with --debug for the traceback, and "
                     "please report it)", 1, args.debug)


def _run(args: argparse.Namespace) -> int:
    from .build import build_report, list_notebooks

    if not getattr(args, "debug", False):  # the error line says what failed; their logs only repeat it
        for name in ("papermill", "nbclient", "traitlets"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    if args.command == "notebooks":
        for nb in list_notebooks():
            needs = ", ".join(nb["requires"]) or "any of " + ", ".join(nb["uses"])
            uses = [d for d in nb["uses"] if d not in nb["requires"]]
            extra = f"; uses {', '.join(uses)} when present" if uses and nb["requires"] else ""
            print(f"{nb['name']}: {nb['question']} (needs {needs}{extra})")
        return 0
    if args.command == "check":
        return _check(args.data_dir)
    path = build_report(args.data_dir, args.out, notebooks=args.notebooks, progress=not args.no_progress,
                        timeout=args.timeout)
    print(path)
    return 0


def _check(data_dir: str | None) -> int:
    """``sentiment-kit check``: print what a report would read and run; 2 when something is wrong."""
    from ..data.config import CONFIG_FILE
    from ..exceptions import DataValidationError
    from .build import plan_report
    from ..data.load import inspect_dataset

    plan = plan_report(data_dir)
    toml = plan.data_dir / CONFIG_FILE
    print(f"Data folder: {plan.data_dir}" + (f" (read with {CONFIG_FILE})" if toml.is_file() else ""))
    problems = []
    for name, path in plan.files.items():
        if path is None:
            print(f"\n{name}: no file ({name}.csv, .parquet or .xlsx, or [{name}] file = ... in {CONFIG_FILE})")
            continue
        try:
            ds = inspect_dataset(name, plan.data_dir)
        except DataValidationError as exc:
            print(f"\n{name}: {path.name}\n  error: {' '.join(str(exc).split())}")
            problems.append(exc)
            continue
        data = ds.data
        print(f"\n{name}: {path.name}, {len(data):,} rows, {data.shape[1]} columns")
        if ds.options.columns:
            print("  columns: " + ", ".join(f"{ours} <- {theirs!r}" for ours, theirs in ds.options.columns.items()))
        span = ds.date_range
        if span:
            print(f"  dates: {span[0]:%Y-%m-%d} to {span[1]:%Y-%m-%d}")
        elif name in ("complaints", "reviews"):
            print("  dates: none (time analyses are skipped)")
        blanks = {str(c): int(n) for c, n in _blanks(data).items() if n}
        print("  blanks: " + (", ".join(f"{c} {n:,}" for c, n in blanks.items()) if blanks else "none"))
        for line in ds.decisions + ds.notes:
            print(f"  note: {line}")
    print("\nNotebooks that will run: " + ", ".join(nb["name"] for nb in plan.run))
    for name, reason in plan.skipped:
        print(f"Not run: {name} ({reason})")
    if problems:
        print(f"\nsentiment-kit: error: {' '.join(str(problems[0]).split())}", file=sys.stderr)
        return 2
    return 0


def _blanks(data: Any) -> Any:
    """Missing or whitespace-only values per column."""
    blank = data.isna().sum()
    for col in data.select_dtypes(include="object").columns:
        blank[col] += int(data[col].map(lambda v: isinstance(v, str) and not v.strip()).sum())
    return blank


def _fail(message: object, status: int, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    line = " ".join(str(message).split())
    print(f"sentiment-kit: error: {line}", file=sys.stderr)
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
