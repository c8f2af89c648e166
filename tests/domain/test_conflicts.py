"""Conflict rules: examples an officer recognises, and properties that must always hold."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from delegate_app.domain.conflicts import (
    Plan,
    PlanItem,
    PlanPerson,
    Severity,
    find_conflicts,
)
from delegate_app.domain.enums import ItemKind, ItemStatus
from delegate_app.domain.timefmt import from_local

BA = "America/Argentina/Buenos_Aires"
MAYOR, ADVISOR, INTERPRETER, JEFE = 1, 2, 3, 10
PEOPLE = {
    MAYOR: PlanPerson(MAYOR, "Dr Mehdi Farahani", ("fa", "en")),
    ADVISOR: PlanPerson(ADVISOR, "Dr Reza Karimi", ("fa", "es", "en")),
    INTERPRETER: PlanPerson(INTERPRETER, "Ms Leila Sadeghi", ("fa", "es")),
    JEFE: PlanPerson(JEFE, "Sr. Santiago Ferreyra", ("es",)),
}


def at(day: int, hh: int, mm: int = 0, tz: str = BA) -> datetime:
    return from_local(datetime(2026, 12, day, hh, mm), tz)


def item(id_: int, kind: ItemKind, start: datetime, end: datetime, *, city: int = 2,
         origin: int | None = None, place: str = "", people: frozenset[int] = frozenset({MAYOR}),
         counterparts: frozenset[int] = frozenset(), interpreters: frozenset[int] = frozenset(),
         start_tz: str = BA, end_tz: str = BA) -> PlanItem:
    return PlanItem(id_, f"item {id_}", kind, start, end, start_tz, end_tz, place=place,
                    city_id=city, origin_city_id=origin, participants=people,
                    counterparts=counterparts, interpreters=interpreters)


def plan(*items: PlanItem) -> Plan:
    return Plan(tuple(items), PEOPLE, date(2026, 12, 5), date(2026, 12, 16), MAYOR)


def rules_hit(p: Plan) -> set[str]:
    return {c.rule for c in find_conflicts(p)}


def test_meeting_half_an_hour_after_a_long_haul_arrival() -> None:
    flight = item(1, ItemKind.FLIGHT, at(6, 2, 5, "Asia/Qatar"), at(6, 10, 0), origin=9,
                  start_tz="Asia/Qatar")
    meeting = item(2, ItemKind.BILATERAL_MEETING, at(6, 10, 30), at(6, 11, 30),
                   place="Palacio Municipal", interpreters=frozenset({INTERPRETER}),
                   counterparts=frozenset({JEFE}), people=frozenset({MAYOR, INTERPRETER}))
    [conflict] = find_conflicts(plan(flight, meeting))
    assert conflict.rule == "tight_connection" and conflict.severity is Severity.WARNING
    assert "Only 30 min" in conflict.message and "after landing" in conflict.message
    assert "10:00 Buenos Aires" in conflict.message
    moved = meeting._replace(starts_at=at(6, 12), ends_at=at(6, 13))
    assert find_conflicts(plan(flight, moved)) == []


def test_the_same_person_in_two_places_at_once() -> None:
    a = item(1, ItemKind.BILATERAL_MEETING, at(7, 9), at(7, 10), people=frozenset({MAYOR}))
    b = item(2, ItemKind.SITE_VISIT, at(7, 9, 30), at(7, 11),
             people=frozenset({ADVISOR}), interpreters=frozenset({MAYOR}))
    conflicts = [c for c in find_conflicts(plan(a, b)) if c.rule == "double_booking"]
    assert len(conflicts) == 1 and conflicts[0].severity is Severity.ERROR
    assert "Dr Mehdi Farahani" in conflicts[0].message
    cancelled = b._replace(status=ItemStatus.CANCELLED)
    assert "double_booking" not in rules_hit(plan(a, cancelled))


def test_a_hotel_night_overlaps_without_conflict() -> None:
    hotel = item(1, ItemKind.HOTEL, at(6, 15), at(7, 11), place="Hotel")
    dinner = item(2, ItemKind.MEAL, at(6, 20), at(6, 22), place="Hotel")
    assert find_conflicts(plan(hotel, dinner)) == []


def test_language_gap_and_interpreter() -> None:
    meeting = item(1, ItemKind.BILATERAL_MEETING, at(7, 10), at(7, 11),
                   counterparts=frozenset({JEFE}))
    assert rules_hit(plan(meeting)) == {"no_common_language"}
    with_interpreter = meeting._replace(interpreters=frozenset({INTERPRETER}))
    assert find_conflicts(plan(with_interpreter)) == []


def test_dates_night_and_nobody() -> None:
    early = item(1, ItemKind.MEAL, at(4, 20), at(4, 21))
    late = item(2, ItemKind.RECEPTION, at(8, 22, 30), at(8, 23, 45))
    empty = item(3, ItemKind.PRESS, at(9, 12), at(9, 13), people=frozenset())
    found = {(c.rule, c.item_ids) for c in find_conflicts(plan(early, late, empty))}
    assert found == {("outside_dates", (1,)), ("night_hours", (2,)),
                     ("no_participants", (3,))}


def test_most_severe_first() -> None:
    a = item(1, ItemKind.MEAL, at(7, 23, 30), at(8, 0, 30))
    b = item(2, ItemKind.BILATERAL_MEETING, at(7, 23, 45), at(8, 1))
    severities = [c.severity for c in find_conflicts(plan(a, b))]
    assert severities == sorted(severities, reverse=True) and severities[0] is Severity.ERROR


# Properties ----------------------------------------------------------------------------
KINDS = [k for k in ItemKind if k is not ItemKind.HOTEL]
ZONES = [BA, "Asia/Tehran", "Asia/Tokyo", "Pacific/Auckland"]
BASE = datetime(2026, 12, 5, tzinfo=UTC)


@st.composite
def items(draw: st.DrawFn) -> list[PlanItem]:
    count = draw(st.integers(1, 7))
    result = []
    for n in range(1, count + 1):
        start = BASE + timedelta(minutes=draw(st.integers(0, 60 * 24 * 6)))
        length = timedelta(minutes=draw(st.integers(15, 60 * 14)))
        result.append(PlanItem(
            n, f"item {n}", draw(st.sampled_from(KINDS)), start, start + length,
            draw(st.sampled_from(ZONES)), draw(st.sampled_from(ZONES)),
            place=draw(st.sampled_from(["", "City Hall", "Hotel"])),
            city_id=draw(st.sampled_from([1, 2, None])),
            origin_city_id=draw(st.sampled_from([1, 2, None])),
            participants=frozenset(draw(st.sets(st.sampled_from([MAYOR, ADVISOR]),
                                                min_size=1))),
            counterparts=frozenset(draw(st.sets(st.just(JEFE)))),
            interpreters=frozenset(draw(st.sets(st.just(INTERPRETER))))))
    return result


@given(items())
@settings(max_examples=200, deadline=None)
def test_conflicts_do_not_depend_on_the_order_of_items(generated: list[PlanItem]) -> None:
    forward = find_conflicts(plan(*generated))
    backward = find_conflicts(plan(*reversed(generated)))
    assert sorted(forward, key=repr) == sorted(backward, key=repr)


@given(items(), st.data())
@settings(max_examples=200, deadline=None)
def test_moving_an_item_far_away_removes_its_clashes(generated: list[PlanItem],
                                                     data: st.DataObject) -> None:
    target = data.draw(st.sampled_from(generated))
    far = target._replace(starts_at=target.starts_at + timedelta(days=400),
                  ends_at=target.ends_at + timedelta(days=400))
    others = [i for i in generated if i.id != target.id]
    after = find_conflicts(Plan(tuple([*others, far]), PEOPLE, None, None, MAYOR))
    pair_rules = {"double_booking", "tight_connection"}
    assert not [c for c in after if c.rule in pair_rules and target.id in c.item_ids]


@given(items())
@settings(max_examples=100, deadline=None)
def test_pair_conflicts_name_two_items_in_order(generated: list[PlanItem]) -> None:
    for conflict in find_conflicts(plan(*generated)):
        assert list(conflict.item_ids) == sorted(set(conflict.item_ids))
        assert conflict.message.endswith(".")


@given(items())
@settings(max_examples=150, deadline=None)
def test_the_sweep_finds_exactly_the_pairs_every_pair_comparison_finds(
        generated: list[PlanItem]) -> None:
    from itertools import combinations

    from delegate_app.domain.conflicts import _overlapping_pairs

    brute = {(a.id, b.id) for a, b in combinations(sorted(generated, key=lambda i: i.id), 2)
             if a.starts_at < b.ends_at and b.starts_at < a.ends_at}
    assert {(a.id, b.id) for a, b in _overlapping_pairs(generated)} == brute
