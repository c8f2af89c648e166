"""Issued versions of the sample trip: issue version 1, change the programme through the
services as an officer would, issue version 2; then what changed, the change sheet, and the
dossier and calendar of version 1 made again, all read back from the files."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import select

from delegate_app.db.models import City, Office
from delegate_app.domain.enums import ItemKind, ItemStatus
from delegate_app.domain.errors import NotFoundError, StaleEditError, ValidationError
from delegate_app.domain.records import ItemInput, ItemRow
from delegate_app.domain.timefmt import from_local
from delegate_app.domain.version_changes import ChangeKind
from delegate_app.domain.versions import VersionInfo
from delegate_app.exports.pdf.dossier import dossier_pdf
from delegate_app.services import (
    calendars,
    delegations,
    dossier,
    itinerary,
    name_cards,
    overview,
    programme_document,
    versions,
)
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database
from tests.exports.pdf_checks import assert_embedded_subsets, assert_qpdf_happy

TOKYO = "Asia/Tokyo"


def pdf_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def row(db: Database, trip: int, title: str) -> ItemRow:
    return next(r for r in itinerary.item_rows(db.sessions, trip) if r.data.title.startswith(
        title))


def put(db: Database, item: ItemRow, data: ItemInput) -> None:
    itinerary.update_item(db.sessions, item.id, itinerary.get_item(db.sessions, item.id)[0],
                          data)


@dataclass
class Story:
    db: Database
    trip: int
    v1: VersionInfo
    v2: VersionInfo
    v1_dossier_text: list[str]  # version 1's internal dossier, printed when it was issued
    v1_calendar: bytes  # version 1's calendar, exported when it was issued
    draft_dossier_at_v1: object  # the draft's dossier (no home time) when v1 was issued
    uids: dict[str, str]  # what changed, by name: its calendar uid


def _change_the_programme(db: Database, trip: int) -> dict[str, str]:
    """Move across midnight in Tokyo, cancel, add, swap a counterpart, edit an internal
    note: each through the services, as the window does."""
    reception = row(db, trip, "Reception at the residence of the Ambassador")
    late = timedelta(hours=5, minutes=30)  # 19:00 Monday -> 00:30 Tuesday, Tokyo time
    itinerary.move_item(db.sessions, reception.id, reception.version,
                        reception.data.starts_at + late, reception.data.ends_at + late)
    interview = row(db, trip, "Interview with an Argentine daily")
    itinerary.set_item_status(db.sessions, interview.id, interview.version,
                              ItemStatus.CANCELLED)
    governor = row(db, trip, "Courtesy call on the Governor of Tokyo")
    shinjuku = row(db, trip, "Meeting with the Mayor of Shinjuku")
    mayor = next(p for p in shinjuku.data.counterparts if p not in governor.data.counterparts)
    put(db, governor, replace(governor.data, counterparts=(mayor,
                                                           *governor.data.counterparts[1:])))
    put(db, shinjuku, replace(shinjuku.data, briefing=shinjuku.data.briefing
                              + " Thank him for the disaster-drill invitation."))
    start = from_local(datetime(2026, 12, 15, 14, 0), TOKYO)
    added = itinerary.create_item(db.sessions, trip, ItemInput(
        ItemKind.SITE_VISIT, "Shinjuku fire station: earthquake training centre", start,
        TOKYO, start + timedelta(hours=1), TOKYO, status=ItemStatus.CONFIRMED,
        venue="Shinjuku Fire Station", participants=shinjuku.data.participants))
    return {"moved": reception.uid, "cancelled": interview.uid, "swapped": governor.uid,
            "noted": shinjuku.uid, "added": itinerary.item_identity(db.sessions, added.id)[0]}


@pytest.fixture(scope="module")
def story(sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    path = tmp_path_factory.mktemp("versions") / "sample.sqlite"
    shutil.copy(sample_template, path)
    db = Database(str(path)).open()
    trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
    v1 = versions.issue_version(db.sessions, trip, "Sent to the Governor's office")
    v1_pdf = dossier_pdf(versions.dossier_of(db.sessions, trip, number=1))
    v1_ics, stamp = versions.calendar_of(db.sessions, trip, 1)
    draft = dossier.delegation_dossier(db.sessions, trip, Edition.INTERNAL, False)
    uids = _change_the_programme(db, trip)
    v2 = versions.issue_version(db.sessions, trip, "After the Governor's office moved things")
    yield Story(db, trip, v1, v2, pdf_text(v1_pdf), calendars.calendar_bytes(v1_ics, stamp),
                draft, uids)
    db.close()


EXPECTED = {(ChangeKind.MOVED, "moved"), (ChangeKind.CANCELLED, "cancelled"),
            (ChangeKind.ADDED, "added"), (ChangeKind.PEOPLE, "swapped"),
            (ChangeKind.TEXT, "noted")}


def _named(story: Story, changes: tuple) -> set[tuple[ChangeKind, str]]:  # type: ignore[type-arg]
    names = {uid: name for name, uid in story.uids.items()}
    return {(c.kind, names.get(c.uid, c.title)) for c in changes}


def test_the_diff_lists_exactly_the_changes_made(story: Story) -> None:
    sheet = versions.programme_changes(story.db.sessions, story.trip, 1, 2)
    assert _named(story, sheet.changes) == EXPECTED
    assert sheet.since == story.v1.label and sheet.now == story.v2.label
    moved = next(c for c in sheet.changes if c.kind is ChangeKind.MOVED)
    assert (moved.before, moved.after) == ("Mon 14 Dec, 19:00–21:00 Tokyo",
                                           "Tue 15 Dec, 00:30–02:30 Tokyo")
    swapped = next(c for c in sheet.changes if c.kind is ChangeKind.PEOPLE)
    assert any("Counterparts added:" in str(x) for x in swapped.details)
    assert any("Counterparts dropped:" in str(x) for x in swapped.details)
    # against the draft: nothing changed since version 2 was issued
    assert versions.programme_changes(story.db.sessions, story.trip, 2).days == ()
    assert _named(story, versions.programme_changes(story.db.sessions, story.trip,
                                                    1).changes) == EXPECTED


def test_the_hosts_diff_omits_the_internal_note(story: Story) -> None:
    sheet = versions.programme_changes(story.db.sessions, story.trip, 1, 2, Edition.HOST)
    assert _named(story, sheet.changes) == EXPECTED - {(ChangeKind.TEXT, "noted")}
    assert "disaster-drill" not in repr(sheet)
    assert sheet.marking == "Programme for our hosts"


@pytest.mark.parametrize("edition", [Edition.INTERNAL, Edition.HOST])
def test_the_change_sheet_names_each_change_with_old_and_new_local_times(
        story: Story, edition: Edition, tmp_path: Path) -> None:
    sheet = versions.programme_changes(story.db.sessions, story.trip, 1, 2, edition)
    target = versions.write_change_sheet(sheet, tmp_path / "changes.pdf", "letter")
    assert_qpdf_happy(target)
    assert_embedded_subsets(PdfReader(target))
    text = " ".join(" ".join(pdf_text(target.read_bytes())).split())
    assert "Changes to the programme since version 1 of " in text
    assert story.v1.label in text and story.v2.label in text
    assert "Tuesday 15 December 2026" in text and "Monday 14 December 2026" in text
    assert "Mon 14 Dec, 19:00–21:00 Tokyo → Tue 15 Dec, 00:30–02:30 Tokyo (one day later)" in text
    assert "CANCELLED" in text and "Was Tue 8 Dec, 17:00–" in text  # the interview
    assert "ADDED" in text and "Tue 15 Dec, 14:00–15:00 Tokyo" in text
    assert "Counterparts added:" in text and "Counterparts dropped:" in text
    assert ("disaster-drill" in text) is (edition is Edition.INTERNAL)
    assert ("Internal — not for distribution".upper() in text) is (edition is Edition.INTERNAL)


def test_a_dossier_of_version_1_made_after_version_2_is_the_one_issued(story: Story) -> None:
    again = dossier_pdf(versions.dossier_of(story.db.sessions, story.trip, number=1))
    assert pdf_text(again) == story.v1_dossier_text
    now = pdf_text(dossier_pdf(versions.dossier_of(story.db.sessions, story.trip)))
    assert now != story.v1_dossier_text  # the draft did change
    assert "Shinjuku fire station" in " ".join(now)
    assert "Shinjuku fire station" not in " ".join(story.v1_dossier_text)


def test_a_version_prints_what_the_draft_printed_when_it_was_issued(story: Story) -> None:
    issued = versions.dossier_of(story.db.sessions, story.trip, number=1)
    assert issued.version == story.v1.label
    assert replace(issued, version="") == replace(story.draft_dossier_at_v1, version="")


def test_versions_and_drafts_say_which_on_every_page(story: Story) -> None:
    draft = pdf_text(dossier_pdf(versions.dossier_of(story.db.sessions, story.trip,
                                                     Edition.HOST)))
    with story.db.sessions() as session:
        label = versions.draft_note(session)
    assert label.startswith("Draft of ")
    assert all(label in page for page in draft)  # cover and every running footer
    assert all(story.v1.label in page for page in story.v1_dossier_text)


def test_changed_items_carry_a_bar_and_the_cover_says_since_when(story: Story) -> None:
    marked = versions.dossier_of(story.db.sessions, story.trip, number=2, since=1)
    moved = row(story.db, story.trip, "Reception at the residence of the Ambassador").id
    swapped = row(story.db, story.trip, "Courtesy call on the Governor of Tokyo").id
    assert {moved, swapped} <= set(marked.changed_items)
    assert len(marked.changed_items) == 4  # the cancelled interview is not printed
    pages = pdf_text(dossier_pdf(marked))
    assert "Changes since version 1 of" in pages[0]
    assert sum(len(re.findall(r"^CHANGED$", page, re.M)) for page in pages) == 4
    host = versions.dossier_of(story.db.sessions, story.trip, Edition.HOST, number=2, since=1)
    noted = row(story.db, story.trip, "Meeting with the Mayor of Shinjuku").id
    assert noted in marked.changed_items and noted not in host.changed_items
    with pytest.raises(ValidationError, match="later version"):
        versions.dossier_of(story.db.sessions, story.trip, number=1, since=2)


def _events(raw: bytes) -> dict[str, object]:
    return {str(e["uid"]): e for e in Calendar.from_ical(raw).walk("VEVENT")}


def test_a_version_calendar_keeps_its_uids_and_never_goes_back_in_sequence(
        story: Story) -> None:
    data, stamp = versions.calendar_of(story.db.sessions, story.trip, 1)
    again = calendars.calendar_bytes(data, stamp)
    before, after = _events(story.v1_calendar), _events(again)
    assert set(before) == set(after) and story.uids["added"] not in after
    current = {r.uid: r.sequence for r in itinerary.item_rows(story.db.sessions, story.trip)}
    moved = story.uids["moved"]
    assert after[moved]["sequence"] == current[moved] > before[moved]["sequence"]  # type: ignore[index]
    assert after[moved]["dtstart"].dt == before[moved]["dtstart"].dt  # type: ignore[index]
    assert after[moved]["dtstamp"].dt == story.v1.issued_at.replace(microsecond=0)  # type: ignore[index]
    for uid, event in before.items():  # nothing else moves: same content, same sequence
        if uid not in story.uids.values():
            assert after[uid].to_ical() == event.to_ical()  # type: ignore[attr-defined]


def test_calendar_names_say_version_or_draft(story: Story) -> None:
    def name(raw: bytes) -> tuple[str, str]:
        cal = Calendar.from_ical(raw)
        return str(cal["name"]), str(cal["x-wr-calname"])

    v1 = name(story.v1_calendar)
    assert v1[0] == v1[1] and v1[0].endswith(f"— {story.v1.label}")
    draft = calendars.delegation_calendar(story.db.sessions, story.trip, None, Edition.HOST)
    raw = calendars.calendar_bytes(draft, datetime.now().astimezone())
    assert " (programme for our hosts) — Draft of " in name(raw)[0]
    assert draft.name == draft.full_name.split(" — Draft of ")[0]  # publishing's name is stable
    with story.db.sessions() as session:
        head = versions.programme_of(session, story.trip).members[0].person_id
    member, _stamp = versions.calendar_of(story.db.sessions, story.trip, 2, head, Edition.HOST)
    assert member.full_name.endswith(f"(programme for our hosts) — {story.v2.label}")
    assert "Briefing" not in " ".join(e.description for e in member.events)


def test_versions_are_listed_and_refusals_are_plain(story: Story) -> None:
    listed = versions.list_versions(story.db.sessions, story.trip)
    assert [(v.number, v.note) for v in listed] == [
        (1, "Sent to the Governor's office"), (2, "After the Governor's office moved things")]
    with pytest.raises(ValidationError, match="Nothing changed since version 2"):
        versions.issue_version(story.db.sessions, story.trip)
    with pytest.raises(NotFoundError, match="has no version 9: versions 1 to 2 were issued"):
        versions.load_version(story.db.sessions, story.trip, 9)
    with pytest.raises(ValidationError, match="later version"):
        versions.programme_changes(story.db.sessions, story.trip, 2, 1)
    with pytest.raises(ValidationError, match="was not a member"):
        versions.calendar_of(story.db.sessions, story.trip, 1, 99999)


def test_a_programme_changed_while_a_version_is_made_is_not_issued(
        sample_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions)
                if "Montevideo" in d.title)
    real = versions.store.capture

    def capture_then_a_colleague_edits(*args: object) -> object:
        made = real(*args)  # type: ignore[arg-type]
        first = itinerary.item_rows(sample_db.sessions, trip)[0]
        put(sample_db, first, replace(first.data, title=first.data.title + " (delayed)"))
        return made

    monkeypatch.setattr(versions.store, "capture", capture_then_a_colleague_edits)
    with pytest.raises(StaleEditError, match="changed while the version was being made"):
        versions.issue_version(sample_db.sessions, trip)
    assert versions.list_versions(sample_db.sessions, trip) == []
    monkeypatch.undo()
    issued = versions.issue_version(sample_db.sessions, trip, " ", by="nadia",
                                    now=datetime(2026, 11, 23, 5, 30, tzinfo=UTC))
    assert (issued.number, issued.issued_by, issued.note) == (1, "nadia", "")
    assert issued.label == "Version 1 of Mon 23 Nov 2026, 09:00 Tehran"
    with sample_db.sessions.begin() as session:  # the office moves: the name stays
        office = session.scalars(select(Office)).first()
        office.home_city_id = session.scalar(select(City.id).where(City.name == "Tokyo"))
    assert versions.list_versions(sample_db.sessions, trip)[0].label == issued.label
    with pytest.raises(ValidationError, match="limited to 2000"):
        versions.issue_version(sample_db.sessions, trip, "x" * 2001)


def _without_sequences(programme: object) -> object:
    return replace(programme, items=tuple(  # type: ignore[type-var]
        replace(i, sequence=0) for i in programme.items))  # type: ignore[attr-defined]


def test_a_new_draft_from_version_1_backs_out_the_changes_and_undo_puts_them_back(
        sample_db: Database) -> None:
    db = sample_db
    trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
    versions.issue_version(db.sessions, trip)
    uids = _change_the_programme(db, trip)
    added = row(db, trip, "Shinjuku fire station")
    with db.sessions() as session:
        changed = versions.programme_of(session, trip)
    change, receipt = versions.start_draft_from(db.sessions, trip, 1)
    assert change.kind == "delegation" and receipt.created == ()
    # the draft is version 1 again: the item added since is cancelled, not deleted
    assert versions.programme_changes(db.sessions, trip, 1).days == ()
    assert row(db, trip, "Shinjuku fire station").data.status is ItemStatus.CANCELLED
    after = {r.uid: r.sequence for r in itinerary.item_rows(db.sessions, trip)}
    before = {i.uid: i.sequence for i in changed.items}
    # phones learn of every change (one SEQUENCE serves both editions, and ours shows the
    # internal note)
    shown = set(uids.values())
    assert all(after[uid] > before[uid] for uid in shown)
    assert all(after[uid] == before[uid] for uid in before if uid not in shown)
    versions.undo_start_draft(db.sessions, receipt)
    with db.sessions() as session:
        undone = versions.programme_of(session, trip)
    assert _without_sequences(undone) == _without_sequences(changed)
    assert row(db, trip, "Shinjuku fire station").id == added.id


def test_an_item_removed_since_the_version_comes_back_with_its_uid(
        sample_db: Database) -> None:
    db = sample_db
    trip = next(d.id for d in overview.list_delegations(db.sessions) if "Montevideo" in d.title)
    first = itinerary.item_rows(db.sessions, trip)[0]
    start = first.data.starts_at + timedelta(days=1)
    made = itinerary.create_item(db.sessions, trip, replace(
        first.data, title="Visit to the Azadi Tower", starts_at=start,
        ends_at=start + timedelta(hours=1), end_tz=first.data.start_tz))
    uid = itinerary.item_identity(db.sessions, made.id)[0]
    for _ in range(2):  # two calendar-visible edits: sequence 2 in the version
        version, data = itinerary.get_item(db.sessions, made.id)
        itinerary.update_item(db.sessions, made.id, version, replace(data, title=data.title + "!"))
    versions.issue_version(db.sessions, trip)
    itinerary.discard_item(db.sessions, made.id)  # an officer undid its creation
    _, receipt = versions.start_draft_from(db.sessions, trip, 1)
    back = row(db, trip, "Visit to the Azadi Tower")
    assert (back.id, back.uid, back.sequence) == (made.id, uid, 3)
    assert receipt.created == (made.id,)
    versions.undo_start_draft(db.sessions, receipt)
    assert all(r.uid != uid for r in itinerary.item_rows(db.sessions, trip))


def test_summit_programmes_and_badge_sheets_say_they_are_drafts(
        story: Story, tmp_path: Path) -> None:
    with story.db.sessions() as session:
        label = versions.draft_note(session)
    summit = overview.list_summits(story.db.sessions)[0].id
    programme = programme_document.summit_programme_document(story.db.sessions, summit)
    printed = programme_document.write_summit_programme(programme, tmp_path / "p.pdf")
    pages = pdf_text(printed.read_bytes())
    assert label in pages[0] and all(label in page for page in pages[1:])
    governor = row(story.db, story.trip, "Courtesy call on the Governor of Tokyo").id
    cards = name_cards.name_card_set(story.db.sessions, story.trip, governor)
    made = name_cards.write_name_cards(cards, tmp_path / "cards.pdf")
    sheets = pdf_text(made.read_bytes())
    assert all(label in sheet for sheet in sheets)  # seating plan, every card, every badge sheet


def test_deleting_a_delegation_takes_its_versions_and_undo_brings_them_back(
        sample_db: Database) -> None:
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions)
                if "Montevideo" in d.title)
    versions.issue_version(sample_db.sessions, trip, "Sent")
    version, _ = delegations.get_delegation(sample_db.sessions, trip)
    snapshot = delegations.delete_delegation(sample_db.sessions, trip, version)
    with pytest.raises(NotFoundError):
        versions.list_versions(sample_db.sessions, trip)
    delegations.restore_delegation(sample_db.sessions, snapshot)
    (back,) = versions.list_versions(sample_db.sessions, trip)
    assert back.note == "Sent"
    assert versions.load_version(sample_db.sessions, trip, 1).snapshot.programme.title
