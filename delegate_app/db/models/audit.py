"""The record of every change: one append-only row per record a write created, changed,
removed or restored, written in the same transaction as the write (``db/audit.py``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, UTCDateTime, text_column

# SQLite numbers rows itself only for INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT.
AUDIT_ID = BigInteger().with_variant(Integer(), "sqlite")


class AuditEntry(Base):
    """Who did what to which record, when, and each field before and after (JSON).

    No foreign keys: the entry outlives the record it describes.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_record", "kind", "record_id"),
        Index("ix_audit_entry_scope", "scope_kind", "scope_id"),
    )

    id: Mapped[int] = mapped_column(AUDIT_ID, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    officer: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(20), nullable=False)  # created/changed/...
    kind: Mapped[str] = mapped_column(String(60), nullable=False)  # the table
    record_id: Mapped[int | None] = mapped_column(Integer)  # None: rows of a bulk write
    rows: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    # The record this row is part of (an item's delegation, a session's summit).
    scope_kind: Mapped[str] = text_column(60)
    scope_id: Mapped[int | None] = mapped_column(Integer)
    delegation_id: Mapped[int | None] = mapped_column(Integer, index=True)
    summary: Mapped[str] = text_column(500)  # the record's name when written
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}",
                                         server_default="{}")
    # The zones the record's times are read in (an item's start and end zones).
    zone: Mapped[str] = text_column(64)
    end_zone: Mapped[str] = text_column(64)
