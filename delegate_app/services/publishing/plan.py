"""What a publish would do: compare the cut with the server's calendar, send nothing.

Our events carry a mark (``X-DELEGATE-APP-CUT`` naming the cut, and a fingerprint of what
we sent); only marked events are ever removed. An unmarked event holding one of the cut's
UIDs was put there before events were marked (or copied from our file) and is updated in
place; any other event belongs to someone else and is left alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from icalendar import Calendar

from ...domain.timefmt import format_date, format_instant
from ...domain.wording import QT_TRANSLATE_NOOP
from ...exports.ics import PRODID, WRITER_REVISION, CalendarData, CalendarEvent
from .notes import CalendarNotes, OurEvent, load_notes
from .server import CalendarGoneError, CalendarServer, PublishError, without_credentials

CUT_MARK = "X-DELEGATE-APP-CUT"
FINGERPRINT_MARK = "X-DELEGATE-APP-FINGERPRINT"


def fingerprint(event: CalendarEvent, data: CalendarData) -> str:
    """Changes whenever anything we would write for the event changes (even unversioned text).

    Instants count as UTC text, so the same moment read from SQLite or PostgreSQL (whose
    drivers name UTC differently) gives the same fingerprint.
    """
    values = [getattr(event, f.name) for f in fields(event)]
    seen = [v.astimezone(UTC).isoformat() if isinstance(v, datetime) else v for v in values]
    seen += [PRODID, WRITER_REVISION, data.organizer_name, data.organizer_email,
             data.alarm_minutes]
    return hashlib.sha256(repr(seen).encode("utf-8")).hexdigest()[:32]


def when(event: CalendarEvent) -> str:
    if event.all_day:
        return format_date(event.starts_at.astimezone(ZoneInfo(event.start_tz)).date())
    return format_instant(event.starts_at, event.start_tz)


@dataclass(frozen=True, slots=True)
class PlannedChange:
    """One event to create, update, cancel or remove."""

    uid: str
    summary: str
    when: str
    href: str  # where it lives, or will (relative to the calendar)
    etag: str | None  # the version we saw; None when it is new


@dataclass(frozen=True)
class PublishPlan:
    server: str
    user: str
    calendar_name: str
    calendar_url: str  # "" when the calendar is still to be made
    created: tuple[PlannedChange, ...] = ()
    updated: tuple[PlannedChange, ...] = ()
    cancelled: tuple[PlannedChange, ...] = ()
    removed: tuple[PlannedChange, ...] = ()
    unchanged: int = 0
    others: int = 0  # events someone else put in the calendar, left alone
    notes: CalendarNotes = field(default_factory=CalendarNotes, repr=False, compare=False)

    @property
    def changes(self) -> int:
        return len(self.created) + len(self.updated) + len(self.cancelled) + len(self.removed)

    def lines(self) -> list[str]:
        """The plan as an officer reads it, one event a line."""
        where = self.calendar_url or "a new calendar on " + self.server
        lines = [f"Calendar “{self.calendar_name}” at {where}:"]
        for verb, changes in (("Create", self.created), ("Update", self.updated),
                              ("Cancel", self.cancelled), ("Remove", self.removed)):
            lines += [f"  {verb:<7} {c.when} — {c.summary}" for c in changes]
        lines.append(f"{len(self.created)} to create, {len(self.updated)} to update, "
                     f"{len(self.cancelled)} to cancel, {len(self.removed)} to remove, "
                     f"{self.unchanged} unchanged; {self.others} events of others left alone.")
        return lines


@dataclass(frozen=True, slots=True)
class _Remote:
    key: str
    copy: OurEvent
    marked: bool


def _start_text(component: Any) -> str:
    start = component.decoded("DTSTART") if component.get("DTSTART") else None
    if isinstance(start, datetime):
        return f"{start:%a} {start.day} {start:%b}, {start:%H:%M}"
    return format_date(start) if isinstance(start, date) else ""


def _read_unknown(server: CalendarServer, url: str, unknown: dict[str, tuple[str, str]],
                  notes: CalendarNotes, name: str) -> tuple[list[_Remote], dict[str, str]]:
    """Read the objects our notes do not vouch for: events (ours or not), and the rest."""
    events, others = [], {}
    for key, (etag, text) in server.read(url, [href for href, _ in unknown.values()]).items():
        if key not in unknown:
            continue
        href, etag = unknown[key][0], etag or unknown[key][1]
        try:
            components = list(Calendar.from_ical(text).walk("VEVENT"))
        except (ValueError, KeyError, IndexError):
            components = []
        if len(components) != 1 or not components[0].get("UID"):
            others[key] = etag
            continue
        c = components[0]
        marked = str(c.get(CUT_MARK, "")) == name
        # A copy someone rewrote since we sent it is sent again; one we have no ETag of
        # (another workstation, lost notes, a server that did not say) is trusted by the
        # fingerprint it carries.
        trusted = marked and (key not in notes.ours or not notes.ours[key].etag)
        events.append(_Remote(key, OurEvent(
            str(c["UID"]), href, etag, str(c.get(FINGERPRINT_MARK, "")) if trusted else "",
            str(c.get("STATUS", "")), str(c.get("SUMMARY", "")), _start_text(c)), marked))
    return events, others


def _look(server: CalendarServer, notes: CalendarNotes, data: CalendarData) -> list[_Remote]:
    """The calendar's events that are ours; the notes learn what the server holds now."""
    remote, unknown, others = [], {}, {}
    for key, (href, etag) in server.contents(notes.calendar_url).items():
        known = notes.ours.get(key)
        if etag and known is not None and known.etag == etag:
            remote.append(_Remote(key, known, True))
        elif etag and notes.foreign.get(key) == etag:
            others[key] = etag
        else:
            unknown[key] = (href, etag)
    events, unreadable = _read_unknown(server, notes.calendar_url, unknown, notes, data.name)
    others |= unreadable
    uids = {e.uid for e in data.events}
    for r in events:
        if r.marked or r.copy.uid in uids:
            remote.append(r)
        else:
            others[r.key] = r.copy.etag
    notes.ours, notes.foreign = {r.key: r.copy for r in remote}, others
    return remote


def _compare(data: CalendarData, remote: Iterable[_Remote]) -> dict[str, list[PlannedChange]]:
    plan: dict[str, list[PlannedChange]] = {
        "created": [], "updated": [], "cancelled": [], "removed": [], "unchanged": []}
    uids, by_uid = {e.uid for e in data.events}, {}
    for r in remote:
        if r.copy.uid in by_uid or r.copy.uid not in uids:
            if r.marked:  # ours and no longer in the cut (or a stray second copy)
                plan["removed"].append(PlannedChange(r.copy.uid, r.copy.summary, r.copy.when,
                                                     r.copy.href, r.copy.etag))
            continue
        by_uid[r.copy.uid] = r
    for event in data.events:
        mine = by_uid.get(event.uid)
        if mine is None:
            kind = "cancelled" if event.status == "CANCELLED" else "created"
            plan[kind].append(PlannedChange(event.uid, event.summary, when(event),
                                            quote(event.uid, safe="@") + ".ics", None))
            continue
        change = PlannedChange(event.uid, event.summary, when(event), mine.copy.href,
                               mine.copy.etag)
        if mine.copy.fingerprint == fingerprint(event, data):
            plan["unchanged"].append(change)
        elif event.status == "CANCELLED" and mine.copy.status != "CANCELLED":
            plan["cancelled"].append(change)
        else:
            plan["updated"].append(change)
    return plan


def plan_publish(data: CalendarData, server: str, user: str, password: str) -> PublishPlan:
    """What publishing ``data`` would create, update, cancel and remove; sends nothing."""
    server = without_credentials(server)
    notes = load_notes(server, user, data.name)
    dav = CalendarServer(server, user, password, notes.auth)
    remote: list[_Remote] = []
    if notes.calendar_url:
        try:
            remote = _look(dav, notes, data)
        except CalendarGoneError:  # deleted on the server: find it again, or make it anew
            notes = CalendarNotes()
    if not notes.calendar_url:
        notes = CalendarNotes(dav.find(data.name) or "")
        try:
            remote = _look(dav, notes, data) if notes.calendar_url else []
        except CalendarGoneError as exc:
            raise PublishError(QT_TRANSLATE_NOOP(
                "delegate_app", "The calendar disappeared from the server while it was being "
                "read; run it again.")) from exc
    notes.auth = dav.auth
    plan = _compare(data, remote)
    return PublishPlan(server, user, data.name, notes.calendar_url,
                       created=tuple(plan["created"]), updated=tuple(plan["updated"]),
                       cancelled=tuple(plan["cancelled"]), removed=tuple(plan["removed"]),
                       unchanged=len(plan["unchanged"]), others=len(notes.foreign), notes=notes)
