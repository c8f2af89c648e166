"""The printed programme of a summit: gathers its sessions by day (in the host city's time)
and by room, with who of ours attends each, and writes the PDF."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from itertools import groupby
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import ItineraryItem, Summit, SummitSession
from ..domain.enums import ItemStatus
from ..domain.errors import NotFoundError
from ..domain.programme import ProgrammeDate, RoomIndex, SessionEntry, SummitProgramme
from ..domain.timefmt import format_date_range, format_long_date, to_local
from ..domain.versions import draft_label
from ..domain.wording import QT_TRANSLATE_NOOP
from ..language.printed import ENGLISH_PRINT, PrintLanguage
from .documents import office_name, write_pdf
from .home import office_today
from .people import display_name


def _offset(session: SummitSession, zone: str) -> str:
    """"UTC-03:00", "UTC+09:00": hours and minutes always given, as a programme prints
    them."""
    offset = to_local(session.starts_at, zone).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours:02d}:{mins:02d}"


def _speakers(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.replace("\n", ";").split(";") if x.strip())


def _ours(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Who of ours attends each session: the participants of itinerary items linked to it
    (items we cancelled or keep internal do not count). Names only — nothing of the
    delegations' plans."""
    if not ids:
        return {}
    names: dict[int, dict[int, str]] = defaultdict(dict)
    for item in session.scalars(select(ItineraryItem).where(
            ItineraryItem.summit_session_id.in_(ids),
            ItineraryItem.status != ItemStatus.CANCELLED,
            ItineraryItem.internal.is_(False)).order_by(ItineraryItem.id)
            .options(selectinload(ItineraryItem.participants))):
        for person in item.participants:
            names[item.summit_session_id or 0].setdefault(person.id, display_name(person))
    return {k: tuple(v.values()) for k, v in names.items()}


def _entry(row: SummitSession, zone: str, ours: tuple[str, ...]) -> SessionEntry:
    start, end = to_local(row.starts_at, zone), to_local(row.ends_at, zone)
    ends = f"{end:%H:%M}"
    if (days := (end.date() - start.date()).days) > 0:
        ends += f" (+{days} day{'s' if days > 1 else ''})"
    return SessionEntry(
        id=row.id, day=start.date(), starts=f"{start:%H:%M}", ends=ends, kind=row.kind.label,
        title=row.title, room=row.room.strip(), speakers=_speakers(row.speakers),
        description=row.description, status=row.status, ours=ours)


def _days(rows: list[SummitSession], entries: list[SessionEntry], zone: str,
          place: str) -> tuple[ProgrammeDate, ...]:
    by_id = {r.id: r for r in rows}
    days = []
    for day, group in groupby(entries, key=lambda e: e.day):
        chosen = tuple(group)
        # a day on which the clocks change names both offsets
        offsets = dict.fromkeys(_offset(by_id[e.id], zone) for e in chosen)
        note = f"Times in {place} time ({' / '.join(offsets)})"
        days.append(ProgrammeDate(day, format_long_date(day), note, chosen))
    return tuple(days)


def _rooms(entries: list[SessionEntry]) -> tuple[RoomIndex, ...]:
    rooms: dict[str, list[SessionEntry]] = defaultdict(list)
    for e in entries:
        rooms[e.room].append(e)
    # alphabetical, as an index is read; sessions without a room last
    order = sorted(rooms, key=lambda r: (not r, r.casefold()))
    return tuple(RoomIndex(r, tuple(rooms[r])) for r in order)


def summit_programme_document(sessions: sessionmaker[Session], summit_id: int,
                              today: date | None = None) -> SummitProgramme:
    """Everything the printed programme of one summit shows."""
    with sessions() as session:
        s = session.scalar(select(Summit).where(Summit.id == summit_id).options(
            selectinload(Summit.sessions), selectinload(Summit.host_city),
            selectinload(Summit.organiser), selectinload(Summit.themes)))
        if s is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "There is no summit {number}."), number=str(summit_id))
        zone = s.host_city.time_zone
        rows = sorted(s.sessions, key=lambda x: (x.starts_at, x.ends_at, x.id))
        ours = _ours(session, [r.id for r in rows])
        entries = [_entry(r, zone, ours.get(r.id, ())) for r in rows]
        office = office_name(session)
        # the office's day, as on every document it makes ("Draft of …" included)
        today = today or office_today(session)
        return SummitProgramme(
            title=s.title, kind=s.kind.label, host_city=s.host_city.name, venue=s.venue,
            dates=format_date_range(s.starts_on, s.ends_on),
            organiser=s.organiser.name if s.organiser else "", description=s.description,
            website=s.website, themes=tuple(sorted(t.name for t in s.themes)), office=office,
            prepared_on=today, days=_days(rows, entries, zone, s.host_city.name),
            rooms=_rooms(entries), version=draft_label(today))


def write_summit_programme(programme: SummitProgramme, target: Path,
                           paper: str = "a4", printed: PrintLanguage = ENGLISH_PRINT) -> Path:
    """Render the programme for its reader (language, calendar) and write it atomically
    (temporary file, then replace)."""
    from ..exports.pdf.programme import programme_pdf  # ReportLab: loaded to print

    return write_pdf(target, paper, lambda size: programme_pdf(programme, size, printed))
