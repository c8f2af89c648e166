"""Commitments after the meeting: what an officer types, the status workflow, and when a
promise counts as overdue (the owner's own day, not the computer's), as pure rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .enums import CommitmentDirection, CommitmentSource, CommitmentStatus, DueWindow, Priority
from .errors import ValidationError
from .records import CommitmentRow
from .wording import QT_TRANSLATE_NOOP, Wording

DESCRIPTION_MAX = 1000
# The statuses as a refusal names them, listed so the catalog has them.
STATUS_WORDS = (QT_TRANSLATE_NOOP("delegate_app", "open"),
                QT_TRANSLATE_NOOP("delegate_app", "in progress"),
                QT_TRANSLATE_NOOP("delegate_app", "done"),
                QT_TRANSLATE_NOOP("delegate_app", "dropped"))
NOTE_MAX = 20_000
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CommitmentInput:
    """What an officer types for one promise; the status moves through ``StatusChange``."""

    description: str
    direction: CommitmentDirection
    owner_id: int | None = None  # on our side
    counterpart_id: int | None = None  # on theirs
    city_id: int | None = None
    due_on: date | None = None
    priority: Priority = Priority.NORMAL
    theme_id: int | None = None
    source: CommitmentSource = CommitmentSource.MEETING
    item_id: int | None = None
    summit_id: int | None = None
    agreement_id: int | None = None
    internal_notes: str = ""


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One step of the workflow, with the evidence when a promise is kept."""

    status: CommitmentStatus
    on: date | None = None  # the day it was done
    note: str = ""
    document_name: str = ""
    document: bytes | None = None


@dataclass(frozen=True, slots=True)
class CommitmentEvent:
    """A line of a commitment's history: who changed what, and when."""

    id: int
    at: datetime  # aware UTC
    by: str
    from_status: CommitmentStatus | None  # None when it was recorded
    to_status: CommitmentStatus
    note: str = ""
    document_name: str = ""


@dataclass(frozen=True, slots=True)
class CommitmentFilter:
    """The Commitments page's filters; None or empty means "any"."""

    city_id: int | None = None
    counterpart_id: int | None = None
    owner_id: int | None = None
    theme_id: int | None = None
    statuses: frozenset[CommitmentStatus] = frozenset()
    due: DueWindow = DueWindow.ANY


@dataclass(frozen=True, slots=True)
class CityBalance:
    """What we owe a city and what it owes us (open promises), for "group by city"."""

    city_id: int | None
    city: str
    we_owe: int = 0
    they_owe: int = 0
    overdue_we_owe: int = 0
    overdue_they_owe: int = 0
    kept: int = 0

    @property
    def balance(self) -> int:
        """Positive when they owe us more than we owe them."""
        return self.they_owe - self.we_owe


OPEN_STATUSES = frozenset({CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS})

# open -> in progress -> done / dropped; a closed promise can be reopened, with a reason.
NEXT_STATUSES: dict[CommitmentStatus, frozenset[CommitmentStatus]] = {
    CommitmentStatus.OPEN: frozenset({CommitmentStatus.IN_PROGRESS, CommitmentStatus.DONE,
                                      CommitmentStatus.DROPPED}),
    CommitmentStatus.IN_PROGRESS: frozenset({CommitmentStatus.OPEN, CommitmentStatus.DONE,
                                             CommitmentStatus.DROPPED}),
    CommitmentStatus.DONE: frozenset({CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS}),
    CommitmentStatus.DROPPED: frozenset({CommitmentStatus.OPEN}),
}


def local_day(now: datetime, zone: str) -> date:
    """The calendar day it is at ``now`` (aware) in ``zone``."""
    return now.astimezone(ZoneInfo(zone)).date()


def overdue_from(due_on: date, zone: str) -> datetime:
    """The instant (UTC) a promise due on ``due_on`` becomes overdue: the end of that day
    where its owner works."""
    return datetime.combine(due_on + timedelta(days=1), time.min, ZoneInfo(zone)).astimezone(UTC)


def is_overdue(status: CommitmentStatus, due_on: date | None, now: datetime, zone: str) -> bool:
    return status in OPEN_STATUSES and due_on is not None and now >= overdue_from(due_on, zone)


def days_left(due_on: date | None, now: datetime, zone: str) -> int | None:
    """Days until the due date in the owner's zone (0 = due today, negative = late)."""
    return None if due_on is None else (due_on - local_day(now, zone)).days


def validate_commitment(data: CommitmentInput) -> CommitmentInput:
    errors: dict[str, str | Wording] = {}
    description = " ".join(data.description.split())
    if not description:
        errors["description"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Say what was promised, e.g. “Send the tram study to the transport "
            "department”.")
    elif len(description) > DESCRIPTION_MAX:
        errors["description"] = Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "The description is too long ({count} characters, at most "
            "{limit}); put details in the notes."),
            {"count": len(description), "limit": DESCRIPTION_MAX})
    if data.due_on is not None and not 1990 <= data.due_on.year <= 2200:
        errors["due_on"] = QT_TRANSLATE_NOOP("delegate_app", "Check the due date.")
    if data.source is CommitmentSource.AGREEMENT and data.agreement_id is None:
        errors["agreement_id"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Choose the agreement this promise comes from.")
    if len(data.internal_notes) > NOTE_MAX:
        errors["internal_notes"] = QT_TRANSLATE_NOOP("delegate_app", "The notes are too long.")
    if errors:
        raise ValidationError(errors)
    return replace(data, description=description, internal_notes=data.internal_notes.strip())


def validate_status_change(current: CommitmentStatus, change: StatusChange,
                           today: date) -> StatusChange:
    """Refuse a step the workflow does not allow, and a "done" without date and evidence."""
    errors: dict[str, str | Wording] = {}
    target = change.status
    note = change.note.strip()
    if target is current:
        errors["status"] = Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "The commitment is already “{status}”."),
            {"status": Wording(current.label.lower())})
    elif target not in NEXT_STATUSES[current]:
        errors["status"] = Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "A {current} commitment cannot be marked “{target}”; reopen it "
            "first."), {"current": Wording(current.label.lower()),
                        "target": Wording(target.label.lower())})
    if target is CommitmentStatus.DONE:
        if change.on is None:
            errors["on"] = QT_TRANSLATE_NOOP("delegate_app", "Give the date it was done.")
        elif change.on > today + timedelta(days=1):
            errors["on"] = QT_TRANSLATE_NOOP(
                "delegate_app", "The date it was done cannot be in the future.")
        elif change.on.year < 1990:
            errors["on"] = QT_TRANSLATE_NOOP("delegate_app", "Check the date it was done.")
        if not note and change.document is None:
            errors["note"] = QT_TRANSLATE_NOOP(
                "delegate_app", "Say how it was kept (a note), or attach the document that "
                "shows it, e.g. the letter sent.")
    elif target is CommitmentStatus.DROPPED and not note:
        errors["note"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Say why it was dropped; the next officer will want to know.")
    elif current.is_closed and not note and target in OPEN_STATUSES:
        errors["note"] = QT_TRANSLATE_NOOP("delegate_app", "Say why it is reopened.")
    if change.document is not None:
        if not change.document_name.strip():
            errors["document"] = QT_TRANSLATE_NOOP(
                "delegate_app", "The attached document needs a file name.")
        elif len(change.document) > DOCUMENT_MAX_BYTES:
            errors["document"] = Wording(QT_TRANSLATE_NOOP(
                "delegate_app", "The document is too large (more than {size} MB)."),
                {"size": DOCUMENT_MAX_BYTES // (1024 * 1024)})
        elif not change.document:
            errors["document"] = QT_TRANSLATE_NOOP("delegate_app", "The attached file is empty.")
    if len(note) > NOTE_MAX:
        errors["note"] = QT_TRANSLATE_NOOP("delegate_app", "The note is too long.")
    if errors:
        raise ValidationError(errors)
    on = change.on if target is CommitmentStatus.DONE else None
    return replace(change, note=note, on=on, document_name=change.document_name.strip())


def matches(row: CommitmentRow, wanted: CommitmentFilter) -> bool:
    """Whether a row passes the page's filters (rows carry overdue and days left, counted in
    their owner's zone)."""
    for field in ("city_id", "counterpart_id", "owner_id", "theme_id"):
        value = getattr(wanted, field)
        if value is not None and getattr(row, field) != value:
            return False
    if wanted.statuses and row.status not in wanted.statuses:
        return False
    due = wanted.due
    if due is DueWindow.OVERDUE:
        return row.overdue
    if due is DueWindow.NO_DATE:
        return row.due_on is None
    if due.days is not None:
        return (row.status in OPEN_STATUSES and row.days_left is not None
                and 0 <= row.days_left <= due.days)
    return True


def balances(rows: Iterable[CommitmentRow]) -> list[CityBalance]:
    """One line per city, in name order; promises with no city come last."""
    found: dict[int | None, CityBalance] = {}
    for r in rows:
        b = found.get(r.city_id) or CityBalance(r.city_id, r.city or "No city")
        we = r.direction is CommitmentDirection.WE_OWE
        if r.status in OPEN_STATUSES:
            b = replace(b, we_owe=b.we_owe + we, they_owe=b.they_owe + (not we),
                        overdue_we_owe=b.overdue_we_owe + (we and r.overdue),
                        overdue_they_owe=b.overdue_they_owe + (not we and r.overdue))
        elif r.status is CommitmentStatus.DONE:
            b = replace(b, kept=b.kept + 1)
        found[r.city_id] = b
    return sorted(found.values(), key=lambda b: (b.city_id is None, b.city.casefold()))


def overdue_order(rows: Iterable[CommitmentRow]) -> list[CommitmentRow]:
    """Overdue first (longest late first), then open by due date, then closed."""
    def key(r: CommitmentRow) -> tuple[int, int, str]:
        group = 0 if r.overdue else (1 if r.status in OPEN_STATUSES else 2)
        left = r.days_left if r.days_left is not None else 10**6
        return group, left, r.description.casefold()
    return sorted(rows, key=key)


@dataclass(frozen=True, slots=True)
class OutcomeInput:
    """What came out of a meeting."""

    summary: str = ""
    decisions: str = ""
    internal_notes: str = ""

    @property
    def empty(self) -> bool:
        return not (self.summary.strip() or self.decisions.strip()
                    or self.internal_notes.strip())


@dataclass(frozen=True, slots=True)
class MeetingFollowUp:
    """A meeting as the outcome dialog needs it: the record so far, and what a new
    commitment starts from (counterpart, city, owner, summit) so it takes a few keys."""

    item_id: int
    title: str
    when: str
    outcome: OutcomeInput | None
    template: CommitmentInput
    counterparts: tuple[tuple[int, str], ...] = ()
    our_side: tuple[tuple[int, str], ...] = ()
    commitments: tuple[CommitmentRow, ...] = ()
    outcome_version: int = 0  # what a save carries back (0: no outcome yet)


def validate_outcome(data: OutcomeInput) -> OutcomeInput:
    errors = {name: QT_TRANSLATE_NOOP("delegate_app", "This text is too long.")
              for name in ("summary", "decisions", "internal_notes")
              if len(getattr(data, name)) > NOTE_MAX}
    if errors:
        raise ValidationError(errors)
    return OutcomeInput(data.summary.strip(), data.decisions.strip(), data.internal_notes.strip())
