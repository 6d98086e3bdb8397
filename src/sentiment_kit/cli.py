"""The ``sentiment-kit`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .exceptions import MissingResourceError, SentimentKitError

DESCRIPTION = """\
Customer-sentiment analytics. `sentiment-kit report` executes the curated notebooks
against a data folder and writes one self-contained HTML executive report (code
hidden, charts embedded, nothing loaded from other hosts) plus each executed notebook.
"""

REPORT_EPILOG = """\
DATA_DIR holds one CSV (or Parquet) file per data set, named complaints.csv,
reviews.csv, customers.csv and survey.csv; see the README for the columns each needs.
Without DATA_DIR the bundled sample data is used.

Exit status: 0 on success, 2 on bad input (the message names the file and column),
1 when a notebook fails. Nothing is written to --out unless every notebook succeeds.

examples:
  sentiment-kit report
  sentiment-kit report ./my_data --out ./q3_report
  sentiment-kit report ./my_data --notebooks 00 01
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sentiment-kit", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"sentiment_kit {__version__}")
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
    rep.add_argument("--timeout", type=int, default=1200, metavar="SECONDS",
                     help="time allowed per notebook cell (default: 1200)")
    rep.add_argument("--no-progress", action="store_true", help="do not show progress")
    sub.add_parser("notebooks", help="list the curated notebooks and the question each answers")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``sentiment-kit``; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        from .report import ReportError, build_report, list_notebooks

        if args.command == "notebooks":
            for nb in list_notebooks():
                print(f"{nb['name']}: {nb['question']} (needs: {', '.join(nb['requires']) or 'nothing'})")
            return 0
        path = build_report(args.data_dir, args.out, notebooks=args.notebooks,
                            progress=not args.no_progress, timeout=args.timeout)
    except ReportError as exc:
        print(f"sentiment-kit: error: {exc}", file=sys.stderr)
        return 1
    except (SentimentKitError, MissingResourceError) as exc:
        print(f"sentiment-kit: error: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
