"""People: our officials and the counterparts we meet."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ...domain.enums import NameOrder
from ..base import Base, Editable, enum_type, text_column
from .places import City, Organisation


class Person(Editable, Base):
    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("given_name <> '' OR family_name <> ''", name="has_a_name"),
        CheckConstraint("precedence_rank IS NULL OR precedence_rank >= 1",
                        name="precedence_positive"),
    )

    honorific: Mapped[str] = text_column(60)
    given_name: Mapped[str] = text_column(240)
    family_name: Mapped[str] = text_column(240, index=True)
    native_name: Mapped[str] = text_column(240)
    name_order: Mapped[NameOrder] = mapped_column(
        enum_type(NameOrder), nullable=False, default=NameOrder.GIVEN_FIRST
    )
    position: Mapped[str] = text_column(240)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"),
                                                index=True)
    form_of_address_letter: Mapped[str] = text_column(240)
    form_of_address_spoken: Mapped[str] = text_column(240)
    precedence_rank: Mapped[int | None] = mapped_column(Integer, index=True)
    # ISO 639 codes in order of fluency, comma-separated: "fa,en,ar".
    languages: Mapped[str] = text_column(120)
    interpretation_needs: Mapped[str] = text_column()
    dietary_needs: Mapped[str] = text_column()
    accessibility_needs: Mapped[str] = text_column()
    email: Mapped[str] = text_column(254, index=True)
    phone: Mapped[str] = text_column(60)
    biography: Mapped[str] = text_column()
    internal_notes: Mapped[str] = text_column()
    photo_mime: Mapped[str] = text_column(40)
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))

    organisation: Mapped[Organisation | None] = relationship()
    city: Mapped[City | None] = relationship()




class PositionHeld(Editable, Base):
    """An office a person held: when a mayor leaves, the record stays with its end date."""

    __tablename__ = "position_held"
    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
                        name="ends_after_starts"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(240), nullable=False)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id", ondelete="SET NULL"),
                                                index=True)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
