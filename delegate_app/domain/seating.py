"""Seating plans by the protocol rule: who sits where at a long or a round table.

The rule, as applied here
-------------------------
Every seat is counted from a *principal*: ``offset`` +1 is the first seat on the
principal's **right** (as the principal sits, facing the table), -1 the first on their
left, +2 the second on the right, and so on. Precedence always runs from the centre out,
the right before the left: a principal's people take offsets +1, -1, +2, -2, +3 … in
their order of precedence ("2 on the right, 3 on the left, 4 on the right …").

* **Facing table** (``TableShape.FACING``, a bilateral meeting or working meal): the host
  sits in the middle of our side and the guest of honour in the middle of the other,
  facing each other. With two lists, our people alternate right and left of the host
  and the guests' people right and left of the guest of honour. With one list (a single
  order of precedence for everybody), the list is dealt out by rank: 1st on the host's
  right, 2nd on the guest of honour's right, 3rd on the host's left, 4th on the guest of
  honour's left, and so on outwards.
* **Round table** (``TableShape.ROUND``, a meal) and **head table** (``TableShape.HEAD``,
  one row facing the room): the host is the only principal; the guest of honour sits on
  the host's right (+1) and everybody else alternates from the host's left (-1, +2, -2,
  +3 …). With two lists, hosts and guests take turns along each side so that every
  guest sits beside a host: from the host outwards the right is guest of honour, host,
  guest, host …, the left guest, host, guest … The lists are dealt out in that pattern,
  each in its own order of precedence (so the first guest sits on the host's left, the
  first of our people on the guest of honour's right); when one list runs out, the other
  fills the remaining seats in order.

Drawing it
----------
Seen from above, with our side (or the host) at the bottom, facing up:

* facing table: ``column`` counts from the left end of the table (0) to the right; both
  rows use the same columns, so seats of one column face each other. The host's right
  is to the right of the drawing; the guest of honour's right is to the *left*.
* round table: ``column`` counts seats from the host (0) to the host's right, i.e.
  counter-clockwise seen from above; seat ``k`` of ``n`` lies at angle
  ``-90° + 360° * k / n`` (mathematical orientation, host at the bottom).
* head table: ``column`` from the left end (0) to the right, the room at the top of the
  drawing; seen from the room the host's right is on the viewer's *left*.

``label`` is a short, language-neutral mark for the plan and its legend: ``H`` for the
host, ``G`` for the guest of honour, ``H1``, ``H2`` … for our people and ``G1``, ``G2`` …
for the guests' people in their order of precedence (``1``, ``2`` … on a one-list plan).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from .errors import ValidationError
from .wording import QT_TRANSLATE_NOOP, Wording

P = TypeVar("P", bound=Hashable)


class TableShape(StrEnum):
    FACING = "facing"  # a long table, our side facing theirs
    ROUND = "round"
    HEAD = "head"  # one row facing the room


class Row(StrEnum):
    HOST = "host"  # our side of a facing table; the only row of a round or head table
    GUEST = "guest"  # the other side of a facing table


class Principal(StrEnum):
    HOST = "host"
    GUEST_OF_HONOUR = "guest_of_honour"


@dataclass(frozen=True)
class Seat(Generic[P]):
    """One seat: who, counted from which principal, and where to draw it."""

    person: P
    principal: Principal  # whose right and left ``offset`` counts
    offset: int  # 0 for the principal; +k the k-th seat on their right, -k on their left
    rank: int  # 0 for a principal; 1, 2 … precedence around it (offset follows from it)
    row: Row
    column: int  # drawing position, see the module docstring
    label: str


@dataclass(frozen=True)
class SeatingPlan(Generic[P]):
    """Every seat of one table, in drawing order (row, then column)."""

    shape: TableShape
    seats: tuple[Seat[P], ...]
    columns: int  # table length in seats (facing/head) or seats round the table

    def row(self, row: Row) -> tuple[Seat[P], ...]:
        """The seats of one row, left to right as drawn."""
        return tuple(s for s in self.seats if s.row is row)

    def seat_of(self, person: P) -> Seat[P]:
        for seat in self.seats:
            if seat.person == person:
                return seat
        raise KeyError(person)

    def opposite(self, seat: Seat[P]) -> Seat[P] | None:
        """Who sits across a facing table from ``seat`` (None on other tables or a gap)."""
        if self.shape is not TableShape.FACING:
            return None
        other = Row.GUEST if seat.row is Row.HOST else Row.HOST
        return next((s for s in self.row(other) if s.column == seat.column), None)


def precedence_offset(rank: int) -> int:
    """Offset of the ``rank``-th person (1-based) around their principal: +1, -1, +2, -2 …"""
    if rank < 1:
        raise ValueError(rank)
    return (rank + 1) // 2 if rank % 2 else -(rank // 2)


def seating_plan(shape: TableShape, host: P, guest_of_honour: P, ours: Sequence[P] = (),
                 theirs: Sequence[P] | None = None) -> SeatingPlan[P]:
    """Seat ``host``, ``guest_of_honour`` and both lists by the rule of the module docstring.

    ``ours`` and ``theirs`` are in order of precedence, principals left out. Pass
    ``theirs=None`` for one list holding everybody in a single order of precedence.
    """
    _refuse_repeats(host, guest_of_honour, ours, theirs or ())
    if shape is TableShape.FACING:
        return _facing(host, guest_of_honour, ours, theirs)
    if theirs is None:
        merged = [(p, str(i)) for i, p in enumerate(ours, start=1)]
    else:
        merged = _merge([(p, f"G{i}") for i, p in enumerate(theirs, start=1)],
                        [(p, f"H{i}") for i, p in enumerate(ours, start=1)])
    return _single_principal(shape, host, guest_of_honour, merged)


def _refuse_repeats(host: object, guest: object, ours: Sequence[object],
                    theirs: Sequence[object]) -> None:
    seen: set[object] = set()
    for person in (host, guest, *ours, *theirs):
        if person in seen:
            raise ValidationError({"seating": Wording(QT_TRANSLATE_NOOP(
                "delegate_app", "{person} is on the seating plan twice."), {"person": person})})
        seen.add(person)


def _merge(guests: list[tuple[P, str]], hosts: list[tuple[P, str]]) -> list[tuple[P, str]]:
    """Deal both lists into precedence order 1, 2, 3 … (offsets -1, +2, -2, +3 …) so that
    the sides alternate guest, host along each side of the principal."""
    queues = {True: list(guests), False: list(hosts)}
    merged: list[tuple[P, str]] = []
    while queues[True] or queues[False]:
        rank = len(merged) + 1
        wants_guest = rank % 4 in (0, 1)  # left 1 guest, right 2 host, left 2 host, right 3 guest …
        side = wants_guest if queues[wants_guest] else not wants_guest
        merged.append(queues[side].pop(0))
    return merged


def _facing(host: P, guest: P, ours: Sequence[P],
            theirs: Sequence[P] | None) -> SeatingPlan[P]:
    # (person, principal, offset, rank, label)
    placed: list[tuple[P, Principal, int, int, str]] = [
        (host, Principal.HOST, 0, 0, "H"), (guest, Principal.GUEST_OF_HONOUR, 0, 0, "G")]
    if theirs is None:  # one list, dealt out host, guest of honour, host …
        counts = {Principal.HOST: 0, Principal.GUEST_OF_HONOUR: 0}
        for index, person in enumerate(ours):
            principal = Principal.HOST if index % 2 == 0 else Principal.GUEST_OF_HONOUR
            counts[principal] += 1
            rank = counts[principal]
            placed.append((person, principal, precedence_offset(rank), rank, str(index + 1)))
    else:
        for principal, people, mark in ((Principal.HOST, ours, "H"),
                                        (Principal.GUEST_OF_HONOUR, theirs, "G")):
            placed += [(p, principal, precedence_offset(r), r, f"{mark}{r}")
                       for r, p in enumerate(people, start=1)]
    # Drawn with our side at the bottom facing up: the host's right is x > 0, and the
    # guest of honour, facing the host, has their right at x < 0.
    def x(principal: Principal, offset: int) -> int:
        return offset if principal is Principal.HOST else -offset

    left = min(x(pr, off) for _, pr, off, _, _ in placed)
    right = max(x(pr, off) for _, pr, off, _, _ in placed)
    seats = [Seat(person, pr, off, rank,
                  Row.HOST if pr is Principal.HOST else Row.GUEST, x(pr, off) - left, label)
             for person, pr, off, rank, label in placed]
    seats.sort(key=lambda s: (s.row is Row.GUEST, s.column))
    return SeatingPlan(TableShape.FACING, tuple(seats), right - left + 1)


def _single_principal(shape: TableShape, host: P, guest: P,
                      others: list[tuple[P, str]]) -> SeatingPlan[P]:
    n = len(others) + 2
    # The guest of honour comes first in precedence around the host; the others follow.
    ranked = [(guest, "G"), *others]
    placed = [(host, 0, 0, "H")]
    placed += [(p, precedence_offset(r), r, label) for r, (p, label) in enumerate(ranked, 1)]
    leftmost = min(off for _, off, _, _ in placed)

    def column(offset: int) -> int:
        # Round: steps to the host's right, counter-clockwise seen from above.
        return offset % n if shape is TableShape.ROUND else offset - leftmost

    seats = [Seat(person, Principal.HOST, off, rank, Row.HOST, column(off), label)
             for person, off, rank, label in placed]
    seats.sort(key=lambda s: s.column)
    return SeatingPlan(shape, tuple(seats), n)
