"""The seating rule: principals at the centre, precedence alternating right and left."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegate_app.domain.errors import ValidationError
from delegate_app.domain.seating import (
    Principal,
    Row,
    SeatingPlan,
    TableShape,
    precedence_offset,
    seating_plan,
)


def people(plan: SeatingPlan[str], row: Row) -> list[str]:
    return [s.person for s in plan.row(row)]


def test_offsets_alternate_right_then_left() -> None:
    assert [precedence_offset(r) for r in range(1, 8)] == [1, -1, 2, -2, 3, -3, 4]
    with pytest.raises(ValueError):
        precedence_offset(0)


def test_facing_table_principals_face_each_other_and_sides_alternate() -> None:
    plan = seating_plan(TableShape.FACING, "Mayor", "Visiting mayor",
                        ["Deputy", "Councillor", "Adviser", "Press"],
                        ["Their deputy", "Their adviser", "Interpreter"])
    # Seen from above with our side at the bottom: the host's right is to the right,
    # the guest of honour's right (facing the host) to the left.
    assert people(plan, Row.HOST) == ["Press", "Councillor", "Mayor", "Deputy", "Adviser"]
    assert people(plan, Row.GUEST) == ["Interpreter", "Their deputy", "Visiting mayor",
                                       "Their adviser"]
    host, guest = plan.seat_of("Mayor"), plan.seat_of("Visiting mayor")
    assert plan.opposite(host) == guest and host.column == guest.column
    assert plan.seat_of("Deputy").offset == 1 and plan.seat_of("Councillor").offset == -1
    assert plan.seat_of("Their deputy").principal is Principal.GUEST_OF_HONOUR
    assert plan.seat_of("Their deputy").offset == 1
    assert [s.label for s in plan.row(Row.HOST)] == ["H4", "H2", "H", "H1", "H3"]
    assert plan.columns == 5


def test_facing_table_with_one_list_deals_ranks_out_between_principals() -> None:
    plan = seating_plan(TableShape.FACING, "Host", "Guest", ["1st", "2nd", "3rd", "4th", "5th"])
    seats = {p: plan.seat_of(p) for p in ["1st", "2nd", "3rd", "4th", "5th"]}
    assert [(s.principal, s.offset) for s in seats.values()] == [
        (Principal.HOST, 1), (Principal.GUEST_OF_HONOUR, 1), (Principal.HOST, -1),
        (Principal.GUEST_OF_HONOUR, -1), (Principal.HOST, 2)]
    assert [s.label for s in seats.values()] == ["1", "2", "3", "4", "5"]


def test_round_table_guest_of_honour_on_the_hosts_right_then_mixed_alternation() -> None:
    plan = seating_plan(TableShape.ROUND, "Host", "Guest", ["H1", "H2"], ["G1", "G2", "G3"])
    assert plan.columns == 7
    # Columns count to the host's right round the table.
    # Right of the host: guest of honour, H1, G2; left: G1, H2, G3 — every guest beside a host.
    assert [s.person for s in plan.seats] == ["Host", "Guest", "H1", "G2", "G3", "H2", "G1"]
    # A guest outranks a host of equal rank: G1 is first after the guest of honour.
    assert plan.seat_of("G1").offset == -1 and plan.seat_of("H1").offset == 2
    assert plan.seat_of("G3").offset == -3 and plan.seat_of("G3").rank == 6
    assert plan.opposite(plan.seat_of("Host")) is None


def test_head_table_is_one_row_around_the_host() -> None:
    plan = seating_plan(TableShape.HEAD, "Host", "Guest", ["A", "B", "C"])
    assert [s.person for s in plan.seats] == ["C", "A", "Host", "Guest", "B"]
    assert [s.column for s in plan.seats] == [0, 1, 2, 3, 4]
    assert plan.row(Row.GUEST) == ()


def test_only_the_principals() -> None:
    plan = seating_plan(TableShape.FACING, "Host", "Guest", [], [])
    assert plan.columns == 1 and len(plan.seats) == 2
    round_plan = seating_plan(TableShape.ROUND, "Host", "Guest")
    assert [(s.person, s.column) for s in round_plan.seats] == [("Host", 0), ("Guest", 1)]


def test_someone_listed_twice_is_refused_with_their_name() -> None:
    with pytest.raises(ValidationError, match="Ana López is on the seating plan twice"):
        seating_plan(TableShape.ROUND, "Host", "Guest", ["Ana López"], ["Ana López"])
    with pytest.raises(ValidationError):
        seating_plan(TableShape.FACING, "Host", "Host")


names = st.lists(st.integers(0, 10_000), unique=True, max_size=40)


@given(shape=st.sampled_from(TableShape), everyone=names, split=st.integers(0, 40),
       one_list=st.booleans())
def test_properties(shape: TableShape, everyone: list[int], split: int, one_list: bool) -> None:
    host, guest = -1, -2
    ours, theirs = everyone[:split], everyone[split:]
    plan = seating_plan(shape, host, guest, everyone if one_list else ours,
                        None if one_list else theirs)
    # Everyone seated exactly once, no two on one spot.
    assert sorted(s.person for s in plan.seats) == sorted([host, guest, *everyone])
    assert len({(s.row, s.column) for s in plan.seats}) == len(plan.seats)
    assert all(0 <= s.column < plan.columns for s in plan.seats)
    if shape is TableShape.ROUND:
        assert sorted(s.column for s in plan.seats) == list(range(len(plan.seats)))
        assert plan.seat_of(guest).column == 1  # on the host's right
    by_principal: dict[Principal, list[tuple[int, int]]] = {}
    for seat in plan.seats:
        by_principal.setdefault(seat.principal, []).append((seat.rank, seat.offset))
    for principal, ranked in by_principal.items():
        ranked.sort()
        ranks = [rank for rank, _ in ranked]
        assert ranks == list(range(len(ranks))), principal  # 0 the principal, then 1, 2 …
        offsets = [offset for _, offset in ranked]
        # Precedence never moves closer to the principal, and sides alternate right, left.
        assert all(abs(a) <= abs(b) for a, b in itertools.pairwise(offsets))
        assert offsets == [0] + [precedence_offset(r) for r in ranks[1:]]
    # Within each list, precedence follows the list's order.
    if not one_list and shape is TableShape.FACING:
        for row, listed in ((Row.HOST, ours), (Row.GUEST, theirs)):
            seats = [plan.seat_of(p) for p in listed]
            assert all(s.row is row for s in seats)
            assert [s.rank for s in seats] == list(range(1, len(listed) + 1))
    if not one_list and shape is not TableShape.FACING:
        # Round and head tables: along each side guests and hosts take turns while both
        # lists last, and each list keeps its own order of precedence.
        side_of = {p: "G" for p in theirs} | {p: "H" for p in ours} | {guest: "G", host: ""}
        for sign in (1, -1):
            seq = [side_of[s.person] for s in sorted(plan.seats, key=lambda s: abs(s.offset))
                   if s.offset * sign > 0]
            pairs = min(len(ours), len(theirs))
            head = seq[:pairs]
            assert all(a != b for a, b in itertools.pairwise(head)), seq
        for listed in (ours, theirs):
            ranks = [plan.seat_of(p).rank for p in listed]
            assert ranks == sorted(ranks)
    if one_list:
        labels = {s.person: s.label for s in plan.seats}
        assert [labels[p] for p in everyone] == [str(i) for i in range(1, len(everyone) + 1)]
