"""Summits and their programme; a session moved here moves in every itinerary that has it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import (
    City,
    Delegation,
    ItineraryItem,
    Organisation,
    Summit,
    SummitSession,
    ThemeTag,
)
from ..domain.enums import ItemKind, ItemStatus
from ..domain.errors import NotFoundError, ValidationError
from ..domain.records import Change, Choice, ItemInput, SessionInput, SummitInput
from ..domain.validation import validate_session, validate_summit
from ..domain.wording import QT_TRANSLATE_NOOP
from . import crud, itinerary
from .editing import load_for_edit, new_uid, translated_errors
from .snapshots import RowsSnapshot

_SUMMIT_FIELDS = ("title", "kind", "host_city_id", "venue", "starts_on", "ends_on",
                  "organiser_id", "description", "website")


def _apply(session: Session, row: Summit, data: SummitInput) -> None:
    if session.get(City, data.host_city_id) is None:
        raise ValidationError({"host_city_id": QT_TRANSLATE_NOOP(
            "delegate_app", "That city no longer exists; pick another.")})
    if data.organiser_id is not None and session.get(Organisation, data.organiser_id) is None:
        raise ValidationError({"organiser_id": QT_TRANSLATE_NOOP(
            "delegate_app", "That organisation no longer exists.")})
    for name in _SUMMIT_FIELDS:
        setattr(row, name, getattr(data, name))
    row.themes = list(session.scalars(select(ThemeTag).where(ThemeTag.id.in_(data.theme_ids))))


def _to_input(row: Summit) -> SummitInput:
    values = {name: getattr(row, name) for name in _SUMMIT_FIELDS}
    return SummitInput(theme_ids=tuple(t.id for t in row.themes), **values)


SUMMIT = crud.RecordKind(Summit, "summit", validate_summit, _apply, _to_input,
                         lambda row: row.title)


def create_summit(sessions: sessionmaker[Session], data: SummitInput,
                  record_id: int | None = None) -> Change:
    return crud.create(sessions, SUMMIT, data, record_id)


def update_summit(sessions: sessionmaker[Session], summit_id: int, seen_version: int,
                  data: SummitInput) -> Change:
    return crud.update(sessions, SUMMIT, summit_id, seen_version, data)


def get_summit(sessions: sessionmaker[Session], summit_id: int) -> tuple[int, SummitInput]:
    return crud.fetch(sessions, SUMMIT, summit_id)


def delete_summit(sessions: sessionmaker[Session], summit_id: int,
                  seen_version: int) -> RowsSnapshot:
    """Delete a summit with its sessions; attending delegations keep their items."""
    return crud.delete(sessions, SUMMIT, summit_id, seen_version, refuse_if_used=False)


restore_summit = crud.restore


def _host_zone(session: Session, summit_id: int) -> str:
    summit = session.get(Summit, summit_id)
    if summit is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This summit no longer exists."))
    return summit.host_city.time_zone


def create_session(sessions: sessionmaker[Session], summit_id: int, data: SessionInput,
                   record_id: int | None = None) -> Change:
    data = validate_session(data)
    with sessions.begin() as session, translated_errors("session"):
        zone = _host_zone(session, summit_id)
        row = SummitSession(summit_id=summit_id, uid=new_uid(), sequence=0, start_tz=zone,
                            end_tz=zone, **_session_values(data))
        if record_id is not None:
            row.id = record_id
        session.add(row)
        session.flush()
        return Change("session", row.id, row.version, "created")


def _session_values(data: SessionInput) -> dict[str, object]:
    return {f: getattr(data, f) for f in SessionInput.__dataclass_fields__}


def update_session(sessions: sessionmaker[Session], session_id: int, seen_version: int,
                   data: SessionInput) -> Change:
    """Change a session; every itinerary item linked to it follows (time, status)."""
    data = validate_session(data)
    with sessions.begin() as session, translated_errors("session"):
        row = load_for_edit(session, SummitSession, session_id, seen_version, "session")
        for name, value in _session_values(data).items():
            setattr(row, name, value)
        if session.is_modified(row):
            row.sequence += 1
        for item in session.scalars(select(ItineraryItem).where(
                ItineraryItem.summit_session_id == session_id)):
            _follow(item, row)
        session.flush()
        return Change("session", row.id, row.version, "updated")


def _follow(item: ItineraryItem, source: SummitSession) -> None:
    before = (item.starts_at, item.ends_at, item.status)
    item.starts_at, item.ends_at = source.starts_at, source.ends_at
    item.start_tz, item.end_tz = source.start_tz, source.end_tz
    if source.status is ItemStatus.CANCELLED:
        item.status = ItemStatus.CANCELLED
    if (item.starts_at, item.ends_at, item.status) != before:
        item.sequence += 1


def add_session_to_itinerary(sessions: sessionmaker[Session], delegation_id: int,
                             session_id: int, participants: tuple[int, ...]) -> Change:
    """Put a summit session into a delegation's itinerary, linked so it follows the summit."""

    with sessions() as session:
        source = session.get(SummitSession, session_id)
        if source is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This session no longer exists."))
        summit = source.summit
        data = ItemInput(
            ItemKind.SUMMIT_SESSION, source.title, source.starts_at, source.start_tz,
            source.ends_at, source.end_tz, status=source.status, city_id=summit.host_city_id,
            venue=", ".join(x for x in (summit.venue, source.room) if x),
            participants=participants, description=source.description,
            summit_session_id=source.id)
    return itinerary.create_item(sessions, delegation_id, data)


def organisation_choices(sessions: sessionmaker[Session]) -> list[Choice]:
    with sessions() as session:
        return [Choice(o.id, o.acronym or o.name)
                for o in session.scalars(select(Organisation).order_by(Organisation.name))]


def get_session(sessions: sessionmaker[Session], session_id: int) -> tuple[int, SessionInput]:
    with sessions() as session:
        row = session.get(SummitSession, session_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This session no longer exists."))
        return row.version, SessionInput(**{f: getattr(row, f)
                                            for f in SessionInput.__dataclass_fields__})


def theme_choices(sessions: sessionmaker[Session]) -> list[Choice]:
    with sessions() as session:
        return [Choice(t.id, t.name) for t in session.scalars(select(ThemeTag)
                                                              .order_by(ThemeTag.name))]


def host_zone(sessions: sessionmaker[Session], summit_id: int) -> str:
    with sessions() as session:
        return _host_zone(session, summit_id)


def attending(sessions: sessionmaker[Session], summit_id: int) -> list[Choice]:
    """Our delegations attending the summit."""
    with sessions() as session:
        return [Choice(d.id, d.title) for d in session.scalars(
            select(Delegation).where(Delegation.summit_id == summit_id)
            .order_by(Delegation.starts_on))]


def discard_session(sessions: sessionmaker[Session], session_id: int, summit_id: int) -> Change:
    """Remove a session entirely: only to undo its creation."""
    with sessions.begin() as session, translated_errors("session"):
        row = session.get(SummitSession, session_id)
        if row is not None:
            session.delete(row)
        return Change("summit", summit_id, 0, "updated")
