"""Two officers saving the same record at the same moment, on SQLite (two threads of one
app, the only way two saves meet there) and on PostgreSQL (two workstations): one save
wins, the other is refused in the officer's words, and nothing of the winner is lost
(issue 13, items 2, 5 and 6)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from delegate_app.domain.enums import CommitmentStatus, MemberRole
from delegate_app.domain.errors import DelegateAppError, StaleEditError
from delegate_app.domain.follow_up import OutcomeInput, StatusChange
from delegate_app.domain.records import MemberInput, PersonInput
from delegate_app.services import (
    commitments,
    contacts,
    delegations,
    outcomes,
    overview,
    partnerships,
    people,
    positions,
    sample,
)
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY
from tests.reliability.hostile_files import csv_rows

TRIALS = 4
RAW_DATABASE_WORDS = ("duplicate key", "IntegrityError", "database is locked", "sqlalche.me",
                      "UNIQUE constraint", "psycopg", "sqlite3", "[SQL")

Officers = tuple[Database, Database]


@pytest.fixture(params=["sqlite", "postgresql"])
def officers(request: pytest.FixtureRequest) -> Iterator[Officers]:
    """Two officers: on SQLite one app (the file admits one), on PostgreSQL two."""
    if request.param == "sqlite":
        database = request.getfixturevalue("sample_db")
        yield database, database
        return
    url = request.getfixturevalue("pg_url")
    with Database(url) as first, Database(url) as second:
        sample.load_sample_plan(first.sessions, today=SAMPLE_TODAY)
        yield first, second


def race(*saves: Callable[[], Any]) -> list[Any]:
    """Run the saves at the same moment; each gives its result or the exception it raised."""
    barrier = threading.Barrier(len(saves))
    results: list[Any] = [None] * len(saves)

    def run(index: int, save: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[index] = save()
        except Exception as exc:  # the officer's refusal, or what must never reach them
            results[index] = exc

    threads = [threading.Thread(target=run, args=(n, s)) for n, s in enumerate(saves)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def one_wins(results: list[Any]) -> int:
    """The index of the one save that went through; the other was refused in words."""
    refused = [r for r in results if isinstance(r, BaseException)]
    assert len(refused) == 1, results
    error = refused[0]
    assert isinstance(error, StaleEditError), repr(error)
    assert not any(word in error.message for word in RAW_DATABASE_WORDS), error.message
    assert "\n" not in error.message
    return next(n for n, r in enumerate(results) if not isinstance(r, BaseException))


def _meeting(db: Database) -> int:
    return next(r.id for r in overview.today_summary(db.sessions, SAMPLE_NOW).agenda
                if "meeting" in r.kind.lower())


def test_an_outcome_is_never_silently_overwritten(officers: Officers) -> None:
    a, b = officers
    item = _meeting(a)
    for trial in range(TRIALS):
        seen = outcomes.follow_up(a.sessions, item).outcome_version
        texts = [OutcomeInput(f"Summary {trial} by {who}", f"Decided by {who}", "notes")
                 for who in ("Ana", "Bruno")]
        results = race(*(lambda db=db, t=t, seen=seen: outcomes.record_outcome(
            db.sessions, item, t, seen_version=seen) for db, t in zip(officers, texts,
                                                                       strict=True)))
        winner = one_wins(results)
        assert outcomes.follow_up(b.sessions, item).outcome == texts[winner]


def test_a_member_list_saved_twice_at_once(officers: Officers) -> None:
    a, b = officers
    trip = next(d.id for d in overview.list_delegations(a.sessions) if "Tokyo" in d.title)
    members = delegations.members_of(a.sessions, trip)
    orders = (members[::-1], (*members[1:], members[0]))
    for _ in range(TRIALS):
        version, _ = delegations.get_delegation(a.sessions, trip)
        results = race(*(lambda db=db, order=order, version=version: delegations.set_members(
            db.sessions, trip, version, order) for db, order in zip(officers, orders,
                                                                    strict=True)))
        winner = one_wins(results)
        assert delegations.members_of(b.sessions, trip) == orders[winner]


def test_a_workflow_step_taken_twice_at_once(officers: Officers) -> None:
    a, b = officers
    row = next(c for c in commitments.list_commitments(a.sessions, SAMPLE_NOW)
               if c.status is CommitmentStatus.OPEN)
    steps = (StatusChange(CommitmentStatus.IN_PROGRESS, note="Ana started it"),
             StatusChange(CommitmentStatus.DROPPED, note="Bruno dropped it"))
    results = race(*(lambda db=db, step=step: commitments.change_status(
        db.sessions, row.id, row.version, step, SAMPLE_NOW) for db, step in zip(
        officers, steps, strict=True)))
    winner = one_wins(results)
    refusal = next(r for r in results if isinstance(r, StaleEditError)).message
    assert f"by {a.officer} at" in refusal  # the history knows who saved first
    after = commitments.get_commitment(b.sessions, row.id)
    assert after[0] == row.version + 1
    assert next(c for c in commitments.list_commitments(b.sessions, SAMPLE_NOW)
                if c.id == row.id).status is steps[winner].status


def test_a_change_of_office_recorded_twice_at_once(officers: Officers) -> None:
    a, b = officers
    mayor = next(p for p in people.list_people(a.sessions)
                 if p.data.position.startswith("Jefe de Gobierno"))
    successors = [people.create_person(a.sessions, PersonInput(name, "Ríos")).id
                  for name in ("Martina", "Lucas")]
    results = race(*(lambda db=db, s=s: positions.change_of_office(
        db.sessions, mayor.id, date(2027, 12, 10), s, seen_version=mayor.version)
        for db, s in zip(officers, successors, strict=True)))
    winner = one_wins(results)
    assert positions.positions_of(b.sessions, mayor.id)[0].endswith("(until Fri 10 Dec 2027)")
    taken = [p for p in people.list_people(b.sessions) if p.id in successors
             and p.data.position == mayor.data.position]
    assert [p.id for p in taken] == [successors[winner]]


def test_a_partnership_edited_and_its_agreement_attached_at_once(officers: Officers) -> None:
    a, b = officers
    partnership = _a_partnership(a)
    version, data = partnerships.get_partnership(a.sessions, partnership)
    edits = (replace(data, title="Edited by Ana"), replace(data, title="Edited by Bruno"))
    results = race(*(lambda db=db, e=e: partnerships.update_partnership(
        db.sessions, partnership, version, e) for db, e in zip(officers, edits, strict=True)))
    winner = one_wins(results)
    assert partnerships.get_partnership(b.sessions, partnership)[1] == edits[winner]
    version = partnerships.get_partnership(a.sessions, partnership)[0]
    files = ((b"%PDF Ana", "ana.pdf"), (b"%PDF Bruno", "bruno.pdf"))
    results = race(*(lambda db=db, f=f: partnerships.attach_document(
        db.sessions, partnership, f[1], f[0], seen_version=version)
        for db, f in zip(officers, files, strict=True)))
    winner = one_wins(results)
    assert partnerships.document_of(b.sessions, partnership) == (files[winner][1],
                                                                 files[winner][0])


def _a_partnership(db: Database) -> int:
    from sqlalchemy import select

    from delegate_app.db.models import Partnership

    with db.sessions() as session:
        return int(session.scalars(select(Partnership.id).order_by(Partnership.id)).first())


def test_the_same_contacts_file_imported_twice_at_once(officers: Officers) -> None:
    a, b = officers
    raw = csv_rows(40)
    before = len(people.list_people(a.sessions))
    previews = [contacts.preview_contacts(db.sessions, raw, "people.csv") for db in officers]
    assert all(len(p.created) == 40 for p in previews)
    results = race(*(lambda db=db, p=p: contacts.apply_contacts(db.sessions, p)
                     for db, p in zip(officers, previews, strict=True)))
    one_wins(results)
    assert len(people.list_people(b.sessions)) == before + 40
    again = contacts.preview_contacts(b.sessions, raw, "people.csv")
    assert not again.created and len(again.unchanged) == 40


def test_a_member_list_refused_names_the_delegation_and_when(sample_db: Database) -> None:
    trip = next(d for d in overview.list_delegations(sample_db.sessions) if "Tokyo" in d.title)
    version, _ = delegations.get_delegation(sample_db.sessions, trip.id)
    members = delegations.members_of(sample_db.sessions, trip.id)
    delegations.set_members(sample_db.sessions, trip.id, version, members[::-1])
    with pytest.raises(DelegateAppError) as caught:
        delegations.set_members(sample_db.sessions, trip.id, version, (
            *members, MemberInput(members[0].person_id, MemberRole.ADVISOR))[1:])
    assert trip.title[:20] in caught.value.message and " at " in caught.value.message


def test_an_import_undone_and_redone_is_not_taken_for_someone_elses(sample_db: Database
                                                                   ) -> None:
    mayor = next(p for p in people.list_people(sample_db.sessions)
                 if p.data.precedence_rank == 1)
    raw = (f"given_name,family_name,email,position\n{mayor.data.given_name},"
           f"{mayor.data.family_name},{mayor.data.email},Mayor (third term)\n").encode()
    preview = contacts.preview_contacts(sample_db.sessions, raw, "people.csv")
    assert len(preview.updated) == 1
    applied = contacts.apply_contacts(sample_db.sessions, preview)
    contacts.undo_contacts(sample_db.sessions, applied)
    with pytest.raises(StaleEditError, match=mayor.data.family_name):
        contacts.apply_contacts(sample_db.sessions, preview)  # as previewed: the mayor moved on
    contacts.apply_contacts(sample_db.sessions, preview, as_previewed=False)  # the redo
    assert next(p for p in people.list_people(sample_db.sessions)
                if p.id == mayor.id).data.position == "Mayor (third term)"
