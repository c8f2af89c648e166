"""Dates in the office's calendar: Solar Hijri across Nowruz, Hijri across a month start,
Persian digits and date entry in the chosen calendar, checked against the kept libraries."""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime
import pytest
from hijridate import Gregorian

from delegate_app.language.dates import (
    CALENDARS,
    default_calendar,
    format_date,
    format_range,
    latin_digits,
    localise_digits,
    parse_date,
)


@pytest.mark.parametrize("day", [date(2025, 3, 20) + timedelta(days=n) for n in range(-2, 3)]
                         + [date(2026, 3, 20) + timedelta(days=n) for n in range(-2, 3)])
def test_solar_hijri_across_nowruz_matches_jdatetime(day: date) -> None:
    expected = jdatetime.date.fromgregorian(date=day)
    assert format_date(day, "en", "jalali", "short") == (
        f"{expected.year}/{expected.month:02d}/{expected.day:02d}")


def test_nowruz_starts_the_year_in_persian_words_and_digits() -> None:
    # 1403 was a leap year: Esfand had 30 days, and 1404 began on 21 March 2025.
    assert format_date(date(2025, 3, 20), "fa", "jalali", "medium") == "۳۰ اسفند ۱۴۰۳"
    assert format_date(date(2025, 3, 21), "fa", "jalali", "long") == "جمعه ۱ فروردین ۱۴۰۴"
    assert format_date(date(2026, 3, 20), "fa", "jalali", "short") == "۱۴۰۴/۱۲/۲۹"
    assert format_date(date(2026, 3, 21), "fa", "jalali", "month_year") == "فروردین ۱۴۰۵"


@pytest.mark.parametrize("day", [date(2026, 2, 18) + timedelta(days=n) for n in range(-2, 3)]
                         + [date(2026, 6, 16) + timedelta(days=n) for n in range(-2, 3)])
def test_hijri_across_month_starts_matches_hijridate(day: date) -> None:
    expected = Gregorian(day.year, day.month, day.day).to_hijri()
    assert format_date(day, "en", "hijri", "short") == (
        f"{expected.year}/{expected.month:02d}/{expected.day:02d}")


def test_ramadan_1447_begins_on_18_february_2026() -> None:
    assert format_date(date(2026, 2, 17), "en", "hijri", "medium") == "29 Sha'ban 1447"
    assert format_date(date(2026, 2, 18), "en", "hijri", "medium") == "1 Ramadan 1447"
    # Persian writes the Arabic month names with its own yeh.
    assert format_date(date(2026, 6, 16), "fa", "hijri", "month_year") == "محرم ۱۴۴۸"
    assert format_date(date(2026, 12, 1), "fa", "hijri", "medium") == "۲۱ جمادی الآخرة ۱۴۴۸"


def test_gregorian_english_keeps_the_office_spelling() -> None:
    day = date(2026, 12, 7)
    assert format_date(day, "en", "gregorian", "day") == "Mon 7 Dec"
    assert format_date(day, "en", "gregorian", "date") == "Mon 7 Dec 2026"
    assert format_date(day, "en", "gregorian", "long") == "Monday 7 December 2026"
    assert format_date(day, "es", "gregorian", "long") == "lunes, 7 de diciembre de 2026"
    assert format_date(None, "fa", "jalali") == ""


def test_ranges_say_a_shared_month_once() -> None:
    assert format_range(date(2026, 12, 1), date(2026, 12, 5)) == "1–5 Dec 2026"
    assert format_range(date(2026, 11, 28), date(2026, 12, 3), "es") == "28 nov – 3 dic 2026"
    assert format_range(date(2026, 12, 1), date(2026, 12, 5), "fa", "jalali") == (
        "۱۰–۱۴ آذر ۱۴۰۵")
    assert format_range(date(2026, 3, 19), date(2026, 3, 22), "en", "jalali") == (
        "28 Esfand 1404 – 2 Farvardin 1405")


def test_persian_digits_only_under_persian() -> None:
    assert localise_digits("Flight IR 712 at 09:30", "fa") == "Flight IR ۷۱۲ at ۰۹:۳۰"
    assert localise_digits("09:30", "es") == "09:30"
    assert latin_digits("۱۴۰۵/۰۹/۱۰ ٢٣") == "1405/09/10 23"
    assert default_calendar("fa") == "jalali"
    assert default_calendar("es") == default_calendar("en") == "gregorian"


@pytest.mark.parametrize("calendar", CALENDARS)
@pytest.mark.parametrize("language", ["en", "es", "fa"])
def test_parse_date_round_trips_every_short_date(language: str, calendar: str) -> None:
    day = date(2026, 3, 14)
    for step in range(0, 40):
        shown = format_date(day + timedelta(days=step), language, calendar, "short")
        assert parse_date(shown, language, calendar) == day + timedelta(days=step)


def test_parse_date_accepts_persian_or_latin_digits_in_either_order() -> None:
    assert parse_date("۱۴۰۵/۱/۱", "fa", "jalali") == date(2026, 3, 21)
    assert parse_date("1405-01-01", "fa", "jalali") == date(2026, 3, 21)
    assert parse_date("1/9/1447", "es", "hijri") == date(2026, 2, 18)


@pytest.mark.parametrize("text", ["", "tomorrow", "1404/12/30", "1405/13/01", "12/05/26"])
def test_parse_date_refuses_what_is_not_a_day(text: str) -> None:
    with pytest.raises(ValueError, match="not a"):
        parse_date(text, "fa", "jalali")
