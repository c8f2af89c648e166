"""Issued versions of a summit's programme: issue, list, compare, and print or publish a
version as it was issued. The keeping, comparing and publishing are the delegation's own
(store, domain.version_changes, outputs); this module says what a summit's snapshot holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ...db.models import Summit, SummitSession
from ...domain.errors import NotFoundError
from ...domain.programme import SummitProgramme
from ...domain.summit_versions import (
    SESSION_ASPECTS,
    SUMMIT_SNAPSHOT_SCHEMA,
    SummitCalendar,
    SummitSnapshot,
    SummitVersionProgramme,
    VersionSession,
    load_summit_snapshot,
)
from ...domain.version_changes import ChangeSheet
from ...domain.versions import VersionInfo
from ...domain.wording import QT_TRANSLATE_NOOP
from ...exports.ics import CalendarData
from .. import calendars, programme_document
from ..calendars import Edition
from ..documents import office_name
from .capture import version_event
from .outputs import change_sheet, draft_note, order, published
from .store import Freezer, document_of, documents, issue, of_summit, versions_of

MARKING = "Summit programme"


def _session(row: SummitSession) -> VersionSession:
    return VersionSession(
        id=row.id, uid=row.uid, sequence=row.sequence, kind=row.kind, title=row.title,
        status=row.status, starts_at=row.starts_at, start_tz=row.start_tz,
        ends_at=row.ends_at, end_tz=row.end_tz, room=row.room, speakers=row.speakers,
        description=row.description)


def summit_sessions_of(session: Session, summit_id: int) -> SummitVersionProgramme:
    """The programme part of a summit's snapshot, read in ``session``."""
    summit = session.get(Summit, summit_id)
    if summit is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "There is no summit {number}."),
                            number=summit_id)
    rows = session.scalars(select(SummitSession).where(SummitSession.summit_id == summit_id)
                           .order_by(SummitSession.starts_at, SummitSession.id))
    return SummitVersionProgramme(summit.id, summit.title, tuple(map(_session, rows)))


def capture_summit(sessions: sessionmaker[Session], summit_id: int,
                   today: date) -> SummitSnapshot:
    """Everything a summit version's outputs need, made by the draft's own services."""
    printed = programme_document.summit_programme_document(sessions, summit_id, today)
    data = calendars.summit_calendar(sessions, summit_id)
    with sessions() as session:
        programme = summit_sessions_of(session, summit_id)
    calendar = SummitCalendar(data.name, data.organizer_name, data.organizer_email,
                              tuple(map(version_event, data.events)))
    return SummitSnapshot(SUMMIT_SNAPSHOT_SCHEMA, programme, replace(printed, version=""),
                          calendar)


def _same_as(text: str, snapshot: SummitSnapshot) -> bool:
    """Nothing the version prints or publishes changed (the day it is prepared aside)."""
    previous = load_summit_snapshot(text)
    day = snapshot.document.prepared_on
    return replace(previous, document=replace(previous.document, prepared_on=day)) == snapshot


def issue_summit_version(sessions: sessionmaker[Session], summit_id: int, note: str = "",
                         by: str | None = None, now: datetime | None = None) -> VersionInfo:
    """Freeze the summit's programme as it stands as its next version, kept for good."""
    freezer = Freezer(lambda today: capture_summit(sessions, summit_id, today), _same_as,
                      lambda session: summit_sessions_of(session, summit_id),
                      SUMMIT_SNAPSHOT_SCHEMA)
    return issue(sessions, of_summit(summit_id), freezer, note, by, now)


def list_summit_versions(sessions: sessionmaker[Session], summit_id: int) -> list[VersionInfo]:
    return versions_of(sessions, of_summit(summit_id))


def load_summit_version(sessions: sessionmaker[Session], summit_id: int,
                        number: int) -> tuple[VersionInfo, SummitSnapshot]:
    info, text = document_of(sessions, of_summit(summit_id), number)
    return info, load_summit_snapshot(text)


def summit_changes(sessions: sessionmaker[Session], summit_id: int, since: int,
                   to: int | None = None, today: date | None = None) -> ChangeSheet:
    """What changed in the summit's sessions from version ``since`` to ``to`` (or the
    draft), per day in the host city's time."""
    order(since, to)
    was, old = load_summit_version(sessions, summit_id, since)
    if to is not None:
        info, snapshot = load_summit_version(sessions, summit_id, to)
        now = (snapshot.programme, info.label, info.note)
    else:
        with sessions() as session:
            now = (summit_sessions_of(session, summit_id), draft_note(session, today), "")
    with sessions() as session:
        office = office_name(session)
    # A summit's programme is public: it is compared as the hosts' edition is.
    return change_sheet(was, old.programme, now, office, Edition.HOST, MARKING,
                        SESSION_ASPECTS)


def summit_programme_of(sessions: sessionmaker[Session], summit_id: int,
                        number: int | None = None, today: date | None = None
                        ) -> SummitProgramme:
    """The printed programme of version ``number`` as it was issued, or of the draft."""
    if number is None:
        return programme_document.summit_programme_document(sessions, summit_id, today)
    info, snapshot = load_summit_version(sessions, summit_id, number)
    return replace(snapshot.document, version=info.label)


def summit_seen_sequences(sessions: sessionmaker[Session], summit_id: int) -> dict[str, int]:
    """The highest SEQUENCE each session has had anywhere: in the draft or any version."""
    with sessions() as session:
        seen = {uid: seq for uid, seq in session.execute(
            select(SummitSession.uid, SummitSession.sequence).where(
                SummitSession.summit_id == summit_id))}
    for text in documents(sessions, of_summit(summit_id)):
        for s in load_summit_snapshot(text).programme.sessions:
            seen[s.uid] = max(seen.get(s.uid, 0), s.sequence)
    return seen


def summit_calendar_of(sessions: sessionmaker[Session], summit_id: int, number: int,
                       alarm_minutes: int | None = None) -> tuple[CalendarData, datetime]:
    """Version ``number``'s calendar of the summit and the instant to stamp it with."""
    info, snapshot = load_summit_version(sessions, summit_id, number)
    calendar = snapshot.calendar
    events = published(calendar.events, summit_seen_sequences(sessions, summit_id))
    return (CalendarData(calendar.name, calendar.organizer_name, calendar.organizer_email,
                         events, alarm_minutes, note=info.label), info.issued_at)
