"""Programme versions as pure data: the snapshot document, its upgrade from an older schema,
and the comparison of two states per day in local time, with the hosts' cut."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from delegate_app.domain.enums import ItemKind, ItemStatus, MemberRole
from delegate_app.domain.timefmt import from_local
from delegate_app.domain.version_changes import ChangeKind, by_day, compare, host_cut
from delegate_app.domain.versions import (
    SNAPSHOT_SCHEMA,
    SnapshotError,
    VersionItem,
    VersionMember,
    VersionPerson,
    VersionProgramme,
    dump_snapshot,
    load_snapshot,
    schema_outline,
    upgrade_document,
    version_label,
)

STORED_V1 = Path(__file__).parent / "data" / "programme_snapshot_v1.json"
# The shape of each schema (see SNAPSHOT_SCHEMA; 3 keeps the badges). When this test fails,
# a record the snapshot holds changed: raise SNAPSHOT_SCHEMA, add the upgrade step from the
# old shape (tested on a stored document of that shape), and put the new outline's digest here.
SCHEMA_DIGESTS = {2: "fddbbede650219193985da449dc3fc9f72a9e3f202defe5051758d546a9faa24",
                  3: "1e18a08bb2408243b403864d1ecaeba8d0bb6038975ce02d0e0606882a230871"}

TOKYO, BA = "Asia/Tokyo", "America/Argentina/Buenos_Aires"


def item(uid: str, title: str, start: datetime, zone: str = TOKYO, hours: float = 1,
         **more: object) -> VersionItem:
    starts = from_local(start, zone)
    values: dict[str, object] = dict(
        id=sum(map(ord, uid)), uid=uid, sequence=0, kind=ItemKind.BILATERAL_MEETING,
        title=title, status=ItemStatus.CONFIRMED, starts_at=starts, start_tz=zone,
        ends_at=starts + timedelta(hours=hours), end_tz=zone, all_day=False, city_id=None,
        city="Tokyo", origin_city_id=None, origin_city="", carrier="", service_number="",
        venue="City Hall", address="", latitude=None, longitude=None, participants=(1,),
        counterparts=(2,), interpreters=(), language_pair="", dress_code="", description="",
        briefing="", talking_points="", booking_reference="", summit_session_id=None,
        internal=False)
    values.update(more)
    return VersionItem(**values)  # type: ignore[arg-type]


def programme(*items: VersionItem) -> VersionProgramme:
    return VersionProgramme(
        7, "Mayor of Tehran to Tokyo", date(2026, 12, 20), date(2026, 12, 23),
        (VersionMember(1, MemberRole.HEAD_OF_DELEGATION),),
        (VersionPerson(1, "Dr Ali Karimi"), VersionPerson(2, "H.E. Yuko Sato"),
         VersionPerson(3, "Mr Kenji Takahashi")), items)


RECEPTION = item("r", "Reception at the residence", datetime(2026, 12, 21, 19), hours=2)
CALL = item("c", "Courtesy call on the Governor", datetime(2026, 12, 21, 10))


def kinds(changes: tuple) -> set[tuple[ChangeKind, str]]:  # type: ignore[type-arg]
    return {(c.kind, c.uid) for c in changes}


def test_a_move_past_midnight_in_tokyo_is_listed_on_the_new_tokyo_day() -> None:
    # 00:30 Tuesday in Tokyo is still Monday in UTC and in Tehran: the Tokyo day counts.
    moved = replace(RECEPTION, starts_at=RECEPTION.starts_at + timedelta(hours=5, minutes=30),
                    ends_at=RECEPTION.ends_at + timedelta(hours=5, minutes=30))
    assert moved.starts_at.astimezone(UTC).date() == date(2026, 12, 21)
    changes = compare(programme(RECEPTION, CALL), programme(moved, CALL))
    assert kinds(changes) == {(ChangeKind.MOVED, "r")}
    (change,) = changes
    assert change.day == date(2026, 12, 22) and change.day_shift == 1
    assert tuple(map(str, change.details)) == (
        "Mon 21 Dec, 19:00–21:00 Tokyo → Tue 22 Dec, 00:30–02:30 Tokyo (one day later)",)
    assert [d.title for d in by_day(changes)] == ["Tuesday 22 December 2026"]


def test_a_move_to_another_zone_names_both_zones_with_their_offsets() -> None:
    there = replace(CALL, starts_at=from_local(datetime(2026, 12, 14, 9, 30), BA), start_tz=BA,
                    ends_at=from_local(datetime(2026, 12, 14, 10, 30), BA), end_tz=BA)
    (change,) = compare(programme(CALL), programme(there))
    assert change.before == "Mon 21 Dec, 10:00–11:00 Tokyo (UTC+9)"
    assert change.after == "Mon 14 Dec, 09:30–10:30 Buenos Aires (UTC-3)"
    assert change.day_shift == -7 and "7 days earlier" in str(change.details[0])


def test_each_kind_of_change_is_named_once() -> None:
    added = item("n", "Visit to the fire station", datetime(2026, 12, 22, 9))
    before = programme(RECEPTION, CALL, item("x", "Press point", datetime(2026, 12, 21, 12)),
                       item("g", "Gone", datetime(2026, 12, 21, 15)))
    after = programme(
        replace(RECEPTION, venue="Embassy garden", status=ItemStatus.TENTATIVE),
        replace(CALL, counterparts=(3,), briefing="New note", title="Courtesy call"),
        replace(item("x", "Press point", datetime(2026, 12, 21, 12)),
                status=ItemStatus.CANCELLED), added)
    changes = compare(before, after)
    assert kinds(changes) == {
        (ChangeKind.REPLACED, "r"), (ChangeKind.STATUS, "r"), (ChangeKind.PEOPLE, "c"),
        (ChangeKind.TEXT, "c"), (ChangeKind.CANCELLED, "x"), (ChangeKind.ADDED, "n"),
        (ChangeKind.REMOVED, "g")}
    people = next(c for c in changes if c.kind is ChangeKind.PEOPLE)
    assert tuple(map(str, people.details)) == ("Counterparts added: Mr Kenji Takahashi",
                                               "Counterparts dropped: H.E. Yuko Sato")
    text = next(c for c in changes if c.kind is ChangeKind.TEXT)
    assert tuple(map(str, text.details)) == (
        "Title: “Courtesy call on the Governor” → “Courtesy call”",
        "Briefing (internal) added: “New note”")


def test_the_hosts_cut_has_no_internal_item_and_no_internal_note() -> None:
    briefing = item("b", "Briefing by the Chargé d'affaires", datetime(2026, 12, 21, 8),
                    internal=True)
    before = programme(CALL)
    after = programme(replace(CALL, briefing="Mention the tram study", talking_points="Trams",
                              booking_reference="PNR 7KQ2ZD"), briefing)
    assert kinds(compare(before, after)) == {(ChangeKind.TEXT, "c"), (ChangeKind.ADDED, "b")}
    assert compare(before, after, host=True) == ()
    assert all(not i.briefing and not i.internal for i in host_cut(after).items)
    # An internal item made shared appears to the hosts as added.
    shared = programme(CALL, replace(briefing, internal=False))
    assert kinds(compare(after, shared, host=True)) == {(ChangeKind.ADDED, "b")}


def test_a_long_note_shows_the_words_that_changed() -> None:
    note = ("Governor's reception room, 7th floor. Arrive at 09:50 at the main entrance; "
            "escorted by the Office for International Affairs. Bow lightly and offer both "
            "hands for the card. Gifts are exchanged at the end of the call.")
    (change,) = compare(programme(replace(CALL, briefing=note)),
                        programme(replace(CALL, briefing=note + " Bring the tram study.")))
    assert tuple(map(str, change.details)) == (
        "Briefing (internal): “… of the call.” → “… of the call. Bring the tram study.”",)


def test_a_cancelled_item_that_changes_again_is_not_listed() -> None:
    gone = replace(CALL, status=ItemStatus.CANCELLED)
    assert compare(programme(gone), programme(replace(gone, title="Call"))) == ()
    back = compare(programme(gone), programme(CALL))
    assert kinds(back) == {(ChangeKind.REINSTATED, "c")}


def test_the_snapshot_document_round_trips_and_refuses_what_it_does_not_know() -> None:
    snapshot = load_snapshot(STORED_V1.read_text(encoding="utf-8"))
    text = dump_snapshot(snapshot)
    assert load_snapshot(text) == snapshot
    doc = json.loads(text)
    doc["programme"]["items"][0]["colour"] = "red"
    with pytest.raises(SnapshotError, match="colour"):
        load_snapshot(json.dumps(doc))
    with pytest.raises(SnapshotError, match="newer delegate_app"):
        upgrade_document({**json.loads(text), "schema": SNAPSHOT_SCHEMA + 1})
    with pytest.raises(SnapshotError, match="damaged"):
        load_snapshot(text[:-20])


def test_a_stored_schema_1_document_is_upgraded_with_every_item_shared() -> None:
    stored = json.loads(STORED_V1.read_text(encoding="utf-8"))
    assert stored["schema"] == 1
    assert all("internal" not in i for i in stored["programme"]["items"])
    snapshot = load_snapshot(STORED_V1.read_text(encoding="utf-8"))
    assert snapshot.schema == SNAPSHOT_SCHEMA == 3
    assert [i.internal for i in snapshot.programme.items] == [False, False]
    assert snapshot.badges is None  # what they were then is not known
    assert snapshot.programme.items[0].title == "Courtesy call on the Governor of Tokyo"
    assert snapshot.dossier.days[0].items[0].counterparts == ("H.E. Yuko Sato",)
    assert snapshot.host_dossier.internal is None and snapshot.dossier.internal is not None
    assert [e.summary for e in snapshot.calendar.internal] == [
        i.title for i in snapshot.programme.items]


def test_the_schema_is_pinned() -> None:
    digest = hashlib.sha256(schema_outline().encode()).hexdigest()
    assert SCHEMA_DIGESTS.get(SNAPSHOT_SCHEMA) == digest, (
        "A record inside the snapshot changed shape: raise SNAPSHOT_SCHEMA, add an upgrade "
        f"step and record {digest} for it.")


def test_version_labels_give_the_office_time() -> None:
    issued = datetime(2026, 12, 1, 10, 30, tzinfo=UTC)
    assert version_label(3, issued, "Asia/Tehran") == "Version 3 of Tue 1 Dec 2026, 14:00 Tehran"
