"""Roles enforced by the server itself: what a viewer, an officer and the head of protocol
may read and write, even with their own SQL outside the app."""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest
from psycopg import errors

from delegate_app.db import office as office_sql
from delegate_app.domain.errors import DatabaseError, NotAllowedError
from delegate_app.domain.office import Role
from delegate_app.services import delegations, itinerary, overview, people
from delegate_app.services.database import Database
from delegate_app.services.office import officers

from .conftest import Office

WRITES = [
    "INSERT INTO {t}city (name, country_code, time_zone, version, created_at, updated_at) "
    "VALUES ('Montevideo', 'UY', 'America/Montevideo', 1, now(), now())",
    "UPDATE {t}itinerary_item SET title = 'Moved' WHERE id = (SELECT min(id) FROM "
    "public.itinerary_item)",
    "DELETE FROM {t}person WHERE id = (SELECT max(id) FROM public.person)",
]


def _connect(address: str) -> psycopg.Connection:
    return psycopg.connect(address, autocommit=True)


@pytest.mark.parametrize("statement", WRITES)
@pytest.mark.parametrize("prefix", ["", "public."])
def test_a_viewer_cannot_write_even_with_their_own_sql(office: Office, statement: str,
                                                       prefix: str) -> None:
    _, address = office.add("mayors.cabinet", Role.VIEWER)
    before = office.sql("SELECT count(*), max(title) FROM itinerary_item")
    with _connect(address) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement.format(t=prefix))
    assert office.sql("SELECT count(*), max(title) FROM itinerary_item") == before


def test_a_viewer_cannot_read_internal_fields(office: Office) -> None:
    _, address = office.add("mayors.cabinet", Role.VIEWER)
    with _connect(address) as conn:
        for table, column in (("itinerary_item", "briefing"),
                              ("itinerary_item", "talking_points"),
                              ("itinerary_item", "booking_reference"),
                              ("person", "internal_notes"), ("delegation", "internal_notes"),
                              ("commitment", "internal_notes"), ("gift", "internal_notes"),
                              ("meeting_outcome", "internal_notes")):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT {column} FROM public.{table}")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM public.itinerary_item")
        titles = conn.execute("SELECT title FROM public.itinerary_item").fetchall()
        assert len(titles) > 10  # everything else is there to read
        # Their own session finds the masked views first: internal text reads as empty.
        masked = conn.execute("SELECT count(*) FROM itinerary_item WHERE briefing <> ''")
        assert masked.fetchone() == (0,)
    assert int(office.sql("SELECT count(*) FROM itinerary_item WHERE briefing <> ''")) > 0


def _briefed_item(sessions: object) -> tuple[int, int]:
    for record in overview.list_delegations(sessions):  # type: ignore[arg-type]
        for row in itinerary.item_rows(sessions, record.id):  # type: ignore[arg-type]
            if row.data.briefing:
                return record.id, row.id
    raise AssertionError("the sample has briefings")


def test_the_app_signed_in_as_a_viewer_reads_the_programme_without_internal_text(
        office: Office) -> None:
    name, address = office.add("mayors.cabinet", Role.VIEWER)
    with Database(office.url) as it:
        delegation_id, item_id = _briefed_item(it.sessions)
        version, data = itinerary.get_item(it.sessions, item_id)
    with Database(address) as db:
        assert db.officer == name
        assert (db.signed_in.role, db.signed_in.may_write) == (Role.VIEWER, False)
        rows = {r.id: r for r in itinerary.item_rows(db.sessions, delegation_id)}
        assert rows[item_id].data.title == data.title
        assert (rows[item_id].data.briefing, rows[item_id].data.talking_points,
                rows[item_id].data.booking_reference) == ("", "", "")
        assert all(p.data.internal_notes == "" for p in people.list_people(db.sessions))
        with pytest.raises(NotAllowedError) as refused:
            itinerary.update_item(db.sessions, item_id, version, data)
        assert "Your role does not allow this" in refused.value.message
    with Database(office.url) as it:
        assert itinerary.get_item(it.sessions, item_id) == (version, data)


def test_an_officer_writes_but_neither_archives_nor_edits_the_office_profile(
        office: Office) -> None:
    name, address = office.add("sara", Role.OFFICER)
    with Database(address) as db:
        assert db.signed_in == db.signed_in.__class__(name, Role.OFFICER, True, True, False)
        record = overview.list_delegations(db.sessions)[0]
        version, data = delegations.get_delegation(db.sessions, record.id)
        delegations.update_delegation(db.sessions, record.id, version, data)  # allowed
        version, _ = delegations.get_delegation(db.sessions, record.id)
        with pytest.raises(NotAllowedError):
            delegations.set_archived(db.sessions, record.id, version, True)
    with _connect(address) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE office SET name = 'Renamed'")
    _, head_address = office.add("chief", Role.HEAD)
    with Database(head_address) as db:
        assert (db.signed_in.role, db.signed_in.may_manage) == (Role.HEAD, True)
        version, _ = delegations.get_delegation(db.sessions, record.id)
        delegations.set_archived(db.sessions, record.id, version, True)
    with _connect(head_address) as conn:
        conn.execute("UPDATE office SET name = name")


def test_nobody_rewrites_or_deletes_the_audit_record(office: Office) -> None:
    """The audit record (made by its migration) is append-only: officers add and read,
    nobody updates or deletes, viewers do not read."""
    officers.init_office(office.url, None, lambda: None)  # grants anew, as an upgrade does
    _, officer = office.add("sara", Role.OFFICER)
    _, head = office.add("chief", Role.HEAD)
    _, viewer = office.add("mayors.cabinet", Role.VIEWER)
    for address in (officer, head):
        with _connect(address) as conn:
            conn.execute("INSERT INTO audit_entry (at, officer, action, kind, record_id, "
                         "changes) VALUES (now(), current_user, 'changed', 'person', 1, '{}')")
            assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] >= 1
            for statement in ("UPDATE audit_entry SET changes = '{\"forged\": 1}'",
                              "DELETE FROM audit_entry", "TRUNCATE audit_entry"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(statement)
    with _connect(viewer) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM audit_entry")
    assert office.sql("SELECT count(*) FROM audit_entry WHERE changes = '{}'") == "2"


def test_grants_follow_an_upgrade_that_adds_a_table(office: Office) -> None:
    """New tables get the office's grants when the schema is upgraded (as `office init`
    does after each upgrade), so officers are never locked out of a new feature."""
    office.sql("CREATE TABLE travel_note (id serial PRIMARY KEY, text varchar(100), "
               "internal_notes text NOT NULL DEFAULT '')")
    with Database(office.url) as it, it.engine.begin() as conn:
        assert office_sql.is_office(conn)
        office_sql.drop_masked_views(conn)
        office_sql.apply_grants(conn)
    _, officer = office.add("sara", Role.OFFICER)
    _, viewer = office.add("mayors.cabinet", Role.VIEWER)
    with _connect(officer) as conn:
        conn.execute("INSERT INTO travel_note (text, internal_notes) VALUES ('Visa', 'x')")
    with _connect(viewer) as conn:
        assert conn.execute("SELECT text, internal_notes FROM travel_note").fetchall() == [
            ("Visa", "")]


def test_a_removed_officer_cannot_sign_in_and_keeps_their_name_on_what_they_did(
        office: Office) -> None:
    name, address = office.add("sara", Role.OFFICER)
    with Database(address) as db:
        record = overview.list_delegations(db.sessions)[0]
        version, data = delegations.get_delegation(db.sessions, record.id)
        delegations.update_delegation(db.sessions, record.id, version,
                                      replace(data, objectives="Sign the tram agreement"))
    officers.remove_officer(office.url, name)
    with pytest.raises(DatabaseError) as refused:
        Database(address).open()
    assert name in refused.value.message and "sign" in refused.value.message
    assert office.sql(f"SELECT updated_by FROM delegation WHERE id = {record.id}") == name
    listed = {o.name: o for o in officers.list_officers(office.url)}
    assert listed[name].status == "removed" and listed[name].role is None
