"""Declarative base, constraint naming convention and the column types every model shares."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: stored as naive UTC, always returned timezone-aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("Refusing to store a naive datetime; instants must carry a zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            return value.astimezone(UTC)
        return value.replace(tzinfo=UTC)


def enum_type(enum_cls: type[Enum], name: str | None = None) -> SAEnum:
    """Store an enum by value in a VARCHAR with a CHECK constraint (portable, readable).
    ``name`` names the constraint when one table has two columns of the same enum."""
    snake = "".join("_" + c.lower() if c.isupper() else c for c in enum_cls.__name__).lstrip("_")
    return SAEnum(
        enum_cls,
        name=name or snake,
        native_enum=False,
        create_constraint=True,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _now() -> datetime:
    return datetime.now(UTC)


class Editable:
    """Version counter for optimistic locking, created/updated timestamps and who saved."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-10)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, sort_order=90)
    created_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), nullable=False, default=_now, sort_order=91
    )
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), nullable=False, default=_now, onupdate=_now, sort_order=92
    )
    # The officer who saved it last (db/stamp.py signs every flush): a refused stale save
    # can say who saved first.
    updated_by: Mapped[str] = mapped_column(String(120), nullable=False, default="",
                                            server_default="", sort_order=93)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr gets the class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def text_column(length: int | None = None, **kwargs: Any) -> Mapped[str]:
    """A non-null text column that defaults to the empty string."""
    return mapped_column(String(length) if length else Text(), nullable=False,
                         default="", server_default="", **kwargs)
