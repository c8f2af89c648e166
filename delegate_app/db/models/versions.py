"""Issued versions of a delegation's or a summit's programme: numbered snapshots kept for
good."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from ..base import Base, UTCDateTime, text_column


class ProgrammeVersion(Base):
    """Version N of a delegation's or a summit's programme (exactly one of them): who issued
    it, when, why, and the snapshot document (JSON, ``schema`` says its shape, per kind).
    Written once, never edited; numbered per delegation and per summit."""

    __tablename__ = "programme_version"
    __table_args__ = (
        UniqueConstraint("delegation_id", "number", name="uq_programme_version_number"),
        UniqueConstraint("summit_id", "number", name="uq_programme_version_summit_number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("(delegation_id IS NULL) <> (summit_id IS NULL)",
                        name="one_programme"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True)
    summit_id: Mapped[int | None] = mapped_column(ForeignKey("summit.id", ondelete="CASCADE"),
                                                  index=True)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    issued_by: Mapped[str] = mapped_column(String(120), nullable=False)
    # The office's zone then: the version is named by its local time there for good.
    issued_zone: Mapped[str] = mapped_column(String(64), nullable=False)
    note: Mapped[str] = text_column()
    schema: Mapped[int] = mapped_column(Integer, nullable=False)
    # Loaded only when a version is opened: a list of versions never reads the documents.
    document: Mapped[str] = deferred(mapped_column(Text, nullable=False))
