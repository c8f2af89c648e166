"""What badges, place cards and a seating plan print, as plain records.

One set is made for a whole delegation (badges for its members) or for one meeting or
meal of its programme (badges for everybody there, place cards and a seating plan for
whoever sits at the table). The records carry names, positions and cities only: nothing
internal can reach a card.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .dossier import DossierPerson
from .seating import SeatingPlan


class Part(StrEnum):
    """The printed parts of a set, in the order they are printed."""

    SEATING = "seating"
    CARDS = "cards"
    BADGES = "badges"

    @property
    def label(self) -> str:
        return {Part.SEATING: "Seating plan", Part.CARDS: "Place cards",
                Part.BADGES: "Name badges"}[self]


class Side(StrEnum):
    HOSTS = "hosts"  # whoever receives: the counterparts of a meeting
    GUESTS = "guests"  # the delegation's people at it


@dataclass(frozen=True, slots=True)
class CardHolder:
    """One person as a badge or a place card prints them."""

    person: DossierPerson  # native_name is "" when it would only repeat the Latin name
    side: Side
    role: str = ""  # their role in the delegation ("Interpreter", "Press"); "" for hosts


@dataclass(frozen=True, slots=True)
class Occasion:
    """The meeting, meal or visit the cards are for (or the delegation as a whole)."""

    title: str
    when: str  # "Monday 7 December 2026, 15:00 (Buenos Aires, UTC−03:00)"; "" for a delegation
    venue: str
    host_side: str  # "Government of the City of Buenos Aires"
    guest_side: str  # "Delegation of Tehran"


@dataclass(frozen=True, slots=True)
class NameCardSet:
    """Everything to print, part by part; a part that was not asked for is empty."""

    delegation: str  # the delegation's title, for the badge band and running header
    office: str
    occasion: Occasion
    badges: tuple[CardHolder, ...]
    place_cards: tuple[CardHolder, ...]
    seating: SeatingPlan[int] | None  # person ids
    seated: tuple[CardHolder, ...] = ()  # everybody on the seating plan, for its legend
    interpreters: tuple[str, ...] = ()  # they sit behind their principals, not at the table
    version: str = ""  # "Draft of Tue 1 Dec 2026": the state of the programme it was made from

    def holder(self, person_id: int) -> CardHolder:
        return next(h for h in self.seated if h.person.id == person_id)
