"""Cities, organisations and networks, memberships, partnerships and agreements."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ...domain.enums import (
    AgreementKind,
    AgreementStatus,
    MembershipRole,
    OrganisationKind,
    PartnershipKind,
    PartnershipStatus,
)
from ..base import Base, Editable, enum_type, text_column

if TYPE_CHECKING:
    from .people import Person


class City(Editable, Base):
    __tablename__ = "city"
    __table_args__ = (
        CheckConstraint("length(country_code) = 2", name="country_code_two_letters"),
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude_range"),
        CheckConstraint(
            "longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude_range"
        ),
        CheckConstraint("population IS NULL OR population >= 0", name="population_positive"),
        UniqueConstraint("name", "country_code", name="uq_city_name_country"),
    )

    name: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    native_name: Mapped[str] = text_column(120)
    country_code: Mapped[str] = mapped_column(String(2), nullable=False, index=True)
    time_zone: Mapped[str] = mapped_column(String(64), nullable=False)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    population: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str] = text_column()

    memberships: Mapped[list[NetworkMembership]] = relationship(
        back_populates="city", cascade="all, delete-orphan", passive_deletes=True
    )


class Office(Editable, Base):
    """The protocol office using this database: its name, home city and calendar address."""

    __tablename__ = "office"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    home_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    email: Mapped[str] = text_column(200)

    home_city: Mapped[City | None] = relationship()


class Organisation(Editable, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    acronym: Mapped[str] = text_column(40)
    native_name: Mapped[str] = text_column(200)
    kind: Mapped[OrganisationKind] = mapped_column(enum_type(OrganisationKind), nullable=False,
                                                   index=True)
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    website: Mapped[str] = text_column(300)
    notes: Mapped[str] = text_column()

    city: Mapped[City | None] = relationship()


class NetworkMembership(Editable, Base):
    """A city's (or an organisation's) membership of a network, with its role and dates."""

    __tablename__ = "network_membership"
    __table_args__ = (
        CheckConstraint("until_on IS NULL OR since_on IS NULL OR until_on >= since_on",
                        name="until_after_since"),
        CheckConstraint("(city_id IS NULL) <> (member_organisation_id IS NULL)",
                        name="one_member"),
    )

    network_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), nullable=False, index=True
    )
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"),
                                                index=True)
    member_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[MembershipRole] = mapped_column(enum_type(MembershipRole), nullable=False,
                                                 default=MembershipRole.MEMBER)
    since_on: Mapped[date | None] = mapped_column(Date)
    until_on: Mapped[date | None] = mapped_column(Date)

    network: Mapped[Organisation] = relationship(foreign_keys=[network_id])
    city: Mapped[City | None] = relationship(back_populates="memberships")


class Partnership(Editable, Base):
    """A standing relationship between two cities: twinning, friendship, MoU, letter of intent."""

    __tablename__ = "partnership"
    __table_args__ = (
        CheckConstraint("city_id <> partner_city_id", name="two_different_cities"),
        CheckConstraint("expires_on IS NULL OR signed_on IS NULL OR expires_on >= signed_on",
                        name="expires_after_signed"),
    )

    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"),
                                         nullable=False, index=True)
    partner_city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"),
                                                 nullable=False, index=True)
    kind: Mapped[PartnershipKind] = mapped_column(enum_type(PartnershipKind), nullable=False)
    status: Mapped[PartnershipStatus] = mapped_column(enum_type(PartnershipStatus),
                                                      nullable=False, index=True)
    title: Mapped[str] = text_column(300)
    signed_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    notes: Mapped[str] = text_column()
    internal_notes: Mapped[str] = text_column()

    city: Mapped[City] = relationship(foreign_keys=[city_id])
    partner_city: Mapped[City] = relationship(foreign_keys=[partner_city_id])


agreement_signatory = Table(
    "agreement_signatory",
    Base.metadata,
    Column("agreement_id", Integer, ForeignKey("agreement.id", ondelete="CASCADE"),
           primary_key=True),
    Column("person_id", Integer, ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True,
           index=True),
)


class Agreement(Editable, Base):
    """A signed document: twinning agreement, MoU, joint declaration, ..."""

    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint("expires_on IS NULL OR signed_on IS NULL OR expires_on >= signed_on",
                        name="expires_after_signed"),
    )

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[AgreementKind] = mapped_column(enum_type(AgreementKind), nullable=False)
    status: Mapped[AgreementStatus] = mapped_column(enum_type(AgreementStatus), nullable=False,
                                                    index=True)
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership.id", ondelete="SET NULL"), index=True
    )
    signed_in_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    signed_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = text_column()
    internal_notes: Mapped[str] = text_column()
    document_name: Mapped[str] = text_column(255)
    document: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))

    partnership: Mapped[Partnership | None] = relationship()
    signed_in_city: Mapped[City | None] = relationship()
    signatories: Mapped[list[Person]] = relationship(secondary=agreement_signatory)

