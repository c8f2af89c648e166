"""Import a calendar file into a delegation: a preview first, then one transaction.

Events are matched by the UID they had in the file: the same UID with a higher SEQUENCE
or a newer LAST-MODIFIED updates the item; otherwise it is left alone, so importing the
same file twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import City, Delegation, ItineraryItem, Person
from ..domain.enums import ItemKind
from ..domain.errors import NotFoundError, ValidationError
from ..imports.ics_reader import ImportedEvent, read_calendar
from .editing import new_uid

KEYWORDS = {ItemKind.FLIGHT: ("flight", "vuelo", "vol ", "پرواز"),
            ItemKind.TRAIN: ("train", "tren"), ItemKind.HOTEL: ("hotel", "check-in"),
            ItemKind.MEAL: ("lunch", "dinner", "breakfast", "almuerzo", "cena"),
            ItemKind.RECEPTION: ("reception", "recepción"),
            ItemKind.PRESS: ("press", "prensa", "interview"),
            ItemKind.SITE_VISIT: ("visit", "visita", "tour"),
            ItemKind.TRANSFER: ("transfer", "traslado")}


@dataclass
class ImportPreview:
    delegation_id: int
    delegation: str
    added: list[ImportedEvent] = field(default_factory=list)
    updated: list[tuple[int, ImportedEvent]] = field(default_factory=list)
    unchanged: list[ImportedEvent] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The preview as an officer reads it, one line per event or problem."""
        out = [f"ADD        {e.summary}  ({e.starts_at:%Y-%m-%d %H:%M} UTC)" for e in self.added]
        out += [f"UPDATE     {e.summary}" for _, e in self.updated]
        out += [f"UNCHANGED  {e.summary}" for e in self.unchanged]
        out += [f"REJECTED   {line}" for line in self.rejected]
        out += [f"NOTE       {line}" for line in self.notices]
        return out


def kind_of(event: ImportedEvent) -> ItemKind:
    for category in event.categories:
        for kind in ItemKind:
            if category.strip().lower() in (kind.value.replace("_", " "), kind.label.lower()):
                return kind
    text = event.summary.lower()
    for kind, words in KEYWORDS.items():
        if any(w in text for w in words):
            return kind
    return ItemKind.BILATERAL_MEETING


def _newer(event: ImportedEvent, item: ItineraryItem) -> bool:
    if event.sequence > item.sequence:
        return True
    return event.last_modified is not None and event.last_modified > item.updated_at


def _delegation(session: Session, delegation_id: int) -> Delegation:
    d = session.scalar(select(Delegation).where(Delegation.id == delegation_id)
                       .options(selectinload(Delegation.members),
                                selectinload(Delegation.destinations)))
    if d is None:
        raise NotFoundError(f"There is no delegation {delegation_id}.")
    return d


def preview_import(sessions: sessionmaker[Session], delegation_id: int,
                   raw: bytes) -> ImportPreview:
    """What importing ``raw`` would do; nothing is written."""
    with sessions() as session:
        d = _delegation(session, delegation_id)
        zone = d.destinations[0].time_zone if d.destinations else session.get(
            City, d.home_city_id).time_zone  # type: ignore[union-attr]
        window = (d.starts_on - timedelta(days=1), d.ends_on + timedelta(days=1))
        read = read_calendar(raw, window, zone)
        preview = ImportPreview(d.id, d.title, rejected=read.rejected, notices=read.notices)
        known = {i.import_uid: i for i in session.scalars(select(ItineraryItem).where(
            ItineraryItem.delegation_id == d.id, ItineraryItem.import_uid.is_not(None)))}
        for event in read.events:
            item = known.get(event.uid)
            if item is None:
                preview.added.append(event)
            elif _newer(event, item):
                preview.updated.append((item.id, event))
            else:
                preview.unchanged.append(event)
        return preview


def _fill(item: ItineraryItem, event: ImportedEvent) -> None:
    item.title = event.summary
    item.starts_at, item.start_tz = event.starts_at, event.start_tz
    item.ends_at, item.end_tz = event.ends_at, event.end_tz
    item.all_day, item.status = event.all_day, event.status
    item.venue, item.description = event.location, event.description
    item.latitude, item.longitude = event.latitude, event.longitude


def apply_import(sessions: sessionmaker[Session], preview: ImportPreview) -> int:
    """Write the previewed additions and updates in one transaction; returns how many."""
    return len(apply_import_ids(sessions, preview)[0]) + len(preview.updated)


def apply_import_ids(sessions: sessionmaker[Session],
                     preview: ImportPreview) -> tuple[list[int], list[int]]:
    """As ``apply_import``; returns the ids of the items added and of those updated."""
    if not preview.added and not preview.updated:
        return [], []
    with sessions.begin() as session:
        d = _delegation(session, preview.delegation_id)
        if not d.members:
            raise ValidationError({"": "Add the delegation's members first: imported items "
                                       "include the whole delegation."})
        everyone = list(session.scalars(select(Person).where(
            Person.id.in_([m.person_id for m in d.members]))))
        taken = set(session.scalars(select(ItineraryItem.uid).where(
            ItineraryItem.uid.in_([e.uid for e in preview.added]))))
        added = []
        for event in preview.added:
            item = ItineraryItem(delegation_id=d.id, kind=kind_of(event), import_uid=event.uid,
                                 uid=event.uid if event.uid not in taken else new_uid(),
                                 sequence=event.sequence, participants=list(everyone))
            _fill(item, event)
            session.add(item)
            added.append(item)
        for item_id, event in preview.updated:
            existing = session.get(ItineraryItem, item_id)
            if existing is None:
                continue
            _fill(existing, event)
            existing.sequence = max(existing.sequence + 1, event.sequence)
            existing.updated_at = datetime.now(UTC)
        session.flush()
        return [i.id for i in added], [item_id for item_id, _ in preview.updated]
