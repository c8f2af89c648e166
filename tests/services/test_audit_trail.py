"""Every write is on record (part one: places, people, follow-up): each service leaves an
entry naming the officer, the record, and each changed field before and after — on SQLite
and on PostgreSQL; a refused or failed write leaves none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from delegate_app.db.models import AuditEntry, City
from delegate_app.domain.enums import (
    AgreementStatus,
    CommitmentDirection,
    CommitmentStatus,
    GiftDirection,
    MembershipRole,
    OrganisationKind,
    PartnershipKind,
    PartnershipStatus,
)
from delegate_app.domain.errors import StaleEditError
from delegate_app.domain.follow_up import CommitmentInput, OutcomeInput, StatusChange
from delegate_app.domain.records import (
    CityInput,
    GiftInput,
    OrganisationInput,
    PartnershipInput,
    PersonInput,
)
from delegate_app.services import (
    cities,
    commitments,
    contacts,
    crud,
    delegations,
    gifts,
    itinerary,
    organisations,
    outcomes,
    overview,
    partnerships,
    people,
    photos,
    positions,
)
from delegate_app.services.database import Database

from .audit_support import (  # noqa: F401 - the fixtures: the office, its PostgreSQL server
    Trail,
    find,
    last_id,
    office_fixture,
)
from .test_photos import jpeg

CREATED, CHANGED, REMOVED, RESTORED = "created", "changed", "removed", "restored"


def test_cities_people_and_photos_are_on_record(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    city = cities.create_city(s, CityInput("Valparaíso", "CL", "America/Santiago"))
    trail.expect("city", city.id, CREATED, name=(None, "Valparaíso"), country_code=(None, "CL"))
    cities.update_city(s, city.id, city.version, CityInput(
        "Valparaíso", "CL", "America/Santiago", population=296_655))
    trail.expect("city", city.id, CHANGED, population=(None, 296_655))
    snapshot = cities.delete_city(s, city.id, city.version + 1)
    trail.expect("city", city.id, REMOVED, name=("Valparaíso", None))
    crud.restore(s, snapshot)
    trail.expect("city", city.id, RESTORED, name=(None, "Valparaíso"))

    person = people.create_person(s, PersonInput("Nadia", "Karimi", position="Advisor"))
    trail.expect("person", person.id, CREATED, family_name=(None, "Karimi"))
    _, data = people.get_person(s, person.id)
    people.update_person(s, person.id, person.version, replace(data, position="Chief of staff",
                                                               languages=("fa", "en")))
    trail.expect("person", person.id, CHANGED, position=("Advisor", "Chief of staff"),
                 languages=("", "fa,en"))
    photos.set_photo(s, person.id, jpeg(40, 30))
    entry = trail.expect("person", person.id, CHANGED)
    assert entry.fields["photo"][0] is None and entry.fields["photo"][1]["bytes"] > 100


def test_organisations_memberships_and_partnerships_are_on_record(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    org = organisations.create_organisation(s, OrganisationInput(
        "Mayors Migration Council", OrganisationKind.NETWORK, acronym="MMC"))
    trail.expect("organisation", org.id, CREATED, acronym=(None, "MMC"))
    tehran = next(c.id for c in cities.list_cities(s) if c.data.name == "Tehran")
    _, membership = organisations.add_membership(s, org.id, tehran, MembershipRole.MEMBER,
                                                 date(2027, 1, 1))
    entry = trail.expect("network_membership", membership, CREATED,
                         since_on=(None, "2027-01-01"), role=(None, "member"))
    assert entry.scope == ("organisation", org.id) and entry.summary == "Tehran"
    organisations.end_membership(s, membership, date(2027, 6, 30))
    trail.expect("network_membership", membership, CHANGED, until_on=(None, "2027-06-30"))
    organisations.remove_membership(s, membership)
    trail.expect("network_membership", membership, REMOVED)

    paris = next(c.id for c in cities.list_cities(s) if c.data.name == "Paris")
    made = partnerships.create_partnership(s, PartnershipInput(
        tehran, paris, PartnershipKind.FRIENDSHIP_CITY, PartnershipStatus.ACTIVE,
        "Tehran–Paris friendship", date(2027, 3, 1)))
    trail.expect("partnership", made.id, CREATED, kind=(None, "friendship_city"))
    _, before = partnerships.attach_document(s, made.id, "signed.pdf", b"%PDF-1.7 signed")
    entry = trail.expect("agreement", before.agreement_id, CREATED,
                         document_name=(None, "signed.pdf"), document=(None, {"bytes": 15}))
    assert entry.scope == ("partnership", made.id)
    partnerships.restore_document(s, before)
    trail.expect("agreement", before.agreement_id, REMOVED)
    partnerships.discard_partnership(s, made.id)
    trail.expect("partnership", made.id, REMOVED, title=("Tehran–Paris friendship", None))


def test_a_change_of_office_and_a_contacts_import_are_on_record(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    jefe = next(p for p in people.list_people(s)
                if p.data.position.startswith("Jefe de Gobierno"))
    _, change = positions.change_of_office(s, jefe.id, date(2027, 12, 10),
                                           seen_version=jefe.version)
    step = trail.take()
    find(step, "person", jefe.id, CHANGED, position=(
        jefe.data.position, f"Former {jefe.data.position} (until Fri 10 Dec 2027)"))
    [held] = change.position_ids
    assert find(step, "position_held", held, CREATED).scope == ("person", jefe.id)
    positions.undo_change_of_office(s, change)
    step = trail.take()  # the undo is a write of its own
    find(step, "position_held", held, REMOVED, ended_on=("2027-12-10", None))
    find(step, "person", jefe.id, CHANGED, position=(
        f"Former {jefe.data.position} (until Fri 10 Dec 2027)", jefe.data.position))

    raw = b"given_name,family_name,email\nHaruto,Tanaka,h.tanaka@tokyo.example\n"
    applied = contacts.apply_contacts(s, contacts.preview_contacts(s, raw, "people.csv"))
    [made] = applied.created
    trail.expect("person", made, CREATED, email=(None, "h.tanaka@tokyo.example"))
    contacts.undo_contacts(s, applied)
    trail.expect("person", made, REMOVED, given_name=("Haruto", None))


def _meeting(db: Database) -> int:
    trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
    return next(r.id for r in itinerary.item_rows(db.sessions, trip)
                if r.data.title.startswith("Courtesy call"))


def test_commitments_outcomes_and_gifts_are_on_record(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    made = commitments.create_commitment(s, CommitmentInput(
        "Send the tram study", CommitmentDirection.WE_OWE, due_on=date(2027, 2, 1)))
    step = trail.take()
    find(step, "commitment", made.id, CREATED, description=(None, "Send the tram study"),
         status=(None, "open"))
    event = next(e for e in step if e.kind == "commitment_event")
    assert find(step, "commitment_event", event.record_id, CREATED).scope == (
        "commitment", made.id)
    _, data = commitments.get_commitment(s, made.id)
    commitments.update_commitment(s, made.id, made.version, replace(data,
                                                                    due_on=date(2027, 3, 1)))
    trail.expect("commitment", made.id, CHANGED, due_on=("2027-02-01", "2027-03-01"))
    version = commitments.get_commitment(s, made.id)[0]
    _, state = commitments.change_status(s, made.id, version,
                                         StatusChange(CommitmentStatus.IN_PROGRESS))
    step = trail.take()
    find(step, "commitment", made.id, CHANGED, status=("open", "in_progress"))
    event = next(e for e in step if e.kind == "commitment_event")
    find(step, "commitment_event", event.record_id, CREATED,
         from_status=(None, "open"), to_status=(None, "in_progress"))
    commitments.put_back_status(s, made.id, state)  # undo of the step
    find(trail.take(), "commitment", made.id, CHANGED, status=("in_progress", "open"))
    snapshot = commitments.delete_commitment(s, made.id, commitments.get_commitment(
        s, made.id)[0])
    trail.expect("commitment", made.id, REMOVED)
    crud.restore(s, snapshot)
    step = trail.take()
    find(step, "commitment", made.id, RESTORED, description=(None, "Send the tram study"))
    steps = [e for e in step if e.kind == "commitment_event"]  # recorded, started, undone
    assert len(steps) == 3 and {e.action for e in steps} == {RESTORED}

    meeting = _meeting(office)
    seen = outcomes.follow_up(s, meeting).outcome_version
    _, receipt = outcomes.record_outcome(s, meeting, OutcomeInput("Agreed a visit"), (
        CommitmentInput("Host a technical visit", CommitmentDirection.WE_OWE),),
        seen_version=seen)
    step = trail.take()
    outcome = next(e for e in step if e.kind == "meeting_outcome")
    assert outcome.action == CREATED and outcome.fields["summary"] == [None, "Agreed a visit"]
    assert outcome.scope == ("itinerary_item", meeting) and outcome.delegation_id is not None
    [new] = receipt.created
    assert find(step, "commitment", new, CREATED).scope == ("itinerary_item", meeting)
    outcomes.undo_outcome(s, meeting, receipt)
    step = trail.take()
    find(step, "commitment", new, REMOVED)
    find(step, "meeting_outcome", outcome.record_id, REMOVED)

    trip = next(d.id for d in overview.list_delegations(s) if "Tokyo" in d.title)
    gift = gifts.create_gift(s, GiftInput(date(2026, 12, 8), GiftDirection.GIVEN,
                                          "Silk carpet", delegation_id=trip,
                                          estimated_value=Decimal("1200.00"), currency="EUR"))
    assert trail.expect("gift", gift.id, CREATED, estimated_value=(
        None, "1200.00")).delegation_id == trip
    _, data = gifts.get_gift(s, gift.id)
    gifts.update_gift(s, gift.id, gift.version, replace(data, declared=True))
    trail.expect("gift", gift.id, CHANGED, declared=(False, True))
    crud.restore(s, gifts.delete_gift(s, gift.id, gift.version + 1))
    step = trail.take()
    find(step, "gift", gift.id, REMOVED)
    find(step, "gift", gift.id, RESTORED)


def test_an_agreement_status_is_on_record(office: Database) -> None:
    trail, s = Trail(office), office.sessions
    with s() as session:
        from delegate_app.db.models import Agreement

        agreement = session.scalars(select(Agreement).order_by(Agreement.id)).first()
        assert agreement is not None
        agreement_id, status = agreement.id, agreement.status
    target = AgreementStatus.TERMINATED if status is not AgreementStatus.TERMINATED \
        else AgreementStatus.IN_FORCE
    commitments.set_agreement_status(s, agreement_id, target)
    trail.expect("agreement", agreement_id, CHANGED, status=(status.value, target.value))


def test_a_refused_save_leaves_nothing_on_record(office: Database) -> None:
    s, before = office.sessions, last_id(office)
    city = cities.list_cities(s)[0]
    with pytest.raises(StaleEditError):
        cities.update_city(s, city.id, city.version - 1, replace(city.data, notes="Too late"))
    assert last_id(office) == before


def test_a_write_that_fails_after_its_flush_leaves_nothing_on_record(office: Database) -> None:
    s, before = office.sessions, last_id(office)
    with pytest.raises(RuntimeError), s.begin() as session:
        session.add(City(name="Rosario", country_code="AR",
                         time_zone="America/Argentina/Cordoba"))
        session.flush()
        raise RuntimeError("the officer's save failed half way")
    assert last_id(office) == before
    assert not any(c.data.name == "Rosario" for c in cities.list_cities(s))


def test_a_write_refused_at_commit_takes_its_record_with_it(office: Database) -> None:
    """The record is inserted as the transaction commits; when the commit's own checks
    refuse the write, neither the change nor its record remains."""
    s, before = office.sessions, last_id(office)
    tehran = next(c for c in cities.list_cities(s) if c.data.name == "Tehran")
    with pytest.raises(Exception, match=r"(?i)unique"), s.begin() as session:
        session.add(City(name="Tehran", country_code=tehran.data.country_code,
                         time_zone="Asia/Tehran"))  # flushed by the commit: a duplicate
    assert last_id(office) == before
    with s() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.id > before)) is None


def test_the_officer_is_the_database_s_officer(office: Database) -> None:
    trail = Trail(office)
    office.changes.who = "hamid.r"  # as the shared office's sign-in sets it
    made = cities.create_city(office.sessions, CityInput("Rosario", "AR",
                                                         "America/Argentina/Cordoba"))
    [entry] = trail.take()
    assert (entry.officer, entry.record_id) == ("hamid.r", made.id)
    assert office.officer == "hamid.r"


def test_deleting_a_delegation_records_it_and_the_restore_brings_every_part_back(
        office: Database) -> None:
    trail, s = Trail(office), office.sessions
    trip = next(d for d in overview.list_delegations(s) if "Tokyo" in d.title)
    version = delegations.get_delegation(s, trip.id)[0]
    snapshot = delegations.delete_delegation(s, trip.id, version)
    trail.expect("delegation", trip.id, REMOVED, title=(trip.title, None))
    delegations.restore_delegation(s, snapshot)
    step = trail.take()
    restored = find(step, "delegation", trip.id, RESTORED, title=(None, trip.title))
    assert restored.fields["destinations"][1]  # the list of destinations came back too
    items = [e for e in step if e.kind == "itinerary_item"]
    assert len(items) == trip.item_count and {e.action for e in items} == {RESTORED}
    assert all(e.delegation_id == trip.id for e in items)
    assert any(e.fields.get("participants", [None, []])[1] for e in items)
