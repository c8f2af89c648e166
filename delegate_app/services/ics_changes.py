"""What an imported event would change on an item, and which of its words are the file's own.

Our exports compose an event's DESCRIPTION from several fields ("Delegation: …",
"Briefing (internal): …", "Booking reference: …"). Reading that back into a field would
duplicate it and, worse, carry internal text into what hosts see; so those parts are
recognised and dropped, and only the file's own words are kept.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from ..db.models import ItineraryItem
from ..domain import limits
from ..domain.wording import QT_TR_NOOP
from ..imports.ics_reader import ImportedEvent
from ..language.speech import said
from .calendars import INTERNAL_NOTE

# As services/calendars.py writes them: the internal parts always come last. The first two
# name themselves internal and only we write them; "Booking reference:" is ours only in an
# event of ours (an airline's confirmation says it too).
MARKED_INTERNAL = ("Briefing (internal):", "Talking points (internal):")
INTERNAL_PREFIXES = (*MARKED_INTERNAL, "Booking reference:")
COMPOSED_PREFIXES = (INTERNAL_NOTE, "Delegation:", "Meeting:", "Interpreters:", "Interpreters (",
                     "Dress code:", "Speakers:")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


class DescriptionTo(StrEnum):
    """Where an imported event's description goes."""

    BRIEFING = "briefing"  # internal: never shown to hosts (the default)
    DESCRIPTION = "description"  # shown to hosts in their edition


def fold(text: str) -> str:
    """A title as compared for duplicates: no accents, no case, single spaces."""
    plain = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())


def file_text(description: str, ours: bool, known: tuple[str, ...] = ()) -> str:
    """The file's own words in a DESCRIPTION.

    Everything from our first internal paragraph on is dropped (from "Briefing
    (internal):" whoever wrote the file); for an event of ours, so are our composed
    paragraphs and any paragraph already held in ``known`` (the texts of the record it
    came from)."""
    kept: list[str] = []
    for paragraph in _PARAGRAPHS.split(description.replace("\r\n", "\n")):
        text = paragraph.strip()
        if not text:
            continue
        if text.startswith(INTERNAL_PREFIXES if ours else MARKED_INTERNAL):
            break
        if ours and (text.startswith(COMPOSED_PREFIXES) or any(text in k for k in known if k)):
            continue
        kept.append(text)
    return "\n\n".join(kept)


def place_of(item: ItineraryItem) -> str:
    """The LOCATION our export writes for an item."""
    return ", ".join(x for x in (item.venue, item.address,
                                 item.city.name if item.city else "") if x)


def _day(instant: datetime, zone: str) -> date:
    return instant.astimezone(ZoneInfo(zone)).date()


def _same_days(item: ItineraryItem, event: ImportedEvent) -> bool:
    """An all-day item read back: the same first day, and an end our export could have
    written for it (it writes the day after the item's last local day)."""
    if event.days is None:
        return False
    first, end = _day(item.starts_at, item.start_tz), _day(item.ends_at, item.end_tz)
    return event.days[0] == first and event.days[1] in (end, max(end, first)
                                                        + timedelta(days=1))


def _times(item: ItineraryItem, event: ImportedEvent, own: bool) -> dict[str, Any]:
    if own and item.all_day and event.all_day and _same_days(item, event):
        return {}
    if (event.starts_at, event.ends_at, event.all_day) == (item.starts_at, item.ends_at,
                                                           item.all_day):
        return {}
    moved: dict[str, Any] = {"starts_at": event.starts_at, "ends_at": event.ends_at,
                             "all_day": event.all_day}
    if not own:  # our own items keep the zones the officer chose
        moved.update(start_tz=event.start_tz, end_tz=event.end_tz)
    return moved


def _new_paragraphs(item: ItineraryItem, text: str) -> list[str]:
    held = (item.description, item.briefing, item.talking_points)
    return [p for p in _PARAGRAPHS.split(text) if p.strip() and not any(p.strip() in h
                                                                        for h in held)]


def changes(item: ItineraryItem, event: ImportedEvent, own: bool, text: str,
            to: DescriptionTo) -> dict[str, Any]:
    """The item's fields as the event would leave them, only those that differ.

    Paragraphs of the file's text that the item does not hold yet are added to the chosen
    field, never replacing what an officer wrote there."""
    found: dict[str, Any] = {}
    if event.summary != item.title:
        found["title"] = event.summary
    found.update(_times(item, event, own))
    if event.status is not item.status:
        found["status"] = event.status
    if event.location and event.location not in (item.venue, place_of(item)):
        found["venue"] = event.location
    if event.latitude is not None and (event.latitude, event.longitude) != (
            item.latitude, item.longitude):
        found["latitude"], found["longitude"] = event.latitude, event.longitude
    fresh = _new_paragraphs(item, text)
    if fresh:
        current = getattr(item, to.value)
        found[to.value] = "\n\n".join(p for p in (current, *fresh) if p)
    return found


# What each changed field is called in the preview ("UPDATE  Lunch (time, place)").
WORDS = {"title": QT_TR_NOOP("title"), "starts_at": QT_TR_NOOP("time"),
         "ends_at": QT_TR_NOOP("time"), "all_day": QT_TR_NOOP("time"),
         "start_tz": QT_TR_NOOP("time"), "end_tz": QT_TR_NOOP("time"),
         "status": QT_TR_NOOP("status"), "venue": QT_TR_NOOP("place"),
         "latitude": QT_TR_NOOP("place"), "longitude": QT_TR_NOOP("place"),
         "briefing": QT_TR_NOOP("briefing"), "description": QT_TR_NOOP("description")}


def in_words(found: dict[str, Any]) -> tuple[str, ...]:
    """What an imported event changes, in the interface's language ("time", "place")."""
    return tuple(dict.fromkeys(said(WORDS[k]) for k in found))


def next_sequence(item: ItineraryItem, event: ImportedEvent, found: dict[str, Any]) -> int:
    """A change hosts can see raises SEQUENCE (at least to the file's); the briefing alone
    does not. Held within what every database stores."""
    if set(found) <= {"briefing"}:
        return item.sequence
    return min(max(item.sequence + 1, event.sequence), limits.SEQUENCE_MAX)
