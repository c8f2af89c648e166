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
from ..domain.errors import DatabaseError, DelegateAppError, InUseError, StaleEditError

log = logging.getLogger("delegate_app")
log.addHandler(logging.NullHandler())  # without a log file, nothing falls through to stderr
notices = logging.getLogger("delegate_app.notices")  # things to say once, not failures


class DatabaseBusyError(DatabaseError):
    """Another save held the database longer than we wait; nothing was changed."""


# Unique keys an officer can run into, in the officer's words.
UNIQUE_WORDS = {
    "delegation_member": "that person is already on the delegation's list",
    "meeting_outcome": "the meeting's outcome was recorded by someone else at the same moment",
    "person": "that person is already on file",
    "city": "a city of that name is already on file in that country",
    "organisation": "an organisation of that name is already on file",
    "theme_tag": "a theme of that name is already on file",
    "itinerary_item": "that item is already in the itinerary",
    "commitment": "that commitment is already on file",
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


def _where_logged() -> str:
    return f" The details are in the log file {log_file()}."


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
    if isinstance(exc, sa_exc.IntegrityError):
        if "unique" in text or "duplicate key" in text:
            words = UNIQUE_WORDS.get(_table_of(exc), "another record already has the same name")
            return StaleEditError(f"The {label} was not saved: {words}. Nothing was changed; "
                                  "reopen it to see the latest version and try again.")
        if "foreign key" in text:
            return InUseError(f"The {label} was not saved: it points at a record someone else "
                              "deleted, or a record it uses is still needed. Nothing was "
                              "changed; reopen it and try again.")
        return DatabaseError(f"The {label} was not saved: a value is outside what the "
                             f"database accepts. Nothing was changed.{_where_logged()}")
    if isinstance(exc, sa_exc.OperationalError) and ("locked" in text or "busy" in text):
        return DatabaseBusyError(f"The database was busy with another save for too long; the "
                                 f"{label} was not saved. Try again in a moment.")
    if isinstance(exc, sa_exc.DataError):
        return DatabaseError(f"The {label} was not saved: a value is too long or out of range "
                             f"for the database. Nothing was changed.{_where_logged()}")
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError):
        return DatabaseError(f"The database could not be reached, so the {label} was not "
                             f"saved. Try again; if it keeps happening, ask whoever looks "
                             f"after the database.{_where_logged()}")
    return DatabaseError(f"The database refused the {label}; nothing was changed."
                         f"{_where_logged()}")


def explain(error: BaseException) -> str:
    """The one line an officer reads for any failure (the detail goes to the log file)."""
    if isinstance(error, DelegateAppError):
        return error.message
    if isinstance(error, sa_exc.DBAPIError):
        return database_refusal(error, "change").message
    log.error("unexpected failure: %r", error, exc_info=error)
    if isinstance(error, MemoryError):
        return ("There was not enough memory to finish; nothing more was done. Close other "
                "programs, or split the file, and try again.")
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        reason = error.strerror or str(error) or "The operating system refused"
        return f"{reason.rstrip('.')}{where}."
    if isinstance(error, sa_exc.SQLAlchemyError):
        return f"The database could not be used; nothing was changed.{_where_logged()}"
    return (f"Something unexpected went wrong ({type(error).__name__}); nothing more was done."
            f"{_where_logged()}")
