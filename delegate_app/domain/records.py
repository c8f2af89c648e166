"""Frozen records that travel between services and the user interface."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from .enums import (
    CommitmentDirection,
    CommitmentStatus,
    DelegationStatus,
    Direction,
    GiftDirection,
    ItemKind,
    ItemStatus,
    MemberRole,
    MembershipRole,
    NameOrder,
    OrganisationKind,
    PartnershipKind,
    PartnershipStatus,
    Priority,
    SessionKind,
    SummitKind,
)


@dataclass(frozen=True, slots=True)
class CityInput:
    """What an officer types into the city dialog."""

    name: str
    country_code: str
    time_zone: str
    native_name: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class CityRow:
    id: int
    version: int
    data: CityInput
    relationship: str = ""
    networks: tuple[str, ...] = ()
    people_count: int = 0


@dataclass(frozen=True, slots=True)
class PersonInput:
    """What an officer types into the person dialog."""

    given_name: str
    family_name: str
    honorific: str = ""
    native_name: str = ""
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    position: str = ""
    organisation_id: int | None = None
    city_id: int | None = None
    form_of_address_letter: str = ""
    form_of_address_spoken: str = ""
    precedence_rank: int | None = None
    languages: tuple[str, ...] = ()
    interpretation_needs: str = ""
    dietary_needs: str = ""
    accessibility_needs: str = ""
    email: str = ""
    phone: str = ""
    biography: str = ""
    internal_notes: str = ""


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    version: int
    data: PersonInput
    display_name: str
    sort_name: str
    organisation_name: str = ""
    city_name: str = ""


@dataclass(frozen=True, slots=True)
class PersonListRow:
    """A person as the People list shows them: its columns only (the record itself is read
    when it is shown or edited), the values many people share held once."""

    id: int
    version: int
    display_name: str
    sort_name: str
    native_name: str = ""
    position: str = ""
    organisation_name: str = ""
    city_name: str = ""
    precedence_rank: int | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    """An id and the label an officer picks it by (organisations, cities)."""

    id: int
    label: str


@dataclass(frozen=True, slots=True)
class DelegationRow:
    id: int
    title: str
    direction: Direction
    status: DelegationStatus
    home_city: str
    destinations: tuple[str, ...]
    starts_on: date
    ends_on: date
    head: str
    member_count: int
    item_count: int
    summit: str = ""
    archived: bool = False


@dataclass(frozen=True, slots=True)
class SummitRow:
    id: int
    title: str
    kind: SummitKind
    host_city: str
    venue: str
    starts_on: date
    ends_on: date
    organiser: str
    session_count: int
    delegation_count: int
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CommitmentRow:
    id: int
    description: str
    direction: CommitmentDirection
    status: CommitmentStatus
    priority: Priority
    due_on: date | None
    owner: str
    counterpart: str
    city: str
    theme: str
    source: str
    overdue: bool
    version: int = 0
    owner_id: int | None = None
    counterpart_id: int | None = None
    city_id: int | None = None
    theme_id: int | None = None
    agreement_id: int | None = None
    agreement: str = ""
    meeting: str = ""  # the itinerary item or summit it was promised at
    meeting_internal: bool = False  # promised at an internal item: never named outside
    completed_on: date | None = None
    evidence: str = ""
    evidence_document_name: str = ""
    internal_notes: str = ""
    days_left: int | None = None  # counted in the owner's own time zone
    owner_zone: str = "UTC"


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One itinerary item as the Today page shows it."""

    id: int
    delegation_id: int
    delegation: str
    title: str
    kind: str
    starts_at: datetime
    start_tz: str
    ends_at: datetime
    end_tz: str
    place: str


@dataclass(frozen=True, slots=True)
class TodaySummary:
    """What needs the officer's attention, computed for one day."""

    today: date
    home_tz: str = "UTC"  # the office's zone, in which "today" is counted
    upcoming_delegations: tuple[DelegationRow, ...] = ()
    upcoming_summits: tuple[SummitRow, ...] = ()
    agenda: tuple[AgendaEntry, ...] = ()
    overdue: tuple[CommitmentRow, ...] = ()
    due_soon: tuple[CommitmentRow, ...] = ()
    renewals: tuple[tuple[int, str], ...] = field(default=())  # (partner city, text)


@dataclass(frozen=True, slots=True)
class Change:
    """What a write changed, so the interface refreshes only what is affected."""

    kind: str
    id: int
    version: int
    action: str  # "created", "updated", "deleted", "restored"


@dataclass(frozen=True, slots=True)
class MemberLine:
    person_id: int
    name: str
    native_name: str
    role: str
    position: str


@dataclass(frozen=True, slots=True)
class ProgrammeLine:
    """One timed entry of a programme, already in the local time of where it happens."""

    id: int
    day: date
    starts: str  # "09:30"
    ends: str  # "11:00" or "11:00 Auckland (+2 days)"
    zone: str  # "Buenos Aires (UTC-3)"
    title: str
    kind: str
    place: str
    status: str
    until: date | None = None  # an all-day item's last day, when not ``day`` (starts "All day")


@dataclass(frozen=True, slots=True)
class ProgrammeDetail:
    """A delegation's or summit's programme: who (for delegations) and what, day by day."""

    id: int
    title: str
    summary: str
    objectives: str = ""
    members: tuple[MemberLine, ...] = ()
    lines: tuple[ProgrammeLine, ...] = ()


@dataclass(frozen=True, slots=True)
class DelegationInput:
    """What an officer sets in the delegation editor."""

    title: str
    direction: Direction
    home_city_id: int | None
    starts_on: date
    ends_on: date
    destination_ids: tuple[int, ...] = ()
    status: DelegationStatus = DelegationStatus.DRAFT
    objectives: str = ""
    summit_id: int | None = None
    internal_notes: str = ""


@dataclass(frozen=True, slots=True)
class MemberInput:
    """One member of a delegation; precedence is the position in the list."""

    person_id: int
    role: MemberRole = MemberRole.MEMBER


@dataclass(frozen=True, slots=True)
class ItemInput:
    """What an officer sets in the itinerary item editor (instants in UTC)."""

    kind: ItemKind
    title: str
    starts_at: datetime
    start_tz: str
    ends_at: datetime
    end_tz: str
    status: ItemStatus = ItemStatus.TENTATIVE
    all_day: bool = False
    city_id: int | None = None
    origin_city_id: int | None = None
    carrier: str = ""
    service_number: str = ""
    venue: str = ""
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    participants: tuple[int, ...] = ()
    counterparts: tuple[int, ...] = ()
    interpreters: tuple[int, ...] = ()
    language_pair: str = ""
    dress_code: str = ""
    description: str = ""
    briefing: str = ""
    talking_points: str = ""
    booking_reference: str = ""
    summit_session_id: int | None = None
    internal: bool = False  # ours alone: never in a host edition or a shared cut


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: int
    version: int
    delegation_id: int
    uid: str
    sequence: int
    data: ItemInput
    city: str = ""
    origin_city: str = ""
    participant_names: tuple[str, ...] = ()
    counterpart_names: tuple[str, ...] = ()
    interpreter_names: tuple[str, ...] = ()
    summit_session: str = ""


@dataclass(frozen=True, slots=True)
class SummitInput:
    title: str
    kind: SummitKind
    host_city_id: int | None
    starts_on: date
    ends_on: date
    venue: str = ""
    organiser_id: int | None = None
    description: str = ""
    website: str = ""
    theme_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionInput:
    """A session of a summit; times are instants, shown in the host city's zone."""

    kind: SessionKind
    title: str
    starts_at: datetime
    ends_at: datetime
    room: str = ""
    speakers: str = ""
    description: str = ""
    status: ItemStatus = ItemStatus.CONFIRMED


@dataclass(frozen=True, slots=True)
class GiftInput:
    """An entry of the gift register."""

    given_on: date
    direction: GiftDirection
    description: str
    occasion: str = ""
    delegation_id: int | None = None
    giver_id: int | None = None
    recipient_id: int | None = None
    estimated_value: Decimal | None = None
    currency: str = ""
    declared: bool = False
    current_location: str = ""
    internal_notes: str = ""


@dataclass(frozen=True, slots=True)
class GiftRow:
    id: int
    version: int
    data: GiftInput
    giver: str = ""
    recipient: str = ""
    delegation: str = ""


@dataclass(frozen=True, slots=True)
class OrganisationInput:
    name: str
    kind: OrganisationKind
    acronym: str = ""
    native_name: str = ""
    city_id: int | None = None
    website: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: int
    version: int
    data: OrganisationInput
    city: str = ""
    member_count: int = 0
    people_count: int = 0


@dataclass(frozen=True, slots=True)
class MembershipLine:
    id: int
    member: str  # the member city's name
    role: MembershipRole
    since_on: date | None
    until_on: date | None


@dataclass(frozen=True, slots=True)
class PartnershipInput:
    """A standing relationship between our city and another."""

    city_id: int | None  # ours
    partner_city_id: int | None
    kind: PartnershipKind
    status: PartnershipStatus
    title: str = ""
    signed_on: date | None = None
    expires_on: date | None = None
    notes: str = ""
    internal_notes: str = ""


@dataclass(frozen=True, slots=True)
class PartnershipRow:
    id: int
    version: int
    data: PartnershipInput
    partner: str
    document_name: str = ""
