"""Commitments: the workflow with its history, filters, overdue where the owner works,
agreements fulfilled, outcomes with their commitments in one step."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from delegate_app.domain.enums import (
    AgreementStatus,
    CommitmentDirection,
    CommitmentStatus,
    DueWindow,
    Priority,
)
from delegate_app.domain.errors import ValidationError
from delegate_app.domain.follow_up import (
    CommitmentFilter,
    CommitmentInput,
    OutcomeInput,
    StatusChange,
    balances,
)
from delegate_app.domain.records import CityInput, PersonInput
from delegate_app.services import (
    cities,
    commitments,
    outcomes,
    overview,
    people,
)
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY

DONE, OPEN, IN_PROGRESS, DROPPED = (CommitmentStatus.DONE, CommitmentStatus.OPEN,
                                    CommitmentStatus.IN_PROGRESS, CommitmentStatus.DROPPED)


def _promise(db: Database, **fields: object) -> int:
    data = CommitmentInput(description="Send the tram study",
                           direction=CommitmentDirection.WE_OWE)
    return commitments.create_commitment(db.sessions, replace(data, **fields)).id


def _version(db: Database, commitment_id: int) -> int:
    return commitments.get_commitment(db.sessions, commitment_id)[0]


def _row(db: Database, commitment_id: int, now: datetime = SAMPLE_NOW):
    return next(r for r in commitments.list_commitments(db.sessions, now)
                if r.id == commitment_id)


def _step(db: Database, commitment_id: int, change: StatusChange) -> None:
    commitments.change_status(db.sessions, commitment_id, _version(db, commitment_id), change,
                              SAMPLE_NOW)


def test_the_workflow_records_who_and_when(db: Database) -> None:
    cid = _promise(db)
    _step(db, cid, StatusChange(IN_PROGRESS))
    with pytest.raises(ValidationError) as refused:
        _step(db, cid, StatusChange(DONE, on=SAMPLE_TODAY))
    assert "note" in refused.value.field_errors  # done needs evidence
    assert _row(db, cid).status is IN_PROGRESS  # and nothing changed
    _step(db, cid, StatusChange(DONE, on=SAMPLE_TODAY, note="Sent by e-mail on Monday",
                                document_name="letter.pdf", document=b"%PDF-1.4 letter"))
    row = _row(db, cid)
    assert (row.status, row.completed_on, row.evidence) == (DONE, SAMPLE_TODAY,
                                                           "Sent by e-mail on Monday")
    assert commitments.evidence_document(db.sessions, cid) == ("letter.pdf", b"%PDF-1.4 letter")
    events = commitments.history(db.sessions, cid)
    assert [(e.from_status, e.to_status) for e in events] == [
        (None, OPEN), (OPEN, IN_PROGRESS), (IN_PROGRESS, DONE)]
    assert all(e.by and e.at.tzinfo is not None for e in events)
    assert events[-1].document_name == "letter.pdf"
    assert commitments.evidence_document(db.sessions, cid, events[-1].id)[1] == (
        b"%PDF-1.4 letter")


@pytest.mark.parametrize(("steps", "field"), [
    ([StatusChange(DROPPED)], "note"),  # dropping needs a reason
    ([StatusChange(OPEN)], "status"),  # already open
    ([StatusChange(DONE, on=SAMPLE_TODAY + timedelta(days=5), note="x")], "on"),  # future
    ([StatusChange(DONE, on=SAMPLE_TODAY, note="kept"), StatusChange(DROPPED, note="x")],
     "status"),  # a kept promise is reopened before anything else
    ([StatusChange(DONE, on=SAMPLE_TODAY, note="kept"), StatusChange(OPEN)], "note"),
])
def test_steps_the_workflow_refuses(db: Database, steps: list[StatusChange],
                                    field: str) -> None:
    cid = _promise(db)
    for change in steps[:-1]:
        _step(db, cid, change)
    before = commitments.history(db.sessions, cid)
    with pytest.raises(ValidationError) as refused:
        _step(db, cid, steps[-1])
    assert field in refused.value.field_errors
    assert commitments.history(db.sessions, cid) == before


def test_undoing_a_status_change_puts_everything_back_and_says_so(db: Database) -> None:
    cid = _promise(db)
    _, before = commitments.change_status(
        db.sessions, cid, _version(db, cid),
        StatusChange(DONE, on=SAMPLE_TODAY, note="sent"), SAMPLE_NOW)
    commitments.put_back_status(db.sessions, cid, before)
    row = _row(db, cid)
    assert (row.status, row.completed_on, row.evidence) == (OPEN, None, "")
    assert commitments.history(db.sessions, cid)[-1].note == "Change undone"


def test_an_edit_raises_the_sequence_tasks_are_matched_by(db: Database) -> None:
    cid = _promise(db)
    version, data = commitments.get_commitment(db.sessions, cid)
    commitments.update_commitment(db.sessions, cid, version, replace(data, priority=Priority.HIGH))
    version, data = commitments.get_commitment(db.sessions, cid)
    commitments.update_commitment(db.sessions, cid, version, data)  # nothing changed
    with db.sessions() as session:
        from delegate_app.db.models import Commitment
        assert session.get(Commitment, cid).sequence == 1


# Overdue where the owner works ----------------------------------------------------------------
def _owner_in(db: Database, name: str, zone: str, code: str) -> int:
    city = cities.create_city(db.sessions, CityInput(name, code, zone)).id
    return people.create_person(db.sessions, PersonInput("Ana", name, city_id=city)).id


def test_due_today_means_today_where_the_owner_works(db: Database) -> None:
    tokyo = _owner_in(db, "Tokyo", "Asia/Tokyo", "JP")
    montevideo = _owner_in(db, "Montevideo", "America/Montevideo", "UY")
    due = date(2026, 11, 23)
    in_tokyo = _promise(db, owner_id=tokyo, due_on=due)
    in_montevideo = _promise(db, owner_id=montevideo, due_on=due)
    # 16:00 UTC on the 23rd: already the 24th in Tokyo (01:00), still the 23rd in Montevideo.
    now = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)
    assert _row(db, in_tokyo, now).overdue
    assert not _row(db, in_montevideo, now).overdue
    assert _row(db, in_montevideo, now).days_left == 0  # due today, there
    # 03:00 UTC on the 24th: midnight has passed in Montevideo too (00:00 UTC-3).
    assert _row(db, in_montevideo, datetime(2026, 11, 24, 3, 0, tzinfo=UTC)).overdue
    assert not _row(db, in_montevideo, datetime(2026, 11, 24, 2, 59, tzinfo=UTC)).overdue


def test_without_an_owner_city_the_office_day_counts(sample_db: Database) -> None:
    cid = _promise(sample_db, due_on=SAMPLE_TODAY)  # no owner: the office is in Tehran
    just_before = datetime(2026, 11, 23, 23, 59, tzinfo=ZoneInfo("Asia/Tehran"))
    assert not _row(sample_db, cid, just_before).overdue
    assert _row(sample_db, cid, just_before + timedelta(minutes=1)).overdue


def test_what_became_overdue_since_last_time(db: Database) -> None:
    owner = _owner_in(db, "Tokyo", "Asia/Tokyo", "JP")
    old = _promise(db, owner_id=owner, due_on=date(2026, 11, 1))
    new = _promise(db, owner_id=owner, due_on=date(2026, 11, 22))
    _promise(db, owner_id=owner, due_on=date(2026, 11, 30))  # not yet
    since = datetime(2026, 11, 20, tzinfo=UTC)
    now = datetime(2026, 11, 23, tzinfo=UTC)
    assert [r.id for r in commitments.newly_overdue(db.sessions, since, now)] == [new]
    assert {r.id for r in commitments.newly_overdue(db.sessions, None, now)} == {old, new}


# The page's filters and grouping ----------------------------------------------------------------
def test_filters_on_the_sample(sample_db: Database) -> None:
    rows = commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)
    moscow = next(r.city_id for r in rows if r.city == "Moscow")

    def ids(**wanted: object) -> set[int]:
        chosen = commitments.list_commitments(sample_db.sessions, SAMPLE_NOW,
                                              CommitmentFilter(**wanted))
        return {r.id for r in chosen}

    assert ids(city_id=moscow) == {r.id for r in rows if r.city == "Moscow"}
    owner = next(r.owner_id for r in rows if r.owner_id)
    assert ids(owner_id=owner) == {r.id for r in rows if r.owner_id == owner}
    counterpart = next(r.counterpart_id for r in rows if r.counterpart_id)
    assert ids(counterpart_id=counterpart) == {r.id for r in rows
                                               if r.counterpart_id == counterpart}
    theme = next(r.theme_id for r in rows if r.theme_id)
    assert ids(theme_id=theme) == {r.id for r in rows if r.theme_id == theme}
    assert ids(statuses=frozenset({DONE})) == {r.id for r in rows if r.status is DONE}
    overdue = ids(due=DueWindow.OVERDUE)
    assert len(overdue) == 5
    assert overdue == {r.id for r in rows if r.due_on and r.due_on < SAMPLE_TODAY
                       and not r.status.is_closed}
    soon = ids(due=DueWindow.NEXT_14_DAYS)
    assert soon and all(0 <= (r.due_on - SAMPLE_TODAY).days <= 14
                        for r in rows if r.id in soon)
    assert not soon & overdue
    assert ids(city_id=moscow, due=DueWindow.OVERDUE) == overdue & ids(city_id=moscow)


def test_group_by_city_balances_what_we_owe_and_are_owed(sample_db: Database) -> None:
    rows = commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)
    lines = {b.city: b for b in balances(rows)}
    ba = lines["Buenos Aires"]
    open_ba = [r for r in rows if r.city == "Buenos Aires" and not r.status.is_closed]
    assert ba.we_owe == sum(r.direction is CommitmentDirection.WE_OWE for r in open_ba)
    assert ba.they_owe == len(open_ba) - ba.we_owe
    assert ba.balance == ba.they_owe - ba.we_owe
    assert lines["Kazan"].kept == 1
    assert sum(b.overdue_we_owe + b.overdue_they_owe for b in lines.values()) == 5


# Agreements --------------------------------------------------------------------------------
def _agreement(sample_db: Database, title_part: str) -> int:
    return next(c.id for c in commitments.choices(sample_db.sessions)["agreements"]
                if title_part in c.label)


def test_an_agreement_whose_commitments_are_all_done_can_be_marked_fulfilled(
        sample_db: Database) -> None:
    kazan = _agreement(sample_db, "Kazan")
    rows = commitments.agreement_commitments(sample_db.sessions, kazan, SAMPLE_NOW)
    assert rows and commitments.can_mark_fulfilled(rows)
    _, before = commitments.set_agreement_status(sample_db.sessions, kazan,
                                                 AgreementStatus.FULFILLED)
    assert before is AgreementStatus.SIGNED
    moscow = _agreement(sample_db, "Moscow")
    assert not commitments.can_mark_fulfilled(
        commitments.agreement_commitments(sample_db.sessions, moscow, SAMPLE_NOW))
    with pytest.raises(ValidationError, match="0 of 1 done"):
        commitments.set_agreement_status(sample_db.sessions, moscow, AgreementStatus.FULFILLED)


# Outcomes ----------------------------------------------------------------------------------
def test_an_outcome_and_its_commitments_are_one_step_and_one_undo(sample_db: Database) -> None:
    meeting = next(r for r in overview.today_summary(sample_db.sessions, SAMPLE_NOW).agenda
                   if "meeting" in r.kind.lower())
    brief = outcomes.follow_up(sample_db.sessions, meeting.id, SAMPLE_NOW)
    template = brief.template
    assert template.item_id == meeting.id and template.counterpart_id is not None
    # A visit to us: their side is the visiting delegation, from the delegation's home city.
    assert template.counterpart_id in {p for p, _ in brief.counterparts}
    assert template.owner_id in {p for p, _ in brief.our_side}
    montevideo = next(c.id for c in commitments.choices(sample_db.sessions)["cities"]
                      if c.label == "Montevideo")
    assert template.city_id == montevideo
    before = len(commitments.list_commitments(sample_db.sessions, SAMPLE_NOW))
    new = (replace(template, description="Send the metro ridership data",
                   due_on=SAMPLE_TODAY + timedelta(days=30)),
           replace(template, description="Invite their planners",
                   direction=CommitmentDirection.THEY_OWE))
    _, receipt = outcomes.record_outcome(sample_db.sessions, meeting.id,
                                         OutcomeInput("Good talk", "Exchange data"), new,
                                         seen_version=brief.outcome_version)
    after = outcomes.follow_up(sample_db.sessions, meeting.id, SAMPLE_NOW)
    assert after.outcome == OutcomeInput("Good talk", "Exchange data")
    assert [c.description for c in after.commitments][-2:] == [
        "Send the metro ridership data", "Invite their planners"]
    outcomes.undo_outcome(sample_db.sessions, meeting.id, receipt)
    assert outcomes.follow_up(sample_db.sessions, meeting.id).outcome == brief.outcome
    assert len(commitments.list_commitments(sample_db.sessions, SAMPLE_NOW)) == before


def test_a_bad_commitment_saves_nothing_of_the_outcome(sample_db: Database) -> None:
    meeting = next(r for r in overview.today_summary(sample_db.sessions, SAMPLE_NOW).agenda
                   if "meeting" in r.kind.lower())
    brief = outcomes.follow_up(sample_db.sessions, meeting.id)
    with pytest.raises(ValidationError):
        outcomes.record_outcome(sample_db.sessions, meeting.id, OutcomeInput("Saved?"),
                                (replace(brief.template, description="  "),),
                                seen_version=brief.outcome_version)
    assert outcomes.follow_up(sample_db.sessions, meeting.id).outcome == brief.outcome
