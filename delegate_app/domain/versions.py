"""Issued versions of a programme: the snapshot document (frozen records, JSON with a schema
number), the upgrade of documents stored in an older schema, and how a version is named.

A snapshot holds everything the printed and calendar outputs of a version need, so a
version printed or exported again gives what was sent out, whatever changed since.
"""

from __future__ import annotations

import base64
import json
import types
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints
from zoneinfo import ZoneInfo

from .dossier import Dossier
from .enums import ItemKind, ItemStatus, MemberRole
from .errors import DelegateAppError
from .name_cards import CardHolder, Occasion
from .timefmt import format_date, zone_place
from .wording import QT_TRANSLATE_NOOP

# The shape of the document written today. Raise it whenever a field reachable from
# ``Snapshot`` changes (the dossier records included), and add the step from the old shape
# to UPGRADES; tests pin the shape so a change cannot slip through unnoticed.
SNAPSHOT_SCHEMA = 3


class SnapshotError(DelegateAppError):
    """A stored version cannot be read (damaged, or written by a newer delegate_app)."""


@dataclass(frozen=True, slots=True)
class VersionPerson:
    id: int
    name: str  # formal name as the programme prints it


@dataclass(frozen=True, slots=True)
class VersionMember:
    person_id: int
    role: MemberRole


@dataclass(frozen=True, slots=True)
class VersionItem:
    """One itinerary item as it stood, cancelled ones included."""

    id: int
    uid: str
    sequence: int
    kind: ItemKind
    title: str
    status: ItemStatus
    starts_at: datetime  # aware UTC
    start_tz: str
    ends_at: datetime
    end_tz: str
    all_day: bool
    city_id: int | None
    city: str
    origin_city_id: int | None
    origin_city: str
    carrier: str
    service_number: str
    venue: str
    address: str
    latitude: float | None
    longitude: float | None
    participants: tuple[int, ...]
    counterparts: tuple[int, ...]
    interpreters: tuple[int, ...]
    language_pair: str
    dress_code: str
    description: str
    briefing: str  # internal
    talking_points: str  # internal
    booking_reference: str  # internal
    summit_session_id: int | None
    internal: bool  # the whole item is ours only (schema 2)


@dataclass(frozen=True, slots=True)
class VersionProgramme:
    """The delegation's programme: what diffs compare and a restore puts back."""

    delegation_id: int
    title: str
    starts_on: date
    ends_on: date
    members: tuple[VersionMember, ...]  # in order of precedence
    people: tuple[VersionPerson, ...]  # everyone the items and members name
    items: tuple[VersionItem, ...]

    def names(self, ids: tuple[int, ...]) -> tuple[str, ...]:
        known = {p.id: p.name for p in self.people}
        return tuple(known.get(i, f"person {i}") for i in ids)


@dataclass(frozen=True, slots=True)
class VersionEvent:
    """A calendar event as it was published; the snapshot's own copy of the exporter's
    record, so a change to the exporter does not change what a version was."""

    uid: str
    sequence: int
    summary: str
    starts_at: datetime
    start_tz: str
    ends_at: datetime
    end_tz: str
    last_modified: datetime
    status: str
    description: str
    location: str
    latitude: float | None
    longitude: float | None
    categories: tuple[str, ...]
    all_day: bool


@dataclass(frozen=True, slots=True)
class VersionCalendar:
    name: str  # the delegation's calendar name, before any member or edition
    organizer_name: str
    organizer_email: str
    internal: tuple[VersionEvent, ...]
    host: tuple[VersionEvent, ...]


@dataclass(frozen=True, slots=True)
class VersionBadges:
    """The delegation's badges and place cards as printed from this version (schema 3)."""

    delegation: str
    office: str
    occasion: Occasion
    badges: tuple[CardHolder, ...]
    place_cards: tuple[CardHolder, ...]


@dataclass(frozen=True, slots=True)
class Snapshot:
    schema: int
    programme: VersionProgramme
    dossier: Dossier  # internal edition, home times given
    host_dossier: Dossier  # host edition, home times given
    calendar: VersionCalendar
    badges: VersionBadges | None  # None: nobody to print for, or issued before schema 3


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One issued version (of a delegation's or a summit's programme): its number, who
    issued it, when, and why."""

    delegation_id: int | None
    number: int
    issued_at: datetime  # aware UTC
    issued_by: str
    note: str
    zone: str  # the office's zone when it was issued: its label names that time for good
    label: str  # "Version 3 of Tue 1 Dec 2026, 14:00 Tehran"
    summit_id: int | None = None


def version_label(number: int, issued_at: datetime, zone: str) -> str:
    """"Version 3 of Tue 1 Dec 2026, 14:00 Tehran": the issue time in the office's zone."""
    local = issued_at.astimezone(ZoneInfo(zone))
    return f"Version {number} of {format_date(local.date())}, {local:%H:%M} {zone_place(zone)}"


def short_version_label(number: int, issued_at: datetime, zone: str) -> str:
    """"version 3 of Tue 1 Dec 2026", for a title that names it in passing."""
    return f"version {number} of {format_date(issued_at.astimezone(ZoneInfo(zone)).date())}"


def draft_label(day: date) -> str:
    """"Draft of Tue 1 Dec 2026": what a document made from the working programme says."""
    return f"Draft of {format_date(day)}"


# The document ------------------------------------------------------------------------

def to_document(value: Any) -> Any:
    """Plain JSON values for a tree of frozen records (bytes as base64, instants ISO)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_document(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple | list):
        return [to_document(v) for v in value]
    return value


def _unreadable(where: str, problem: str) -> SnapshotError:
    """A stored version that does not read as its record: where, and what is wrong there
    (the record's own field names, as written)."""
    return SnapshotError(QT_TRANSLATE_NOOP(
        "delegate_app", "The stored version cannot be read ({where}: {problem})."),
        where=where, problem=problem)


def _scalar(kind: type, data: Any, where: str) -> Any:
    if kind is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if kind is datetime and isinstance(data, str):
        value = datetime.fromisoformat(data)
        if value.tzinfo is None:
            raise _unreadable(where, "an instant without its zone")
        return value
    if kind is date and isinstance(data, str):
        return date.fromisoformat(data)
    if kind is bytes and isinstance(data, str):
        return base64.b64decode(data, validate=True)
    if issubclass(kind, Enum):
        return kind(data)
    if isinstance(data, kind) and not (kind is int and isinstance(data, bool)):
        return data
    raise _unreadable(where, f"expected {kind.__name__}, found {type(data).__name__}")


@cache
def _hints(kind: type) -> dict[str, Any]:
    """The fields of a record and their types (resolved once: reading is per item)."""
    hints = get_type_hints(kind)
    return {f.name: hints[f.name] for f in fields(kind)}


def from_document(kind: Any, data: Any, where: str = "version") -> Any:
    """The records of type ``kind`` from plain JSON values; every field must be present
    and nothing else, so an old or damaged document is refused rather than guessed at."""
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(kind) if a is not type(None)]
        if data is None and len(options) < len(get_args(kind)):
            return None
        return from_document(options[0], data, where)
    if origin is tuple:
        args = get_args(kind)
        if not isinstance(data, list):
            raise _unreadable(where, "expected a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_document(args[0], v, f"{where}[{n}]") for n, v in enumerate(data))
        if len(args) != len(data):
            raise _unreadable(where, f"expected {len(args)} values")
        return tuple(from_document(a, v, f"{where}[{n}]")
                     for n, (a, v) in enumerate(zip(args, data, strict=True)))
    if isinstance(kind, type) and is_dataclass(kind):
        hints = _hints(kind)
        if not isinstance(data, dict) or data.keys() != hints.keys():
            found = set(data) if isinstance(data, dict) else set()
            raise _unreadable(where, f"fields {sorted(set(hints) ^ found)} do not match "
                                     f"{kind.__name__}")
        return kind(**{n: from_document(h, data[n], f"{where}.{n}") for n, h in hints.items()})
    try:
        return _scalar(kind, data, where)
    except (ValueError, TypeError) as exc:
        raise _unreadable(where, str(exc)) from exc


def schema_outline(kind: Any = None, seen: frozenset[Any] = frozenset()) -> str:
    """The document's shape as text (field names and types, recursively): what a test pins
    for the current SNAPSHOT_SCHEMA."""
    kind = Snapshot if kind is None else kind
    if isinstance(kind, type) and is_dataclass(kind) and kind not in seen:
        inner = ", ".join(f"{name}: {schema_outline(hint, seen | {kind})}"
                          for name, hint in _hints(kind).items())
        return f"{kind.__name__}({inner})"
    args = get_args(kind)
    if args:
        name = getattr(get_origin(kind), "__name__", str(get_origin(kind)))
        parts = ("..." if a is Ellipsis else schema_outline(a, seen) for a in args)
        return f"{name}[{', '.join(parts)}]"
    if isinstance(kind, type) and issubclass(kind, Enum):
        return f"{kind.__name__}{{{','.join(str(m.value) for m in kind)}}}"
    return getattr(kind, "__name__", str(kind))


Upgrades = dict[int, Callable[[dict[str, Any]], dict[str, Any]]]


def _schema_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 marks whole items as internal; every item of a schema 1 document was
    shared with the hosts, since nothing else could be said then."""
    programme = dict(doc["programme"])
    programme["items"] = [{**item, "internal": False} for item in programme["items"]]
    return {**doc, "schema": 2, "programme": programme}


def _schema_2_to_3(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 keeps the badges a version prints; what they were before is not known."""
    return {**doc, "schema": 3, "badges": None}


UPGRADES: Upgrades = {1: _schema_1_to_2, 2: _schema_2_to_3}



def upgrade_document(doc: dict[str, Any], current: int = SNAPSHOT_SCHEMA,
                     upgrades: Upgrades | None = None) -> dict[str, Any]:
    """Bring a stored document to the ``current`` schema (SNAPSHOT_SCHEMA by default), one
    step at a time."""
    steps = UPGRADES if upgrades is None else upgrades
    schema = doc.get("schema") if isinstance(doc, dict) else None
    if not isinstance(schema, int) or schema < 1:
        raise SnapshotError(QT_TRANSLATE_NOOP(
            "delegate_app", "The stored version has no schema number; it cannot be read."))
    if schema > current:
        raise SnapshotError(QT_TRANSLATE_NOOP(
            "delegate_app", "This version was issued by a newer delegate_app; update "
            "delegate_app to read it."))
    while doc["schema"] < current:
        doc = steps[doc["schema"]](doc)
    return doc


def dump_snapshot(snapshot: Any) -> str:
    """A snapshot (a delegation's or a summit's) as the JSON text stored."""
    return json.dumps(to_document(snapshot), ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True)


def load_document(text: str, kind: Any, current: int, upgrades: Upgrades) -> Any:
    """A stored document of type ``kind``, upgraded to the ``current`` schema first."""
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise SnapshotError(QT_TRANSLATE_NOOP(
            "delegate_app", "The stored version is damaged and cannot be read.")) from exc
    return from_document(kind, upgrade_document(doc, current, upgrades))


def load_snapshot(text: str) -> Snapshot:
    """A stored delegation document, upgraded to the current schema first."""
    snapshot: Snapshot = load_document(text, Snapshot, SNAPSHOT_SCHEMA, UPGRADES)
    return snapshot
