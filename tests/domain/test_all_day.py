"""The days of an all-day item: its end is the midnight starting the day after (as a
calendar file's DTEND of a date), so a one-day event is one day wherever it is shown."""

from __future__ import annotations

from datetime import date, datetime

from delegate_app.domain.timefmt import all_day_days, from_local


def _at(day: int, hour: int = 0, minute: int = 0, zone: str = "Asia/Tokyo") -> datetime:
    return from_local(datetime(2026, 12, day, hour, minute), zone)


def test_an_end_at_midnight_closes_the_day_before() -> None:
    assert all_day_days(_at(7), "Asia/Tokyo", _at(8), "Asia/Tokyo") == (date(2026, 12, 7),
                                                                          date(2026, 12, 7))
    assert all_day_days(_at(7), "Asia/Tokyo", _at(10), "Asia/Tokyo") == (date(2026, 12, 7),
                                                                           date(2026, 12, 9))


def test_an_end_inside_a_day_ends_on_it_and_never_before_the_start() -> None:
    assert all_day_days(_at(7), "Asia/Tokyo", _at(7, 23, 59), "Asia/Tokyo") == (
        date(2026, 12, 7), date(2026, 12, 7))
    assert all_day_days(_at(7), "Asia/Tokyo", _at(7), "Asia/Tokyo") == (date(2026, 12, 7),
                                                                         date(2026, 12, 7))


def test_days_are_read_where_the_item_happens() -> None:
    # 8 Dec 00:00 in Tokyo is 7 Dec 15:00 UTC: still one day, the 7th, in Tokyo
    assert all_day_days(_at(7), "Asia/Tokyo", _at(8), "Asia/Tokyo")[1] == date(2026, 12, 7)


def test_a_day_whose_clocks_spring_forward_at_midnight_is_still_one_day() -> None:
    # Santiago's clocks go from 23:59:59 on 5 Sep 2026 to 01:00 on the 6th: the 6th starts
    # at 01:00, and a one-day event on the 5th read from a host's file ends there.
    start = from_local(datetime(2026, 9, 5), "America/Santiago")
    end = from_local(datetime(2026, 9, 6), "America/Santiago")
    assert all_day_days(start, "America/Santiago", end, "America/Santiago") == (
        date(2026, 9, 5), date(2026, 9, 5))
