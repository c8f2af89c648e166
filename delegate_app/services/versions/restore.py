"""Start a new draft from an issued version: the itinerary and the delegation list go back
to what they were, in one transaction, and an undo puts back the draft that was replaced.

Calendars learn of it: items put back raise their SEQUENCE above anything exported, items
added since the version are cancelled (not deleted), items that were gone come back under
their old UID.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from ...db.models import City, DelegationMember, ItineraryItem, Person, SummitSession
from ...domain.enums import ItemStatus
from ...domain.errors import ValidationError
from ...domain.records import Change, ItemInput
from ...domain.versions import VersionItem, VersionProgramme
from ...domain.wording import QT_TRANSLATE_NOOP, Wording
from ..editing import translated_errors
from ..itinerary import _apply as apply_item
from ..itinerary import sequence_rises as is_material
from ..itinerary import to_input
from .capture import programme_of
from .outputs import seen_sequences
from .store import load_version


@dataclass(frozen=True, slots=True)
class RestoreReceipt:
    """What an undo needs: the draft as it was, and the items the restore brought back."""

    before: VersionProgramme
    created: tuple[int, ...]


def _input(item: VersionItem, sessions_ok: set[int]) -> ItemInput:
    values = {name: getattr(item, name) for name in ItemInput.__dataclass_fields__
              if hasattr(item, name)}
    if item.summit_session_id not in sessions_ok:
        values["summit_session_id"] = None  # the session is gone, as a delete would leave it
    return ItemInput(**values)


def _refuse_missing(session: Session, target: VersionProgramme, label: str) -> set[int]:
    """Everyone and every city the version names must still exist; returns the summit
    sessions that still do."""
    people = {p.id for p in target.people}
    found = set(session.scalars(select(Person.id).where(Person.id.in_(people))))
    if gone := [p.name for p in target.people if p.id not in found]:
        template = (QT_TRANSLATE_NOOP("delegate_app", "{names} is no longer in the address "
                                      "book, so {label} cannot be put back.") if len(gone) == 1
                    else QT_TRANSLATE_NOOP("delegate_app", "{names} are no longer in the "
                                           "address book, so {label} cannot be put back."))
        raise ValidationError({"version": Wording(template, {"names": ", ".join(gone),
                                                             "label": label})})
    cities = {c for i in target.items for c in (i.city_id, i.origin_city_id) if c is not None}
    known = set(session.scalars(select(City.id).where(City.id.in_(cities))))
    if gone := sorted({n for i in target.items for c, n in ((i.city_id, i.city),
                       (i.origin_city_id, i.origin_city)) if c is not None and c not in known}):
        raise ValidationError({"version": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "{names} is no longer among the cities, so {label} cannot be put "
            "back."), {"names": ", ".join(gone), "label": label})})
    wanted = {i.summit_session_id for i in target.items if i.summit_session_id is not None}
    return set(session.scalars(select(SummitSession.id).where(SummitSession.id.in_(wanted))))


def _put_back(session: Session, delegation_id: int, item: VersionItem, data: ItemInput,
              seen: dict[str, int]) -> ItineraryItem:
    free = session.get(ItineraryItem, item.id) is None
    row = ItineraryItem(delegation_id=delegation_id, uid=item.uid,
                        sequence=max(item.sequence, seen.get(item.uid, 0)) + 1)
    if free:
        row.id = item.id
    apply_item(session, row, data)
    session.add(row)
    return row


def _members(session: Session, delegation_id: int, target: VersionProgramme) -> None:
    now = [(m.person_id, m.role) for m in session.scalars(select(DelegationMember).where(
        DelegationMember.delegation_id == delegation_id).order_by(DelegationMember.precedence))]
    wanted = [(m.person_id, m.role) for m in target.members]
    if now == wanted:
        return
    session.execute(delete(DelegationMember).where(
        DelegationMember.delegation_id == delegation_id))
    session.add_all(DelegationMember(delegation_id=delegation_id, person_id=p, role=r,
                                     precedence=n) for n, (p, r) in enumerate(wanted, 1))


def _apply(session: Session, delegation_id: int, target: VersionProgramme, label: str,
           seen: dict[str, int], discard: frozenset[int] = frozenset()) -> tuple[int, ...]:
    """Make the draft's itinerary and members those of ``target``; returns the ids of
    items brought back."""
    summit_sessions = _refuse_missing(session, target, label)
    rows = {r.uid: r for r in session.scalars(select(ItineraryItem).where(
        ItineraryItem.delegation_id == delegation_id))}
    created = []
    for item in target.items:
        data = _input(item, summit_sessions)
        row = rows.pop(item.uid, None)
        if row is None:
            created.append(_put_back(session, delegation_id, item, data, seen))
            continue
        before = to_input(row)
        if before != data:
            apply_item(session, row, data)
            if is_material(before, data):
                row.sequence += 1
    for row in rows.values():  # added since: cancelled, so calendars learn of it
        if row.id in discard:
            session.delete(row)
        elif row.status is not ItemStatus.CANCELLED:
            row.status = ItemStatus.CANCELLED
            row.sequence += 1
    _members(session, delegation_id, target)
    session.flush()
    return tuple(r.id for r in created)


def start_draft_from(sessions: sessionmaker[Session], delegation_id: int,
                     number: int) -> tuple[Change, RestoreReceipt]:
    """Put the itinerary and the delegation list back as version ``number`` had them."""
    issued = load_version(sessions, delegation_id, number)
    seen = seen_sequences(sessions, delegation_id)
    with sessions.begin() as session, translated_errors("programme"):
        before = programme_of(session, delegation_id)
        created = _apply(session, delegation_id, issued.snapshot.programme,
                         f"version {number}", seen)
    return Change("delegation", delegation_id, 0, "updated"), RestoreReceipt(before, created)


def undo_start_draft(sessions: sessionmaker[Session], receipt: RestoreReceipt) -> Change:
    """Put back the draft a restore replaced; items it brought back go again."""
    delegation_id = receipt.before.delegation_id
    seen = seen_sequences(sessions, delegation_id)
    with sessions.begin() as session, translated_errors("programme"):
        _apply(session, delegation_id, receipt.before, "the previous draft", seen,
               frozenset(receipt.created))
    return Change("delegation", delegation_id, 0, "updated")
