"""What an issued version prints and publishes: its dossier (with bars on what changed
since an older version), its calendars, and the change sheet between two states.

Calendars of a version keep their UIDs, and SEQUENCE is never lower than any state of the
event already exported (the draft's, or any version's): phones never go back. DTSTAMP is
the version's issue time, so a phone holding a later state at the same SEQUENCE keeps it;
to put an old state back on phones, start a new draft from that version.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ...db.models import ItineraryItem
from ...domain.dossier import Dossier, DossierItem, ProgrammeDay
from ...domain.errors import ValidationError
from ...domain.version_changes import (
    ITINERARY,
    Aspects,
    ChangeSheet,
    by_day,
    changed_uids,
    compare,
)
from ...domain.versions import (
    VersionEvent,
    VersionInfo,
    VersionProgramme,
    draft_label,
    short_version_label,
)
from ...domain.wording import QT_TRANSLATE_NOOP, Wording
from ...exports.ics import CalendarData, CalendarEvent
from ...language.printed import ENGLISH_PRINT, PrintLanguage
from .. import dossier
from ..calendars import Edition
from ..documents import office_name, write_pdf
from ..home import office_today
from .capture import programme_of
from .store import all_snapshots, load_version


def draft_note(session: Session, today: date | None = None) -> str:
    """"Draft of Tue 1 Dec 2026": what outputs of the working programme say."""
    return draft_label(today or office_today(session))


def _short(info: VersionInfo) -> str:
    return short_version_label(info.number, info.issued_at, info.zone)


def _state(sessions: sessionmaker[Session], delegation_id: int, number: int | None,
           today: date | None) -> tuple[VersionProgramme, str, str]:
    """The programme of version ``number`` (or of the draft), its label and note."""
    if number is not None:
        issued = load_version(sessions, delegation_id, number)
        return issued.snapshot.programme, issued.info.label, issued.info.note
    with sessions() as session:
        return programme_of(session, delegation_id), draft_note(session, today), ""


def order(since: int, to: int | None) -> None:
    if to is not None and to <= since:
        raise ValidationError({"to": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Compare with a later version than {number}, or leave out the later "
            "one to compare with the draft."), {"number": since})})


def change_sheet(was: VersionInfo, was_programme: Any, now: tuple[Any, str, str],
                 office: str, edition: Edition, marking: str,
                 aspects: Aspects = ITINERARY) -> ChangeSheet:
    """The sheet of what changed from version ``was`` to ``now`` (programme, label, note):
    the same for a delegation's programme and a summit's."""
    programme, label, note = now
    changes = compare(was_programme, programme, edition is Edition.HOST, aspects)
    return ChangeSheet(
        title=f"Changes to the programme since {_short(was)}", delegation=programme.title,
        office=office, edition=edition.value, marking=marking, since=was.label,
        since_note=was.note, now=label, now_note=note, days=by_day(changes))


def programme_changes(sessions: sessionmaker[Session], delegation_id: int, since: int,
                      to: int | None = None, edition: Edition = Edition.INTERNAL,
                      today: date | None = None) -> ChangeSheet:
    """What changed from version ``since`` to version ``to`` (or to the draft)."""
    order(since, to)
    old = load_version(sessions, delegation_id, since)
    now = _state(sessions, delegation_id, to, today)
    with sessions() as session:
        office = office_name(session)
    return change_sheet(old.info, old.snapshot.programme, now, office, edition,
                        dossier.MARKINGS[edition])


def write_change_sheet(sheet: ChangeSheet, target: Path, paper: str = "a4",
                       printed: PrintLanguage = ENGLISH_PRINT) -> Path:
    """Render the change sheet for its reader (language, calendar) and write it."""
    from ...exports.pdf.change_sheet import change_sheet_pdf  # ReportLab: loaded to print

    return write_pdf(target, paper, lambda size: change_sheet_pdf(sheet, size, printed))


def _no_home_time(item: DossierItem) -> DossierItem:
    return replace(item, home_time="")


def without_home_times(d: Dossier) -> Dossier:
    """The same dossier as if home times had not been asked for."""
    days = tuple(ProgrammeDay(x.day, x.title, tuple(map(_no_home_time, x.items)))
                 for x in d.days)
    internal = d.internal
    if internal is not None:
        internal = replace(internal, briefs=tuple(replace(b, item=_no_home_time(b.item))
                                                  for b in internal.briefs))
    return replace(d, home_zone="", days=days, internal=internal)


def dossier_of(sessions: sessionmaker[Session], delegation_id: int,
               edition: Edition = Edition.INTERNAL, home_time: bool = False,
               number: int | None = None, since: int | None = None,
               today: date | None = None) -> Dossier:
    """The dossier of version ``number`` (as it was issued), or of the draft; with
    ``since``, the items changed since that version are marked."""
    if since is not None and number is not None:
        order(since, number)
    if number is None:
        made = dossier.delegation_dossier(sessions, delegation_id, edition, home_time, today)
        if since is None:  # the programme is read only to compare it with a version
            return made
        with sessions() as session:
            programme = programme_of(session, delegation_id)
    else:
        issued = load_version(sessions, delegation_id, number)
        snapshot = issued.snapshot
        made = snapshot.dossier if edition is Edition.INTERNAL else snapshot.host_dossier
        made = replace(made if home_time else without_home_times(made),
                       version=issued.info.label)
        programme = snapshot.programme
    if since is None:
        return made
    old = load_version(sessions, delegation_id, since)
    uids = changed_uids(compare(old.snapshot.programme, programme, edition is Edition.HOST))
    printed = {i.id for day in made.days for i in day.items}  # cancelled items are not
    return replace(made, changes_since=_short(old.info), changed_items=tuple(
        sorted(i.id for i in programme.items if i.uid in uids and i.id in printed)))


def seen_sequences(sessions: sessionmaker[Session], delegation_id: int) -> dict[str, int]:
    """The highest SEQUENCE each event has had anywhere: in the draft or in any version."""
    with sessions() as session:
        seen = {uid: seq for uid, seq in session.execute(
            select(ItineraryItem.uid, ItineraryItem.sequence).where(
                ItineraryItem.delegation_id == delegation_id))}
    for snapshot in all_snapshots(sessions, delegation_id):
        for item in snapshot.programme.items:
            seen[item.uid] = max(seen.get(item.uid, 0), item.sequence)
    return seen


def published(events: tuple[VersionEvent, ...],
              seen: dict[str, int]) -> tuple[CalendarEvent, ...]:
    """A version's events as a calendar publishes them again: SEQUENCE never lower than
    what phones have already seen."""
    return tuple(CalendarEvent(
        uid=e.uid, sequence=max(e.sequence, seen.get(e.uid, 0)), summary=e.summary,
        starts_at=e.starts_at, start_tz=e.start_tz, ends_at=e.ends_at, end_tz=e.end_tz,
        last_modified=e.last_modified, status=e.status, description=e.description,
        location=e.location, latitude=e.latitude, longitude=e.longitude,
        categories=e.categories, all_day=e.all_day) for e in events)


def calendar_of(sessions: sessionmaker[Session], delegation_id: int, number: int,
                member_id: int | None = None, edition: Edition = Edition.INTERNAL,
                alarm_minutes: int | None = None) -> tuple[CalendarData, datetime]:
    """Version ``number``'s calendar (the whole delegation or one member's cut) and the
    instant to stamp it with: the version's issue time."""
    issued = load_version(sessions, delegation_id, number)
    calendar, programme = issued.snapshot.calendar, issued.snapshot.programme
    events = calendar.internal if edition is Edition.INTERNAL else calendar.host
    name = calendar.name
    if member_id is not None:
        if member_id not in {m.person_id for m in programme.members}:
            raise ValidationError({"member": Wording(QT_TRANSLATE_NOOP(
                "delegate_app", "Person {person} was not a member of “{title}” in version "
                "{number}."), {"person": str(member_id), "title": programme.title,
                               "number": number})})
        theirs = {i.uid for i in programme.items
                  if member_id in i.participants or member_id in i.interpreters}
        events = tuple(e for e in events if e.uid in theirs)
        name = f"{name} — {programme.names((member_id,))[0]}"
    if edition is Edition.HOST:
        name += " (programme for our hosts)"
    out = published(events, seen_sequences(sessions, delegation_id))
    return (CalendarData(name, calendar.organizer_name, calendar.organizer_email, out,
                         alarm_minutes, note=issued.info.label), issued.info.issued_at)
