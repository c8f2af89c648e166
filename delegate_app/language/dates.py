"""Dates in the office's calendar (Gregorian, Solar Hijri, Umm al-Qura Hijri) with the
reader's month and day names and digits; the conversions are kept libraries' (jdatetime,
hijridate), the names CLDR's through Babel, so no calendar arithmetic is ours."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, time

import jdatetime
from babel import Locale
from hijridate import Gregorian, Hijri

CALENDARS = ("gregorian", "jalali", "hijri")
STYLES = ("short", "day", "date", "medium", "long", "long_date", "month_year")

_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_TO_PERSIAN = str.maketrans("0123456789", _PERSIAN_DIGITS)
# hijridate spells the Hijri months in Arabic letters; Persian writes yeh and kaf its own way.
_ARABIC_TO_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


@dataclass(frozen=True)
class CalendarDay:
    """A day as a calendar counts it: year, month (1-12), day of month."""

    year: int
    month: int
    day: int


def default_calendar(language: str) -> str:
    """The calendar a reader of ``language`` expects: Solar Hijri for Persian."""
    return "jalali" if language == "fa" else "gregorian"


def localise_digits(text: str, language: str) -> str:
    """``text`` with Persian digits under Persian; unchanged otherwise."""
    return text.translate(_TO_PERSIAN) if language == "fa" else text


def latin_digits(text: str) -> str:
    """Every decimal digit of any script (Persian, Arabic-Indic...) as 0-9."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdecimal() else ch for ch in text)


def in_calendar(day: date, calendar: str) -> CalendarDay:
    """``day`` counted in ``calendar`` (ValueError outside the Umm al-Qura tables,
    1924-2077)."""
    if calendar == "jalali":
        j = jdatetime.date.fromgregorian(date=day)
        return CalendarDay(j.year, j.month, j.day)
    if calendar == "hijri":
        try:
            h = Gregorian(day.year, day.month, day.day).to_hijri()
        except OverflowError as exc:
            raise ValueError(str(exc)) from exc
        return CalendarDay(h.year, h.month, h.day)
    _check_calendar(calendar)
    return CalendarDay(day.year, day.month, day.day)


def _counted(day: date, calendar: str) -> tuple[CalendarDay, str]:
    """``day`` in ``calendar`` and the calendar used: a day outside the Umm al-Qura tables
    is counted in Gregorian, so a printed page never fails on an old date of birth."""
    try:
        return in_calendar(day, calendar), calendar
    except ValueError:
        if calendar != "hijri":
            raise
        return in_calendar(day, "gregorian"), "gregorian"


def to_gregorian(counted: CalendarDay, calendar: str) -> date:
    """The Gregorian ``date`` of a day counted in ``calendar`` (ValueError if none)."""
    y, m, d = counted.year, counted.month, counted.day
    if calendar == "jalali":
        return jdatetime.date(y, m, d).togregorian()
    if calendar == "hijri":
        try:
            return Hijri(y, m, d).to_gregorian()
        except OverflowError as exc:
            raise ValueError(str(exc)) from exc
    _check_calendar(calendar)
    return date(y, m, d)


def _check_calendar(calendar: str) -> None:
    if calendar not in CALENDARS:
        raise ValueError(f"Unknown calendar {calendar!r}; choose one of {', '.join(CALENDARS)}.")


def _locale(language: str) -> Locale:
    return Locale.parse(language if language in ("fa", "es") else "en")


def month_name(month: int, language: str, calendar: str, abbreviated: bool = False) -> str:
    """The name of ``month`` of ``calendar`` as a reader of ``language`` writes it."""
    if calendar == "jalali":
        # Solar Hijri months are always written whole ("Aza" reads as nothing).
        names = jdatetime.date.j_months_fa if language == "fa" else jdatetime.date.j_months_en
        return names[month - 1]
    if calendar == "hijri":
        named = Hijri(1445, month, 1)  # any year: the names do not change
        if language == "fa":
            return named.month_name("ar").translate(_ARABIC_TO_PERSIAN_LETTERS)
        return named.month_name("en")
    width = "abbreviated" if abbreviated and language != "fa" else "wide"
    return str(_locale(language).months["format"][width][month])


def weekday_name(day: date, language: str, abbreviated: bool = False) -> str:
    """CLDR's weekday name (the week is the same in every calendar)."""
    width = "abbreviated" if abbreviated else "wide"
    return str(_locale(language).days["format"][width][day.weekday()])


def format_date(day: date | None, language: str = "en", calendar: str = "gregorian",
                style: str = "date") -> str:
    """``day`` in the reader's words: "short" 1405/09/10, "day" Tue 1 Dec, "date" Tue 1 Dec
    2026, "medium" 1 Dec 2026, "long" Tuesday 1 December 2026, "long_date" 1 December 2026,
    "month_year" December 2026."""
    if day is None:
        return ""
    if style not in STYLES:
        raise ValueError(f"Unknown date style {style!r}.")
    counted, calendar = _counted(day, calendar)
    return localise_digits(_compose(day, counted, language, calendar, style), language)


def _compose(day: date, c: CalendarDay, language: str, calendar: str, style: str) -> str:
    if style == "short":
        if language == "es":
            return f"{c.day:02d}/{c.month:02d}/{c.year}"
        separator = "-" if language == "en" and calendar == "gregorian" else "/"
        return f"{c.year}{separator}{c.month:02d}{separator}{c.day:02d}"
    short = style in ("day", "date", "medium")
    month = month_name(c.month, language, calendar, abbreviated=short)
    weekday = weekday_name(day, language, abbreviated=short)
    if language == "es":
        return _compose_spanish(c, style, month, weekday)
    return {
        "day": f"{weekday} {c.day} {month}",
        "date": f"{weekday} {c.day} {month} {c.year}",
        "medium": f"{c.day} {month} {c.year}",
        "long": f"{weekday} {c.day} {month} {c.year}",
        "long_date": f"{c.day} {month} {c.year}",
        "month_year": f"{month} {c.year}",
    }[style]


def _compose_spanish(c: CalendarDay, style: str, month: str, weekday: str) -> str:
    return {
        "day": f"{weekday} {c.day} {month}",
        "date": f"{weekday} {c.day} {month} {c.year}",
        "medium": f"{c.day} {month} {c.year}",
        "long": f"{weekday}, {c.day} de {month} de {c.year}",
        "long_date": f"{c.day} de {month} de {c.year}",
        "month_year": f"{month} de {c.year}",
    }[style]


def format_range(first: date | None, last: date | None, language: str = "en",
                 calendar: str = "gregorian") -> str:
    """"14–19 Apr 2026", "28 Apr – 3 May 2026", "30 Dec 2026 – 4 Jan 2027" in the reader's
    calendar and words (a month or year shared by both ends is said once)."""
    if not first or not last or first == last:
        return format_date(first or last, language, calendar, "medium")
    (a, used_a), (b, used_b) = _counted(first, calendar), _counted(last, calendar)
    if used_a != used_b:
        (a, used_a), (b, used_b) = _counted(first, "gregorian"), _counted(last, "gregorian")
    calendar = used_a
    month_a = month_name(a.month, language, calendar, abbreviated=True)
    month_b = month_name(b.month, language, calendar, abbreviated=True)
    if (a.year, a.month) == (b.year, b.month):
        text = f"{a.day}–{b.day} {month_b} {b.year}"
    elif a.year == b.year:
        text = f"{a.day} {month_a} – {b.day} {month_b} {b.year}"
    else:
        text = f"{a.day} {month_a} {a.year} – {b.day} {month_b} {b.year}"
    return localise_digits(text, language)


def format_time(moment: time, language: str = "en") -> str:
    """A 24-hour time, "09:30", in the reader's digits."""
    return localise_digits(f"{moment:%H:%M}", language)


_DATE_PATTERN = re.compile(r"^\s*(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})\s*$")


def parse_date(text: str, language: str = "en", calendar: str = "gregorian") -> date:
    """A date typed in ``calendar`` (year first, 1405/09/10, or day first, 10/09/1405; any
    digits) as a Gregorian ``date``. ValueError with a readable message otherwise."""
    _check_calendar(calendar)
    found = _DATE_PATTERN.match(latin_digits(text or ""))
    if not found:
        raise ValueError(f"“{text}” is not a date; write it as year/month/day, e.g. "
                         f"{format_date(date.today(), language, calendar, 'short')}.")
    first, month, last = found.groups()
    if len(last) == 4 and len(first) <= 2:
        year, day = int(last), int(first)
    elif len(first) == 4:
        year, day = int(first), int(last)
    else:
        raise ValueError(f"“{text}” is not a date: the year needs its four digits.")
    try:
        return to_gregorian(CalendarDay(year, int(month), day), calendar)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"“{text}” is not a day of the {calendar} calendar.") from exc
