"""What the officer is told when something fails, and the log file that keeps the rest.

Every error from a reader, the database or the operating system ends here as one sentence;
the technical detail (the database's own words, the traceback) goes to the log file.
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from sqlalchemy import exc as sa_exc

from ..config import log_file, private_folder
from ..domain.errors import (
    DatabaseError,
    DelegateAppError,
    InUseError,
    StaleEditError,
    ValidationError,
)
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from ..language.speech import say

log = logging.getLogger("delegate_app")
log.addHandler(logging.NullHandler())  # without a log file, nothing falls through to stderr
notices = logging.getLogger("delegate_app.notices")  # things to say once, not failures


class DatabaseBusyError(DatabaseError):
    """Another save held the database longer than we wait; nothing was changed."""


# Unique keys an officer can run into, in the officer's words.
UNIQUE_WORDS = {
    "delegation_member": QT_TRANSLATE_NOOP(
        "delegate_app", "that person is already on the delegation's list"),
    "meeting_outcome": QT_TRANSLATE_NOOP(
        "delegate_app",
        "the meeting's outcome was recorded by someone else at the same moment"),
    "person": QT_TRANSLATE_NOOP("delegate_app", "that person is already on file"),
    "city": QT_TRANSLATE_NOOP(
        "delegate_app", "a city of that name is already on file in that country"),
    "organisation": QT_TRANSLATE_NOOP(
        "delegate_app", "an organisation of that name is already on file"),
    "theme_tag": QT_TRANSLATE_NOOP("delegate_app", "a theme of that name is already on file"),
    "itinerary_item": QT_TRANSLATE_NOOP("delegate_app", "that item is already in the itinerary"),
    "commitment": QT_TRANSLATE_NOOP("delegate_app", "that commitment is already on file"),
}


def start_log_file() -> Path | None:
    """Send warnings and errors to the log file (private to this account); None when the
    log folder cannot be made, in which case the program carries on without one."""
    path = log_file()
    for handler in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(handler.baseFilename) == path.absolute():
            return path
        log.removeHandler(handler)  # the data folder moved (tests, another --db home)
        handler.close()
    try:
        private_folder(path.parent)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                      encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def _where_logged() -> Wording:
    return Wording(QT_TRANSLATE_NOOP("delegate_app", " The details are in the log file {path}."),
                   {"path": str(log_file())})


def _table_of(exc: sa_exc.DBAPIError) -> str:
    """The table a refused statement was about, from either database's message."""
    diag = getattr(exc.orig, "diag", None)
    if diag is not None and getattr(diag, "table_name", None):
        return str(diag.table_name)
    found = re.search(r"constraint failed: (\w+)\.", str(exc.orig))
    return found.group(1) if found else ""


def database_refusal(exc: sa_exc.DBAPIError, label: str) -> DelegateAppError:
    """One sentence for a refusal of the database met while saving a ``label``."""
    log.warning("database refused a %s: %s", label, exc, exc_info=exc)
    text = str(exc.orig).lower()
    what = Wording(label)
    if isinstance(exc, sa_exc.IntegrityError):
        if "unique" in text or "duplicate key" in text:
            words = UNIQUE_WORDS.get(_table_of(exc), QT_TRANSLATE_NOOP(
                "delegate_app", "another record already has the same name"))
            return StaleEditError(QT_TRANSLATE_NOOP(
                "delegate_app", "The {label} was not saved: {words}. Nothing was changed; "
                "reopen it to see the latest version and try again."),
                label=what, words=Wording(words))
        if "foreign key" in text:
            return InUseError(QT_TRANSLATE_NOOP(
                "delegate_app", "The {label} was not saved: it points at a record someone "
                "else deleted, or a record it uses is still needed. Nothing was changed; reopen "
                "it and try again."), label=what)
        return DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "The {label} was not saved: a value is outside what the database "
            "accepts. Nothing was changed.{logged}"), label=what, logged=_where_logged())
    if isinstance(exc, sa_exc.OperationalError) and ("locked" in text or "busy" in text):
        return DatabaseBusyError(QT_TRANSLATE_NOOP(
            "delegate_app", "The database was busy with another save for too long; the {label} "
            "was not saved. Try again in a moment."), label=what)
    if isinstance(exc, sa_exc.DataError):
        return DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "The {label} was not saved: a value is too long or out of range "
            "for the database. Nothing was changed.{logged}"), label=what, logged=_where_logged())
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError):
        return DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "The database could not be reached, so the {label} was not saved. "
            "Try again; if it keeps happening, ask whoever looks after the database.{logged}"),
            label=what, logged=_where_logged())
    return DatabaseError(QT_TRANSLATE_NOOP(
        "delegate_app", "The database refused the {label}; nothing was changed.{logged}"),
        label=what, logged=_where_logged())


def field_messages(error: BaseException, chosen: str | None = None) -> dict[str, str]:
    """What to say beside each field of a refused form (field "" for the form as a whole)."""
    if isinstance(error, ValidationError):
        return {name: say(words, chosen) for name, words in error.field_wordings.items()}
    return {"": explain(error, chosen)}


def explain(error: BaseException, chosen: str | None = None) -> str:
    """The one line an officer reads for any failure, in ``chosen`` (default: the
    interface's language); the detail goes to the log file."""
    if isinstance(error, DelegateAppError):
        return say(error.wording, chosen)
    if isinstance(error, sa_exc.DBAPIError):
        return explain(database_refusal(error, "change"), chosen)
    log.error("unexpected failure: %r", error, exc_info=error)
    return say(_unexpected(error), chosen)


def _unexpected(error: BaseException) -> Wording:
    if isinstance(error, MemoryError):
        return Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "There was not enough memory to finish; nothing more was done. "
            "Close other programs, or split the file, and try again."))
    if isinstance(error, OSError):
        # The operating system's own words (strerror) come in the system's language.
        where = f" ({error.filename})" if error.filename else ""
        reason = error.strerror or str(error) or "The operating system refused"
        return Wording("{reason}{where}.", {"reason": reason.rstrip("."), "where": where})
    if isinstance(error, sa_exc.SQLAlchemyError):
        return Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "The database could not be used; nothing was changed.{logged}"),
            {"logged": _where_logged()})
    return Wording(QT_TRANSLATE_NOOP(
        "delegate_app", "Something unexpected went wrong ({kind}); nothing more was done."
        "{logged}"), {"kind": type(error).__name__, "logged": _where_logged()})
