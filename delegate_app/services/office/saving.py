"""Who saved a record last, and when: what a refused save shows beside the colleague's
values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ...db.base import UTCDateTime
from ...db.models import Base
from ...domain.errors import NotFoundError
from ...domain.wording import QT_TRANSLATE_NOOP

# What the officer calls each kind of record, for "the person" / "the itinerary item".
KIND_TABLES = {"item": "itinerary_item", "session": "summit_session"}


@dataclass(frozen=True, slots=True)
class LastSave:
    by: str  # "" when nobody signed it (rows saved before the shared office)
    at: datetime  # aware UTC
    version: int


def last_save(sessions: sessionmaker[Session], kind: str, record_id: int) -> LastSave:
    """The record's last save; ``kind`` is its table ("person") or the officer's word
    ("item")."""
    table = Base.metadata.tables[KIND_TABLES.get(kind, kind)]
    with sessions() as session:
        found = session.execute(select(table.c.updated_by, table.c.updated_at,
                                       table.c.version).where(table.c.id == record_id)).first()
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "This record no longer exists; someone may have deleted it."))
    by, at, version = found
    if at.tzinfo is None:  # read through Core: the column type already made it aware
        at = UTCDateTime().process_result_value(at, None) or at
    return LastSave(str(by or ""), at, int(version))
