"""Who saved each row: every flush signs the rows it writes with the session's officer."""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

OFFICER = "delegate_app.officer"


def os_account() -> str:
    """On one workstation the officer is the operating-system account."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) and no USER variable
        return "officer"


def officer_of(session: Session) -> str:
    """The officer on whose behalf ``session`` writes."""
    return str(session.info.get(OFFICER) or os_account())


def _sign(session: Session, _context: Any, _instances: Any) -> None:
    who = officer_of(session)
    for obj in (*session.new, *session.dirty):
        if hasattr(obj, "updated_by") and (obj in session.new or session.is_modified(obj)):
            obj.updated_by = who


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _sign)
