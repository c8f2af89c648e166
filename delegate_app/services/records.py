"""Records as plain field dictionaries, for `delegate-app list ... --json`."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import Base, City, Commitment, Delegation, ItineraryItem, Person, Summit

LISTABLE: dict[str, type[Base]] = {
    "delegations": Delegation,
    "summits": Summit,
    "people": Person,
    "cities": City,
    "commitments": Commitment,
    "items": ItineraryItem,
}

# Binary payloads never go to a terminal; their presence is reported instead.
_BINARY = {"photo", "document", "evidence_document"}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record_dicts(sessions: sessionmaker[Session], kind: str) -> list[dict[str, Any]]:
    """Every record of ``kind`` with its column names as keys (snake_case, ``id`` first)."""
    model = LISTABLE[kind]
    columns = [c.key for c in model.__mapper__.column_attrs]  # type: ignore[attr-defined]
    with sessions() as session:
        result = []
        order = model.__table__.c.id  # type: ignore[attr-defined]
        for row in session.scalars(select(model).order_by(order)):
            record = {"id": row.id}  # type: ignore[attr-defined]
            for key in columns:
                if key in _BINARY:
                    continue
                record[key] = _plain(getattr(row, key))
            result.append(record)
        return result
