"""What every command shares: the parser that exits with a one-line error, the
``--db`` option, sub-command registration, one-line failures and plain tables."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

EXIT_ERROR = 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: {message} (see --help)\n")


def add_db(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", default=default,
        help="SQLite file or SQLAlchemy URL (default: $DELEGATE_APP_DB, else the user data file)",
    )


def add_command(sub: argparse._SubParsersAction[Parser], name: str,
             text: str) -> argparse.ArgumentParser:
    """A subcommand; every one takes --db."""
    command = sub.add_parser(name, help=text)
    add_db(command)
    return command


class _NoticeLine(logging.Handler):
    """A notice as one line on whatever stderr is when it is said."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"delegate-app: {' '.join(record.getMessage().split())}", file=sys.stderr)


def say_notices() -> None:
    """Notices (a data folder made private, say) go to stderr as one line each."""
    notices = logging.getLogger("delegate_app.notices")
    if not any(isinstance(h, _NoticeLine) for h in notices.handlers):
        notices.addHandler(_NoticeLine())


def fail(message: str) -> int:
    print(f"delegate-app: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def table(rows: Sequence[Sequence[object]]) -> str:
    if not rows:
        return ""
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )
