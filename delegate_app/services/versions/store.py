"""Issue a version (freeze the programme as version N, with who, when and a note), list
the versions of a delegation or a summit, and open one. Versions are numbered per
delegation and per summit; the code that keeps them is the same for both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker, undefer

from ...db.models import Delegation, ProgrammeVersion, Summit
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
from ..database import officer_name
from ..editing import translated_errors
from ..home import office_zone
from .capture import capture, programme_of

MAX_NOTE = 2000


@dataclass(frozen=True, slots=True)
class Owner:
    """Whose programme: a delegation's or a summit's."""

    model: type[Delegation] | type[Summit]
    id: int

    @property
    def column(self) -> Any:
        return (ProgrammeVersion.delegation_id if self.model is Delegation
                else ProgrammeVersion.summit_id)

    @property
    def name(self) -> str:
        return "delegation" if self.model is Delegation else "summit"

    def where(self) -> Any:
        return self.column == self.id


def of_delegation(delegation_id: int) -> Owner:
    return Owner(Delegation, delegation_id)


def of_summit(summit_id: int) -> Owner:
    return Owner(Summit, summit_id)


@dataclass(frozen=True, slots=True)
class IssuedVersion:
    info: VersionInfo
    snapshot: Snapshot


def _info(row: ProgrammeVersion) -> VersionInfo:
    return VersionInfo(row.delegation_id, row.number, row.issued_at, row.issued_by, row.note,
                       row.issued_zone,
                       version_label(row.number, row.issued_at, row.issued_zone),
                       row.summit_id)


def _title(session: Session, owner: Owner) -> str:
    title = session.scalar(select(owner.model.title).where(owner.model.id == owner.id))
    if title is None:
        missing = (QT_TRANSLATE_NOOP("delegate_app", "There is no delegation {number}.")
                   if owner.name == "delegation"
                   else QT_TRANSLATE_NOOP("delegate_app", "There is no summit {number}."))
        raise NotFoundError(missing, number=str(owner.id))
    return title


def versions_of(sessions: sessionmaker[Session], owner: Owner) -> list[VersionInfo]:
    """The versions issued, first to last (their documents are not read)."""
    with sessions() as session:
        _title(session, owner)
        rows = session.scalars(select(ProgrammeVersion).where(owner.where())
                               .order_by(ProgrammeVersion.number))
        return [_info(r) for r in rows]


def list_versions(sessions: sessionmaker[Session], delegation_id: int) -> list[VersionInfo]:
    """The delegation's issued versions, first to last (their documents are not read)."""
    return versions_of(sessions, of_delegation(delegation_id))


def _row(session: Session, owner: Owner, number: int) -> ProgrammeVersion:
    row = session.scalar(select(ProgrammeVersion).options(undefer(ProgrammeVersion.document))
                         .where(owner.where(), ProgrammeVersion.number == number))
    if row is None:
        title = _title(session, owner)
        count = session.scalar(select(func.count()).where(owner.where())) or 0
        issued = Wording(QT_TRANSLATE_NOOP("delegate_app", "versions 1 to {count} were issued"),
                         {"count": count}) if count > 1 else Wording(
            QT_TRANSLATE_NOOP("delegate_app", "only version 1 was issued") if count == 1 else
            QT_TRANSLATE_NOOP("delegate_app", "no version was issued yet"))
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "“{title}” has no version {number}: {issued}."),
            title=title, number=number, issued=issued)
    return row


def document_of(sessions: sessionmaker[Session], owner: Owner,
                number: int) -> tuple[VersionInfo, str]:
    """Version ``number``'s record and its stored document, as text."""
    with sessions() as session:
        row = _row(session, owner, number)
        return _info(row), row.document


def load_version(sessions: sessionmaker[Session], delegation_id: int,
                 number: int) -> IssuedVersion:
    """Version ``number`` with its snapshot (upgraded to the current schema if older)."""
    info, text = document_of(sessions, of_delegation(delegation_id), number)
    return IssuedVersion(info, load_snapshot(text))


def documents(sessions: sessionmaker[Session], owner: Owner) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(ProgrammeVersion.document).where(owner.where())))


def all_snapshots(sessions: sessionmaker[Session], delegation_id: int) -> list[Snapshot]:
    return [load_snapshot(t) for t in documents(sessions, of_delegation(delegation_id))]


def _same_as(previous: Snapshot, snapshot: Snapshot) -> bool:
    """Nothing a version prints or publishes changed (the day it is prepared aside)."""
    day = snapshot.dossier.prepared_on
    return replace(previous, dossier=replace(previous.dossier, prepared_on=day),
                   host_dossier=replace(previous.host_dossier, prepared_on=day)) == snapshot


@dataclass(frozen=True, slots=True)
class Freezer:
    """How to snapshot one kind of programme: make the snapshot, tell whether it is the
    same as a stored one, and read its programme again to check it did not change."""

    capture: Callable[[date], Any]
    same_as_stored: Callable[[str, Any], bool]
    programme_now: Callable[[Session], Any]
    schema: int


def issue(sessions: sessionmaker[Session], owner: Owner, freezer: Freezer, note: str = "",
          by: str | None = None, now: datetime | None = None) -> VersionInfo:
    """Freeze the programme as it stands as the next version, kept for good."""
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError({"note": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "The note is limited to {limit} characters."), {"limit": MAX_NOTE})})
    now = now or utc_now()
    with sessions() as session:
        _title(session, owner)
        zone = office_zone(session)
        latest = session.scalar(select(func.max(ProgrammeVersion.number)).where(
            owner.where()))
    snapshot = freezer.capture(now.astimezone(ZoneInfo(zone)).date())
    if latest and freezer.same_as_stored(document_of(sessions, owner, latest)[1], snapshot):
        raise ValidationError({"note": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Nothing changed since version {number}: there is nothing new to "
            "issue."), {"number": latest})})
    with sessions.begin() as session, translated_errors("version"):
        # The printed and calendar parts were read in their own sessions: make sure the
        # programme did not change meanwhile, else the version would not hold together.
        if freezer.programme_now(session) != snapshot.programme:
            raise StaleEditError(QT_TRANSLATE_NOOP(
                "delegate_app", "The programme changed while the version was being made; "
                "nothing was issued. Issue it again."))
        number = (session.scalar(select(func.max(ProgrammeVersion.number)).where(
            owner.where())) or 0) + 1
        row = ProgrammeVersion(number=number, issued_at=now,
                               issued_by=(by or officer_name())[:120], issued_zone=zone,
                               note=note, schema=freezer.schema,
                               document=dump_snapshot(snapshot))
        setattr(row, owner.column.key, owner.id)
        session.add(row)
        session.flush()
        return _info(row)


def issue_version(sessions: sessionmaker[Session], delegation_id: int, note: str = "",
                  by: str | None = None, now: datetime | None = None) -> VersionInfo:
    """Freeze the delegation's programme as it stands as the next version."""
    freezer = Freezer(lambda today: capture(sessions, delegation_id, today),
                      lambda text, snap: _same_as(load_snapshot(text), snap),
                      lambda session: programme_of(session, delegation_id), SNAPSHOT_SCHEMA)
    return issue(sessions, of_delegation(delegation_id), freezer, note, by, now)
