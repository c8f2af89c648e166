"""The gift register: gifts given and received, and the yearly register for the ethics office."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import extract, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from ..db.models import Delegation, Gift, Person
from ..domain.enums import NameOrder
from ..domain.errors import ValidationError
from ..domain.names import formal_name
from ..domain.records import Change, Choice, GiftInput, GiftRow
from ..domain.validation import validate_gift
from ..domain.wording import QT_TRANSLATE_NOOP
from ..exports.atomic import atomic_write
from ..exports.tables import table_csv, table_xlsx
from . import crud

_FIELDS = tuple(GiftInput.__dataclass_fields__)


def _apply(session: Session, row: Gift, data: GiftInput) -> None:
    for field, model in (("giver_id", Person), ("recipient_id", Person),
                         ("delegation_id", Delegation)):
        value = getattr(data, field)
        if value is not None and session.get(model, value) is None:
            raise ValidationError({field: QT_TRANSLATE_NOOP(
                "delegate_app", "That record no longer exists; choose again.")})
    for name in _FIELDS:
        setattr(row, name, getattr(data, name))


def _to_input(row: Gift) -> GiftInput:
    return GiftInput(**{name: getattr(row, name) for name in _FIELDS})


GIFT = crud.RecordKind(Gift, "gift", validate_gift, _apply, _to_input,
                       lambda row: row.description[:60])


def create_gift(sessions: sessionmaker[Session], data: GiftInput,
                record_id: int | None = None) -> Change:
    return crud.create(sessions, GIFT, data, record_id)


def update_gift(sessions: sessionmaker[Session], gift_id: int, seen_version: int,
                data: GiftInput) -> Change:
    return crud.update(sessions, GIFT, gift_id, seen_version, data)


def delete_gift(sessions: sessionmaker[Session], gift_id: int,
                seen_version: int) -> crud.RowsSnapshot:
    return crud.delete(sessions, GIFT, gift_id, seen_version)


def get_gift(sessions: sessionmaker[Session], gift_id: int) -> tuple[int, GiftInput]:
    return crud.fetch(sessions, GIFT, gift_id)


def list_gifts(sessions: sessionmaker[Session], year: int | None = None) -> list[GiftRow]:
    """The register's rows: the gifts' columns and the names they show, in one query (no
    ORM objects of gifts, people and delegations to build and throw away)."""
    giver, recipient = aliased(Person), aliased(Person)
    names = [(p.honorific, p.given_name, p.family_name, p.name_order) for p in (giver, recipient)]
    with sessions() as session:
        query = (select(Gift.id, Gift.version, *(getattr(Gift, f) for f in _FIELDS),
                        giver.id, *names[0], recipient.id, *names[1], Delegation.title)
                 .outerjoin(giver, Gift.giver_id == giver.id)
                 .outerjoin(recipient, Gift.recipient_id == recipient.id)
                 .outerjoin(Delegation, Gift.delegation_id == Delegation.id)
                 .order_by(Gift.given_on.desc()))
        if year is not None:
            query = query.where(extract("year", Gift.given_on) == year)
        width = len(_FIELDS)
        texts: dict[str, str] = {}  # a text or name many gifts show, held once
        people: dict[Any, str] = {}

        def one(value: Any) -> Any:
            return texts.setdefault(value, value) if isinstance(value, str) else value

        def name(person: Any) -> str:
            written = people.get(person)
            if written is None:
                written = people[person] = sys.intern(_name(person))
            return written

        return [GiftRow(row[0], row[1], GiftInput(*map(one, row[2:2 + width])),
                        name(row[2 + width:7 + width]), name(row[7 + width:12 + width]),
                        one(row[12 + width] or ""))
                for row in session.execute(query.execution_options(
                    yield_per=crud.ROWS_AT_ONCE))]


def _name(person: Any) -> str:
    """A giver's or recipient's name from (id, honorific, given, family, order); none: ""."""
    if person[0] is None:
        return ""
    return formal_name(person[1], person[2], person[3], NameOrder(person[4]))


def delegation_choices(sessions: sessionmaker[Session]) -> list[Choice]:
    with sessions() as session:
        return [Choice(d.id, d.title) for d in session.scalars(
            select(Delegation).order_by(Delegation.starts_on.desc()))]


REGISTER_COLUMNS = ("Date", "Given or received", "Occasion", "Giver", "Recipient",
                    "Description", "Estimated value", "Currency", "Declared",
                    "Where it is now", "Delegation")


def _register_rows(rows: list[GiftRow]) -> list[list[object]]:
    return [[r.data.given_on.isoformat(), r.data.direction.label, r.data.occasion, r.giver,
             r.recipient, r.data.description,
             float(r.data.estimated_value) if r.data.estimated_value is not None else "",
             r.data.currency, "yes" if r.data.declared else "no", r.data.current_location,
             r.delegation] for r in sorted(rows, key=lambda r: r.data.given_on)]


def export_register(sessions: sessionmaker[Session], year: int, fmt: str, target: Path) -> int:
    """The year's register, as a public-ethics office asks for it (no internal notes)."""
    rows = _register_rows(list_gifts(sessions, year))
    if fmt == "csv":
        atomic_write(target, table_csv(REGISTER_COLUMNS, rows))
    else:
        atomic_write(target, table_xlsx(REGISTER_COLUMNS, rows, f"Gifts {year}"))
    return len(rows)
