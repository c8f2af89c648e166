"""All mapped tables; importing this package registers them on ``Base.metadata``."""

from ..base import Base
from .audit import AuditEntry
from .follow_up import Commitment, CommitmentEvent, Gift, MeetingOutcome, ThemeTag
from .people import Person, PositionHeld
from .places import Agreement, City, NetworkMembership, Office, Organisation, Partnership
from .planning import Delegation, DelegationMember, ItineraryItem, Summit, SummitSession
from .versions import ProgrammeVersion

__all__ = [
    "Agreement",
    "AuditEntry",
    "Base",
    "City",
    "Commitment",
    "CommitmentEvent",
    "Delegation",
    "DelegationMember",
    "Gift",
    "ItineraryItem",
    "MeetingOutcome",
    "NetworkMembership",
    "Office",
    "Organisation",
    "Partnership",
    "Person",
    "PositionHeld",
    "ProgrammeVersion",
    "Summit",
    "SummitSession",
    "ThemeTag",
]
