"""What the database already holds that an imported calendar is matched against."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..db.models import ItineraryItem, SummitSession
from ..domain import limits
from .ics_changes import fold

CHUNK = 500  # UIDs per query: well under every database's limit on bound values


def _chunks(uids: list[str]) -> Iterator[list[str]]:
    unique = list(dict.fromkeys(uids))
    for start in range(0, len(unique), CHUNK):
        yield unique[start:start + CHUNK]


@dataclass
class Known:
    delegation_id: int
    by_import_uid: dict[str, ItineraryItem] = field(default_factory=dict)
    by_uid: dict[str, ItineraryItem] = field(default_factory=dict)  # this delegation's
    by_session: dict[int, ItineraryItem] = field(default_factory=dict)  # linked here
    elsewhere: dict[str, ItineraryItem] = field(default_factory=dict)  # other delegations'
    sessions: dict[str, SummitSession] = field(default_factory=dict)  # summit sessions
    keys: dict[tuple[datetime, str], str] = field(default_factory=dict)  # start, title

    def match(self, uid: str) -> ItineraryItem | None:
        """This delegation's item the event is: imported from it before, one of ours, or
        the item linked to the summit session it is."""
        item = self.by_import_uid.get(uid) or self.by_uid.get(uid)
        if item is None and uid in self.sessions:
            item = self.by_session.get(self.sessions[uid].id)
        return item

    def linked(self, session_id: int) -> ItineraryItem | None:
        return self.by_session.get(session_id)

    def source_of(self, uid: str) -> ItineraryItem | None:
        """The item of ours the event was exported from, in any delegation."""
        item = self.by_uid.get(uid) or self.elsewhere.get(uid)
        return item if item is not None and item.import_uid != uid else None

    def ours(self) -> frozenset[str]:
        """UIDs this database gave: its items' (not kept from a file) and its sessions'."""
        items = {u for u, i in {**self.elsewhere, **self.by_uid}.items() if i.import_uid != u}
        return frozenset(items | set(self.sessions))

    def uid_taken(self, uid: str) -> bool:
        """Whether a new item must get a UID of its own instead of the file's."""
        return (len(uid) > limits.ITEM_UID_MAX_CHARS or uid in self.by_uid
                or uid in self.elsewhere)

    def add(self, item: ItineraryItem) -> None:
        """An item written in this transaction, so a later event of the file sees it."""
        if item.import_uid:
            self.by_import_uid[item.import_uid] = item
        self.by_uid[item.uid] = item
        self.keys.setdefault((item.starts_at, fold(item.title)), item.title)


def known_items(session: Session, delegation_id: int, uids: list[str]) -> Known:
    """The delegation's items, and our items and sessions elsewhere with these UIDs."""
    known = Known(delegation_id)
    for item in session.scalars(select(ItineraryItem).where(
            ItineraryItem.delegation_id == delegation_id).options(
            selectinload(ItineraryItem.city))):
        if item.import_uid:
            known.by_import_uid[item.import_uid] = item
        known.by_uid[item.uid] = item
        if item.summit_session_id is not None:
            known.by_session[item.summit_session_id] = item
        known.keys.setdefault((item.starts_at, fold(item.title)), item.title)
    for chunk in _chunks(uids):
        for item in session.scalars(select(ItineraryItem).where(
                ItineraryItem.uid.in_(chunk), ItineraryItem.delegation_id != delegation_id)):
            known.elsewhere[item.uid] = item
        for row in session.scalars(select(SummitSession).where(SummitSession.uid.in_(chunk))):
            known.sessions[row.uid] = row
    return known
