"""What a printed summit programme shows, as plain records: the summit, its sessions day by
day in the host city's time, and the same sessions indexed by room."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .enums import ItemStatus


@dataclass(frozen=True, slots=True)
class SessionEntry:
    """One session as the programme prints it, its times already in the host city's zone."""

    id: int
    day: date  # in the host city
    starts: str  # "09:30"
    ends: str  # "10:30", or "01:00 (+1 day)" past midnight
    kind: str  # "Plenary"
    title: str
    room: str
    speakers: tuple[str, ...]  # one per line, as typed ("Daniel Whitaker (C40) — moderator")
    description: str
    status: ItemStatus
    ours: tuple[str, ...] = ()  # names of our people attending; nothing else of ours

    @property
    def cancelled(self) -> bool:
        return self.status is ItemStatus.CANCELLED

    @property
    def tentative(self) -> bool:
        return self.status is ItemStatus.TENTATIVE


@dataclass(frozen=True, slots=True)
class ProgrammeDate:
    """The sessions of one day in time order."""

    day: date
    title: str  # "Monday 7 December 2026"
    zone_note: str  # "Times in Buenos Aires time (UTC-03:00)"
    sessions: tuple[SessionEntry, ...]


@dataclass(frozen=True, slots=True)
class RoomIndex:
    """One room with its sessions by day and time."""

    room: str  # "" for sessions given no room
    sessions: tuple[SessionEntry, ...]


@dataclass(frozen=True, slots=True)
class SummitProgramme:
    title: str
    kind: str  # "Mayors' summit"
    host_city: str
    venue: str
    dates: str  # "7–9 Dec 2026"
    organiser: str
    description: str
    website: str
    themes: tuple[str, ...]
    office: str  # who printed it
    prepared_on: date
    days: tuple[ProgrammeDate, ...]
    rooms: tuple[RoomIndex, ...]
    version: str = ""  # "Draft of Tue 1 Dec 2026": summit programmes are not issued yet

    @property
    def sessions(self) -> tuple[SessionEntry, ...]:
        return tuple(s for d in self.days for s in d.sessions)
