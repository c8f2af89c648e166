"""Reading the record: sentences in the officer's words (times in the record's own zone,
names for linked records), a record's history with its parts, the office's activity by
officer, kind, delegation and period, and its CSV export read back."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from delegate_app.domain.errors import ValidationError
from delegate_app.domain.follow_up import OutcomeInput
from delegate_app.domain.history import ActivityFilter, kind_of_word
from delegate_app.domain.records import CityInput, MemberInput
from delegate_app.services import cities, delegations, history, itinerary, outcomes, overview
from delegate_app.services.database import Database


def _tokyo(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def _courtesy_call(db: Database) -> tuple[int, int]:
    trip = _tokyo(db)
    return trip, next(r.id for r in itinerary.item_rows(db.sessions, trip)
                      if r.data.title == "Courtesy call on the Governor of Tokyo")


def _move(db: Database, item_id: int, minutes: int) -> None:
    version, data = itinerary.get_item(db.sessions, item_id)
    shift = timedelta(minutes=minutes)
    itinerary.update_item(db.sessions, item_id, version,
                          replace(data, starts_at=data.starts_at + shift,
                                  ends_at=data.ends_at + shift))


def test_a_move_reads_in_the_item_s_own_zone(sample_db: Database) -> None:
    sample_db.changes.who = "Sara"
    _, item = _courtesy_call(sample_db)
    _move(sample_db, item, 30)  # 10:00 in Tokyo (01:00 UTC, 04:30 in Tehran)
    [line] = history.record_history(sample_db.sessions, "itinerary_item", item)[:1]
    assert line.what == ("moved “Courtesy call on the Governor of Tokyo” from 10:00 to 10:30 "
                         "(Mon 14 Dec, Tokyo)")
    assert line.sentence.startswith("Sara moved “Courtesy call on the Governor of Tokyo”")
    assert line.sentence.endswith(f" on {line.when}")
    assert [(c.label, c.before, c.after) for c in line.changes] == [
        ("start", "Mon 14 Dec 10:00", "Mon 14 Dec 10:30"),
        ("end", "Mon 14 Dec 10:40", "Mon 14 Dec 11:10")]


def test_fields_are_named_and_shown_as_the_officer_knows_them(sample_db: Database) -> None:
    s = sample_db.sessions
    _, item = _courtesy_call(sample_db)
    osaka = cities.create_city(s, CityInput("Osaka", "JP", "Asia/Tokyo")).id
    version, data = itinerary.get_item(s, item)
    itinerary.update_item(s, item, version, replace(
        data, origin_city_id=osaka, dress_code="Lounge suit",
        participants=data.participants[:1]))
    [line] = history.record_history(s, "itinerary_item", item)[:1]
    shown = {c.label: (c.before, c.after) for c in line.changes}
    assert shown["departure city"] == ("—", "Osaka")
    assert shown["dress code"][1] == "“Lounge suit”"
    assert "Dr Mehdi Farahani" in shown["participants"][1]
    assert line.what.startswith("changed the departure city, dress code and participants")


def test_a_delegation_s_history_holds_its_items_members_and_outcomes(
        sample_db: Database) -> None:
    s = sample_db.sessions
    trip, item = _courtesy_call(sample_db)
    _move(sample_db, item, 15)
    version = delegations.get_delegation(s, trip)[0]
    members = delegations.members_of(s, trip)
    delegations.set_members(s, trip, version, tuple(
        MemberInput(m.person_id, m.role) for m in (members[1], members[0], *members[2:])))
    outcomes.record_outcome(s, item, OutcomeInput("The Governor accepted the invitation"),
                            seen_version=outcomes.follow_up(s, item).outcome_version)
    whole = history.record_history(s, "delegation", trip)
    texts = [line.what for line in whole]
    assert any(t.startswith("moved “Courtesy call") for t in texts)
    assert any(t.startswith("moved Dr") and "from place 2 to place 1" in t for t in texts)
    assert "recorded the outcome of “Courtesy call on the Governor of Tokyo”" in texts
    of_item = [line.what for line in history.record_history(s, "itinerary_item", item)]
    assert of_item[0].startswith("recorded the outcome") and len(of_item) == 3  # + created
    assert whole == sorted(whole, key=lambda line: -line.id)


def test_a_deleted_record_keeps_its_history(sample_db: Database) -> None:
    s = sample_db.sessions
    city = cities.create_city(s, CityInput("Osaka", "JP", "Asia/Tokyo"))
    cities.delete_city(s, city.id, city.version)
    lines = history.record_history(s, "city", city.id)
    assert [line.what for line in lines] == ["deleted the city “Osaka”",
                                             "added the city “Osaka”"]


def test_activity_is_filtered_by_officer_kind_delegation_and_period(
        sample_db: Database) -> None:
    s = sample_db.sessions
    start = datetime.now(UTC) - timedelta(seconds=1)
    sample_db.changes.who = "Sara"
    trip, item = _courtesy_call(sample_db)
    _move(sample_db, item, 30)
    sample_db.changes.who = "Hamid"
    cities.create_city(s, CityInput("Osaka", "JP", "Asia/Tokyo"))
    recent = history.activity(s, ActivityFilter(since=start))
    assert [(line.officer, line.kind) for line in recent] == [
        ("Hamid", "city"), ("Sara", "itinerary_item")]
    assert [line.kind for line in history.activity(s, ActivityFilter(officer="Sara"))] == [
        "itinerary_item"]
    assert all(line.kind == "city" for line in history.activity(s, ActivityFilter(
        kind="city")))
    inside = history.activity(s, ActivityFilter(delegation_id=trip, limit=5000))
    assert inside and all(line.delegation_id == trip for line in inside)
    assert history.activity(s, ActivityFilter(until=start - timedelta(days=400))) == []
    with pytest.raises(ValidationError):
        history.activity(s, ActivityFilter(limit=0))
    choices = history.activity_choices(s)
    assert {"Sara", "Hamid"} <= set(choices.officers)
    assert ("itinerary_item", "item") in choices.kinds
    assert any(d.id == trip for d in choices.delegations)


def test_the_activity_exports_as_csv_with_formulas_neutralised(sample_db: Database,
                                                               tmp_path: Path) -> None:
    s = sample_db.sessions
    sample_db.changes.who = "=cmd|' /C calc'!A0"  # an account name a spreadsheet would run
    made = cities.create_city(s, CityInput("Osaka", "JP", "Asia/Tokyo", notes="=1+1"))
    target = tmp_path / "activity.csv"
    count = history.export_activity(s, target, ActivityFilter(kind="city", limit=3))
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0] == list(history.ACTIVITY_COLUMNS) and len(rows) == count + 1 == 4
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Officer"] == "'=cmd|' /C calc'!A0"
    assert (first["Record kind"], first["Record number"], first["Record"]) == (
        "city", str(made.id), "Osaka")
    assert first["What happened"] == "added the city “Osaka”"
    assert datetime.fromisoformat(first["When (UTC)"]).tzinfo is not None


@pytest.mark.parametrize(("word", "table"), [("item", "itinerary_item"),
                                             ("items", "itinerary_item"),
                                             ("people", "person"), ("Session", "summit_session"),
                                             ("cities", "city"), ("widget", None)])
def test_officers_name_kinds_of_record_in_their_words(word: str, table: str | None) -> None:
    assert kind_of_word(word) == table
