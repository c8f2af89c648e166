"""What we last saw of each published calendar, kept between runs so an unchanged publish asks once.

The notes are a cache, never the truth: every publish checks them against the server's ETags,
and losing the file only costs a few more requests. They hold addresses, UIDs, ETags and
titles — no password — in a private file in the data folder.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ...config import data_dir
from ...exports.atomic import atomic_write

NOTES_VERSION = 1

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OurEvent:
    """One event we put on the server, as the server holds it."""

    uid: str
    href: str
    etag: str
    fingerprint: str  # of what we sent; "" when it must be sent again
    status: str
    summary: str
    when: str


@dataclass
class CalendarNotes:
    """What we know of one calendar (one cut on one account)."""

    calendar_url: str = ""
    auth: str | None = None
    ours: dict[str, OurEvent] = field(default_factory=dict)  # by href key
    foreign: dict[str, str] = field(default_factory=dict)  # href key -> ETag, never touched


def notes_file() -> Path:
    return data_dir() / "published-calendars.json"


def _key(server: str, user: str, calendar_name: str) -> str:
    return "\n".join((server.rstrip("/"), user, calendar_name))


def _read_all() -> dict[str, dict[str, object]]:
    try:
        stored = json.loads(notes_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict) or stored.get("version") != NOTES_VERSION:
        return {}
    calendars = stored.get("calendars")
    return calendars if isinstance(calendars, dict) else {}


def load_notes(server: str, user: str, calendar_name: str) -> CalendarNotes:
    """The notes of one calendar; anything unreadable counts as knowing nothing."""
    raw: Any = _read_all().get(_key(server, user, calendar_name))
    try:
        return CalendarNotes(
            str(raw["calendar_url"]), str(raw["auth"]) if raw.get("auth") else None,
            {str(k): OurEvent(**v) for k, v in raw["ours"].items()},
            {str(k): str(v) for k, v in raw["foreign"].items()})
    except (AttributeError, KeyError, TypeError, ValueError):
        return CalendarNotes()


def save_notes(server: str, user: str, calendar_name: str, notes: CalendarNotes) -> None:
    """Keep the notes; a folder that cannot be written only costs speed next time."""
    calendars = _read_all()
    calendars[_key(server, user, calendar_name)] = {
        "calendar_url": notes.calendar_url, "auth": notes.auth,
        "ours": {k: asdict(v) for k, v in notes.ours.items()}, "foreign": notes.foreign}
    text = json.dumps({"version": NOTES_VERSION, "calendars": calendars}, ensure_ascii=False,
                      sort_keys=True)
    try:
        target = atomic_write(notes_file(), text.encode("utf-8"))
        with contextlib.suppress(OSError):
            os.chmod(target, 0o600)
    except OSError as exc:
        log.warning("Publishing notes not saved: %s", exc)

