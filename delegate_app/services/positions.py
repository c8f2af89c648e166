"""Positions and changes of office: the person stays, with the office's end date; the
successor takes the position; past meetings keep pointing at who was really there."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import Person, PositionHeld
from ..domain.errors import NotFoundError, ValidationError
from ..domain.records import Change, PersonInput
from ..domain.timefmt import format_date
from ..domain.wording import QT_TRANSLATE_NOOP, Day
from ..language.speech import said
from .editing import load_for_edit, translated_errors
from .people import PERSON, person_input


@dataclass(frozen=True, slots=True)
class OfficeChange:
    """What a change of office altered, so undo can put it back."""

    outgoing: tuple[int, PersonInput]
    successor: tuple[int, PersonInput] | None
    position_ids: tuple[int, ...]


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This person no longer exists."))
    return person


def change_of_office(sessions: sessionmaker[Session], outgoing_id: int, ended_on: date,
                     successor_id: int | None = None, *,
                     seen_version: int) -> tuple[Change, OfficeChange]:
    """Record that the person left office (``seen_version``: their version as the officer
    saw it); a successor, if named, takes the position."""
    with sessions.begin() as session, translated_errors("change of office"):
        outgoing = load_for_edit(session, Person, outgoing_id, seen_version, "person")
        if not outgoing.position:
            raise ValidationError({"position": QT_TRANSLATE_NOOP(
                "delegate_app", "This person holds no position to leave.")})
        if successor_id == outgoing_id:
            raise ValidationError({"successor": QT_TRANSLATE_NOOP(
                "delegate_app", "Someone cannot succeed themselves.")})
        title, org, city = outgoing.position, outgoing.organisation_id, outgoing.city_id
        before_out = (outgoing.id, person_input(outgoing))
        left = PositionHeld(person_id=outgoing.id, title=title, organisation_id=org,
                            city_id=city, ended_on=ended_on)
        session.add(left)
        PERSON.apply(session, outgoing, replace(
            before_out[1], position=f"Former {title} (until {format_date(ended_on)})"))
        before_succ = None
        created = [left]
        if successor_id is not None:
            successor = session.get(Person, successor_id, with_for_update=True)
            if successor is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "delegate_app", "The successor is no longer on file."))
            before_succ = (successor.id, person_input(successor))
            PERSON.apply(session, successor, replace(before_succ[1], position=title,
                                                     organisation_id=org, city_id=city))
            taken = PositionHeld(person_id=successor.id, title=title, organisation_id=org,
                                 city_id=city, started_on=ended_on)
            session.add(taken)
            created.append(taken)
        session.flush()
        return (Change("person", outgoing.id, outgoing.version, "updated"),
                OfficeChange(before_out, before_succ, tuple(p.id for p in created)))


def undo_change_of_office(sessions: sessionmaker[Session], change: OfficeChange) -> Change:
    with sessions.begin() as session:
        session.execute(delete(PositionHeld).where(PositionHeld.id.in_(change.position_ids)))
        for person_id, data in filter(None, (change.outgoing, change.successor)):
            PERSON.apply(session, _person(session, person_id), data)
        session.flush()
        person = _person(session, change.outgoing[0])
        return Change("person", person.id, person.version, "updated")


def positions_of(sessions: sessionmaker[Session], person_id: int) -> list[str]:
    """"Mayor of Tehran (until 30 Nov 2026)", newest first."""
    with sessions() as session:
        rows = session.scalars(select(PositionHeld).where(PositionHeld.person_id == person_id)
                               .order_by(PositionHeld.ended_on.desc().nulls_first(),
                                         PositionHeld.started_on.desc()))
        return [p.title + (said(QT_TRANSLATE_NOOP("delegate_app", " (from {day})"),
                                day=Day(p.started_on, "date")) if p.started_on else "")
                + (said(QT_TRANSLATE_NOOP("delegate_app", " (until {day})"),
                        day=Day(p.ended_on, "date")) if p.ended_on else "") for p in rows]
