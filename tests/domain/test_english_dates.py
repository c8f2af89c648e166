"""English dates are written from tables, not strftime: they must read exactly as strftime
reads in the C locale, every day of a leap year and its neighbours."""

from __future__ import annotations

import locale
from datetime import date, datetime, timedelta

import pytest

from delegate_app.domain.timefmt import format_date, format_date_range, format_day
from delegate_app.domain.wording import DAY_STYLES, Clock


@pytest.fixture(autouse=True)
def c_locale():
    before = locale.setlocale(locale.LC_TIME)
    locale.setlocale(locale.LC_TIME, "C")
    yield
    locale.setlocale(locale.LC_TIME, before)


def _days():
    first = date(2027, 12, 25)
    return [first + timedelta(days=n) for n in range(400)]


def test_days_read_as_strftime_reads_them():
    for d in _days():
        assert format_date(d) == f"{d:%a} {d.day} {d:%b %Y}"
        assert format_day(d) == f"{d:%a} {d.day} {d:%b}"
        assert DAY_STYLES["medium"](d) == f"{d.day} {d:%b %Y}"
        assert DAY_STYLES["short"](d) == f"{d:%d %b}"
        assert DAY_STYLES["padded"](d) == f"{d:%d %b %Y}"
        assert format_date_range(d, d + timedelta(days=40)) == (
            f"{d.day} {d:%b}{'' if d.year == (d + timedelta(days=40)).year else f' {d.year}'}"
            f" – {(d + timedelta(days=40)).day} {d + timedelta(days=40):%b %Y}")


def test_clocks_read_as_strftime_reads_them():
    for d in _days()[:14]:
        at = datetime(d.year, d.month, d.day, 7, 5)
        assert format(Clock(at, "Tehran")) == f"{at:%a %H:%M} Tehran"
        assert format(Clock(at, weekday=False)) == f"{at:%H:%M}"
        assert format(Clock(at, "Tehran", day=True)) == f"{at:%a} {at.day} {at:%b %H:%M} Tehran"
