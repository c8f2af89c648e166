"""Dates and times that always say where they are ("Tue 14 Apr, 09:30 Buenos Aires")."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

# English names, by table rather than strftime: the same whatever locale Qt set for the
# process, and a tenth of the cost (a check says thousands of dates).
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def weekday_name(day: date) -> str:
    """"Tue": the day of the week, abbreviated in English."""
    return WEEKDAYS[day.weekday()]


def month_name(day: date) -> str:
    """"Apr": the month, abbreviated in English."""
    return MONTHS[day.month - 1]


def is_valid_zone(name: str) -> bool:
    """True when ``name`` is an IANA time zone this machine knows ("Asia/Tehran")."""
    if not name or name != name.strip() or name.startswith("/"):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
        return False
    return name in _zone_names()


_ZONES: set[str] = set()


def _zone_names() -> set[str]:
    if not _ZONES:
        _ZONES.update(available_timezones())
    return _ZONES


def zone_place(tz_name: str) -> str:
    """The place a zone is named after: "America/Argentina/Buenos_Aires" -> "Buenos Aires"."""
    return tz_name.rsplit("/", 1)[-1].replace("_", " ")


def to_local(instant: datetime, tz_name: str) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("instant must be timezone-aware (UTC)")
    return instant.astimezone(ZoneInfo(tz_name))


def all_day_days(starts_at: datetime, start_tz: str, ends_at: datetime,
                 end_tz: str) -> tuple[date, date]:
    """The first and the last day of an all-day item. Its end is the midnight that starts
    the day after, as a calendar file's DTEND of a date (exclusive); an end inside a day
    ends on that day."""
    first, end = to_local(starts_at, start_tz).date(), to_local(ends_at, end_tz).date()
    last = end - timedelta(days=1) if starts_a_day(ends_at, end_tz) else end
    return first, max(first, last)


def starts_a_day(instant: datetime, tz_name: str) -> bool:
    """True when ``instant`` is where its local day begins: midnight, or 01:00 where the
    clocks spring forward at midnight (Santiago, Beirut, Havana, Cairo)."""
    day = to_local(instant, tz_name).date()
    return instant == from_local(datetime.combine(day, time(0)), tz_name)


# An all-day item's time cell, kept in English in the records (the window says it with
# tr("All day"), a printed page through its catalog).
ALL_DAY = "All day"


def time_span(starts: str, ends: str, dash: str = " – ") -> str:
    """"09:30 – 11:00" from a programme line's two times; an all-day item's "All day" (its
    end is empty for one day) stands alone."""
    return dash.join(part for part in (starts, ends) if part)


def from_local(wall_clock: datetime, tz_name: str) -> datetime:
    """A naive local wall-clock time in ``tz_name`` to an aware UTC instant."""
    if wall_clock.tzinfo is not None:
        raise ValueError("wall_clock must be naive local time")
    return wall_clock.replace(tzinfo=ZoneInfo(tz_name)).astimezone(UTC)


def utc_offset_label(instant: datetime, tz_name: str) -> str:
    """"UTC+3:30", "UTC-3", "UTC" for the offset in force at ``instant``."""
    offset = to_local(instant, tz_name).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{mins:02d}" if mins else "")


def format_instant(instant: datetime, tz_name: str, place: str | None = None,
                   with_offset: bool = False) -> str:
    """"Tue 14 Apr, 09:30 Buenos Aires" (optionally "... (UTC-3)")."""
    local = to_local(instant, tz_name)
    text = f"{format_day(local)}, {local:%H:%M} {place or zone_place(tz_name)}"
    if with_offset:
        text += f" ({utc_offset_label(instant, tz_name)})"
    return text


def format_date(day: date | None) -> str:
    """"Tue 14 Apr 2026", or an empty string for no date."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}" \
        if day else ""


def format_day(day: date) -> str:
    """"Tue 14 Apr": a day within a programme whose year is plain."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def format_long_date(day: date) -> str:
    """"Monday 7 December 2026", as a heading of a day."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def format_date_range(first: date | None, last: date | None) -> str:
    """"14–19 Apr 2026", "28 Apr – 3 May 2026", "30 Dec 2026 – 4 Jan 2027"."""
    if not first or not last:
        return format_date(first or last)
    month_of_first, month_of_last = MONTHS[first.month - 1], MONTHS[last.month - 1]
    if first == last:
        return f"{first.day} {month_of_first} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {month_of_last} {last.year}"
    if first.year == last.year:
        return f"{first.day} {month_of_first} – {last.day} {month_of_last} {last.year}"
    return f"{first.day} {month_of_first} {first.year} – {last.day} {month_of_last} {last.year}"


def utc_now() -> datetime:
    return datetime.now(UTC)
