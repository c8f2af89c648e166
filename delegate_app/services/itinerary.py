"""Itinerary items: create, change, move and cancel, keeping calendar identity and sequence.

An item keeps its ``uid`` for life; ``sequence`` rises on every change some edition of its
calendar shows (see ``sequence_rises``). Cancelling keeps the item (as cancelled) so
subscribed calendars learn of it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import City, Delegation, ItineraryItem, Person, SummitSession
from ..domain.enums import ItemStatus, NameOrder
from ..domain.errors import NotFoundError, ValidationError
from ..domain.names import formal_name
from ..domain.records import Change, ItemInput, ItemRow
from ..domain.validation import validate_item
from ..domain.wording import QT_TRANSLATE_NOOP
from .editing import load_for_edit, new_uid, translated_errors

# Fields no edition of the calendar shows (the printed dossier does, and has no SEQUENCE).
NOT_IN_ANY_CALENDAR = frozenset({"origin_city_id", "carrier", "service_number",
                                 "summit_session_id"})
_PEOPLE = ("participants", "counterparts", "interpreters")
_SCALARS = tuple(f for f in ItemInput.__dataclass_fields__ if f not in _PEOPLE)


def _people(session: Session, ids: tuple[int, ...], field: str) -> list[Person]:
    found = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
    if len(found) != len(set(ids)):
        raise ValidationError({field: QT_TRANSLATE_NOOP(
            "delegate_app", "Someone chosen here no longer exists; choose again.")})
    return [found[i] for i in ids]


def _check_links(session: Session, data: ItemInput) -> None:
    errors = {}
    for field in ("city_id", "origin_city_id"):
        value = getattr(data, field)
        if value is not None and session.get(City, value) is None:
            errors[field] = QT_TRANSLATE_NOOP(
                "delegate_app", "That city no longer exists; pick another.")
    if data.summit_session_id is not None and session.get(
            SummitSession, data.summit_session_id) is None:
        errors["summit_session_id"] = QT_TRANSLATE_NOOP(
            "delegate_app", "That summit session no longer exists.")
    if errors:
        raise ValidationError(errors)


def _apply(session: Session, row: ItineraryItem, data: ItemInput) -> None:
    _check_links(session, data)
    for name in _SCALARS:
        setattr(row, name, getattr(data, name))
    for name in _PEOPLE:
        setattr(row, name, _people(session, getattr(data, name), name))


def to_input(row: ItineraryItem) -> ItemInput:
    values: dict[str, Any] = {name: getattr(row, name) for name in _SCALARS}
    values.update({name: tuple(p.id for p in getattr(row, name)) for name in _PEOPLE})
    return ItemInput(**values)


def sequence_rises(before: ItemInput, after: ItemInput) -> bool:
    """Whether an edit raises the item's SEQUENCE: when it changes what any edition shows.

    One SEQUENCE serves every edition. Ours shows the briefing, talking points and booking
    reference, so a phone on it must learn of a new briefing; the host edition shows
    whether the item is there at all (``internal``). A host's phone that sees a higher
    SEQUENCE with nothing new simply keeps the same event."""
    return any(_shown(before, f) != _shown(after, f)
               for f in ItemInput.__dataclass_fields__ if f not in NOT_IN_ANY_CALENDAR)


def _shown(data: ItemInput, field: str) -> Any:
    """A field as a calendar shows it: the people on an item as a set (the order a database
    hands back a many-to-many collection in is not the officer's)."""
    value = getattr(data, field)
    return frozenset(value) if field in _PEOPLE else value


def create_item(sessions: sessionmaker[Session], delegation_id: int, data: ItemInput,
                record_id: int | None = None, uid: str | None = None,
                sequence: int = 0) -> Change:
    """A new item; or, with ``record_id``, ``uid`` and a ``sequence`` past the last one
    calendars saw, an item brought back (redo) that calendars take as newer news."""
    data = validate_item(data)
    with sessions.begin() as session, translated_errors("itinerary item"):
        if session.get(Delegation, delegation_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "This delegation no longer exists."))
        row = ItineraryItem(delegation_id=delegation_id, uid=uid or new_uid(), sequence=sequence)
        if record_id is not None:
            row.id = record_id
        _apply(session, row, data)
        session.add(row)
        session.flush()
        return Change("item", row.id, row.version, "created")


def update_item(sessions: sessionmaker[Session], item_id: int, seen_version: int,
                data: ItemInput) -> Change:
    data = validate_item(data)
    with sessions.begin() as session, translated_errors("itinerary item"):
        row = load_for_edit(session, ItineraryItem, item_id, seen_version, "itinerary item")
        before = to_input(row)
        _refuse_moving_a_session(row, before, data)
        _apply(session, row, data)
        if sequence_rises(before, data):
            row.sequence += 1
        session.flush()
        return Change("item", row.id, row.version, "updated")


def _refuse_moving_a_session(row: ItineraryItem, before: ItemInput, after: ItemInput) -> None:
    if row.summit_session_id is None or after.summit_session_id is None:
        return
    if (before.starts_at, before.ends_at) != (after.starts_at, after.ends_at):
        raise ValidationError({"starts_at": QT_TRANSLATE_NOOP(
            "delegate_app", "This is a session of a summit: change its time in the summit's "
            "programme, and every delegation attending follows.")})


def move_item(sessions: sessionmaker[Session], item_id: int, seen_version: int,
              starts_at: datetime, ends_at: datetime) -> Change:
    """Drag or resize on the timeline: new instants, zones unchanged."""
    version, data = get_item(sessions, item_id)
    if version != seen_version:
        return update_item(sessions, item_id, seen_version, data)  # raises the stale error
    return update_item(sessions, item_id, seen_version,
                       replace(data, starts_at=starts_at, ends_at=ends_at))


def set_item_status(sessions: sessionmaker[Session], item_id: int, seen_version: int,
                    status: ItemStatus) -> tuple[Change, ItemStatus]:
    """Cancel (or reinstate) an item; returns the status it had, for undo."""
    with sessions.begin() as session, translated_errors("itinerary item"):
        row = load_for_edit(session, ItineraryItem, item_id, seen_version, "itinerary item")
        previous = row.status
        if previous is not status:
            row.status = status
            row.sequence += 1
        session.flush()
        return Change("item", row.id, row.version, "updated"), previous


def get_item(sessions: sessionmaker[Session], item_id: int) -> tuple[int, ItemInput]:
    with sessions() as session:
        row = session.get(ItineraryItem, item_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "This itinerary item no longer exists."))
        return row.version, to_input(row)


def _name(person: Person) -> str:
    return formal_name(person.honorific, person.given_name, person.family_name,
                       NameOrder(person.name_order))


def item_rows(sessions: sessionmaker[Session], delegation_id: int) -> list[ItemRow]:
    """The delegation's itinerary in time order, cancelled items included."""
    with sessions() as session:
        query = (select(ItineraryItem).where(ItineraryItem.delegation_id == delegation_id)
                 .order_by(ItineraryItem.starts_at, ItineraryItem.id)
                 .options(*(selectinload(getattr(ItineraryItem, n)) for n in _PEOPLE),
                          selectinload(ItineraryItem.city), selectinload(ItineraryItem.origin_city),
                          selectinload(ItineraryItem.summit_session)))
        return [ItemRow(
            id=i.id, version=i.version, delegation_id=i.delegation_id, uid=i.uid,
            sequence=i.sequence, data=to_input(i), city=i.city.name if i.city else "",
            origin_city=i.origin_city.name if i.origin_city else "",
            participant_names=tuple(_name(p) for p in i.participants),
            counterpart_names=tuple(_name(p) for p in i.counterparts),
            interpreter_names=tuple(_name(p) for p in i.interpreters),
            summit_session=i.summit_session.title if i.summit_session else "",
        ) for i in session.scalars(query)]


def discard_item(sessions: sessionmaker[Session], item_id: int) -> Change:
    """Remove an item entirely: only to undo its creation (published items are cancelled)."""
    with sessions.begin() as session, translated_errors("itinerary item"):
        row = session.get(ItineraryItem, item_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "This itinerary item no longer exists."))
        uid = row.uid
        session.delete(row)
        return Change("item", item_id, 0, "deleted:" + uid)


def item_identity(sessions: sessionmaker[Session], item_id: int) -> tuple[str, int]:
    """The item's calendar identity: its UID and its SEQUENCE now."""
    with sessions() as session:
        row = session.get(ItineraryItem, item_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "This itinerary item no longer exists."))
        return row.uid, row.sequence
