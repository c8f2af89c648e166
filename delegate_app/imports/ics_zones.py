"""The IANA zone of each time in a calendar file, the file's own VTIMEZONEs included.

A TZID the file defines itself (Outlook's "(UTC-03:00) Brasília", "UTC+11", a custom
name) is read with that definition, built afresh for each file: icalendar keeps the first
definition of a name for the whole process, so a second file reusing the name would get
the first one's offsets. Then we name a zone to store: a real zone with the same offsets
on those dates, else a whole-hour Etc/GMT±N, else the delegation's zone with the instant
kept. Each choice is told once as a notice.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ..domain import limits
from ..domain.timefmt import is_valid_zone, utc_offset_label, zone_place
from ..domain.wording import QT_TRANSLATE_NOOP
from ..language.speech import said
from .ics_repeats import OvertimeError, time_limit

# "UTC+11", "GMT-03:00", "+0530", "UTC": names that say an offset and no place.
_OFFSET_NAME = re.compile(r"^\(?\s*(?:utc|gmt)?\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?$", re.I)


def _unknown_zone(tzid: str) -> str:
    return said(QT_TRANSLATE_NOOP(
        "delegate_app", "its time zone “{zone}” is neither defined in the file nor a known zone"),
        zone=tzid)


class ZoneError(Exception):
    """A time names a zone the file does not define and nobody knows."""


def _fold(text: str) -> str:
    """Accents and case removed, letters only: "Brasília" -> "brasilia"."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isalnum()).casefold()


def _places() -> list[tuple[str, str]]:
    """(folded place name, zone) for every geographic zone, longest names first."""
    zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(
        ("Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Mexico/", "Chile/")))
    pairs = [(_fold(zone_place(z)), z) for z in zones]
    return sorted((p for p in pairs if len(p[0]) >= 4), key=lambda p: -len(p[0]))


_PLACES: list[tuple[str, str]] = []
_CURATED = tuple(dict.fromkeys(z for z in WINDOWS_TO_OLSON.values() if is_valid_zone(z)))


def _same_offsets(zone: str, file_zone: tzinfo, moments: list[datetime]) -> bool:
    real = ZoneInfo(zone)
    return all(m.astimezone(real).utcoffset() == m.astimezone(file_zone).utcoffset()
               for m in moments)


def _fixed_zone(file_zone: tzinfo, moments: list[datetime]) -> str | None:
    """Etc/GMT±N when the file's zone is one whole-hour offset all year round."""
    offsets = {m.astimezone(file_zone).utcoffset() for m in moments}
    if len(offsets) != 1:
        return None
    offset = offsets.pop() or timedelta(0)
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest or not -12 <= hours <= 14:
        return None
    if hours == 0:
        return "Etc/UTC"
    return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"  # POSIX signs are reversed


# Moments a zone of the file is tried at before use: if working them out takes too long,
# the zone is unusable (its rules are hostile), and nothing else waits on it. (dateutil
# walks a zone's rules from its DTSTART, 1601 for Outlook, to each moment asked.)
_PROBES = [datetime(year, month, 1) for year in (2000, 2030) for month in (1, 7)]


def _defined(calendar: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for zone in calendar.walk("VTIMEZONE"):
        tzid = str(zone.get("TZID", "")).strip()
        if tzid and not is_valid_zone(tzid):
            found.setdefault(tzid, zone)
    return found


def forget(calendar: Any) -> None:
    """Drop the file's own zone names from icalendar's process-wide cache, so the next
    file that reuses a name is read with its own definition."""
    cache = getattr(tzp, "_TZP__tz_cache", None)  # private, hence the care
    if isinstance(cache, dict):
        for tzid in _defined(calendar):
            cache.pop(tzp.clean_timezone_id(tzid), None)


class Zones:
    """Decides which IANA zone each time is in, saying so when it had to choose."""

    def __init__(self, calendar: Any, default_zone: str, notices: list[str],
                 hints: tuple[str, ...] = ()) -> None:
        x_wr = str(calendar.get("X-WR-TIMEZONE", "")).strip()
        self.calendar_zone = x_wr if is_valid_zone(x_wr) else None
        self.default_zone, self.notices = default_zone, notices
        self.hints = tuple(z for z in (self.calendar_zone, *hints) if z and is_valid_zone(z))
        self._floating_noted = False
        self._chosen: dict[str, str] = {}
        self._components = _defined(calendar)
        self._built: dict[str, tzinfo | str] = {}  # a zone, or why it cannot be used

    def attach(self, prop: Any, value: datetime) -> datetime:
        """``value`` in the zone this file means: a known zone as icalendar found it, a
        zone the file defines as the file defines it."""
        if value.tzinfo is None or isinstance(value.tzinfo, ZoneInfo):
            return value
        tzid = str(prop.params.get("TZID", "")).strip() if hasattr(prop, "params") else ""
        if tzid not in self._components:
            if not tzid and value.utcoffset() == timedelta(0):
                return value.replace(tzinfo=UTC)
            raise ZoneError(_unknown_zone(tzid))
        zone = self._build(tzid)
        if isinstance(zone, str):
            raise ZoneError(zone)
        return value.replace(tzinfo=zone)

    def _build(self, tzid: str) -> tzinfo | str:
        if tzid not in self._built:
            try:
                with time_limit(limits.ICS_MAX_RULE_SECONDS):
                    zone = tzp.create_timezone(self._components[tzid])
                    for moment in _PROBES:
                        moment.replace(tzinfo=zone).utcoffset()
                self._built[tzid] = zone
            except OvertimeError:
                self._built[tzid] = said(QT_TRANSLATE_NOOP(
                    "delegate_app", "its time zone “{zone}” could not be worked out within "
                    "{limit:g} seconds (the limit)"), zone=tzid, limit=limits.ICS_MAX_RULE_SECONDS)
            except Exception:  # a broken definition: the zone is unusable, nothing more
                self._built[tzid] = said(QT_TRANSLATE_NOOP(
                    "delegate_app", "its time zone “{zone}” is defined in a way that cannot be "
                    "read"), zone=tzid)
        return self._built[tzid]

    def local(self) -> str:
        """The zone for dates and floating times: the file's own, else the delegation's."""
        return self.calendar_zone or self.default_zone

    def of(self, prop: Any, value: datetime) -> str:
        tzid = str(prop.params.get("TZID", "")) if hasattr(prop, "params") else ""
        key = getattr(value.tzinfo, "key", None)
        if not tzid and value.utcoffset() == timedelta(0) and key in (None, "UTC", "Etc/UTC"):
            return self.local()  # a UTC instant, shown in local time
        for candidate in (key or "", tzid, WINDOWS_TO_OLSON.get(tzid, "")):
            if candidate and is_valid_zone(candidate):
                return candidate
        if value.tzinfo is None or value.utcoffset() is None:
            raise ZoneError(_unknown_zone(tzid))
        return self._defined_by_file(tzid or str(value.tzinfo), value)

    def floating(self) -> str:
        zone = self.local()
        if not self._floating_noted:
            self._floating_noted = True
            self.notices.append(said(QT_TRANSLATE_NOOP(
                "delegate_app", "Some times carry no time zone; they were read as {zone} time."),
                zone=zone))
        return zone

    def _defined_by_file(self, tzid: str, value: datetime) -> str:
        file_zone = value.tzinfo
        assert file_zone is not None
        moments = [value.astimezone(UTC)]
        chosen = self._chosen.get(tzid)
        if chosen and _same_offsets(chosen, file_zone, moments):
            return chosen
        zone, how = self._choose(tzid, file_zone, value)
        if tzid not in self._chosen:
            self.notices.append(how)
        self._chosen[tzid] = zone
        return zone

    def _choose(self, tzid: str, file_zone: tzinfo, value: datetime) -> tuple[str, str]:
        instant = value.astimezone(UTC)
        year = [datetime(instant.year, month, 15, 12, tzinfo=UTC) for month in (1, 4, 7, 10)]
        label = tzid
        if not _OFFSET_NAME.match(tzid.strip()):
            named = self._named_candidates(tzid)
            for moments in ([instant, *year], [instant]):  # same rules all year first
                for zone in named:
                    if _same_offsets(zone, file_zone, moments):
                        return zone, said(QT_TRANSLATE_NOOP(
                            "delegate_app", "The file's time zone “{label}” was read as {zone} "
                            "(the same UTC offsets on these dates)."), label=label, zone=zone)
        fixed = _fixed_zone(file_zone, [instant, *year])
        if fixed:
            shown = utc_offset_label(instant, fixed)
            return fixed, said(QT_TRANSLATE_NOOP(
                "delegate_app", "The file's time zone “{label}” was read as {zone}, a fixed "
                "offset of {offset}."), label=label, zone=fixed, offset=shown)
        return self.default_zone, said(QT_TRANSLATE_NOOP(
            "delegate_app", "The file's time zone “{label}” matches no known time zone; its "
            "times were kept exactly and are shown in {zone} time."),
            label=label, zone=self.default_zone)

    def _named_candidates(self, tzid: str) -> list[str]:
        """Zones to try, most likely first: the calendar's and the delegation's own zones,
        zones whose city the name mentions, then one real zone per Windows zone."""
        if not _PLACES:
            _PLACES.extend(_places())
        folded = _fold(tzid)
        mentioned = [z for place, z in _PLACES if place in folded]
        return list(dict.fromkeys([*self.hints, *mentioned, *_CURATED]))

