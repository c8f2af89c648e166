"""The delegation dossier (briefing book): gathers what it prints and writes the PDF.

The edition is decided here, on the data: a host edition's records simply do not carry
internal items, briefings, talking points, internal notes, booking references, gifts or
commitments.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import Delegation, DelegationMember, ItineraryItem, Person
from ..domain import limits
from ..domain.dossier import (
    Dossier,
    DossierItem,
    DossierMember,
    DossierPerson,
    InternalPart,
    ItemNotes,
    ProgrammeDay,
)
from ..domain.enums import Direction, ItemKind, ItemStatus
from ..domain.errors import NotFoundError, ValidationError
from ..domain.timefmt import format_date_range, format_long_date, to_local, zone_place
from ..domain.versions import draft_label
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from ..language.printed import ENGLISH_PRINT, PrintLanguage
from .calendars import Edition, shared
from .documents import office_name, write_pdf
from .dossier_briefs import (
    BRIEFED_KINDS,
    CityMemory,
    annex,
    city_profiles,
    meeting_briefs,
    meeting_city,
    person_record,
)
from .home import office_today
from .people import display_name
from .programmes import _line as programme_line

TRAVEL = {ItemKind.FLIGHT, ItemKind.TRAIN, ItemKind.TRANSFER}
MARKINGS = {Edition.INTERNAL: "Internal — not for distribution",
            Edition.HOST: "Programme for our hosts"}


def _load(session: Session, delegation_id: int) -> Delegation:
    people = (selectinload(Person.organisation), selectinload(Person.city))
    d = session.scalar(select(Delegation).where(Delegation.id == delegation_id).options(
        selectinload(Delegation.members).selectinload(DelegationMember.person).options(*people),
        selectinload(Delegation.items).selectinload(ItineraryItem.participants),
        selectinload(Delegation.items).selectinload(ItineraryItem.counterparts)
        .options(*people),
        selectinload(Delegation.items).selectinload(ItineraryItem.interpreters),
        selectinload(Delegation.items).selectinload(ItineraryItem.city),
        selectinload(Delegation.items).selectinload(ItineraryItem.origin_city),
        selectinload(Delegation.destinations), selectinload(Delegation.home_city)))
    if d is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "There is no delegation {number}."), number=str(delegation_id))
    return d


def _home_time(item: ItineraryItem, home_tz: str) -> str:
    if not home_tz or item.all_day:  # a day-long event has no hour to convert
        return ""
    here, home = to_local(item.starts_at, item.start_tz), to_local(item.starts_at, home_tz)
    if here.utcoffset() == home.utcoffset():
        return ""
    day = f"{home:%a} " if home.date() != here.date() else ""
    return f"{day}{home:%H:%M} {zone_place(home_tz)}"


def _item(item: ItineraryItem, edition: Edition, home_tz: str, brief_key: str) -> DossierItem:
    line = programme_line(item, item.title, item.kind.label, "", item.status.label)
    kind = item.kind.label + (" · internal" if item.internal else "")
    travel = item.kind in TRAVEL
    route = " → ".join(c.name for c in (item.origin_city, item.city) if c) if travel else ""
    notes = (ItemNotes(item.briefing, item.talking_points, item.booking_reference)
             if edition is Edition.INTERNAL else None)
    return DossierItem(
        id=item.id, kind=kind, is_travel=travel, title=item.title,
        status=item.status.label, starts=line.starts, ends=line.ends, zone=line.zone,
        home_time=_home_time(item, home_tz), route=route,
        service=" ".join(x for x in (item.carrier, item.service_number) if x),
        venue=item.venue, address=item.address, dress_code=item.dress_code,
        description=item.description,
        participants=tuple(display_name(p) for p in item.participants),
        counterparts=tuple(display_name(p) for p in item.counterparts),
        interpreters=tuple(display_name(p) for p in item.interpreters),
        language_pair=item.language_pair, internal=notes, brief_key=brief_key)


def _days(items: list[DossierItem], rows: list[ItineraryItem]) -> tuple[ProgrammeDay, ...]:
    places = {r.id: r.city.name if r.city else "" for r in rows}
    days = []
    local_day = {r.id: to_local(r.starts_at, r.start_tz).date() for r in rows}
    for day, group in groupby(items, key=lambda i: local_day[i.id]):
        chosen = tuple(group)
        where = list(dict.fromkeys(places[i.id] for i in chosen if places[i.id]))
        title = format_long_date(day) + (f" — {' · '.join(where)}" if where else "")
        days.append(ProgrammeDay(day, title, chosen))
    return tuple(days)


def _counterparts(rows: list[ItineraryItem]) -> tuple[DossierPerson, ...]:
    seen: dict[int, Person] = {}
    for r in rows:
        for p in r.counterparts:
            seen.setdefault(p.id, p)
    return tuple(person_record(p) for p in seen.values())


def _member(m: DelegationMember) -> DossierMember:
    p = m.person
    needs = "; ".join(x for x in (p.dietary_needs, p.accessibility_needs) if x)
    return DossierMember(person_record(p), m.role.label, needs)


def delegation_dossier(sessions: sessionmaker[Session], delegation_id: int,
                       edition: Edition = Edition.INTERNAL, home_time: bool = False,
                       today: date | None = None) -> Dossier:
    """Everything the dossier of one delegation prints, in the chosen edition."""
    with sessions() as session:
        d = _load(session, delegation_id)
        office = office_name(session)
        # the office's day, as on every document it makes ("Draft of …" included)
        today = today or office_today(session)
        rows = [i for i in sorted(shared(list(d.items), edition), key=lambda i: i.starts_at)
                if i.status is not ItemStatus.CANCELLED]
        briefed = {r.id: f"brief-{r.id}" for r in rows
                   if r.kind in BRIEFED_KINDS and r.counterparts}
        if edition is not Edition.INTERNAL:
            briefed = {}
        home_tz = d.home_city.time_zone if home_time else ""
        items = [_item(r, edition, home_tz, briefed.get(r.id, "")) for r in rows]
        internal = None
        if edition is Edition.INTERNAL:
            cities = [d.home_city] if d.direction is Direction.INCOMING else list(d.destinations)
            by_id = {i.id: i for i in items}
            memory = CityMemory(sessions)
            briefed_rows = [r for r in rows if r.id in briefed]
            memory.read([c.id for c in cities]  # every city's relations in one read
                        + [c.id for c in map(meeting_city, briefed_rows) if c is not None])
            internal = InternalPart(
                d.objectives, d.internal_notes,
                meeting_briefs(sessions, session, briefed_rows, by_id, briefed, memory),
                city_profiles(sessions, cities, memory),
                annex(session, d, rows))
        return Dossier(
            edition=edition.value, marking=MARKINGS[edition], office=office, title=d.title,
            direction=d.direction.label,
            route=" → ".join([d.home_city.name, *(c.name for c in d.destinations)]),
            destinations=tuple(c.name for c in d.destinations),
            dates=format_date_range(d.starts_on, d.ends_on), prepared_on=today,
            home_zone=home_tz,
            members=tuple(_member(m) for m in sorted(d.members, key=lambda m: m.precedence)),
            days=_days(items, rows), counterparts=_counterparts(rows), internal=internal,
            version=draft_label(today))


MAX_EMBLEM_BYTES = limits.EMBLEM_MAX_BYTES


def read_emblem(path: Path) -> bytes:
    """The emblem image's bytes, refused with a clear message unless it is a PNG or JPEG
    that can be read."""
    if not path.is_file():
        raise ValidationError({"emblem": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "There is no image file {path}."), {"path": str(path)})})
    from ..imports.images import ImageRefusedError, open_image  # Pillow: loaded to read one

    raw = path.read_bytes()
    if len(raw) > MAX_EMBLEM_BYTES or not raw.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8")):
        raise ValidationError({"emblem": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "{file} is not a PNG or JPEG image under 10 MB."),
            {"file": path.name})})
    try:
        with open_image(raw) as image:  # the pixel count first: ReportLab decodes it whole
            image.verify()
    except ImageRefusedError as exc:
        raise ValidationError({"emblem": Wording("{file}: {reason}", {
            "file": path.name, "reason": exc.wording})}) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError({"emblem": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "{file} cannot be read as an image."), {"file": path.name})}) from exc
    return raw


def write_dossier(dossier: Dossier, target: Path, paper: str = "a4",
                  emblem: bytes | None = None,
                  printed: PrintLanguage = ENGLISH_PRINT) -> Path:
    """Render the dossier for its reader (``printed``: language and calendar) and write it
    atomically (temporary file, then replace)."""
    from ..exports.pdf.dossier import dossier_pdf  # ReportLab: loaded to print

    return write_pdf(target, paper, lambda size: dossier_pdf(dossier, size, emblem, printed))
