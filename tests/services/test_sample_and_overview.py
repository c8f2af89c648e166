"""The sample plan as an officer sees it: trips ahead, a visit under way, promises overdue."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from delegate_app.domain.enums import CommitmentStatus, DelegationStatus, Direction, ItemKind
from delegate_app.domain.errors import NotEmptyError
from delegate_app.services import overview, people, programmes, sample
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY


def test_sample_has_every_kind_of_record(sample_db: Database) -> None:
    delegations = overview.list_delegations(sample_db.sessions)
    assert {d.direction for d in delegations} == {Direction.OUTGOING, Direction.INCOMING}
    trip = next(d for d in delegations if "Tokyo" in d.title)
    assert trip.destinations == ("Buenos Aires", "Tokyo") and trip.head.endswith("Farahani")
    assert any(s.session_count >= 10 for s in overview.list_summits(sample_db.sessions))
    everyone = people.list_people(sample_db.sessions)
    natives = [p.data.native_name for p in everyone if p.data.native_name]
    assert len(everyone) >= 35 and len(natives) >= 30

    def script(lo: str, hi: str) -> int:
        return sum(any(lo <= ch <= hi for ch in name) for name in natives)

    assert script("\u0600", "\u06ff") >= 4  # Persian
    assert script("\u3040", "\u9fff") >= 4  # Japanese
    assert script("\u0400", "\u04ff") >= 4  # Russian


def test_the_long_haul_flight_crosses_the_date_line(sample_db: Database) -> None:
    trip = next(d for d in overview.list_delegations(sample_db.sessions) if "Tokyo" in d.title)
    detail = programmes.delegation_programme(sample_db.sessions, trip.id)
    flight = next(line for line in detail.lines if line.kind == ItemKind.FLIGHT.label
                  and "Auckland" in line.ends and "Buenos Aires" in line.zone)
    assert "(+2 days)" in flight.ends
    assert detail.members[0].role == "Head of delegation"


def test_today_shows_the_visit_under_way_and_overdue_promises(sample_db: Database) -> None:
    summary = overview.today_summary(sample_db.sessions, SAMPLE_NOW)
    assert summary.agenda and all(a.delegation.startswith("Official visit") for a in summary.agenda)
    assert len(summary.overdue) >= 3
    assert all(c.due_on and c.due_on < SAMPLE_TODAY for c in summary.overdue)
    assert all(c.due_on and c.due_on <= SAMPLE_TODAY + timedelta(days=14)
               for c in summary.due_soon)
    assert any("Moscow" in text for _, text in summary.renewals)
    assert any(d.status is DelegationStatus.UNDER_WAY for d in summary.upcoming_delegations)


def test_overdue_means_open_and_past_due(sample_db: Database) -> None:
    rows = overview.list_commitments(sample_db.sessions, SAMPLE_NOW)
    for row in rows:
        expected = (row.status in (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)
                    and row.due_on is not None and row.due_on < SAMPLE_TODAY)
        assert row.overdue == expected
    assert any(r.overdue for r in rows) and any(r.status is CommitmentStatus.DONE for r in rows)


@pytest.mark.parametrize("today", [date(2027, 3, 3), date(2026, 11, 21), date(2026, 11, 26)])
def test_sample_dates_follow_today_by_whole_weeks(db: Database, today: date) -> None:
    sample.load_sample_plan(db.sessions, today=today)
    visit = next(d for d in overview.list_delegations(db.sessions)
                 if d.direction is Direction.INCOMING)
    window = timedelta(days=3)
    assert visit.starts_on <= today + window and visit.ends_on >= today - window
    assert visit.starts_on.weekday() == date(2026, 11, 22).weekday()


def test_sample_refuses_a_database_with_records(sample_db: Database) -> None:
    count = len(people.list_people(sample_db.sessions))
    with pytest.raises(NotEmptyError, match="--force"):
        sample.load_sample_plan(sample_db.sessions, today=SAMPLE_TODAY)
    assert len(people.list_people(sample_db.sessions)) == count


def test_an_office_whose_only_rows_are_its_record_of_changes_is_empty(db: Database) -> None:
    """A city added and removed leaves only the record of changes: the sample plan is still
    offered, since the office holds no plan."""
    from delegate_app.domain.records import CityInput
    from delegate_app.services import cities

    change = cities.create_city(db.sessions, CityInput("Lima", "PE", "America/Lima"))
    assert not sample.is_empty(db.sessions)
    cities.delete_city(db.sessions, change.id, change.version)
    assert sample.is_empty(db.sessions)
