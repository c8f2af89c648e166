"""Issue a version (freeze the programme as version N, with who, when and a note), list
the versions of a delegation and open one."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker, undefer

from ...db.models import Delegation, ProgrammeVersion
from ...domain.errors import NotFoundError, StaleEditError, ValidationError
from ...domain.timefmt import utc_now
from ...domain.versions import (
    SNAPSHOT_SCHEMA,
    Snapshot,
    VersionInfo,
    dump_snapshot,
    load_snapshot,
    version_label,
)
from ...domain.wording import QT_TRANSLATE_NOOP, Wording
from ..commitments import office_zone
from ..database import officer_name
from ..editing import translated_errors
from .capture import capture, programme_of

MAX_NOTE = 2000


@dataclass(frozen=True, slots=True)
class IssuedVersion:
    info: VersionInfo
    snapshot: Snapshot


def _info(row: ProgrammeVersion) -> VersionInfo:
    return VersionInfo(row.delegation_id, row.number, row.issued_at, row.issued_by, row.note,
                       row.issued_zone,
                       version_label(row.number, row.issued_at, row.issued_zone))


def _title(session: Session, delegation_id: int) -> str:
    title = session.scalar(select(Delegation.title).where(Delegation.id == delegation_id))
    if title is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "There is no delegation {number}."), number=str(delegation_id))
    return title


def list_versions(sessions: sessionmaker[Session], delegation_id: int) -> list[VersionInfo]:
    """The delegation's issued versions, first to last (their documents are not read)."""
    with sessions() as session:
        _title(session, delegation_id)
        rows = session.scalars(select(ProgrammeVersion).where(
            ProgrammeVersion.delegation_id == delegation_id).order_by(ProgrammeVersion.number))
        return [_info(r) for r in rows]


def _row(session: Session, delegation_id: int, number: int) -> ProgrammeVersion:
    row = session.scalar(select(ProgrammeVersion).options(undefer(ProgrammeVersion.document))
                         .where(ProgrammeVersion.delegation_id == delegation_id,
                                ProgrammeVersion.number == number))
    if row is None:
        title = _title(session, delegation_id)
        count = session.scalar(select(func.count()).where(
            ProgrammeVersion.delegation_id == delegation_id)) or 0
        issued = Wording(QT_TRANSLATE_NOOP("delegate_app", "versions 1 to {count} were issued"),
                         {"count": count}) if count > 1 else Wording(
            QT_TRANSLATE_NOOP("delegate_app", "only version 1 was issued") if count == 1 else
            QT_TRANSLATE_NOOP("delegate_app", "no version was issued yet"))
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "“{title}” has no version {number}: {issued}."),
            title=title, number=number, issued=issued)
    return row


def load_version(sessions: sessionmaker[Session], delegation_id: int,
                 number: int) -> IssuedVersion:
    """Version ``number`` with its snapshot (upgraded to the current schema if older)."""
    with sessions() as session:
        row = _row(session, delegation_id, number)
        return IssuedVersion(_info(row), load_snapshot(row.document))


def all_snapshots(sessions: sessionmaker[Session], delegation_id: int) -> list[Snapshot]:
    with sessions() as session:
        return [load_snapshot(text) for text in session.scalars(
            select(ProgrammeVersion.document).where(
                ProgrammeVersion.delegation_id == delegation_id))]


def _same_as(previous: Snapshot, snapshot: Snapshot) -> bool:
    """Nothing a version prints or publishes changed (the day it is prepared aside)."""
    day = snapshot.dossier.prepared_on
    return replace(previous, dossier=replace(previous.dossier, prepared_on=day),
                   host_dossier=replace(previous.host_dossier, prepared_on=day)) == snapshot


def issue_version(sessions: sessionmaker[Session], delegation_id: int, note: str = "",
                  by: str | None = None, now: datetime | None = None) -> VersionInfo:
    """Freeze the programme as it stands as the next version, kept for good."""
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError({"note": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "The note is limited to {limit} characters."), {"limit": MAX_NOTE})})
    now = now or utc_now()
    with sessions() as session:
        zone = office_zone(session)
        latest = session.scalar(select(func.max(ProgrammeVersion.number)).where(
            ProgrammeVersion.delegation_id == delegation_id))
    snapshot = capture(sessions, delegation_id, now.astimezone(ZoneInfo(zone)).date())
    if latest and _same_as(load_version(sessions, delegation_id, latest).snapshot, snapshot):
        raise ValidationError({"note": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Nothing changed since version {number}: there is nothing new to "
            "issue."), {"number": latest})})
    with sessions.begin() as session, translated_errors("version"):
        # The dossier and calendars were read in their own sessions: make sure the programme
        # did not change meanwhile, else the version would not hold together.
        if programme_of(session, delegation_id) != snapshot.programme:
            raise StaleEditError(QT_TRANSLATE_NOOP(
                "delegate_app", "The programme changed while the version was being made; "
                "nothing was issued. Issue it again."))
        number = (session.scalar(select(func.max(ProgrammeVersion.number)).where(
            ProgrammeVersion.delegation_id == delegation_id)) or 0) + 1
        row = ProgrammeVersion(delegation_id=delegation_id, number=number, issued_at=now,
                               issued_by=(by or officer_name())[:120], issued_zone=zone,
                               note=note,
                               schema=SNAPSHOT_SCHEMA, document=dump_snapshot(snapshot))
        session.add(row)
        session.flush()
        return _info(row)
