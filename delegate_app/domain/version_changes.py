"""What changed between two states of a programme (two versions, or a version and the
draft): a pure comparison of snapshots, listed per day in local time, with a host cut.

The same comparison serves a delegation's itinerary and a summit's sessions; ``Aspects``
says which fields of an item are its place, its texts and its people."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from itertools import groupby
from typing import Any, Protocol

from .enums import ItemStatus
from .timefmt import all_day_days, format_long_date, to_local, utc_offset_label, zone_place
from .versions import VersionItem, VersionProgramme
from .wording import QT_TRANSLATE_NOOP, Clock, Day, Wording, wording

INTERNAL_TEXT = {"briefing": QT_TRANSLATE_NOOP("delegate_app", "Briefing"),
                 "talking_points": QT_TRANSLATE_NOOP("delegate_app", "Talking points"),
                 "booking_reference": QT_TRANSLATE_NOOP("delegate_app", "Booking reference")}
SHARED_TEXT = {"title": QT_TRANSLATE_NOOP("delegate_app", "Title"),
               "description": QT_TRANSLATE_NOOP("delegate_app", "Description"),
               "dress_code": QT_TRANSLATE_NOOP("delegate_app", "Dress code"),
               "language_pair": QT_TRANSLATE_NOOP("delegate_app", "Languages"),
               "carrier": QT_TRANSLATE_NOOP("delegate_app", "Carrier"),
               "service_number": QT_TRANSLATE_NOOP("delegate_app", "Service number")}
PLACE = ("city", "origin_city", "venue", "address")
PEOPLE = {"participants": QT_TRANSLATE_NOOP("delegate_app", "Delegation"),
          "counterparts": QT_TRANSLATE_NOOP("delegate_app", "Counterparts"),
          "interpreters": QT_TRANSLATE_NOOP("delegate_app", "Interpreters")}
SHORT = 140  # longer texts are cut in a change sheet: it says what changed, not all of it


class Labelled(Protocol):
    @property
    def label(self) -> str: ...


class ComparedItem(Protocol):
    """What the comparison reads of an item (an itinerary item or a summit session)."""

    @property
    def id(self) -> int: ...
    @property
    def uid(self) -> str: ...
    @property
    def kind(self) -> Labelled: ...
    @property
    def title(self) -> str: ...
    @property
    def status(self) -> ItemStatus: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def start_tz(self) -> str: ...
    @property
    def ends_at(self) -> datetime: ...
    @property
    def end_tz(self) -> str: ...
    @property
    def all_day(self) -> bool: ...


class ComparedProgramme(Protocol):
    @property
    def items(self) -> tuple[ComparedItem, ...]: ...
    def names(self, ids: tuple[int, ...]) -> tuple[str, ...]: ...


class ChangeKind(StrEnum):
    ADDED = "added"
    CANCELLED = "cancelled"
    REINSTATED = "reinstated"
    REMOVED = "removed"
    MOVED = "moved"
    REPLACED = "re-placed"
    STATUS = "status"
    PEOPLE = "people"
    TEXT = "text"

    @property
    def label(self) -> str:
        return {"re-placed": "New place", "people": "Who attends",
                "status": "Status"}.get(self.value, self.value.capitalize())


@dataclass(frozen=True, slots=True)
class ItemChange:
    """One aspect of one item that changed, as a protocol officer reads it."""

    kind: ChangeKind
    uid: str
    item_id: int
    title: str
    day: date  # the local day it is listed under (where it now is; where it was if gone)
    at: datetime  # for the order within the day
    when: Wording  # "19:00 Tokyo"
    details: tuple[Wording, ...] = ()  # said in the reader's language (str(): English)
    before: str = ""  # moved: "Mon 21 Dec, 19:00–21:00 Tokyo"
    after: str = ""
    day_shift: int = 0  # moved: days later (+) or earlier (−), each in its own zone


@dataclass(frozen=True, slots=True)
class ChangeDay:
    day: date
    title: str  # "Tuesday 22 December 2026"
    changes: tuple[ItemChange, ...]


def host_cut(programme: VersionProgramme) -> VersionProgramme:
    """What the hosts' edition shows: no internal item, no internal text. Honours an
    ``internal`` attribute on items (a record without one is shared)."""
    items = tuple(replace(i, briefing="", talking_points="", booking_reference="")
                  for i in programme.items if not getattr(i, "internal", False))
    return replace(programme, items=items)


# A span of an item: its day(s) and times in its own zones, said in the reader's words.
_ALL_DAY = QT_TRANSLATE_NOOP("delegate_app", "{day} (all day)")
_ALL_DAYS = QT_TRANSLATE_NOOP("delegate_app", "{first}–{last} (all day)")
_SAME_DAY = QT_TRANSLATE_NOOP("delegate_app", "{day}, {start}–{end} {place}{offset}")
_OVERNIGHT = QT_TRANSLATE_NOOP("delegate_app",
                               "{day}, {start}–{end_day}, {end} {place}{offset}")
_TWO_ZONES = QT_TRANSLATE_NOOP("delegate_app", "{day}, {start} {place}{offset} – {end_day}, "
                               "{end} {end_place}")
_FROM_TO = QT_TRANSLATE_NOOP("delegate_app", "{was} → {now}")


def _span(item: ComparedItem, with_offset: bool) -> Wording:
    start, end = to_local(item.starts_at, item.start_tz), to_local(item.ends_at, item.end_tz)
    first, last = Day(start.date(), "day"), Day(end.date(), "day")
    if item.all_day:
        first_day, last_day = all_day_days(item.starts_at, item.start_tz, item.ends_at,
                                           item.end_tz)
        if last_day != first_day:
            return wording(_ALL_DAYS, first=first, last=Day(last_day, "day"))
        return wording(_ALL_DAY, day=first)
    offset = f" ({utc_offset_label(item.starts_at, item.start_tz)})" if with_offset else ""
    values: dict[str, object] = {
        "day": first, "start": Clock(start, weekday=False), "end_day": last,
        "end": Clock(end, weekday=False), "place": zone_place(item.start_tz), "offset": offset}
    if item.end_tz != item.start_tz:
        return Wording(_TWO_ZONES, {**values, "end_place": zone_place(item.end_tz)})
    return Wording(_SAME_DAY if end.date() == start.date() else _OVERNIGHT, values)


def _when(item: ComparedItem) -> Wording:
    if item.all_day:
        return wording(QT_TRANSLATE_NOOP("delegate_app", "all day"))
    return Wording("{time}", {"time": Clock(to_local(item.starts_at, item.start_tz),
                                            zone_place(item.start_tz), weekday=False)})


def _shift_words(days: int) -> Wording | None:
    if days == 0:
        return None
    if days > 0:
        template = (QT_TRANSLATE_NOOP("delegate_app", "one day later") if days == 1 else
                    QT_TRANSLATE_NOOP("delegate_app", "{n} days later"))
    else:
        template = (QT_TRANSLATE_NOOP("delegate_app", "one day earlier") if days == -1 else
                    QT_TRANSLATE_NOOP("delegate_app", "{n} days earlier"))
    return wording(template, n=abs(days))


def _change(kind: ChangeKind, item: ComparedItem, details: tuple[Wording, ...] = (),
            **more: object) -> ItemChange:
    day = to_local(item.starts_at, item.start_tz).date()
    return ItemChange(kind, item.uid, item.id, item.title, day, item.starts_at, _when(item),
                      details, **more)  # type: ignore[arg-type]


def _moved(old: ComparedItem, new: ComparedItem) -> ItemChange | None:
    if (old.starts_at, old.ends_at, old.start_tz, old.end_tz, old.all_day) == (
            new.starts_at, new.ends_at, new.start_tz, new.end_tz, new.all_day):
        return None
    zones_differ = (old.start_tz, old.end_tz) != (new.start_tz, new.end_tz)
    before, after = _span(old, zones_differ), _span(new, zones_differ)
    shift = (to_local(new.starts_at, new.start_tz).date()
             - to_local(old.starts_at, old.start_tz).date()).days
    words = _shift_words(shift)
    line = (wording(QT_TRANSLATE_NOOP("delegate_app", "{was} → {now} ({shift})"), was=before,
                    now=after, shift=words) if words else
            wording(_FROM_TO, was=before, now=after))
    return _change(ChangeKind.MOVED, new, (line,), before=str(before), after=str(after),
                   day_shift=shift)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SHORT else flat[:SHORT - 1].rstrip() + "…"


def _excerpts(before: str, after: str) -> tuple[str, str]:
    """The part of a long text that changed, with "…" where the same words were left out
    (a note that gained a sentence shows that sentence, not the note's first line)."""
    if len(before) <= SHORT and len(after) <= SHORT:
        return " ".join(before.split()), " ".join(after.split())
    old, new = before.split(), after.split()
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    head = max(0, head - 3)  # a few words before the change, to say where it is

    def part(words: list[str]) -> str:
        middle = words[head:len(words) - tail]
        text = ("… " if head else "") + _short(" ".join(middle)) + (" …" if tail else "")
        return text if middle else "…"
    return part(old), part(new)


def _texts(old: ComparedItem, new: ComparedItem, labels: dict[str, str],
           internal: bool = False) -> tuple[Wording, ...]:
    lines = []
    for name, label in labels.items():
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        said = Wording(label)
        if internal:
            said = wording(QT_TRANSLATE_NOOP("delegate_app", "{label} (internal)"), label=said)
        if not before.strip():
            lines.append(wording(QT_TRANSLATE_NOOP("delegate_app", "{label} added: “{text}”"),
                                 label=said, text=_short(after)))
        elif not after.strip():
            lines.append(wording(QT_TRANSLATE_NOOP(
                "delegate_app", "{label} removed (was “{text}”)"), label=said,
                text=_short(before)))
        else:
            was, now = _excerpts(before, after)
            lines.append(wording(QT_TRANSLATE_NOOP("delegate_app", "{label}: “{was}” → “{now}”"),
                                 label=said, was=was, now=now))
    return tuple(lines)


def _people(old: ComparedItem, new: ComparedItem, was: ComparedProgramme,
            now: ComparedProgramme, labels: dict[str, str]) -> tuple[Wording, ...]:
    lines = []
    for name, label in labels.items():
        before, after = getattr(old, name), getattr(new, name)
        added = tuple(i for i in after if i not in before)
        dropped = tuple(i for i in before if i not in after)
        if added:
            lines.append(wording(QT_TRANSLATE_NOOP("delegate_app", "{label} added: {names}"),
                                 label=Wording(label), names=", ".join(now.names(added))))
        if dropped:
            lines.append(wording(QT_TRANSLATE_NOOP("delegate_app", "{label} dropped: {names}"),
                                 label=Wording(label), names=", ".join(was.names(dropped))))
    return tuple(lines)


def _place(item: VersionItem) -> Wording:
    route = " → ".join(x for x in (item.origin_city, item.city) if x)
    place = ", ".join(x for x in (item.venue, item.address, route) if x)
    return (Wording("{place}", {"place": place}) if place
            else wording(QT_TRANSLATE_NOOP("delegate_app", "no place given")))


@dataclass(frozen=True, slots=True)
class Aspects:
    """Which fields of an item are its place, its texts and its people, with their labels."""

    place: tuple[str, ...]
    place_text: Callable[[Any], Wording]  # the place as a change line names it
    shared_text: dict[str, str]
    internal_text: dict[str, str]
    people: dict[str, str]


ITINERARY = Aspects(PLACE, _place, SHARED_TEXT, INTERNAL_TEXT, PEOPLE)


def _was(item: ComparedItem) -> Wording:
    return wording(QT_TRANSLATE_NOOP("delegate_app", "Was {span}"), span=_span(item, False))


def _both_present(old: ComparedItem, new: ComparedItem, was: ComparedProgramme,
                  now: ComparedProgramme, aspects: Aspects) -> Iterator[ItemChange]:
    old_cancelled = old.status is ItemStatus.CANCELLED
    new_cancelled = new.status is ItemStatus.CANCELLED
    if new_cancelled:
        if not old_cancelled:
            yield _change(ChangeKind.CANCELLED, old, (_was(old),))
        return
    if old_cancelled:
        yield _change(ChangeKind.REINSTATED, new, (wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Back on the programme: {span}"), span=_span(new, False)),))
    elif old.status is not new.status:
        yield _change(ChangeKind.STATUS, new, (wording(
            _FROM_TO, was=Wording(old.status.label), now=Wording(new.status.label)),))
    if (moved := _moved(old, new)) is not None:
        yield moved
    if any(getattr(old, f) != getattr(new, f) for f in aspects.place):
        yield _change(ChangeKind.REPLACED, new, (wording(
            _FROM_TO, was=aspects.place_text(old), now=aspects.place_text(new)),))
    if people := _people(old, new, was, now, aspects.people):
        yield _change(ChangeKind.PEOPLE, new, people)
    texts = (_texts(old, new, aspects.shared_text)
             + _texts(old, new, aspects.internal_text, internal=True))
    if old.kind is not new.kind:
        texts = (wording(QT_TRANSLATE_NOOP("delegate_app", "Kind: {was} → {now}"),
                         was=Wording(old.kind.label), now=Wording(new.kind.label)), *texts)
    if texts:
        yield _change(ChangeKind.TEXT, new, texts)


def compare(was: ComparedProgramme, now: ComparedProgramme, host: bool = False,
            aspects: Aspects = ITINERARY) -> tuple[ItemChange, ...]:
    """Every change from ``was`` to ``now``, items matched by their calendar uid; with
    ``host`` only what the hosts' edition shows (of a delegation's programme)."""
    if host and isinstance(was, VersionProgramme) and isinstance(now, VersionProgramme):
        was, now = host_cut(was), host_cut(now)
    before = {i.uid: i for i in was.items}
    after = {i.uid: i for i in now.items}
    found: list[ItemChange] = []
    for uid, new in after.items():
        old = before.get(uid)
        if old is None:
            if new.status is not ItemStatus.CANCELLED:
                found.append(_change(ChangeKind.ADDED, new, (_span(new, False),)))
        else:
            found.extend(_both_present(old, new, was, now, aspects))
    for uid, old in before.items():
        if uid not in after and old.status is not ItemStatus.CANCELLED:
            found.append(_change(ChangeKind.REMOVED, old, (_was(old),)))
    order = list(ChangeKind)
    return tuple(sorted(found, key=lambda c: (c.day, c.at, c.uid, order.index(c.kind))))


def by_day(changes: tuple[ItemChange, ...]) -> tuple[ChangeDay, ...]:
    """The changes under the local day each is listed on."""
    return tuple(ChangeDay(day, format_long_date(day), tuple(group))
                 for day, group in groupby(changes, key=lambda c: c.day))


def changed_uids(changes: tuple[ItemChange, ...]) -> frozenset[str]:
    return frozenset(c.uid for c in changes)


@dataclass(frozen=True, slots=True)
class ChangeSheet:
    """What a change sheet prints: the changes from one state of the programme to another."""

    title: str  # "Changes to the programme since version 3 of Tue 1 Dec 2026"
    delegation: str  # the delegation's or the summit's title
    office: str
    edition: str  # "internal" or "host" ("host" for a summit's programme: it is public)
    marking: str  # "Internal — not for distribution" / "Programme for our hosts"
    since: str  # "Version 3 of Tue 1 Dec 2026, 14:00 Tehran"
    since_note: str  # the note the older version was issued with
    now: str  # "Version 5 of …" or "Draft of Thu 3 Dec 2026"
    now_note: str
    days: tuple[ChangeDay, ...]

    @property
    def changes(self) -> tuple[ItemChange, ...]:
        return tuple(c for d in self.days for c in d.changes)
