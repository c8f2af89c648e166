"""Who gets a badge, a place card and which seat, for a meeting of the sample plan."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from delegate_app.db.models import Delegation, ItineraryItem, Person
from delegate_app.domain.errors import NotFoundError, ValidationError
from delegate_app.domain.name_cards import NameCardSet, Part, Side
from delegate_app.domain.seating import Row, TableShape
from delegate_app.services import name_cards
from delegate_app.services.database import Database


def _item(db: Database, title: str) -> tuple[int, int]:
    with db.sessions() as s:
        row = s.scalars(select(ItineraryItem).where(ItineraryItem.title.startswith(title))).one()
        return row.delegation_id, row.id


def _names(cards: NameCardSet, people: object) -> list[str]:
    return [h.person.name for h in people]  # type: ignore[attr-defined]


def _seat(cards: NameCardSet, label: str) -> str:
    seat = next(s for s in cards.seating.seats if s.label == label)  # type: ignore[union-attr]
    return cards.holder(seat.person).person.name


def test_a_courtesy_call_seats_the_governor_facing_the_mayor(sample_db: Database) -> None:
    trip, call = _item(sample_db, "Courtesy call on the Governor of Tokyo")
    cards = name_cards.name_card_set(sample_db.sessions, trip, call)
    assert cards.seating is not None and cards.seating.shape is TableShape.FACING
    assert _seat(cards, "H") == "Mr Morimoto Takeshi"  # precedence rank 1 among the hosts
    assert _seat(cards, "G") == "Dr Mehdi Farahani"  # our head of delegation
    host = cards.seating.seat_of(next(h.person.id for h in cards.seated
                                      if h.person.name == "Mr Morimoto Takeshi"))
    assert _name_of(cards, cards.seating.opposite(host)) == "Dr Mehdi Farahani"
    assert _seat(cards, "H1") == "Ms Sato Haruka"
    assert _seat(cards, "G1") == "Dr Parvaneh Moradi"  # second of ours by precedence
    # the interpreter has a badge and a note, but neither a seat nor a place card
    assert "Mr Kaveh Amini" in _names(cards, cards.badges)
    assert "Mr Kaveh Amini" not in _names(cards, cards.place_cards)
    assert cards.interpreters == ("Mr Kaveh Amini",)
    assert _names(cards, cards.place_cards) == _names(cards, cards.seated)
    assert {h.side for h in cards.badges if h.person.city == "Tokyo"} == {Side.HOSTS}
    assert next(h for h in cards.badges if h.person.name == "Dr Mehdi Farahani").role == \
        "Head of delegation"
    assert next(h for h in cards.badges if "Morimoto" in h.person.name).person.native_name \
        == "森本 健"


def _name_of(cards: NameCardSet, seat: object) -> str:
    return cards.holder(seat.person).person.name  # type: ignore[attr-defined]


def test_on_an_incoming_visit_our_mayor_hosts(sample_db: Database) -> None:
    visit, call = _item(sample_db, "Courtesy call on the Mayor of Tehran")
    cards = name_cards.name_card_set(sample_db.sessions, visit, call)
    assert _seat(cards, "H") == "Dr Mehdi Farahani"
    assert _seat(cards, "G") == "Sr. Andrés Pereyra"
    assert cards.occasion.guest_side == "Delegation of Montevideo"
    hosts_row = {_name_of(cards, s) for s in cards.seating.row(Row.HOST)}  # type: ignore[union-attr]
    assert hosts_row == {"Dr Mehdi Farahani", "Dr Reza Karimi", "Eng. Kamran Rahimi"}
    # Latin-script people do not get their name printed twice
    assert all(h.person.native_name == "" for h in cards.badges if h.side is Side.GUESTS)
    # our interpreter, provided for the meeting, is on the hosts' side of the badges
    rostami = next(h for h in cards.badges if "Rostami" in h.person.name)
    assert (rostami.side, rostami.role) == (Side.HOSTS, "Interpreter")


def test_the_table_follows_the_kind_of_item_unless_chosen(sample_db: Database) -> None:
    trip, lunch = _item(sample_db, "Luncheon hosted by the Vice-Governor")
    _, signing = _item(sample_db, "Signing of the Tehran–Buenos Aires Letter of Intent")
    s = sample_db.sessions
    assert name_cards.name_card_set(s, trip, lunch).seating.shape is TableShape.ROUND  # type: ignore[union-attr]
    assert name_cards.name_card_set(s, trip, signing).seating.shape is TableShape.HEAD  # type: ignore[union-attr]
    chosen = name_cards.name_card_set(s, trip, lunch, shape=TableShape.FACING)
    assert chosen.seating.shape is TableShape.FACING  # type: ignore[union-attr]


def test_the_officer_may_name_the_principals(sample_db: Database) -> None:
    trip, lunch = _item(sample_db, "Luncheon hosted by the Vice-Governor")
    hosts, guests = name_cards.table_choices(sample_db.sessions, trip, lunch)
    assert [c.label for c in hosts] == ["Ms Sato Haruka", "Mr Watanabe Hiroshi"]
    assert guests[0].label == "Dr Mehdi Farahani"
    cards = name_cards.name_card_set(sample_db.sessions, trip, lunch, host_id=hosts[1].id,
                                     guest_id=guests[1].id)
    assert (_seat(cards, "H"), _seat(cards, "G")) == (hosts[1].label, guests[1].label)
    with pytest.raises(ValidationError, match="Ms Sato Haruka"):
        name_cards.name_card_set(sample_db.sessions, trip, lunch, host_id=guests[0].id)


def test_a_whole_delegation_gets_badges_in_order_of_precedence(sample_db: Database) -> None:
    with sample_db.sessions() as s:
        trip = s.scalar(select(Delegation.id).where(Delegation.title.contains("Tokyo")))
    assert trip is not None
    cards = name_cards.name_card_set(sample_db.sessions, trip)
    assert len(cards.badges) == 11 and cards.place_cards == () and cards.seating is None
    assert cards.badges[0].person.name == "Dr Mehdi Farahani"
    assert cards.occasion.title == cards.delegation
    with pytest.raises(ValidationError, match="one meeting"):
        name_cards.name_card_set(sample_db.sessions, trip, parts={Part.SEATING})


def test_refusals_name_the_problem(sample_db: Database) -> None:
    trip, call = _item(sample_db, "Courtesy call on the Governor of Tokyo")
    visit, _ = _item(sample_db, "Courtesy call on the Mayor of Tehran")
    with pytest.raises(NotFoundError, match="not in the programme"):
        name_cards.name_card_set(sample_db.sessions, visit, call)
    with pytest.raises(ValidationError, match="at least one"):
        name_cards.name_card_set(sample_db.sessions, trip, call, parts=set())
    with sample_db.sessions.begin() as s:
        s.get(ItineraryItem, call).counterparts = []
    with pytest.raises(ValidationError, match="no counterparts"):
        name_cards.name_card_set(sample_db.sessions, trip, call)
    # without a seating plan the cards can still be printed
    alone = name_cards.name_card_set(sample_db.sessions, trip, call, {Part.CARDS, Part.BADGES})
    assert alone.place_cards and alone.seating is None


def test_occasions_are_the_meetings_in_time_order(sample_db: Database) -> None:
    trip, call = _item(sample_db, "Courtesy call on the Governor of Tokyo")
    found = name_cards.occasions(sample_db.sessions, trip)
    assert call in [c.id for c in found]
    assert not any("Flight" in c.label or "Hilton" in c.label for c in found)
    assert name_cards.item_shape(sample_db.sessions, call) is TableShape.FACING


def test_a_counterpart_also_listed_as_participant_sits_with_the_hosts_once(
        sample_db: Database) -> None:
    trip, call = _item(sample_db, "Courtesy call on the Governor of Tokyo")
    with sample_db.sessions.begin() as s:
        item = s.get(ItineraryItem, call)
        governor = next(p for p in item.counterparts if p.family_name == "Morimoto")
        item.participants.append(governor)
    cards = name_cards.name_card_set(sample_db.sessions, trip, call)
    assert _names(cards, cards.badges).count("Mr Morimoto Takeshi") == 1
    assert _names(cards, cards.place_cards).count("Mr Morimoto Takeshi") == 1
    assert _seat(cards, "H") == "Mr Morimoto Takeshi"


def test_a_participant_outside_the_delegation_still_gets_a_seat(sample_db: Database) -> None:
    trip, call = _item(sample_db, "Courtesy call on the Governor of Tokyo")
    with sample_db.sessions.begin() as s:
        item = s.get(ItineraryItem, call)
        envoy = next(p for p in s.scalars(select(Person)) if p.family_name == "Shafiei")
        item.participants.append(envoy)
    cards = name_cards.name_card_set(sample_db.sessions, trip, call)
    guest = next(h for h in cards.badges if "Shafiei" in h.person.name)
    assert (guest.side, guest.role) == (Side.GUESTS, "")
    assert guest in cards.seated
