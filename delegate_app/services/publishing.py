"""Publishing calendars to a CalDAV server (Nextcloud, Radicale, ...) the members subscribe to.

Each event goes up as its own calendar object named by its UID: a new UID is created, a
changed one (SEQUENCE, STATUS or LAST-MODIFIED differ) is replaced, the rest are left
alone. Cancelled items go up as STATUS:CANCELLED so phones drop them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import keyring
from caldav.calendarobjectresource import Event as CalDAVEvent
from caldav.davclient import DAVClient
from caldav.lib import error as caldav_error

from ..domain.errors import DelegateAppError
from ..exports.ics import CalendarData, CalendarEvent, calendar_bytes

KEYRING_SERVICE = "delegate_app CalDAV"


class PublishError(DelegateAppError):
    """The calendar server could not be reached or refused the request."""


@dataclass(frozen=True, slots=True)
class PublishReport:
    calendar_url: str
    created: int
    updated: int
    unchanged: int


def keyring_available() -> bool:
    """True when the system offers a real keyring (not the fail or plain-text backends)."""
    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    return getattr(backend, "priority", 0) > 0 and "fail" not in name and "plaintext" not in \
        name.lower()


def stored_password(server: str, user: str) -> str | None:
    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, f"{user}@{server}")
    except keyring.errors.KeyringError:
        return None


def remember_password(server: str, user: str, password: str) -> bool:
    if not keyring_available():
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, f"{user}@{server}", password)
    except keyring.errors.KeyringError:
        return False
    return True


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "delegation"


def _calendar(server: str, user: str, password: str, name: str) -> Any:
    try:
        client = DAVClient(server, username=user, password=password, timeout=20)
        principal = client.principal()
        for existing in principal.calendars():
            if existing.get_display_name() == name:
                return existing
        return principal.make_calendar(name=name, cal_id=_slug(name))
    except caldav_error.AuthorizationError as exc:
        raise PublishError(f"The calendar server refused the user name or password for "
                           f"{user}.") from exc
    except Exception as exc:  # network, TLS, XML: whatever the server throws, said plainly
        raise PublishError(f"Cannot publish to {server}: {type(exc).__name__}: "
                           f"{' '.join(str(exc).split())[:160]}") from exc


def _same(remote: Any, event: CalendarEvent) -> bool:
    component = remote.icalendar_component
    modified = component.decoded("LAST-MODIFIED") if component.get("LAST-MODIFIED") else None
    if isinstance(modified, datetime) and modified.tzinfo is None:
        modified = modified.replace(tzinfo=UTC)
    return (int(component.get("SEQUENCE", 0)) == event.sequence
            and str(component.get("STATUS", "")) == event.status
            and modified == event.last_modified.replace(microsecond=0))


def publish(data: CalendarData, server: str, user: str, password: str,
            now: datetime | None = None) -> PublishReport:
    """Bring the server's calendar named ``data.name`` in line with ``data``."""
    calendar = _calendar(server, user, password, data.name)
    stamp = now or datetime.now(UTC)
    created = updated = unchanged = 0
    try:
        for event in data.events:
            try:
                remote = calendar.event_by_uid(event.uid)
            except caldav_error.NotFoundError:
                remote = None
            if remote is not None and _same(remote, event):
                unchanged += 1
                continue
            single = CalendarData(data.name, data.organizer_name, data.organizer_email,
                                  (event,), data.alarm_minutes)
            text = calendar_bytes(single, stamp).decode("utf-8")
            # Our SEQUENCE is the truth: the library must not raise it on its own.
            target = remote or CalDAVEvent(client=calendar.client, parent=calendar)
            target.data = text
            target.save(increase_seqno=False)
            created, updated = (created + 1, updated) if remote is None else (created,
                                                                              updated + 1)
    except (caldav_error.DAVError, OSError) as exc:
        raise PublishError(f"Publishing stopped part-way ({type(exc).__name__}); run it again "
                           "to finish — what was sent is kept.") from exc
    return PublishReport(str(calendar.url), created, updated, unchanged)
