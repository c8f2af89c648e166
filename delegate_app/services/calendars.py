"""Calendars of a delegation (whole, one member's, host edition) and of a summit.

A host edition leaves out internal items whole, and the internal notes of the others. A
delegation's items are read in a few narrow queries: ten thousand events stay quick."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import City, Delegation, DelegationMember, ItineraryItem, Office, Person, Summit
from ..db.models.planning import item_counterpart, item_interpreter, item_participant
from ..domain.enums import NameOrder
from ..domain.errors import NotFoundError, ValidationError
from ..domain.names import formal_name
from ..domain.versions import draft_label
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from ..exports.atomic import atomic_write
from ..exports.ics import CalendarData, CalendarEvent, calendar_bytes

FALLBACK_ORGANIZER = "protocol@delegate-app.invalid"
LINKS = (("participants", item_participant), ("counterparts", item_counterpart),
         ("interpreters", item_interpreter))


class Edition(StrEnum):
    INTERNAL = "internal"  # everything, for our own people
    HOST = "host"  # shared items, programme and participants only: what others may see


INTERNAL_NOTE = "Internal — ours alone, never shared with the hosts."


def _name(p: Person) -> str:
    return formal_name(p.honorific, p.given_name, p.family_name, NameOrder(p.name_order))


def organizer(session: Session) -> tuple[str, str]:
    """The office's name and calendar address: the ORGANIZER of everything we publish."""
    office = session.scalar(select(Office).order_by(Office.id).limit(1))
    if office is None:
        return "Protocol office", FALLBACK_ORGANIZER
    return office.name, office.email or FALLBACK_ORGANIZER


def shared(items: list[ItineraryItem], edition: Edition) -> list[ItineraryItem]:
    """The items an edition may carry: a host edition never has an internal one."""
    return [i for i in items if edition is Edition.INTERNAL or not i.internal]


def _draft_note(session: Session) -> str:
    """"Draft of Tue 1 Dec 2026" (the office's day): a calendar made from the working
    programme says so; an issued version's says its number (services/versions)."""
    zone = session.scalar(select(City.time_zone).join(Office, Office.home_city_id == City.id)
                          .order_by(Office.id).limit(1)) or "UTC"
    return draft_label(datetime.now(ZoneInfo(zone)).date())


def _description(item: Any, names: dict[str, list[str]], edition: Edition) -> str:
    parts = [INTERNAL_NOTE if item.internal else "", item.description]
    if names["participants"]:
        parts.append("Delegation: " + ", ".join(names["participants"]))
    if names["counterparts"]:
        parts.append("Meeting: " + ", ".join(names["counterparts"]))
    if names["interpreters"]:
        pair = f" ({item.language_pair})" if item.language_pair else ""
        parts.append(f"Interpreters{pair}: " + ", ".join(names["interpreters"]))
    if item.dress_code:
        parts.append(f"Dress code: {item.dress_code}")
    if edition is Edition.INTERNAL:
        parts += [f"Briefing (internal): {item.briefing}" if item.briefing else "",
                  f"Talking points (internal): {item.talking_points}"
                  if item.talking_points else "",
                  f"Booking reference: {item.booking_reference}"
                  if item.booking_reference else ""]
    return "\n\n".join(p for p in parts if p)


def _item_event(item: Any, names: dict[str, list[str]], edition: Edition) -> CalendarEvent:
    place = ", ".join(x for x in (item.venue, item.address, item.city or "") if x)
    return CalendarEvent(
        uid=item.uid, sequence=item.sequence, summary=item.title, starts_at=item.starts_at,
        start_tz=item.start_tz, ends_at=item.ends_at, end_tz=item.end_tz,
        last_modified=item.updated_at, status=item.status.value.upper(),
        description=_description(item, names, edition), location=place,
        latitude=item.latitude, longitude=item.longitude, all_day=item.all_day,
        categories=(item.kind.label.upper(), *(("INTERNAL",) if item.internal else ())),
        confidential=item.internal)


def _items(session: Session, delegation_id: int) -> list[Any]:
    """The columns a calendar shows of each item, in programme order (one narrow query)."""
    i = ItineraryItem
    return list(session.execute(
        select(i.id, i.uid, i.sequence, i.title, i.starts_at, i.start_tz, i.ends_at, i.end_tz,
               i.updated_at, i.status, i.description, i.venue, i.address,
               City.name.label("city"), i.latitude, i.longitude, i.all_day, i.kind, i.internal,
               i.language_pair, i.dress_code, i.briefing, i.talking_points,
               i.booking_reference)
        .outerjoin(City, City.id == i.city_id).where(i.delegation_id == delegation_id)
        .order_by(i.starts_at, i.id)))


def _people_on_items(session: Session, delegation_id: int) -> dict[str, dict[int, list[int]]]:
    """item -> person ids, for participants, counterparts and interpreters."""
    found: dict[str, dict[int, list[int]]] = {}
    for role, link in LINKS:
        by_item: dict[int, list[int]] = {}
        for item_id, person_id in session.execute(
                select(link.c.item_id, link.c.person_id)
                .join(ItineraryItem, ItineraryItem.id == link.c.item_id)
                .where(ItineraryItem.delegation_id == delegation_id)
                .order_by(link.c.item_id, link.c.person_id)):
            by_item.setdefault(item_id, []).append(person_id)
        found[role] = by_item
    return found


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    wanted, names = sorted(ids), {}
    for start in range(0, len(wanted), 500):
        for pid, honorific, given, family, order in session.execute(
                select(Person.id, Person.honorific, Person.given_name, Person.family_name,
                       Person.name_order).where(Person.id.in_(wanted[start:start + 500]))):
            names[pid] = formal_name(honorific, given, family, NameOrder(order))
    return names


def delegation_calendar(sessions: sessionmaker[Session], delegation_id: int,
                        member_id: int | None = None, edition: Edition = Edition.INTERNAL,
                        alarm_minutes: int | None = None) -> CalendarData:
    """The delegation's items; with ``member_id`` only those that member takes part in."""
    with sessions() as session:
        title = session.scalar(select(Delegation.title).where(Delegation.id == delegation_id))
        if title is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "There is no delegation {number}."), number=str(delegation_id))
        items = [i for i in _items(session, delegation_id)
                 if edition is Edition.INTERNAL or not i.internal]
        links = _people_on_items(session, delegation_id)
        name = title
        if member_id is not None:
            member = session.get(Person, member_id)
            members = set(session.scalars(select(DelegationMember.person_id).where(
                DelegationMember.delegation_id == delegation_id)))
            if member is None or member_id not in members:
                raise ValidationError({"member": Wording(QT_TRANSLATE_NOOP(
                    "delegate_app", "Person {number} is not a member of “{title}”."),
                    {"number": str(member_id), "title": title})})
            items = [i for i in items if member_id in links["participants"].get(i.id, ())
                     or member_id in links["interpreters"].get(i.id, ())]
            name = f"{title} — {_name(member)}"
        if edition is Edition.HOST:
            name += " (programme for our hosts)"
        people = _names(session, {p for by_item in links.values() for ids in by_item.values()
                                  for p in ids})
        office, address = organizer(session)
        return CalendarData(name, office, address, tuple(_item_event(i, {
            role: [people[p] for p in links[role].get(i.id, ())] for role, _ in LINKS}, edition)
            for i in items), alarm_minutes, note=_draft_note(session))


def summit_calendar(sessions: sessionmaker[Session], summit_id: int,
                    alarm_minutes: int | None = None) -> CalendarData:
    with sessions() as session:
        s = session.scalar(select(Summit).where(Summit.id == summit_id)
                           .options(selectinload(Summit.sessions)))
        if s is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "There is no summit {number}."), number=str(summit_id))
        place = ", ".join(x for x in (s.venue, s.host_city.name) if x)
        events = tuple(CalendarEvent(
            uid=x.uid, sequence=x.sequence, summary=x.title, starts_at=x.starts_at,
            start_tz=x.start_tz, ends_at=x.ends_at, end_tz=x.end_tz,
            last_modified=x.updated_at, status=x.status.value.upper(),
            description="\n\n".join(p for p in (x.description, f"Speakers: {x.speakers}"
                                                 if x.speakers else "") if p),
            location=", ".join(p for p in (x.room, place) if p),
            categories=(x.kind.label.upper(),)) for x in s.sessions)
        office, address = organizer(session)
        return CalendarData(s.title, office, address, events, alarm_minutes,
                            note=_draft_note(session))


def write_calendar(data: CalendarData, target: Path, now: datetime | None = None) -> Path:
    """Write the calendar atomically (temporary file, then replace); a calendar without a
    single event is refused (RFC 5546 PUBLISH wants one at least) and writes nothing."""
    if not data.events:
        raise ValidationError({"events": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "“{name}” has no items to export; no file was written."),
            {"name": data.name})})
    return atomic_write(target, calendar_bytes(data, now or datetime.now(UTC)))
