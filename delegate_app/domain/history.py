"""The record of every change, in the officer's words: what each kind of record and field is
called, values made safe to keep as JSON, and the rows the History and Activity views show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from .changes import CHANGED, CREATED, REMOVED

RESTORED = "restored"
ACTIONS = (CREATED, CHANGED, REMOVED, RESTORED)

# What an officer calls the rows of each table: (one, several).
KIND_WORDS: dict[str, tuple[str, str]] = {
    "agreement": ("agreement", "agreements"),
    "agreement_signatory": ("signatory", "signatories"),
    "city": ("city", "cities"),
    "commitment": ("commitment", "commitments"),
    "commitment_event": ("commitment step", "commitment steps"),
    "delegation": ("delegation", "delegations"),
    "delegation_destination": ("destination", "destinations"),
    "delegation_member": ("member", "members"),
    "gift": ("gift", "gifts"),
    "item_counterpart": ("counterpart", "counterparts"),
    "item_interpreter": ("interpreter", "interpreters"),
    "item_participant": ("participant", "participants"),
    "itinerary_item": ("item", "items"),
    "meeting_outcome": ("meeting outcome", "meeting outcomes"),
    "network_membership": ("network membership", "network memberships"),
    "office": ("office profile", "office profiles"),
    "organisation": ("organisation", "organisations"),
    "partnership": ("partnership", "partnerships"),
    "person": ("person", "people"),
    "position_held": ("position held", "positions held"),
    "summit": ("summit", "summits"),
    "summit_session": ("session", "sessions"),
    "summit_theme": ("theme of a summit", "themes of summits"),
    "theme_tag": ("theme", "themes"),
}

# The words an officer types on the command line, and the table each names.
KIND_NAMES: dict[str, str] = {
    "agreement": "agreement", "city": "city", "commitment": "commitment",
    "delegation": "delegation", "gift": "gift", "item": "itinerary_item",
    "member": "delegation_member", "membership": "network_membership", "office": "office",
    "organisation": "organisation", "outcome": "meeting_outcome",
    "partnership": "partnership", "person": "person", "position": "position_held",
    "session": "summit_session", "step": "commitment_event", "summit": "summit",
    "theme": "theme_tag",
}

FIELD_WORDS: dict[str, str] = {
    "starts_at": "start", "ends_at": "end", "start_tz": "start time zone",
    "end_tz": "end time zone", "all_day": "all day", "city_id": "city",
    "origin_city_id": "departure city", "home_city_id": "home city",
    "host_city_id": "host city", "partner_city_id": "partner city",
    "signed_in_city_id": "city of signature", "organiser_id": "organiser",
    "organisation_id": "organisation", "summit_id": "summit",
    "summit_session_id": "summit session", "delegation_id": "delegation",
    "item_id": "meeting", "owner_id": "owner", "counterpart_id": "counterpart",
    "theme_id": "theme", "agreement_id": "agreement", "partnership_id": "partnership",
    "giver_id": "giver", "recipient_id": "recipient", "network_id": "network",
    "member_organisation_id": "member organisation", "person_id": "person",
    "commitment_id": "commitment", "due_on": "due date", "completed_on": "date kept",
    "given_on": "date", "signed_on": "date signed", "expires_on": "expiry date",
    "starts_on": "first day", "ends_on": "last day", "since_on": "member since",
    "until_on": "member until", "started_on": "took office", "ended_on": "left office",
    "talking_points": "talking points", "booking_reference": "booking reference",
    "internal_notes": "internal notes", "native_name": "name in its own script",
    "given_name": "given name", "family_name": "family name", "name_order": "name order",
    "form_of_address_letter": "form of address in writing",
    "form_of_address_spoken": "spoken form of address",
    "precedence_rank": "precedence rank", "precedence": "place in the order of precedence",
    "interpretation_needs": "interpretation needs", "dietary_needs": "dietary needs",
    "accessibility_needs": "accessibility needs", "estimated_value": "estimated value",
    "current_location": "where it is now", "evidence_document": "evidence document",
    "evidence_document_name": "evidence document's name",
    "document_name": "document's name", "from_status": "status before",
    "to_status": "status after", "language_pair": "language pair", "dress_code": "dress code",
    "service_number": "service number", "country_code": "country", "time_zone": "time zone",
    "description": "description", "participants": "participants",
    "counterparts": "counterparts", "interpreters": "interpreters",
    "destinations": "destinations", "themes": "themes", "signatories": "signatories",
    "archived": "archived", "declared": "declared", "acronym": "acronym",
}


def kind_word(kind: str, count: int = 1) -> str:
    one, many = KIND_WORDS.get(kind, (kind.replace("_", " "),) * 2)
    return one if count == 1 else many


def field_word(field: str) -> str:
    found = FIELD_WORDS.get(field)
    if found:
        return found
    for suffix in ("_id", "_on", "_at"):
        field = field.removesuffix(suffix)
    return field.replace("_", " ")


def kind_of_word(word: str) -> str | None:
    """The table an officer's word names ("item", "items", "people"), or None."""
    word = word.strip().lower().replace("-", " ").replace("_", " ")
    if word in KIND_NAMES:
        return KIND_NAMES[word]
    for table, (one, many) in KIND_WORDS.items():
        if word in (one, many, table.replace("_", " ")):
            return table
    return KIND_NAMES.get(word.removesuffix("s"))


def json_safe(value: Any) -> Any:
    """A value as the record keeps it: instants in ISO with their zone, enums by value,
    documents by size, lists of linked records as their ids."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return {"bytes": len(bytes(value))}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(v) for v in value]
    return str(value)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a record, before and after, as an officer reads it."""

    field: str  # the column: "starts_at"
    label: str  # "start"
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One entry of the record: who did what to which record, when; ``sentence`` reads
    "Sara moved “Courtesy call” from 14:30 to 15:00 on Tue 8 Dec 22:41"."""

    id: int
    at: datetime  # aware, UTC
    officer: str
    action: str
    kind: str
    kind_label: str
    record_id: int | None
    record_name: str
    delegation_id: int | None
    scope: tuple[str, int | None]  # the record it is part of: ("delegation", 7)
    what: str  # "moved “Courtesy call” from 14:30 to 15:00"
    when: str  # "Tue 8 Dec 22:41" in the office's zone
    changes: tuple[FieldChange, ...]
    raw: dict[str, list[Any]]  # field -> [before, after] as kept

    @property
    def sentence(self) -> str:
        return f"{self.officer} {self.what} on {self.when}"


@dataclass(frozen=True, slots=True)
class ActivityFilter:
    """Which changes the Activity page and `activity` command list."""

    since: datetime | None = None
    until: datetime | None = None
    officer: str | None = None
    kind: str | None = None  # a table name
    delegation_id: int | None = None
    limit: int = 500
