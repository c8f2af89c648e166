"""Summits and their sessions, delegations, their members and itineraries."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import (
    DelegationStatus,
    Direction,
    ItemKind,
    ItemStatus,
    MemberRole,
    SessionKind,
    SummitKind,
)
from ..base import Base, Editable, UTCDateTime, enum_type, text_column
from .people import Person
from .places import City, Organisation

if TYPE_CHECKING:
    from .follow_up import ThemeTag


class CalendarItem(Editable):
    """A row exported to calendars: a stable uid and a sequence raised on material change.

    Removed items stay as cancelled so subscribed calendars learn of the removal.
    """

    uid: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    start_tz: Mapped[str] = mapped_column(String(64), nullable=False)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    end_tz: Mapped[str] = mapped_column(String(64), nullable=False)


summit_theme = Table(
    "summit_theme",
    Base.metadata,
    Column("summit_id", Integer, ForeignKey("summit.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", Integer, ForeignKey("theme_tag.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class Summit(Editable, Base):
    __tablename__ = "summit"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="ends_after_starts"),)

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[SummitKind] = mapped_column(enum_type(SummitKind), nullable=False)
    host_city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"),
                                              nullable=False, index=True)
    venue: Mapped[str] = text_column(300)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str] = text_column()
    website: Mapped[str] = text_column(300)

    host_city: Mapped[City] = relationship()
    organiser: Mapped[Organisation | None] = relationship()
    sessions: Mapped[list[SummitSession]] = relationship(
        back_populates="summit", cascade="all, delete-orphan", passive_deletes=True,
        order_by="SummitSession.starts_at",
    )
    themes: Mapped[list[ThemeTag]] = relationship(secondary=summit_theme)


class SummitSession(CalendarItem, Base):
    __tablename__ = "summit_session"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_starts"),)

    summit_id: Mapped[int] = mapped_column(ForeignKey("summit.id", ondelete="CASCADE"),
                                           nullable=False, index=True)
    kind: Mapped[SessionKind] = mapped_column(enum_type(SessionKind), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    room: Mapped[str] = text_column(200)
    speakers: Mapped[str] = text_column()
    description: Mapped[str] = text_column()
    status: Mapped[ItemStatus] = mapped_column(enum_type(ItemStatus), nullable=False,
                                               default=ItemStatus.CONFIRMED)

    summit: Mapped[Summit] = relationship(back_populates="sessions")


delegation_destination = Table(
    "delegation_destination",
    Base.metadata,
    Column("delegation_id", Integer, ForeignKey("delegation.id", ondelete="CASCADE"),
           primary_key=True),
    Column("city_id", Integer, ForeignKey("city.id", ondelete="RESTRICT"), primary_key=True,
           index=True),
    Column("position", Integer, nullable=False, default=0),
)


class Delegation(Editable, Base):
    __tablename__ = "delegation"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="ends_after_starts"),)

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    direction: Mapped[Direction] = mapped_column(enum_type(Direction), nullable=False,
                                                 index=True)
    status: Mapped[DelegationStatus] = mapped_column(
        enum_type(DelegationStatus), nullable=False, default=DelegationStatus.DRAFT, index=True
    )
    home_city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"),
                                              nullable=False, index=True)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    objectives: Mapped[str] = text_column()
    summit_id: Mapped[int | None] = mapped_column(ForeignKey("summit.id", ondelete="SET NULL"),
                                                  index=True)
    internal_notes: Mapped[str] = text_column()
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                           server_default="0")

    home_city: Mapped[City] = relationship()
    summit: Mapped[Summit | None] = relationship()
    destinations: Mapped[list[City]] = relationship(
        secondary=delegation_destination, order_by=delegation_destination.c.position
    )
    members: Mapped[list[DelegationMember]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan", passive_deletes=True,
        order_by="DelegationMember.precedence",
    )
    items: Mapped[list[ItineraryItem]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ItineraryItem.starts_at",
    )


class DelegationMember(Editable, Base):
    __tablename__ = "delegation_member"
    __table_args__ = (
        UniqueConstraint("delegation_id", "person_id", name="uq_delegation_member_person"),
        CheckConstraint("precedence >= 1", name="precedence_positive"),
    )

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"),
                                               nullable=False, index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                           nullable=False, index=True)
    role: Mapped[MemberRole] = mapped_column(enum_type(MemberRole), nullable=False,
                                             default=MemberRole.MEMBER)
    precedence: Mapped[int] = mapped_column(Integer, nullable=False)

    delegation: Mapped[Delegation] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


def _person_link(name: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column("item_id", Integer, ForeignKey("itinerary_item.id", ondelete="CASCADE"),
               primary_key=True),
        Column("person_id", Integer, ForeignKey("person.id", ondelete="RESTRICT"),
               primary_key=True, index=True),
    )


item_participant = _person_link("item_participant")
item_counterpart = _person_link("item_counterpart")
item_interpreter = _person_link("item_interpreter")


class ItineraryItem(CalendarItem, Base):
    __tablename__ = "itinerary_item"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        UniqueConstraint("delegation_id", "import_uid", name="uq_itinerary_item_import_uid"),
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude_range"),
        CheckConstraint(
            "longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude_range"
        ),
    )

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"),
                                               nullable=False, index=True)
    kind: Mapped[ItemKind] = mapped_column(enum_type(ItemKind), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    status: Mapped[ItemStatus] = mapped_column(enum_type(ItemStatus), nullable=False,
                                               default=ItemStatus.TENTATIVE, index=True)
    all_day: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                          server_default="0")
    # Where it happens; for a flight, train or transfer: where it arrives.
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"),
                                                index=True)
    # For a flight, train or transfer: where it leaves from.
    origin_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    carrier: Mapped[str] = text_column(80)
    service_number: Mapped[str] = text_column(20)
    venue: Mapped[str] = text_column(300)
    address: Mapped[str] = text_column(500)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    language_pair: Mapped[str] = text_column(20)
    dress_code: Mapped[str] = text_column(120)
    description: Mapped[str] = text_column()
    # Ours alone (a briefing, a preparation meeting, a security run): the whole item
    # never leaves in a host edition or a cut shared outside the office.
    internal: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                           server_default="0")
    # Internal notes: never leave in a host edition.
    briefing: Mapped[str] = text_column()
    talking_points: Mapped[str] = text_column()
    booking_reference: Mapped[str] = text_column(120)
    summit_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("summit_session.id", ondelete="SET NULL"), index=True
    )
    # The UID the item had in the calendar file it was imported from: re-importing the
    # file updates this item instead of adding another.
    import_uid: Mapped[str | None] = mapped_column(String(255))

    delegation: Mapped[Delegation] = relationship(back_populates="items")
    city: Mapped[City | None] = relationship(foreign_keys=[city_id])
    origin_city: Mapped[City | None] = relationship(foreign_keys=[origin_city_id])
    summit_session: Mapped[SummitSession | None] = relationship()
    participants: Mapped[list[Person]] = relationship(secondary=item_participant,
                                                          order_by="Person.id")
    counterparts: Mapped[list[Person]] = relationship(secondary=item_counterpart,
                                                          order_by="Person.id")
    interpreters: Mapped[list[Person]] = relationship(secondary=item_interpreter,
                                                           order_by="Person.id")

