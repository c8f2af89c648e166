"""What a delegation dossier prints, as plain records. A host edition is built without the
internal parts (they are None or empty), so no layout can let them slip out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class DossierPerson:
    id: int
    name: str  # formal name in Latin script, with honorific
    native_name: str  # in the person's own script (Persian, Japanese, Cyrillic, ...)
    position: str
    organisation: str
    city: str
    languages: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class DossierMember:
    person: DossierPerson
    role: str
    needs: str = ""  # dietary and accessibility needs, for the hosts' arrangements


@dataclass(frozen=True, slots=True)
class ItemNotes:
    """The internal side of an itinerary item."""

    briefing: str
    talking_points: str
    booking_reference: str


@dataclass(frozen=True, slots=True)
class DossierItem:
    id: int
    kind: str  # label: "Bilateral meeting"
    is_travel: bool
    title: str
    status: str
    starts: str  # "09:30"
    ends: str  # "11:00" or "19:30 Buenos Aires (UTC-3)" when it ends in another zone
    zone: str  # "Buenos Aires (UTC-3)"
    home_time: str  # "15:00 Tehran" when asked for and different, else ""
    route: str  # "Tehran → Doha" for travel
    service: str  # "QR 779"
    venue: str
    address: str
    dress_code: str
    description: str
    participants: tuple[str, ...]
    counterparts: tuple[str, ...]
    interpreters: tuple[str, ...]
    language_pair: str
    internal: ItemNotes | None = None  # None in a host edition
    brief_key: str = ""  # the meeting brief's bookmark, when it has one


@dataclass(frozen=True, slots=True)
class ProgrammeDay:
    day: date
    title: str  # "Saturday 5 December 2026 — Buenos Aires"
    items: tuple[DossierItem, ...]


@dataclass(frozen=True, slots=True)
class CounterpartBrief:
    person: DossierPerson
    photo: bytes | None
    address_spoken: str
    address_letter: str
    biography: str
    interpretation: str
    previous_meetings: tuple[str, ...]
    open_commitments: tuple[str, ...]
    gifts: tuple[str, ...]
    internal_notes: str


@dataclass(frozen=True, slots=True)
class MeetingBrief:
    """One meeting's brief (internal edition only)."""

    key: str
    item: DossierItem
    city: str
    counterparts: tuple[CounterpartBrief, ...]
    background: tuple[str, ...]  # partnership and networks of the city
    commitments: tuple[str, ...]  # open, both ways, with the city or these people
    outcome: str  # what came of it, when it already happened


@dataclass(frozen=True, slots=True)
class CityProfile:
    name: str
    native_name: str
    country_code: str
    zone: str
    population: str
    notes: str
    partnerships: tuple[str, ...]
    networks: tuple[str, ...]
    visits: tuple[str, ...]
    we_owe: tuple[str, ...]
    they_owe: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PracticalAnnex:
    hotels: tuple[tuple[str, str, str], ...]  # (city and dates, hotel, address)
    emergency: tuple[tuple[str, str], ...]  # (country or city, numbers)
    embassy: tuple[DossierPerson, ...]  # diplomatic contacts met on the trip
    interpreters: tuple[DossierPerson, ...]
    delegation_contacts: tuple[DossierMember, ...]  # protocol and security on our side


@dataclass(frozen=True, slots=True)
class InternalPart:
    """Everything only our own people see."""

    objectives: str
    notes: str
    briefs: tuple[MeetingBrief, ...]
    cities: tuple[CityProfile, ...]
    annex: PracticalAnnex


@dataclass(frozen=True, slots=True)
class Dossier:
    edition: str  # "internal" or "host"
    marking: str  # "Internal — not for distribution" / "Programme for our hosts"
    office: str
    title: str
    direction: str
    route: str  # "Tehran → Buenos Aires → Tokyo"
    destinations: tuple[str, ...]
    dates: str  # "5–16 Dec 2026"
    prepared_on: date
    home_zone: str  # the delegation's home zone when home times are shown, else ""
    members: tuple[DossierMember, ...]
    days: tuple[ProgrammeDay, ...]
    counterparts: tuple[DossierPerson, ...]  # everyone met, for the participants list
    internal: InternalPart | None = None  # None in a host edition
    version: str = ""  # "Version 3 of Tue 1 Dec 2026, 14:00 Tehran" / "Draft of Tue 1 Dec 2026"
    changes_since: str = ""  # "version 1 of Mon 30 Nov 2026": changed items carry a bar
    changed_items: tuple[int, ...] = ()  # ids of the items changed since then
