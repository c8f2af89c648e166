from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from delegate_app.domain.enums import NameOrder
from delegate_app.domain.names import formal_name, full_name, sort_name
from delegate_app.domain.timefmt import (
    format_date_range,
    format_instant,
    from_local,
    is_valid_zone,
    to_local,
    utc_offset_label,
    zone_place,
)

ZONES = ["Asia/Tehran", "America/Argentina/Buenos_Aires", "Asia/Tokyo", "Pacific/Auckland",
         "Europe/Madrid", "America/New_York", "UTC"]


def test_instant_says_where_it_is() -> None:
    instant = datetime(2026, 4, 14, 12, 30, tzinfo=UTC)
    assert format_instant(instant, "America/Argentina/Buenos_Aires") == \
        "Tue 14 Apr, 09:30 Buenos Aires"
    assert format_instant(instant, "Asia/Tehran", "Tehran", with_offset=True) == \
        "Tue 14 Apr, 16:00 Tehran (UTC+3:30)"


def test_offsets_follow_daylight_saving() -> None:
    winter = datetime(2026, 1, 15, 12, tzinfo=UTC)
    summer = datetime(2026, 7, 15, 12, tzinfo=UTC)
    assert utc_offset_label(winter, "Europe/Madrid") == "UTC+1"
    assert utc_offset_label(summer, "Europe/Madrid") == "UTC+2"
    assert utc_offset_label(summer, "America/Argentina/Buenos_Aires") == "UTC-3"


def test_zone_names_are_checked() -> None:
    assert is_valid_zone("Asia/Tehran")
    assert not is_valid_zone("Iran Standard Time")
    assert not is_valid_zone("../etc/passwd")
    assert zone_place("America/Argentina/Buenos_Aires") == "Buenos Aires"


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 1, 1)),
       st.sampled_from(ZONES))
def test_zone_round_trip_never_shifts_an_instant(naive: datetime, zone: str) -> None:
    instant = naive.replace(tzinfo=UTC)
    local = to_local(instant, zone)
    assert local.astimezone(UTC) == instant
    # A wall-clock time maps back exactly, except the second pass of a repeated hour
    # (fold=1 at the end of daylight saving), which a bare wall clock cannot name.
    assert from_local(local.replace(tzinfo=None), zone) == instant or local.fold == 1


def test_date_ranges_read_naturally() -> None:
    assert format_date_range(date(2026, 4, 14), date(2026, 4, 19)) == "14–19 Apr 2026"
    assert format_date_range(date(2026, 4, 28), date(2026, 5, 3)) == "28 Apr – 3 May 2026"
    assert format_date_range(date(2026, 12, 30), date(2027, 1, 4)) == \
        "30 Dec 2026 – 4 Jan 2027"


def test_names_follow_their_order() -> None:
    assert full_name("Haruka", "Sato", NameOrder.FAMILY_FIRST) == "Sato Haruka"
    assert full_name("Ana", "Gómez", NameOrder.GIVEN_FIRST) == "Ana Gómez"
    assert formal_name("H.E.", "Ana", "Gómez", NameOrder.GIVEN_FIRST) == "H.E. Ana Gómez"
    assert sort_name("Haruka", "Sato") == "Sato, Haruka"
