"""Name badges, place cards and a seating plan for a delegation or one of its meetings.

Who sits where follows :mod:`delegate_app.domain.seating`. At a meeting the counterparts
receive (they are the hosts, whichever way the delegation travels) and the delegation's
people are the guests; the senior person of each side is its principal unless the officer
names another. Press, security and interpreters get badges but no seat: interpreters sit
behind their principals, the others are not at the table. Internal items (our own
briefings and preparation meetings) get none: these documents go to the hosts' tables.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.strategy_options import _AbstractLoad

from ..db.models import Delegation, DelegationMember, ItineraryItem, Person
from ..domain.dossier import DossierPerson
from ..domain.enums import ItemKind, ItemStatus, MemberRole, NameOrder
from ..domain.errors import NotFoundError, ValidationError
from ..domain.name_cards import CardHolder, NameCardSet, Occasion, Part, Side
from ..domain.names import full_name
from ..domain.records import Choice
from ..domain.seating import TableShape, seating_plan
from ..domain.timefmt import format_long_date, to_local, utc_offset_label, zone_place
from ..domain.versions import draft_label
from ..domain.wording import QT_TRANSLATE_NOOP, Clock, Wording
from ..language.printed import ENGLISH_PRINT, PrintLanguage
from ..language.speech import said
from .documents import office_name, write_pdf
from .dossier_briefs import person_record
from .home import office_today

# Who is never seated at the table.
UNSEATED = {MemberRole.PRESS, MemberRole.SECURITY, MemberRole.INTERPRETER}
# Items one prints cards for: somebody receives somebody.
OCCASION_KINDS = {ItemKind.BILATERAL_MEETING, ItemKind.MEAL, ItemKind.RECEPTION,
                  ItemKind.CEREMONY, ItemKind.PRESS, ItemKind.SITE_VISIT,
                  ItemKind.SUMMIT_SESSION}


def default_shape(kind: ItemKind) -> TableShape:
    """The table an item usually has: round for a meal, a head table for a signing or a
    press point, facing sides for a meeting."""
    if kind in (ItemKind.MEAL, ItemKind.RECEPTION):
        return TableShape.ROUND
    if kind in (ItemKind.CEREMONY, ItemKind.PRESS):
        return TableShape.HEAD
    return TableShape.FACING


def _people() -> tuple[_AbstractLoad, ...]:
    """What a card prints of a person besides the row: organisation and city."""
    return selectinload(Person.organisation), selectinload(Person.city)


def _load(session: Session, delegation_id: int) -> Delegation:
    d = session.scalar(select(Delegation).where(Delegation.id == delegation_id).options(
        selectinload(Delegation.members).selectinload(DelegationMember.person)
        .options(*_people()),
        selectinload(Delegation.home_city)))
    if d is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "There is no delegation {number}."), number=str(delegation_id))
    return d


def _item(session: Session, delegation: Delegation, item_id: int) -> ItineraryItem:
    item = session.scalar(select(ItineraryItem).where(ItineraryItem.id == item_id).options(
        *(selectinload(link).options(*_people()) for link in (
            ItineraryItem.participants, ItineraryItem.counterparts,
            ItineraryItem.interpreters))))
    if item is None or item.delegation_id != delegation.id:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "Item {number} is not in the programme of “{title}”."),
            number=str(item_id), title=delegation.title)
    if item.internal:  # badges and cards go on the hosts' tables: never for our own meetings
        raise ValidationError({"item": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "“{title}” is internal (ours alone): badges, place cards and "
            "seating plans are printed only for meetings shared with the hosts."),
            {"title": item.title})})
    return item


def _occasion_label(item: ItineraryItem) -> str:
    """"Tue 8 Dec 17:00 — Courtesy call", in the interface's language and calendar."""
    local = to_local(item.starts_at, item.start_tz)
    return said("{when} — {title}", when=Clock(local, weekday=False, day=True),
                title=item.title)


def occasions(sessions: sessionmaker[Session], delegation_id: int) -> list[Choice]:
    """The meetings, meals and ceremonies of a delegation one can print cards for, in
    time order (cancelled and internal ones left out)."""
    with sessions() as session:
        rows = session.scalars(
            select(ItineraryItem).where(ItineraryItem.delegation_id == delegation_id,
                                        ItineraryItem.kind.in_(OCCASION_KINDS),
                                        ItineraryItem.status != ItemStatus.CANCELLED,
                                        ItineraryItem.internal.is_(False))
            .order_by(ItineraryItem.starts_at))
        return [Choice(r.id, _occasion_label(r)) for r in rows]


def item_shape(sessions: sessionmaker[Session], item_id: int) -> TableShape:
    with sessions() as session:
        item = session.get(ItineraryItem, item_id)
        if item is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This item no longer exists."))
        return default_shape(item.kind)


class _Table:
    """The people of one occasion split into sides, in order of precedence."""

    def __init__(self, delegation: Delegation, item: ItineraryItem | None) -> None:
        members = sorted(delegation.members, key=lambda m: m.precedence)
        self.roles = {m.person_id: m.role for m in members}
        self.hosts: list[Person] = sorted(item.counterparts, key=_seniority) if item else []
        hosting = {p.id for p in self.hosts}
        present = {p.id for p in item.participants} if item else set(self.roles)
        # our people in the delegation's order, then participants who are not members;
        # a counterpart listed as a participant too sits with the hosts only
        self.guests = [m.person for m in members if m.person_id in present - hosting]
        self.guests += [p for p in (item.participants if item else ())
                        if p.id not in self.roles and p.id not in hosting]
        known = {p.id for p in (*self.hosts, *self.guests)}
        hired = [p for p in item.interpreters if p.id not in known] if item else []
        assigned = {p.id for p in item.interpreters} if item else set()
        self.hired = {p.id for p in hired}
        self.interpreters = [p for p in (*self.guests, *hired) if p.id in assigned
                             or self.roles.get(p.id) is MemberRole.INTERPRETER]
        self.unseated = assigned | {pid for pid, r in self.roles.items() if r in UNSEATED}
        self.everyone = [*self.hosts, *self.guests, *hired]

    def holder(self, person: Person) -> CardHolder:
        if person in self.hosts:
            return CardHolder(_card_person(person), Side.HOSTS)
        if person.id in self.hired:  # an interpreter the receiving side provides
            return CardHolder(_card_person(person), Side.HOSTS, MemberRole.INTERPRETER.label)
        role = self.roles.get(person.id, MemberRole.MEMBER)
        return CardHolder(_card_person(person), Side.GUESTS,
                          "" if role is MemberRole.MEMBER else role.label)

    def seated(self, people: Sequence[Person]) -> list[Person]:
        return [p for p in people if p.id not in self.unseated]


def _seniority(p: Person) -> int:
    """Precedence rank, best first; the unranked keep the order they are listed in."""
    return p.precedence_rank if p.precedence_rank is not None else 1_000_000


def _card_person(p: Person) -> DossierPerson:
    """As the dossier prints them, without a native name that only repeats the Latin one."""
    record = person_record(p)
    native = record.native_name.strip()
    latin = full_name(p.given_name, p.family_name, NameOrder(p.name_order))
    return replace(record, native_name="" if native in (latin, record.name) else native)


def table_choices(sessions: sessionmaker[Session], delegation_id: int,
                  item_id: int) -> tuple[list[Choice], list[Choice]]:
    """Who may take the host's and the guest of honour's seats: (hosts, guests), each in
    order of precedence, the default principal first."""
    with sessions() as session:
        d = _load(session, delegation_id)
        table = _Table(d, _item(session, d, item_id))
        return ([Choice(p.id, person_record(p).name) for p in table.seated(table.hosts)],
                [Choice(p.id, person_record(p).name) for p in table.seated(table.guests)])


# The roles a refusal names ("not at this table as host"), listed so the catalog has them.
ROLE_WORDS = (QT_TRANSLATE_NOOP("delegate_app", "host"),
              QT_TRANSLATE_NOOP("delegate_app", "guest of honour"))


def _principal(people: list[Person], chosen: int | None, what: str) -> Person:
    if chosen is None:
        return people[0]
    for p in people:
        if p.id == chosen:
            return p
    names = ", ".join(f"{p.id} {person_record(p).name}" for p in people)
    raise ValidationError({what: Wording(QT_TRANSLATE_NOOP(
        "delegate_app", "Person {number} is not at this table as {role}; choose from: {names}."),
        {"number": str(chosen), "role": Wording(what.replace("_", " ")), "names": names})})


def _plan(table: _Table, item: ItineraryItem, shape: TableShape | None, host_id: int | None,
          guest_id: int | None) -> tuple[object, list[Person]]:
    hosts, guests = table.seated(table.hosts), table.seated(table.guests)
    if not hosts or not guests:
        missing = (QT_TRANSLATE_NOOP("delegate_app", "counterparts") if not hosts
                   else QT_TRANSLATE_NOOP("delegate_app", "people of ours"))
        raise ValidationError({"seating": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "“{title}” has no {missing} at the table, so there is no seating "
            "plan to make: add them to the item, or leave the seating plan out."),
            {"title": item.title, "missing": Wording(missing)})})
    host = _principal(hosts, host_id, "host")
    guest = _principal(guests, guest_id, "guest_of_honour")
    ours = [p for p in hosts if p is not host]
    theirs = [p for p in guests if p is not guest]
    plan = seating_plan(shape or default_shape(item.kind), host.id, guest.id,
                        [p.id for p in ours], [p.id for p in theirs])
    return plan, [host, guest, *ours, *theirs]


def _when(item: ItineraryItem) -> str:
    local = to_local(item.starts_at, item.start_tz)
    return (f"{format_long_date(local.date())}, {local:%H:%M} "
            f"({zone_place(item.start_tz)}, {utc_offset_label(item.starts_at, item.start_tz)})")


def _side_names(delegation: Delegation, hosts: list[Person]) -> tuple[str, str]:
    top = hosts[0] if hosts else None
    host_side = ""
    if top is not None:
        host_side = (top.organisation.name if top.organisation
                     else top.city.name if top.city else "")
    return host_side, f"Delegation of {delegation.home_city.name}"


def name_card_set(sessions: sessionmaker[Session], delegation_id: int,
                  item_id: int | None = None, parts: Collection[Part] | None = None,
                  shape: TableShape | None = None, host_id: int | None = None,
                  guest_id: int | None = None) -> NameCardSet:
    """Badges (everybody), place cards and a seating plan (whoever is seated) for one
    meeting of a delegation, or badges and cards for the whole delegation.

    ``parts`` defaults to everything that applies: the seating plan needs a meeting."""
    wanted = set(parts) if parts is not None else (
        set(Part) if item_id is not None else {Part.BADGES})
    if not wanted:
        raise ValidationError({"parts": QT_TRANSLATE_NOOP(
            "delegate_app", "Choose at least one of badges, place cards and the seating plan.")})
    with sessions() as session:
        d = _load(session, delegation_id)
        office = office_name(session)
        item = _item(session, d, item_id) if item_id is not None else None
        if Part.SEATING in wanted and item is None:
            raise ValidationError({"seating": QT_TRANSLATE_NOOP(
                "delegate_app", "A seating plan is for one meeting or meal: choose which.")})
        table = _Table(d, item)
        if not table.everyone:
            raise ValidationError({"parts": QT_TRANSLATE_NOOP(
                "delegate_app", "Nobody to print cards for: add people first.")})
        plan, seated = (_plan(table, item, shape, host_id, guest_id)
                        if Part.SEATING in wanted and item is not None else (None, []))
        cards = seated or table.seated(table.hosts) + table.seated(table.guests)
        host_side, guest_side = _side_names(d, seated[:1] or table.hosts)
        occasion = (Occasion(item.title, _when(item), item.venue, host_side, guest_side)
                    if item else Occasion(d.title, "", "", host_side, guest_side))
        return NameCardSet(
            delegation=d.title, office=office, occasion=occasion,
            badges=tuple(table.holder(p) for p in table.everyone)
            if Part.BADGES in wanted else (),
            place_cards=tuple(table.holder(p) for p in cards) if Part.CARDS in wanted else (),
            seating=plan,  # type: ignore[arg-type]
            seated=tuple(table.holder(p) for p in seated),
            interpreters=tuple(person_record(p).name for p in table.interpreters),
            version=draft_label(office_today(session)))


def write_name_cards(cards: NameCardSet, target: Path, paper: str = "a4",
                     emblem: bytes | None = None,
                     printed: PrintLanguage = ENGLISH_PRINT) -> Path:
    """Render the set for its reader (language, calendar) and write it atomically
    (temporary file, then replace)."""
    from ..exports.pdf.name_cards import name_cards_pdf  # ReportLab: loaded to print

    return write_pdf(target, paper, lambda size: name_cards_pdf(cards, size, emblem, printed))
