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
    _add_score(sub)
    _add_themes(sub)
    return parser


SCORE_EPILOG = """\
Reads INPUT (.csv in UTF-8, comma- or semicolon-separated, or .parquet) in chunks of --chunk-size
rows and writes OUTPUT (.parquet or .csv, by its suffix): every input column as it was, then
neg, neu, pos, compound, sentiment, is_complaint and the nine service signals, exactly as
sentiment_kit.classify_feedback computes them, rows in input order. Memory depends on the chunk
size, not on the file. With --data-dir (or a sentiment_kit.toml beside INPUT naming it in
[complaints], [reviews] or [interactions]) the toml's column mapping translates --text.

Exit status: 0 on success; 2 on bad input (one line naming the file and column, or the line of a
malformed CSV row); 1 on an unexpected error; 130 when interrupted (Ctrl-C). OUTPUT is replaced
only when every row is written; a failure leaves it as it was.

examples:
  sentiment-kit score contacts.csv --text body --out scored.parquet
  sentiment-kit score contacts.parquet --out scored.parquet --jobs 2 --chunk-size 100000
  sentiment-kit score my_data/complaints.csv --data-dir my_data --out scored.csv
"""


def _probability(value: str) -> float:
    from .._core.validation import check_fraction  # the library's own rule for a precision

    try:
        return check_fraction(float(value), name="--min-precision", example=0.9)
    except ValueError:  # not a number, or not between 0 and 1 (SentimentKitError is a ValueError)
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1 such as 0.9, got {value!r}") from None


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _add_score(sub: Any) -> None:
    sc = sub.add_parser("score", help="score every text of a CSV or Parquet file into Parquet or CSV",
                        description="Add sentiment, service signals and is_complaint to every row of INPUT, "
                                    "streaming it in chunks.",
                        epilog=SCORE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sc.add_argument("input", metavar="INPUT", help="the .csv or .parquet file to score")
    sc.add_argument("--text", default="text", metavar="COLUMN", help="the text column (default: text)")
    sc.add_argument("--out", required=True, metavar="OUTPUT", help="the .parquet or .csv file to write")
    sc.add_argument("--chunk-size", type=_count, default=50_000, metavar="N",
                    help="rows per chunk, a positive number (default: 50000)")
    sc.add_argument("--jobs", type=_count, default=1, metavar="N",
                    help="worker processes scoring each chunk (default: 1); the result is the same for any N")
    sc.add_argument("--themes", metavar="MODEL", default=None,
                    help="a fitted theme model (sentiment_kit.themes.persist) to add theme and theme_label")
    sc.add_argument("--data-dir", metavar="DIR", default=None,
                    help="data folder whose sentiment_kit.toml maps the text column")
    sc.add_argument("--min-precision", type=_probability, default=None, metavar="P",
                    help="keep only the signals the learned second stage confirms at this precision, "
                         "e.g. 0.9 (default: the rules alone)")
    sc.add_argument("--no-progress", action="store_true", help="do not show the progress bar")
    sc.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                    help="on failure, also print the traceback")


THEMES_EPILOG = """\
Streams the --text column of INPUT (.csv in UTF-8, or .parquet), keeps a uniform random sample of
--sample texts (reservoir sampling: memory depends on the sample, not the file), fits a theme model
on it and saves it to MODEL (no pickle; sentiment_kit.load_model reads it, and checks every type in
the file before building anything). Then: sentiment-kit score INPUT --themes MODEL --out OUTPUT.

examples:
  sentiment-kit themes fit complaints.csv --text narrative --out themes.skmodel
  sentiment-kit themes fit contacts.parquet --out themes.skmodel --sample 20000 --n-themes 15
"""


def _n_themes(value: str) -> int | str:
    return "auto" if value == "auto" else _count(value)


def _add_themes(sub: Any) -> None:
    th = sub.add_parser("themes", help="fit a theme model on a sample of a file (themes fit)")
    tsub = th.add_subparsers(dest="themes_command", metavar="ACTION", required=True)
    fit = tsub.add_parser("fit", help="fit a theme model on a sample of INPUT and save it",
                          description="Fit a theme model on a uniform sample of INPUT's texts and save it to MODEL.",
                          epilog=THEMES_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    fit.add_argument("input", metavar="INPUT", help="the .csv or .parquet file with the texts")
    fit.add_argument("--text", default="text", metavar="COLUMN", help="the text column (default: text)")
    fit.add_argument("--out", required=True, metavar="MODEL", help="the model file to write")
    fit.add_argument("--sample", type=_count, default=50_000, metavar="N",
                     help="texts to fit on, drawn uniformly from the file (default: 50000)")
    fit.add_argument("--n-themes", type=_n_themes, default="auto", metavar="K",
                     help="number of themes, or auto (default)")
    fit.add_argument("--random-state", type=int, default=0, metavar="S", help="seed of the sample and the model")
    fit.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                     help="on failure, also print the traceback")


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
        what = {"score": "output", "themes": "model"}.get(args.command, "report")
        return _fail(f"interrupted; no {what} was written", 130, args.debug)
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
    if args.command == "score":
        return _score(args)
    if args.command == "themes":
        return _themes_fit(args)
    path = build_report(args.data_dir, args.out, notebooks=args.notebooks, progress=not args.no_progress,
                        timeout=args.timeout)
    print(path)
    return 0


def _score(args: argparse.Namespace) -> int:
    """``sentiment-kit score``: the output path on stdout, the summary sentence on stderr."""
    from ..batch.stream import score_file

    result = score_file(args.input, args.out, text=args.text, chunk_size=args.chunk_size, jobs=args.jobs,
                        themes=args.themes, progress=not args.no_progress, data_dir=args.data_dir,
                        min_precision=args.min_precision)
    print(result.output)
    print(result, file=sys.stderr)
    return 0


def _themes_fit(args: argparse.Namespace) -> int:
    """``sentiment-kit themes fit``: the model path on stdout, what was fitted on stderr."""
    from ..batch.fit import fit_themes_file

    model = fit_themes_file(args.input, args.out, text=args.text, sample=args.sample,
                            random_state=args.random_state, n_themes=args.n_themes)
    print(args.out)
    print(f"{len(model.themes_)} themes fitted on {len(model.labels_):,} texts and saved to {args.out}.",
          file=sys.stderr)
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
