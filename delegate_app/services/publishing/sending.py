"""Carry out a publishing plan: put what is new or changed, delete what left the cut."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urljoin

from icalendar import Calendar

from ...domain.wording import QT_TRANSLATE_NOOP
from ...exports.ics import CalendarData, CalendarEvent, calendar_bytes
from .notes import CalendarNotes, OurEvent, save_notes
from .plan import (
    CUT_MARK,
    FINGERPRINT_MARK,
    PlannedChange,
    PublishPlan,
    fingerprint,
    plan_publish,
)
from .server import CalendarServer, ChangedMeanwhileError, PublishError, href_key


@dataclass(frozen=True, slots=True)
class PublishReport:
    calendar_url: str
    created: int
    updated: int
    cancelled: int
    removed: int
    unchanged: int


def event_texts(events: list[CalendarEvent], data: CalendarData,
                stamp: datetime) -> dict[str, str]:
    """Each event as its own calendar object, marked as ours and as part of this cut.

    The time zones are worked out once for all of them (the slow part of writing a calendar).
    RFC 4791 forbids METHOD in a stored calendar object, so it is left out.
    """
    whole = Calendar.from_ical(calendar_bytes(replace(data, events=tuple(events)), stamp))
    zones = {str(z["TZID"]): z for z in whole.walk("VTIMEZONE")}
    head = [(k, v) for k, v in whole.property_items(recursive=False) if k not in (
        "BEGIN", "END", "METHOD")]
    texts = {}
    for event, component in zip(events, whole.walk("VEVENT"), strict=True):
        single = Calendar()
        for key, value in head:
            single.add(key, value)
        used = {str(component[p].params["TZID"]) for p in ("DTSTART", "DTEND")
                if p in component and "TZID" in component[p].params}
        for tzid in sorted(used & zones.keys()):
            single.add_component(zones[tzid])
        component.add(CUT_MARK, data.name)
        component.add(FINGERPRINT_MARK, fingerprint(event, data))
        single.add_component(component)
        texts[event.uid] = single.to_ical().decode("utf-8")
    return texts


def _send(dav: CalendarServer, url: str, plan: PublishPlan, data: CalendarData,
          notes: CalendarNotes, stamp: datetime) -> None:
    events = {e.uid: e for e in data.events}
    sends: list[PlannedChange] = [*plan.created, *plan.cancelled, *plan.updated]
    texts = event_texts([events[c.uid] for c in sends], data, stamp) if sends else {}
    for change in sends:
        event = events[change.uid]
        etag = dav.put(url, change.href, texts[event.uid], change.etag)
        href = urljoin(url, change.href)
        notes.ours[href_key(href)] = OurEvent(
            event.uid, href, etag or "", fingerprint(event, data), event.status, event.summary,
            change.when)
    for change in plan.removed:
        dav.delete(url, change.href, change.etag or "")
        notes.ours.pop(href_key(urljoin(url, change.href)), None)


def apply_plan(plan: PublishPlan, data: CalendarData, password: str,
               now: datetime | None = None) -> PublishReport:
    """Send the plan made for ``data``; what was sent before a failure is kept and noted."""
    dav = CalendarServer(plan.server, plan.user, password, plan.notes.auth)
    notes = CalendarNotes(plan.notes.calendar_url, plan.notes.auth, dict(plan.notes.ours),
                          dict(plan.notes.foreign))
    url = plan.calendar_url or dav.make(plan.calendar_name)
    notes.calendar_url = url
    before = dict(notes.ours)
    try:
        _send(dav, url, plan, data, notes, now or datetime.now(UTC))
    except ChangedMeanwhileError as exc:
        raise PublishError(QT_TRANSLATE_NOOP(
            "delegate_app", "Someone changed this calendar on the server while it was being "
            "published; run it again to finish — what was sent is kept.")) from exc
    except PublishError as exc:
        if notes.ours == before:  # nothing went out: the plain reason is clearer
            raise
        raise PublishError(QT_TRANSLATE_NOOP(
            "delegate_app", "Publishing stopped part-way ({reason}); run it again to finish — "
            "what was sent is kept."), reason=exc.wording) from exc
    finally:
        notes.auth = dav.auth or notes.auth
        save_notes(plan.server, plan.user, plan.calendar_name, notes)
    return PublishReport(url, len(plan.created), len(plan.updated), len(plan.cancelled),
                         len(plan.removed), plan.unchanged)


def publish(data: CalendarData, server: str, user: str, password: str,
            now: datetime | None = None) -> PublishReport:
    """Make the server's calendar named ``data.name`` hold exactly ``data``."""
    return apply_plan(plan_publish(data, server, user, password), data, password, now)
