"""Rows of commitments for the lists, Today and the reminders, read in one narrow query (the
names, places and titles they show joined in), not as ORM graphs: thousands of open
promises of a ten-year office come back in a fraction of the time."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session, aliased

from ..db.models import (
    Agreement,
    City,
    Commitment,
    ItineraryItem,
    Person,
    Summit,
    ThemeTag,
)
from ..domain.enums import NameOrder
from ..domain.follow_up import days_left, is_overdue
from ..domain.names import formal_name
from ..domain.records import CommitmentRow
from .crud import ROWS_AT_ONCE

_owner, _counterpart, _owner_city = aliased(Person), aliased(Person), aliased(City)


def _narrow(query: Select[Any]) -> Any:
    """The commitments ``query`` selects (its filter and order kept), as flat rows."""
    c = Commitment
    return query.with_only_columns(
        c.id, c.description, c.direction, c.status, c.priority, c.due_on, c.version, c.source,
        c.owner_id, c.counterpart_id, c.city_id, c.theme_id, c.agreement_id, c.completed_on,
        c.evidence, c.evidence_document_name, c.internal_notes,
        _owner.honorific, _owner.given_name, _owner.family_name, _owner.name_order,
        _owner_city.time_zone,
        _counterpart.honorific, _counterpart.given_name, _counterpart.family_name,
        _counterpart.name_order, City.name, ThemeTag.name, Agreement.title,
        ItineraryItem.title, ItineraryItem.internal, Summit.title,
        maintain_column_froms=False,
    ).select_from(c).outerjoin(_owner, _owner.id == c.owner_id).outerjoin(
        _owner_city, _owner_city.id == _owner.city_id).outerjoin(
        _counterpart, _counterpart.id == c.counterpart_id).outerjoin(
        City, City.id == c.city_id).outerjoin(ThemeTag, ThemeTag.id == c.theme_id).outerjoin(
        Agreement, Agreement.id == c.agreement_id).outerjoin(
        ItineraryItem, ItineraryItem.id == c.item_id).outerjoin(Summit, Summit.id == c.summit_id)


def _name(honorific: str | None, given: str | None, family: str | None,
          order: NameOrder | None) -> str:
    if order is None:  # nobody there (an outer join found no one)
        return ""
    return formal_name(honorific or "", given or "", family or "", NameOrder(order))


def narrow_commitment_rows(session: Session, query: Select[Any], now: datetime,
                           default_zone: str) -> list[CommitmentRow]:
    """Rows of the commitments ``query`` (a ``select(Commitment)...``) selects;
    ``default_zone`` counts for owners without a city. A name, place, title or zone many
    rows show is one object for all (and a person's name is written once)."""
    held: dict[str, str] = {"": ""}
    names: dict[tuple[Any, ...], str] = {}

    def one(text: str | None) -> str:
        return "" if text is None else held.get(text) or held.setdefault(text, text)

    def name(honorific: str | None, given: str | None, family: str | None,
             order: NameOrder | None) -> str:
        key = (honorific, given, family, order)
        written = names.get(key)
        if written is None:
            written = names[key] = sys.intern(_name(honorific, given, family, order))
        return written

    rows = []
    for (c_id, description, direction, status, priority, due_on, version, source, owner_id,
         counterpart_id, city_id, theme_id, agreement_id, completed_on, evidence, document,
         notes, o_hon, o_given, o_family, o_order, o_zone, c_hon, c_given, c_family, c_order,
         city, theme, agreement, item, item_internal, summit) in session.execute(
            _narrow(query).execution_options(yield_per=ROWS_AT_ONCE)):
        zone = one(o_zone or default_zone)
        rows.append(CommitmentRow(
            id=c_id, description=description, direction=direction, status=status,
            priority=priority, due_on=due_on, owner=name(o_hon, o_given, o_family, o_order),
            counterpart=name(c_hon, c_given, c_family, c_order), city=one(city),
            theme=one(theme), source=one(source.label),
            overdue=is_overdue(status, due_on, now, zone), version=version, owner_id=owner_id,
            counterpart_id=counterpart_id, city_id=city_id, theme_id=theme_id,
            agreement_id=agreement_id, agreement=one(agreement),
            meeting=one(item) if item is not None else one(summit),
            meeting_internal=bool(item_internal), completed_on=completed_on,
            evidence=evidence, evidence_document_name=document, internal_notes=notes,
            days_left=days_left(due_on, now, zone), owner_zone=zone))
    return rows
