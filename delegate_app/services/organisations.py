"""Organisations and networks, and which cities belong to them, in what role, since when."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import City, NetworkMembership, Organisation, Person
from ..domain.enums import MembershipRole
from ..domain.errors import NotFoundError, ValidationError
from ..domain.records import Change, MembershipLine, OrganisationInput, OrganisationRow
from ..domain.validation import validate_organisation
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from . import crud
from .editing import translated_errors

_FIELDS = tuple(OrganisationInput.__dataclass_fields__)


def _apply(session: Session, row: Organisation, data: OrganisationInput) -> None:
    if data.city_id is not None and session.get(City, data.city_id) is None:
        raise ValidationError({"city_id": QT_TRANSLATE_NOOP(
            "delegate_app", "That city no longer exists; pick another.")})
    for name in _FIELDS:
        setattr(row, name, getattr(data, name))


def _to_input(row: Organisation) -> OrganisationInput:
    return OrganisationInput(**{name: getattr(row, name) for name in _FIELDS})


def _check_unique(session: Session, data: OrganisationInput, own_id: int | None) -> None:
    clash = session.scalar(select(Organisation.id).where(
        func.lower(Organisation.name) == data.name.lower()))
    if clash is not None and clash != own_id:
        raise ValidationError({"name": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "“{name}” is already on file."), {"name": data.name})})


ORGANISATION = crud.RecordKind(Organisation, "organisation", validate_organisation, _apply,
                               _to_input, lambda row: row.name, _check_unique)


def create_organisation(sessions: sessionmaker[Session], data: OrganisationInput,
                        record_id: int | None = None) -> Change:
    return crud.create(sessions, ORGANISATION, data, record_id)


def update_organisation(sessions: sessionmaker[Session], org_id: int, seen_version: int,
                        data: OrganisationInput) -> Change:
    return crud.update(sessions, ORGANISATION, org_id, seen_version, data)


def delete_organisation(sessions: sessionmaker[Session], org_id: int,
                        seen_version: int) -> crud.RowsSnapshot:
    return crud.delete(sessions, ORGANISATION, org_id, seen_version)


def get_organisation(sessions: sessionmaker[Session],
                     org_id: int) -> tuple[int, OrganisationInput]:
    return crud.fetch(sessions, ORGANISATION, org_id)


def list_organisations(sessions: sessionmaker[Session]) -> list[OrganisationRow]:
    with sessions() as session:
        members = dict(session.execute(select(NetworkMembership.network_id, func.count())
                                       .where(NetworkMembership.until_on.is_(None))
                                       .group_by(NetworkMembership.network_id)).all())
        staff = dict(session.execute(select(Person.organisation_id, func.count())
                                     .group_by(Person.organisation_id)).all())
        return [OrganisationRow(o.id, o.version, _to_input(o), o.city.name if o.city else "",
                                int(members.get(o.id, 0)), int(staff.get(o.id, 0)))
                for o in session.scalars(select(Organisation).order_by(Organisation.name)
                                         .options(selectinload(Organisation.city)))]


def memberships(sessions: sessionmaker[Session], network_id: int) -> list[MembershipLine]:
    with sessions() as session:
        rows = session.scalars(select(NetworkMembership).where(
            NetworkMembership.network_id == network_id, NetworkMembership.city_id.is_not(None))
            .options(selectinload(NetworkMembership.city)))
        lines = [MembershipLine(m.id, m.city.name if m.city else "", m.role, m.since_on,
                                m.until_on) for m in rows]
        return sorted(lines, key=lambda m: (m.until_on is not None, m.member))


def add_membership(sessions: sessionmaker[Session], network_id: int, city_id: int,
                   role: MembershipRole, since_on: date | None) -> tuple[Change, int]:
    with sessions.begin() as session, translated_errors("membership"):
        if session.get(Organisation, network_id) is None or session.get(City, city_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "The network or the city no longer exists."))
        current = session.scalar(select(NetworkMembership.id).where(
            NetworkMembership.network_id == network_id, NetworkMembership.city_id == city_id,
            NetworkMembership.until_on.is_(None)))
        if current is not None:
            raise ValidationError({"city": QT_TRANSLATE_NOOP(
                "delegate_app", "This city is already a current member.")})
        row = NetworkMembership(network_id=network_id, city_id=city_id, role=role,
                                since_on=since_on)
        session.add(row)
        session.flush()
        return Change("organisation", network_id, 0, "updated"), row.id


def remove_membership(sessions: sessionmaker[Session], membership_id: int) -> Change:
    """Only to undo an addition made by mistake; a city leaving a network gets an end date."""
    with sessions.begin() as session:
        row = session.get(NetworkMembership, membership_id)
        network = row.network_id if row else 0
        if row is not None:
            session.delete(row)
        return Change("organisation", network, 0, "updated")


def end_membership(sessions: sessionmaker[Session], membership_id: int,
                   until_on: date | None) -> tuple[Change, date | None]:
    """Set (or with None clear) the end date; returns the previous one, for undo."""
    with sessions.begin() as session, translated_errors("membership"):
        row = session.get(NetworkMembership, membership_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "delegate_app", "This membership no longer exists."))
        if until_on is not None and row.since_on is not None and until_on < row.since_on:
            raise ValidationError({"until_on": QT_TRANSLATE_NOOP(
                "delegate_app", "A membership cannot end before it began.")})
        previous, row.until_on = row.until_on, until_on
        session.flush()
        return Change("organisation", row.network_id, 0, "updated"), previous
