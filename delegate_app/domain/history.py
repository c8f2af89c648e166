"""The record of every change, in the officer's words: what each kind of record and field is
called, values made safe to keep as JSON, and the rows the History and Activity views show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from .changes import CHANGED, CREATED, REMOVED
from .wording import QT_TR_NOOP

RESTORED = "restored"
ACTIONS = (CREATED, CHANGED, REMOVED, RESTORED)

# What an officer calls the rows of each table: (one, several).
KIND_WORDS: dict[str, tuple[str, str]] = {
    "agreement": (QT_TR_NOOP("agreement"), QT_TR_NOOP("agreements")),
    "agreement_signatory": (QT_TR_NOOP("signatory"), QT_TR_NOOP("signatories")),
    "city": (QT_TR_NOOP("city"), QT_TR_NOOP("cities")),
    "commitment": (QT_TR_NOOP("commitment"), QT_TR_NOOP("commitments")),
    "commitment_event": (QT_TR_NOOP("commitment step"), QT_TR_NOOP("commitment steps")),
    "delegation": (QT_TR_NOOP("delegation"), QT_TR_NOOP("delegations")),
    "delegation_destination": (QT_TR_NOOP("destination"), QT_TR_NOOP("destinations")),
    "delegation_member": (QT_TR_NOOP("member"), QT_TR_NOOP("members")),
    "gift": (QT_TR_NOOP("gift"), QT_TR_NOOP("gifts")),
    "item_counterpart": (QT_TR_NOOP("counterpart"), QT_TR_NOOP("counterparts")),
    "item_interpreter": (QT_TR_NOOP("interpreter"), QT_TR_NOOP("interpreters")),
    "item_participant": (QT_TR_NOOP("participant"), QT_TR_NOOP("participants")),
    "itinerary_item": (QT_TR_NOOP("item"), QT_TR_NOOP("items")),
    "meeting_outcome": (QT_TR_NOOP("meeting outcome"), QT_TR_NOOP("meeting outcomes")),
    "network_membership": (QT_TR_NOOP("network membership"), QT_TR_NOOP("network memberships")),
    "office": (QT_TR_NOOP("office profile"), QT_TR_NOOP("office profiles")),
    "organisation": (QT_TR_NOOP("organisation"), QT_TR_NOOP("organisations")),
    "partnership": (QT_TR_NOOP("partnership"), QT_TR_NOOP("partnerships")),
    "person": (QT_TR_NOOP("person"), QT_TR_NOOP("people")),
    "position_held": (QT_TR_NOOP("position held"), QT_TR_NOOP("positions held")),
    "summit": (QT_TR_NOOP("summit"), QT_TR_NOOP("summits")),
    "summit_session": (QT_TR_NOOP("session"), QT_TR_NOOP("sessions")),
    "summit_theme": (QT_TR_NOOP("theme of a summit"), QT_TR_NOOP("themes of summits")),
    "theme_tag": (QT_TR_NOOP("theme"), QT_TR_NOOP("themes")),
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
    "starts_at": QT_TR_NOOP("start"),
    "ends_at": QT_TR_NOOP("end"),
    "start_tz": QT_TR_NOOP("start time zone"),
    "end_tz": QT_TR_NOOP("end time zone"),
    "all_day": QT_TR_NOOP("all day"),
    "city_id": QT_TR_NOOP("city"),
    "origin_city_id": QT_TR_NOOP("departure city"),
    "home_city_id": QT_TR_NOOP("home city"),
    "host_city_id": QT_TR_NOOP("host city"),
    "partner_city_id": QT_TR_NOOP("partner city"),
    "signed_in_city_id": QT_TR_NOOP("city of signature"),
    "organiser_id": QT_TR_NOOP("organiser"),
    "organisation_id": QT_TR_NOOP("organisation"),
    "summit_id": QT_TR_NOOP("summit"),
    "summit_session_id": QT_TR_NOOP("summit session"),
    "delegation_id": QT_TR_NOOP("delegation"),
    "item_id": QT_TR_NOOP("meeting"),
    "owner_id": QT_TR_NOOP("owner"),
    "counterpart_id": QT_TR_NOOP("counterpart"),
    "theme_id": QT_TR_NOOP("theme"),
    "agreement_id": QT_TR_NOOP("agreement"),
    "partnership_id": QT_TR_NOOP("partnership"),
    "giver_id": QT_TR_NOOP("giver"),
    "recipient_id": QT_TR_NOOP("recipient"),
    "network_id": QT_TR_NOOP("network"),
    "member_organisation_id": QT_TR_NOOP("member organisation"),
    "person_id": QT_TR_NOOP("person"),
    "commitment_id": QT_TR_NOOP("commitment"),
    "due_on": QT_TR_NOOP("due date"),
    "completed_on": QT_TR_NOOP("date kept"),
    "given_on": QT_TR_NOOP("date"),
    "signed_on": QT_TR_NOOP("date signed"),
    "expires_on": QT_TR_NOOP("expiry date"),
    "starts_on": QT_TR_NOOP("first day"),
    "ends_on": QT_TR_NOOP("last day"),
    "since_on": QT_TR_NOOP("member since"),
    "until_on": QT_TR_NOOP("member until"),
    "started_on": QT_TR_NOOP("took office"),
    "ended_on": QT_TR_NOOP("left office"),
    "talking_points": QT_TR_NOOP("talking points"),
    "booking_reference": QT_TR_NOOP("booking reference"),
    "internal_notes": QT_TR_NOOP("internal notes"),
    "native_name": QT_TR_NOOP("name in its own script"),
    "given_name": QT_TR_NOOP("given name"),
    "family_name": QT_TR_NOOP("family name"),
    "name_order": QT_TR_NOOP("name order"),
    "form_of_address_letter": QT_TR_NOOP("form of address in writing"),
    "form_of_address_spoken": QT_TR_NOOP("spoken form of address"),
    "precedence_rank": QT_TR_NOOP("precedence rank"),
    "precedence": QT_TR_NOOP("place in the order of precedence"),
    "interpretation_needs": QT_TR_NOOP("interpretation needs"),
    "dietary_needs": QT_TR_NOOP("dietary needs"),
    "accessibility_needs": QT_TR_NOOP("accessibility needs"),
    "estimated_value": QT_TR_NOOP("estimated value"),
    "current_location": QT_TR_NOOP("where it is now"),
    "evidence_document": QT_TR_NOOP("evidence document"),
    "evidence_document_name": QT_TR_NOOP("evidence document's name"),
    "document_name": QT_TR_NOOP("document's name"),
    "from_status": QT_TR_NOOP("status before"),
    "to_status": QT_TR_NOOP("status after"),
    "language_pair": QT_TR_NOOP("language pair"),
    "dress_code": QT_TR_NOOP("dress code"),
    "service_number": QT_TR_NOOP("service number"),
    "country_code": QT_TR_NOOP("country"),
    "time_zone": QT_TR_NOOP("time zone"),
    "description": QT_TR_NOOP("description"),
    "participants": QT_TR_NOOP("participants"),
    "counterparts": QT_TR_NOOP("counterparts"),
    "interpreters": QT_TR_NOOP("interpreters"),
    "destinations": QT_TR_NOOP("destinations"),
    "themes": QT_TR_NOOP("themes"),
    "signatories": QT_TR_NOOP("signatories"),
    "archived": QT_TR_NOOP("archived"),
    "declared": QT_TR_NOOP("declared"),
    "acronym": QT_TR_NOOP("acronym"),
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
    sentence: str = ""  # the whole entry, in the interface's language


@dataclass(frozen=True, slots=True)
class ActivityFilter:
    """Which changes the Activity page and `activity` command list."""

    since: datetime | None = None
    until: datetime | None = None
    officer: str | None = None
    kind: str | None = None  # a table name
    delegation_id: int | None = None
    limit: int = 500
