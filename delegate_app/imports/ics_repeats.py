"""Repeating events (RRULE, RDATE) expanded into occurrences, bounded in count and time.

A rule such as FREQ=SECONDLY;COUNT=2000000000 names billions of dates, and an impossible
one (every 30 February) makes dateutil search until the year 9999 without yielding one.
So the dates are counted lazily up to a cap first, under a clock that interrupts the
search; only a series known to be small is handed to recurring_ical_events.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from itertools import islice
from typing import Any

import recurring_ical_events
from dateutil.rrule import rrulestr
from icalendar import Calendar

from ..domain import limits
from ..domain.wording import QT_TRANSLATE_NOOP
from ..language.speech import said

_UNTIL = re.compile(r"UNTIL=(\d{8})(T\d{6})?Z?", re.I)
_NEGATIVE_COUNT = re.compile(r";?COUNT=-\d+", re.I)


class RepeatError(Exception):
    """One repeating event cannot be expanded; the message says why, for the officer."""


class OvertimeError(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the code inside after ``seconds`` (raises OvertimeError), in this thread only.

    A profile hook sees every call, including those inside dateutil's long searches; it
    looks at the clock every few thousand calls to stay cheap.
    """
    deadline = time.monotonic() + seconds
    calls = 0

    def check(_frame: Any, _event: str, _arg: Any) -> None:
        nonlocal calls
        calls += 1
        if calls % 2000 == 0 and time.monotonic() > deadline:
            raise OvertimeError()

    previous = sys.getprofile()
    sys.setprofile(check)
    try:
        yield
    finally:
        sys.setprofile(previous)


def _rule_text(prop: Any) -> str:
    """The rule as dateutil reads it against a naive start: UNTIL made naive too (a few
    hours of difference at the very end do not matter for counting)."""
    text = prop.to_ical().decode() if hasattr(prop, "to_ical") else str(prop)
    text = _NEGATIVE_COUNT.sub("", text)
    return _UNTIL.sub(lambda m: f"UNTIL={m.group(1)}{m.group(2) or 'T235959'}", text)


def _naive_start(event: Any) -> datetime:
    start = event.decoded("DTSTART")
    if isinstance(start, datetime):
        return start.replace(tzinfo=None)
    if isinstance(start, date):
        return datetime.combine(start, datetime.min.time())
    raise RepeatError(said(QT_TRANSLATE_NOOP("delegate_app",
                                             "its start time (DTSTART) cannot be read")))


def _listed(event: Any, name: str) -> list[Any]:
    value = event.get(name)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _count_dates(event: Any, cap: int) -> tuple[datetime, datetime]:
    """First and last date the event's rules name; RepeatError beyond ``cap`` dates."""
    start = _naive_start(event)
    found = [start]
    count = 1
    for prop in _listed(event, "RRULE"):
        try:
            rule = rrulestr(_rule_text(prop), dtstart=start, cache=False)
        except (ValueError, TypeError, OverflowError) as exc:
            raise RepeatError(said(QT_TRANSLATE_NOOP(
                "delegate_app", "its repetition rule (RRULE) cannot be read"))) from exc
        dates = list(islice(iter(rule), cap + 1))
        count += len(dates)
        found += dates[-1:]
    for prop in _listed(event, "RDATE"):
        dates = [d.dt for d in getattr(prop, "dts", [])]
        count += len(dates)
        found += [d if isinstance(d, datetime) else datetime.combine(d, datetime.min.time())
                  for d in dates if isinstance(d, date)]
    if count > cap + 1:  # DTSTART itself is usually among the rule's dates
        raise RepeatError(_too_many(cap))
    naive = [d.replace(tzinfo=None) if isinstance(d, datetime) else d for d in found]
    return min(naive), max(naive)


def _series(calendar: Calendar, uid: str, components: list[Any]) -> Calendar:
    one = Calendar()
    for name in ("VERSION", "PRODID"):
        if calendar.get(name) is not None:
            one.add(name, calendar.get(name))
    for component in components:
        one.add_component(component)
    return one


def expand(calendar: Calendar, uid: str, components: list[Any]) -> list[Any]:
    """Every occurrence of one repeating event (its master and its changed occurrences),
    each as an event of its own; RepeatError when it has too many or takes too long."""
    master = next(c for c in components if c.get("RECURRENCE-ID") is None)
    cap = limits.ICS_MAX_OCCURRENCES_PER_EVENT
    try:
        with time_limit(limits.ICS_MAX_RULE_SECONDS):
            first, last = _count_dates(master, cap)
            moved = [_naive_start(c) for c in components if c is not master]
        # Counted, so the series is small and its rule quick to follow: no clock needed
        # (it would slow the library's many small steps several times over).
        first, last = min([first, *moved]), max([last, *moved])
        span = (first.date() - timedelta(days=2), last.date() + timedelta(days=3))
        found = recurring_ical_events.of(_series(calendar, uid, components)).between(*span)
    except OvertimeError as exc:
        raise RepeatError(said(QT_TRANSLATE_NOOP(
            "delegate_app", "its repetition rule could not be worked out within {limit:g} "
            "seconds (the limit)"), limit=limits.ICS_MAX_RULE_SECONDS)) from exc
    except RepeatError:
        raise
    except Exception as exc:  # the libraries raise many kinds on a broken rule
        raise RepeatError(said(QT_TRANSLATE_NOOP("delegate_app",
                                                 "its repetition rule cannot be read"))) from exc
    if len(found) > cap + len(components):
        raise RepeatError(_too_many(cap))
    return list(found)


def _too_many(cap: int) -> str:
    return said(QT_TRANSLATE_NOOP(
        "delegate_app", "it repeats more than {cap:,} times (the limit for one repeating "
        "event); import a shorter series"), cap=cap)
