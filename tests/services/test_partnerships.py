"""Partnerships of our city and the signed agreement kept with them."""

from __future__ import annotations

from datetime import date

import pytest

from delegate_app.domain.enums import PartnershipKind, PartnershipStatus
from delegate_app.domain.errors import ValidationError
from delegate_app.domain.records import PartnershipInput
from delegate_app.services import cities, delegations, partnerships, relations
from delegate_app.services.database import Database


def test_new_partnership_with_its_signed_agreement(sample_db: Database) -> None:
    ours = delegations.home_city_id(sample_db.sessions)
    paris = next(c.id for c in cities.list_cities(sample_db.sessions) if c.data.name == "Paris")
    change = partnerships.create_partnership(sample_db.sessions, PartnershipInput(
        ours, paris, PartnershipKind.FRIENDSHIP_CITY, PartnershipStatus.ACTIVE,
        "Tehran–Paris friendship", date(2027, 3, 1), date(2032, 3, 1)))
    _, before = partnerships.attach_document(sample_db.sessions, change.id, "signed.pdf",
                                             b"%PDF-1.7 signed")
    assert before.created and before.content is None
    assert partnerships.document_of(sample_db.sessions, change.id) == ("signed.pdf",
                                                                       b"%PDF-1.7 signed")
    lines = relations.city_relations(sample_db.sessions, paris).partnerships
    assert any("Friendship city" in line.text and "signed.pdf" in line.text for line in lines)
    partnerships.restore_document(sample_db.sessions, before)
    assert partnerships.document_of(sample_db.sessions, change.id) is None
    partnerships.discard_partnership(sample_db.sessions, change.id)
    assert not partnerships.partnerships_with(sample_db.sessions, paris)


def test_impossible_partnerships_are_refused(sample_db: Database) -> None:
    ours = delegations.home_city_id(sample_db.sessions)
    with pytest.raises(ValidationError) as caught:
        partnerships.create_partnership(sample_db.sessions, PartnershipInput(
            ours, ours, PartnershipKind.SISTER_CITY, PartnershipStatus.ACTIVE,
            signed_on=date(2027, 1, 1), expires_on=date(2026, 1, 1)))
    assert set(caught.value.field_errors) == {"partner_city_id", "expires_on"}


def test_every_citys_relations_read_at_once_are_each_ones(sample_db: Database) -> None:
    """A dossier reads its cities' relations together: the same lines, in the same order,
    as each city's own (partnerships with their attached agreement, networks, officials,
    visits both ways, what we owe each other)."""
    everyone = [c.id for c in cities.list_cities(sample_db.sessions)]
    ours = delegations.home_city_id(sample_db.sessions)
    paris = next(c.id for c in cities.list_cities(sample_db.sessions) if c.data.name == "Paris")
    change = partnerships.create_partnership(sample_db.sessions, PartnershipInput(
        ours, paris, PartnershipKind.FRIENDSHIP_CITY, PartnershipStatus.ACTIVE,
        "Tehran–Paris friendship", date(2027, 3, 1), date(2032, 3, 1)))
    partnerships.attach_document(sample_db.sessions, change.id, "signed.pdf", b"%PDF-1.7")
    together = relations.cities_relations(sample_db.sessions, everyone)
    read = [together[c] for c in everyone]
    assert sum(len(r.partnerships) + len(r.networks) + len(r.officials) + len(r.delegations)
               + len(r.we_owe) + len(r.they_owe) for r in read) > 30
    assert any("signed.pdf" in line.text for r in read for line in r.partnerships)
    for city, found in zip(everyone, read, strict=True):
        assert found == relations.city_relations(sample_db.sessions, city)
