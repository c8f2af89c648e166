"""What comes after the meeting: outcomes, commitments, gifts, and the theme tags."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    LargeBinary,
    Numeric,
    String,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ...domain.enums import (
    CommitmentDirection,
    CommitmentSource,
    CommitmentStatus,
    GiftDirection,
    Priority,
)
from ..base import Base, Editable, UTCDateTime, enum_type, text_column
from .people import Person
from .places import Agreement, City
from .planning import Delegation, ItineraryItem, Summit


class ThemeTag(Editable, Base):
    """A theme work is tagged with: climate, migration, economy, culture, ..."""

    __tablename__ = "theme_tag"

    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    description: Mapped[str] = text_column()


class MeetingOutcome(Editable, Base):
    """What came out of one meeting: a summary and the decisions taken."""

    __tablename__ = "meeting_outcome"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    summary: Mapped[str] = text_column()
    decisions: Mapped[str] = text_column()
    internal_notes: Mapped[str] = text_column()

    item: Mapped[ItineraryItem] = relationship()


class Commitment(Editable, Base):
    """A promise made at a meeting, a summit or in an agreement, and whether it was kept."""

    __tablename__ = "commitment"
    __table_args__ = (
        CheckConstraint(
            "status NOT IN ('done') OR completed_on IS NOT NULL", name="done_has_date"
        ),
    )

    uid: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    sequence: Mapped[int] = mapped_column(nullable=False, default=0)
    description: Mapped[str] = mapped_column(String(1000), nullable=False)
    direction: Mapped[CommitmentDirection] = mapped_column(
        enum_type(CommitmentDirection), nullable=False, index=True
    )
    status: Mapped[CommitmentStatus] = mapped_column(
        enum_type(CommitmentStatus), nullable=False, default=CommitmentStatus.OPEN, index=True
    )
    priority: Mapped[Priority] = mapped_column(enum_type(Priority), nullable=False,
                                               default=Priority.NORMAL)
    source: Mapped[CommitmentSource] = mapped_column(enum_type(CommitmentSource),
                                                     nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                                 index=True)
    counterpart_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"),
                                                index=True)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme_tag.id", ondelete="SET NULL"),
                                                 index=True)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="SET NULL"), index=True
    )
    summit_id: Mapped[int | None] = mapped_column(ForeignKey("summit.id", ondelete="SET NULL"),
                                                  index=True)
    agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement.id", ondelete="SET NULL"), index=True
    )
    completed_on: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = text_column()
    evidence_document_name: Mapped[str] = text_column(255)
    evidence_document: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    internal_notes: Mapped[str] = text_column()

    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])
    counterpart: Mapped[Person | None] = relationship(foreign_keys=[counterpart_id])
    city: Mapped[City | None] = relationship()
    theme: Mapped[ThemeTag | None] = relationship()
    item: Mapped[ItineraryItem | None] = relationship()
    summit: Mapped[Summit | None] = relationship()
    agreement: Mapped[Agreement | None] = relationship()
    events: Mapped[list[CommitmentEvent]] = relationship(
        back_populates="commitment", cascade="all, delete-orphan", passive_deletes=True,
        order_by="CommitmentEvent.id")


class CommitmentEvent(Base):
    """One change of a commitment's status: who, when, and the note or document given.
    Written once, never edited: the history an officer can rely on."""

    __tablename__ = "commitment_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    by: Mapped[str] = mapped_column(String(120), nullable=False)
    from_status: Mapped[CommitmentStatus | None] = mapped_column(
        enum_type(CommitmentStatus, "from_status"))
    to_status: Mapped[CommitmentStatus] = mapped_column(
        enum_type(CommitmentStatus, "to_status"), nullable=False)
    note: Mapped[str] = text_column()
    document_name: Mapped[str] = text_column(255)
    document: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))

    commitment: Mapped[Commitment] = relationship(back_populates="events")


class Gift(Editable, Base):
    """An entry of the gift register that public-ethics rules require."""

    __tablename__ = "gift"
    __table_args__ = (
        CheckConstraint("estimated_value IS NULL OR estimated_value >= 0",
                        name="value_positive"),
        CheckConstraint("length(currency) IN (0, 3)", name="currency_code"),
    )

    given_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    direction: Mapped[GiftDirection] = mapped_column(enum_type(GiftDirection), nullable=False,
                                                     index=True)
    occasion: Mapped[str] = text_column(300)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="SET NULL"), index=True
    )
    giver_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                                 index=True)
    recipient_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str] = mapped_column(String(1000), nullable=False)
    estimated_value: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = text_column(3)
    declared: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                           server_default="0")
    current_location: Mapped[str] = text_column(300)
    internal_notes: Mapped[str] = text_column()

    delegation: Mapped[Delegation | None] = relationship()
    item: Mapped[ItineraryItem | None] = relationship()
    giver: Mapped[Person | None] = relationship(foreign_keys=[giver_id])
    recipient: Mapped[Person | None] = relationship(foreign_keys=[recipient_id])
