"""The snapshot of a delegation's programme as it stands: the programme itself, and the
dossier and calendar records of both editions, exactly as they would be exported now."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ...db.models import Delegation, DelegationMember, ItineraryItem, Person
from ...domain.dossier import Dossier
from ...domain.errors import NotFoundError, ValidationError
from ...domain.name_cards import Part
from ...domain.versions import (
    SNAPSHOT_SCHEMA,
    Snapshot,
    VersionBadges,
    VersionCalendar,
    VersionEvent,
    VersionItem,
    VersionMember,
    VersionPerson,
    VersionProgramme,
)
from ...domain.wording import QT_TRANSLATE_NOOP
from ...exports.ics import CalendarEvent
from .. import calendars, dossier, name_cards
from ..people import display_name

_PEOPLE = ("participants", "counterparts", "interpreters")


def _item(row: ItineraryItem) -> VersionItem:
    return VersionItem(
        id=row.id, uid=row.uid, sequence=row.sequence, kind=row.kind, title=row.title,
        status=row.status, starts_at=row.starts_at, start_tz=row.start_tz,
        ends_at=row.ends_at, end_tz=row.end_tz, all_day=row.all_day, city_id=row.city_id,
        city=row.city.name if row.city else "", origin_city_id=row.origin_city_id,
        origin_city=row.origin_city.name if row.origin_city else "", carrier=row.carrier,
        service_number=row.service_number, venue=row.venue, address=row.address,
        latitude=row.latitude, longitude=row.longitude,
        participants=tuple(p.id for p in row.participants),
        counterparts=tuple(p.id for p in row.counterparts),
        interpreters=tuple(p.id for p in row.interpreters), language_pair=row.language_pair,
        dress_code=row.dress_code, description=row.description, briefing=row.briefing,
        talking_points=row.talking_points, booking_reference=row.booking_reference,
        summit_session_id=row.summit_session_id,
        # Whole items become internal on another branch; until then every item is shared.
        internal=bool(getattr(row, "internal", False)))


def programme_of(session: Session, delegation_id: int) -> VersionProgramme:
    """The programme part of a snapshot, read in ``session``."""
    d = session.scalar(select(Delegation).where(Delegation.id == delegation_id).options(
        selectinload(Delegation.members).selectinload(DelegationMember.person),
        *(selectinload(Delegation.items).selectinload(getattr(ItineraryItem, n))
          for n in _PEOPLE),
        selectinload(Delegation.items).selectinload(ItineraryItem.city),
        selectinload(Delegation.items).selectinload(ItineraryItem.origin_city)))
    if d is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "There is no delegation {number}."), number=str(delegation_id))
    rows = sorted(d.items, key=lambda i: (i.starts_at, i.id))
    people: dict[int, Person] = {m.person.id: m.person for m in d.members}
    for row in rows:
        for name in _PEOPLE:
            people.update((p.id, p) for p in getattr(row, name))
    return VersionProgramme(
        delegation_id=d.id, title=d.title, starts_on=d.starts_on, ends_on=d.ends_on,
        members=tuple(VersionMember(m.person_id, m.role)
                      for m in sorted(d.members, key=lambda m: m.precedence)),
        people=tuple(VersionPerson(p.id, display_name(p)) for p in sorted(
            people.values(), key=lambda p: p.id)),
        items=tuple(_item(r) for r in rows))


def version_event(e: CalendarEvent) -> VersionEvent:
    return VersionEvent(
        uid=e.uid, sequence=e.sequence, summary=e.summary, starts_at=e.starts_at,
        start_tz=e.start_tz, ends_at=e.ends_at, end_tz=e.end_tz,
        last_modified=e.last_modified, status=e.status, description=e.description,
        location=e.location, latitude=e.latitude, longitude=e.longitude,
        categories=tuple(e.categories), all_day=e.all_day)


def _unlabelled(d: Dossier) -> Dossier:
    # The version's own label is put on when it is printed, so the document holds none.
    return replace(d, version="", changes_since="", changed_items=())


def _badges(sessions: sessionmaker[Session], delegation_id: int) -> VersionBadges | None:
    """The whole delegation's badges and place cards, as they would be printed now."""
    try:
        made = name_cards.name_card_set(sessions, delegation_id, None,
                                        {Part.BADGES, Part.CARDS})
    except ValidationError:  # nobody on the delegation: nothing to print
        return None
    return VersionBadges(made.delegation, made.office, made.occasion, made.badges,
                         made.place_cards)


def capture(sessions: sessionmaker[Session], delegation_id: int, today: date) -> Snapshot:
    """Everything a version's outputs need, built by the same services as the draft's."""
    internal, host = calendars.Edition.INTERNAL, calendars.Edition.HOST
    dossiers = [_unlabelled(dossier.delegation_dossier(sessions, delegation_id, e,
                                                       home_time=True, today=today))
                for e in (internal, host)]
    events = [calendars.delegation_calendar(sessions, delegation_id, None, e)
              for e in (internal, host)]
    with sessions() as session:
        programme = programme_of(session, delegation_id)
    calendar = VersionCalendar(
        name=events[0].name, organizer_name=events[0].organizer_name,
        organizer_email=events[0].organizer_email,
        internal=tuple(map(version_event, events[0].events)),
        host=tuple(map(version_event, events[1].events)))
    return Snapshot(SNAPSHOT_SCHEMA, programme, dossiers[0], dossiers[1], calendar,
                    _badges(sessions, delegation_id))
