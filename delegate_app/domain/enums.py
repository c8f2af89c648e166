"""The closed vocabularies of city diplomacy used across the application."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry an officer-facing label."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        key = text.strip().lower().replace(" ", "_").replace("-", "_")
        for member in cls:
            if key in (member.value, member.name.lower()):
                return member
        allowed = ", ".join(m.value for m in cls)
        raise ValueError(f"'{text}' is not one of: {allowed}")


class OrganisationKind(LabelledEnum):
    CITY_GOVERNMENT = "city_government"
    NETWORK = "network"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    MINISTRY = "ministry"
    EMBASSY = "embassy"
    COMPANY = "company"
    NGO = "ngo"

    @property
    def label(self) -> str:
        return {"ngo": "NGO"}.get(self.value, super().label)


class MembershipRole(LabelledEnum):
    MEMBER = "member"
    FOUNDING_MEMBER = "founding_member"
    STEERING_COMMITTEE = "steering_committee"
    VICE_CHAIR = "vice_chair"
    CHAIR = "chair"
    OBSERVER = "observer"


class PartnershipKind(LabelledEnum):
    SISTER_CITY = "sister_city"
    FRIENDSHIP_CITY = "friendship_city"
    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    LETTER_OF_INTENT = "letter_of_intent"

    @property
    def label(self) -> str:
        return {
            "memorandum_of_understanding": "Memorandum of understanding (MoU)",
        }.get(self.value, super().label)


class PartnershipStatus(LabelledEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    DORMANT = "dormant"
    EXPIRED = "expired"
    ENDED = "ended"


class AgreementKind(LabelledEnum):
    TWINNING_AGREEMENT = "twinning_agreement"
    FRIENDSHIP_AGREEMENT = "friendship_agreement"
    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    LETTER_OF_INTENT = "letter_of_intent"
    JOINT_DECLARATION = "joint_declaration"
    COOPERATION_PROGRAMME = "cooperation_programme"


class AgreementStatus(LabelledEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    FULFILLED = "fulfilled"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class NameOrder(LabelledEnum):
    """How a person's name is written: given name first, or family name first
    (Japanese, Chinese, Korean, Hungarian, ...)."""

    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"


class SummitKind(LabelledEnum):
    MAYORS_SUMMIT = "mayors_summit"
    NETWORK_ASSEMBLY = "network_assembly"
    U20 = "u20"
    COP_SIDE_EVENT = "cop_side_event"
    ECONOMIC_MISSION = "economic_mission"
    CONFERENCE = "conference"

    @property
    def label(self) -> str:
        return {"u20": "U20 summit", "cop_side_event": "COP side event",
                "mayors_summit": "Mayors' summit"}.get(self.value, super().label)


class SessionKind(LabelledEnum):
    PLENARY = "plenary"
    PANEL = "panel"
    WORKSHOP = "workshop"
    BILATERAL_SLOT = "bilateral_slot"
    RECEPTION = "reception"
    SITE_VISIT = "site_visit"
    CEREMONY = "ceremony"


class Direction(LabelledEnum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"


class DelegationStatus(LabelledEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    UNDER_WAY = "under_way"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class MemberRole(LabelledEnum):
    HEAD_OF_DELEGATION = "head_of_delegation"
    MEMBER = "member"
    ADVISOR = "advisor"
    PROTOCOL_OFFICER = "protocol_officer"
    PRESS = "press"
    SECURITY = "security"
    INTERPRETER = "interpreter"


class ItemKind(LabelledEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    TRANSFER = "transfer"
    HOTEL = "hotel"
    BILATERAL_MEETING = "bilateral_meeting"
    SITE_VISIT = "site_visit"
    RECEPTION = "reception"
    MEAL = "meal"
    CEREMONY = "ceremony"
    PRESS = "press"
    SUMMIT_SESSION = "summit_session"
    FREE_TIME = "free_time"

    @property
    def label(self) -> str:
        return {"ceremony": "Ceremony / signing", "press": "Press point"}.get(
            self.value, super().label
        )


class ItemStatus(LabelledEnum):
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class CommitmentDirection(LabelledEnum):
    WE_OWE = "we_owe"
    THEY_OWE = "they_owe"

    @property
    def label(self) -> str:
        return {"we_owe": "We owe them", "they_owe": "They owe us"}[self.value]


class CommitmentStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_closed(self) -> bool:
        return self in (CommitmentStatus.DONE, CommitmentStatus.DROPPED)


class Priority(LabelledEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class CommitmentSource(LabelledEnum):
    MEETING = "meeting"
    SUMMIT = "summit"
    AGREEMENT = "agreement"
    OTHER = "other"


class DueWindow(LabelledEnum):
    """The due-date filter of the Commitments page."""

    ANY = "any"
    OVERDUE = "overdue"
    NEXT_14_DAYS = "next_14_days"
    NEXT_30_DAYS = "next_30_days"
    NEXT_90_DAYS = "next_90_days"
    NO_DATE = "no_date"

    @property
    def label(self) -> str:
        return {"any": "Any due date", "overdue": "Overdue",
                "next_14_days": "Due within 14 days", "next_30_days": "Due within 30 days",
                "next_90_days": "Due within 90 days", "no_date": "No due date"}[self.value]

    @property
    def days(self) -> int | None:
        return {"next_14_days": 14, "next_30_days": 30, "next_90_days": 90}.get(self.value)


class GiftDirection(LabelledEnum):
    GIVEN = "given"
    RECEIVED = "received"
