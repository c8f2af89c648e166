"""Dates and times as the window shows them: in the office's calendar (Gregorian, Solar Hijri,
Umm al-Qura Hijri) with the interface language's names and digits.

The same functions as ``domain.timefmt`` (which stays the English, Gregorian wording of
services and files); the conversions and names are ``language.dates``'s, the ones printed
documents use, so screen and paper say the same day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCalendar, QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit

from ..domain import timefmt
from ..domain.timefmt import from_local, is_valid_zone, to_local, utc_now, zone_place
from ..language import dates as office

__all__ = [
    "calendar",
    "for_entry",
    "format_date",
    "format_date_range",
    "format_day",
    "format_instant",
    "format_long_date",
    "format_time",
    "from_local",
    "is_valid_zone",
    "isolate",
    "spoken",
    "to_local",
    "utc_now",
    "utc_offset_label",
    "zone_place",
]

FIRST_STRONG_ISOLATE, RIGHT_TO_LEFT_ISOLATE, POP_ISOLATE = "\u2068", "\u2067", "\u2069"
_RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

_state = {"language": "en", "calendar": "gregorian"}


def set_calendar(language: str, calendar: str) -> None:
    """The window's language and calendar for every date shown from now on."""
    _state["language"] = language
    _state["calendar"] = calendar if calendar in office.CALENDARS else "gregorian"


def default_calendar(language: str) -> str:
    return office.default_calendar(language)


def spoken() -> str:
    return _state["language"]


def calendar() -> str:
    return _state["calendar"]


def _plain() -> bool:
    """English and Gregorian: the wording the services and files use, unchanged."""
    return _state["language"] == "en" and _state["calendar"] == "gregorian"


def _styled(day: date, style: str) -> str:
    return office.format_date(day, _state["language"], _state["calendar"], style)


def format_day(day: date) -> str:
    """"Tue 14 Apr": a day within a programme whose year is plain."""
    return timefmt.format_day(day) if _plain() else _styled(day, "day")


def format_date(day: date | None) -> str:
    """"Tue 14 Apr 2026", or an empty string for no date."""
    if day is None:
        return ""
    return timefmt.format_date(day) if _plain() else _styled(day, "date")


def format_medium_date(day: date) -> str:
    """"07 Dec 2026": a date in a list of events."""
    return f"{day:%d %b %Y}" if _plain() else _styled(day, "medium")


def format_long_date(day: date) -> str:
    """"Monday 7 December 2026", as a heading of a day."""
    return timefmt.format_long_date(day) if _plain() else _styled(day, "long")


def format_date_range(first: date | None, last: date | None) -> str:
    if _plain():
        return timefmt.format_date_range(first, last)
    return office.format_range(first, last, _state["language"], _state["calendar"])


def format_time(moment: datetime | time) -> str:
    """"09:30", 24-hour, in the language's digits."""
    return office.localise_digits(f"{moment:%H:%M}", _state["language"])


def format_weekday_time(moment: datetime) -> str:
    """"Tue 09:30": a time with its weekday."""
    if _plain():
        return f"{moment:%a %H:%M}"
    return f"{office.weekday_name(moment.date(), _state['language'], True)} {format_time(moment)}"


def format_moment(at: datetime, said: str) -> str:
    """When a change was made, "Tue 8 Dec 22:41" (the year when not this one), in the
    office's calendar; ``said`` is the services' English Gregorian wording, kept as it is
    in English. The clock is this computer's, the office's own."""
    if _plain():
        return said
    local = at.astimezone()
    this_year = local.year == datetime.now(local.tzinfo).year
    day = format_day(local.date()) if this_year else format_date(local.date())
    return f"{day} {format_time(local)}"


def format_number(number: int) -> str:
    """"1,656,200" as the language writes it (Persian digits and separator, Spanish dots)."""
    return f"{number:,}" if _plain() else QLocale().toString(number)


def digits(text: str) -> str:
    """Numbers in the language's digits (Persian digits under Persian)."""
    return office.localise_digits(text, _state["language"])


def isolate(text: str) -> str:
    """``text`` kept in its own direction inside a sentence of the other direction (a Latin
    name, a flight number or an e-mail in Persian): Unicode first-strong isolation."""
    if not text or _state["language"] not in ("fa",):
        return text
    # A sentence with any Persian in it reads right to left even when it starts with a
    # Latin name ("root … را علامت زد"); text with none keeps its first letter's direction.
    opening = RIGHT_TO_LEFT_ISOLATE if _RIGHT_TO_LEFT_LETTER.search(text) \
        else FIRST_STRONG_ISOLATE
    return f"{opening}{text}{POP_ISOLATE}"


def utc_offset_label(instant: datetime, tz_name: str) -> str:
    return digits(timefmt.utc_offset_label(instant, tz_name))


def format_instant(instant: datetime, tz_name: str, place: str | None = None,
                   with_offset: bool = False) -> str:
    """"Tue 14 Apr, 09:30 Buenos Aires" (optionally "... (UTC-3)")."""
    if _plain():
        return timefmt.format_instant(instant, tz_name, place, with_offset)
    local = to_local(instant, tz_name)
    where = isolate(place or zone_place(tz_name))
    text = f"{format_day(local.date())}{_comma()} {format_time(local)} {where}"
    if with_offset:
        text += f" ({isolate(utc_offset_label(instant, tz_name))})"
    return text


def _comma() -> str:
    return "،" if _state["language"] == "fa" else ","


def _mark_weekend(month: QCalendarWidget) -> None:
    """The locale's days off in red (Friday in Iran; Qt marks Saturday and Sunday)."""
    working = set(QLocale().weekdays())
    for day in Qt.DayOfWeek:
        shown = QTextCharFormat()
        if day not in working:
            shown.setForeground(QColor("#b3261e"))
        month.setWeekdayTextFormat(day, shown)


def for_entry(edit: QDateTimeEdit, display_format: str) -> QDateTimeEdit:
    """A date field in ``display_format``, counting in the office's calendar. Solar Hijri:
    Qt's Jalali calendar, which counts as jdatetime does from 1304 to 1435 (both disagree
    on 1436-1437, 2057). Islamic Hijri: Qt knows only the arithmetic (civil) calendar, not
    Umm al-Qura that the rest of the window and the paper show, so the field stays
    Gregorian and says the Umm al-Qura day beside it (its tooltip) rather than count a day
    apart."""
    # Given its format right to left, Qt reverses the sections (10:30 shows as 30:10 in
    # Persian digits): give it left to right, then show it in the window's direction.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(display_format)
    edit.setLayoutDirection(QGuiApplication.layoutDirection())
    if _state["calendar"] == "jalali":
        edit.setCalendar(QCalendar(QCalendar.System.Jalali))
        if edit.calendarPopup():  # the popup keeps the calendar it was made with
            edit.calendarWidget().setCalendar(QCalendar(QCalendar.System.Jalali))
    if edit.calendarPopup() and not _plain():
        _mark_weekend(edit.calendarWidget())
    elif _state["calendar"] == "hijri":
        def say_hijri() -> None:
            shown = edit.date()
            day = date(shown.year(), shown.month(), shown.day())
            edit.setToolTip(_styled(day, "long"))

        edit.dateChanged.connect(say_hijri)
        say_hijri()
    return edit
