"""Conflict rules for a delegation's itinerary: pure functions over plain records.

Each rule returns conflicts an officer can act on, with a severity; nothing here
touches the database or the interface.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import IntEnum
from itertools import pairwise
from typing import NamedTuple

from .enums import ItemKind, ItemStatus
from .timefmt import to_local, zone_place
from .wording import QT_TRANSLATE_NOOP, Clock, Day, Wording

TRAVEL = frozenset({ItemKind.FLIGHT, ItemKind.TRAIN, ItemKind.TRANSFER})
# Kinds that may overlap anything: a hotel stay spans the night, free time yields.
BACKGROUND = frozenset({ItemKind.HOTEL, ItemKind.FREE_TIME})
MEETINGS = frozenset({ItemKind.BILATERAL_MEETING, ItemKind.RECEPTION, ItemKind.MEAL,
                      ItemKind.CEREMONY, ItemKind.SITE_VISIT, ItemKind.SUMMIT_SESSION,
                      ItemKind.PRESS})


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.capitalize()


# The severities' labels, listed so the catalog has them.
SEVERITY_LABELS = (QT_TRANSLATE_NOOP("delegate_app", "Info"),
                   QT_TRANSLATE_NOOP("delegate_app", "Warning"),
                   QT_TRANSLATE_NOOP("delegate_app", "Error"))


@dataclass(frozen=True, slots=True)
class PlanPerson:
    id: int
    name: str
    languages: tuple[str, ...] = ()


class PlanItem(NamedTuple):
    """What the rules need to know of one itinerary item (a named tuple: a check builds
    thousands, and a frozen dataclass costs four times as much to make; change one with
    ``item._replace(...)``)."""

    id: int
    title: str
    kind: ItemKind
    starts_at: datetime
    ends_at: datetime
    start_tz: str
    end_tz: str
    status: ItemStatus = ItemStatus.CONFIRMED
    place: str = ""  # venue, or the city when no venue is known
    city_id: int | None = None  # where it happens (for travel: where it arrives)
    origin_city_id: int | None = None  # for travel: where it leaves from
    participants: frozenset[int] = frozenset()
    counterparts: frozenset[int] = frozenset()
    interpreters: frozenset[int] = frozenset()
    all_day: bool = False

    @property
    def people(self) -> frozenset[int]:
        return self.participants | self.counterparts | self.interpreters

    @property
    def active(self) -> bool:
        return self.status is not ItemStatus.CANCELLED


@dataclass(frozen=True, slots=True)
class PlanRules:
    buffer_same_city: timedelta = timedelta(minutes=15)
    buffer_other_city: timedelta = timedelta(minutes=90)
    buffer_after_arrival: timedelta = timedelta(minutes=90)
    night_starts: int = 23  # local hour
    night_ends: int = 6


@dataclass(frozen=True, slots=True)
class Plan:
    """A delegation's itinerary with the people and dates the rules check against."""

    items: tuple[PlanItem, ...]
    people: dict[int, PlanPerson] = field(default_factory=dict)
    starts_on: date | None = None
    ends_on: date | None = None
    head_id: int | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    severity: Severity
    rule: str  # "double_booking", "tight_connection", ...
    item_ids: tuple[int, ...]  # sorted: the same conflict whatever the order of items
    message: str  # in English; ``wording`` says it in the office's language
    wording: Wording | None = field(default=None, compare=False, repr=False)


def _conflict(severity: Severity, rule: str, item_ids: tuple[int, ...], template: str,
              **values: object) -> Conflict:
    words = Wording(template, values)
    return Conflict(severity, rule, item_ids, words.say(), words)


def _clock(instant: datetime, tz: str) -> Clock:
    return Clock(to_local(instant, tz), zone_place(tz))


def _name(plan: Plan, person_id: int) -> str:
    person = plan.people.get(person_id)
    return person.name if person else f"person #{person_id}"


def _overlap(a: PlanItem, b: PlanItem) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def _overlapping_pairs(items: Sequence[PlanItem]) -> Iterator[tuple[PlanItem, PlanItem]]:
    """Every pair of items that overlap in time, lower id first: sorted by start and swept,
    each item is compared only with those still running when it starts (n log n for a
    programme, not every pair of its ten thousand items)."""
    running: list[tuple[datetime, int, PlanItem]] = []  # a heap by end
    for item in sorted(items, key=lambda i: (i.starts_at, i.id)):
        while running and running[0][0] <= item.starts_at:
            heapq.heappop(running)
        for _, _, other in running:
            if _overlap(item, other):
                yield (other, item) if other.id < item.id else (item, other)
        heapq.heappush(running, (item.ends_at, item.id, item))


def double_bookings(plan: Plan) -> list[Conflict]:
    """A person (member, counterpart or interpreter) in two items at the same time."""
    found = []
    items = [i for i in plan.items if i.active and i.kind not in BACKGROUND and not i.all_day]
    pairs = sorted(_overlapping_pairs(items), key=lambda pair: (pair[0].id, pair[1].id))
    for a, b in pairs:
        shared = sorted(a.people & b.people, key=lambda p: _name(plan, p))
        if shared:
            names = ", ".join(_name(plan, p) for p in shared)
            start = max(a.starts_at, b.starts_at)
            found.append(_conflict(
                Severity.ERROR, "double_booking", (a.id, b.id), QT_TRANSLATE_NOOP(
                    "delegate_app", "{names} cannot be in both “{first}” and “{second}”: they "
                    "overlap from {clock}."),
                names=names, first=a.title, second=b.title, clock=_clock(start, a.start_tz)))
    return found


def _arrival_place(item: PlanItem) -> tuple[int | None, str]:
    return item.city_id, "" if item.kind in TRAVEL else item.place


def _needed_gap(prev: PlanItem, nxt: PlanItem, rules: PlanRules) -> tuple[timedelta, str]:
    if prev.kind is ItemKind.FLIGHT:
        if nxt.kind in TRAVEL:  # the airport transfer starts as the doors open
            return timedelta(0), ""
        return rules.buffer_after_arrival, QT_TRANSLATE_NOOP("delegate_app", "after landing")
    prev_city, prev_place = _arrival_place(prev)
    next_city = nxt.origin_city_id if nxt.kind in TRAVEL else nxt.city_id
    if prev_city is not None and next_city is not None and prev_city != next_city:
        return rules.buffer_other_city, QT_TRANSLATE_NOOP("delegate_app",
                                                          "to get to another city")
    if nxt.kind in TRAVEL or prev.kind in TRAVEL or (prev_place and prev_place == nxt.place):
        return timedelta(0), ""
    return rules.buffer_same_city, QT_TRANSLATE_NOOP("delegate_app", "to get across town")


def tight_connections(plan: Plan, rules: PlanRules) -> list[Conflict]:
    """Consecutive items of the same person with too little time between different places."""
    found: dict[tuple[int, int], Conflict] = {}
    by_person: dict[int, list[PlanItem]] = {}
    for item in plan.items:  # one pass, not one per person
        if item.active and item.kind not in BACKGROUND and not item.all_day:
            for person in item.participants:
                by_person.setdefault(person, []).append(item)
    for person in sorted(by_person):
        mine = sorted(by_person[person], key=lambda i: (i.starts_at, i.id))
        for prev, nxt in pairwise(mine):
            needed, why = _needed_gap(prev, nxt, rules)
            gap = nxt.starts_at - prev.ends_at
            if needed <= timedelta(0) or gap >= needed or gap < timedelta(0):
                continue
            key = (prev.id, nxt.id)
            minutes = int(gap.total_seconds() // 60)
            want = int(needed.total_seconds() // 60)
            found.setdefault(key, _conflict(
                Severity.WARNING, "tight_connection", tuple(sorted(key)), QT_TRANSLATE_NOOP(
                    "delegate_app", "Only {minutes} min between “{first}” (ends {clock}) and "
                    "“{second}”; allow at least {want} min {why}."),
                minutes=minutes, first=prev.title, clock=_clock(prev.ends_at, prev.end_tz),
                second=nxt.title, want=want, why=Wording(why)))
    return list(found.values())


def _short_day(day: date | None) -> Day | str:
    return Day(day, "short") if day is not None else "…"


def _local_times(plan: Plan) -> dict[int, tuple[datetime, datetime]]:
    """Each active item's start and end in the local time of where each happens."""
    return {i.id: (to_local(i.starts_at, i.start_tz), to_local(i.ends_at, i.end_tz))
            for i in plan.items if i.active}


def outside_dates(plan: Plan,
                  local: dict[int, tuple[datetime, datetime]] | None = None) -> list[Conflict]:
    found = []
    local = _local_times(plan) if local is None else local
    for item in (i for i in plan.items if i.active):
        start, end = local[item.id]
        first, last = start.date(), end.date()
        if (plan.starts_on and first < plan.starts_on) or (plan.ends_on and last > plan.ends_on):
            found.append(_conflict(
                Severity.WARNING, "outside_dates", (item.id,), QT_TRANSLATE_NOOP(
                    "delegate_app", "“{title}” ({day}) falls outside the delegation's dates "
                    "({first} – {last})."),
                title=item.title, day=Day(first, "short"),
                first=_short_day(plan.starts_on), last=_short_day(plan.ends_on)))
    return found


def night_hours(plan: Plan, rules: PlanRules,
                local: dict[int, tuple[datetime, datetime]] | None = None) -> list[Conflict]:
    """Meetings and visits that start or run in the participants' local night."""
    found = []
    local = _local_times(plan) if local is None else local
    for item in (i for i in plan.items if i.active and i.kind not in TRAVEL | BACKGROUND
                 and not i.all_day):
        start, end = local[item.id]

        def at_night(moment: datetime) -> bool:
            minutes = moment.hour * 60 + moment.minute
            return minutes >= rules.night_starts * 60 or minutes < rules.night_ends * 60

        late_end = at_night(end) and not (end.hour == rules.night_starts and end.minute == 0)
        if at_night(start) or late_end:
            found.append(_conflict(
                Severity.INFO, "night_hours", (item.id,), QT_TRANSLATE_NOOP(
                    "delegate_app", "“{title}” runs at night local time ({start}–{end} "
                    "{place})."),
                title=item.title, start=Clock(start, weekday=False),
                end=Clock(end, weekday=False), place=zone_place(item.start_tz)))
    return found


def language_gaps(plan: Plan) -> list[Conflict]:
    """A meeting whose counterpart shares no language with our head and has no interpreter."""
    head = plan.people.get(plan.head_id) if plan.head_id is not None else None
    if head is None or not head.languages:
        return []
    found = []
    for item in (i for i in plan.items if i.active and i.kind in MEETINGS and not i.interpreters):
        if plan.head_id not in item.participants:
            continue
        for other in sorted(item.counterparts):
            person = plan.people.get(other)
            if person and person.languages and not set(person.languages) & set(head.languages):
                found.append(_conflict(
                    Severity.WARNING, "no_common_language", (item.id,), QT_TRANSLATE_NOOP(
                        "delegate_app", "{head} and {other} share no language ({ours} / "
                        "{theirs}) and “{title}” has no interpreter."),
                    head=head.name, other=person.name, ours=", ".join(head.languages),
                    theirs=", ".join(person.languages), title=item.title))
    return found


def nobody_attends(plan: Plan) -> list[Conflict]:
    return [_conflict(Severity.ERROR, "no_participants", (i.id,), QT_TRANSLATE_NOOP(
                "delegate_app", "Nobody from the delegation takes part in “{title}”."),
                title=i.title)
            for i in plan.items if i.active and not i.participants]


def find_conflicts(plan: Plan, rules: PlanRules | None = None) -> list[Conflict]:
    """Every conflict of the plan, most severe first, then in programme order."""
    rules = rules or PlanRules()
    local = _local_times(plan)
    found = [*double_bookings(plan), *tight_connections(plan, rules), *outside_dates(plan, local),
             *night_hours(plan, rules, local), *language_gaps(plan), *nobody_attends(plan)]
    order = {i.id: (i.starts_at, i.id) for i in plan.items}
    return sorted(found, key=lambda c: (-c.severity, order[c.item_ids[0]], c.rule))


def conflicts_by_item(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    result: dict[int, list[Conflict]] = {}
    for conflict in conflicts:
        for item_id in conflict.item_ids:
            result.setdefault(item_id, []).append(conflict)
    return result


def worst(conflicts: Sequence[Conflict]) -> Severity | None:
    return max((c.severity for c in conflicts), default=None)
