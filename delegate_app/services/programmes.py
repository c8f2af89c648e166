"""Read-only programmes: a delegation's members and itinerary, a summit's sessions, by day."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import Delegation, DelegationMember, ItineraryItem, Summit, SummitSession
from ..domain.enums import NameOrder
from ..domain.errors import NotFoundError
from ..domain.names import formal_name
from ..domain.records import MemberLine, ProgrammeDetail, ProgrammeLine
from ..domain.timefmt import (
    ALL_DAY,
    all_day_days,
    format_day,
    to_local,
    utc_offset_label,
    zone_place,
)
from ..domain.wording import QT_TRANSLATE_NOOP, Span, Wording
from ..language.speech import said


def _line(row: ItineraryItem | SummitSession, title: str, kind: str, place: str,
          status: str) -> ProgrammeLine:
    zone = f"{zone_place(row.start_tz)} ({utc_offset_label(row.starts_at, row.start_tz)})"
    if getattr(row, "all_day", False):  # a host's day-long event: its days, not midnights
        first, last = all_day_days(row.starts_at, row.start_tz, row.ends_at, row.end_tz)
        # In English, as the documents and stored versions keep it (the window and the
        # printed page each say it in their reader's language).
        return ProgrammeLine(row.id, first, ALL_DAY, "" if last == first else format_day(last),
                             zone, title, kind, place, status,
                             until=last if last != first else None)
    start = to_local(row.starts_at, row.start_tz)
    end = to_local(row.ends_at, row.end_tz)
    ends = f"{end:%H:%M}"
    if row.end_tz != row.start_tz:
        ends += f" {zone_place(row.end_tz)} ({utc_offset_label(row.ends_at, row.end_tz)})"
    days = (end.date() - start.date()).days
    if days:
        ends += said(QT_TRANSLATE_NOOP("delegate_app", " (+{n} day)") if days == 1 else
                     QT_TRANSLATE_NOOP("delegate_app", " (+{n} days)") if days > 1 else
                     QT_TRANSLATE_NOOP("delegate_app", " ({n} day)"), n=days)
    return ProgrammeLine(row.id, start.date(), f"{start:%H:%M}", ends, zone, title, kind,
                         place, status)


def _first_instant(row: ItineraryItem | SummitSession) -> datetime:
    return row.starts_at


def delegation_programme(sessions: sessionmaker[Session], delegation_id: int) -> ProgrammeDetail:
    with sessions() as session:
        d = session.get(Delegation, delegation_id, options=[
            selectinload(Delegation.members).selectinload(DelegationMember.person),
            selectinload(Delegation.items).selectinload(ItineraryItem.city),
            selectinload(Delegation.destinations), selectinload(Delegation.home_city)])
        if d is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "This delegation no longer exists."))
        members = tuple(
            MemberLine(m.person.id, formal_name(m.person.honorific, m.person.given_name,
                                                m.person.family_name,
                                                NameOrder(m.person.name_order)),
                       m.person.native_name, m.role.label, m.person.position)
            for m in sorted(d.members, key=lambda m: m.precedence))
        lines = tuple(
            _line(i, i.title, i.kind.label, i.venue or (i.city.name if i.city else ""),
                  i.status.label)
            for i in sorted(d.items, key=_first_instant))
        route = " → ".join([d.home_city.name, *(c.name for c in d.destinations)])
        summary = said("{direction} · {status} · {route} · {days}",
                       direction=Wording(d.direction.label), status=Wording(d.status.label),
                       route=route, days=Span(d.starts_on, d.ends_on))
        return ProgrammeDetail(d.id, d.title, summary, d.objectives, members, lines)


def summit_programme(sessions: sessionmaker[Session], summit_id: int) -> ProgrammeDetail:
    with sessions() as session:
        s = session.scalar(select(Summit).where(Summit.id == summit_id).options(
            selectinload(Summit.sessions), selectinload(Summit.host_city)))
        if s is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This summit no longer exists."))
        lines = tuple(_line(x, x.title, x.kind.label, x.room, x.status.label)
                      for x in sorted(s.sessions, key=_first_instant))
        summary = said("{kind} · {city}, {venue} · {days}", kind=Wording(s.kind.label),
                       city=s.host_city.name, venue=s.venue, days=Span(s.starts_on, s.ends_on))
        return ProgrammeDetail(s.id, s.title, summary, s.description, (), lines)
