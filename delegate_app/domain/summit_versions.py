"""Issued versions of a summit's programme: the snapshot document (its sessions, the printed
programme and the calendar as they were issued) and what a comparison reads of a session.

Kept in the same table and JSON form as a delegation's versions, with a schema number of
its own (SUMMIT_SNAPSHOT_SCHEMA)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .enums import ItemStatus, SessionKind
from .programme import SummitProgramme
from .version_changes import Aspects
from .versions import Upgrades, VersionEvent, load_document
from .wording import QT_TRANSLATE_NOOP, Wording

# Raise it whenever a field reachable from ``SummitSnapshot`` changes, with a step in
# SUMMIT_UPGRADES from the old shape.
SUMMIT_SNAPSHOT_SCHEMA = 1
SUMMIT_UPGRADES: Upgrades = {}


@dataclass(frozen=True, slots=True)
class VersionSession:
    """One session as it stood, cancelled ones included."""

    id: int
    uid: str
    sequence: int
    kind: SessionKind
    title: str
    status: ItemStatus
    starts_at: datetime  # aware UTC
    start_tz: str
    ends_at: datetime
    end_tz: str
    room: str
    speakers: str
    description: str

    @property
    def all_day(self) -> bool:
        return False  # a session always has its hours


@dataclass(frozen=True, slots=True)
class SummitVersionProgramme:
    """The summit's sessions: what diffs compare."""

    summit_id: int
    title: str
    sessions: tuple[VersionSession, ...]

    @property
    def items(self) -> tuple[VersionSession, ...]:
        return self.sessions

    def names(self, ids: tuple[int, ...]) -> tuple[str, ...]:
        return tuple(f"person {i}" for i in ids)  # sessions list no people of record


@dataclass(frozen=True, slots=True)
class SummitCalendar:
    name: str
    organizer_name: str
    organizer_email: str
    events: tuple[VersionEvent, ...]


@dataclass(frozen=True, slots=True)
class SummitSnapshot:
    schema: int
    programme: SummitVersionProgramme
    document: SummitProgramme  # the printed programme, without its version mark
    calendar: SummitCalendar


def _room(session: Any) -> Wording:
    if session.room:
        return Wording("{room}", {"room": str(session.room)})
    return Wording(QT_TRANSLATE_NOOP("delegate_app", "no room given"))


SESSION_ASPECTS = Aspects(
    place=("room",), place_text=_room,
    shared_text={"title": QT_TRANSLATE_NOOP("delegate_app", "Title"),
                 "speakers": QT_TRANSLATE_NOOP("delegate_app", "Speakers"),
                 "description": QT_TRANSLATE_NOOP("delegate_app", "Description")},
    internal_text={}, people={})


def load_summit_snapshot(text: str) -> SummitSnapshot:
    snapshot: SummitSnapshot = load_document(text, SummitSnapshot, SUMMIT_SNAPSHOT_SCHEMA,
                                             SUMMIT_UPGRADES)
    return snapshot
